"""Extract mentions of international instruments: accords, treaties, roadmaps, resolutions….

A mention names an instrument when it carries a name — a complement ("accord de Paris",
"traité sur la non-prolifération…"), a quoted or capitalised title, an acronym, a period or
a number — or, after a definite article, a complement or a qualifying adjective. Generic
uses ("des accords de coopération", "un tel accord", "ce plan") and a bare "sur le plan
économique" name none. Linking mentions into instruments is a later, resolving step.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING, Final

import attrs

import communique.readings as readings
from communique.document import InstrumentHit, StatusHit
from communique.extract.dated_instruments import named_by_day
from communique.extract.inner_instruments import object_before
from communique.extract.instrument_acronyms import known_acronym_hits
from communique.extract.instrument_bodies import body_prefix, stated_body
from communique.extract.instrument_lists import ROMAN_MARKER, opens_item, signed_list_items
from communique.extract.instrument_names import NUMBER, SYMBOL
from communique.extract.instrument_naming import (
    Mention,
    draft_before,
    in_body_name,
    in_event_name,
    in_portfolio,
    inside_other_name,
    is_statement,
    names_itself,
    naming,
    own_title,
    party_collection,
    read_mention,
    title_start,
)
from communique.extract.instrument_pairs import paired_names
from communique.extract.instrument_subjects import listed_after, subject_names
from communique.extract.name_tokens import function_words
from communique.extract.passive_signing import signed_subject
from communique.gazetteer import gazetteer
from communique.lexicon.agreements import (
    AgreementVocabulary,
    Head,
    agreement_vocabulary,
    agreement_words,
    folded_agreement_words,
)
from communique.patterncache import compile_pattern
from communique.sentences import sentence_at
from communique.wordtrie import alternation, phrase_key

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from communique.document import Document, Unit
    from communique.model import AgreementStatus, Language

__all__ = ["extract_instrument_mentions"]

# The dot of an abbreviated month ("on Jan. 1") ends no clause.
_CLAUSE_END: Final = compile_pattern(r"(?:[,;:!?]|(?<!\b[A-Z][a-z]{2})\.)\s")
_PROSPECTIVE_REACH: Final = 30
"""Characters before a status phrase searched for words that put it off."""
_SOUGHT_REACH: Final = 40
"""Characters before an instrument's article searched for the aim that seeks it."""
_MAX_BEFORE: Final = 120
_MAX_LIST_BEFORE: Final = 600
"""Characters before an item of a list of instruments searched for the status opening it."""
_CLAUSE_BREAK: Final = compile_pattern(r"[.;:!?]\s")
_ITEM_MARKER: Final = rf"(?:[-–•]|\(?\d{{1,2}}[.)]|\([a-z]\)|{ROMAN_MARKER})"
"""An item's bullet, number, letter or Roman numeral."""


@functools.cache
def _bulleted_items() -> re.Pattern[str]:
    """From a status phrase to an item of the bulleted list its sentence announces.

    The colon, earlier items each closed by a semicolon, the item's bullet and determiner;
    or earlier items each opened by its number or numeral, the later markers after a
    separator or a coordinator (``coordinators``), not a new clause's words (« …, tandis que
    iii) le Traité … »).
    """
    joins = alternation(function_words("coordinators"))
    return compile_pattern(
        rf"[^.;:!?]*:\s*(?:[-–•][^.;:!?]*;\s*)*[-–•]\s*(?:[\w'’]+\s+)?"
        # or numbered in the sentence: ": (i) …, (ii) … and (iii) …", ": 1) …; 2) …"
        rf"|[^.;:!?]*:\s*(?:{_ITEM_MARKER}[^.:!?]*?(?:[,;]\s*(?:(?:{joins})\s+)?"
        rf"|\s+(?:{joins})\s+))?{_ITEM_MARKER}\s*(?:[\w'’]+\s+)?",
        re.I,
    )


_JOINER_REACH: Final = 40
_ITEM_SEPARATORS: Final = (";", ",")
"""Marks between the items a restating sentence lists."""
_GAP_WORD: Final = compile_pattern(r"[^\W\d_]+['’]?|\d+")
_SIGNING_REACH: Final = 40
"""Characters before a plural head searched for the verb that signs it."""
_LIST_WINDOW: Final = 400
"""Characters after a verb signing a list of instruments where the signing's date may stand."""
_CLAUSE_MARK: Final = compile_pattern(r"[,;:.()]")
"""A mark that ends the clause before a verb ("…, which had never met, signed …")."""
_NEGATION_WORDS: Final = 3
"""Words before that verb searched for a negation ("have not yet signed")."""
_COUNT_BEFORE: Final = compile_pattern(r"(?<![\w.,])(\d{1,3}|[^\W\d_]+)[ \t]+\Z")
"""The word right before a mention, to read a count in it."""
_COUNT_REACH: Final = 20
_MAX_GAP: Final = 40
"""Characters at most between a signing and the instrument it acts on."""
_REMAINDER_REACH: Final = 3
"""Sentences before a sentence listing the rest of the instruments searched for their signing."""
_ITEM_ARTICLE_REACH: Final = 16
"""Characters at most between an item's start and its instrument: an article, an ordinal."""
_MAX_WINDOW: Final = 160
_MAX_LEAD: Final = 160
_LEAD_WORD: Final = compile_pattern(r"[^\W\d_]+")
_MAX_QUOTED: Final = 300
_SLASHED_WORD: Final = compile_pattern(r"([^\W\d_][\w'’-]*)/$")
"""A word and the slash right before a head: "Agreements/MoUs/Joint Declaration"."""
_DASH_WORD: Final = compile_pattern(r"([–—-]\s+)(\w)")
_SHORT_HEAD: Final = compile_pattern(r"(?=\w*[A-Z]\w*[A-Z])\w{2,4}s?")
"""A head's short form, two capitals or more in one short word: "MoU", "MOUs"."""
_SPACE_RUN: Final = compile_pattern(r"\s+")
_TITLE_AFTER: Final = compile_pattern(r"[ \t]+(\w[\w'’-]*)")
_MAX_TITLE_WORDS: Final = 6
_NOT_REACH: Final = 40
# A word of capitals that stays so in a name read from capitals: "G20", "E3/UE+3".
_ACRONYM_LIKE: Final = compile_pattern(r"[A-Z]*\d[\w/+]*|[A-Z]{1,3}")
_BARE_SYMBOL: Final = compile_pattern(rf"(?<![\w/])({SYMBOL})(?:\s*\((\d{{4}})\))?")


