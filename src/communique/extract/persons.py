"""Extract mentions of named persons (and of roles held by unnamed ones) from each paragraph.

The title, the closing lines and a letterhead's author line above the title ("MEDIA
RELEASE MINISTER FOR FOREIGN AFFAIRS PAUL KORANDA": ``structure.author_line``) are read
too; the author there acts when the text says "I".

Two jobs: finding the constructions that name someone (``titled_names``: after an
honorific or a role, in apposition; ``plural_roles``: in lists; ``bare_names``: in
capitals, on a signature line) and reading each one in its context (``person_context``:
role and affiliation; here: whether the person acts). Bare titles give role mentions, never
persons. Linking mentions into persons and deciding who took part are later, resolving
steps.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import TYPE_CHECKING, Final, TypeVar

import attrs

import communique.readings as readings
from communique.document import PersonHit
from communique.extract.bare_names import (
    with_capitals,
    with_coordinated_initials,
    with_given_names,
    with_nationality_notes,
    with_offices_below,
    with_plural_label,
    with_signature,
)
from communique.extract.capacity_roles import with_capacity_roles
from communique.extract.names import skip_post_nominals, word_at
from communique.extract.parties import other_name_tails, qualifies_portfolio
from communique.extract.person_constructions import Found, Taken
from communique.extract.person_context import (
    Context,
    Parties,
    clause_stops,
    lead_in,
    positions,
    role_and_affiliation,
    signatory_party,
    signing_labels,
)
from communique.extract.person_events import (
    before_the_meeting,
    joins_the_meeting,
    named_guests,
    reports_to_the_meeting,
)
from communique.extract.plural_roles import party_link, with_plural_roles
from communique.extract.respective_delegations import respective_delegations
from communique.extract.respective_roles import with_respective_roles
from communique.extract.role_capitals import body_adjectives
from communique.extract.signing_lists import (
    delegation_sides,
    entry_lists,
    signing_ends,
    signing_items,
)
from communique.extract.titled_names import with_honorifics, with_roles
from communique.gazetteer import Gazetteer, gazetteer
from communique.letters import CAPITAL
from communique.lexicon.common.given_names import given_name_pattern
from communique.lexicon.language import sentence_case
from communique.lexicon.party_cues import party_cues
from communique.lexicon.persons import (
    PersonVocabulary,
    after_former_qualifier,
    person_vocabulary,
    person_words,
)
from communique.lexicon.structure import structure_vocabulary
from communique.matchspans import first_within, match_spans
from communique.patterncache import compile_pattern
from communique.records import shared_repr
from communique.sentences import sentence_at
from communique.structure.author_line import author_part
from communique.structure.header import opening_end
from communique.wordsearch import token_before
from communique.wordtrie import alternation, fold_name

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from communique.document import Document, Unit
    from communique.extract.names import Name
    from communique.hits import PartyHit
    from communique.model import Language

__all__ = ["MAX_CANDIDATES", "extract_person_mentions"]

MAX_CANDIDATES: Final = 5_000
"""Honorifics, role heads and words in capitals read per document at most."""
_T = TypeVar("_T")

_PROSPECTIVE_REACH: Final = 30
"""Characters before a meeting noun searched for a word that sets it ahead ("upcoming")."""
_AFTER_SUBJECT: Final = compile_pattern(r"[*_]{0,3}\s*(?:,\s*)?(?:\([^()]{0,200}\)\s*,?)?")
_SPACES: Final = compile_pattern(r"\s*")
_BODY: Final = compile_pattern(
    rf"(?:{CAPITAL}[\w-]*[ \t]+){{0,3}}{CAPITAL}[\w-]*s\b(?:[ \t]+[^\W\d_A-Z]+s\b)?"
)
"""A plural body with capitals, coordinated with a subject: "the Member States", "les États
membres"."""
_CONTACT: Final = compile_pattern(
    r"\s*[(,:–—-]?\s*(?:(?:tel|tél|phone|téléphone|mobile)\.?\s*:?\s*)?"
    r"(?:\+?\s?\d[\d\s().-]{6,}|[\w.+-]+@[\w-]+\.[\w.]+)",
    re.I,
)
_NEXT_WORD: Final = compile_pattern(r"\s+\w+,?(?=\s)")
_PUNCTUATION: Final = compile_pattern(r"[\W_]*")
_INSERTION: Final = compile_pattern(r"\s*[^\W\d_][^,;.!?()«»\"“”:\n]{0,150},\s*")
"""A clause or phrase between commas after a subject, before its verb."""
_LINK_WORD: Final = compile_pattern(r"[^\W\d_]+")
"""A word of a letterhead's author line, lowered when it links an office's complement."""
_POSSESSIVE_AFTER: Final = compile_pattern(r"['’]s?(?![\w'’])")
"""A possessive after a name: "Biden's", "Marcos’"."""
_SECOND_HAT: Final = compile_pattern(r"[ \t]*/[ \t]*(?:[A-Z][A-Z0-9&-]+[ \t]+)?")
"""A slash joining a second office of the same holder, its body's acronym before it."""
_PARENTHESES: Final = compile_pattern(r"\([^()\n]{0,40}\)")
"""A short parenthesis between two listed persons: a body's acronym ("(AAC)")."""
_SIGNATURE_LINES: Final = 2
"""Closing paragraphs where a name alone is the signature."""
_FUTURE_REACH: Final = 16
"""Characters before a passive auxiliary that can hold its future ("will be", "is to be")."""
_SPEECH_VERB_REACH: Final = 60
"""Characters before a mention that can hold the speech verb it follows."""
_MEETING_VERB_REACH: Final = 120
"""Characters before a mention that can hold the meeting verb it follows, an office between
("presented his credentials as Ambassador of the French Republic to New Zealand to")."""
_SENDER_REACH: Final = 160
"""Characters before an addressee's link searched for the noun of what is sent."""
_HONORIFIC_REACH: Final = 24
"""Characters before an office searched for the honorific printed before it ("Sa Majesté")."""
_PARTNER_REACH: Final = 60
"""Characters between a meeting verb and the partner it names ("will meet with the
Norland Prime Minister X", "will hold talks in Geneva with the High Commissioner, X")."""
_JOIN_REACH: Final = 24
"""Characters before a list item that can hold the phrase joining it ("as well as")."""


def extract_person_mentions(doc: Document) -> tuple[PersonHit, ...]:
    """Find person and role mentions in the title and paragraphs, in document order."""
    vocab, parties = person_vocabulary(doc.lang), gazetteer(doc.lang)
    acronyms = frozenset(hit.short for hit in doc.acronym_hits)
    letterheads = _letterheads(doc, vocab)
    speakers = _speaker_lines(doc)
    units: list[tuple[int | None, Unit]] = [(None, unit) for unit in letterheads]
    units += [(None, doc.title)] if doc.title is not None else []
    units += [(None, unit) for unit in speakers]
    units += [(index, paragraph.unit) for index, paragraph in enumerate(doc.paragraphs)]
    # Closing lines (a signature, a list of signatories) come after the last paragraph.
    units += [
        (len(doc.paragraphs) + k, unit)
        for k, unit in enumerate(doc.closing)
        if not _repeats_furniture(doc, unit.text)
    ]
    hits: list[PersonHit] = []
    budget = _Budget(MAX_CANDIDATES)
    items = signing_items(doc, vocab)
    reading = _Reading(
        vocab, parties, acronyms, budget, _announces(doc, vocab), items, _under_way(doc, vocab)
    )
    writes = bool(letterheads) and _writes_as_i(doc)
    authors: list[int] = []
    for index, unit in units:
        if unit.text and budget.left > 0:
            found = _unit_hits(doc, unit, index, reading)
            if any(unit is speaker for speaker in speakers):  # who makes the statement
                first = next((k for k, h in enumerate(found) if h.name), None)
                found = [
                    attrs.evolve(h, lead=True) if k == first else h for k, h in enumerate(found)
                ]
            elif unit.kind == "header":  # the author, who acts when the text says "I"
                authors += [len(hits) + k for k, hit in enumerate(found) if hit.name]
                found = [attrs.evolve(h, lead=writes) if h.name else h for h in found]
            hits.extend(found)
    if len({hits[k].name for k in authors}) > 1:  # co-authors: a joint release speaks for each
        for k in authors:
            hits[k] = attrs.evolve(hits[k], lead=True)
    hits = respective_delegations(doc, _labelled_holders(doc, hits))
    return _signed_under_office(hits, len(doc.paragraphs))


