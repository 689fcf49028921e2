"""Find aliases the text defines and bind them to what they name.

"(ci-après désignés «les quatre ministres»)" names the persons (or else the parties) named
before the definition in the same sentence; later uses of the alias are its mentions.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.extract.person_vocabulary import person_vocabulary
from communique.gazetteer import gazetteer
from communique.model import Alias
from communique.sentences import sentence_at
from communique.wordtrie import phrase_key

if TYPE_CHECKING:
    from collections.abc import Iterator

    from communique.document import Document, ParagraphUnit

__all__ = ["find_aliases"]

_QUOTED: Final = re.compile(r"\s*[«\"“]\s*(?P<alias>[^«»\"“”()]{2,80}?)\s*[»\"”]")


def find_aliases(doc: Document) -> Document:
    """Record each alias with its definition and later uses, bound to what it names.

    An alias defined again later is the same alias: its first definition holds.
    """
    vocab = person_vocabulary(doc.lang)
    # Most paragraphs define no alias: a literal test of the markers' first words
    # ("ci-après", "hereinafter") spares them the pattern.
    if not any(word in doc.text for word in vocab.alias_cues):
        return doc
    marker = vocab.alias_marker
    aliases = []
    defined: set[str] = set()
    for paragraph in doc.paragraphs:
        text = paragraph.unit.text
        if not any(word in text for word in vocab.alias_cues):
            continue
        for match in marker.finditer(text):
            quoted = _QUOTED.match(text, match.end())
            if quoted is not None and phrase_key(quoted.group("alias")) not in defined:
                defined.add(phrase_key(quoted.group("alias")))
                aliases.append(_alias(doc, paragraph, match.start(), quoted))
    return attrs.evolve(doc, aliases=tuple(aliases)) if aliases else doc


def _alias(
    doc: Document, paragraph: ParagraphUnit, marker_start: int, quoted: re.Match[str]
) -> Alias:
    unit = paragraph.unit
    definition_start, definition_end = unit.span(quoted.start("alias"), quoted.end("alias"))
    defined = " ".join(quoted.group("alias").split())
    sentence_start = (sentence_at(doc.sentences(unit.text), marker_start) or (0, 0))[0]
    start, end = unit.span(sentence_start, marker_start)
    persons = tuple(
        p.name for p in doc.persons if any(start <= m.start and m.end <= end for m in p.mentions)
    )
    parties: tuple[str, ...] = ()
    if not persons:
        keys = {k for m in doc.party_mentions if start <= m.start and m.end <= end for k in m.keys}
        entries = gazetteer(doc.lang).entries
        parties = tuple(sorted(entries[k].name for k in keys))
    mentions = [doc.mention(definition_start, definition_end)]
    mentions += [doc.mention(*span) for span in _uses(doc.original, defined, definition_end)]
    return Alias(defined, tuple(mentions), persons=persons, parties=parties)


def _uses(text: str, alias: str, start: int) -> Iterator[tuple[int, int]]:
    """Where ``alias`` stands as words in ``text`` after ``start``, its first letter in any case.

    Only the first letter changes case ("Les quatre ministres"). A case-sensitive pattern
    that opens on that letter lets the engine skip ahead, so the word boundary before it
    is checked here instead of in the pattern.
    """
    first, rest = alias[0], alias[1:]
    body = r"\s+".join(map(re.escape, rest.split(" ")))
    pattern = re.compile(rf"[{re.escape(first.lower() + first.upper())}]{body}(?!\w)")
    position = start
    while (match := pattern.search(text, position)) is not None:
        before = text[match.start() - 1 : match.start()]
        if before.isalnum() or before == "_":  # inside a word: look again from the next letter
            position = match.start() + 1
            continue
        yield match.span()
        position = match.end()