def extract_instrument_mentions(doc: Document) -> tuple[InstrumentHit, ...]:
    """Find instrument mentions in the head's lines, the title and paragraphs, in document order.

    A header line is text the reader sees ("Final Communiqué – Summit – Agenda 2063" above
    the printed title); metadata and furniture are not read.
    """
    units: list[tuple[int | None, Unit]] = [(None, unit) for unit in doc.header]
    units += [(None, doc.title)] if doc.title is not None else []
    units.sort(key=lambda entry: entry[1].offsets.start(0))
    units += [(index, paragraph.unit) for index, paragraph in enumerate(doc.paragraphs)]
    hits: list[InstrumentHit] = []
    listed = signed_list_items(doc, agreement_vocabulary(doc.lang))
    itself: set[str] = set()  # the heads the text presents itself by ("joint statement")
    for index, unit in units:
        if unit.text:
            # A passage of a bilingual release is read in its own language.
            language = readings.language(doc, unit.text)
            vocab = agreement_vocabulary(language)
            items = listed.get(index) if index is not None else None
            found, own = _unit_hits(doc, unit, index, vocab, listed=items)
            itself |= own
            if "/RES/" in unit.text or "/DEC/" in unit.text:
                found += _bare_symbols(unit, index, vocab, found)
            statuses = functools.partial(_statuses, doc, unit, vocab=vocab)
            if found and "/" in unit.text:
                found += _listed_session_symbols(unit, found, statuses, vocab)
            hits.extend(known_acronym_hits(unit, index, language, vocab, found, statuses))
    # "The joint communiqué follows the visit …" once the text has said "The joint
    # communiqué said:": the bare head is the text itself wherever it stands, unless a
    # status or a year sets an earlier one apart ("the Joint Communiqué signed in 1976").
    return tuple(
        hit
        for hit in hits
        if hit.head not in itself or hit.name != hit.head or hit.statuses or hit.year
    )


def _body_acronym(text: str, mention: Mention, vocab: AgreementVocabulary) -> bool:
    """Whether the name's acronym in brackets is a known organisation's.

    "the Development Programme of the United Nations (UNDP)", « le Programme de
    développement des Nations Unies (PNUD) »: a body named like a programme; "a Partnership
    Agreement with the Association of Southeast Asian Nations (ASEAN)": the partner's.
    """
    if mention.extent.acronym is None:
        return False
    table = gazetteer(vocab.language)
    key = table.key_of(text[slice(*mention.extent.acronym)])
    return key is not None and table.entries[key].kind == "organization"


def _bare_symbols(
    unit: Unit, paragraph: int | None, vocab: AgreementVocabulary, found: list[InstrumentHit]
) -> list[InstrumentHit]:
    """UN symbols standing without a head ("… recalling S/RES/2231 (2015)")."""
    head = vocab.head_of(vocab.symbol_head)
    taken = sorted((hit.start, hit.end) for hit in found)
    starts = [low for low, _ in taken]
    hits = []
    for match in _BARE_SYMBOL.finditer(unit.text):
        start, end = unit.span(*match.span())
        before = bisect.bisect_right(starts, start) - 1
        if before >= 0 and taken[before][1] > start:
            continue  # read with its head ("resolution (A/RES/70/291)")
        symbol, year = match.group(1), match.group(2)
        hits.append(
            InstrumentHit(
                start,
                end,
                name=f"{head.singular} {symbol}" + (f" ({year})" if year else ""),
                kind=head.kind,
                head=head.singular,
                specific=True,
                referring=False,
                number=symbol,
                year=year,
                paragraph=paragraph,
                body=_symbol_body(symbol, vocab),
            )
        )
    return hits


_SESSION_SYMBOL: Final = compile_pattern(
    r"(?<![\w/])\[?([A-Z]{2,8}(?:/[A-Z0-9]+)+\.?\d*)[ \t]*(\([MDCLXVI]+\))\]?"
    r"|\[([A-Z]{2,8}(?:/[A-Za-z0-9]+)+\.\d+(?:\.\d+)?)[ \t]*\((\d{4})\)\]"
)
"""A document symbol with its session's number in Roman figures, as the Peace and Security
Council numbers its communiqués: "PSC/PR/COMM.1(CMXCIII)", "[PSC/PR/COMM. (CMLXXVIII)]"; or
in brackets with its meeting's number and its year: "[PSC/HoSG/COMM.1218 (2024)]"."""
_NAMED_BY_SYMBOL: Final = compile_pattern(
    r"[A-Z]{2,8}(?:/[A-Za-z0-9]+)+\.?\d*(?:\.\d+)?[ \t]*\((?:[MDCLXVI]+|\d{4})\)"
)
"""A name holding such a symbol: "communiqué PSC/PR/COMM.1235 (2024)"."""


