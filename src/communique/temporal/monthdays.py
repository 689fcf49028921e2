"""Calendar arithmetic shared by the readers and the resolvers: the n-th weekday of a month."""

from __future__ import annotations

import datetime

__all__ = ["month_week", "nth_weekday"]


def nth_weekday(year: int, month: int, weekday: int, rank: int) -> datetime.date:
    """The ``rank``-th ``weekday`` (0 for Monday) of the month; ``rank`` -1 is the last one.

    >>> nth_weekday(2025, 7, 4, 1)
    datetime.date(2025, 7, 4)
    >>> nth_weekday(2025, 5, 0, -1)
    datetime.date(2025, 5, 26)

    Raises:
        ValueError: the month has no such day (a fifth Monday).
    """
    first = datetime.date(year, month, 1)
    day = first + datetime.timedelta(days=(weekday - first.weekday()) % 7)
    if rank > 0:
        day += datetime.timedelta(weeks=rank - 1)
    else:
        while (day + datetime.timedelta(weeks=1)).month == month:
            day += datetime.timedelta(weeks=1)
    if day.month != month:
        raise ValueError("no such weekday in the month")
    return day


def month_week(year: int, month: int, rank: int) -> str:
    """The ISO week that starts on the month's ``rank``-th Monday, or holds its last Thursday.

    The last week (``rank`` -1) is the last one with most of its days in the month, as
    ISO 8601 gives a week to the year of its Thursday.

    "la deuxième semaine de mars 2025", "the first week of October 2014", "la dernière
    semaine de septembre 2014" (22 to 28 September: the week of the 29th is October's).

    >>> month_week(2014, 10, 1)
    '2014-W41'
    >>> month_week(2014, 9, -1)
    '2014-W39'

    Raises:
        ValueError: the month has no such Monday.
    """
    weekday = 3 if rank < 0 else 0
    year, week, _ = nth_weekday(year, month, weekday, rank).isocalendar()
    return f"{year}-W{week:02d}"
