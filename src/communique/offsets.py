"""Offset maps: every character of a repaired text knows its position in the original."""

from __future__ import annotations

from array import array
from bisect import bisect_right
from typing import TYPE_CHECKING

import attrs

from communique.records import shared_repr

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__all__ = ["Edit", "OffsetMap", "TextBuilder", "apply_edits"]


class OffsetMap:
    """Position ``i`` of a derived text comes from position ``map.start(i)`` of the original.

    The map is non-decreasing: repairs delete or replace characters, they never reorder
    them, so a span ``[i, j)`` of the derived text covers ``[start(i), end(j))`` of the
    original, deleted characters inside it included. It is stored as runs: where a run
    begins in the derived text and where that is in the original; within a run positions
    advance together. Repairs are few, so runs are few and lookups bisect them.

    >>> m = OffsetMap.identity(5)
    >>> m.span(1, 3)
    (1, 3)
    """

    __slots__ = ("_length", "_origins", "_starts")

    def __init__(self, starts: array[int], origins: array[int], length: int) -> None:
        self._starts = starts
        self._origins = origins
        self._length = length

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """Map a text onto itself."""
        return cls(array("q", [0]), array("q", [0]), length)

    def __len__(self) -> int:
        return self._length

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OffsetMap) and self.positions() == other.positions()

    def __hash__(self) -> int:
        return hash(bytes(self.positions()))

    def __repr__(self) -> str:
        return f"OffsetMap(<{self._length} positions in {len(self._starts)} runs>)"

    def start(self, index: int) -> int:
        """Original offset of derived position ``index``."""
        if not 0 <= index < self._length:
            raise IndexError(f"position {index} outside a text of {self._length}")
        run = bisect_right(self._starts, index) - 1
        return self._origins[run] + index - self._starts[run]

    def end(self, index: int) -> int:
        """Original end offset (exclusive) of a derived span ending at ``index`` (> 0)."""
        return self.start(index - 1) + 1

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the non-empty derived span ``[start, end)``."""
        if not 0 <= start < end <= self._length:
            raise IndexError(f"span [{start}, {end}) outside a text of {self._length}")
        # ``start`` inlined: every mention of every stage maps its span here.
        starts, origins = self._starts, self._origins
        first = bisect_right(starts, start) - 1
        last = bisect_right(starts, end - 1) - 1
        return origins[first] + start - starts[first], origins[last] + end - starts[last]

    def positions(self) -> array[int]:
        """The original position of every derived position (for tests and debugging)."""
        result: array[int] = array("q")
        bounds = [*self._starts[1:], self._length]
        for begin, stop, origin in zip(self._starts, bounds, self._origins, strict=True):
            result.extend(range(origin, origin + stop - begin))
        return result

    def runs(self, start: int, end: int) -> Iterator[tuple[int, int, int]]:
        """The runs covering derived ``[start, end)``: ``(begin, stop, origin of begin)``."""
        run = bisect_right(self._starts, start) - 1
        while run < len(self._starts) and self._starts[run] < end:
            stop = self._starts[run + 1] if run + 1 < len(self._starts) else self._length
            begin = max(start, self._starts[run])
            yield begin, min(stop, end), self._origins[run] + begin - self._starts[run]
            run += 1


class TextBuilder:
    r"""Build a derived text from pieces of a source text, keeping the offset map.

    >>> builder = TextBuilder("ab-\ncd", OffsetMap.identity(6))
    >>> builder.copy(0, 2); builder.copy(4, 6)
    >>> text, offsets = builder.build()
    >>> text, offsets.span(0, 4)
    ('abcd', (0, 6))
    """

    __slots__ = ("_length", "_origins", "_parts", "_source", "_source_map", "_starts")

    def __init__(self, source: str, source_map: OffsetMap) -> None:
        self._source = source
        self._source_map = source_map
        self._parts: list[str] = []
        self._starts: array[int] = array("q")
        self._origins: array[int] = array("q")
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def _run(self, length: int, origin: int) -> None:
        """Append ``length`` positions starting at original ``origin``, merging runs."""
        if self._starts and self._origins[-1] + self._length - self._starts[-1] == origin:
            self._length += length  # continues the last run
            return
        self._starts.append(self._length)
        self._origins.append(origin)
        self._length += length

    def copy(self, start: int, end: int) -> None:
        """Append ``source[start:end]`` with its own positions."""
        if end <= start:
            return
        self._parts.append(self._source[start:end])
        source = self._source_map
        run = bisect_right(source._starts, start) - 1
        if run + 1 == len(source._starts) or source._starts[run + 1] >= end:
            # The common case: the piece lies inside one run of the source map.
            self._run(end - start, source._origins[run] + start - source._starts[run])
            return
        for begin, stop, origin in source.runs(start, end):
            self._run(stop - begin, origin)

    def insert(self, text: str, at: int) -> None:
        """Append ``text`` (a replacement), every character mapped to source position ``at``."""
        if text:
            self._parts.append(text)
            origin = self._source_map.start(at)
            for _ in text:
                self._run(1, origin)

    def build(self) -> tuple[str, OffsetMap]:
        """Return the derived text and its map to the original."""
        starts, origins = self._starts or array("q", [0]), self._origins or array("q", [0])
        return "".join(self._parts), OffsetMap(
            array("q", starts), array("q", origins), self._length
        )


@shared_repr
@attrs.frozen(repr=False)
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