def _listed_session_symbols(
    unit: Unit,
    found: list[InstrumentHit],
    statuses: Callable[[int, int], tuple[StatusHit, ...]],
    vocab: AgreementVocabulary,
) -> list[InstrumentHit]:
    """The other symbols of a list that a head named by the first one opens.

    "Communiques [PSC/PR/COMM.1(CMXCIII)] adopted at its 993rd meeting …, [PSC/PR/COMM.
    (CMLXXVIII)] adopted at its 978th meeting …": each symbol names a communiqué of its
    own, of the kind of the first, in the same paragraph; a head between two symbols opens
    the kind of those after it ("…; and decisions [Assembly/AU/Dec.1 (2024)]"), a genre that
    is no instrument ends the list ("…; as well as Press Statements [PSC/PR/BR.1213 (2024)]").
    """
    named = [hit for hit in found if _NAMED_BY_SYMBOL.search(hit.name) is not None]
    if not named:
        return []
    first = named[0]
    taken = [(hit.start, hit.end) for hit in found]
    hits = []
    kind, head, previous = first.kind, first.head, 0
    for match in _SESSION_SYMBOL.finditer(unit.text):
        # a symbol with its year is named without its brackets
        span = match.span() if match.group(1) is not None else (match.start(3), match.end() - 1)
        start, end = unit.span(*span)
        if vocab.not_instrument.search(unit.text, previous, match.start()) is not None:
            break  # "…; as well as Press Statements [PSC/PR/BR.1213 (2024)]": no instruments
        between = list(vocab.head.finditer(unit.text, previous, match.start()))
        previous = match.end()
        if between:  # the last head before the symbol names its kind
            spelled = vocab.head_of(between[-1].group())
            kind, head = spelled.kind, spelled.singular
        if start < first.start or any(low <= start < high for low, high in taken):
            continue
        if match.group(1) is not None:
            symbol = number = f"{match.group(1)}{match.group(2)}"
        else:
            number = match.group(3)
            symbol = f"{number} ({match.group(4)})"
        hits.append(
            attrs.evolve(
                first,
                start=start,
                end=end,
                name=f"{head} {symbol}",
                kind=kind,
                head=head,
                number=number,
                year=match.group(4),
                statuses=statuses(*span),
            )
        )
    return hits


def _unit_hits(
    doc: Document,
    unit: Unit,
    paragraph: int | None,
    vocab: AgreementVocabulary,
    *,
    listed: int | None = None,
) -> tuple[list[InstrumentHit], set[str]]:
    """The instruments of one unit; past ``listed``, items of a list said to be signed.

    Also the heads a bare mention presents the text itself by ("The joint communiqué
    said:"), which the caller sets aside wherever they stand bare.
    """
    text = unit.text
    hits: list[InstrumentHit] = []
    itself: set[str] = set()
    covered = -1
    for head in readings.cues(doc, text, "head"):
        inner = head.start() < covered and not object_before(text, head.start(), vocab)
        if inner or _inside_title(text, head, vocab):
            continue  # "the roadmap for the implementation of the Paris Agreement": both
        if _not_instrument(text, head, vocab):
            continue
        # "vi. Line of Credit Agreement for …": a title before the head may open the item.
        item = (
            listed is not None
            and head.start() >= listed
            and opens_item(text, _item_start(text, head, vocab))
        )
        # An English title's words are capitalised, so its name ends before a word in lower
        # case; a French one is written in sentence case and reads on anyway.
        acted_on = vocab.head_last and not item and _signing_object(doc, text, head, vocab)
        if vocab.head_last and not item and not acted_on and head.group()[0].isupper():
            # "The Memorandum of Understanding on cooperation in … was signed by …"
            sentence = sentence_at(readings.sentences(doc, text), head.start())
            acted_on = sentence is not None and signed_subject(text, sentence, head, vocab)
        signed = acted_on and head.group()[0].isupper()
        mention = read_mention(text, head, vocab, item=item, signed=signed, acted_on=acted_on)
        if mention is None:
            continue
        genre = vocab.head_of(text[mention.head_start : mention.head_end])
        # "the joint statement below", « l'intégralité du communiqué final »: a document's
        # genre presented as the text itself (a named one keeps its name, ``names_itself``)
        if genre.kind in vocab.document_kinds and names_itself(text, mention, vocab):
            itself.add(genre.singular)
            continue
        found = _hits(doc, unit, mention, paragraph, vocab, listed=listed)
        if found and found[0].specific and not mention.extent.inner_titles:
            covered = mention.quoted_to or mention.extent.end
        hits.extend(found)
    return hits, itself


def _not_instrument(text: str, head: re.Match[str], vocab: AgreementVocabulary) -> bool:
    """Whether the head stands in a phrase that names no instrument ("avec l'accord de").

    Nor does a head among kinds joined by slashes: "the following Agreements/MoUs/Joint
    Declaration of Intent".
    """
    slashed = _SLASHED_WORD.search(text, max(0, head.start() - _NOT_REACH), head.start())
    if slashed is not None and vocab.head.fullmatch(slashed.group(1)) is not None:
        return True
    low = max(0, head.start() - _NOT_REACH)
    for match in vocab.not_instrument.finditer(text, low, head.end() + _NOT_REACH):
        # « le projet d'accord sur … » is no idiom « d'accord sur »: a draft noun before it
        inside = match.start() <= head.start() < match.end()
        if inside and draft_before(text, match.start(), vocab) is None:
            return True
    for match in vocab.level_phrases.finditer(text, low, head.end() + _NOT_REACH):
        # "sur le plan bilatéral": an adjective after the head, "sur le plan d'action" names one
        word = match.group("word").replace("’", "'")
        if match.start() <= head.start() < match.end() and not _opens_complement(word, vocab):
            return True
    return False


def _opens_complement(word: str, vocab: AgreementVocabulary) -> bool:
    """Whether ``word`` is a link opening a complement ("de", "d'action", "pour")."""
    elided = word.partition("'")[0] + "'" if "'" in word else word
    return phrase_key(word) in vocab.links or phrase_key(elided) in vocab.links


