"""Read a PDF as text: pages in order, page furniture set apart, paragraphs re-joined.

The layout comes from pdfplumber (:mod:`communique.inputs.pdf_layout`): each line with
its position, size and font. Furniture is told by position and size, not by wording:

- a page number is a line of digits alone at the top or bottom of a page;
- a running header or footer is a line at the top or bottom of several pages, at the
  same height, with the same text once its digits are ignored;
- a footnote area is the run of lines at the bottom of a page printed smaller than the
  body; a footnote reference mark is a raised small digit glued to a word.

The source text (``Reading.text``, which every offset points into) is every line of
every page in order, one block per paragraph, blocks apart by a blank line. The working
text leaves out the furniture (reported as boilerplate) and reference marks, so a
paragraph cut by a page break reads as one, and unwraps each block into one line. A new
paragraph starts after a vertical gap, at an indented first line, at a bullet glyph,
where boldness or size changes, or after a short line that ends a sentence. Each block
records its page; a bold or larger first block of the first page is the title, a short
bold block a heading.
"""

from __future__ import annotations

import itertools
import re
import statistics
from typing import TYPE_CHECKING, Final

import attrs

from communique.errors import PdfError
from communique.inputs.pdf_layout import MAX_PAGES, MAX_UNPACKED, PdfLine, PdfPage, read_layout
from communique.inputs.reading import Facts, Reading
from communique.model import Mention, SourceBlock
from communique.offsets import Edit, OffsetMap, apply_edits
from communique.records import shared_repr

if TYPE_CHECKING:
    from communique.model import BlockRole

__all__ = ["read_pdf"]

_PAGE_NUMBER: Final = re.compile(r"[\W_]{0,3}\d{1,4}(?:\s*[/|]\s*\d{1,4})?[\W_]{0,3}")
_DIGITS: Final = re.compile(r"\d+")
_PRIVATE_USE: Final = re.compile("[\ue000-\uf8ff]")
"""Symbol fonts print bullets as private-use characters (U+F0B7 in Symbol)."""
_BULLET: Final = re.compile(r"[^\w\s«\"'“‘(\[]\s")
_SENTENCE_END: Final = re.compile(r"[.:;!?»”)]\s*$")
_TITLE_LINES: Final = 3
"""Most lines a title is printed on."""
_GAP: Final = 1.5
"""A vertical gap this many times the usual line pitch ends a paragraph."""
_SMALL: Final = 0.88
"""Lines printed at most this share of the body size at a page's foot are footnotes."""


@shared_repr
@attrs.frozen(repr=False)
class _Placed:
    """A line with its page and what it is."""

    page: int
    line: PdfLine
    furniture: bool = False


def read_pdf(
    data: bytes, *, max_pages: int = MAX_PAGES, max_unpacked: int = MAX_UNPACKED
) -> Reading:
    """Read a PDF's text.

    Raises:
        PdfError: the PDF is encrypted, malformed, longer than ``max_pages`` pages, a
            decompression bomb (over ``max_unpacked`` bytes), or has no text layer (a
            scan: no OCR is done).
    """
    pages = read_layout(data, max_pages, max_unpacked)
    if not any(page.lines for page in pages):
        raise PdfError("the PDF has no text layer (a scanned image?): communique does not do OCR")
    body_size = _body_size(pages)
    placed = [
        _Placed(page.number, line, index in furniture)
        for page in pages
        for furniture in (_furniture(page, pages, body_size),)
        for index, line in enumerate(page.lines)
    ]
    return _build(placed, body_size)


def _body_size(pages: list[PdfPage]) -> float:
    sizes = [line.size for page in pages for line in page.lines for _ in range(len(line.text))]
    return statistics.median_low(sizes) if sizes else 0.0


def _furniture(page: PdfPage, pages: list[PdfPage], body: float) -> set[int]:
    """Indices of the page's lines that are page numbers, running lines or footnotes."""
    lines = page.lines
    found: set[int] = set()
    edges = [*range(min(2, len(lines))), *range(max(0, len(lines) - 2), len(lines))]
    for index in edges:
        line = lines[index]
        if _PAGE_NUMBER.fullmatch(line.text.strip()) or _runs(line, page, pages):
            found.add(index)
    # Only the outermost lines can be furniture: keep the edge runs, nothing inside.
    top = _edge_run(found, range(len(lines)))
    bottom = _edge_run(found, range(len(lines) - 1, -1, -1))
    found = top | bottom
    end = min(bottom) if bottom else len(lines)
    index = end - 1
    while index >= 0 and index not in top and lines[index].size <= _SMALL * body:
        found.add(index)
        index -= 1
    return found


def _edge_run(found: set[int], order: range) -> set[int]:
    run = set()
    for index in order:
        if index not in found:
            break
        run.add(index)
    return run


