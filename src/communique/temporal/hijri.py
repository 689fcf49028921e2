"""Hijri dates ("11 Rabi' al-Awwal 1447 AH", "le 1er Ramadan 1447 de l'Hégire").

Gulf, Arab League and OIC communiqués and Maghreb wires date their texts in the Hijri
calendar, often beside the Gregorian date. A Hijri date is a mention of its own, valued as
the Gregorian day it falls on in the Umm al-Qura calendar (``hijridate``, the tables Saudi
Arabia publishes): kind ``date``. A month and year without a day ("Ramadan 1447") is the
range of Gregorian days the month covers. Local sighting may start a month a day apart from
the tables; the tables are the reference a reader can check.

Month names are data (``resources/common/hijri.toml``); a month name counts only before a
year of the tables' span (1343–1500), so "during Ramadan" or "Safar" alone is left to the
grammar.
"""

from __future__ import annotations

import datetime
import functools
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.hits import Found
from communique.lexicon.common.hijri import hijri_day_links, hijri_eras, hijri_links, hijri_months
from communique.patterncache import compile_pattern
from communique.temporal.values import Interpretation

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["hijri_value", "with_hijri_dates"]

_YEAR_SPAN: Final = compile_pattern(r"1(?<!\d1)(?:3[4-9]|4\d|500)\d?(?!\d)")
"""A cheap test before the month pattern: a number that may be a year of the tables.

The "1" comes before the look-behind (no digit before it) so that the engine skips to
each "1" in C instead of trying the look-behind at every position (ten times faster)."""
_APOSTROPHES: Final = "['’ʿʾ‘`]?"


def _spelled(name: str) -> str:
    """The loose pattern of a month's spelling: any apostrophe optional, hyphen as space."""
    parts = []
    for char in name:
        if char in "'’":
            parts.append(_APOSTROPHES)
        elif char in " -":
            parts.append(r"[\s-]+")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


def _alternation(names: Iterable[str]) -> str:
    # Longest first, so "Rabi' al-Awwal" is tried before "Rabi' I" would stop at "Rabi".
    return "|".join(_spelled(name) for name in sorted(set(names), key=len, reverse=True))


@functools.cache
def _pattern() -> re.Pattern[str]:
    months = _alternation(hijri_months())
    eras = "|".join(
        re.escape(era).replace("'", _APOSTROPHES)
        for era in sorted(hijri_eras(), key=len, reverse=True)
    )
    links = "|".join(
        re.escape(link).replace(r"\ ", r"[^\S\n]+")
        for link in sorted(hijri_day_links(), key=len, reverse=True)
    )
    return compile_pattern(
        # "6-7 Rabiul Awwal 1429 H": a range of days of one month; "22nd of Dhul Qi'dah".
        rf"(?<![\w'’])(?:(?:(?P<first>3[01]|[12]\d|0?[1-9])[^\S\n]*[-–][^\S\n]*)?"
        rf"(?P<day>3[01]|[12]\d|0?[1-9])(?:er|ᵉʳ|st|nd|rd|th)?[^\S\n]+(?:(?:{links})[^\S\n]+)?)?"
        rf"(?P<month>{months})[^\S\n]*,?[^\S\n]+(?P<year>1(?:3[4-9]\d|4\d\d|500))"
        rf"(?:[^\S\n]*(?P<era>{eras})(?![\w'’]))?(?![\w'’])",
        re.IGNORECASE,
    )


def hijri_value(year: int, month: int, day: int | None) -> Interpretation | None:
    """The Gregorian meaning of a Hijri date, or of a Hijri month when ``day`` is None.

    None outside the Umm al-Qura tables (before 1343 or after 1500 AH) or for a day the
    month does not have.

    >>> meaning = hijri_value(1447, 3, 11)
    >>> meaning.kind, meaning.value
    ('date', '2025-09-03')
    >>> hijri_value(1447, 9, None).value
    '2026-02-18/2026-03-19'
    """
    # Imported at the first Hijri date: most documents have none (cold start).
    from hijridate import Hijri

    try:
        first = Hijri(year, month, day or 1)
        if day is not None:
            return Interpretation("date", first.to_gregorian().isoformat())
        last = Hijri(year, month, first.month_length())
    except (ValueError, OverflowError):
        return None
    span = f"{first.to_gregorian().isoformat()}/{last.to_gregorian().isoformat()}"
    return Interpretation("range", span)