def _inside_title(text: str, head: re.Match[str], vocab: AgreementVocabulary) -> bool:
    """Whether a capitalised head is a word inside a longer title ending with another head.

    "UN Framework Convention …", "Strategic Partnership Council Agreement": the title's
    own head comes later.
    """
    if not (vocab.head_last and head.group()[0].isupper()):
        return False
    position = head.end()
    for _ in range(_MAX_TITLE_WORDS):
        word = _TITLE_AFTER.match(text, position)
        if word is None:
            return False
        following = vocab.head.match(text, word.start(1))
        if following is not None and following.group()[0].isupper():
            return True
        if not word.group(1)[0].isupper():
            return False
        position = word.end()
    return False


def _hits(
    doc: Document,
    unit: Unit,
    mention: Mention,
    paragraph: int | None,
    vocab: AgreementVocabulary,
    *,
    listed: int | None = None,
) -> list[InstrumentHit]:
    text = unit.text
    head_form = text[mention.head_start : mention.head_end]
    head = vocab.head_of(head_form)
    # "(2) Joint Declaration on Health" under "The following documents were signed:": an
    # item of the list, whose number the structure took off, is no heading of the text's own
    item = listed is not None and mention.start >= listed and opens_item(text, mention.start)
    if (
        is_statement(text, mention, head, vocab, doc.lang)
        or (not item and own_title(text, mention, head, vocab, title=paragraph is None))
        or inside_other_name(text, mention)
        or in_body_name(text, mention, vocab)
        or in_portfolio(text, mention, vocab.language)
        or in_event_name(text, mention, vocab)
        or party_collection(text, mention, head_form, vocab)
    ):
        return []
    end = mention.quoted_to or mention.extent.end
    while end > mention.head_end and text[end - 1].isspace():
        end -= 1  # «Plan … »: the space before the closing quote
    if named_by_day(doc, text, mention, end, vocab):
        return []  # « l'accord de dimanche », "Sunday's agreement": no name
    statuses = _statuses(doc, unit, mention.start, end, vocab)
    # A form named by its signing needs a signing of it, not one told nearby.
    governing = head.needs != "signature"
    signed = any(s.status == "signed" and (governing or s.governs) for s in statuses)
    signed = signed or _restated_signing(doc, unit, paragraph, mention.start, vocab)
    # "- un accord de coopération …" under "ont signé les textes suivants :"
    signed = signed or item
    if mention.extent.acronym and _plural_short_head(
        text[slice(*mention.extent.acronym)], vocab, head_form
    ):
        # "three Memoranda of Understanding (MoUs)", "memoranda of understanding (MoU)": a
        # plural head's short form is no acronym of a name.
        mention = attrs.evolve(mention, extent=attrs.evolve(mention.extent, acronym=None))
    if _counted(text, mention.start, vocab):
        return []  # "signed 4 MoU on …", "two Memoranda of Understanding on …": several
    if _body_acronym(text, mention, vocab):
        if head.kind in vocab.body_kinds:
            return []  # "Programme de développement des Nations Unies (PNUD)": the body
        # "a Partnership Agreement with the Association of Southeast Asian Nations (ASEAN)":
        # the acronym is the partner's, the instrument stays without it.
        low, high = mention.extent.acronym or (0, 0)
        cuts = (*mention.extent.cuts, (low - 1, high + 1))
        mention = attrs.evolve(
            mention, extent=attrs.evolve(mention.extent, acronym=None, cuts=cuts)
        )
    named = naming(mention, head_form, vocab, signed=signed)
    if named is None or (named[0] and _sought(text, mention, vocab)):
        return []
    if named == (True, True) and _restated(doc, unit, mention, head.singular, vocab):
        return []  # « … signé un Accord entre … » / « Cet Accord de partenariat est … »
    specific, referring = named
    name = _name(text, mention, end, head.singular, head_form, vocab)
    translation = unit.span(*mention.extent.translation) if mention.extent.translation else None
    acronym = text[slice(*mention.extent.acronym)] if mention.extent.acronym else None
    hit = InstrumentHit(
        *unit.span(mention.start, end),
        name=name,
        kind=head.kind,
        head=head.singular,
        specific=specific,
        referring=referring,
        acronym=acronym,
        paragraph=paragraph,
        statuses=statuses,
        translation=translation,
        number=text[slice(*mention.extent.symbol)] if mention.extent.symbol else None,
        year=mention.extent.year,
    )
    if mention.extent.numbers:
        return _numbered(unit, mention, hit, head, vocab)
    plural = phrase_key(head_form) != head.singular
    verb = None if signed or not plural else _signing_verb_before(text, mention.start, vocab)
    if plural and (signed or verb is not None):
        # "signed memoranda of understanding on health, on trade and on tourism": three
        listed_name = name
        if phrase_key(name) in (phrase_key(head_form), head.singular):
            # "signed Memoranda of Understanding in the areas of A, B and C"
            listed_name = listed_after(text, end, head.singular, vocab) or name
        subjects = subject_names(listed_name, head.singular, vocab, head_form)
        if subjects is not None:
            if verb is not None:  # signed by a bare verb the status phrases do not read
                sentence = sentence_at(readings.sentences(doc, text), mention.start)
                high = sentence[1] if sentence is not None else len(text)
                # its date may follow the whole list ("… on health, trade and tourism on 2 May")
                window = unit.span(verb.start(), min(high, verb.end() + _LIST_WINDOW))
                signing = StatusHit("signed", *unit.span(*verb.span()), window=window)
                statuses = (*statuses, signing)
            named_hit = attrs.evolve(hit, specific=True, referring=False, statuses=statuses)
            return [attrs.evolve(named_hit, name=each) for each in subjects]
    # « les communiqués de Vienne et de Munich »: two instruments at one mention.
    pair = paired_names(name, head_form, head.singular, vocab) if not acronym else None
    return [hit] if pair is None else [attrs.evolve(hit, name=each) for each in pair]


