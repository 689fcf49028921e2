"""Read a YAML-style front-matter block left at the top of a plain text.

Archives export press releases as text files that open with a metadata block between two
``---`` lines (``title: "…"``, ``date: "2001-08-13"``, creators, source URLs). The block is
metadata, not text: its lines are furniture, its ``title`` is the communiqué's title (a
cataloguer's bracketed subject tag at its end dropped) and its ``date`` a header date.
Only simple ``key: value`` lines and list items are read; anything else means the block is
not front matter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs
import regex

if TYPE_CHECKING:
    from communique.document import Document, Line

__all__ = ["FrontMatter", "front_matter"]

_MAX_LINES: Final = 60
_FENCE: Final = regex.compile(r"---[ \t]*")
_FIELD: Final = regex.compile(
    r"(?P<key>[A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(?P<quote>[\"']?)(?P<value>.*?)(?P=quote))?[ \t]*"
)
_ITEM: Final = regex.compile(r"[ \t]+-[ \t]+\S.*|[ \t]+\S.*")
_TAG: Final = regex.compile(r"\s*\[[^\[\]]{1,120}\]\s*$")
"""A bracketed subject tag an archive appends to the title ("… [Terrorist attacks]")."""


@attrs.frozen
class FrontMatter:
    """Where the block is and what it states, as working-text spans."""

    lines: tuple[int, ...]
    """Indexes of its lines, fences included."""
    title: tuple[int, int] | None
    date: tuple[int, int] | None


def front_matter(doc: Document) -> FrontMatter | None:
    """The front-matter block opening ``doc``, or None."""
    lines = doc.lines
    first = next((i for i, line in enumerate(lines) if line.kind != "blank"), None)
    if first is None or not _FENCE.fullmatch(doc.text, lines[first].start, lines[first].end):
        return None
    spans: dict[str, tuple[int, int]] = {}
    for index in range(first + 1, min(len(lines), first + _MAX_LINES)):
        line = lines[index]
        if _FENCE.fullmatch(doc.text, line.start, line.end):
            if not spans:
                return None
            return FrontMatter(
                tuple(range(first, index + 1)), _title(doc, spans.get("title")), spans.get("date")
            )
        if not _read(doc, line, spans):
            return None
    return None


def _read(doc: Document, line: Line, spans: dict[str, tuple[int, int]]) -> bool:
    """Record a ``key: value`` line's value span; False when the line is not front matter."""
    if line.kind == "blank" or _ITEM.fullmatch(doc.text, line.start, line.end):
        return True
    match = _FIELD.fullmatch(doc.text, line.start, line.end)
    if match is None:
        return False
    key = match.group("key").casefold()
    if match.group("value") and key not in spans:
        spans[key] = match.span("value")
    return True


def _title(doc: Document, span: tuple[int, int] | None) -> tuple[int, int] | None:
    if span is None:
        return None
    tag = _TAG.search(doc.text, *span)
    end = tag.start() if tag is not None and tag.start() > span[0] else span[1]
    return (span[0], end) if end > span[0] else None
