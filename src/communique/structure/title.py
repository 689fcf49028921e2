"""Find the title: a short lone line at the top that does not read as a sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from communique.structure.lines import line_text, stripped_span
from communique.structure.reading import build_unit
from communique.structure.shapes import ends_sentence, is_bullet, parse_marker, starts_lowercase

if TYPE_CHECKING:
    from communique.document import Document, Line

__all__ = ["find_title"]

_MAX_CHARS: Final = 250
_MAX_WORDS: Final = 40
_TITLE_END: Final = frozenset(".,;:")


def find_title(doc: Document) -> Document:
    """Mark the title line and build its reading unit.

    The title is the first content line when it stands alone in its block, is short,
    does not end like a sentence, is not a numbered paragraph or bullet, and is followed
    by more content that does not continue it in lower case.
    """
    content = [i for i, line in enumerate(doc.lines) if line.kind == "body"]
    if len(content) < 2:
        return doc
    first, following = content[0], content[1]
    line = doc.lines[first]
    text = line_text(doc, line)
    if line.body_start != line.start or not _is_lone(doc.lines, first):
        return doc
    if not _title_shaped(text) or starts_lowercase(line_text(doc, doc.lines[following])):
        return doc
    unit, _ = build_unit(doc, "title", [stripped_span(doc.text, line.start, line.end)])
    lines = list(doc.lines)
    lines[first] = attrs.evolve(line, kind="title")
    return attrs.evolve(doc, lines=tuple(lines), title=unit)


def _title_shaped(text: str) -> bool:
    if len(text) > _MAX_CHARS or len(text.split()) > _MAX_WORDS:
        return False
    if text[-1] in _TITLE_END or (ends_sentence(text) and not text.endswith(("?", "!"))):
        return False
    return parse_marker(text) is None and not is_bullet(text) and not starts_lowercase(text)


def _is_lone(lines: tuple[Line, ...], index: int) -> bool:
    """Whether no body line touches the line (blank lines or furniture around it)."""
    before = index == 0 or lines[index - 1].kind != "body"
    after = index + 1 == len(lines) or lines[index + 1].kind != "body"
    return before and after