def _restated(
    doc: Document, unit: Unit, mention: Mention, head: str, vocab: AgreementVocabulary
) -> bool:
    """Whether a demonstrative's capitalised head restates an instrument the text named before.

    « Cet Accord de partenariat est consacré à … » after « a signé un Accord entre … »: no
    instrument of its own. With no such head before it, it names one («Cet Accord de
    partenariat en matière de migration, signé le 3 mars …»); one named by its period and
    complement (« cette feuille de route de coopération 2026-2027 ») is read as before.
    """
    if mention.determiner not in vocab.anaphoric or mention.extent.period:
        return False
    start = unit.span(mention.start, mention.head_end)[0]
    before = _head_word(head).search(doc.original, 0, start)
    return before is not None


@functools.cache
def _head_word(head: str) -> re.Pattern[str]:
    """The head as a word, any case, singular or with a plural "s"/"x"."""
    return compile_pattern(rf"(?<![\w'’-]){re.escape(head)}[sx]?(?![\w-])", re.IGNORECASE)


def _counted(text: str, start: int, vocab: AgreementVocabulary) -> bool:
    """Whether a count of two or more stands right before the mention ("4 MoU", « deux »)."""
    previous = _COUNT_BEFORE.search(text, max(0, start - _COUNT_REACH), start)
    if previous is None:
        return False
    word = previous.group(1)
    if word.isdigit():
        return int(word) > 1
    return phrase_key(word) in folded_agreement_words("counts", vocab.language)


def _plural_short_head(short: str, vocab: AgreementVocabulary, head_form: str = "") -> bool:
    """Whether an acronym in brackets is a head's short form for a plural.

    Its own plural ("MoUs", "MOUs"), or the short form of the plural head before it
    ("memoranda of understanding (MoU)").
    """
    if vocab.head.fullmatch(short) is None:
        return False
    own = vocab.head_of(short)
    if own.singular != phrase_key(short):
        return True
    head = vocab.head_of(head_form) if head_form else None
    return head is not None and head.kind == own.kind and head.singular != phrase_key(head_form)


_ORGAN_ACRONYM: Final = compile_pattern(r"[ \t]*\([A-Z]{2,8}\)[ \t]*$")
"""An organ's acronym in brackets right before the head."""


def _numbered(
    unit: Unit, mention: Mention, hit: InstrumentHit, head: Head, vocab: AgreementVocabulary
) -> list[InstrumentHit]:
    """One instrument per number, with its year and body.

    "les résolutions 2270 et 2321", "1718 (2006) and 2397 (2017)", "A/RES/70/291".
    """
    text, numbers = unit.text, mention.extent.numbers
    body = stated_body(text, mention.head_start, numbers[-1][1], vocab) or head.body
    organ = body_prefix(text, mention.head_start, vocab)
    # "UN Security Council resolution 2722": the organ before the head is part of the name.
    # "United Nations Security Council (UNSC) Resolution 2568": the organ's acronym is none.
    organ_name = _ORGAN_ACRONYM.sub("", text[organ[0] : mention.head_start]) if organ else ""
    prefix = f"{organ_name.strip()} " if organ is not None else ""
    spans = [(mention.start, numbers[0][1]), *numbers[1:]]
    # "la résolution 2688 du Conseil de sécurité": the one number's body closes its name.
    one = len(numbers) == 1 and organ is None
    after = vocab.numbered_bodies.match(text, numbers[0][1]) if one else None
    closing = " " + " ".join(after.group().split()) if after is not None else ""
    if after is not None:
        spans = [(mention.start, after.end())]
    named = _named_body(text, numbers, vocab) if organ is None else None
    body = named or body
    hits = []
    for span, number in zip(spans, numbers, strict=True):
        match = NUMBER.fullmatch(text, *number)
        if match is None:
            continue
        start, end = unit.span(*span)
        found, year = match.group(1), match.group(2)
        # The year stays in the name: "résolution 2719 (2023)".
        dated = (f" ({year})" if year else "") + closing
        implied = _symbol_body(found, vocab)
        # "Security Council resolution 2406 and A/RES/70/291": the symbol is another organ's.
        own = prefix if organ is None or implied in (None, organ[1]) else ""
        hits.append(
            attrs.evolve(
                hit,
                start=start,
                end=end,
                name=f"{own}{head.singular} {found}{dated}",
                number=found,
                year=year,
                body=implied or body,
            )
        )
    return hits


def _named_body(
    text: str, numbers: tuple[tuple[int, int], ...], vocab: AgreementVocabulary
) -> str | None:
    """The body named right after a resolution's one number, or None.

    "résolution 2655 (2022) du Conseil de sécurité des Nations unies": the body says who
    adopted the resolution; it is no part of the name, which ends with the number and its
    year as analysts cite it ("résolution 2655 (2022)"), as after a list of numbers
    ("résolutions 2254 et 2268 du Conseil de sécurité").
    """
    named = vocab.body_name.match(text, numbers[-1][1]) if len(numbers) == 1 else None
    listed = vocab.body.search(text, named.start(), named.end()) if named is not None else None
    if named is None or listed is None:
        return None
    return vocab.bodies[phrase_key(listed.group())]


def _symbol_body(number: str, vocab: AgreementVocabulary) -> str | None:
    """The body a UN symbol implies: "A/RES/70/291" is the General Assembly's."""
    return vocab.symbol_bodies.get(number[0]) if "/RES/" in number or "/DEC/" in number else None


