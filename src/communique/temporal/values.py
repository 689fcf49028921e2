"""Turn a grammar match into a kind and an ISO value, or a relative specification."""

from __future__ import annotations

import calendar
import datetime
import functools
import re
from typing import TYPE_CHECKING, Final, Literal

import attrs

from communique.lexicon.dates import DateVocabulary, RelativeRule, Unit
from communique.patterncache import compile_pattern
from communique.records import shared_repr
from communique.temporal.context import previous_token
from communique.temporal.holidays import holiday_date
from communique.temporal.monthdays import month_week, nth_weekday
from communique.wordtrie import phrase_key

if TYPE_CHECKING:
    from communique.model import DateKind

__all__ = ["Interpretation", "RelativeSpec", "bound_of", "interpret"]

Direction = Literal["past", "next", "auto", "recent", "current", "deadline", "coming", "nearest"]
"""``recent``: on or before the anchor, for a sentence in the past tense; ``deadline``: the
nearest, the one ahead counting half its distance ("before the end of June"); ``coming``:
a weekday on or after the anchor, ``offset`` weeks later (« lundi en huit »); ``nearest``: the
weekday closest to the anchor, before or after it (« le sommet de samedi »)."""
Bound = Literal["from", "until"]

_DAY_RANGES: Final = frozenset({"range_days", "range_between_days", "range_month_days"})


@shared_repr
@attrs.frozen(repr=False)
class RelativeSpec:
    """What a relative expression needs to be resolved once its anchor is known."""

    unit: Literal[
        "minute",
        "hour",
        "day",
        "weekend",
        "week",
        "month",
        "quarter",
        "year",
        "weekday",
        "weekday_range",
        "month_name",
        "day_month",
        "day_week",
        "day_range",
        "month_range",
        "period",
        "season",
        "month_week",
        "month_weekday",
        "month_days",
        "day_of_month",
        "holiday",
        "phrase",
        "month_shift",
        "day_span",
        "week_span",
        "month_span",
        "year_span",
    ]
    offset: int = 0
    reference: Literal["deictic", "anaphoric"] = "deictic"
    event_link: bool = False
    needs_antecedent: bool = False
    """Whether only a date told before it can anchor it ("un an après," alone is no date)."""
    weekday: int | None = None
    month: int | None = None
    day: int | None = None
    direction: Direction = "auto"
    end_month: int | None = None
    """For a day range without a year ("du 4 au 6 octobre"): the month of its last day."""
    end_day: int | None = None
    """For a day range: its last day; for a weekday range: its last weekday (Monday 0)."""
    phrase: str | None = None
    """For ``phrase``: text the grammar knows is temporal but leaves to the fallback; for
    ``holiday``: the named day's rule ("12-25", "easter+1")."""
    year_offset: int | None = None
    """For ``holiday``: its year counted from the anchor's ("Christmas last year": -1)."""
    language: str | None = None
    """For ``phrase``: the language dateparser reads it in."""


@shared_repr
@attrs.frozen(repr=False)
class Interpretation:
    """The meaning of one match: an absolute value, or a relative spec to resolve later."""

    kind: DateKind
    value: str | None
    relative: RelativeSpec | None = None
    timezone: str | None = None
    year_needs_context: bool = False
    """A bare four-digit number: the caller decides from its neighbours whether it is a year."""
    bound: Bound | None = None
    """An open interval: ``from`` ("depuis mars 2021" → ``2021-03/..``) or ``until``."""
    month_first: str | None = None
    """For a numeric date such as "4/7/2022": its value read month first (US order)."""


class _Groups:
    """The named groups of one match; ``need`` raises ValueError for a missing one."""

    __slots__ = ("_match", "_names")

    def __init__(self, match: re.Match[str]) -> None:
        # Reading groups one by one beats building a dict of the grammar's ~100 groups.
        self._match = match
        self._names = match.re.groupindex

    def __call__(self, name: str) -> str | None:
        return self._match.group(name) if name in self._names else None

    def word_before(self) -> str:
        """The word just before the match, case-folded ("ce" before "vendredi")."""
        return previous_token(self._match.string, self._match.start())[0].casefold()

    def bracketed(self) -> bool:
        """Whether brackets enclose the match alone: "(2003-06)"."""
        text, start, end = self._match.string, self._match.start(), self._match.end()
        return text[start - 1 : start] == "(" and text[end : end + 1] == ")"

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
    alternative = match.lastgroup or ""
    if alternative in _DAY_RANGES:
        alternative = "day_range"
    reader = _READERS.get(alternative)
    try:
        return reader(get, vocab) if reader else _relative(alternative, get, vocab)
    except ValueError:
        return None


