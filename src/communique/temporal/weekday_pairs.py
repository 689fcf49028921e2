"""Two weekdays written before the day range they name: "Monday and Tuesday, December 6-7, 2021".

The grammar reads one weekday before a date ("Tuesday, 6 and 7 December 2021"); a range
dated with both its weekdays, coordinated before it, comes out as two weekdays of their own
and a range ("Monday" / "Tuesday" / "December 6-7, 2021", « lundi » / « mardi 6 et 7
décembre 2021 »). When the weekdays are the range's first and last days, they are one
mention, the range's; other weekdays say something else and stay apart. So is a weekday
with its modifier right before the date it falls on ("last Friday, November 4, 2016").
"""

from __future__ import annotations

import datetime
import functools
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.patterncache import compile_pattern
from communique.temporal.date_pairs import full_day
from communique.temporal.grammar import phrase_pattern

if TYPE_CHECKING:
    from communique.hits import Found
    from communique.lexicon.dates import DateVocabulary

__all__ = ["with_numbered_weekdays", "with_weekday_dates", "with_weekday_pairs"]

_DAYS: Final = compile_pattern(r"(\d{4}-\d\d-\d\d)/(\d{4}-\d\d-\d\d)")
"""A range of two days: "2021-12-06/2021-12-07"."""
_BRACKETED_DAY: Final = compile_pattern(r"[ \t]?\([ \t]?(\d{1,2})/(\d{1,2})[ \t]?\)")
"""A month and a day in brackets after a weekday: " (11/14)"."""
_LEAP_YEAR: Final = 2000
"""A year with a 29 February, to test a month and a day without their year."""
_WORD: Final = compile_pattern(r"[^\W\d_]+")
_COMMA: Final = compile_pattern(r"[^\S\n]*,?[^\S\n]*")
"""What stands between the second weekday and its range: a comma, or nothing."""


def with_weekday_pairs(text: str, found: list[Found], vocab: DateVocabulary) -> list[Found]:
    """``found`` with each day range that its two weekdays open made one mention with them.

    >>> from communique.temporal.finder import find_dates
    >>> text = "They met on Monday and Tuesday, December 6-7, 2021 in Muscat."
    >>> [(text[i.start : i.end], i.meaning.value) for i in find_dates(text, "en")]
    [('Monday and Tuesday, December 6-7, 2021', '2021-12-06/2021-12-07')]
    """
    result: list[Found] = []
    for item in found:
        days = _range_days(item)
        opened = None if days is None else _opened(text, result, item, days, vocab)
        if opened is None:
            result.append(item)
            continue
        start, taken = opened
        del result[-taken:]
        result.append(attrs.evolve(item, start=start))
    return result


def _opened(
    text: str,
    before: list[Found],
    item: Found,
    days: tuple[int | None, int | None],
    vocab: DateVocabulary,
) -> tuple[int, int] | None:
    """Where the range's first weekday starts, and how many mentions before it it takes.

    The second weekday opens the range's own text ("Tuesday, 6 and 7 December") or is the
    mention right before it ("Tuesday, December 6-7"). The weekdays must be the range's
    first and last days (``None``: a range without its year, whose weekdays are unknown).
    """
    first, last = days
    own = _weekday_at(text, item.start, vocab)
    second: int | None
    if own is not None:
        second, second_start, taken = own, item.start, 1
    elif before and _COMMA.fullmatch(text, before[-1].end, item.start) is not None:
        second, second_start, taken = _weekday(before[-1]), before[-1].start, 2
        before = before[:-1]
    else:
        return None
    if second is None or (last is not None and second != last) or not before:
        return None
    weekday = _weekday(before[-1])
    if weekday is None or (first is not None and weekday != first):
        return None
    if _joiner(vocab).fullmatch(text, before[-1].end, second_start) is None:
        return None
    return before[-1].start, taken


