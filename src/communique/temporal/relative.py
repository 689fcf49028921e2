"""Resolve a relative expression against an anchor, at the expression's own precision."""

from __future__ import annotations

import calendar
import datetime
from typing import TYPE_CHECKING, Final

import attrs

from communique.records import shared_repr
from communique.temporal.holidays import holiday_date
from communique.temporal.monthdays import month_week, nth_weekday

if TYPE_CHECKING:
    from communique.model import DateAnchor
    from communique.temporal.values import RelativeSpec

__all__ = ["Anchor", "Resolution", "resolve"]

_DAY_NEEDING: Final = frozenset(
    {
        "minute",
        "hour",
        "day",
        "weekend",
        "week",
        "weekday",
        "weekday_range",
        "phrase",
        "day_span",
        "week_span",
    }
)
"""Units resolved only against a whole day."""
_DAY_PARTS: Final = 3
_DAYS_AFTER_DATED: Final = 7
"""Days after a dated text within which a past sentence's year-less day still falls."""


@shared_repr
@attrs.frozen(repr=False)
class Anchor:
    """A known point in time: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``, and where it came from."""

    value: str
    source: DateAnchor
    text: str | None = None

    @property
    def precision(self) -> int:
        """1 for a year, 2 for a month, 3 for a day."""
        return self.value.count("-") + 1


@shared_repr
@attrs.frozen(repr=False)
class Resolution:
    """The resolved value (None when the anchor is too coarse) and the anchor used."""

    value: str | None
    anchor: Anchor | None


def resolve(spec: RelativeSpec, anchor: Anchor | None, *, future: bool = False) -> Resolution:
    """Resolve ``spec`` against ``anchor``.

    >>> from communique.temporal.values import RelativeSpec
    >>> resolve(RelativeSpec("month", offset=-1), Anchor("2023-05", "document")).value
    '2023-04'
    >>> resolve(RelativeSpec("day", offset=-1), Anchor("2023-05", "document")).value is None
    True
    """
    if anchor is None:
        return Resolution(None, None)
    needed = 3 if spec.unit in _DAY_NEEDING else 2 if spec.unit not in {"year", "year_span"} else 1
    if anchor.precision < needed:
        return Resolution(None, anchor)
    parts = [int(p) for p in anchor.value.split("-")]
    resolver = _RESOLVERS[spec.unit]
    try:
        return Resolution(resolver(spec, parts, future), anchor)
    except (ValueError, OverflowError):
        return Resolution(None, anchor)


def _span_offsets(spec: RelativeSpec) -> tuple[int, int]:
    """The first and last units of a span counted from the anchor's own, which it leaves out.

    >>> from communique.temporal.values import RelativeSpec
    >>> _span_offsets(RelativeSpec("year_span", offset=-2))
    (-2, -1)
    >>> _span_offsets(RelativeSpec("day_span", offset=3))
    (1, 3)
    """
    return (spec.offset, -1) if spec.offset < 0 else (1, spec.offset)


def _day_span(spec: RelativeSpec, parts: list[int], _: bool) -> str:
    """Whole days before or after the anchor day: "the last two days" ends the day before."""
    anchor = datetime.date(*parts)
    first, last = (anchor + datetime.timedelta(days=d) for d in _span_offsets(spec))
    return f"{first.isoformat()}/{last.isoformat()}"


def _week_span(spec: RelativeSpec, parts: list[int], _: bool) -> str:
    """Whole ISO weeks before or after the anchor's: "the next three weeks" from next week."""
    ends = (_week(attrs.evolve(spec, offset=o), parts, False) for o in _span_offsets(spec))
    return "/".join(ends)


def _month_span(spec: RelativeSpec, parts: list[int], _: bool) -> str:
    """Whole months before or after the anchor's: « les trois derniers mois »."""
    ends = (_month(attrs.evolve(spec, offset=o), parts, False) for o in _span_offsets(spec))
    return "/".join(ends)


def _year_span(spec: RelativeSpec, parts: list[int], _: bool) -> str:
    """Whole years before or after the anchor's: "over the past two years" (``2011/2012``)."""
    first, last = _span_offsets(spec)
    return f"{parts[0] + first:04d}/{parts[0] + last:04d}"


def _hour(spec: RelativeSpec, parts: list[int], _: bool) -> str:
    """The day "il y a deux heures" falls on, counted from the anchor day's noon."""
    noon = datetime.datetime.combine(datetime.date(*parts), datetime.time(12))
    return (noon + datetime.timedelta(hours=spec.offset)).date().isoformat()