def _full_date(get: _Groups, vocab: DateVocabulary) -> Interpretation:
    quoted = get("fd_m3") or get("fd_m4")  # another language's month, first or after the day
    if quoted:
        day = _day(get.need("fd_d3", "fd_d4"), vocab)
        return Interpretation(
            "date", _iso_day(get.need("fd_y3", "fd_y4"), _quoted_month(quoted, vocab), day)
        )
    month = _month(get.need("fd_m", "fd_m2"), vocab)
    day = _day(get.need("fd_d", "fd_d2"), vocab)
    return Interpretation("date", _iso_day(get.need("fd_y", "fd_y2"), month, day))


def _spelled_date(get: _Groups, vocab: DateVocabulary) -> Interpretation:
    """A date with its year in words: "le quinze mai deux mille vingt-cinq" → 2025-05-15."""
    units = get("sd_u")
    year = vocab.spelled_years[phrase_key(get.need("sd_t"))]
    year += vocab.year_units[phrase_key(units)] if units else 0
    month, day = _month(get.need("sd_m"), vocab), _day(get.need("sd_d"), vocab)
    return Interpretation("date", _iso_day(str(year), month, day))


def _quoted_month(name: str, vocab: DateVocabulary) -> int:
    """The month of a name from a quoted language's vocabulary."""
    from communique.lexicon.dates import date_vocabulary

    for language in vocab.word_list("quoted_languages"):
        months = date_vocabulary(language).months
        if name.casefold() in months:
            return months[name.casefold()]
    raise ValueError(f"no month {name!r}")


_COUNT_PARTS: Final = compile_pattern(r"[-\s]+")
"""What separates the words of a spelled count ("twenty-one", "vingt et un")."""
_CENTURY_PIVOT: Final = datetime.date.today().year % 100 + 10
"""Two-digit years up to ten years ahead of today are in this century ("3.07.12": 2012)."""
_NUMERIC: Final = compile_pattern(
    r"(?P<y>\d{4})[-/.](?P<m>\d\d?)[-/.](?P<d>\d\d?)"
    r"|(?P<a>\d\d?)(?P<sep>[/.-]) ?(?P<b>\d\d?)[/.-] ?(?P<c>\d{4}|\d\d)"
)


def _numeric_date(get: _Groups, _: DateVocabulary) -> Interpretation:
    numbers = _NUMERIC.match(get.need("numeric_date"))
    if numbers is None:
        raise ValueError("not a numeric date")
    if numbers["y"]:
        return Interpretation("date", _iso_day(numbers["y"], int(numbers["m"]), numbers["d"]))
    first, second, year = int(numbers["a"]), int(numbers["b"]), numbers["c"]
    if len(year) == 2:
        # Two-digit years: this century up to a few years ahead of today, else the last one.
        year = str(int(year) + (2000 if int(year) <= _CENTURY_PIVOT else 1900))
    if second > 12:  # "12/25/2022": only month first makes a date
        return Interpretation("date", _iso_day(year, first, second))
    # Day first, as in French, British and international usage; the finder switches
    # "4/7/2022" to month first in a document that writes "April 7, 2022".
    value = _iso_day(year, second, first)
    swapped = None
    if numbers["sep"] == "/" and first <= 12:
        swapped = _iso_day(year, first, second)
    return Interpretation("date", value, month_first=swapped)


def _iso_month(get: _Groups, _: DateVocabulary) -> Interpretation:
    return Interpretation("month", f"{get.need('im_y')}-{get.need('im_m')}")


def _month_year(get: _Groups, vocab: DateVocabulary) -> Interpretation:
    return Interpretation("month", f"{get.need('my_y')}-{_month(get('my_m'), vocab):02d}")


def _open_until(get: _Groups, _: DateVocabulary) -> Interpretation:
    return Interpretation("range", f"../{get.need('ou_y')}")


def _month(form: str | None, vocab: DateVocabulary) -> int:
    if form is None:
        raise ValueError("no month")
    return vocab.months[form.rstrip(".").casefold()]


def _day(form: str, vocab: DateVocabulary) -> int:
    """A day number: digits with or without a suffix ("1er", "3rd"), or a word ("premier")."""
    digits = form[:2].rstrip("abcdefghijklmnopqrstuvwxyzᵉʳ")
    if digits.isdigit():
        return int(digits)
    return vocab.day_words[" ".join(form.casefold().split())]


