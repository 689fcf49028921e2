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
    heading_lines = [line for line in doc.lines if line.kind == "heading"]
    headings = {
        line.start: unit.text for line, unit in zip(heading_lines, doc.headings, strict=True)
    }
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