def _minute(spec: RelativeSpec, parts: list[int], _: bool) -> str:
    """The day "il y a 40 minutes" falls on, counted from the anchor day's noon."""
    noon = datetime.datetime.combine(datetime.date(*parts), datetime.time(12))
    return (noon + datetime.timedelta(minutes=spec.offset)).date().isoformat()


def _day(spec: RelativeSpec, parts: list[int], _: bool) -> str:
    return (datetime.date(*parts) + datetime.timedelta(days=spec.offset)).isoformat()


def _weekend(spec: RelativeSpec, parts: list[int], future: bool) -> str:
    """Saturday and Sunday: the last weekend, the next one, or (offset 0) by the tense.

    "ce week-end", "over the weekend": the one under way, else the coming one in a future
    clause and the one just past otherwise (communiqués mostly report).
    """
    anchor = datetime.date(*parts)
    saturday = anchor + datetime.timedelta(days=5 - anchor.weekday())  # this week's
    if anchor.weekday() < 5 and (spec.offset < 0 or (spec.offset == 0 and not future)):
        saturday -= datetime.timedelta(weeks=1)
    elif anchor.weekday() >= 5 and spec.offset != 0:
        saturday += datetime.timedelta(weeks=spec.offset)
    sunday = saturday + datetime.timedelta(days=1)
    return f"{saturday.isoformat()}/{sunday.isoformat()}"


def _week(spec: RelativeSpec, parts: list[int], _: bool) -> str:
    year, week, _day_of_week = (
        datetime.date(*parts) + datetime.timedelta(weeks=spec.offset)
    ).isocalendar()
    return f"{year}-W{week:02d}"


def _month(spec: RelativeSpec, parts: list[int], _: bool) -> str:
    index = parts[0] * 12 + parts[1] - 1 + spec.offset
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _month_shift(spec: RelativeSpec, parts: list[int], _: bool) -> str:
    """The same day ``offset`` months away ("il y a trois mois"), the month's last day at most.

    An anchor known to the month alone gives the month.
    """
    month = _month(spec, parts, False)
    if len(parts) < _DAY_PARTS:
        return month
    year, number = int(month[:4]), int(month[5:])
    return datetime.date(
        year, number, min(parts[2], calendar.monthrange(year, number)[1])
    ).isoformat()


def _quarter(spec: RelativeSpec, parts: list[int], _: bool) -> str:
    """A quarter from the anchor's own: "next quarter" is its three months, as a range."""
    index = parts[0] * 4 + (parts[1] - 1) // 3 + spec.offset
    year, first = index // 4, index % 4 * 3 + 1
    return f"{year:04d}-{first:02d}/{year:04d}-{first + 2:02d}"


def _year(spec: RelativeSpec, parts: list[int], _: bool) -> str:
    return f"{parts[0] + spec.offset:04d}"


def _weekday(spec: RelativeSpec, parts: list[int], future: bool) -> str:
    anchor = datetime.date(*parts)
    if spec.weekday is None:
        raise ValueError("weekday missing")
    if spec.direction == "current":  # "this Friday", "Friday next week": in a given week
        days = spec.weekday - anchor.weekday() + 7 * spec.offset
        return (anchor + datetime.timedelta(days=days)).isoformat()
    ahead = (spec.weekday - anchor.weekday()) % 7
    behind = (anchor.weekday() - spec.weekday) % 7
    if spec.direction == "past":
        behind = behind or 7
    if spec.direction == "next":
        return (anchor + datetime.timedelta(days=ahead or 7)).isoformat()
    if spec.direction == "coming":  # « lundi en huit »: the coming Monday, a week on
        return (anchor + datetime.timedelta(days=ahead + 7 * spec.offset)).isoformat()
    if spec.direction == "nearest":  # « le sommet de samedi »: the closer one, either way
        days = ahead if ahead <= behind else -behind
        return (anchor + datetime.timedelta(days=days)).isoformat()
    if spec.direction == "deadline" or (spec.direction == "auto" and future):
        return (anchor + datetime.timedelta(days=ahead)).isoformat()
    # Communiqués mostly report what happened: "ont déclaré vendredi" is the last Friday.
    return (anchor - datetime.timedelta(days=behind)).isoformat()


def _weekday_range(spec: RelativeSpec, parts: list[int], future: bool) -> str:
    """From a weekday placed as alone ("from Monday") to the next given one after it."""
    if spec.end_day is None:
        raise ValueError("last weekday missing")
    start = datetime.date.fromisoformat(_weekday(spec, parts, future))
    end = start + datetime.timedelta(days=(spec.end_day - start.weekday()) % 7 or 7)
    return f"{start.isoformat()}/{end.isoformat()}"


