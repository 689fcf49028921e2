"""Offset maps: every character of a repaired text knows its position in the original."""

from __future__ import annotations

from array import array
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["Edit", "OffsetMap", "TextBuilder", "apply_edits"]


class OffsetMap:
    """Position ``i`` of a derived text comes from position ``map.start(i)`` of the original.

    The map is non-decreasing: repairs delete or replace characters, they never reorder
    them, so a span ``[i, j)`` of the derived text covers ``[start(i), end(j))`` of the
    original, deleted characters inside it included.

    >>> m = OffsetMap.identity(5)
    >>> m.span(1, 3)
    (1, 3)
    """

    __slots__ = ("_origin",)

    def __init__(self, origin: array[int]) -> None:
        self._origin = origin

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """Map a text onto itself."""
        return cls(array("q", range(length)))

    def __len__(self) -> int:
        return len(self._origin)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OffsetMap) and self._origin == other._origin

    def __hash__(self) -> int:
        return hash(bytes(self._origin))

    def __repr__(self) -> str:
        return f"OffsetMap(<{len(self._origin)} positions>)"

    def start(self, index: int) -> int:
        """Original offset of derived position ``index``."""
        return self._origin[index]

    def end(self, index: int) -> int:
        """Original end offset (exclusive) of a derived span ending at ``index`` (> 0)."""
        return self._origin[index - 1] + 1

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the non-empty derived span ``[start, end)``."""
        if not 0 <= start < end <= len(self._origin):
            raise IndexError(f"span [{start}, {end}) outside a text of {len(self._origin)}")
        return self._origin[start], self._origin[end - 1] + 1

    def positions(self) -> array[int]:
        """A copy of the underlying position array."""
        return array("q", self._origin)

    def slice(self, start: int, end: int) -> array[int]:
        """The original positions of derived positions ``start`` to ``end``."""
        return self._origin[start:end]


class TextBuilder:
    r"""Build a derived text from pieces of a source text, keeping the offset map.

    >>> builder = TextBuilder("ab-\ncd", OffsetMap.identity(6))
    >>> builder.copy(0, 2); builder.copy(4, 6)
    >>> text, offsets = builder.build()
    >>> text, offsets.span(0, 4)
    ('abcd', (0, 6))
    """

    __slots__ = ("_origin", "_parts", "_source", "_source_origin")

    def __init__(self, source: str, source_origin: OffsetMap) -> None:
        self._source = source
        self._source_origin = source_origin
        self._parts: list[str] = []
        self._origin: array[int] = array("q")

    def __len__(self) -> int:
        return len(self._origin)

    def copy(self, start: int, end: int) -> None:
        """Append ``source[start:end]`` with its own positions."""
        if end > start:
            self._parts.append(self._source[start:end])
            self._origin.extend(self._source_origin.slice(start, end))

    def insert(self, text: str, at: int) -> None:
        """Append ``text`` (a replacement), every character mapped to source position ``at``."""
        if text:
            self._parts.append(text)
            self._origin.extend([self._source_origin.start(at)] * len(text))

    def last_char(self) -> str:
        """The last character appended so far, or ``""``."""
        return self._parts[-1][-1] if self._parts else ""

    def build(self) -> tuple[str, OffsetMap]:
        """Return the derived text and its map to the original."""
        return "".join(self._parts), OffsetMap(array("q", self._origin))


@attrs.frozen
class Edit:
    """Replace ``source[start:end]`` with ``replacement`` (shorter, equal or empty)."""

    start: int
    end: int
    replacement: str = ""


def apply_edits(text: str, offsets: OffsetMap, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    r"""Apply sorted, non-overlapping edits to ``text`` and carry its offset map along.

    A replacement maps its characters onto the replaced ones, one to one, the extra ones
    (if longer) onto the last replaced character, so the map stays non-decreasing.

    >>> apply_edits("a\r\nb", OffsetMap.identity(4), [Edit(1, 2)])[0]
    'a\nb'
    """
    builder = TextBuilder(text, offsets)
    position = 0
    for edit in edits:
        if edit.start < position:
            raise ValueError(f"edits overlap or are unsorted at {edit.start}")
        builder.copy(position, edit.start)
        width = edit.end - edit.start
        for index, char in enumerate(edit.replacement):
            builder.insert(char, edit.start + max(0, min(index, width - 1)))
        position = edit.end
    builder.copy(position, len(text))
    return builder.build()
