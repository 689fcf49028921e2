"""Day ranges that borrow their month from the date just before them.

An itinerary names the month once: "Benin, from 22 to 23 October; Guinea, from 23 to 24;
and Nigeria, on 25 and 26 October". "from 23 to 24" is a day range of the month (and year)
of the date written just before it in the same sentence.
"""

from __future__ import annotations

import datetime
import functools
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.patterncache import compile_pattern
from communique.temporal.grammar import phrase_pattern
from communique.temporal.values import Interpretation, RelativeSpec

if TYPE_CHECKING:
    from communique.hits import Found
    from communique.lexicon.dates import DateVocabulary

__all__ = ["with_bare_ranges"]

_REACH: Final = 160
"""How far after a dated mention a bare range may stand (about one sentence)."""


@functools.cache
def _pattern(vocab: DateVocabulary) -> re.Pattern[str]:
    words = vocab.word_list
    day = r"(3[01]|[12]\d|0?[1-9])"
    # Punctuation or a coordinator must follow: "from 3 to 5 percent" is no range.
    return compile_pattern(
        rf"(?<![\w'’])(?:{phrase_pattern(words('range_from'))})[^\S\n]+(?P<d1>{day})"
        rf"[^\S\n]+(?:{phrase_pattern(words('range_to'))})[^\S\n]+(?P<d2>{day})"
        rf"(?=[^\S\n]*[;,.)]|[^\S\n]+(?:{phrase_pattern(words('range_and'))})[^\S\n])"
    )


def with_bare_ranges(text: str, found: list[Found], vocab: DateVocabulary) -> list[Found]:
    """``found`` with the bare day ranges that follow a dated mention, in order.

    >>> from communique.temporal.finder import find_dates
    >>> items = find_dates("Au Bénin du 22 au 23 octobre 2018, en Guinée du 23 au 24.", "fr")
    >>> [item.meaning.value for item in items]
    ['2018-10-22/2018-10-23', '2018-10-23/2018-10-24']
    """
    result: list[Found] = []
    for index, item in enumerate(found):
        result.append(item)
        month = _month_of(item)
        if month is None:
            continue
        stop = found[index + 1].start if index + 1 < len(found) else len(text)
        stop = min(stop, item.end + _REACH)
        for match in _pattern(vocab).finditer(text, item.end, stop):
            if "." in text[item.end : match.start()]:
                break
            bare = _bare(match, month)
            if bare is not None:
                result.append(
                    attrs.evolve(item, start=match.start(), end=match.end(), meaning=bare)
                )
    return result


def _month_of(item: Found) -> tuple[int | None, int] | None:
    """The year (None when unwritten) and month of a dated mention's last day."""
    meaning = item.meaning
    spec = meaning.relative
    if spec is not None:
        month = spec.end_month or spec.month
        if spec.unit in ("day_month", "day_range") and month is not None and not meaning.bound:
            return None, month
        return None
    value = meaning.value or ""
    if meaning.kind == "range" and re.fullmatch(r"\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d", value):
        value = value[11:]
    if meaning.kind in ("date", "range") and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return int(value[:4]), int(value[5:7])
    return None


def _bare(match: re.Match[str], month: tuple[int | None, int]) -> Interpretation | None:
    year, number = month
    first, last = int(match["d1"]), int(match["d2"])
    if last <= first:
        return None
    try:
        if year is None:
            datetime.date(2000, number, last)
            spec = RelativeSpec(
                "day_range", month=number, day=first, end_month=number, end_day=last
            )
            return Interpretation("range", None, spec)
        start, end = datetime.date(year, number, first), datetime.date(year, number, last)
    except ValueError:
        return None
    return Interpretation("range", f"{start.isoformat()}/{end.isoformat()}")