def _labelled_holders(doc: Document, hits: list[PersonHit]) -> list[PersonHit]:
    """An office closed by a colon gives the name right after it its role.

    « – Ambassadeur de Valmont à Orlan : Monsieur Paul DEROUX, Conseiller des Affaires
    étrangères. », "National Director of Energy: Mr Karl LIROV, Mining Engineer.": a list of
    appointments labels each holder with the office the text gives them.
    """
    out: list[PersonHit] = []
    for hit in hits:
        label = out[-1] if out else None
        if (
            label is not None
            and label.name is None
            and label.role is not None
            and hit.name is not None
            and doc.original[label.end : hit.start].strip() == ":"
        ):
            out[-1] = attrs.evolve(
                hit,
                role=label.role,
                head=label.head,
                affiliation=label.affiliation or hit.affiliation,
            )
            continue
        out.append(hit)
    return out


def _repeats_furniture(doc: Document, text: str) -> bool:
    """Whether a closing line repeats a name of the page's furniture: the byline's author.

    A news page signs its article with the journalist's name, printed in the byline above
    ("par [Anna Koranda](…/author/…)" … "Anna Koranda"): no signatory of the text.
    """
    name = text.strip()
    if " " not in name or not doc.boilerplate:
        return False
    # One text of all the furniture, built once: one search per closing line, not one per
    # line and furniture item (a long list of related links below a rule).
    furniture = doc.memo.get("furniture text", doc.text, lambda: _furniture_text(doc))
    return _holds_word_span(furniture, name)


def _furniture_text(doc: Document) -> str:
    """The texts of the furniture, one per line: no name of one line spans two of them."""
    return "\n".join(item.text for item in doc.boilerplate)


def _holds_word_span(text: str, part: str) -> bool:
    """Whether ``part`` stands in ``text`` between non-word characters (or the ends)."""
    at = text.find(part)
    while at != -1:
        end = at + len(part)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
            return True
        at = text.find(part, at + 1)
    return False


def _writes_as_i(doc: Document) -> bool:
    """Whether the first paragraph speaks in the first person singular ("I met …")."""
    if not doc.paragraphs:
        return False
    return (
        party_cues(doc.lang).first_person_singular.search(doc.paragraphs[0].unit.text) is not None
    )


def _letterheads(doc: Document, vocab: PersonVocabulary) -> list[Unit]:
    """Header lines in capitals above the title that name their author by office and name.

    "PRESS RELEASE MINISTER FOR TRADE PAUL KORANDA": the minister who writes
    the release. Other header lines (datelines, bylines, labels) name no one read here.
    """
    top = doc.title.offsets.start(0) if doc.title is not None else None
    found = []
    for unit in doc.header:
        part = author_part(unit.text, doc.lang, structure_vocabulary(doc.lang))
        if part is None or (top is not None and unit.offsets.start(0) >= top):
            continue
        # The author's part alone, its links in lower case as an office reads in running
        # text ("MINISTER for FOREIGN AFFAIRS"): same length, so offsets hold.
        text = _LINK_WORD.sub(lambda m: _lower_link(m, vocab), part)
        found.append(attrs.evolve(unit, text=text.ljust(len(unit.text))))
    return found


def _speaker_lines(doc: Document) -> list[Unit]:
    """Header lines that name who makes the statement after a label (``speaker_labels``).

    "Statement by: Dr X, Chair of the Observer Group", « Déclaration de : Mme X, … »: a
    header line, yet its name is the speaker's, who takes part in what the text reports.
    """
    label = _speaker_label()
    return [unit for unit in doc.header if label.match(unit.text) is not None]


@functools.cache
def _speaker_label() -> re.Pattern[str]:
    """A speaker's label opening a line, maybe with its colon ("Statement by:")."""
    labels = alternation(person_words("speaker_labels"))
    return compile_pattern(rf"[ \t]*(?:{labels})[ \t]*:?[ \t]+(?=\w)", re.IGNORECASE)


def _lower_link(word: re.Match[str], vocab: PersonVocabulary) -> str:
    """A word in lower case if it links an office's complement ("FOR", "OF", "DES")."""
    lower = word.group().lower()
    return (
        lower
        if lower in vocab.complement_links and len(lower) == len(word.group())
        else word.group()
    )


def _signed_under_office(hits: list[PersonHit], closing: int) -> tuple[PersonHit, ...]:
    """A signature under a closing line that is an office alone takes that office.

    "Le Ministre de la Formation professionnelle, Porte-Parole du Gouvernement" on its own
    line, then "Amadou SARRE" on the next: the signatory holds the office above.
    """
    out = list(hits)
    for index in range(1, len(out)):
        hit, above = out[index], out[index - 1]
        if (
            hit.name is not None
            and hit.role is None
            and above.name is None
            and above.role is not None
            and above.paragraph is not None
            and above.paragraph >= closing
            and hit.paragraph == above.paragraph + 1
            and (index < 2 or not _unit_before(out[index - 2], above, closing))
        ):
            out[index] = attrs.evolve(
                hit,
                role=above.role,
                head=above.head,
                affiliation=hit.affiliation or above.affiliation,
            )
    return tuple(out)


def _unit_before(hit: PersonHit, office: PersonHit, closing: int) -> bool:
    """Whether ``hit`` stands in the office's unit or, as a signature, in the closing unit above.

    "X" / "Ministre de …" / "Y" / "Ministre de …": each office is the name's above it.
    """
    if hit.paragraph == office.paragraph:
        return True
    above = office.paragraph - 1 if office.paragraph is not None else None
    return (
        hit.paragraph == above
        and above is not None
        and above >= closing
        and hit.name is not None
        and hit.role is None
    )


def _announces(doc: Document, vocab: PersonVocabulary) -> bool:
    """Whether the opening sentence announces a later event ("X will travel to Y").

    Then the announced event is the one the text reports, and those who will take part in
    it take part; elsewhere "X will visit Y next week" is another event.
    """
    if not doc.paragraphs:
        return False
    text = doc.paragraphs[0].unit.text
    end = opening_end(doc, text)
    # "X effectue du 10 au 14 mars une mission …": a trip under way, its programme ahead.
    ahead = vocab.future_form.search(text, 0, end) or vocab.trip_word.search(text, 0, end)
    return end > 0 and ahead is not None


