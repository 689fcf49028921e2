"""Find header lines at the top: a dateline, a labelled date, a wire-service prefix."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

import attrs
import regex

from communique.document import Line
from communique.structure.lines import line_text, stripped_span
from communique.structure.reading import build_unit
from communique.structure.shapes import ends_sentence
from communique.structure.vocabulary import structure_vocabulary
from communique.temporal.finder import date_at

if TYPE_CHECKING:
    from communique.document import Document
    from communique.model import Language

__all__ = ["find_header"]

_SCAN_LINES: Final = 8
_PROSE_LENGTH: Final = 150
_CITY: Final = r"\p{Lu}[\p{L}'’. -]{1,40}"


@functools.cache
def _patterns(
    language: Language,
) -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    vocab = structure_vocabulary(language)
    labelled = regex.compile(rf"\s*{vocab.date_labels}\s*:?\s*")
    dateline = regex.compile(rf"\s*(?:{_CITY},\s*)?(?i:le\s+|the\s+)?")
    wire = regex.compile(
        rf"\s*{_CITY}(?:,\s*[^()\n]{{0,30}}?)?\s*\(\s*{vocab.agencies}\s*\)\s*[-–—]\s*(?=\S)"
    )
    return labelled, dateline, wire


def find_header(doc: Document) -> Document:
    """Mark header lines and split a header glued to the first body line.

    Only the first few lines are looked at, up to the first line of running prose.
    """
    lines = list(doc.lines)
    header_spans: list[tuple[int, int]] = []
    seen = 0
    for index, line in enumerate(lines):
        if line.kind != "body":
            continue
        seen += 1
        span = _header_span(doc, line, doc.lang)
        content = line_text(doc, line)
        if span is not None:
            header_spans.append(span)
            whole = not doc.text[span[1] : line.end].strip()
            lines[index] = (
                attrs.evolve(line, kind="header") if whole else _after(doc, line, span[1])
            )
        if seen >= _SCAN_LINES or len(content) >= _PROSE_LENGTH or ends_sentence(content):
            break
    if not header_spans:
        return doc
    units = tuple(build_unit(doc, "header", [span])[0] for span in header_spans)
    return attrs.evolve(doc, lines=tuple(lines), header=units)


def _after(doc: Document, line: Line, position: int) -> Line:
    while position < line.end and doc.text[position].isspace():
        position += 1
    return attrs.evolve(line, body_start=position)


def _header_span(doc: Document, line: Line, language: Language) -> tuple[int, int] | None:
    """The header at the start of ``line`` as a working-text span, or None."""
    labelled, dateline, wire = _patterns(language)
    text = doc.text
    match = wire.match(text, line.start, line.end)
    if match:
        return stripped_span(text, line.start, match.end())
    for pattern, glued in ((labelled, True), (dateline, False)):
        match = pattern.match(text, line.start, line.end)
        if match is None:
            continue
        found = date_at(text[: line.end], match.end(), language)
        if found is None:
            continue
        end = found.end
        rest = text[end : line.end].strip()
        if not rest or rest == "." or (glued and rest[:1].isupper()):
            return stripped_span(text, line.start, end)
    return None
