"""Heads written before a day that belong to its mention: a part of the day, its week.

"on the evening of 12 June", "dans la soirée du 12 juin": the day, the text from "the
evening of" / "la soirée du" (``day_part_heads``). "the week of December 8", "la semaine du
8 décembre": the ISO week holding that day, the text from "the week of" (``week_of``).
"""

from __future__ import annotations

import datetime
import functools
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.patterncache import compile_pattern
from communique.temporal.grammar import phrase_pattern

if TYPE_CHECKING:
    from communique.hits import Found
    from communique.lexicon.dates import DateVocabulary
    from communique.temporal.values import Interpretation

__all__ = ["with_heads"]

_LOOK_BACK: Final = 40
_DAY_UNITS: Final = frozenset({"day_month", "day_range", "day_of_month"})


@functools.cache
def _head_pattern(vocab: DateVocabulary, *, linked: bool) -> re.Pattern[str]:
    """A head ending where the day starts; ``linked``: the day's mention opens with the link.

    The link ("du", "of") may open the day's own mention: "la nuit du 2 au 3 mai".
    """
    parts = phrase_pattern(vocab.word_list("day_part_heads"))
    weeks = phrase_pattern(vocab.word_list("week_of"))
    link = "" if linked else rf"[^\S\n]+{phrase_pattern(vocab.word_list('head_links'))}"
    return compile_pattern(rf"(?<![\w'’-])(?:(?P<part>{parts})|(?P<week>{weeks})){link}[^\S\n]+\Z")


@functools.cache
def _link_pattern(vocab: DateVocabulary) -> re.Pattern[str]:
    return compile_pattern(rf"{phrase_pattern(vocab.word_list('head_links'))}[^\S\n]")


def with_heads(text: str, found: list[Found], vocab: DateVocabulary) -> list[Found]:
    """``found`` with each day's head in its mention, the overlapped mentions dropped.

    >>> from communique.lexicon.dates import date_vocabulary
    >>> from communique.temporal.finder import find_dates
    >>> text = "Ils se sont vus dans la soirée du 12 juin 2025."
    >>> [text[f.start : f.end] for f in find_dates(text, "fr")]
    ['la soirée du 12 juin 2025']
    """
    result: list[Found] = []
    for item in found:
        headed = _with_head(text, item, vocab) if _is_day(item) else item
        while headed is not item and result and result[-1].end > headed.start:
            result.pop()  # "dans la soirée", now inside "la soirée du 12 juin"
        result.append(headed)
    return result


def _is_day(item: Found) -> bool:
    spec = item.meaning.relative
    if spec is not None:
        return spec.unit in _DAY_UNITS and item.meaning.bound is None
    value = item.meaning.value or ""
    return item.meaning.kind in ("date", "range") and len(value) >= 10 and ".." not in value


def _with_head(text: str, item: Found, vocab: DateVocabulary) -> Found:
    low = max(0, item.start - _LOOK_BACK)
    linked = _link_pattern(vocab).match(text, item.start) is not None
    head = _head_pattern(vocab, linked=linked).search(text, low, item.start)
    if head is None:
        return item
    if head.group("part"):
        return attrs.evolve(item, start=head.start())
    week = _week_of(item)
    return item if week is None else attrs.evolve(item, start=head.start(), meaning=week)


def _week_of(item: Found) -> Interpretation | None:
    """The ISO week holding the day, at its own precision: a resolved week, or a relative one."""
    meaning = item.meaning
    spec = meaning.relative
    if spec is not None:
        if spec.unit != "day_month":
            return None
        return attrs.evolve(meaning, relative=attrs.evolve(spec, unit="day_week"))
    if meaning.kind != "date" or meaning.value is None:
        return None
    year, week, _ = datetime.date.fromisoformat(meaning.value).isocalendar()
    return attrs.evolve(meaning, kind="relative", value=f"{year}-W{week:02d}")