def _name(
    text: str, mention: Mention, end: int, singular: str, head_form: str, vocab: AgreementVocabulary
) -> str:
    """The name as analysts write it.

    Lower-case head (singular unless a proper name follows: "accords de Minsk"), no
    article, quotes or acronym, a title's word after a dash in lower case.
    """
    acronym = mention.extent.acronym
    removed = sorted(
        [*mention.extent.cuts, *([(acronym[0] - 1, acronym[1] + 1)] if acronym else [])]
    )
    # A title before a plural head keeps it plural: "the Abraham Accords".
    titled = head_form[:1].isupper() and mention.start < mention.head_start
    head = singular if not (mention.extent.proper or titled) else head_form.casefold()
    if _SHORT_HEAD.fullmatch(head_form):  # a short form keeps its capitals: "MoU on …"
        head = head_form.removesuffix("s")
    after = _without(text, mention.head_end, end, removed)
    # "… Charter: Call to Action …": no space before an English subtitle's colon.
    joint = "" if after[:1] in ":," else " "
    opening = _without(text, mention.start, mention.head_start, removed)
    if mention.rank is not None:  # "the 5th executive programme": which of the series
        opening = f"{text[mention.rank : mention.start].strip()} {opening}"
    name = f"{opening} {head}{joint}{after}"
    for quote in '«»“”"':
        name = name.replace(quote, "")
    name = _DASH_WORD.sub(lambda m: _after_dash(m, vocab), name)
    name = _SPACE_RUN.sub(" ", name).strip(" ,")
    return _uncapitalised(name, vocab) if text[mention.start : end].isupper() else name


def _after_dash(match: re.Match[str], vocab: AgreementVocabulary) -> str:
    """A title's word after a dash in lower case, unless a party's name starts there.

    "Charter – Call to Action" → "call"; "… global Canada - Union européenne" keeps it.
    """
    rest = match.string[match.end(1) :].strip(" ,")
    if gazetteer(vocab.language).key_of(rest) is not None:
        return match.group()
    return match.group(1) + match.group(2).lower()


def _uncapitalised(name: str, vocab: AgreementVocabulary) -> str:
    """A name read from capitals as a title writes it: "DÉCLARATION DE LOMÉ" → "… de Lomé".

    Links in lower case, acronyms kept, other words capitalised.
    """
    words = []
    for word in name.split(" "):
        if phrase_key(word) in vocab.links or phrase_key(word) in vocab.definite:
            words.append(word.lower())
        elif word.isupper() and len(word) > 1 and not _ACRONYM_LIKE.fullmatch(word):
            words.append(word[:1] + word[1:].lower())
        else:
            words.append(word)
    return " ".join(words)


def _without(text: str, start: int, end: int, removed: list[tuple[int, int]]) -> str:
    """``text[start:end]`` without the removed spans inside it, each replaced by a space."""
    pieces = []
    for cut_start, cut_end in removed:
        if start <= cut_start < end:
            pieces.append(text[start:cut_start])
            start = cut_end
    pieces.append(text[start:end])
    return " ".join(pieces)


def _sought(text: str, mention: Mention, vocab: AgreementVocabulary) -> bool:
    """Whether an instrument with an indefinite article is only sought: no name yet.

    "work towards an Administrative Arrangement for …", "en vue d'un accord de …": the
    text aims at an instrument still to be made (``prospective`` right before the article),
    unless a quoted title, an acronym or a number names it.
    """
    if mention.determiner not in vocab.generic or mention.determiner in vocab.definite:
        return False
    extent = mention.extent
    if extent.quoted or extent.acronym or extent.numbers or extent.symbol:
        return False
    article = mention.article  # before the adjectives: "towards a comprehensive … Agreement"
    if article is None:
        return False
    start = max(0, article - _SOUGHT_REACH)
    return vocab.prospective.search(text, start, article) is not None


def _statuses(
    doc: Document, unit: Unit, start: int, end: int, vocab: AgreementVocabulary
) -> tuple[StatusHit, ...]:
    """Status phrases stated right after the instrument or earlier in its sentence."""
    text = unit.text
    sentence = sentence_at(readings.sentences(doc, text), start) or (0, len(text))
    found: list[StatusHit] = []
    between = _between_status().match(text, end)
    if vocab.status_after is not None and between is not None:
        after = vocab.status_after.pattern.match(text, between.end())
        if after is not None:
            found.append(_status_hit(unit, vocab.status_after.status_of(after), after, sentence[1]))
    if vocab.status_before is not None:
        # A list's later items lie farther from the phrase than a single instrument does.
        low = max(sentence[0], start - _MAX_LIST_BEFORE)
        last: dict[AgreementStatus, re.Match[str]] = {}
        for match in vocab.status_before.pattern.finditer(text, low, start):
            # "en vue de la signature d'un accord …": a status still ahead.
            if vocab.postponing.search(
                text, max(0, match.start() - _PROSPECTIVE_REACH), match.start()
            ):
                continue
            if _negated(text, match.start(), vocab):
                continue  # "Kalvora has not yet signed the …": no status
            last[vocab.status_before.status_of(match)] = match
        stated = {hit.status for hit in found}  # "…, et un mémorandum …, signé à Niamey"
        for status, match in last.items():
            if status in stated:
                continue
            # The phrase belongs to the nearest instrument after it, or to each item of a
            # list it opens ("signed an agreement on …, a memorandum on … and a …").
            near = match.end() >= start - _MAX_BEFORE
            listed = _listed(text, match.end(), start, vocab)
            if (near and vocab.head.search(text, match.end(), start) is None) or listed:
                hit = _status_hit(unit, status, match, sentence[1])
                lead = _lead(text, sentence[0], match.start(), vocab) or _day_before_verb(
                    doc, text, sentence[0], match.start()
                )
                # An empty lead (the phrase opens its sentence) dates nothing.
                span = unit.span(*lead) if lead is not None and lead[0] < lead[1] else None
                governs = listed or _right_before(text, match.end(), start, vocab)
                found.append(attrs.evolve(hit, lead=span, governs=governs))
    return tuple(found)


