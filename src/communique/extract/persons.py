"""Extract mentions of named persons (and of roles held by unnamed ones) from each paragraph.

A person is found where a name follows an honorific ("M. Jean-Marc Ayrault"), a role
("le Premier ministre Fumio Kishida", "la Haute-représentante … Kaja KALLAS"), stands in
apposition to one ("Le ministre français de la défense, Sébastien Lecornu,") or carries its
family name in capitals ("IWAYA Takashi"). Bare titles give role mentions, never persons.
Linking mentions into persons and deciding who took part are later, resolving steps.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.cues import cues
from communique.document import PersonHit
from communique.extract.names import Name, parse_name
from communique.extract.person_vocabulary import PersonVocabulary, person_vocabulary
from communique.extract.roles import normalize_role, read_role, role_at, with_article
from communique.gazetteer import Gazetteer, PartyHit, gazetteer
from communique.sentences import sentence_at
from communique.wordsearch import token_before

if TYPE_CHECKING:
    from collections.abc import Sequence

    import regex

    from communique.document import Document, Unit

__all__ = ["extract_person_mentions"]

_WORD_BEFORE: Final = re.compile(r"([^\W\d_][\w'’-]*)\s+$")
_WORD_AFTER: Final = re.compile(r"\s+([^\W\d_][\w'’-]*)")
_AFTER_SUBJECT: Final = re.compile(r"\s*(?:,\s*)?(?:\([^()]{0,200}\)\s*,?)?")
_APPOSITION: Final = re.compile(r"\s*,\s*(?:(?P<possessive>\w+)\s+)?")
_COORDINATORS: Final = frozenset({"et", "and", ","})
_SPEECH_VERB_REACH: Final = 60
"""Characters before a mention that can hold the speech verb it follows."""
_GLUED_PARTY: Final = re.compile(r"(?:['’]s)?\s+")
_LINK_AFTER: Final = re.compile(
    r"\s+(?:of(?:\s+the)?|de\s+la|de\s+l['’]|du|des|d['’])\s*|\s*\(\s*", re.I
)


@attrs.frozen
class _Role:
    """A role phrase in a reading unit: from its article to the end of its complement."""

    start: int
    head_end: int
    end: int
    head: str


@attrs.frozen
class _Found:
    """A construction in a unit's reading text, before mapping to the original."""

    anchor: int
    """Start of the whole construction (honorific or role phrase)."""
    start: int
    end: int
    """The mention itself."""
    stop: int
    """End of the construction (apposed role included)."""
    name: Name | None
    role: _Role | None
    possessive: bool = False


def extract_person_mentions(doc: Document) -> tuple[PersonHit, ...]:
    """Find person and role mentions in the title and paragraphs, in document order."""
    vocab, parties = person_vocabulary(doc.lang), gazetteer(doc.lang)
    acronyms = frozenset(hit.short for hit in doc.acronym_hits)
    units: list[tuple[int | None, Unit]] = [(None, doc.title)] if doc.title is not None else []
    units += [(index, paragraph.unit) for index, paragraph in enumerate(doc.paragraphs)]
    hits: list[PersonHit] = []
    for index, unit in units:
        if unit.text:
            hits.extend(_unit_hits(doc, unit, index, vocab, parties, acronyms))
    return tuple(hits)