def _month_name(spec: RelativeSpec, parts: list[int], future: bool) -> str:
    if spec.month is None:
        raise ValueError("month missing")
    year, month = parts[0], parts[1]
    if spec.direction == "current":
        return f"{year:04d}-{spec.month:02d}"
    here = year * 12 + month - 1
    candidates = [(y * 12 + spec.month - 1) for y in (year - 1, year, year + 1)]
    chosen = _choose(candidates, here, spec, future)
    return f"{chosen // 12:04d}-{chosen % 12 + 1:02d}"


_SLIP_REACH: Final = 31
"""Days from the anchor within which a day and month whose weekday is wrong is still that day."""
_YEAR_SLIP: Final = 183
"""Days from the anchor past which the year its weekday points to is too far for a slip."""


def _day_month(spec: RelativeSpec, parts: list[int], future: bool) -> str:
    if spec.month is None or spec.day is None:
        raise ValueError("day or month missing")
    if spec.direction == "current" and spec.offset:
        # "4 February last year": the year said, counted from the anchor's
        return datetime.date(parts[0] + spec.offset, spec.month, spec.day).isoformat()
    if len(parts) == 2 and spec.month == parts[1] and spec.weekday is None:
        # A text dated "February 2023" places "25 February" in that month, wherever the
        # day falls in it.
        return datetime.date(parts[0], spec.month, spec.day).isoformat()
    here = datetime.date(parts[0], parts[1], parts[2] if len(parts) > 2 else 15).toordinal()
    dates = []
    for year in (parts[0] - 1, parts[0], parts[0] + 1):
        try:
            dates.append(datetime.date(year, spec.month, spec.day).toordinal())
        except ValueError:  # 29 February of a common year
            continue
    # "samedi 14 février": the year in which that day is a Saturday, when one of them is;
    # not a year away when the day is within a month of the anchor ("Rappelons que le lundi
    # 1er mars …" in a text of Wednesday 2 March whose 1 March is a Tuesday): a slip.
    named = [d for d in dates if spec.weekday is not None and (d - 1) % 7 == spec.weekday]
    near = [d for d in dates if abs(d - here) <= _SLIP_REACH]
    if len(named) == 1 and not (near and abs(named[0] - here) > _YEAR_SLIP):
        return datetime.date.fromordinal(named[0]).isoformat()
    if spec.direction == "recent" and not future and len(parts) > 2:
        # A past sentence's day a few days after a dated text ("… launched on January 30"
        # in a readout dated January 27) is that one, not the same day a year before.
        soon = [d for d in dates if 0 < d - here <= _DAYS_AFTER_DATED]
        if soon:
            return datetime.date.fromordinal(soon[0]).isoformat()
    return datetime.date.fromordinal(_choose(dates, here, spec, future)).isoformat()


def _holiday(spec: RelativeSpec, parts: list[int], future: bool) -> str:
    """A named day without its year ("à Noël", "after Easter"), placed like "le 25 décembre"."""
    if spec.phrase is None:
        raise ValueError("rule missing")
    if spec.year_offset is not None:  # "Christmas last year": that year's
        return holiday_date(spec.phrase, parts[0] + spec.year_offset).isoformat()
    here = datetime.date(parts[0], parts[1], parts[2] if len(parts) > 2 else 15).toordinal()
    days = [holiday_date(spec.phrase, y).toordinal() for y in range(parts[0] - 1, parts[0] + 2)]
    return datetime.date.fromordinal(_choose(days, here, spec, future)).isoformat()


def _day_week(spec: RelativeSpec, parts: list[int], future: bool) -> str:
    """The ISO week of a day placed like "le 8 décembre": "la semaine du 8 décembre"."""
    day = datetime.date.fromisoformat(_day_month(spec, parts, future))
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _day_range(spec: RelativeSpec, parts: list[int], future: bool) -> str:
    """A day range without a year: the first day placed like "le 4 octobre", the last after."""
    start = datetime.date.fromisoformat(_day_month(spec, parts, future))
    if spec.end_month is None or spec.end_day is None:
        raise ValueError("end missing")
    end = datetime.date(start.year, spec.end_month, spec.end_day)
    if end <= start:
        end = datetime.date(start.year + 1, spec.end_month, spec.end_day)
    return f"{start.isoformat()}/{end.isoformat()}"