def _runs(line: PdfLine, page: PdfPage, pages: list[PdfPage]) -> bool:
    """Whether the line recurs on other pages at the same height (digits ignored)."""
    if len(pages) < 2:
        return False
    shape = _DIGITS.sub("#", line.text.casefold())
    repeats = sum(
        1
        for other in pages
        if other.number != page.number
        and any(
            abs(o.top - line.top) < 3 and _DIGITS.sub("#", o.text.casefold()) == shape
            for o in other.lines
        )
    )
    return repeats >= max(1, (len(pages) - 1) // 2)


@shared_repr
@attrs.define(repr=False)
class _Layout:
    """What tells paragraphs apart on these pages."""

    pitch: float
    margin: float
    right: float
    body: float


@shared_repr
@attrs.define(repr=False)
class _Builder:
    """Lays the lines out as source text, one block per paragraph, recording edits."""

    layout: _Layout
    parts: list[str] = attrs.Factory(list)
    blocks: list[SourceBlock] = attrs.Factory(list)
    furniture: list[Mention] = attrs.Factory(list)
    edits: list[Edit] = attrs.Factory(list)
    position: int = 0
    block_start: int = 0
    block_lines: list[_Placed] = attrs.Factory(list)
    previous: _Placed | None = None

    def _append(self, separator: str, text: str) -> int:
        start = self.position + len(separator)
        self.parts.append(separator + text)
        self.position = start + len(text)
        return start

    def close(self) -> None:
        if self.block_lines:
            role = _role(self.block_lines, self.blocks, self.layout.body)
            page = self.block_lines[0].page
            self.blocks.append(SourceBlock(self.block_start, self.position, page=page, role=role))
        self.block_lines = []

    def add_furniture(self, item: _Placed) -> None:
        self.close()
        before = self.position
        start = self._append("\n\n" if self.parts else "", item.line.text)
        self.furniture.append(Mention(item.line.text, start, self.position))
        self.blocks.append(SourceBlock(start, self.position, page=item.page, role="furniture"))
        # Left out of the working text with the line break before it.
        self.edits.append(Edit(before, self.position))

    def add_line(self, item: _Placed) -> None:
        new = self.previous is None or _starts_block(self.previous, item, self.layout)
        if new:
            self.close()
        separator = "" if not self.parts else "\n\n" if new else "\n"
        start = self._append(separator, item.line.text)
        if not self.block_lines:  # a new paragraph, or its part on a new page
            self.block_start = start
        self.edits.extend(Edit(start + a, start + b) for a, b in item.line.marks)
        self.block_lines.append(item)
        self.previous = item


def _build(placed: list[_Placed], body: float) -> Reading:
    body_lines = [p.line for p in placed if not p.furniture]
    layout = _Layout(
        _pitch(placed),
        min((line.x0 for line in body_lines), default=0.0),
        max((line.x1 for line in body_lines), default=0.0),
        body,
    )
    builder = _Builder(layout)
    for item in placed:
        if item.furniture:
            builder.add_furniture(item)
        else:
            builder.add_line(item)
    builder.close()
    source = "".join(builder.parts)
    edits = [*builder.edits, *_block_edits(source, builder.blocks)]
    working, offsets = apply_edits(source, OffsetMap.identity(len(source)), _tidy(edits))
    title = next((source[b.start : b.end] for b in builder.blocks if b.role == "title"), None)
    return Reading(
        source,
        "pdf",
        working,
        offsets,
        tuple(builder.blocks),
        Facts(title=" ".join(title.split()) if title else None),
        furniture=tuple(builder.furniture),
    )


def _block_edits(source: str, blocks: list[SourceBlock]) -> list[Edit]:
    """Each block reads as one line, a symbol-font bullet as "•".

    The reader knows where paragraphs end, so the wraps inside a block are spaces in the
    working text, except after a hyphen, where the structure pass decides whether the
    word was cut or compound.
    """
    edits: list[Edit] = []
    for block in blocks:
        if block.role == "furniture":
            continue
        edits.extend(
            Edit(i, i + 1, " ")
            for i in range(block.start, block.end)
            if source[i] == "\n" and (block.role in ("title", "heading") or source[i - 1] != "-")
        )
        if _PRIVATE_USE.match(source, block.start):
            edits.append(Edit(block.start, block.start + 1, "•"))
    return edits


def _tidy(edits: list[Edit]) -> list[Edit]:
    """Sort edits and merge those that touch (a furniture line after a deleted mark)."""
    merged: list[Edit] = []
    for edit in sorted(edits, key=lambda e: e.start):
        if merged and edit.start <= merged[-1].end:
            last = merged[-1]
            merged[-1] = Edit(last.start, max(last.end, edit.end))
        else:
            merged.append(edit)
    return merged


def _pitch(placed: list[_Placed]) -> float:
    gaps = [
        b.line.top - a.line.top
        for a, b in itertools.pairwise(placed)
        if a.page == b.page and not a.furniture and not b.furniture and b.line.top > a.line.top
    ]
    return statistics.median_low(gaps) if gaps else 0.0


def _starts_block(before: _Placed, item: _Placed, layout: _Layout) -> bool:
    prev, line = before.line, item.line
    margin, right = layout.margin, layout.right
    step = 0.5 * (line.size or layout.body)
    gap = line.top - prev.top
    if before.page == item.page and layout.pitch and gap > _GAP * layout.pitch:
        return True
    if prev.bold != line.bold or abs(prev.size - line.size) > 1:
        return True
    if _BULLET.match(line.text):
        return True
    middle = (margin + right) / 2
    centred = all(abs((x.x0 + x.x1) / 2 - middle) < 4 * step < x.x0 - margin for x in (prev, line))
    indented = line.x0 > margin + step and line.x0 > prev.x0 + step
    if indented and not centred and not _BULLET.match(prev.text):
        return True
    short = prev.x1 < right - 6 * step
    return short and _SENTENCE_END.search(prev.text) is not None


def _role(lines: list[_Placed], blocks: list[SourceBlock], body: float) -> BlockRole:
    first = lines[0].line
    emphasised = all(p.line.bold or p.line.size > body + 1 for p in lines)
    first_block = not any(b.role != "furniture" for b in blocks)
    if emphasised and first_block and len(lines) <= _TITLE_LINES:
        return "title"
    if emphasised and len(lines) <= 2:
        return "heading"
    return "list_item" if _BULLET.match(first.text) else "paragraph"
