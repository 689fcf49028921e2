"""Build the reading text of a title, heading or paragraph from its line pieces.

Lines are unwrapped with one space, a word hyphenated at a line end is rejoined, a page
number glued into a word ("Nations 2unies") is dropped and runs of spaces collapse; the
offset map keeps every character's original position.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from typing import TYPE_CHECKING, Final

import regex

from communique.document import Unit, UnitKind
from communique.model import Repair
from communique.offsets import TextBuilder
from communique.structure.lines import stripped_span
from communique.structure.vocabulary import StructureVocabulary, structure_vocabulary

if TYPE_CHECKING:
    from collections.abc import Sequence

    from communique.document import Document

__all__ = ["KnownWords", "build_unit"]

# Runs of spaces, and a number glued before a word ("Nations 2unies"); whether the word
# is in lower case is checked in Python (the standard engine has no lower-case class).
_INNER: Final = re.compile(
    # Spaces only: runs of white space never cross a line, scanned over the whole text.
    r"(?P<spaces>[ ]{2,})|(?<!\S)(?P<page>\d{1,3})(?=(?P<word>[^\W\d_]{3,})(?!\w))"
)
_HYPHEN_LEFT: Final = regex.compile(r"(?P<word>\p{L}+)-$")
_HYPHEN_RIGHT: Final = regex.compile(r"(?P<word>\p{Ll}[\p{L}]*)")
_WORD: Final = regex.compile(r"\p{L}[\p{L}'’-]*\p{L}")


class KnownWords:
    """The words of a document, collected once when a repair first needs them."""

    def __init__(self, text: str) -> None:
        self._text = text

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """Every word of the text, case-folded."""
        return frozenset(word.casefold() for word in _WORD.findall(self._text))


def build_unit(
    doc: Document,
    kind: UnitKind,
    pieces: Sequence[tuple[int, int]],
    known: KnownWords | None = None,
) -> tuple[Unit, list[Repair]]:
    """Join the working-text spans ``pieces`` into one reading unit.

    Returns:
        The unit, and the repairs that dropped text (leaked page numbers).
    """
    vocab = structure_vocabulary(doc.lang)
    known = known or KnownWords(doc.text)
    spans = [s for s in (stripped_span(doc.text, a, b) for a, b in pieces) if s[0] < s[1]]
    builder = TextBuilder(doc.text, doc.offsets)
    repairs: list[Repair] = []
    for index, (start, end) in enumerate(spans):
        if index + 1 < len(spans):
            hyphen = _hyphen_join(doc.text, (start, end), spans[index + 1], vocab, known)
        else:
            hyphen = None
        _copy(doc, builder, start, end - (hyphen == "drop"), vocab, repairs)
        if index + 1 < len(spans) and hyphen is None:
            builder.insert(" ", end)
    text, offsets = builder.build()
    return Unit(kind, text, offsets), repairs


def _inner_repairs(doc: Document) -> tuple[list[int], list[re.Match[str]]]:
    """Runs of spaces and glued numbers of the whole working text, found in one scan."""
    matches = list(_INNER.finditer(doc.text))
    return [m.start() for m in matches], matches


def _copy(
    doc: Document,
    builder: TextBuilder,
    start: int,
    end: int,
    vocab: StructureVocabulary,
    repairs: list[Repair],
) -> None:
    starts, matches = doc.memo.get("inner repairs", doc.text, lambda: _inner_repairs(doc))
    position = start
    index = bisect_left(starts, start)
    while index < len(starts) and starts[index] < end:
        match = matches[index]
        index += 1
        if match.end() > end:
            break
        if match.group("spaces"):
            builder.copy(position, match.start() + 1)
            position = match.end()
        elif match.group("word").islower() and match.group("word") not in vocab.glued_suffixes:
            builder.copy(position, match.start())
            original = doc.offsets.span(match.start(), match.end())
            repairs.append(Repair("page_number", doc.original[slice(*original)], *original))
            position = match.end()
    builder.copy(position, end)


def _hyphen_join(
    text: str,
    left: tuple[int, int],
    right: tuple[int, int],
    vocab: StructureVocabulary,
    known: KnownWords,
) -> str | None:
    """How a word hyphenated across two pieces joins: ``keep`` "-", ``drop`` it, or None."""
    if left[1] <= left[0] or text[left[1] - 1] != "-":
        return None
    left_match = _HYPHEN_LEFT.search(text, max(left[0], left[1] - 40), left[1])
    right_match = _HYPHEN_RIGHT.match(text, right[0], right[1])
    if left_match is None or right_match is None:
        return None
    head, tail = left_match.group("word").casefold(), right_match.group("word").casefold()
    if f"{head}-{tail}" in known.words or head in vocab.compound_prefixes:
        return "keep"
    return "drop"
