"""Group body lines into paragraphs the way a reader does.

A printed number ("1.", "2)", "3/") in sequence opens a paragraph that runs until the
next one, across hard wraps, blank lines and page breaks. Elsewhere a line continues the
paragraph above when it starts in lower case, when the line above does not end a
sentence within a block (a hard wrap) or across a page break, or when the text is
wrapped at a fixed width and the line above reached that width.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from communique.model import Repair
from communique.structure.fragments import repeated_prefix
from communique.structure.lines import stripped_span
from communique.structure.shapes import (
    Marker,
    ends_sentence,
    is_bullet,
    is_terminator,
    parse_marker,
    starts_lowercase,
)

if TYPE_CHECKING:
    from communique.document import Document, Line

__all__ = ["Group", "group_lines"]

_MAX_FIRST_NUMBER: Final = 99
_WRAPPED_SHARE: Final = 0.5
_WRAP_REACHED: Final = 0.8
_MIN_WRAPPED_LINES: Final = 6


@attrs.define
class Group:
    """A paragraph under construction: working-text spans of its lines."""

    start: int
    """Working-text start of its first line (printed number included)."""
    pieces: list[tuple[int, int]]
    number: int | None = None
    style: str | None = None
    section: str | None = None
    ended: bool = False
    """The text carried the end mark "./."."""
    last_line: str = ""
    """Text of its last line, to tell a hard wrap from a paragraph end."""


@attrs.define
class _State:
    groups: list[Group] = attrs.Factory(list)
    repairs: list[Repair] = attrs.Factory(list)
    current: Group | None = None
    last_marker: Marker | None = None
    section: str | None = None
    gap: int = 0
    page_break: bool = False


def group_lines(doc: Document, headings: dict[int, str]) -> tuple[list[Group], list[Repair]]:
    """Group the body lines of ``doc`` into paragraphs.

    Args:
        doc: a document whose lines are classified.
        headings: heading text by line start, to set each paragraph's section.
    """
    state = _State()
    width = _wrap_width(doc)
    for line in doc.lines:
        if line.kind == "blank":
            state.gap += 1
        elif line.kind in ("boilerplate", "page_number"):
            state.page_break = True
        elif line.kind == "body":
            _add_line(doc, state, line, width)
        else:
            state.current, state.gap, state.page_break = None, 0, False
            state.section = headings.get(line.start, state.section)
    return state.groups, state.repairs


def _add_line(doc: Document, state: _State, line: Line, width: int | None) -> None:
    start, end = stripped_span(doc.text, line.body_start, line.end)
    new_block = state.current is None or state.gap > 0 or state.page_break
    page_break = state.gap >= 2 or state.page_break
    state.gap, state.page_break = 0, False
    if state.current is not None and new_block:
        previous = " ".join(doc.text[a:b] for a, b in state.current.pieces[-2:])
        cut = repeated_prefix(previous, doc.text[start:end])
        if cut:
            original = doc.offsets.span(start, start + cut)
            state.repairs.append(Repair("duplicate", doc.original[slice(*original)], *original))
            start += cut
            if start >= end:
                state.gap = 1  # the block's next line still opens a block
                return
    text = doc.text[start:end]
    marker = parse_marker(text)
    if marker is not None and _opens_paragraph(state, marker, new_block):
        state.last_marker = marker
        _open(state, start, [(start + marker.end, end)], marker, text)
    elif state.current is not None and _continues(
        state.current, doc, text, new_block, page_break, width
    ):
        state.current.pieces.append((start, end))
        state.current.ended = state.current.ended or is_terminator(text)
        state.current.last_line = text
    else:
        _open(state, start, [(start, end)], None, text)


def _open(
    state: _State, start: int, pieces: list[tuple[int, int]], marker: Marker | None, text: str
) -> None:
    state.current = Group(
        start,
        pieces,
        number=marker.number if marker else None,
        style=marker.style if marker else None,
        section=state.section,
        ended=is_terminator(text),
        last_line=text,
    )
    state.groups.append(state.current)


def _opens_paragraph(state: _State, marker: Marker, new_block: bool) -> bool:
    r"""A printed number opens a paragraph when it follows the sequence of the ones before.

    The first one must open a block; later ones must come next in the sequence, with the
    same punctuation ("1/" enumerations inside a "1." paragraph stay inline), and open a
    block or follow the end of a sentence ("… en\n2017. Les …" is a wrapped year).
    """
    last = state.last_marker
    if last is None:
        return new_block and marker.number <= _MAX_FIRST_NUMBER
    if marker.number != last.number + 1 or marker.style != last.style:
        return False
    return new_block or state.current is None or ends_sentence(state.current.last_line)


def _continues(
    group: Group, doc: Document, text: str, new_block: bool, page_break: bool, width: int | None
) -> bool:
    """Whether the line ``text`` continues ``group`` rather than opening a paragraph."""
    if is_terminator(text) and len(text) <= 3:
        return True
    if group.ended:
        return False
    if starts_lowercase(text):
        return True
    if group.number is not None:
        return True
    above = group.last_line
    if not new_block:
        if not ends_sentence(above):
            return True
        if is_bullet(text):
            return False
        return width is not None and len(above) >= _WRAP_REACHED * width
    return page_break and not ends_sentence(above)


def _wrap_width(doc: Document) -> int | None:
    """The width the text is hard-wrapped at, or None when lines are not wrapped.

    Wrapped text has most lines close to one width; text with a line per paragraph does not.
    """
    lengths = sorted(
        b - a
        for a, b in (
            stripped_span(doc.text, line.body_start, line.end)
            for line in doc.lines
            if line.kind == "body"
        )
    )
    if len(lengths) < _MIN_WRAPPED_LINES:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    near = sum(1 for length in lengths if length >= 0.75 * width)
    return width if near >= _WRAPPED_SHARE * len(lengths) else None
