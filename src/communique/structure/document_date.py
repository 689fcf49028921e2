"""Find the communiqué's own date: in a header line, the title, or the opening sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

if TYPE_CHECKING:
    from communique.document import Document

__all__ = ["find_document_date"]

_ABSOLUTE: Final = frozenset({"date", "month"})


def find_document_date(doc: Document) -> Document:
    """Set ``doc.date`` from the first absolute date of the header, title or opening sentence.

    Years alone and ranges do not count: "En 2019, …" does not date the communiqué.
    """
    sources: list[tuple[str, int]] = [(unit.text, len(unit.text)) for unit in doc.header]
    if doc.title is not None:
        sources.append((doc.title.text, len(doc.title.text)))
    if doc.paragraphs:
        text = doc.paragraphs[0].unit.text
        sources.append((text, doc.sentences(text)[0][1]))
    for text, end in sources:
        # The whole unit is read, as the date stage will read it (and reuse the result).
        for found in doc.found_dates(text):
            if found.end <= end and found.meaning.kind in _ABSOLUTE:
                return attrs.evolve(doc, date=found.meaning.value)
    return doc
