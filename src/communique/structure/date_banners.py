"""Find a site's date banner above the headline: the day the page was read, not written.

A news site prints the current day at the top of every page ("Monday, December 23, 2024 |
02:02 AM IST", « Samedi 27 novembre 2021 | 10:42 »); a page saved years after its story
keeps it above the headline. Such a line names a weekday and its day with the page's clock
or its bar, and the text below names full days, all of them more than a year earlier: it is
the page's furniture, which dates nothing (GUIDELINES: furniture is not text). A
ministry's own date line above its headline is the release's day: it has no clock nor bar,
and stands near the days its text names, or on an anniversary of one.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Final

import communique.readings as readings
from communique.lexicon.dates import date_vocabulary
from communique.structure.lines import line_text

if TYPE_CHECKING:
    from collections.abc import Iterable

    from communique.document import Document, Line
    from communique.hits import Found

__all__ = ["date_banners", "is_date_banner"]

_OPENING: Final = 2
"""Characters at most before the banner's date on its line (a bullet, a bracket)."""
_MAX_BANNER: Final = 80
"""Longest banner line: a day, a time, a zone and a few links ("EN Hindi")."""
_LATER: Final = datetime.timedelta(days=365)
"""How much later than every day the text names a banner's day is: a page read long after."""


def date_banners(doc: Document, lines: list[Line], title: list[int]) -> list[int]:
    """The indexes of the date banners above the title (``title``: its line indexes)."""
    if not title:
        return []
    banners = [
        (index, day)
        for index in range(title[0])
        if lines[index].kind in ("body", "header")
        and (day := _banner_day(doc, line_text(doc, lines[index]))) is not None
    ]
    if not banners:
        return []
    below = (line_text(doc, line) for line in lines[title[-1] + 1 :] if line.kind == "body")
    earliest = min(day for _, day in banners)
    return [index for index, _ in banners] if _all_earlier(doc, below, earliest) else []


def is_date_banner(doc: Document, text: str, below: Iterable[str]) -> bool:
    """Whether a furniture line is a date banner above the texts ``below`` (the paragraphs)."""
    day = _banner_day(doc, text)
    return day is not None and _all_earlier(doc, below, day)


def _banner_day(doc: Document, text: str) -> datetime.date | None:
    """The day a line opens with, with its weekday and a page's mark, or None.

    The page's mark: a clock time after the day, or a bar before a site's links ("Monday,
    December 23, 2024 | 02:02 AM IST | EN"); a date line alone may be a ministry's own.
    """
    if len(text) > _MAX_BANNER:
        return None
    found = readings.found_dates(doc, text)
    if not found or found[0].start > _OPENING:
        return None
    first = found[0]
    clock = any(f.meaning.kind == "time" for f in found[1:])
    if not clock and "|" not in text[first.end :]:
        return None
    day = _full_day(first)
    if day is None or not _has_weekday(doc, text, first, day):
        return None
    return day


def _has_weekday(doc: Document, text: str, found: Found, day: datetime.date) -> bool:
    """Whether the date's own text opens with the name of its weekday."""
    words = text[found.start : found.end].replace(",", " ").split()
    weekdays = date_vocabulary(readings.language(doc, text)).weekdays
    return bool(words) and weekdays.get(words[0].casefold()) == day.weekday()


def _all_earlier(doc: Document, texts: Iterable[str], banner: datetime.date) -> bool:
    """Whether ``texts`` name full days, all more than a year before ``banner``.

    The texts are read in order and the reading stops at the first day that is not. A day
    of the same month and day is an anniversary's ("ten years ago, on 12 December 2015"):
    the line may be the release's own day.
    """
    named = 0
    for text in texts:
        for found in readings.found_dates(doc, text):
            day = _last_day(found)
            if day is None:
                continue
            if banner - day <= _LATER or (day.month, day.day) == (banner.month, banner.day):
                return False
            named += 1
    return named > 0


def _last_day(found: Found) -> datetime.date | None:
    """The last day a mention of a day or a range of days names in full, or None."""
    meaning = found.meaning
    if meaning.kind == "range" and meaning.relative is None and meaning.value is not None:
        end = meaning.value.rpartition("/")[2]
        try:
            return datetime.date.fromisoformat(end)
        except ValueError:
            return None
    return _full_day(found)


def _full_day(found: Found) -> datetime.date | None:
    """The day a mention names in full, read from the text alone, or None."""
    meaning = found.meaning
    if meaning.kind != "date" or meaning.relative is not None or meaning.value is None:
        return None
    try:
        return datetime.date.fromisoformat(meaning.value)
    except ValueError:
        return None