def _item_start(text: str, head: re.Match[str], vocab: AgreementVocabulary) -> int:
    """Where a head's title starts, else the head: what opens a list's item."""
    title = title_start(text, head, vocab)
    return head.start() if title is None else title


def _signing_object(
    doc: Document, text: str, head: re.Match[str], vocab: AgreementVocabulary
) -> bool:
    """Whether a signing acts on the head ("signed a Letter of Intent on …").

    The head is the signing's object, an item of the list it opens ("signed an agreement on
    trade and an Executive Programme on …"), or an item of a sentence whose subject says its
    instruments were signed ("The documents signed include …").
    """
    if vocab.status_before is None:
        return False
    start = head.start()
    sentence = sentence_at(readings.sentences(doc, text), start) or (0, len(text))
    for match in vocab.status_before.pattern.finditer(
        text, max(sentence[0], start - _MAX_LIST_BEFORE), start
    ):
        if vocab.status_before.status_of(match) == "signed" and (
            _right_before(text, match.end(), start, vocab)
            or _listed(text, match.end(), start, vocab)
        ):
            return True
    subject = vocab.signed_opener.match(text, sentence[0])
    return subject is not None and _opens_item(text, subject.end(), start, vocab)


def _signing_verb_before(text: str, start: int, vocab: AgreementVocabulary) -> re.Match[str] | None:
    """The verb of signing right before a plural head, determiners between, or None.

    "signed memoranda of …", « ont paraphé des accords … »: no article the status phrases
    of a single instrument need.
    """
    words = list(_GAP_WORD.finditer(text, max(0, start - _SIGNING_REACH), start))
    small = _gap_words(vocab.language)
    signing = folded_agreement_words("plural_signing", vocab.language)
    for index in range(len(words) - 1, -1, -1):
        key = phrase_key(words[index].group())
        if key in small:
            continue
        if key not in signing:
            return None
        return None if _negated(text, words[index].start(), vocab) else words[index]
    return None


def _negated(text: str, start: int, vocab: AgreementVocabulary) -> bool:
    """Whether a negation stands in the few words before the verb at ``start`` ("have not yet")."""
    low = max(0, start - _SIGNING_REACH)
    clause = _CLAUSE_MARK.search(text[low:start][::-1])  # the verb's own clause only
    low = start - clause.start() if clause is not None else low
    words = [phrase_key(word) for word in _GAP_WORD.findall(text, low, start)[-_NEGATION_WORDS:]]
    negations = folded_agreement_words("signing_negations", vocab.language)
    # "not only signed … but also ratified": no negation (``negation_breaks``)
    breaks = folded_agreement_words("negation_breaks", vocab.language)
    return any(
        word in negations and (index + 1 == len(words) or words[index + 1] not in breaks)
        for index, word in enumerate(words)
    )


def _right_before(text: str, phrase_end: int, start: int, vocab: AgreementVocabulary) -> bool:
    """Whether only determiners, counts, adverbs and a subject stand between signing and mention.

    "signed a protocol", « ont signé trois protocoles », « la signature d'un protocole »,
    "signed today the protocol": the phrase acts on the instrument; "The signing followed
    the protocol of …" does not.
    """
    if start - phrase_end > _MAX_GAP or any(mark in text[phrase_end:start] for mark in ",;:.()"):
        return False
    small = _gap_words(vocab.language)
    return all(
        word.isdigit() or phrase_key(word) in small
        for word in _GAP_WORD.findall(text, phrase_end, start)
    )


@functools.cache
def _gap_words(language: Language) -> frozenset[str]:
    """Determiners, ordinals, counts and status adverbs of ``language``, case-folded.

    Where the subject stands before the head, its descriptive words too ("signed a civil
    aviation agreement").
    """
    vocab = agreement_vocabulary(language)
    words = (*agreement_words("counts", language), *agreement_words("status_adverbs", language))
    small = vocab.generic | vocab.definite | vocab.anaphoric | vocab.ordinals
    subject = vocab.descriptive if vocab.head_last else frozenset()
    return small | subject | frozenset(phrase_key(word) for word in words)


def _restated_signing(
    doc: Document, unit: Unit, paragraph: int | None, start: int, vocab: AgreementVocabulary
) -> bool:
    """Whether the mention lists instruments its sentence or the one before says signed.

    "Les deux pays ont signé plusieurs accords." / « Il s'agit d'une convention relative
    … ; un deuxième accord relatif … »; "The ministers signed three agreements. These
    include an agreement on …": the restating sentence (``restating_openers``) names the
    signed texts, each with its indefinite article; the signing is the sentence right before,
    which may close the paragraph above. A sentence listing the rest of them (« Le premier
    de ces accords porte sur … Les autres accords sont un protocole … »; ``remainder_opener``)
    may follow the signing by up to ``_REMAINDER_REACH`` sentences. A sentence whose subject
    says its instruments were signed lists them itself ("The documents signed include an
    agreement on …"; ``signed_opener``).
    """
    if vocab.status_before is None:
        return False
    text = unit.text
    spans = readings.sentences(doc, text)
    index = bisect.bisect_right(spans, (start, len(text) + 1)) - 1
    if index < 0 or not spans[index][0] <= start < spans[index][1]:
        return False
    subject = vocab.signed_opener.match(text, spans[index][0])
    if subject is not None:  # "The documents signed include …": the sentence says so
        return _opens_item(text, subject.end(), start, vocab)
    reach = 1
    opener = vocab.restating_opener.match(text, spans[index][0])
    if opener is None:
        opener = vocab.remainder_opener.match(text, spans[index][0])
        reach = _REMAINDER_REACH
    if opener is None or not _opens_item(text, opener.end(), start, vocab):
        return False
    return any(
        vocab.status_before.status_of(match) == "signed"
        for before, (low, high) in _sentences_before(doc, (text, spans[:index]), paragraph, reach)
        for match in vocab.status_before.pattern.finditer(before, low, high)
    )