def with_weekday_dates(text: str, found: list[Found], vocab: DateVocabulary) -> list[Found]:
    """``found`` with each day that a weekday of its own, modified, opens made one mention.

    "last Friday, November 4, 2016", « vendredi dernier, le 4 novembre 2016 »: the weekday
    ("last Friday") is the day's own, told twice, when the date falls on it; one mention,
    the date's (another weekday says something else and stays apart).

    >>> from communique.temporal.finder import find_dates
    >>> text = "The envoy called on the Minister last Friday, November 4, 2016."
    >>> [(text[i.start : i.end], i.meaning.value) for i in find_dates(text, "en")]
    [('last Friday, November 4, 2016', '2016-11-04')]
    """
    result: list[Found] = []
    for item in found:
        before = result[-1] if result else None
        weekday = None if before is None else _weekday(before)
        if (
            before is not None
            and weekday is not None
            and full_day(item)
            and _apposition(vocab).fullmatch(text, before.end, item.start) is not None
            and datetime.date.fromisoformat(item.meaning.value or "").weekday() == weekday
        ):
            result[-1] = attrs.evolve(item, start=before.start)
            continue
        result.append(item)
    return result


def with_numbered_weekdays(text: str, found: list[Found]) -> list[Found]:
    """``found`` with each weekday followed by its month and day in brackets read as that day.

    "President X on Monday (11/14) held talks": the weekday's day, without its year, whose
    year the document gives. Only an order the numbers allow alone is read: "(14/11)" is
    day first, "(11/14)" month first; "(11/10)" could be either and stays a weekday.

    >>> from communique.temporal.finder import find_dates
    >>> text = "The President on Monday (11/14) held talks."
    >>> [(text[i.start : i.end], i.meaning.relative.unit) for i in find_dates(text, "en")]
    [('Monday (11/14)', 'day_month')]
    """
    result: list[Found] = []
    for item in found:
        spec = item.meaning.relative
        numbers = _BRACKETED_DAY.match(text, item.end) if spec and spec.unit == "weekday" else None
        day = None if numbers is None else _month_day(*map(int, numbers.groups()))
        if spec is None or numbers is None or day is None:
            result.append(item)
            continue
        month, number = day
        meaning = attrs.evolve(
            item.meaning,
            relative=attrs.evolve(spec, unit="day_month", month=month, day=number),
        )
        result.append(attrs.evolve(item, end=numbers.end(), meaning=meaning))
    return [
        item
        for index, item in enumerate(result)
        if index == 0 or item.start >= result[index - 1].end
    ]


def _month_day(first: int, second: int) -> tuple[int, int] | None:
    """The month and day two numbers give in the only order they allow, or None."""
    readings = {
        (month, day) for month, day in ((first, second), (second, first)) if _real(month, day)
    }
    return readings.pop() if len(readings) == 1 else None


def _real(month: int, day: int) -> bool:
    """Whether a month and a day make a day of the calendar (29 February counts)."""
    try:
        datetime.date(_LEAP_YEAR, month, day)
    except ValueError:
        return False
    return True


def _range_days(item: Found) -> tuple[int | None, int | None] | None:
    """The weekdays of a day range's first and last days, None each when no year gives them."""
    meaning = item.meaning
    spec = meaning.relative
    if spec is not None and spec.unit == "day_range":
        return None, None
    if meaning.kind != "range" or spec is not None:
        return None
    days = _DAYS.fullmatch(meaning.value or "")
    if days is None:
        return None
    first, last = (datetime.date.fromisoformat(day) for day in days.groups())
    return first.weekday(), last.weekday()


def _weekday(item: Found) -> int | None:
    """The weekday a mention of one weekday names ("Monday": 0), or None."""
    spec = item.meaning.relative
    return spec.weekday if spec is not None and spec.unit == "weekday" else None


def _weekday_at(text: str, position: int, vocab: DateVocabulary) -> int | None:
    """The weekday whose name opens the text at ``position``, or None."""
    word = _WORD.match(text, position)
    return vocab.weekdays.get(word.group().casefold()) if word is not None else None


@functools.cache
def _apposition(vocab: DateVocabulary) -> re.Pattern[str]:
    """Between a modified weekday and its date: a comma, an article (« , le »), or nothing."""
    articles = phrase_pattern(tuple(vocab.word_list("weekday_date_articles")))
    return compile_pattern(rf"[^\S\n]*,?[^\S\n]*(?:(?i:{articles})[^\S\n]+)?")


@functools.cache
def _joiner(vocab: DateVocabulary) -> re.Pattern[str]:
    """Between two weekdays of one range: "and" / « et », "&" (``weekday_joiners``), or a dash."""
    words = phrase_pattern(tuple(vocab.word_list("weekday_joiners")))
    return compile_pattern(rf"[^\S\n]*(?:(?i:{words})|[–-])[^\S\n]*")