def _under_way(doc: Document, vocab: PersonVocabulary) -> bool:
    """Whether the opening sentence reports a trip under way ("X effectue une visite …").

    Then the host who receives the visitor, though told in the future ("M. X sera reçu
    demain par M. Y", "will be received by Y"), takes part in the reported visit; whom the
    visitor "will meet" has not met yet. A trip the opening only announces ("X will travel
    to …") has not started: its host is not yet met either.
    """
    if not doc.paragraphs:
        return False
    text = doc.paragraphs[0].unit.text
    end = opening_end(doc, text)
    trip = vocab.trip_word.search(text, 0, end)
    return trip is not None and vocab.future_word.search(text, 0, trip.start()) is None


@shared_repr
@attrs.frozen(repr=False)
class _Reading:
    """What every unit of a document is read with."""

    vocab: PersonVocabulary
    parties: Gazetteer
    acronyms: frozenset[str]
    budget: "_Budget"  # noqa: UP037 (mypyc: a class defined below)
    announcement: bool
    signing_items: frozenset[int]
    """Paragraphs that are items of a list a signing announces."""
    under_way: bool = False
    """Whether the opening sentence reports a trip under way, its programme ahead."""


class _Budget:
    """The candidates (honorifics, role heads, words in capitals) a document may still read.

    A communiqué names a few dozen people; a text with thousands of honorifics ("M. M. M.
    …") is junk, and reading each candidate costs a name parse. Past the cap the rest of
    the document is not read, which keeps the stage linear with a small constant.
    """

    def __init__(self, left: int) -> None:
        self.left = left

    def take(self, found: Iterable[_T]) -> list[_T]:
        """The first candidates of ``found`` within the budget, which they use up."""
        taken = list(itertools.islice(found, max(self.left, 0)))
        self.left -= len(taken)
        return taken


def _unit_hits(
    doc: Document, unit: Unit, paragraph: int | None, reading: _Reading
) -> list[PersonHit]:
    text = unit.text
    language = readings.language(doc, text)
    if language != doc.lang:  # a passage of a bilingual release, in the other language
        reading = attrs.evolve(
            reading, vocab=person_vocabulary(language), parties=gazetteer(language)
        )
    vocab, parties, acronyms, budget = (
        reading.vocab,
        reading.parties,
        reading.acronyms,
        reading.budget,
    )
    party_hits = readings.party_hits(doc, text)
    entities = {hit.start: hit.end for hit in party_hits if hit.form == "name"}
    entities.update(body_adjectives(text, party_hits, vocab))  # « du Parti … Gabonais »
    taken = Taken()
    roles = [m for m in budget.take(readings.cues(doc, text, "role")) if not _adjective(text, m)]
    honorifics = budget.take(readings.cues(doc, text, "honorific"))
    party_ends = frozenset(hit.end for hit in party_hits)
    party_starts = frozenset(hit.start for hit in party_hits)
    with_honorifics(text, vocab, entities, honorifics, roles, taken, party_ends)
    # A headline in Title Case is no running text: its capitalised words name someone only
    # when the text below names them again.
    body = None if paragraph is not None else doc.original[unit.span(0, len(text))[1] :]
    plurals = budget.take(vocab.plural_role.finditer(text)) if vocab.plural_role else []
    with_plural_roles(text, vocab, entities, parties, plurals, taken, body=body)
    with_roles(text, vocab, entities, parties, roles, taken)
    capitals = budget.take(vocab.capitals.finditer(text))
    with_capitals(text, vocab, parties, acronyms, capitals, taken)
    if paragraph is not None:  # a headline in Title Case is no running text
        given = budget.take(given_name_pattern().finditer(text))
        with_given_names(text, vocab, parties, given, taken, frozenset(entities))
        with_coordinated_initials(text, vocab, parties, taken)
    elif unit.text:  # "… call with Daniel Veld" over "… Prime Minister Veld"
        given = budget.take(given_name_pattern().finditer(text))
        # A headline in sentence case reads as running text: "Communiqué conjoint de
        # Jean-Yves Le Drian et de …" names its authors whether or not the text does again.
        told = None if sentence_case(text, language) else body
        with_given_names(text, vocab, parties, given, taken, frozenset(entities), body=told)
    if paragraph is not None and paragraph >= len(doc.paragraphs) - _SIGNATURE_LINES:
        with_signature(text, vocab, parties, taken)
    if paragraph is not None and paragraph >= len(doc.paragraphs):
        with_nationality_notes(text, vocab, parties, taken)
        with_offices_below(text, vocab, parties, taken)
        with_plural_label(text, vocab, taken)
    # "A et B, respectivement X et Y": once every reader has read, each its office.
    with_respective_roles(text, vocab, entities, party_hits, parties, taken)
    with_capacity_roles(text, vocab, entities, taken)  # "X … in her capacity as Y"
    found = sorted(
        (
            item
            for item in taken.found
            if not _press_contact(text, item)
            and not _contact_below(doc, unit, item)
            and not _former_office(text, item)
            and not _addressed_office(text, item, vocab)
            and not (body is not None and _headline_word(text, item, body, language))
            and not _party_named(item, party_hits)
            and not _post_nominal_named(text, item, vocab)
            and not _named_after(text, item, vocab, party_starts)
        ),
        key=lambda f: f.anchor,
    )
    if not found:
        return []
    return _read_items(_context(doc, unit, paragraph, reading, found[-1].anchor), found)


def _party_named(item: Found, party_hits: Sequence[PartyHit]) -> bool:
    """Whether the "name" is a party's name or adjective, whole: "his Sri Lankan counterpart".

    A state's two words ("Sri Lankan", "New Zealand") read as a given and a family name
    before an office name no one.
    """
    name = item.name
    if name is None or not name.given:
        return False
    return any(hit.start == name.start and hit.end == name.end for hit in party_hits)


def _named_after(
    text: str, item: Found, vocab: PersonVocabulary, party_starts: frozenset[int]
) -> bool:
    """Whether the "name" is that of a thing named after someone, its noun right before it.

    "vice-recteur de l'Université Karl LIROV de Dakar (UKLD)": an office's complement names
    an institution after a person, whose name goes on after the person's; the office is
    no one's.
    """
    name = item.name
    if name is None or not text[name.start - 1 : name.start].isspace():
        return False
    start, stop = token_before(text, name.start, "'’-")
    if start == stop or "\n" in text[stop : name.start]:
        return False
    noun = re.split(r"['’]", text[start:stop])[-1]
    if noun.casefold() not in vocab.namesake_nouns or vocab.namesake_tail is None:
        return False
    if vocab.role.fullmatch(noun) is not None:
        return False  # "Committee Chair Anna Serel of Norland": the noun is an office
    # "the Director of the Valmont Centre Karl Lirov": the office's holder, unless the
    # thing's name goes on after the person's ("… Karl Lirov de Dakar (UCKL)"); a state or
    # an organisation after it is the holder's ("Head of Programme Karl Lirov of UNDP").
    tail = vocab.namesake_tail.match(text, name.end)
    return tail is not None and not any(
        position in party_starts for position in range(tail.start(), tail.end() + 1)
    )


def _post_nominal_named(text: str, item: Found, vocab: PersonVocabulary) -> bool:
    """Whether the "name" is post-nominal letters: "L’hon. X, C.P., députée fédérale, …".

    The letters after a name ("C.P.", "M.P.") read as initials before an office name no one.
    """
    name = item.name
    if name is None:
        return False
    return skip_post_nominals(text, name.start, vocab) >= name.end


def _headline_word(text: str, item: Found, body: str, language: Language) -> bool:
    """Whether a one-word "name" after a role in a Title Case headline is a capitalised word.

    "… With Malaysian Minister Ahead Of 2025 Chairmanship": every word of the headline is
    capitalised, so "Minister Ahead" names no one unless the text below writes the word
    again, in any case, as a family name is ("… Minister Lirov Visits Valmont" over "Mr
    LIROV said").
    """
    name = item.name
    if name is None or name.given or len(name.family) != 1 or item.role is None:
        return False
    if sentence_case(text, language):
        return False
    return name.family[0].casefold() not in _folded_words(body)