def _iso_day(year: str, month: int, day: int | str) -> str:
    return datetime.date(int(year), month, int(day)).isoformat()


def _weekday_range(get: _Groups, vocab: DateVocabulary) -> Interpretation:
    """A range of two weekdays ("from Monday to Wednesday"): the first placed as alone."""
    first = vocab.weekdays[get.need("rw_w1").casefold()]
    last = vocab.weekdays[get.need("rw_w2").casefold()]
    spec = RelativeSpec("weekday_range", weekday=first, end_day=last)
    return Interpretation("range", None, spec)


def _day_range(get: _Groups, vocab: DateVocabulary) -> Interpretation:
    if get("rm_m"):
        month1 = _month(get("rm_m"), vocab)
        month2 = _month(get("rm_m2"), vocab) if get("rm_m2") else month1
        day1, day2 = _day(get.need("rm_d1"), vocab), _day(get.need("rm_d2", "rm_d3"), vocab)
        year2 = get("rm_y")
        year1 = get("rm_y1") or year2
        said = get("rm_q")
    else:
        prefix = "rd" if get("rd_d2") else "rb"
        month2 = _month(get(f"{prefix}_m2"), vocab)
        month1 = _month(get(f"{prefix}_m1"), vocab) if get(f"{prefix}_m1") else month2
        day1, day2 = _day(get.need(f"{prefix}_d1"), vocab), _day(get.need(f"{prefix}_d2"), vocab)
        year2 = get(f"{prefix}_y2")
        year1 = get(f"{prefix}_y1") or year2
        said = get(f"{prefix}_q")
    if year1 is None or year2 is None:
        if (month2, day2) == (month1, day1) or (month1 == month2 and day2 < day1):
            raise ValueError("range ends before it starts")
        datetime.date(2000, month1, day1), datetime.date(2000, month2, day2)  # leap year
        # "March 5-6 last year": the days of the year said, counted from the anchor's.
        offset = vocab.period_years[phrase_key(said)] if said else 0
        spec = RelativeSpec(
            "day_range",
            offset,
            month=month1,
            day=day1,
            end_month=month2,
            end_day=day2,
            direction="current" if said else "auto",
        )
        return Interpretation("range", None, spec)
    if (
        year1 == year2
        and (month1, day1) > (month2, day2)
        and not (get("rm_y1") or get("rd_y1") or get("rb_y1"))
    ):
        # "from 28 December to 3 January 2026": the year only at the end, the start in the
        # year before, as "from November to February 2026" has it.
        year1 = str(int(year2) - 1)
    start, end = _iso_day(year1, month1, day1), _iso_day(year2, month2, day2)
    if end <= start:
        raise ValueError("range ends before it starts")
    return Interpretation("range", f"{start}/{end}")


def _month_range(get: _Groups, vocab: DateVocabulary) -> Interpretation:
    month2 = _month(get("rn_m2"), vocab)
    month1 = _month(get("rn_m1") or get("rn_m1b"), vocab)
    year2 = get("rn_y2")
    if year2 is None:
        # "de mars à mai": placed like "en mars", the end after the start.
        if get("rn_y1") or get("rn_y1b") or month1 == month2:
            raise ValueError("not a range of months")
        spec = RelativeSpec("month_range", month=month1, end_month=month2)
        return Interpretation("range", None, spec)
    # "from November to February 2025", "novembre-février 2025": the start in the year before.
    year1 = get("rn_y1") or get("rn_y1b") or (str(int(year2) - 1) if month1 > month2 else year2)
    start, end = f"{year1}-{month1:02d}", f"{year2}-{month2:02d}"
    if end <= start:
        raise ValueError("range ends before it starts")
    return Interpretation("range", f"{start}/{end}")


def _year_range(get: _Groups, _: DateVocabulary) -> Interpretation:
    fiscal = get("ry_f3")
    if fiscal:
        last = get.need("ry_f2")
        if int(fiscal) != (int(last) + 1) % 100:
            raise ValueError("not a financial year")
        return _years(get.need("ry_f1"), str(int(last) + 1))
    start = get.need("ry_a", "ry_a2", "ry_a3", "ry_a4")
    short = get("ry_b2")
    # "(2003-06)" after a programme's name is its term, when it can be one.
    term = short is not None and get.bracketed() and int(short) > int(start[2:])
    if short and int(short) <= 12 and int(short) != (int(start) + 1) % 100 and not term:
        # "2023-05" is May 2023; "2001-02" a financial year.
        return Interpretation("month", f"{start}-{short}")
    end = start[:2] + short if short else get.need("ry_b", "ry_b1", "ry_b4")
    return _years(start, end)


