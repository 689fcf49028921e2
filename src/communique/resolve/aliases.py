"""Find aliases the text defines and bind them to what they name.

"(ci-après désignés «les quatre ministres»)" names the persons (or else the parties) named
before the definition in the same sentence; later uses of the alias are its mentions.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

import attrs

import communique.readings as readings
from communique.gazetteer import gazetteer
from communique.lexicon.persons import person_vocabulary
from communique.model import Alias
from communique.patterncache import compile_pattern
from communique.records import shared_repr
from communique.sentences import sentence_at
from communique.wordtrie import phrase_key, trie_pattern

if TYPE_CHECKING:
    from communique.document import Document, ParagraphUnit

__all__ = ["find_aliases"]

_QUOTED: Final = compile_pattern(r"\s*[«\"“]\s*(?P<alias>[^«»\"“”()]{2,80}?)\s*[»\"”]")


@shared_repr
@attrs.frozen(repr=False)
class _Definition:
    """An alias as defined: its text, where it is defined and what it names (original spans)."""

    text: str
    span: tuple[int, int]
    named: tuple[int, int]
    """The sentence before the definition marker, where the named persons or parties stand."""


def find_aliases(doc: Document) -> Document:
    """Record each alias with its definition and later uses, bound to what it names.

    An alias defined again later is the same alias: its first definition holds.
    """
    vocab = person_vocabulary(doc.lang)
    # Most paragraphs define no alias: a literal test of the markers' first words
    # ("ci-après", "hereinafter") spares them the pattern.
    if not any(word in doc.text for word in vocab.alias_cues):
        return doc
    definitions: dict[str, _Definition] = {}
    for paragraph in doc.paragraphs:
        text = paragraph.unit.text
        if not any(word in text for word in vocab.alias_cues):
            continue
        for match in vocab.alias_marker.finditer(text):
            quoted = _QUOTED.match(text, match.end())
            if quoted is not None:
                key = phrase_key(quoted.group("alias"))
                definitions.setdefault(key, _definition(doc, paragraph, match.start(), quoted))
    if not definitions:
        return doc
    uses = _uses(doc.original, definitions)
    named = _Named(doc)
    aliases = []
    for key, definition in definitions.items():
        persons = named.persons(*definition.named)
        mentions = tuple(doc.mention(*span) for span in (definition.span, *uses[key]))
        parties = () if persons else named.parties(*definition.named)
        aliases.append(Alias(definition.text, mentions, persons=persons, parties=parties))
    return doc.evolve(aliases=tuple(aliases))


def _definition(
    doc: Document, paragraph: ParagraphUnit, marker_start: int, quoted: re.Match[str]
) -> _Definition:
    unit = paragraph.unit
    sentence_start = (sentence_at(readings.sentences(doc, unit.text), marker_start) or (0, 0))[0]
    return _Definition(
        " ".join(quoted.group("alias").split()),
        unit.span(quoted.start("alias"), quoted.end("alias")),
        unit.span(sentence_start, marker_start),
    )


def _uses(text: str, definitions: dict[str, _Definition]) -> dict[str, list[tuple[int, int]]]:
    """Where each alias stands as words in ``text`` after its definition, in one scan.

    Only the first letter changes case ("Les quatre ministres" for "les quatre ministres").
    A pattern that opens on those first letters lets the engine skip ahead to them, so the
    word boundary before a match is checked here instead of in the pattern.
    """
    forms = {
        form
        for definition in definitions.values()
        for form in (definition.text, definition.text[0].swapcase() + definition.text[1:])
    }
    pattern = re.compile(rf"(?:{trie_pattern(forms)})(?!\w)")
    uses: dict[str, list[tuple[int, int]]] = {key: [] for key in definitions}
    position = min(definition.span[1] for definition in definitions.values())
    while (match := pattern.search(text, position)) is not None:
        before = text[match.start() - 1 : match.start()]
        if before.isalnum() or before == "_":  # inside a word: look again one letter on
            position = match.start() + 1
            continue
        key = phrase_key(match.group())
        if key in definitions and match.start() >= definitions[key].span[1]:
            uses[key].append(match.span())
        position = match.end()
    return uses


class _Named:
    """Person and party mentions in document order, to list those inside a span."""

    def __init__(self, doc: Document) -> None:
        self._names = [person.name for person in doc.persons]
        self._person_mentions = sorted(
            (mention.start, mention.end, index)
            for index, person in enumerate(doc.persons)
            for mention in person.mentions
        )
        self._person_starts = [start for start, _, _ in self._person_mentions]
        self._parties = doc.party_mentions  # in document order
        self._party_starts = [mention.start for mention in doc.party_mentions]
        self._entries = gazetteer(doc.lang).entries

    def persons(self, start: int, end: int) -> tuple[str, ...]:
        """Names of the persons mentioned inside ``[start, end)``, in the persons' order."""
        persons: set[int] = set()
        index = bisect.bisect_left(self._person_starts, start)
        while index < len(self._person_starts) and self._person_starts[index] < end:
            _, stop, person = self._person_mentions[index]
            if stop <= end:
                persons.add(person)
            index += 1
        return tuple(self._names[person] for person in sorted(persons))

    def parties(self, start: int, end: int) -> tuple[str, ...]:
        """Names of the parties named inside ``[start, end)``, alphabetically."""
        keys: set[str] = set()
        index = bisect.bisect_left(self._party_starts, start)
        while index < len(self._party_starts) and self._party_starts[index] < end:
            if self._parties[index].end <= end:
                keys.update(self._parties[index].keys)
            index += 1
        return tuple(sorted(self._entries[key].name for key in keys))