@functools.lru_cache(maxsize=8)
def _folded_words(text: str) -> frozenset[str]:
    """The words of ``text``, case-folded: a headline's units share the text below them."""
    return frozenset(word.casefold() for word in _WORD.findall(text))


def _context(
    doc: Document, unit: Unit, paragraph: int | None, reading: _Reading, last: int
) -> Context:
    """What the unit's mentions are read with, its cues read up to ``last``, the last anchor.

    Each cue serves a mention after it (the nearest before, or the first in its clause):
    the scans stop past the last mention, not at the unit's end.
    """
    text, vocab = unit.text, reading.vocab
    language = readings.language(doc, text)
    sentences = readings.sentences(doc, text)
    attendance = _until(vocab.attendance, text, last)
    hits = readings.party_hits(doc, text)
    # "National Security Council Senior Director X": another body's name, no affiliation
    tails = other_name_tails(text, hits, language, title=paragraph is None)
    parties = Parties(
        tuple(
            hit
            for hit in hits
            if not qualifies_portfolio(text, hit, language) and hit.start not in tails
        )
    )
    context = Context(
        unit=unit,
        paragraph=paragraph,
        vocab=vocab,
        # "directeur des affaires européennes": a portfolio, no holder's affiliation
        parties=parties,
        sentences=sentences,
        lead_end=opening_end(doc, text) if paragraph == 0 else -1,
        semicolons=positions(text, ";"),
        meetings=tuple(
            match.span()
            for match in _until(vocab.meeting_verb, text, last)
            if not _plea(text, match, vocab)
        ),
        closing=paragraph is not None and paragraph >= len(doc.paragraphs),
        announcement=reading.announcement,
        under_way=reading.under_way,
        accounts=tuple(match.start() for match in _until(vocab.account, text, last)),
        signings=tuple(
            sorted(
                (
                    *signing_ends(
                        text, vocab, attendance, paragraph in reading.signing_items, last
                    ),
                    *entry_lists(text, sentences, vocab),
                    *signing_labels(text, parties),
                )
            )
        ),
        futures=match_spans(vocab.future_word, text),
        plans=match_spans(vocab.planned, text),
        later_partners=(partners := match_spans(vocab.later_partner, text)),
        prior_causes=_cause_scopes(text, vocab.prior_cause, language),
        clause_stops=clause_stops(text) if partners else (),
    )
    # "The French delegation, led by Mr X, …": the leader acts for the side, as its members.
    leaders = list(vocab.side_leader.finditer(text)) if attendance or "," in text else []
    sides = sorted(delegation_sides(text, [*attendance, *leaders], context.parties))
    return attrs.evolve(context, sides=tuple(sides))


_NOUN_LETTERS: Final = 4
"""Letters at least of the word before an adjective-like title for it to be a noun."""


def _adjective(text: str, role: re.Match[str]) -> bool:
    """Whether a title in lower case qualifies the noun right before it (« accord général »).

    Only the titles that are adjectives too (``adjective_heads``), after a lower-case word
    of some length that is no article (« le général X » names a general).
    """
    if role.group().casefold() not in _adjective_heads() or not role.group()[:1].islower():
        return False
    start, end = token_before(text, role.start(), "'’-")
    word = text[start:end].replace("’", "'").rsplit("'", 1)[-1]  # « l'accord » → « accord »
    return (
        len(word) >= _NOUN_LETTERS
        and word.isalpha()
        and word.islower()
        and word not in _determiners()
    )


@functools.cache
def _adjective_heads() -> frozenset[str]:
    return frozenset(word.casefold() for word in person_words("adjective_heads"))


def _plea(text: str, match: re.Match[str], vocab: PersonVocabulary) -> bool:
    """Whether a meeting phrase asks its object to act: "will call on X to release …".

    The infinitive marker and a lower-case verb follow within the clause (``plea_verbs``);
    "will call on President X." is a courtesy call.
    """
    if " ".join(match.group().casefold().split()) not in vocab.plea_verbs:
        return False
    clause = _CLAUSE.match(text, match.end())
    for word in _WORD.finditer(text, match.end(), clause.end() if clause else match.end()):
        if word.group().casefold() in vocab.infinitive_markers:
            following = word_at(text, word.end())
            return following is not None and following.group()[0].islower()
    return False


_CLAUSE: Final = compile_pattern(r"[^.;:!?\n]{0,120}")
"""The rest of a clause after a phrase, up to its punctuation (bounded)."""
_ADVERBIAL_WORDS: Final = 3
"""Words of a time adverbial between a subject and its verb ("on the same day")."""
_WORD: Final = compile_pattern(r"[^\W\d_][\w'’-]*")


def _until(pattern: re.Pattern[str], text: str, last: int) -> list[re.Match[str]]:
    """The matches of ``pattern`` in ``text`` that start at ``last`` or before.

    The scan stops at the first one past ``last``: the matches kept are those a scan of
    the whole text finds there.
    """
    return list(itertools.takewhile(lambda m: m.start() <= last, pattern.finditer(text)))


def _read_items(context: Context, found: list[Found]) -> list[PersonHit]:
    """Each construction read in context, in order; a verb after a list is each item's."""
    hits: list[PersonHit] = []
    previous: tuple[Found, PersonHit] | None = None
    chain, first = 0, found[0]  # where the current list of coordinated names starts
    for index, item in enumerate(found):
        carrier = previous
        if previous is not None and index >= 2 and _stands_for(context, found[index - 2]):
            # "A, representing B, and C": C is the list's next item after A, not after B.
            carrier = (found[index - 2], hits[index - 2])
        hit = _hit(context, item, previous, carrier)
        if previous is None or not _coordinated(context, item, previous[0]):
            chain, first = len(hits), item
        elif (
            hit.agent
            and not hits[-1].agent
            and (_joined_by_word(context, item) or _opens_sentence(context, first))
        ):
            # "A, B et C ont signé": the verb after the list is each one's. Once the list
            # acts, the names before are agents already: each list is updated once. A
            # comma alone ends a list only at the head of a sentence ("A, B étaient
            # présents"), not after a verb ("… to meet A, spokeswoman B told reporters").
            hits[chain:] = [attrs.evolve(h, agent=not h.non_agent) for h in hits[chain:]]
        hits.append(hit)
        previous = (item, hit)
    return hits


def _stands_for(context: Context, item: Found) -> bool:
    """Whether ``item`` is followed by a phrase naming whom it represents ("…, representing")."""
    return context.vocab.represents_after.match(context.unit.text, item.stop) is not None


def _opens_sentence(context: Context, item: Found) -> bool:
    """Whether only punctuation stands between the sentence's start and ``item``."""
    text = context.unit.text
    anchor = lead_in(text, item, context.parties)
    sentence = sentence_at(context.sentences, anchor) or (0, len(text))
    return _PUNCTUATION.fullmatch(text, sentence[0], anchor) is not None


def _former_office(text: str, item: Found) -> bool:
    """Whether a role without a name is a former office ("l'ancienne ministre de la Défense").

    Its holder is not the office's holder today: it names no one the text names by that
    office ("La ministre X a reçu l'ancienne ministre …" is not X).
    """
    if item.name is not None or item.role is None:
        return False
    return after_former_qualifier(text, item.role.start)


