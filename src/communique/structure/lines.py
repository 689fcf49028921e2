"""Split the working text into lines, the unit every structure stage classifies."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

import attrs

from communique.document import Document, Line
from communique.structure.glued_headline import glued_lead_start
from communique.structure.run_on_numbers import run_on_starts

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from communique.document import LineKind, Unit
    from communique.model import BlockRole

__all__ = [
    "body_above",
    "body_blocks",
    "hinted",
    "is_lone",
    "line_text",
    "split_lines",
    "units_off_lines",
]


def split_lines(doc: Document) -> Document:
    """Record every line of ``doc.text`` as ``blank`` or ``body``.

    A line that the input's markup marks as furniture (``doc.blocks`` with role
    ``furniture``: a Markdown link-only or image-only line) is ``boilerplate`` at once. A
    line holding numbered paragraphs run on after one another ("… on 3 May. 2. The ministers …") is
    cut before each number (see ``run_on_numbers``); a headline run into the first
    paragraph on one line is cut from it (see ``glued_headline``).
    """
    furniture = sorted((b.start, b.end) for b in doc.blocks if b.role == "furniture")
    lines = []
    position = 0
    for piece in doc.text.split("\n"):
        end = position + len(piece)
        kind: LineKind = "body" if piece.strip() else "blank"
        if kind == "body" and furniture and _inside(doc, furniture, position, end):
            kind = "boilerplate"
        lines.append(Line(position, end, kind))
        position = end + 1
    cuts = run_on_starts(doc.text, tuple(lines))
    lead = glued_lead_start(doc.text, tuple(lines), doc.lang)
    cuts = sorted({*cuts, lead}) if lead is not None else cuts
    return attrs.evolve(doc, lines=_cut(lines, cuts) if cuts else tuple(lines))


def _cut(lines: list[Line], cuts: list[int]) -> tuple[Line, ...]:
    """``lines`` with each body line cut at the ``cuts`` inside it (sorted positions)."""
    pieces: list[Line] = []
    index = 0
    for line in lines:
        start = line.start
        while index < len(cuts) and cuts[index] <= start:
            index += 1
        while index < len(cuts) and cuts[index] < line.end:
            pieces.append(Line(start, cuts[index], line.kind))
            start = cuts[index]
            index += 1
        pieces.append(line if start == line.start else Line(start, line.end, line.kind))
    return tuple(pieces)


def hinted(doc: Document, lines: Sequence[Line], role: BlockRole) -> set[int]:
    """Indices of the body ``lines`` that the input's markup gives ``role`` (see ``doc.blocks``).

    The hook through which a reader that knows the markup (a Markdown heading, a PDF's
    bold line) tells the structure pass what a block is.
    """
    spans = sorted((b.start, b.end) for b in doc.blocks if b.role == role)
    if not spans:
        return set()
    return {
        index
        for index, line in enumerate(lines)
        if line.kind == "body" and _inside(doc, spans, line.start, line.end)
    }


def _inside(doc: Document, spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the line's text lies within one of the original ``spans``."""
    start, end = stripped_span(doc.text, start, end)
    if start >= end:
        return False
    first, last = doc.offsets.span(start, end)
    index = bisect_right(spans, (first, len(doc.original))) - 1
    return index >= 0 and spans[index][0] <= first and last <= spans[index][1]


def line_text(doc: Document, line: Line) -> str:
    """The body text of ``line`` (after any glued header), stripped."""
    return doc.text[line.body_start : line.end].strip()


def stripped_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` narrowed past the white space at both edges."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def body_blocks(lines: list[Line]) -> list[list[int]]:
    """Maximal runs of adjacent body lines, top first (indexes into ``lines``)."""
    blocks: list[list[int]] = []
    for index, line in enumerate(lines):
        if line.kind != "body":
            continue
        if blocks and blocks[-1][-1] == index - 1:
            blocks[-1].append(index)
        else:
            blocks.append([index])
    return blocks


def body_above(lines: list[Line], index: int) -> Line | None:
    """The nearest body line above ``index`` (blank lines, header and furniture skipped)."""
    return next((lines[i] for i in range(index - 1, -1, -1) if lines[i].kind == "body"), None)


def is_lone(lines: list[Line], index: int) -> bool:
    """Whether no body line touches the line (blank lines, header or furniture around it)."""
    before = index == 0 or lines[index - 1].kind != "body"
    after = index + 1 == len(lines) or lines[index + 1].kind != "body"
    return before and after


def units_off_lines(doc: Document, units: Iterable[Unit], lines: Iterable[Line]) -> list[Unit]:
    """The ``units`` that start on none of ``lines``: a header read on lines now furniture.

    A wire record's tag fields, a page's bar of fields, a site's date banner may first be
    read as header lines; once they are furniture, their header units go.
    """
    spans = [doc.offsets.span(line.start, line.end) for line in lines]
    return [unit for unit in units if not any(a <= unit.offsets.start(0) < b for a, b in spans)]