def _years(start: str, end: str) -> Interpretation:
    if not int(start) < int(end) <= int(start) + 100:
        raise ValueError("not a period of years")
    return Interpretation("range", f"{start}/{end}")


def _decade(get: _Groups, _: DateVocabulary) -> Interpretation:
    """A decade, "les années 1990" or "the 1990s": the years 1990 to 1999.

    Two figures name one of the 1900s: "les années 90", "the 90s".
    """
    short = get("dc_s") or get("dc_s2")
    start = int("19" + short if short else get.need("dc_y"))
    return Interpretation("range", f"{start}/{start + 9}")


def _time(get: _Groups, vocab: DateVocabulary) -> Interpretation:
    word = get("t_w")
    spelled = get("t_hw")
    if word:  # "midi", "noon"
        hour, minute = divmod(vocab.clock_words[word], 60)
    elif spelled:  # "à quinze heures trente", "at seven thirty p.m."
        hour = vocab.hour_words[phrase_key(spelled)]
        minutes = get("t_mw") or get("t_mw2")
        minute = vocab.minute_words[phrase_key(minutes)] if minutes else 0
    else:
        hour = int(
            get.need(
                "t_h",
                "t_h2",
                "t_h3",
                "t_h4",
                "t_h6",
                "t_h7",
                "t_h8",
                "t_h9",
                "t_h10",
                "t_h11",
                "t_h12",
                "t_h13",
                "t_h14",
            )
        )
        minute = int(
            get("t_m")
            or get("t_m2")
            or get("t_m3")
            or get("t_m4")
            or get("t_m7")
            or get("t_m11")
            or get("t_m12")
            or get("t_m13")
            or get("t_m14")
            or 0
        )
    meridiem = get("t_ap") or get("t_ap3") or get("t_ap7") or get("t_apw") or get("t_apw2") or ""
    meridiem = meridiem.replace(".", "").lower()
    if meridiem:
        if hour > 12 and meridiem != "pm":
            raise ValueError("24-hour time with am")
        if hour <= 12:  # "19:05 PM" on a web page's stamp says the same twice
            hour = hour % 12 + (12 if meridiem == "pm" else 0)
    elif not word and 1 <= hour < 12 and (get("t_pm") or get("t_pm2")):
        hour += 12  # "6h du soir", "at 8 tonight"
    before, after = get("t_pre"), get("t_post")
    shift = vocab.minutes_before[phrase_key(before)] if before else 0
    shift += vocab.minutes_after[phrase_key(after)] if after else 0
    hour, minute = divmod((hour * 60 + minute + shift) % (24 * 60), 60)
    zone = get("t_zone") or get("t_zone4")
    timezone = _zone(zone, vocab) if zone else None
    return Interpretation("time", f"{hour:02d}:{minute:02d}", timezone=timezone)


def _holiday(get: _Groups, vocab: DateVocabulary) -> Interpretation:
    """A named day: its date in the year given, else the occurrence the anchor places."""
    rule = _holiday_rules(vocab)[phrase_key(get.need("ho_n"))]
    year = get("ho_y")
    if year:
        return Interpretation("date", holiday_date(rule, int(year)).isoformat())
    if shifted := get("ho_ry"):  # "Christmas last year", « Noël de l'année dernière »
        offset = vocab.period_years[phrase_key(shifted)]
        spec = RelativeSpec("holiday", phrase=rule, year_offset=offset)
        return Interpretation("relative", None, spec)
    direction = _direction(get("ho_q0") or get("ho_q"), vocab)
    return Interpretation(
        "relative", None, RelativeSpec("holiday", phrase=rule, direction=direction)
    )


@functools.cache
def _holiday_rules(vocab: DateVocabulary) -> dict[str, str]:
    """The rule of each named day by its phrase key."""
    return {phrase_key(day): rule for day, rule in vocab.holidays.items()}


def _zone(phrase: str, vocab: DateVocabulary) -> str | None:
    folded = phrase_key(phrase)
    return next((z for p, z in vocab.timezones.items() if p.casefold() == folded), None)