def _addressed_office(text: str, item: Found, vocab: PersonVocabulary) -> bool:
    """Whether a style stands before an office, not a name: "Mr President", "Madam Speaker".

    The one-word "name" is an office's head: the holder is addressed by the office.
    """
    name = item.name
    if name is None or name.given or len(name.family) != 1:
        return False
    word = text[name.start : name.end]
    match = vocab.role.match(word)
    return match is not None and match.end() == len(word)


def _press_contact(text: str, item: Found) -> bool:
    """Whether a name without role is followed by a telephone number or an e-mail address.

    "Mina ANDREEVA (+32 2 299 13 82)" under "Press contacts:" is furniture, not a person
    of the communiqué.
    """
    return item.role is None and _CONTACT.match(text, item.end) is not None


_CONTACT_BELOW: Final = compile_pattern(
    r"[ \t]*\r?\n[ \t]*(?:[\w.+-]+@[\w-]+\.[\w.]+|\+[ \t]?\d[\d \t().-]{6,})"
)
"""An e-mail address or an international telephone number on the very next line (not a
date such as "10.02.2026")."""


def _contact_below(doc: Document, unit: Unit, item: Found) -> bool:
    """Whether a name ending its unit has an e-mail address or a telephone on the line below.

    "Karl Lirov" / "karl.lirov@example.org" under an article: its author's byline, the
    address read as furniture on its own line; no person of the communiqué.
    """
    if item.role is not None or unit.text[item.end :].strip():
        return False
    end = unit.span(0, len(unit.text))[1]
    return _CONTACT_BELOW.match(doc.original, end) is not None


def _hit(
    context: Context,
    item: Found,
    previous: tuple[Found, PersonHit] | None,
    carrier: tuple[Found, PersonHit] | None = None,
) -> PersonHit:
    unit, text = context.unit, context.unit.text
    role, affiliation = role_and_affiliation(context, item)
    if affiliation is None and context.closing:
        affiliation = signatory_party(context, item, previous[0].stop if previous else 0)
    sentence = sentence_at(context.sentences, item.anchor) or (0, len(text))
    if affiliation is None:
        affiliation = _side_of(context, item, sentence)
    non_agent, agent = _agency(context, item, sentence, previous, carrier or previous)
    if item.signature or context.closing:  # a signatory issues the statement
        non_agent, agent = False, True
    # "said X, an analyst at …": a commentator speaks about the event, from outside it.
    outside = item.role is not None and item.role.head.casefold() in context.vocab.commentators
    # "met X in advance of a brunch with Y": Y is at the brunch, later.
    later = _later_partner(context, item, sentence)
    # "The summons follows remarks by President X": X acts in the earlier event.
    earlier = any(sentence[0] <= start < item.anchor < end for start, end in context.prior_causes)
    if outside or later or earlier:
        agent = False
    name = item.name
    if name is not None and name.given:
        name, affiliation = _without_demonym(context, name, affiliation)
    return PersonHit(
        *unit.span(item.start, item.end),
        name=name.canonical if name else None,
        key=name.key if name else "",
        has_given=bool(name and name.given),
        role=role or None,
        head=item.role.head if item.role else None,
        affiliation=affiliation,
        paragraph=context.paragraph,
        sentence=unit.span(*sentence),
        lead=item.anchor < context.lead_end and not outside and not later and not earlier,
        agent=agent,
        non_agent=non_agent,
        nickname=fold_name(name.nickname) if name and name.nickname else "",
    )


_RELATIVE_REACH: Final = 80
"""Characters before a cause link read back to its clause's comma for a relative pronoun."""


def _cause_scopes(
    text: str, pattern: re.Pattern[str], language: Language
) -> tuple[tuple[int, int], ...]:
    """Each cause link's start and the end of what it governs.

    "The summons follows remarks by X": to the sentence's end (the caller bounds it). Inside
    a relative clause set off by commas ("The visit, which comes after the elections held
    last year, allowed X to meet Y"), to the comma that closes the clause.
    """
    pronouns = frozenset(w.casefold() for w in person_words("relative_pronouns", language))
    scopes = []
    for match in pattern.finditer(text):
        low = max(0, match.start() - _RELATIVE_REACH)
        comma = text.rfind(",", low, match.start())
        opener = text[comma + 1 : match.start()].split(maxsplit=1) if comma != -1 else []
        end = len(text)
        if opener and opener[0].casefold() in pronouns:
            closing = text.find(",", match.end())
            end = closing if closing != -1 else end
        scopes.append((match.start(), end))
    return tuple(scopes)


def _later_partner(context: Context, item: Found, sentence: tuple[int, int]) -> bool:
    """Whether the sentence names the person as a later event's partner.

    "Vice President X met with President Y in advance of a brunch with Z": Z is at the
    brunch, not at the meeting reported.
    """
    # Found once per unit: a search per mention costs a long sentence's length each time.
    spans = context.later_partners
    index = bisect.bisect_right(spans, item.anchor, key=lambda span: span[1]) - 1
    if index < 0 or spans[index][0] < sentence[0]:
        return False
    # No clause ends between the phrase and the name: "… with Y; Z met …" is another clause.
    stops = context.clause_stops
    after = bisect.bisect_left(stops, spans[index][1])
    return after >= len(stops) or stops[after] >= item.anchor


def _without_demonym(
    context: Context, name: Name, affiliation: str | None
) -> tuple[Name, str | None]:
    """The name without a capitalised demonym read as its first word, and that state.

    "son homologue Mauritanien X": French writes the demonym in lower case, but a capital
    is common; it is the holder's state, not a given name. A one-word name is left alone.
    """
    hit = context.parties.first_after(name.start)
    if hit is None or hit.start != name.start or hit.form != "adjective" or len(hit.keys) != 1:
        return name, affiliation
    if context.unit.text[hit.start : hit.end] != name.given[0]:
        return name, affiliation  # a demonym of several words, or a compound
    following = word_at(context.unit.text, hit.end)
    start = following.start() if following is not None else name.start
    return attrs.evolve(name, start=start, given=name.given[1:]), affiliation or hit.keys[0]


def _sent_from(text: str, start: int, word: str, vocab: PersonVocabulary) -> bool:
    """Whether the mention names who sent a message: "a message from President X".

    The sender stays home, whatever verb the bearer's sentence has ("received a message
    from …"); ``start`` is where ``word``, the link before the mention, starts.
    """
    if not vocab.sender_before or not word:
        return False
    noun_start, noun_stop = token_before(text, start, "'’-")
    noun = text[noun_start:noun_stop]
    if f"{noun} {word}".casefold() in vocab.sender_before:
        return True
    # « un message personnel de M. X », « une lettre manuscrite du président »: an
    # adjective after the noun.
    if not noun.islower():
        return False
    noun_start, noun_stop = token_before(text, noun_start, "'’-")
    return f"{text[noun_start:noun_stop]} {word}".casefold() in vocab.sender_before