def with_hijri_dates(text: str, found: list[Found]) -> list[Found]:
    """``found`` with the Hijri dates of ``text``, in order, replacing what they overlap.

    >>> from communique.temporal.finder import find_dates
    >>> items = find_dates("Riyadh, 11 Rabi' al-Awwal 1447 AH (3 September 2025)", "en")
    >>> [(item.meaning.kind, item.meaning.value) for item in items]
    [('date', '2025-09-03'), ('date', '2025-09-03')]
    """
    if _YEAR_SPAN.search(text) is None:
        return found
    months = _months_by_key()
    added = []
    for match in _pattern().finditer(text):
        month = months.get(_key(match.group("month")))
        day = match.group("day")
        year = int(match.group("year"))
        meaning = None if month is None else hijri_value(year, month, int(day) if day else None)
        first = match.group("first")
        if meaning is not None and first is not None and month is not None:
            start = hijri_value(year, month, int(first))
            if start is None or start.value is None or meaning.value is None:
                continue
            if start.value >= meaning.value:
                continue  # "7-6 …": no range
            meaning = Interpretation("range", f"{start.value}/{meaning.value}")
        if meaning is not None:
            added.append(Found(match.start(), match.end(), meaning))
    if not added:
        return found
    kept = [
        item
        for item in found
        if not any(item.start < new.end and new.start < item.end for new in added)
    ]
    # "Sunday, 22nd of Dhul Qi'dah 1444H": the weekday printed before the day is the date's.
    days = {new.start: index for index, new in enumerate(added) if new.meaning.kind == "date"}
    alone = []
    for item in kept:
        index = _weekday_before(text, item, days)
        if index is None:
            alone.append(item)
        else:  # the weekday joins its Hijri day: no mention of its own
            added[index] = attrs.evolve(added[index], start=item.start)
    kept = alone
    # Each item with whether it is a Hijri date, in text order.
    tagged = sorted(
        [(item, False) for item in kept] + [(item, True) for item in added],
        key=lambda pair: pair[0].start,
    )
    merged = [item for item, _ in tagged]
    return [
        _as_stated(text, merged, index) if hijri else item
        for index, (item, hijri) in enumerate(tagged)
    ]


_WEEKDAY_GAP: Final = compile_pattern(r"[ \t]*,?[ \t]*")
"""Between a weekday and the date it names: "Sunday, 22nd of …"."""


def _weekday_before(text: str, item: Found, days: dict[int, int]) -> int | None:
    """The index of the Hijri day ``item`` stands before as its bare weekday, or None.

    ``days``: the Hijri days by where they start.
    """
    spec = item.meaning.relative
    if spec is None or spec.unit != "weekday" or spec.offset != 0:
        return None
    gap = _WEEKDAY_GAP.match(text, item.end)
    return None if gap is None else days.get(gap.end())


_MAX_SHIFT: Final = datetime.timedelta(days=2)
"""How far the stated Gregorian day may be from the tables' (sighting, time zones)."""


@functools.cache
def _link() -> re.Pattern[str]:
    links = "|".join(re.escape(link) for link in sorted(hijri_links(), key=len, reverse=True))
    return compile_pattern(rf"[\s,;(\[–—-]*(?:(?:{links})[\s,(\[]*)?", re.IGNORECASE)


def _as_stated(text: str, items: list[Found], index: int) -> Found:
    """The Hijri date at ``items[index]`` with the Gregorian day the text gives beside it.

    "Thursday, 4 September 2025 (11 Rabi' al-Awwal 1447 AH)": the tables say 3 September,
    the document 4; a reader checks the document. A range of days beside its stated range
    takes it too.
    """
    item = items[index]
    neighbours = [
        (items[index - 1], items[index - 1].end, item.start) if index > 0 else None,
        (items[index + 1], item.end, items[index + 1].start) if index + 1 < len(items) else None,
    ]
    for neighbour in neighbours:
        if neighbour is None:
            continue
        other, gap_start, gap_end = neighbour
        # "6-7 Rabiul Awwal 1429 H (13-14 March 2008)": a range beside its stated range.
        if (
            other.meaning.kind == item.meaning.kind
            and item.meaning.kind in ("date", "range")
            and other.meaning.value is not None
            and item.meaning.value is not None
            and _link().fullmatch(text, gap_start, gap_end) is not None
            and all(
                _close(mine, theirs)
                for mine, theirs in zip(
                    item.meaning.value.split("/"), other.meaning.value.split("/"), strict=False
                )
            )
            and item.meaning.value.count("/") == other.meaning.value.count("/")
        ):
            return attrs.evolve(item, meaning=attrs.evolve(item.meaning, value=other.meaning.value))
    return item


def _close(value: str | None, other: str) -> bool:
    try:
        first, second = datetime.date.fromisoformat(value or ""), datetime.date.fromisoformat(other)
    except ValueError:
        return False
    return abs(first - second) <= _MAX_SHIFT


_LOOSE: Final = compile_pattern(r"['’ʿʾ‘`]|[\s-]+")


@functools.cache
def _months_by_key() -> dict[str, int]:
    """Each month spelling's loose key and its number, built once."""
    return {_key(name): number for name, number in hijri_months().items()}


def _key(name: str) -> str:
    """A spelling with apostrophes dropped and hyphens and spaces as one space, folded."""
    return _LOOSE.sub(lambda m: "" if m.group()[0] in "'’ʿʾ‘`" else " ", name).casefold()