def _unit_hits(
    doc: Document,
    unit: Unit,
    paragraph: int | None,
    vocab: PersonVocabulary,
    parties: Gazetteer,
    acronyms: frozenset[str],
) -> list[PersonHit]:
    text = unit.text
    party_hits = doc.party_hits(text)
    entities = {hit.start: hit.end for hit in party_hits if hit.form == "name"}
    taken = _Taken()
    _with_honorifics(text, vocab, entities, cues(doc, text, "honorific"), taken)
    _with_roles(text, vocab, entities, cues(doc, text, "role"), taken)
    capitals = list(vocab.capitals.finditer(text))
    _with_capitals(text, vocab, parties, acronyms, capitals, taken)
    if not taken.found:
        return []
    sentences = doc.sentences(text)
    context = _Context(
        unit=unit,
        paragraph=paragraph,
        vocab=vocab,
        parties=_Parties(party_hits),
        sentences=sentences,
        lead_end=sentences[0][1] if paragraph == 0 and sentences else -1,
        semicolons=_positions(text, ";"),
        meetings=tuple(match.span() for match in vocab.meeting_verb.finditer(text)),
    )
    hits, previous = [], None
    for item in sorted(taken.found, key=lambda f: f.anchor):
        hit = _hit(context, item, previous)
        hits.append(hit)
        previous = (item, hit)
    return hits


