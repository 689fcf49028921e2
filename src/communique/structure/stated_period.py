"""Date a document whose metadata gives only a month or a year ("date: 2019-07").

An archive's front matter often keeps a page's month and no day. The month is the
document's date unless the title or the first paragraph names a day in it ("visited
Norland on July 16-17"), not a day to come: that day, in the month's year, dates the same
event more precisely. A year is too wide for a paragraph: only its first sentence is
read. A day outside the period (an earlier visit the opening recalls) dates nothing the
metadata places in another month, unless the text prints it as its dateline a few days
before or after the period (an archive's month is often its posting month).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

import communique.readings as readings

if TYPE_CHECKING:
    from communique.document import Document

__all__ = ["near_period", "period_day", "within_period"]

_YEARLESS: Final = frozenset({"day_month", "day_range"})
"""Relative units naming a day or a range of days by month and day, without a year."""
_DAY: Final = len("2019-07-18")
_YEAR: Final = len("2019")
_NEAR_DAYS: Final = 7
"""Days a printed dateline may lie outside the metadata's period and still date the text."""


def within_period(value: str, period: str) -> bool:
    """Whether an ISO ``value`` falls in the month or year ``period``.

    >>> within_period("2019-07-18", "2019-07"), within_period("2019-07", "2019")
    (True, True)
    >>> within_period("2019-08-01", "2019-07"), within_period("20190", "2019")
    (False, False)
    """
    return value == period or value.startswith(period + "-")


def near_period(day: str, period: str) -> bool:
    """Whether an ISO ``day`` lies within a few days of the month or year ``period``.

    >>> near_period("2025-12-31", "2026-01"), near_period("2026-06-30", "2026-07")
    (True, True)
    >>> near_period("2026-05-20", "2026-07"), near_period("2026-01-09", "2025")
    (False, False)
    """
    first = datetime.date.fromisoformat(period + ("-01" if len(period) > _YEAR else "-01-01"))
    if len(period) > _YEAR:
        last = datetime.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    else:
        last = datetime.date(first.year + 1, 1, 1)
    date = datetime.date.fromisoformat(day)
    reach = datetime.timedelta(days=_NEAR_DAYS)
    return first - reach <= date < last + reach


def period_day(doc: Document, period: str, texts: Iterable[tuple[str, int]]) -> str | None:
    """The first day in ``period`` that ``texts`` (each read up to its end) name, in order.

    A range gives its first day; a day written without its year ("July 16-17", « les 8
    et 9 octobre ») takes the period's year when its month is the period's. A weekday
    alone is no day the text names.
    """
    year = int(period[:4])
    for text, end in texts:
        for found in readings.found_dates(doc, text):
            if found.end > end:
                continue
            if found.meaning.bound is not None or found.future:
                # « jusqu'au 30 juin »: a deadline; "agreed to meet again on 28 July": a day
                # to come, not the one the text reports
                continue
            value = (found.meaning.value or "").split("/")[0]
            spec = found.meaning.relative
            if spec is None:
                if len(value) == _DAY and within_period(value, period):
                    return value
                continue
            if spec.unit in _YEARLESS and spec.month is not None and spec.day is not None:
                try:
                    day = datetime.date(year, spec.month, spec.day).isoformat()
                except ValueError:  # 29 February of a common year
                    continue
                if within_period(day, period):
                    return day
    return None