def _agency(
    context: Context,
    item: Found,
    sentence: tuple[int, int],
    previous: tuple[Found, PersonHit] | None,
    carrier: tuple[Found, PersonHit] | None,
) -> tuple[bool, bool]:
    """Whether the mention is after a preposition (not acting) and whether it acts.

    ``carrier``: the list item whose standing a coordinated mention shares — ``previous``,
    or the one before it when ``previous`` is whom that one represents.
    """
    text, vocab = context.unit.text, context.vocab
    anchor = lead_in(text, item, context.parties)
    start, stop = token_before(text, anchor, "'’-")
    if start == stop:  # a punctuation mark that links or opens: ", M. X", "(M. X"
        word = text[stop - 1] if stop > 0 and text[stop - 1] in ",;:(" else ""
    else:
        word = text[start:stop].casefold()
    coordinated = previous is not None and _coordinated(context, item, previous[0])
    # "spoke to Russian Foreign Minister X": the verb stands before the demonym.
    meeting_before = vocab.meeting_verb_before.search(
        text, max(sentence[0], min(item.anchor, anchor) - _MEETING_VERB_REACH), anchor
    )
    if meeting_before is None and anchor != item.anchor:  # searched once when they agree
        meeting_before = vocab.meeting_verb_before.search(
            text, max(sentence[0], item.anchor - _MEETING_VERB_REACH), item.anchor
        )
    # "spoke to X", "called on X", "statement by X": the preposition ends a meeting verb.
    non_agent = (
        (word in vocab.non_agent_before and meeting_before is None)
        or _planned_between(context, item.anchor, sentence)
        or _sent_from(text, start, word, vocab)
        or _message_across_title(text, anchor, sentence[0], vocab, meeting=meeting_before)
    )
    # "X will visit Y next week", past the opening sentence: an event announced for later.
    announced = (
        not context.announcement
        and context.paragraph is not None
        and item.anchor >= context.lead_end
    )
    subject = _subject(context, item, announced)
    # The speech verb ends just before the mention: a short window holds it.
    window = max(sentence[0], item.anchor - _SPEECH_VERB_REACH)
    # "said Kenyan Foreign Minister X": the verb stands before the demonym glued to the role.
    inverted = vocab.speech_verb_before.search(text, min(window, anchor), anchor) is not None
    meeting = _after_meeting_verb(context, item, sentence)
    # "la délégation était conduite par M. X (, et l'allemande par Mme Y)" acts;
    # "l'engagement pris par X" is a noun's: the sentence needs a passive auxiliary.
    by = _agent_word(text, start, word, vocab)  # "signed by the AU Commission Chairperson X"
    passive = by is not None and _passive_now(text, sentence[0], by, vocab, ahead=context.under_way)
    # "Has President X invited Y?": a question asserts no act.
    question = text[sentence[0] : sentence[1]].rstrip().endswith("?")
    # "thanked X … for hosting", "at the invitation of X": governed, yet X took part.
    joins = (
        joins_the_meeting(context, sentence, anchor)
        or reports_to_the_meeting(context, item.stop, sentence)
        or named_guests(context, sentence)
    )
    # "composée en outre de M. X", "and composed of Mr X": the link ends an attendance phrase.
    opened = start < stop and _ends_at(context.signings, stop)
    non_agent = (non_agent or _author_of_work(text, start, word, vocab)) and not (joins or opened)
    if _POSSESSIVE_AFTER.match(text, item.stop) is not None:
        # "noted President X's plan", "Y's upcoming travel": the name qualifies a noun; it
        # is neither the verb's subject nor the object of a meeting.
        subject = inverted = meeting = False
    agent = (
        subject or inverted or meeting or passive or joins or _listed(context, item, sentence)
    ) and not (
        _in_account(context, item, sentence) or question or before_the_meeting(context, sentence)
    )
    # "A, representing B, and C, representing D": C stands for D, and shares A's standing.
    represents = vocab.represents_after.match(text, item.stop) is not None
    if coordinated and carrier is not None:  # "sous l'autorité de A et B"
        if not represents:
            non_agent = carrier[1].non_agent
        agent = agent or carrier[1].agent
    return non_agent, not non_agent and agent


def _message_across_title(
    text: str,
    anchor: int,
    sentence_start: int,
    vocab: PersonVocabulary,
    *,
    meeting: re.Match[str] | None,
) -> bool:
    """Whether a message's sender or addressee is named after a courtesy title.

    "un message personnel de Monsieur le Président …", « … à Sa Majesté le Roi … »: the link
    stands before the title; the addressee only in a clause naming what is sent, with no
    meeting verb ("introduced to His Majesty King X" meets him).
    """
    titled = _before_honorific(text, anchor, vocab)
    if titled == anchor:
        return False
    start, stop = token_before(text, titled, "'’-")
    word = text[start:stop].casefold()
    if _sent_from(text, start, word, vocab):
        return True
    if word not in vocab.non_agent_before or meeting is not None:
        return False
    before = text[max(sentence_start, start - _SENDER_REACH) : start].casefold().split()
    return any(noun in before for noun in _sender_nouns(vocab))


@functools.cache
def _sender_nouns(vocab: PersonVocabulary) -> frozenset[str]:
    """The nouns of what is sent ("message", « lettre »), from the sender phrases."""
    return frozenset(phrase.split()[0] for phrase in vocab.sender_before)


def _before_honorific(text: str, anchor: int, vocab: PersonVocabulary) -> int:
    """Where an honorific right before ``anchor`` starts, or ``anchor``."""
    low = max(0, anchor - _HONORIFIC_REACH)
    for match in vocab.honorific.finditer(text, low, anchor):
        if not text[match.end() : anchor].strip():
            return match.start()
    return anchor


_STYLE_REACH: Final = 30
"""Characters before a mention that hold a plural style ("leurs Excellences, ")."""


def _agent_word(text: str, start: int, word: str, vocab: PersonVocabulary) -> int | None:
    """Where the agent's preposition ("by", "par") stands before the mention, or None.

    Right before it, before an article that opens a party's office ("by the AU
    Commission Chairperson X", "par le ministre …"), or before a plural style ("conduites
    par leurs Excellences, Madame X …").
    """
    if word in vocab.agent_before:
        return start
    if word in ",:" or word in _style_ends():
        # "conduites par leurs Excellences, Madame X …", "led by their Excellencies Mr X":
        # a plural style between the preposition and the names.
        end = start + len(word)
        styled = _plural_style_before().search(text, max(0, start - _STYLE_REACH), end)
        if styled is not None:
            start = styled.start()
            before, end = token_before(text, start, "'’-")
            word = text[before:end].casefold()
            return before if word in vocab.agent_before else None
    if word not in _determiners():
        return None
    before, end = token_before(text, start, "'’-")
    return before if text[before:end].casefold() in vocab.agent_before else None


@functools.cache
def _style_ends() -> frozenset[str]:
    """The last words of the plural styles, case-folded ("excellences", "ll.ee.")."""
    return frozenset(style.split()[-1].casefold() for style in person_words("plural_styles"))


@functools.cache
def _plural_style_before() -> re.Pattern[str]:
    """A plural style ending where the search ends, with its comma: "leurs Excellences,"."""
    styles = alternation(person_words("plural_styles"))
    return compile_pattern(rf"(?<![\w.])(?i:{styles})[ \t]*[,:]?[ \t]*$")


@functools.cache
def _determiners() -> frozenset[str]:
    """Articles and possessives, that may stand between "by" and its agent's office."""
    return frozenset(word.casefold() for word in person_words("determiners"))


def _author_of_work(text: str, start: int, word: str, vocab: PersonVocabulary) -> bool:
    """Whether the mention is the author of works a noun names ("works by X were read").

    The agent of the noun (`work_nouns`), not of the sentence's verb.
    """
    if word not in vocab.agent_before:
        return False
    noun_start, noun_end = token_before(text, start, "'’-")
    return text[noun_start:noun_end].casefold() in vocab.work_nouns


