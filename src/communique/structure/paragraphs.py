"""Build paragraph units from the grouped lines, each knowing its number and section."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from communique.document import ParagraphUnit
from communique.structure.grouping import group_lines
from communique.structure.reading import KnownWords, build_unit

if TYPE_CHECKING:
    from communique.document import Document

__all__ = ["build_paragraphs"]


def build_paragraphs(doc: Document) -> Document:
    """Group body lines into paragraphs and repair their reading text."""
    headings = _heading_texts(doc)
    groups, repairs = group_lines(doc, headings)
    known = KnownWords(doc.text)
    paragraphs = []
    for group in groups:
        unit, dropped = build_unit(doc, "paragraph", group.pieces, known)
        repairs.extend(dropped)
        if not unit.text:
            continue
        start = doc.offsets.start(group.start)
        end = unit.offsets.end(len(unit.text))
        number = group.label
        paragraphs.append(ParagraphUnit(unit, number, start, end, group.section))
    repairs.sort(key=lambda repair: repair.start)
    return attrs.evolve(doc, paragraphs=tuple(paragraphs), repairs=(*doc.repairs, *repairs))


def _heading_texts(doc: Document) -> dict[int, str]:
    """Each heading line's start, to the text of the heading it is part of.

    Most headings are one line; a title wrapped before its last word is one heading on
    two lines (``structure.headings``): both lines give its text.
    """
    texts: dict[int, str] = {}
    units = iter(doc.headings)
    text, end = "", -1
    for line in doc.lines:
        if line.kind != "heading":
            continue
        if doc.offsets.start(line.body_start) >= end:
            unit = next(units, None)
            if unit is None:  # never: each heading unit starts on a heading line
                break
            text, end = unit.text, unit.offsets.end(len(unit.text))
        texts[line.start] = text
    return texts
