"""Date a document whose metadata gives only a month or a year ("date: 2019-07").

An archive's front matter often keeps a page's month and no day. The month is the
document's date unless the title or the opening sentence names a day in it ("visited
Ireland on July 18-19"): that day, in the month's year, dates the same event more
precisely. A day outside the period (an earlier visit the opening recalls) dates nothing
the metadata places in another month.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

import communique.readings as readings

if TYPE_CHECKING:
    from communique.document import Document

__all__ = ["period_day", "within_period"]

_YEARLESS: Final = frozenset({"day_month", "day_range"})
"""Relative units naming a day or a range of days by month and day, without a year."""
_DAY: Final = len("2019-07-18")


def within_period(value: str, period: str) -> bool:
    """Whether an ISO ``value`` falls in the month or year ``period``.

    >>> within_period("2019-07-18", "2019-07"), within_period("2019-07", "2019")
    (True, True)
    >>> within_period("2019-08-01", "2019-07"), within_period("20190", "2019")
    (False, False)
    """
    return value == period or value.startswith(period + "-")


def period_day(doc: Document, period: str, texts: Iterable[tuple[str, int]]) -> str | None:
    """The first day in ``period`` that ``texts`` (each read up to its end) name.

    A range gives its first day; a day written without its year ("July 18-19", « les 8
    et 9 octobre ») takes the period's year when its month is the period's. A weekday
    alone is no day the text names.
    """
    year = int(period[:4])
    for text, end in texts:
        for found in readings.found_dates(doc, text):
            if found.end > end:
                continue
            if found.meaning.bound is not None:
                continue  # « jusqu'au 30 juin »: a deadline, no day of the event
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