def _passive_now(
    text: str, start: int, by: int, vocab: PersonVocabulary, *, ahead: bool = False
) -> bool:
    """Whether a passive auxiliary stands before the agent's "by", and not in the future.

    "M. X sera reçu demain par M. Y", "X will be received by Y": the agent of an act
    announced for later takes no part in the reported one; unless the future is ``ahead``
    in the programme of a trip under way.
    """
    auxiliary = None
    for auxiliary in vocab.passive_auxiliary.finditer(text, start, by):  # noqa: B007
        pass  # the last one, nearest the agent
    if auxiliary is None:
        return False
    reach = max(start, auxiliary.start() - _FUTURE_REACH)
    return ahead or vocab.future_word.search(text, reach, auxiliary.end()) is None


def _subject(context: Context, item: Found, announced: bool) -> bool:
    """Whether the mention is the subject of a verb of the reported event.

    Not of an earlier past ("avait déclaré": a statement made before the reported event),
    of an appointment ("M. X est nommé directeur": the object of the decision), nor, when
    ``announced``, of a future ("X will visit Y next week": an event announced for later).
    """
    text, vocab = context.unit.text, context.vocab
    for verb in _verb_positions(context, item.stop):
        future = vocab.future_verb.match(text, verb)  # "M. X siégera à la tribune"
        if not (
            future or vocab.subject_verb.match(text, verb) or vocab.past_verb.match(text, verb)
        ):
            continue
        # The first verb decides: "X, était attendu à Y, a-t-on appris" has no insertion.
        return not (
            vocab.anterior_verb.match(text, verb)
            or (announced and future)
            or vocab.appointment.match(text, _SPACES.match(text, verb).end())  # type: ignore[union-attr]
        )
    return False


def _after_meeting_verb(context: Context, item: Found, sentence: tuple[int, int]) -> bool:
    """Whether the first meeting verb of the mention's clause ends before it.

    Unless, past the opening sentence, the clause sets it later: "X is due in Y next week
    for talks with Z".
    """
    text = context.unit.text
    semicolon = bisect.bisect_left(context.semicolons, item.anchor) - 1
    clause = max(context.semicolons[semicolon] if semicolon >= 0 else -1, sentence[0])
    index = bisect.bisect_left(context.meetings, (clause, -1))
    if index >= len(context.meetings) or context.meetings[index][1] > item.anchor:
        return False
    # The partner of a meeting set later past the opening sentence ("X is due in Y next
    # week for talks with Z") meets at another event; in a statement that announces the
    # trip ("X will travel to Y. In Tokyo, she will hold talks with Z"), that meeting is
    # the announced event's, and Z takes part in it.
    later = context.paragraph is not None and item.anchor >= context.lead_end
    verb = context.meetings[index]
    if not context.announcement and context.vocab.prospective_event.search(
        text, max(clause, verb[0] - _PROSPECTIVE_REACH), verb[0]
    ):
        return False  # "the upcoming state visit of President X": a meeting still ahead
    # The verb may be a future itself ("Elle rencontrera X").
    if not later or context.vocab.future_word.search(text, clause, verb[1]) is None:
        return True
    return context.announcement and _near_meeting_verb(context, item.anchor)


def _near_meeting_verb(context: Context, anchor: int) -> bool:
    """Whether a meeting verb ends a few words before ``anchor``: its partner's place.

    "He will meet the Prime Minister X and hold discussions with Foreign Minister Y", not
    "A and B are to meet on Wednesday, with an agenda likely to include the summit among X,
    Y and Z" (the summit's members, named far past the verb).
    """
    index = bisect.bisect_right(context.meetings, (anchor, anchor)) - 1
    while index >= 0 and context.meetings[index][1] > anchor:
        index -= 1
    return index >= 0 and anchor - context.meetings[index][1] <= _PARTNER_REACH


def _ends_at(ends: tuple[int, ...], position: int) -> bool:
    """Whether one of the sorted ``ends`` is ``position``."""
    index = bisect.bisect_left(ends, position)
    return index < len(ends) and ends[index] == position


def _listed(context: Context, item: Found, sentence: tuple[int, int]) -> bool:
    """Whether a signing or attendance list of the sentence opens before the mention.

    "Les accords suivants ont été signés : – accord X : M. A …", "Also present were A".
    """
    index = bisect.bisect_right(context.signings, item.anchor) - 1
    return index >= 0 and context.signings[index] >= sentence[0]


def _side_of(context: Context, item: Found, sentence: tuple[int, int]) -> str | None:
    """The party of the side whose attendance list the mention stands in, in its sentence.

    Past another side opened in between without a phrase of its own (« La délégation
    française était conduite par M. X, et la délégation allemande par Mme Y », "… and the
    German delegation by Ms Y", « … et la délégation du Japon par M. Y »), that side's: Y
    leads it; its party unread (« la délégation valmontaise »), none.
    """
    index = bisect.bisect_right(context.sides, (item.anchor, "\U0010ffff")) - 1
    if index < 0 or context.sides[index][0] < sentence[0]:
        return None
    end, party = context.sides[index]
    openers = list(context.vocab.side_opener.finditer(context.unit.text, end, item.anchor))
    if not openers:
        return party
    opener = openers[-1]
    low = max(end, opener.start() - _SIDE_WORDS_REACH)
    high = min(item.anchor, opener.end() + _SIDE_WORDS_REACH)
    named = [
        hit
        for hit in context.parties.inside(low, high)
        if party not in hit.keys and len(hit.keys) == 1 and _next_to(context, hit, opener)
    ]
    return named[-1].keys[0] if named else None


_SIDE_WORDS_REACH: Final = 24
"""Characters either side of another side's opener that hold its party ("délégation du ")."""


def _next_to(context: Context, party: PartyHit, opener: re.Match[str]) -> bool:
    """Whether only links stand between a side's opener and its party.

    "the German delegation", « la délégation allemande », « la délégation du Japon ».
    """
    text = context.unit.text
    if party.end <= opener.start():
        return not text[party.end : opener.start()].strip()
    gap = text[opener.end() : party.start].split()
    links = _side_links(context.vocab.complement_links)
    return all(word.casefold().rstrip("'’") in links for word in gap)


@functools.cache
def _side_links(complement_links: frozenset[str]) -> frozenset[str]:
    """Links between a side's opener and its state ("du", "de la", "of the"), elided bare."""
    return frozenset(word.rstrip("'’") for link in complement_links for word in link.split())


def _in_account(context: Context, item: Found, sentence: tuple[int, int]) -> bool:
    """Whether the mention follows an account of an earlier event in its sentence.

    "a rendu compte de sa visite, au cours de laquelle il a été reçu par X".
    """
    index = bisect.bisect_left(context.accounts, sentence[0])
    return index < len(context.accounts) and context.accounts[index] < item.anchor


def _planned_between(context: Context, anchor: int, sentence: tuple[int, int]) -> bool:
    """Whether the person is one side of a meeting the sentence only plans.

    "A summit between Presidents A and B is planned": A and B will meet, later.
    """
    text, vocab = context.unit.text, context.vocab
    if vocab.between_before.search(text, max(sentence[0], anchor - 30), anchor) is None:
        return False
    return first_within(context.plans, *sentence) is not None


_COMPANY_WORDS: Final = 8
"""Words at most of the company named between a subject and its verb."""
_COMPANY_WORD: Final = compile_pattern(r"\s+[\w'’-]+(?=\s)")