class _Taken:
    """The constructions read so far in a unit, indexed to test a new span for overlap.

    Constructions are short, so only those starting at most the longest one's length
    before a span can reach into it: a bisection finds them.
    """

    def __init__(self) -> None:
        self.found: list[_Found] = []
        self._starts: list[int] = []
        self._stops: list[int] = []
        self._longest = 0

    def add(self, item: _Found) -> None:
        self.found.append(item)
        index = bisect.bisect_right(self._starts, item.anchor)
        self._starts.insert(index, item.anchor)
        self._stops.insert(index, item.stop)
        self._longest = max(self._longest, item.stop - item.anchor)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a construction read so far."""
        first = bisect.bisect_left(self._starts, start - self._longest)
        last = bisect.bisect_left(self._starts, end)
        return any(self._stops[index] > start for index in range(first, last))


class _Parties:
    """The parties named in a unit, in order, to find the one next to a position."""

    def __init__(self, hits: Sequence[PartyHit]) -> None:
        self._hits = hits
        # In order on both counts: party names do not overlap.
        self._starts = [hit.start for hit in hits]
        self._ends = [hit.end for hit in hits]

    def inside(self, start: int, end: int) -> Sequence[PartyHit]:
        """The parties named inside ``[start, end)``."""
        first = bisect.bisect_right(self._ends, start)
        last = bisect.bisect_right(self._ends, end)
        return [hit for hit in self._hits[first:last] if hit.start >= start]

    def last_before(self, position: int) -> PartyHit | None:
        """The last party that ends at or before ``position``."""
        index = bisect.bisect_right(self._ends, position) - 1
        return self._hits[index] if index >= 0 else None

    def first_after(self, position: int) -> PartyHit | None:
        """The first party that starts at or after ``position``."""
        index = bisect.bisect_left(self._starts, position)
        return self._hits[index] if index < len(self._hits) else None

    def last_single(self, start: int, end: int) -> str | None:
        """The party of the last single-party name inside ``[start, end)``."""
        for index in range(bisect.bisect_right(self._ends, end) - 1, -1, -1):
            if self._hits[index].start < start:
                break
            if len(self._hits[index].keys) == 1:
                return self._hits[index].keys[0]
        return None


@attrs.frozen
class _Context:
    """What every mention of one reading unit is read against."""

    unit: Unit
    paragraph: int | None
    vocab: PersonVocabulary
    parties: _Parties
    sentences: tuple[tuple[int, int], ...]
    lead_end: int
    semicolons: tuple[int, ...]
    meetings: tuple[tuple[int, int], ...]
    """Spans of the meeting verbs ("a rencontré"), in order."""


def _positions(text: str, char: str) -> tuple[int, ...]:
    """Every position of ``char`` in ``text``."""
    found, position = [], text.find(char)
    while position != -1:
        found.append(position)
        position = text.find(char, position + 1)
    return tuple(found)


def _with_honorifics(
    text: str,
    vocab: PersonVocabulary,
    entities: dict[int, int],
    cues: list[re.Match[str]],
    taken: _Taken,
) -> None:
    """Names after an honorific ("M. Jean-Marc Ayrault"), with the role apposed after them."""
    for match in cues:
        name = parse_name(text, match.end(), vocab)
        if name is None or text[match.end() : name.start].strip():
            continue
        role, possessive = _apposed_role(text, name.end, vocab, entities)
        stop = role.end if role else name.end
        taken.add(_Found(match.start(), match.start(), name.end, stop, name, role, possessive))


def _apposed_role(
    text: str, position: int, vocab: PersonVocabulary, entities: dict[int, int]
) -> tuple[_Role | None, bool]:
    """The role after a name: ", ministre de la défense du Japon,", ", son directeur général,"."""
    comma = _APPOSITION.match(text, position)
    if comma is None:
        return None, False
    possessive = (comma.group("possessive") or "").casefold() in vocab.possessives
    start = (
        comma.end() if possessive or not comma.group("possessive") else comma.start("possessive")
    )
    role = role_at(text, start, vocab)
    if role is None:
        return None, False
    phrase = read_role(
        text, role.start, role.head_start, role.head_end, vocab, entities, named=False
    )
    return _Role(role.start, role.head_end, phrase.end, role.head), possessive


def _with_roles(
    text: str,
    vocab: PersonVocabulary,
    entities: dict[int, int],
    cues: list[re.Match[str]],
    taken: _Taken,
) -> None:
    """Roles not already read, with the name that follows or is apposed to them."""
    for match in (with_article(text, head, vocab) for head in cues):
        if taken.overlaps(match.start, match.head_end):
            continue
        phrase = read_role(text, match.start, match.head_start, match.head_end, vocab, entities)
        role = _Role(match.start, match.head_end, phrase.end, match.head)
        name = phrase.name
        if name is None or taken.overlaps(name.start, name.end):
            taken.add(_Found(match.start, match.start, phrase.end, phrase.end, None, role))
            continue
        start = match.start if phrase.glued else name.start
        stop = max(name.end, phrase.end)
        taken.add(_Found(match.start, start, name.end, stop, name, role))


def _with_capitals(
    text: str,
    vocab: PersonVocabulary,
    parties: Gazetteer,
    acronyms: frozenset[str],
    cues: list[regex.Match[str]],
    taken: _Taken,
) -> None:
    """Names without honorific or role whose family name is in capitals ("Kaja KALLAS")."""
    for match in cues:
        capitals = match.group()
        if not capitals.isupper() or capitals in acronyms or parties.key_of(capitals):
            continue
        neighbour = _titled_neighbour(text, match)
        if neighbour is None:
            continue
        other, start = neighbour
        if parties.key_of(other) or other.casefold() in vocab.particles:
            continue
        if other.casefold() in vocab.stop_words or taken.overlaps(start, match.end()):
            continue
        name = parse_name(text, start, vocab)
        if name is not None:
            taken.add(_Found(name.start, name.start, name.end, name.end, name, None))


def _titled_neighbour(text: str, capitals: regex.Match[str]) -> tuple[str, int] | None:
    """A capitalised word next to a word in capitals, and where the name starts.

    "Kaja KALLAS" starts at "Kaja", "IWAYA Takashi" at "IWAYA".
    """
    before = _WORD_BEFORE.search(text, max(0, capitals.start() - 40), capitals.start())
    if before is not None and _is_titled(before.group(1)):
        return before.group(1), before.start(1)
    after = _WORD_AFTER.match(text, capitals.end())
    if after is not None and _is_titled(after.group(1)):
        return after.group(1), capitals.start()
    return None


def _is_titled(word: str) -> bool:
    """Capitalised, the rest lower case ("Kaja", "Jean-Marc")."""
    return all(part[:1].isupper() and part[1:].islower() for part in word.split("-"))


def _hit(context: _Context, item: _Found, previous: tuple[_Found, PersonHit] | None) -> PersonHit:
    unit, text = context.unit, context.unit.text
    role, affiliation = (None, None)
    if item.role is not None:
        span = item.role
        named = context.parties.inside(span.start, span.end)
        role, affiliation = normalize_role(text, span.start, span.end, named, span.head_end)
        if affiliation is None:
            affiliation = (
                _party_before(item, context)
                if item.possessive
                else _party_just_before(text, item, context.parties)
                or _party_after_name(text, item, context.parties)
            )
    sentence = sentence_at(context.sentences, item.anchor) or (0, len(text))
    non_agent, agent = _agency(context, item, sentence, previous)
    name = item.name
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
        lead=item.anchor < context.lead_end,
        agent=agent,
        non_agent=non_agent,
    )


def _party_before(item: _Found, context: _Context) -> str | None:
    """For "son directeur général": the last party named before it in the sentence."""
    sentence = sentence_at(context.sentences, item.anchor) or (0, item.anchor)
    return context.parties.last_single(sentence[0], item.anchor)


def _party_just_before(text: str, item: _Found, parties: _Parties) -> str | None:
    """For "Japanese Prime Minister …", "Japan's Foreign Minister …": the party before the role.

    Only the last party before the role can be separated from it by spaces alone.
    """
    if item.role is None:
        return None
    hit = parties.last_before(item.role.start)
    if hit is None or len(hit.keys) != 1:
        return None
    return hit.keys[0] if _GLUED_PARTY.fullmatch(text, hit.end, item.role.start) else None


def _party_after_name(text: str, item: _Found, parties: _Parties) -> str | None:
    """For "Prime Minister Fumio Kishida of Japan": the party linked after the name.

    Only the first party after the name can be linked to it by a preposition alone.
    """
    if item.name is None:
        return None
    hit = parties.first_after(item.end)
    if hit is None or len(hit.keys) != 1 or hit.form != "name":
        return None
    return hit.keys[0] if _LINK_AFTER.fullmatch(text, item.end, hit.start) else None


def _agency(
    context: _Context,
    item: _Found,
    sentence: tuple[int, int],
    previous: tuple[_Found, PersonHit] | None,
) -> tuple[bool, bool]:
    """Whether the mention is after a preposition (not acting) and whether it acts."""
    text, vocab = context.unit.text, context.vocab
    start, stop = token_before(text, item.anchor, "'’-")
    if start == stop:  # a punctuation mark that links or opens: ", M. X", "(M. X"
        word = text[stop - 1] if stop > 0 and text[stop - 1] in ",;:(" else ""
    else:
        word = text[start:stop].casefold()
    if word in _COORDINATORS and previous is not None and previous[0].stop <= item.anchor:
        between = text[previous[0].stop : item.anchor].strip(" ,")
        if between.casefold() in {"", "et", "and"}:
            return previous[1].non_agent, previous[1].agent
    non_agent = word in vocab.non_agent_before
    after = _AFTER_SUBJECT.match(text, item.stop)
    verb = after.end() if after else item.stop
    # "avait déclaré": a statement made before the reported event.
    subject = bool(vocab.subject_verb.match(text, verb)) and not vocab.anterior_verb.match(
        text, verb
    )
    # The speech verb ends just before the mention: a short window holds it.
    window = max(sentence[0], item.anchor - _SPEECH_VERB_REACH)
    inverted = vocab.speech_verb_before.search(text, window, item.anchor) is not None
    semicolon = bisect.bisect_left(context.semicolons, item.anchor) - 1
    clause = max(context.semicolons[semicolon] if semicolon >= 0 else -1, sentence[0])
    # The first meeting verb of the clause, if it ends before the mention.
    meeting_index = bisect.bisect_left(context.meetings, (clause, -1))
    meeting = (
        meeting_index < len(context.meetings) and context.meetings[meeting_index][1] <= item.anchor
    )
    passive = word in vocab.agent_before
    return non_agent, not non_agent and (subject or inverted or meeting or passive)
