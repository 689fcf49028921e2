"""Mark page furniture lines: share buttons, credits, disclaimers, page numbers, repeats."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from communique.structure.lines import line_text, stripped_span
from communique.structure.vocabulary import StructureVocabulary, line_key, structure_vocabulary

if TYPE_CHECKING:
    from communique.document import Document, Line, LineKind

__all__ = ["mark_boilerplate"]

_MAX_PREFIXED: Final = 300
"""A furniture line starting with a known prefix is short; longer text is content."""
_MAX_LISTED: Final = 80
"""Longest furniture line in the lists ("Retour en haut de page", "Informations …")."""
_MAX_PAGE_NUMBER: Final = 24
"""Longest page-number line ("- 12 -", "Page 3 sur 12")."""
_MIN_REPEAT: Final = 15
"""A repeated one-line block (a headline printed twice) must be at least this long."""


def mark_boilerplate(doc: Document) -> Document:
    """Classify furniture lines as ``boilerplate`` or ``page_number``; record them."""
    vocab = structure_vocabulary(doc.lang)
    lines = list(doc.lines)
    seen_blocks: set[str] = set()
    for index, line in enumerate(lines):
        if line.kind != "body":
            continue
        content = line_text(doc, line)
        kind = _furniture_kind(content, vocab)
        if kind is None and _is_lone(lines, index):
            key = line_key(content)
            if key in seen_blocks and len(key) >= _MIN_REPEAT:
                kind = "boilerplate"
            seen_blocks.add(key)
        if kind is not None:
            lines[index] = attrs.evolve(line, kind=kind)
    furniture = tuple(
        doc.mention(*doc.offsets.span(*stripped_span(doc.text, line.body_start, line.end)))
        for line in lines
        if line.kind in ("boilerplate", "page_number")
    )
    return attrs.evolve(doc, lines=tuple(lines), boilerplate=furniture)


def _furniture_kind(content: str, vocab: StructureVocabulary) -> LineKind | None:
    if len(content) > _MAX_PREFIXED:
        return None
    if len(content) <= _MAX_LISTED and line_key(content) in vocab.boilerplate_lines:
        return "boilerplate"
    if vocab.boilerplate_prefix.match(content):
        return "boilerplate"
    if len(content) <= _MAX_PAGE_NUMBER and vocab.page_number.fullmatch(content):
        return "page_number"
    return None


def _is_lone(lines: list[Line], index: int) -> bool:
    """Whether the line is a block of its own (blank or no line on both sides)."""
    before = index == 0 or lines[index - 1].kind == "blank"
    after = index == len(lines) - 1 or lines[index + 1].kind == "blank"
    return before and after
