"""Turn a grammar match into a kind and an ISO value, or a relative specification."""

from __future__ import annotations

import datetime
import functools
from typing import TYPE_CHECKING, Final, Literal

import attrs

from communique.temporal.vocabulary import DateVocabulary, RelativeRule
from communique.wordtrie import phrase_key

if TYPE_CHECKING:
    import re

    from communique.model import DateKind

__all__ = ["Interpretation", "RelativeSpec", "interpret"]

Direction = Literal["past", "next", "auto"]

_DAY_RANGES: Final = frozenset({"range_days", "range_between_days", "range_month_days"})


@attrs.frozen
class RelativeSpec:
    """What a relative expression needs to be resolved once its anchor is known."""

    unit: Literal["day", "week", "month", "year", "weekday", "month_name", "day_month"]
    offset: int = 0
    reference: Literal["deictic", "anaphoric"] = "deictic"
    event_link: bool = False
    weekday: int | None = None
    month: int | None = None
    day: int | None = None
    direction: Direction = "auto"


@attrs.frozen
class Interpretation:
    """The meaning of one match: an absolute value, or a relative spec to resolve later."""

    kind: DateKind
    value: str | None
    relative: RelativeSpec | None = None
    timezone: str | None = None
    year_needs_context: bool = False
    """A bare four-digit number: the caller decides from its neighbours whether it is a year."""


class _Groups:
    """The named groups of one match; ``need`` raises ValueError for a missing one."""

    __slots__ = ("_match", "_names")

    def __init__(self, match: re.Match[str]) -> None:
        # Reading groups one by one beats building a dict of the grammar's ~100 groups.
        self._match = match
        self._names = match.re.groupindex

    def __call__(self, name: str) -> str | None:
        return self._match.group(name) if name in self._names else None

    def need(self, *names: str) -> str:
        """The first of ``names`` that matched."""
        for name in names:
            value = self(name)
            if value:
                return value
        raise ValueError(f"none of {names} matched")


def interpret(match: re.Match[str], vocab: DateVocabulary) -> Interpretation | None:
    """Return the meaning of ``match``, or None when its numbers are not a real date."""
    get = _Groups(match)
    # The top-level alternative closes last, so it is the match's last group.
    alternative = match.lastgroup
    try:
        if alternative in _DAY_RANGES:
            return _day_range(get, vocab)
        if alternative == "range_months":
            return _month_range(get, vocab)
        if alternative == "range_years":
            return _year_range(get)
        if alternative == "open_until":
            return Interpretation("range", f"../{get.need('ou_y')}")
        if alternative == "full_date":
            day = _iso_day(
                get.need("fd_y", "fd_y2"),
                _month(get.need("fd_m", "fd_m2"), vocab),
                get.need("fd_d", "fd_d2"),
            )
            return Interpretation("date", day)
        if alternative == "numeric_date":
            # Day first, as in French, British and international usage.
            day = _iso_day(
                get.need("nd_y", "nd_y2"), int(get.need("nd_m", "nd_m2")), get.need("nd_d", "nd_d2")
            )
            return Interpretation("date", day)
        if alternative == "iso_month":
            return Interpretation("month", f"{get.need('im_y')}-{get.need('im_m')}")
        if alternative == "month_year":
            return Interpretation("month", f"{get.need('my_y')}-{_month(get('my_m'), vocab):02d}")
        if alternative == "time":
            return _time(get, vocab)
        return _relative(alternative, get, vocab)
    except ValueError:
        return None


def _month(form: str | None, vocab: DateVocabulary) -> int:
    if form is None:
        raise ValueError("no month")
    return vocab.months[form.rstrip(".").casefold()]


def _iso_day(year: str, month: int, day: str) -> str:
    return datetime.date(int(year), month, int(day)).isoformat()


def _day_range(get: _Groups, vocab: DateVocabulary) -> Interpretation:
    if get("rm_m"):
        month = _month(get("rm_m"), vocab)
        start, end = (_iso_day(get.need("rm_y"), month, get.need(f"rm_d{n}")) for n in (1, 2))
    else:
        prefix = "rd" if get("rd_d2") else "rb"
        month2 = _month(get(f"{prefix}_m2"), vocab)
        month1 = _month(get(f"{prefix}_m1"), vocab) if get(f"{prefix}_m1") else month2
        year2 = get.need(f"{prefix}_y2")
        start = _iso_day(get(f"{prefix}_y1") or year2, month1, get.need(f"{prefix}_d1"))
        end = _iso_day(year2, month2, get.need(f"{prefix}_d2"))
    if end <= start:
        raise ValueError("range ends before it starts")
    return Interpretation("range", f"{start}/{end}")