def _relative(
    alternative: str | None, get: _Groups, vocab: DateVocabulary
) -> Interpretation | None:
    if alternative == "numeric_day_month":
        day, month = _day_month_order(int(get.need("nd_a")), int(get.need("nd_b")), vocab)
        datetime.date(2000, month, day)  # a leap year: accepts 29 February
        return Interpretation("relative", None, RelativeSpec("day_month", month=month, day=day))
    if alternative == "day_month":
        day = _day(get.need("dm_d", "dm_d2"), vocab)
        month = _month(get("dm_m") or get("dm_m2"), vocab)
        datetime.date(2000, month, day)  # a leap year: accepts 29 February
        direction = _direction(get("dm_q"), vocab)
        named = get("dm_w") or get("dm_w2")
        weekday = vocab.weekdays[named.casefold()] if named else None
        year = get("dm_y")
        # "4 February last year": that day in the year before the anchor's.
        offset = vocab.period_years[phrase_key(year)] if year else 0
        direction = "current" if year else direction
        spec = RelativeSpec(
            "day_month", offset, weekday=weekday, month=month, day=day, direction=direction
        )
        return Interpretation("relative", None, spec)
    if alternative == "weekday":
        weekday = vocab.weekdays[get.need("wd_w").casefold()]
        direction = _direction(get("wd_q1") or get("wd_q2"), vocab)
        # "ce vendredi", "this Friday": the day of the anchor's week (the word stays out of
        # the mention, as the annotations keep it).
        if direction == "auto" and get.word_before() in _phrase_set(vocab, "this_words"):
            direction = "current"
        if get("wd_same"):  # « la nuit du même lundi », "that same Monday": the one told
            spec = RelativeSpec(
                "weekday", reference="anaphoric", weekday=weekday, direction="current"
            )
            return Interpretation("relative", None, spec)
        week = get("wd_week")
        if week:  # "vendredi de la semaine prochaine": that week's Friday
            rule = _relative_rule(week, vocab)
            offset = rule.offset if rule else 0
            reference = rule.reference if rule else "deictic"  # « de la semaine suivante »
            spec = RelativeSpec(
                "weekday", offset, reference=reference, weekday=weekday, direction="current"
            )
            return Interpretation("relative", None, spec)
        if get("wd_sb") or get("wd_sa") or get("wd_pb") or get("wd_pa"):
            # "the following Tuesday", « le mardi précédent »: after or before the day told.
            side: Direction = "next" if get("wd_sb") or get("wd_sa") else "past"
            # With no day told before it, after what? Unsaid, as for « un an après ».
            spec = RelativeSpec(
                "weekday",
                reference="anaphoric",
                weekday=weekday,
                direction=side,
                needs_antecedent=True,
            )
            return Interpretation("relative", None, spec)
        if get("wd_w1") or get("wd_w2"):
            # « lundi en huit »: a week (« en quinze »: two) after the coming Monday.
            weeks = 1 if get("wd_w1") else 2
            spec = RelativeSpec("weekday", weeks, weekday=weekday, direction="coming")
            return Interpretation("relative", None, spec)
        spec = RelativeSpec("weekday", weekday=weekday, direction=direction)
        return Interpretation("relative", None, spec)
    if alternative == "month_in":
        month = _month(get("mi_m"), vocab)
        qualifier = get("mi_q") or get("mi_q0")
        direction = _direction(qualifier, vocab)
        if qualifier and phrase_key(qualifier) in _phrase_set(vocab, "this_words"):
            direction = "current"  # "this September": of the anchor's year
        bound = _bound(get("mi_open"), vocab)
        if bound == "from" and direction == "auto" and _is_since(get("mi_open"), vocab):
            direction = "past"
        spec = RelativeSpec("month_name", month=month, direction=direction)
        year = get("mi_y")
        if year:  # "January last year": a one-month part of that year
            offset = vocab.period_years[phrase_key(year)]
            spec = RelativeSpec("period", offset=offset, month=month, end_month=month)
        return Interpretation("range" if bound else "relative", None, spec, bound=bound)
    if alternative == "month_of":
        spec = RelativeSpec(
            "month_name", month=_month(get("mo_m"), vocab), direction=_direction(get("mo_q"), vocab)
        )
        return Interpretation("relative", None, spec)
    if alternative == "shift":
        return _shift(get, vocab)
    if alternative in ("period_rel", "season"):
        return _part_of_year(alternative, get, vocab)
    if alternative == "month_weekday":
        return _month_weekday(get, vocab)
    if alternative == "month_days":
        return _month_days(get, vocab)
    if alternative == "range_lone_days":
        # "du vendredi 14 au mardi 18": the days of the nearby month where the first is that
        # weekday; the last may fall in the month after.
        first, last = _day(get.need("rl_d1"), vocab), _day(get.need("rl_d2"), vocab)
        weekday = vocab.weekdays[get.need("rl_w").casefold()]
        spec = RelativeSpec(
            "day_of_month", day=first, end_day=last, weekday=weekday, reference="anaphoric"
        )
        return Interpretation("range", None, spec)
    if alternative == "lone_day":
        # "le 25": the day of the month mentioned before it, else of the document's.
        named = get("ld_w")
        weekday = vocab.weekdays[named.casefold()] if named else None
        day = _day(get.need("ld_d", "ld_d2", "ld_d3", "ld_d4"), vocab)
        spec = RelativeSpec("day_of_month", day=day, weekday=weekday, reference="anaphoric")
        return Interpretation("relative", None, spec)
    if alternative == "month_week":
        rank = vocab.week_ordinals[phrase_key(get.need("mw_n"))]
        year = get("mw_y")
        if year is not None:
            return _year_week(int(year), rank)
        month_year = get("mw_my")  # "the first week of October 2014"
        if month_year is not None:
            week = month_week(int(month_year), _month(get("mw_m"), vocab), rank)
            return Interpretation("relative", week)
        deictic = get("mw_d")  # "the third week of next month": the anchor's month, shifted
        if deictic is not None:
            spec = RelativeSpec("month_week", vocab.month_days[phrase_key(deictic)], day=rank)
        else:
            spec = RelativeSpec("month_week", month=_month(get("mw_m"), vocab), day=rank)
        return Interpretation("relative", None, spec)
    if alternative == "relative":
        phrase = get.need("relative")
        rule = _relative_rule(phrase, vocab)
        if rule is None:
            return None
        return Interpretation("relative", None, _spec_of(rule))
    return Interpretation("year", get.need("yr_y"), year_needs_context=True)