def _verb_positions(context: Context, stop: int) -> tuple[int, ...]:
    """Where the verb of a subject ending at ``stop`` may start.

    Past an apposition or parenthesis, a coordinated party ("X, et le Conseil de sécurité
    ont présenté"), and with or without a short time adverbial ("X also welcomed", "X on
    Sunday met with Y").
    """
    text = context.unit.text
    stop = skip_post_nominals(text, stop, context.vocab)  # "X, CFR, led the delegation"
    link = party_link().match(text, stop)
    if link is not None:  # "Ambassador X of Brazil, attended": over the person's country
        party = context.parties.first_after(link.end())
        if party is not None and party.start == link.end():
            stop = party.end
    after = _AFTER_SUBJECT.match(text, stop)
    verb = after.end() if after else stop
    coordinated = _and_article().match(text, verb)
    if coordinated is not None:
        party = context.parties.first_after(coordinated.end())
        if party is not None and party.start == coordinated.end():
            verb = party.end
        elif body := _BODY.match(text, coordinated.end()):  # "X and the Member States welcomed"
            verb = body.end()
    # "X, who arrived on Monday, addressed", "Mme X, qui était accompagnée de …, a pris part":
    # a relative clause or a further apposition between commas.
    inserted = _INSERTION.match(text, verb) if "," in text[stop:verb] else None
    starts = (verb, inserted.end()) if inserted else (verb,)
    company = context.vocab.company_opener.match(text, verb)
    if company is not None:
        # "Counsellor X along with the officials of the embassy was present": the verb comes
        # after the company's few words.
        following = _COMPANY_WORD.finditer(text, company.end())
        starts = (*starts, *(w.end() for w in itertools.islice(following, _COMPANY_WORDS)))
    adverbial = context.vocab.adverbial.match(text, verb)
    if adverbial is None:
        return starts
    # "X on Sunday met", "X on the same day held", "X on Tuesday also met": the verb after
    # the adverbial's next words, or after another adverbial.
    positions = [adverbial.end()]
    for _ in range(_ADVERBIAL_WORDS):
        word = _NEXT_WORD.match(text, positions[-1])
        if word is None:
            break
        positions.append(word.end())
        again = context.vocab.adverbial.match(text, word.end())
        if again is not None:
            positions.append(again.end())
    return (*starts, *positions)


def _coordinated(context: Context, item: Found, previous: Found) -> bool:
    """Whether ``item`` follows ``previous`` in a list: "A, B et C", "A MP, New Zealand … B".

    Post-nominal letters and a party glued before the role are no break in a list.
    """
    text, vocab = context.unit.text, context.vocab
    anchor = _list_anchor(text, item, context.parties)
    if previous.stop > anchor:
        return False
    if _SECOND_HAT.fullmatch(text, previous.stop, anchor):
        # "the Special Representative …/UNTAET Transitional Administrator, Dr X": one holder.
        return True
    start, stop = token_before(text, anchor, "'’-")
    word = _token(text, start, stop)
    joined = _list_join(context, anchor)
    if joined is not None:  # "A, as well as B", "A, ainsi que B": a list all the same
        anchor, word = joined, ","
    elif start < stop and vocab.represents_after.match(text, start):
        return False  # "A, representing B": B is whom A stands for, not the next item
    elif word.replace("’", "'") in vocab.non_agent_before and start < stop:
        # "la participation de A et de B", "… de A, ministre …, d'B": the preposition
        # repeated after the coordinator or the comma.
        anchor = start
        start, stop = token_before(text, start, "'’-")
        word = _token(text, start, stop)
    if word not in _coordinators():
        return False
    if word == ";" and _acts_before_comma(context, item):
        return False  # "… to the late President A; Minister B then signed …": a new clause
    # "Ambassador A of Mexico and Ambassador B": a party linked after a name is no break.
    gap, cursor = [], previous.stop
    for party in context.parties.inside(previous.stop, anchor):
        gap.append(text[cursor : party.start])
        cursor = party.end
    gap.append(text[cursor:anchor])
    # "le Président A, et son épouse, Mme B": the second's tie to the first, no break.
    gap = [_companion_links().sub(" ", part) for part in gap]
    # "directeur de l'Agence (AAC) et de B": the body's acronym closes the first item.
    # "le président A du Bénin ; la présidente B": the party's article is no break either.
    links = frozenset(vocab.particles) if len(gap) > 1 else frozenset()
    between = [
        w
        for w in _PARENTHESES.sub(" ", " ".join(gap)).replace(",", " ").replace(";", " ").split()
        if (w.casefold() not in vocab.name_stops and w.casefold() not in links)
        or w.casefold() in person_words("coordinators")
    ]
    return " ".join(between).casefold() in {"", *person_words("coordinators")}


@functools.cache
def _companion_links() -> re.Pattern[str]:
    """A spouse's tie to the name before it ("son épouse", "his wife"), any case."""
    links = alternation(person_words("companion_links"))
    return compile_pattern(rf"(?<![\w'’-])(?:{links})(?![\w'’-])", re.IGNORECASE)


def _acts_before_comma(context: Context, item: Found) -> bool:
    """Whether a verb of a subject follows ``item`` before the next comma or clause mark.

    After a semicolon, "President B of Y;" is a list's item, "Minister B then signed …" a
    clause of its own.
    """
    text = context.unit.text
    stop = _ITEM_END.search(text, item.stop)
    end = stop.start() if stop is not None else len(text)
    return any(
        context.vocab.subject_verb.match(text, word.start()) is not None
        for word in _WORD.finditer(text, item.stop, end)
    )


_ITEM_END: Final = compile_pattern(r"[,;.:!?\n]")
"""What ends the rest of a list's item: a comma, a semicolon, a sentence's end."""


def _joined_by_word(context: Context, item: Found) -> bool:
    """Whether a coordinator word ("and", "et"), not a comma alone, stands before ``item``."""
    text = context.unit.text
    anchor = _list_anchor(text, item, context.parties)
    if _list_join(context, anchor) is not None:
        return True
    start, stop = token_before(text, anchor, "'’-")
    word = text[start:stop].casefold()
    if word in context.vocab.non_agent_before and start < stop:  # "… et de B"
        start, stop = token_before(text, start, "'’-")
        word = text[start:stop].casefold()
    return word in person_words("coordinators")


def _list_join(context: Context, anchor: int) -> int | None:
    """Where the phrase joining list items ("as well as", "ainsi que") before ``anchor`` starts."""
    join = context.vocab.list_join_before.search(
        context.unit.text, max(0, anchor - _JOIN_REACH), anchor
    )
    return join.start() if join is not None else None


def _list_anchor(text: str, item: Found, parties: Parties) -> int:
    """Where a construction starts as an item of a list: its determiner included.

    "and the European Commissioner X": the article before a demonym glued to the role;
    "and his Peruvian counterpart X", "et son homologue X": a possessive likewise.
    """
    anchor = lead_in(text, item, parties)
    start, stop = token_before(text, anchor, "'’-")
    if start < stop and text[start:stop].casefold() in _determiners():
        return start
    return anchor


@functools.cache
def _and_article() -> re.Pattern[str]:
    """A coordinator and the article of the next item: "et le", "and the", "et l'"."""
    articles = alternation(person_words("articles"))
    elided = alternation(person_words("elided_articles"))
    joins = alternation(person_words("coordinators"))
    return compile_pattern(rf"\s*(?:{joins})\s+(?:(?:{articles})\s+|(?:{elided}))?", re.I)


@functools.cache
def _token(text: str, start: int, stop: int) -> str:
    """The word ``token_before`` found, case-folded, or the mark before it ("," of ", M. X")."""
    return text[stop - 1] if start == stop and stop > 0 else text[start:stop].casefold()


@functools.cache
def _coordinators() -> frozenset[str]:
    """What joins the items of a list of persons: a coordinator, a comma, a semicolon.

    "President A of X; President B of Y; and Minister C".
    """
    return frozenset({*person_words("coordinators"), ",", ";"})
