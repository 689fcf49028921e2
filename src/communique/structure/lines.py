"""Split the working text into lines, the unit every structure stage classifies."""

from __future__ import annotations

import attrs

from communique.document import Document, Line

__all__ = ["line_text", "split_lines"]


def split_lines(doc: Document) -> Document:
    """Record every line of ``doc.text`` as ``blank`` or ``body``."""
    lines = []
    position = 0
    for piece in doc.text.split("\n"):
        end = position + len(piece)
        lines.append(Line(position, end, "body" if piece.strip() else "blank"))
        position = end + 1
    return attrs.evolve(doc, lines=tuple(lines))


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