def _shift(get: _Groups, vocab: DateVocabulary) -> Interpretation:
    """Shift by a count: "il y a trois semaines"; a count the tables lack goes to the fallback.

    With a second, finer unit ("dans 1 an et 2 mois", "two weeks and three days ago") the
    shift is counted in the finer unit, at its precision.
    """
    counted = _counted(get.need("sh_n", "sh_n2"), get.need("sh_u", "sh_u2"), vocab)
    finer = get("sh_n3") or get("sh_n4")
    if counted is not None and finer is not None:
        second = _counted(finer, get.need("sh_u3", "sh_u4"), vocab)
        counted = None if second is None else _joined(counted, second)
    if counted is None:
        phrase = get.need("shift")
        return Interpretation(
            "relative", None, RelativeSpec("phrase", phrase=phrase, language=vocab.language)
        )
    unit, number = counted
    if unit == "week":
        # "il y a trois semaines", "in two weeks": the day that many weeks away, as other
        # date parsers read it; "last week" (a phrase) stays the week.
        unit, number = "day", number * _FINER["week", "day"]
    offset = 1 if get("sh_ahead") or get("sh_hence") or get("sh_later") else -1
    offset *= number
    # "il y a trois mois", "in six months": the same day that many months away, as other
    # date parsers read it (the month when only the month is known).
    spec = (
        RelativeSpec("month_shift", offset=offset)
        if unit == "month"
        else RelativeSpec(unit, offset=offset)
    )
    if get("sh_later") or get("sh_earlier"):
        # "trois jours plus tard": from the date mentioned just before.
        # "four days before, …" counts from a date told before it, or from nothing.
        final = bool(get("sh_later_final") or get("sh_earlier_final"))
        spec = attrs.evolve(spec, reference="anaphoric", needs_antecedent=final)
    return Interpretation("relative", None, spec)


_SPANNED: Final = frozenset({"day", "week", "month", "year"})


def _span(get: _Groups, vocab: DateVocabulary) -> Interpretation:
    """Whole units before or after the anchor's own: "the last two years" (``YYYY/YYYY``).

    The offset counts the units, negative for the past; a count the tables lack, a
    decimal one, or a unit finer than a day is no span here.
    """
    count, unit_word = get.need("sp_n", "sp_n2", "sp_n3"), get.need("sp_u", "sp_u2", "sp_u3")
    counted = _counted(count, unit_word, vocab)
    if counted is None or counted[0] not in _SPANNED or counted[1] < 1:
        raise ValueError("no span")
    unit, number = counted
    sign = -1 if get("sp_back") or get("sp_back2") or get("sp_back3") else 1
    spec = RelativeSpec(_SPAN_UNITS[unit], offset=sign * number)
    return Interpretation("relative", None, spec)


SpanUnit = Literal["day_span", "week_span", "month_span", "year_span"]
_SPAN_UNITS: Final[dict[str, SpanUnit]] = {
    "day": "day_span",
    "week": "week_span",
    "month": "month_span",
    "year": "year_span",
}