def _month_range(spec: RelativeSpec, parts: list[int], future: bool) -> str:
    """A month range without a year: the first month placed like "en mars", the last after."""
    start = _month_name(spec, parts, future)
    if spec.end_month is None:
        raise ValueError("end missing")
    year = int(start[:4]) + (1 if spec.end_month < int(start[5:]) else 0)
    return f"{start}/{year:04d}-{spec.end_month:02d}"


def _month_week(spec: RelativeSpec, parts: list[int], future: bool) -> str:
    """The ISO week that starts on the month's n-th Monday (``day``; -1 for the last one)."""
    if spec.day is None:
        raise ValueError("rank missing")
    if spec.month is None:  # "la deuxième semaine du mois prochain"
        year, month_index = divmod(parts[0] * 12 + parts[1] - 1 + spec.offset, 12)
        return month_week(year, month_index + 1, spec.day)
    month = _month_name(spec, parts, future)
    return month_week(int(month[:4]), int(month[5:]), spec.day)


def _month_weekday(spec: RelativeSpec, parts: list[int], future: bool) -> str:
    """The weekday of "le premier vendredi de juillet", in the month placed like "en juillet".

    Without a month named, of the anchor's month shifted: "the first Friday of next month".
    """
    if spec.weekday is None or spec.day is None:
        raise ValueError("weekday or rank missing")
    if spec.month is None:
        year, month = divmod(parts[0] * 12 + parts[1] - 1 + spec.offset, 12)
        return nth_weekday(year, month + 1, spec.weekday, spec.day).isoformat()
    year = int(_month_name(spec, parts, future)[:4])
    return nth_weekday(year, spec.month, spec.weekday, spec.day).isoformat()


def _month_days(spec: RelativeSpec, parts: list[int], _: bool) -> str:
    """Days of the anchor's month, shifted: "le 15 du mois prochain", "from 4 to 22 this month"."""
    if spec.day is None:
        raise ValueError("day missing")
    index = parts[0] * 12 + parts[1] - 1 + spec.offset
    year, month = index // 12, index % 12 + 1
    first = datetime.date(year, month, spec.day).isoformat()
    if spec.end_day is None:
        return first
    return f"{first}/{datetime.date(year, month, spec.end_day).isoformat()}"


