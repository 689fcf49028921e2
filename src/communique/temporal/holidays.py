"""Named days of the year ("Noël", "la Toussaint", "Easter Monday", "Thanksgiving 2026").

A holiday is a day the reader places on the calendar by its rule: a fixed day ("12-25"),
a day counted from Easter ("easter+1" for Easter Monday, "orthodox+0"), or the n-th
weekday of a month ("nth:11:3:4", the fourth Thursday of November; rank -1 is the last).
The names and their rules are language data (``[holidays]`` in ``dates.toml``); this
module only computes the day a rule gives in a Gregorian year. The Islamic feasts are not
among them: their day follows the sighting of the moon and differs between countries, so
no table gives the day a text means.
"""

from __future__ import annotations

import datetime
import functools

from communique.lexicon.dates import HOLIDAY_RULE
from communique.temporal.monthdays import nth_weekday

__all__ = ["holiday_date"]


@functools.lru_cache(maxsize=1024)
def holiday_date(rule: str, year: int) -> datetime.date:
    """The day ``rule`` gives in the Gregorian ``year``.

    >>> holiday_date("easter+1", 2026)
    datetime.date(2026, 4, 6)
    >>> holiday_date("nth:11:3:4", 2026)
    datetime.date(2026, 11, 26)
    >>> holiday_date("12-25", 2026)
    datetime.date(2026, 12, 25)

    Raises:
        ValueError: ``rule`` is no holiday rule.
    """
    match = HOLIDAY_RULE.fullmatch(rule)
    if match is None:
        raise ValueError(f"not a holiday rule: {rule!r}")
    if match["fixed"]:
        return datetime.date(year, int(match["month"]), int(match["day"]))
    if match["easter"]:
        easter = _easter(year) if match["easter"] == "easter" else _orthodox_easter(year)
        return easter + datetime.timedelta(days=int(match["shift"]))
    month, weekday, rank = (int(match[k]) for k in ("nth_month", "weekday", "rank"))
    return nth_weekday(year, month, weekday, rank)


def _easter(year: int) -> datetime.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


def _orthodox_easter(year: int) -> datetime.date:
    """Orthodox Easter Sunday: the Julian computus, moved to the Gregorian calendar."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian = datetime.date(year, month, day + 1)
    return julian + datetime.timedelta(days=year // 100 - year // 400 - 2)