def _counted(count: str, unit_word: str, vocab: DateVocabulary) -> tuple[Unit, int] | None:
    """The unit and count of "trois semaines", "two decades" (twenty years), or None.

    A decimal count is counted in the finer unit when it is whole there ("1.5 days": 36
    hours, "2,5 heures": 150 minutes), else None.
    """
    unit_key = phrase_key(unit_word)
    if _DECIMAL.fullmatch(count):
        return _decimal_count(count, vocab.units[unit_key], vocab.unit_multiples.get(unit_key, 1))
    number = int(count) if count.isdigit() else _spelled(phrase_key(count), vocab)
    if number is None:
        return None
    return vocab.units[unit_key], number * vocab.unit_multiples.get(unit_key, 1)


def _decimal_count(count: str, unit: Unit, multiple: int) -> tuple[Unit, int] | None:
    """A decimal count of ``unit`` as a whole count of the finer unit, or None.

    >>> _decimal_count("1.5", "day", 1), _decimal_count("0,5", "hour", 1)
    (('hour', 36), ('minute', 30))
    """
    whole, _, decimals = count.replace(",", ".").partition(".")
    scale = 10 ** len(decimals)
    tenths = (int(whole) * scale + int(decimals)) * multiple
    for (coarse, fine), factor in _FINER.items():
        if coarse == unit and (tenths * factor) % scale == 0:
            return fine, tenths * factor // scale
    return None


_DECIMAL: Final = re.compile(r"\d{1,3}[.,]\d{1,2}")
_FINER: Final[dict[tuple[Unit, Unit], int]] = {
    ("year", "month"): 12,
    ("week", "day"): 7,
    ("day", "hour"): 24,
    ("hour", "minute"): 60,
}
"""Units that count exactly in a finer one: a year is twelve months, a week seven days."""


def _joined(coarse: tuple[Unit, int], fine: tuple[Unit, int]) -> tuple[Unit, int] | None:
    """The shift "1 an et 2 mois" as fourteen months; None when the units do not nest."""
    factor = _FINER.get((coarse[0], fine[0]))
    return None if factor is None else (fine[0], coarse[1] * factor + fine[1])


def _day_month_order(first: int, second: int, vocab: DateVocabulary) -> tuple[int, int]:
    """Day and month of "22/04" (day first), or of "4/22" where the language writes month first.

    Where both orders are possible and the language writes month first too, neither is
    chosen: "on 4/7" is left unread rather than misread.
    """
    if not vocab.month_first or first > 12:
        return first, second
    if second > 12:
        return second, first
    raise ValueError("day and month order unknown")


def _year_week(year: int, rank: int) -> Interpretation:
    """The n-th (or last) ISO week of a year, Monday to Sunday: "la troisième semaine de 2027".

    >>> _year_week(2015, -1).value
    '2015-12-28/2016-01-03'
    """
    week = rank if rank > 0 else datetime.date(year, 12, 28).isocalendar()[1]
    monday = datetime.date.fromisocalendar(year, week, 1)
    sunday = monday + datetime.timedelta(days=6)
    return Interpretation("range", f"{monday.isoformat()}/{sunday.isoformat()}")


def _month_weekday(get: _Groups, vocab: DateVocabulary) -> Interpretation:
    """The n-th (or last) weekday of a month: "the first Friday of July [2025]".

    Of a month named from the anchor ("le premier vendredi du mois prochain"): its offset.
    """
    if get("mwd_day"):
        return _last_day(get, vocab)
    rank = vocab.week_ordinals[phrase_key(get.need("mwd_n"))]
    weekday = vocab.weekdays[get.need("mwd_w").casefold()]
    deictic = get("mwd_d")
    if deictic is not None:
        offset = vocab.month_days[phrase_key(deictic)]
        spec = RelativeSpec("month_weekday", offset, weekday=weekday, day=rank)
        return Interpretation("relative", None, spec)
    month = _month(get("mwd_m"), vocab)
    year = get("mwd_y")
    if year is not None:
        return Interpretation("date", nth_weekday(int(year), month, weekday, rank).isoformat())
    spec = RelativeSpec("month_weekday", month=month, weekday=weekday, day=rank)
    return Interpretation("relative", None, spec)