def _month_range(get: _Groups, vocab: DateVocabulary) -> Interpretation:
    year2 = get.need("rn_y2")
    month2 = _month(get("rn_m2"), vocab)
    month1 = _month(get("rn_m1") or get("rn_m1b"), vocab)
    start, end = f"{get('rn_y1') or year2}-{month1:02d}", f"{year2}-{month2:02d}"
    if end <= start:
        raise ValueError("range ends before it starts")
    return Interpretation("range", f"{start}/{end}")


def _year_range(get: _Groups) -> Interpretation:
    start = get.need("ry_a", "ry_a2", "ry_a3")
    short = get("ry_b2")
    end = start[:2] + short if short else get.need("ry_b", "ry_b1")
    if not int(start) < int(end) <= int(start) + 100:
        raise ValueError("not a period of years")
    return Interpretation("range", f"{start}/{end}")


def _time(get: _Groups, vocab: DateVocabulary) -> Interpretation:
    hour = int(get.need("t_h", "t_h2", "t_h3"))
    minute = int(get("t_m") or get("t_m2") or 0)
    meridiem = (get("t_ap") or get("t_ap3") or "").replace(".", "").lower()
    if meridiem:
        if hour > 12:
            raise ValueError("24-hour time with am/pm")
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    zone = get("t_zone")
    timezone = _zone(zone, vocab) if zone else None
    return Interpretation("time", f"{hour:02d}:{minute:02d}", timezone=timezone)


def _zone(phrase: str, vocab: DateVocabulary) -> str | None:
    folded = phrase_key(phrase)
    return next((z for p, z in vocab.timezones.items() if p.casefold() == folded), None)


def _relative(
    alternative: str | None, get: _Groups, vocab: DateVocabulary
) -> Interpretation | None:
    if alternative == "day_month":
        day = int(get.need("dm_d", "dm_d2"))
        month = _month(get("dm_m") or get("dm_m2"), vocab)
        datetime.date(2000, month, day)  # a leap year: accepts 29 February
        return Interpretation("relative", None, RelativeSpec("day_month", month=month, day=day))
    if alternative == "weekday":
        weekday = vocab.weekdays[get.need("wd_w").casefold()]
        direction = _direction(get("wd_q1") or get("wd_q2"), vocab)
        spec = RelativeSpec("weekday", weekday=weekday, direction=direction)
        return Interpretation("relative", None, spec)
    if alternative == "month_in":
        month = _month(get("mi_m"), vocab)
        spec = RelativeSpec("month_name", month=month, direction=_direction(get("mi_q"), vocab))
        return Interpretation("relative", None, spec)
    if alternative == "relative":
        rule = _relative_rule(get.need("relative"), vocab)
        return None if rule is None else Interpretation("relative", None, _spec_of(rule))
    return Interpretation("year", get.need("yr_y"), year_needs_context=True)


def _direction(qualifier: str | None, vocab: DateVocabulary) -> Direction:
    if not qualifier:
        return "auto"
    return "past" if phrase_key(qualifier) in _past_words(vocab) else "next"


@functools.cache
def _past_words(vocab: DateVocabulary) -> frozenset[str]:
    return frozenset(phrase_key(w) for w in vocab.word_list("past_words"))


def _relative_rule(text: str, vocab: DateVocabulary) -> RelativeRule | None:
    return _rules_by_phrase(vocab).get(phrase_key(text))


@functools.cache
def _rules_by_phrase(vocab: DateVocabulary) -> dict[str, RelativeRule]:
    """Each relative phrase's rule (the first listed when a phrase is listed twice)."""
    rules: dict[str, RelativeRule] = {}
    for rule in vocab.relative:
        for phrase in rule.phrases:
            rules.setdefault(phrase_key(phrase), rule)
    return rules


def _spec_of(rule: RelativeRule) -> RelativeSpec:
    return RelativeSpec(rule.unit, rule.offset, rule.reference, rule.event_link)
