"""Extract every date mention of a document, relative ones resolved."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import attrs

import communique.readings as readings
from communique.hits import Found
from communique.model import DateMention
from communique.temporal.relative import Anchor, resolve

if TYPE_CHECKING:
    from communique.document import Document, Unit

__all__ = ["extract_dates"]


def extract_dates(doc: Document) -> tuple[DateMention, ...]:
    """Find the dates of every reading unit (header, title, headings, paragraphs).

    Relative dates are resolved against the document's date, else the caller's
    ``reference_date``; "la veille" and other anaphoric ones against the date mentioned
    just before them in the same paragraph, when there is one.
    """
    anchor = _document_anchor(doc)
    pairs = [
        (unit, found) for unit in doc.units() for found in readings.found_dates(doc, unit.text)
    ]
    month_first = _writes_month_first([unit.text[f.start : f.end] for unit, f in pairs])
    mentions: list[DateMention] = []
    for unit, found in pairs:
        if month_first and found.meaning.month_first is not None:
            found = attrs.evolve(
                found, meaning=attrs.evolve(found.meaning, value=found.meaning.month_first)
            )
        mentions.append(_mention(doc, unit, found, anchor))
    return tuple(mentions)


_DAY_FIRST: Final = re.compile(r"(?:[^\W\d]+,?\s+)?\d{1,2}(?:st|nd|rd|th|er)?\s+[^\W\d]")
_MONTH_FIRST: Final = re.compile(
    r"(?:[^\W\d]+,?\s+)?[^\W\d]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
)


# Numeric dates that can be read one way only: "12/25/2020" (month first), "25/12/2020".
_NUMERIC_MONTH_FIRST: Final = re.compile(r"(?:0?[1-9]|1[0-2])[/-](?:1[3-9]|2\d|3[01])[/-]\d{2,4}")
_NUMERIC_DAY_FIRST: Final = re.compile(r"(?:1[3-9]|2\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-]\d{2,4}")


def _writes_month_first(surfaces: list[str]) -> bool:
    """Whether the document writes its dates month first ("April 7, 2022"), as US sources do.

    Then "4/7/2022" is April 7; so it is when the document writes "12/25/2020".
    """
    month_first = sum(
        1 for s in surfaces if _MONTH_FIRST.fullmatch(s) or _NUMERIC_MONTH_FIRST.fullmatch(s)
    )
    day_first = sum(
        1
        for s in surfaces
        if (_DAY_FIRST.match(s) and s[-4:].isdigit()) or _NUMERIC_DAY_FIRST.fullmatch(s)
    )
    return month_first > day_first


def _document_anchor(doc: Document) -> Anchor | None:
    if doc.date is not None:
        return Anchor(doc.date, "document")
    if doc.reference_date is not None:
        return Anchor(doc.reference_date.isoformat(), "reference")
    return None


def _mention(doc: Document, unit: Unit, found: Found, anchor: Anchor | None) -> DateMention:
    start, end = unit.span(found.start, found.end)
    text = doc.original[start:end]
    meaning = found.meaning
    spec = meaning.relative
    value = _bounded(meaning.value, meaning.bound)
    if spec is None:
        return DateMention(text, start, end, meaning.kind, value, timezone=meaning.timezone)
    if found.event is not None:
        return DateMention(
            text, start, end, meaning.kind, None, anchor="event", anchor_text=found.event.strip()
        )
    used = anchor
    if spec.reference == "anaphoric" and found.previous is not None:
        used = Anchor(found.previous, "text", found.previous_text)
    resolution = resolve(spec, used, future=found.future)
    if resolution.value is None and used is not anchor:
        resolution = resolve(spec, anchor, future=found.future)
    chosen = resolution.anchor
    return DateMention(
        text,
        start,
        end,
        meaning.kind,
        _bounded(resolution.value, meaning.bound),
        anchor=chosen.source if chosen and resolution.value else None,
        anchor_text=chosen.text if chosen and resolution.value else None,
    )


def _bounded(value: str | None, bound: str | None) -> str | None:
    """An open interval's value: ``2021-03/..`` from a start, ``../2030`` up to an end."""
    if value is None or bound is None:
        return value
    # A period bounds by its first month ("depuis le printemps dernier") or its last.
    first, _, last = value.partition("/")
    return f"{first}/.." if bound == "from" else f"../{last or first}"