def _last_day(get: _Groups, vocab: DateVocabulary) -> Interpretation:
    """The last day of a month and year: "the last day of October 2015".

    Without a year February's last day is unknown, and a month named from the anchor ("the
    last day of next month") is read elsewhere: neither is this day.
    """
    year = get("mwd_y")
    if year is None or get("mwd_d") is not None:
        raise ValueError("a month's last day needs its month and year")
    month = _month(get("mwd_m"), vocab)
    last = calendar.monthrange(int(year), month)[1]
    return Interpretation("date", datetime.date(int(year), month, last).isoformat())


def _month_days(get: _Groups, vocab: DateVocabulary) -> Interpretation:
    """A day or days of a month named from the anchor: "du 4 au 6 du mois prochain"."""
    offset = vocab.month_days[phrase_key(get.need("md_m"))]
    first = _day(get.need("md_d", "md_d1"), vocab)
    end = get("md_d2")
    last = _day(end, vocab) if end else None
    if last is not None and last <= first:
        raise ValueError("range ends before it starts")
    spec = RelativeSpec("month_days", offset, day=first, end_day=last)
    return Interpretation("relative" if last is None else "range", None, spec)


def _part_of_year(alternative: str, get: _Groups, vocab: DateVocabulary) -> Interpretation:
    """A part of the year placed from the anchor: "au second semestre", "last spring"."""
    if alternative == "period_rel":
        first, last = vocab.periods[phrase_key(get.need("pr_p", "pr_p2"))]
        year = get("pr_y")
        offset = vocab.period_years[phrase_key(year)] if year else 0
        spec = RelativeSpec("period", offset=offset, month=first, end_month=last)
        return Interpretation("relative", None, spec)
    first, last = vocab.seasons[phrase_key(get.need("se_s", "se_s0", "se_s1"))]
    qualifier = get("se_q") or get("se_q0")
    # "in the autumn" reads as "this autumn": the season under way or nearest.
    this = get("se_s1") is not None or (
        qualifier is not None and phrase_key(qualifier) in _phrase_set(vocab, "season_this")
    )
    direction = "auto" if this else _direction(qualifier, vocab)
    spec = RelativeSpec("season", month=first, end_month=last, direction=direction)
    return Interpretation("relative", None, spec)


def _spelled(count: str, vocab: DateVocabulary) -> int | None:
    """A spelled count: "trois", or tens and units ("vingt-cinq", "twenty one", "vingt et un").

    Other compounds ("quatre-vingt-dix") are left to the fallback.
    """
    if count in vocab.numbers:
        return vocab.numbers[count]
    joiners = _phrase_set(vocab, "range_and")
    words = [word for word in _COUNT_PARTS.split(count) if word not in joiners]
    parts = [vocab.numbers.get(word) for word in words]
    tens, units = (parts[0], parts[1]) if len(parts) == 2 else (None, None)
    if tens is not None and tens >= 20 and tens % 10 == 0 and units is not None and units < 10:
        return tens + units
    return None


def bound_of(phrase: str, vocab: DateVocabulary) -> Bound | None:
    """``from`` for "depuis", "since", "à partir du"; ``until`` for "jusqu'au", "by"."""
    return _bound(phrase, vocab)


def _bound(phrase: str | None, vocab: DateVocabulary) -> Bound | None:
    if not phrase:
        return None
    key = phrase_key(phrase)
    starts = ("open_since", "open_from", "open_after")  # "after March 2021": an open start
    if any(key in _phrase_set(vocab, start) for start in starts):
        return "from"
    until = _phrase_set(vocab, "open_until") | _phrase_set(vocab, "open_before")
    return "until" if key in until else None


def _is_since(phrase: str | None, vocab: DateVocabulary) -> bool:
    return phrase is not None and phrase_key(phrase) in _phrase_set(vocab, "open_since")


@functools.cache
def _phrase_set(vocab: DateVocabulary, key: str) -> frozenset[str]:
    return frozenset(phrase_key(w) for w in vocab.word_list(key))


def _direction(qualifier: str | None, vocab: DateVocabulary) -> Direction:
    if not qualifier:
        return "auto"
    if phrase_key(qualifier) in _phrase_set(vocab, "current_words"):
        return "current"  # "le 26 octobre courant": in the document's year
    return "past" if phrase_key(qualifier) in _phrase_set(vocab, "past_words") else "next"


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


_READERS: Final = {
    "span": _span,
    "day_range": _day_range,
    "range_weekdays": _weekday_range,
    "range_months": _month_range,
    "range_years": _year_range,
    "decade": _decade,
    "open_until": _open_until,
    "full_date": _full_date,
    "spelled_date": _spelled_date,
    "numeric_date": _numeric_date,
    "iso_month": _iso_month,
    "month_year": _month_year,
    "time": _time,
    "holiday": _holiday,
}
