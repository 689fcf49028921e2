"""Read a PDF as text: pages in order, page furniture set apart, paragraphs re-joined.

The layout comes from pdfplumber (:mod:`communique.inputs.pdf_layout`): each line with
its position, size and font. Furniture is told by position and size, not by wording:

- a page number is a line of digits alone at the top or bottom of a page;
- a running header or footer is a line at the top or bottom of several pages, at the
  same height, with the same text once its digits are ignored;
- a footnote area is the run of lines at the bottom of a page printed smaller than the
  body; a footnote reference mark is a raised small digit glued to a word.

The source text (``Reading.text``, which every offset points into) is every line of
every page in order, one block per paragraph, blocks apart by a blank line. The
working text leaves out the furniture (reported as boilerplate) and reference marks, so a
paragraph cut by a page break reads as one. A new paragraph starts after a vertical gap,
at an indented first line, at a bullet glyph, where boldness or size changes, or after a
short line that ends a sentence. Each block records its page; a bold or larger first
block of the first page is the title, a short bold block a heading.
"""

from __future__ import annotations

import itertools
import re
import statistics
from typing import TYPE_CHECKING, Final

import attrs

from communique.errors import PdfError
from communique.inputs.pdf_layout import MAX_PAGES, PdfLine, PdfPage, read_layout
from communique.inputs.reading import Facts, Reading
from communique.model import Mention, SourceBlock
from communique.offsets import Edit, OffsetMap, apply_edits

if TYPE_CHECKING:
    from communique.model import BlockRole

__all__ = ["read_pdf"]

_PAGE_NUMBER: Final = re.compile(r"[\W_]{0,3}\d{1,4}(?:\s*[/|]\s*\d{1,4})?[\W_]{0,3}")
_DIGITS: Final = re.compile(r"\d+")
_PRIVATE_USE: Final = re.compile("[\ue000-\uf8ff]")
"""Symbol fonts print bullets as private-use characters (U+F0B7 in Symbol)."""
_BULLET: Final = re.compile(r"[^\w\s«\"'“‘(\[]\s")
_SENTENCE_END: Final = re.compile(r"[.:;!?»”)]\s*$")
_GAP: Final = 1.5
"""A vertical gap this many times the usual line pitch ends a paragraph."""
_SMALL: Final = 0.88
"""Lines printed at most this share of the body size at a page's foot are footnotes."""


@attrs.frozen
class _Placed:
    """A line with its page and what it is."""

    page: int
    line: PdfLine
    furniture: bool = False


def read_pdf(data: bytes, *, max_pages: int = MAX_PAGES) -> Reading:
    """Read a PDF's text.

    Raises:
        PdfError: the PDF is encrypted, malformed, longer than ``max_pages`` pages, or has
            no text layer (a scan: no OCR is done).
    """
    pages = read_layout(data, max_pages)
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


def _build(placed: list[_Placed], body: float) -> Reading:
    body_lines = [p.line for p in placed if not p.furniture]
    pitch = _pitch(placed)
    margin = min((line.x0 for line in body_lines), default=0.0)
    right = max((line.x1 for line in body_lines), default=0.0)
    parts: list[str] = []
    blocks: list[SourceBlock] = []
    furniture: list[Mention] = []
    edits: list[Edit] = []
    position = 0
    previous: _Placed | None = None
    block_start = 0
    block_lines: list[_Placed] = []

    def close() -> None:
        if block_lines:
            role = _role(block_lines, blocks, body)
            blocks.append(SourceBlock(block_start, position, page=block_lines[0].page, role=role))

    for item in placed:
        text = item.line.text
        if item.furniture:
            close()
            block_lines = []
            start = position + 2 if parts else position
            parts.append(("\n\n" if parts else "") + text)
            furniture.append(Mention(text, start, start + len(text)))
            blocks.append(SourceBlock(start, start + len(text), page=item.page, role="furniture"))
            # Left out of the working text with the line break before it.
            edits.append(Edit(position, start + len(text)))
            position = start + len(text)
            continue
        new = previous is None or _starts_block(previous, item, pitch, margin, right, body)
        if new:
            close()
            block_lines = []
        separator = "" if not parts else "\n\n" if new else "\n"
        start = position + len(separator)
        if new:
            block_start = start
        parts.append(separator + text)
        edits.extend(Edit(start + a, start + b) for a, b in item.line.marks)
        position = start + len(text)
        block_lines.append(item)
        previous = item
    close()
    source = "".join(parts)
    edits.extend(_block_edits(source, blocks))
    working, offsets = apply_edits(source, OffsetMap.identity(len(source)), _tidy(edits))
    title = next((source[b.start : b.end] for b in blocks if b.role == "title"), None)
    return Reading(
        source,
        "pdf",
        working,
        offsets,
        tuple(blocks),
        Facts(title=" ".join(title.split()) if title else None),
        furniture=tuple(furniture),
    )


def _block_edits(source: str, blocks: list[SourceBlock]) -> list[Edit]:
    """A title or heading printed on two lines reads as one; a symbol-font bullet as "•"."""
    edits: list[Edit] = []
    for block in blocks:
        if block.role in ("title", "heading"):
            edits.extend(
                Edit(i, i + 1, " ") for i in range(block.start, block.end) if source[i] == "\n"
            )
        elif _PRIVATE_USE.match(source, block.start):
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


def _starts_block(
    before: _Placed, item: _Placed, pitch: float, margin: float, right: float, body: float
) -> bool:
    prev, line = before.line, item.line
    step = 0.5 * (line.size or body)
    if before.page == item.page and pitch and line.top - prev.top > _GAP * pitch:
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
    if emphasised and not any(b.role not in ("furniture",) for b in blocks):
        return "title"
    if emphasised and len(lines) <= 2:
        return "heading"
    return "list_item" if _BULLET.match(first.text) else "paragraph"
