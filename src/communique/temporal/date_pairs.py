"""Two full dates written as the bounds of one span: "from 12 January 2026 to 22/01/2026".

The grammar reads a range whose bounds share one form ("du 12 au 22 janvier 2026", "from
June 3 through June 7"); a span whose bounds are written in two forms, or each with its own
year ("du 12 janvier 2026 au 22/01/2026", "between 30 December 2025 and 2 January 2026" in
a form the grammar lacks), comes out as two dates. Joined by a word of ``range_to`` after a
word of ``range_from`` (or ``range_and`` after ``range_between``), they are one range, its
text from the opening word to the second date. So are two whole days joined by a dash alone
("19th May, 2017 – 22nd February, 2018"), the later second.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.patterncache import compile_pattern
from communique.temporal.grammar import phrase_pattern
from communique.temporal.values import Interpretation

if TYPE_CHECKING:
    from communique.hits import Found
    from communique.lexicon.dates import DateVocabulary

__all__ = ["full_day", "with_date_pairs"]

_DAY: Final = compile_pattern(r"\d{4}-\d\d-\d\d")
_DASH: Final = compile_pattern(r"[^\S\n]*[–—-][^\S\n]*|[^\S\n]+[–—-][^\S\n]*\n[^\S\n]*")
"""A dash between two days, spaced or not, maybe at a line's end."""


def with_date_pairs(text: str, found: list[Found], vocab: DateVocabulary) -> list[Found]:
    """``found`` with each pair of full dates written as a span's bounds made one range.

    >>> from communique.temporal.finder import find_dates
    >>> text = "La mission séjournera du 12 janvier 2027 au 22/01/2027."
    >>> [(text[i.start : i.end], i.meaning.value) for i in find_dates(text, "fr")]
    [('du 12 janvier 2027 au 22/01/2027', '2027-01-12/2027-01-22')]
    """
    if len(found) < 2:
        return found
    opening, joining = _patterns(vocab)
    result: list[Found] = []
    index = 0
    while index < len(found):
        item = found[index]
        following = found[index + 1] if index + 1 < len(found) else None
        pair = _pair(text, item, following, opening, joining) if following else None
        if pair is None and following is not None:
            pair = _next_days(text, item, following, vocab)
        if pair is not None:
            result.append(pair)
            index += 2
            continue
        result.append(item)
        index += 1
    return result


def _pair(
    text: str,
    first: Found,
    second: Found,
    opening: tuple[re.Pattern[str], re.Pattern[str]],
    joining: tuple[re.Pattern[str], re.Pattern[str]],
) -> Found | None:
    """The range two dates make as a span's bounds, or None."""
    if not (full_day(first) and full_day(second)):
        return None
    start, end = first.meaning.value or "", second.meaning.value or ""
    if end <= start:
        return None
    for opener, joiner in zip(opening, joining, strict=True):
        if joiner.fullmatch(text, first.end, second.start) is None:
            continue
        before = opener.search(text, max(0, first.start - _OPENER_REACH), first.start)
        if before is None:
            continue
        meaning = Interpretation("range", f"{start}/{end}")
        return attrs.evolve(first, start=before.start(), end=second.end, meaning=meaning)
    if _DASH.fullmatch(text, first.end, second.start) is not None:
        # "19th May, 2017 – 22nd February, 2018": a dash between two whole days, the later
        # one second, is the span's "to".
        return attrs.evolve(
            first, end=second.end, meaning=Interpretation("range", f"{start}/{end}")
        )
    return None


def _next_days(text: str, first: Found, second: Found, vocab: DateVocabulary) -> Found | None:
    """Two days without a year across a month's end, joined by "and": one span of two days.

    « les 31 mars et 1er avril », "on 31 March and 1 April": the visit's consecutive days,
    as « les 17 et 18 juin » are; days further apart ("le 3 mars et le 15 avril") stay two.
    """
    a, b = first.meaning.relative, second.meaning.relative
    if a is None or b is None or a.unit != "day_month" or b.unit != "day_month":
        return None
    if a.weekday is not None or b.weekday is not None or not (a.month and a.day):
        return None
    if b.month != a.month % _MONTHS + 1 or b.day != 1 or a.day < _LAST_DAYS[a.month - 1]:
        return None
    if _and_joiner(vocab).fullmatch(text, first.end, second.start) is None:
        return None
    spec = attrs.evolve(a, unit="day_range", end_month=b.month, end_day=b.day)
    meaning = attrs.evolve(first.meaning, kind="range", value=None, relative=spec)
    return attrs.evolve(first, end=second.end, meaning=meaning)


_MONTHS: Final = 12
_LAST_DAYS: Final = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
"""The last day of each month (February's 28th and, in a leap year, 29th both end it)."""


@functools.cache
def _and_joiner(vocab: DateVocabulary) -> re.Pattern[str]:
    """The word joining two days alone (« et », "and"), spaces around it."""
    words = phrase_pattern(tuple(vocab.word_list("range_and")))
    return compile_pattern(rf"[^\S\n]+(?i:{words})[^\S\n]+")


_OPENER_REACH: Final = 20
"""Characters before the first date that hold the word opening the span ("from the ")."""


def full_day(item: Found) -> bool:
    """Whether a mention is one day with its year, read from the text alone."""
    meaning = item.meaning
    return (
        meaning.kind == "date"
        and meaning.relative is None
        and meaning.bound is None
        and _DAY.fullmatch(meaning.value or "") is not None
    )


@functools.cache
def _patterns(
    vocab: DateVocabulary,
) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], tuple[re.Pattern[str], re.Pattern[str]]]:
    """The openers ending where the first date starts and the joiners between the dates.

    "from … to …" / « du … au … », "between … and …" / « entre … et … ».
    """

    def opener(key: str) -> re.Pattern[str]:
        words = phrase_pattern(tuple(vocab.word_list(key)))
        return compile_pattern(rf"(?<![\w'’])(?i:{words})[^\S\n]+$")

    def joiner(key: str) -> re.Pattern[str]:
        words = phrase_pattern(tuple(vocab.word_list(key)))
        return compile_pattern(rf"[^\S\n]*(?:(?i:{words})|[-–—])[^\S\n]*")

    return (opener("range_from"), opener("range_between")), (
        joiner("range_to"),
        joiner("range_and"),
    )
