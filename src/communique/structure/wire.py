"""Wire records: the tag fields above the story and the service marker before its headline.

An agency's record opens with tag fields ("ID: nXYZ123", "SLUG: …", "TOPICS: DIP TRD",
"DATE: 2026-03-04T09:12:00Z"). They are metadata, not text: furniture, in which no date,
name or party is read, though the date field may still date the document. The headline may
carry a service marker ("UPDATE 1-…", "EXCLUSIVE-…", "URGENT - …"): the title starts after
it. The vocabulary is in ``resources/common/wire.toml``.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

import attrs
import regex

from communique.lexicon.common.wire import (
    date_fields,
    headline_markers,
    record_fields,
    shared_fields,
)
from communique.patterncache import compile_regex
from communique.structure.header import is_prose
from communique.structure.lines import units_off_lines
from communique.structure.news_export import export_lines

if TYPE_CHECKING:
    from communique.document import Document, Line

__all__ = ["headline_start", "headline_text", "mark_wire_tags", "record_date", "tag_lines"]

_SCAN_LINES: Final = 40
"""How many lines from the top a record's tag block is looked for."""
_MIN_FIELDS: Final = 2
"""A tag block has at least this many fields: one "Date:" line is a header marker."""
_MIN_SHARED: Final = 3
"""Fields a block of shared fields only ("Date:", "Source:", "Language:") needs."""


def _alternation(words: tuple[str, ...]) -> str:
    # Longest first, so that "DATE/TIME" is not read as "DATE".
    return "|".join(regex.escape(word) for word in sorted(words, key=lambda w: (-len(w), w)))


@functools.cache
def _field() -> regex.Pattern[str]:
    """A tag field line: a listed label, a colon, a value (a record may leave it empty)."""
    labels = _alternation((*record_fields(), *shared_fields()))
    return compile_regex(rf"[ \t]*(?i:(?P<label>{labels}))[ \t]*:(?:[ \t]*\S.*)?[ \t]*")


@functools.cache
def _own_labels() -> frozenset[str]:
    return frozenset(label.casefold() for label in record_fields())


@functools.cache
def _date_labels() -> frozenset[str]:
    return frozenset(label.casefold() for label in date_fields())


@functools.cache
def _marker() -> regex.Pattern[str]:
    """Service markers before a headline: glued with a hyphen, or set off by a dash or colon."""
    markers = _alternation(headline_markers())
    separator = r"(?:-(?=\S)|[ \t]+[-–—][ \t]+|[ \t]?:[ \t]+)"
    return compile_regex(rf"(?:(?:{markers})(?:[ \t]+\d{{1,2}})?{separator})+")


def headline_start(text: str, start: int, end: int) -> int:
    """Where a headline begins after its wire service markers in ``text[start:end]``.

    A glued hyphen is only a marker's when the headline after it is written in lower and
    upper case: in a line of capitals, "FLASH-FLOOD RELIEF …" is a compound word.

    >>> line = "UPDATE 2-Veloria and Kestrania sign gas pact"
    >>> line[headline_start(line, 0, len(line)):]
    'Veloria and Kestrania sign gas pact'
    >>> line = "FLASH-FLOOD RELIEF FOR THE DELTA PROVINCES"
    >>> headline_start(line, 0, len(line))
    0
    """
    match = _marker().match(text, start, end)
    if match is None:
        return start
    rest = text[match.end() : end]
    glued = any(
        char == "-" and not text[i - 1].isspace()
        for i, char in enumerate(text[start : match.end()], start)
    )
    if not any(char.isalpha() for char in rest) or (
        glued and not any(char.islower() for char in rest)
    ):
        return start
    return match.end()


def headline_text(title: str) -> str:
    """A headline read from metadata without its wire service markers.

    >>> headline_text("EXCLUSIVE-Kestrania weighs gas levy")
    'Kestrania weighs gas levy'
    """
    return title[headline_start(title, 0, len(title)) :]


def mark_wire_tags(doc: Document) -> Document:
    """Mark the tag fields of a wire record as furniture and drop their header units.

    The metadata lines of a news database's export (``news_export``) are marked the same way.
    """
    lines = list(doc.lines)
    found = sorted({*tag_lines(doc, lines), *export_lines(doc, lines)})
    if not found:
        return doc
    header = tuple(units_off_lines(doc, doc.header, [lines[index] for index in found]))
    for index in found:
        line = lines[index]
        lines[index] = attrs.evolve(line, kind="boilerplate", body_start=line.start)
    return attrs.evolve(doc, lines=tuple(lines), header=header)


def tag_lines(doc: Document, lines: list[Line]) -> list[int]:
    """Indexes of the tag field lines of a wire record above the story.

    A run of field lines (blank lines between them allowed) that makes a block, before any
    running prose.
    """
    found: list[int] = []
    run: list[int] = []
    own = False
    for index, line in enumerate(lines[:_SCAN_LINES]):
        if line.kind == "blank":
            continue
        text = doc.text[line.start : line.end]
        match = _field().fullmatch(text)
        if match is None:
            found.extend(run if _is_block(run, own=own) else [])
            run, own = [], False
            if is_prose(text):
                break
            continue
        run.append(index)
        own = own or match.group("label").casefold() in _own_labels()
    found.extend(run if _is_block(run, own=own) else [])
    return found


def _is_block(run: list[int], *, own: bool) -> bool:
    """Whether a run of field lines is a record's tag block.

    Two fields, one only a record has ("SLUG", "TOPICS"), or three shared ones ("Date",
    "Source", "Language"): a date and a source line above a press release are text.
    """
    return len(run) >= (_MIN_FIELDS if own else _MIN_SHARED)


def record_date(doc: Document) -> str | None:
    """The text of a wire record's date field ("2026-03-04T09:12:00Z"), or None."""
    lines = list(doc.lines)
    for index in tag_lines(doc, lines):
        line = lines[index]
        match = _field().fullmatch(doc.text, line.start, line.end)
        if match is None or match.group("label").casefold() not in _date_labels():
            continue
        value = doc.text[match.end("label") : line.end].strip(" \t:")
        if value:
            return value
    return None