def _sentences_before(
    doc: Document,
    here: tuple[str, Sequence[tuple[int, int]]],
    paragraph: int | None,
    reach: int,
) -> Iterator[tuple[str, tuple[int, int]]]:
    """Up to ``reach`` sentences before a restating one, nearest first, with their text.

    ``here``: the paragraph's text and its sentences before the restating one. When they
    are fewer than ``reach``, the last sentences of the paragraphs above follow (a wire
    prints a sentence per paragraph).
    """
    text, spans = here
    while True:
        for span in reversed(spans[-reach:]):
            yield text, span
        reach -= min(reach, len(spans))
        if not reach or not paragraph:
            return
        paragraph -= 1
        text = doc.paragraphs[paragraph].unit.text
        spans = readings.sentences(doc, text)


def _opens_item(text: str, opener_end: int, start: int, vocab: AgreementVocabulary) -> bool:
    """Whether the mention at ``start`` opens an item of the list the restating opener starts.

    Right after the opener, or after a separator of its items (a comma, a semicolon, a
    ``list_joiners`` word), only an article and an ordinal stand before it (« Il s'agit
    d'une convention … ; un deuxième accord … », "… fisheries and an agreement on …"); not
    « Il s'agit de la première étape vers un accord … ».
    """
    low = max(opener_end, start - _ITEM_ARTICLE_REACH)
    if low == opener_end:
        return True
    window = text[low:start]
    if any(separator in window for separator in _ITEM_SEPARATORS):
        return True
    return vocab.list_joiner.search(text, low, start) is not None


def _listed(text: str, phrase_end: int, start: int, vocab: AgreementVocabulary) -> bool:
    """Whether the mention at ``start`` is an item of a list that a status phrase opens.

    The items follow one another in one clause, joined by a comma or a coordinator ("…, a
    memorandum …", "… ainsi qu'un accord …"), each with at most its determiner before it.
    """
    if text[phrase_end - 1 : phrase_end] == ":":
        phrase_end -= 1  # "signed: (i) …": the phrase read its colon, the list opens on it
    if _bulleted_items().fullmatch(text, phrase_end, start) is not None:
        return True  # "… ont signé les textes suivants :" / "- un accord … ;" / "- un …"
    # "signed three agreements, namely an agreement …, a memorandum …": the items start
    # where the announcement ends.
    announced = vocab.list_announcement.match(text, phrase_end, start)
    if announced is not None:
        if announced.end() == start and announced.group("first"):
            return True
        phrase_end = announced.end()
    if _CLAUSE_BREAK.search(text, phrase_end, start) is not None:
        return False
    return vocab.list_joiner.search(text, max(phrase_end, start - _JOINER_REACH), start) is not None


def _lead(
    text: str, sentence_start: int, phrase_start: int, vocab: AgreementVocabulary
) -> tuple[int, int] | None:
    """The sentence's opening phrase before a comma, when it may date the event.

    "Le 12 mars 2024, les ministres ont signé …", "En visite d'État du 31 octobre au 1er
    novembre 2024, le Président a signé …"; not "Au terme d'échanges initiés en 2021, …",
    whose date is the participle's.
    """
    low = max(sentence_start, phrase_start - _MAX_LEAD)
    comma = text.find(",", low, phrase_start)
    if comma == -1:
        return None
    words = _LEAD_WORD.findall(text, low, comma)
    if any(w.islower() and w.endswith(vocab.participle_endings) for w in words):
        return None
    return low, comma


def _day_before_verb(
    doc: Document, text: str, sentence_start: int, verb_start: int
) -> tuple[int, int] | None:
    """A day told right before the verb of signing: "Valmont and Orlan today signed …".

    Only a day, and only right before the verb: "the 2024 Summit hosts signed" dates no
    signing, nor does "Since 2015 France and Ghana signed".
    """
    for found in readings.found_dates(doc, text):
        if found.start < sentence_start or found.end > verb_start:
            continue
        spec = found.meaning.relative
        day = found.meaning.kind == "date" or (spec is not None and spec.unit in _VERB_DAY_UNITS)
        if day and not text[found.end : verb_start].strip():
            return found.start, found.end
    return None


_VERB_DAY_UNITS: Final = frozenset({"day", "weekday", "day_month"})
"""Relative days that may stand right before a verb ("today", "on Monday")."""


def _status_hit(
    unit: Unit, status: AgreementStatus, match: re.Match[str], sentence_end: int
) -> StatusHit:
    text = unit.text
    clause = _CLAUSE_END.search(text, match.end(), min(sentence_end, match.end() + _MAX_WINDOW))
    window_end = clause.start() if clause else min(sentence_end, match.end() + _MAX_WINDOW)
    window = unit.span(match.start(), max(window_end, match.end()))
    return StatusHit(status, *unit.span(*match.span()), window=window)


@functools.cache
def _between_status() -> re.Pattern[str]:
    """Between an instrument and its status: "qui a été", "which has also been", "déjà", a comma."""
    relatives = alternation(agreement_words("relatives"))
    auxiliaries = alternation(agreement_words("auxiliaries"))
    passive = "|".join(rf"{word}\s+" for word in map(re.escape, agreement_words("passive")))
    adverbs = alternation(agreement_words("status_adverbs"))
    return compile_pattern(
        rf"[\s,]*(?:(?:{relatives})\s+)?"
        rf"(?:(?:{auxiliaries})\s+(?:(?:{adverbs})\s+)?(?:{passive})?)?"
        # a participle after its adverb alone: « l'Accord de pêche déjà signé », "recently signed"
        rf"(?:(?<=\s)(?:{adverbs})\s+)?",
        re.I,
    )
