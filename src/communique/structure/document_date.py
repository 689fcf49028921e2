"""Find the communiqué's own date: in a header line, the title, or the opening sentence."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

import attrs
import regex

from communique.structure.vocabulary import structure_vocabulary
from communique.temporal.finder import find_dates

if TYPE_CHECKING:
    from communique.document import Document, Unit
    from communique.model import Language

__all__ = ["find_document_date", "opening_sentence"]

_ABSOLUTE: Final = frozenset({"date", "month"})


def find_document_date(doc: Document) -> Document:
    """Set ``doc.date`` from the first absolute date of the header, title or opening sentence.

    Years alone and ranges do not count: "En 2019, …" does not date the communiqué.
    """
    sources: list[str] = [unit.text for unit in doc.header]
    if doc.title is not None:
        sources.append(doc.title.text)
    if doc.paragraphs:
        sources.append(opening_sentence(doc.paragraphs[0].unit, doc.lang))
    for text in sources:
        for found in find_dates(text, doc.lang):
            if found.meaning.kind in _ABSOLUTE:
                return attrs.evolve(doc, date=found.meaning.value)
    return doc


@functools.cache
def _sentence_end(language: Language) -> regex.Pattern[str]:
    abbreviations = "|".join(
        regex.escape(a)
        for a in sorted(structure_vocabulary(language).abbreviations, key=len, reverse=True)
    )
    return regex.compile(rf"(?<!(?<![\w.])(?:{abbreviations}))[.!?](?=\s+[\p{{Lu}}«\"“])")


def opening_sentence(unit: Unit, language: Language) -> str:
    """The first sentence of a paragraph ("M." and other abbreviations do not end it)."""
    match = _sentence_end(language).search(unit.text)
    return unit.text if match is None else unit.text[: match.end()]