def _day_of_month(spec: RelativeSpec, parts: list[int], future: bool) -> str:
    """The day of "le 25": in the anchor's month, or the next or last one by the tense.

    Ahead of a day anchor in a future clause, the next month's; behind it in a past one, the
    last month's.
    """
    if spec.day is None:
        raise ValueError("day missing")
    index = parts[0] * 12 + parts[1] - 1
    ahead = 1 if future else -1 if spec.direction == "recent" else 0
    # A past sentence's day past the anchor's day is last month's first, a future one's
    # before it next month's: the anchor's month comes after them.
    late = len(parts) > 2 and (
        (ahead < 0 and spec.day > parts[2]) or (ahead > 0 and spec.day < parts[2])
    )
    named = (
        None
        if spec.weekday is None
        else _month_with_weekday(spec.day, spec.weekday, index, ahead, anchor_last=late)
    )
    if named is not None:  # "samedi 25": the nearest month where the 25th is a Saturday
        index = named
    elif len(parts) > 2 and spec.direction != "current":
        if spec.day < parts[2] and future:
            index += 1
        elif spec.day > parts[2] and spec.direction == "recent" and not future:
            index -= 1
    start = datetime.date(index // 12, index % 12 + 1, spec.day)
    if spec.end_day is None:
        return start.isoformat()
    # "du vendredi 30 au lundi 2": the last day in the month after.
    index += 1 if spec.end_day <= spec.day else 0
    end = datetime.date(index // 12, index % 12 + 1, spec.end_day)
    return f"{start.isoformat()}/{end.isoformat()}"


_WEEKDAY_MONTH_REACH: Final = 2
"""Months searched on each side for a day that falls on its weekday: farther, the weekday is
more likely a slip than the month, and the day is placed as if it had none."""


def _month_with_weekday(
    day: int, weekday: int, index: int, ahead: int = 0, *, anchor_last: bool = False
) -> int | None:
    """The month (``year * 12 + month - 1``) nearest ``index`` whose ``day`` is ``weekday``.

    ``ahead``: 1 in a future sentence, the nearest from the anchor's month on ("will come on
    Thursday the 15th"); -1 in a past one, the nearest up to it; 0 the nearest either side,
    the later when two are as near. None when no month within reach has it.
    ``anchor_last``: the anchor's month is tried after those on the tense's side.
    """
    reach = range(1, _WEEKDAY_MONTH_REACH + 1)
    if ahead:
        sided = [ahead * k for k in reach]
        shifts = [*sided, 0] if anchor_last else [0, *sided]
        shifts += [-ahead * k for k in reach]
    else:
        shifts = [0, *(s for k in reach for s in (k, -k))]
    for shift in shifts:
        year, month = divmod(index + shift, 12)
        try:
            if datetime.date(year, month + 1, day).weekday() == weekday:
                return index + shift
        except ValueError:  # no 31st that month
            continue
    return None


def _period(spec: RelativeSpec, parts: list[int], future: bool) -> str:
    """A part of the anchor's year, or of the year before or after: ``2024-07/2024-12``.

    The coming one when the text places its event in it, in the future, after it is over
    ("deliveries will begin in the first quarter" in December: ``coming``); in the past
    before it has begun ("trade fell in the third quarter" in March), the last year's.
    """
    if spec.month is None or spec.end_month is None:
        raise ValueError("months missing")
    year = parts[0] + spec.offset
    if not spec.offset and len(parts) > 1:
        if spec.direction == "coming" and spec.end_month < parts[1]:
            year += 1
        elif spec.direction == "recent" and not future and spec.month > parts[1]:
            year -= 1
    if spec.month == spec.end_month:  # "January last year": one month
        return f"{year:04d}-{spec.month:02d}"
    return f"{year:04d}-{spec.month:02d}/{year:04d}-{spec.end_month:02d}"


def _season(spec: RelativeSpec, parts: list[int], future: bool) -> str:
    """The last season ended before the anchor, the next one begun after it, or this one.

    "This winter" with no direction is the one under way, else the nearest; told in the
    future ("the commission will meet in winter", in May), the one to come.
    """
    if spec.month is None or spec.end_month is None:
        raise ValueError("months missing")
    here = parts[0] * 12 + parts[1] - 1
    span = (spec.end_month - spec.month) % 12
    starts = [y * 12 + spec.month - 1 for y in range(parts[0] - 2, parts[0] + 2)]
    if spec.direction == "past":
        start = max(s for s in starts if s + span < here)
    elif spec.direction == "next":
        start = min(s for s in starts if s > here)
    elif future and not any(s <= here <= s + span for s in starts):
        start = min(s for s in starts if s > here)  # « se réunira en hiver »: the coming one
    else:  # "cet été": the one under way, else the nearest
        start = min(starts, key=lambda s: 0 if s <= here <= s + span else abs(s - here))
    end = start + span
    return f"{start // 12:04d}-{start % 12 + 1:02d}/{end // 12:04d}-{end % 12 + 1:02d}"


def _phrase(spec: RelativeSpec, parts: list[int], future: bool) -> str:
    from communique.temporal.fallback import normalise

    if spec.phrase is None or spec.language is None:
        raise ValueError("no phrase")
    value = normalise(spec.phrase, spec.language, datetime.date(*parts), future=future)
    if value is None:
        raise ValueError("dateparser has no value")
    return value


def _choose(candidates: list[int], here: int, spec: RelativeSpec, future: bool) -> int:
    """Pick among occurrences: the past or next one when the text says so, else the nearest."""
    if spec.direction == "current":  # "le 26 octobre courant": the anchor's own year
        year = datetime.date.fromordinal(here).year
        return next(c for c in candidates if datetime.date.fromordinal(c).year == year)
    if spec.direction == "past":
        return max(c for c in candidates if c < here)
    if spec.direction == "recent" and not future:
        return max(c for c in candidates if c <= here)
    if spec.direction == "next" or future:
        return min(c for c in candidates if c >= here)
    if spec.direction == "deadline":
        # A deadline is mostly ahead; one just past is still the one reported.
        return min(candidates, key=lambda c: (c - here) / 2 if c >= here else here - c)
    return min(candidates, key=lambda c: (abs(c - here), c > here))


_RESOLVERS = {
    "minute": _minute,
    "hour": _hour,
    "day": _day,
    "weekend": _weekend,
    "week": _week,
    "month": _month,
    "month_shift": _month_shift,
    "quarter": _quarter,
    "year": _year,
    "weekday": _weekday,
    "weekday_range": _weekday_range,
    "month_name": _month_name,
    "day_month": _day_month,
    "holiday": _holiday,
    "day_week": _day_week,
    "day_range": _day_range,
    "month_range": _month_range,
    "period": _period,
    "month_week": _month_week,
    "month_weekday": _month_weekday,
    "month_days": _month_days,
    "day_of_month": _day_of_month,
    "season": _season,
    "phrase": _phrase,
    "day_span": _day_span,
    "week_span": _week_span,
    "month_span": _month_span,
    "year_span": _year_span,
}
