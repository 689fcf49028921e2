"""The date vocabulary of a language, read from ``resources/<lang>/dates.toml``."""

from __future__ import annotations

import functools
import re
from typing import Final, Literal, cast

import attrs

from communique.errors import ResourceError
from communique.lexicon import LANGUAGES, load_table, string_list, string_table
from communique.model import Language
from communique.patterncache import compile_pattern
from communique.records import shared_repr
from communique.wordtrie import alternation, phrase_key

__all__ = [
    "HOLIDAY_RULE",
    "DateVocabulary",
    "RelativeRule",
    "date_vocabulary",
    "month_words",
    "since_pattern",
]

HOLIDAY_RULE: Final = compile_pattern(
    r"(?P<fixed>(?P<month>0[1-9]|1[0-2])-(?P<day>[0-2]\d|3[01]))"
    r"|(?P<easter>easter|orthodox)(?P<shift>[+-]\d{1,2})"
    r"|nth:(?P<nth_month>[1-9]|1[0-2]):(?P<weekday>[0-6]):(?P<rank>-1|[1-5])"
)
"""The rule of a named day: "12-25" (a fixed day), "easter+1" (days from Easter; "orthodox"
for the Orthodox one), "nth:11:3:4" (month, weekday 0 for
Monday, rank, -1 the last). ``communique.temporal.holidays`` computes them."""

Unit = Literal["minute", "hour", "day", "weekend", "week", "month", "quarter", "year"]
Reference = Literal["deictic", "anaphoric"]
_UNITS: tuple[Unit, ...] = ("minute", "hour", "day", "weekend", "week", "month", "quarter", "year")
_REFERENCES: tuple[Reference, ...] = ("deictic", "anaphoric")


@shared_repr
@attrs.frozen(repr=False)
class RelativeRule:
    """A relative expression: ``offset`` ``unit``s from its anchor."""

    unit: Unit
    offset: int
    reference: Reference
    """``deictic``: from the document date; ``anaphoric``: from the last date mentioned."""
    event_link: bool
    """Whether "de/du …" after it ties it to an event ("la veille du sommet")."""
    phrases: tuple[str, ...]


@shared_repr
@attrs.frozen(eq=False, repr=False)
class DateVocabulary:
    """Month, weekday and relative-date words of one language."""

    language: Language
    months: dict[str, int]
    """Month form (case-folded, no dot) → month number."""
    weekdays: dict[str, int]
    """Weekday (case-folded) → 0 for Monday … 6 for Sunday."""
    case_sensitive_names: bool
    """Names must be capitalised: English "May" the month, "may" the verb."""
    month_first: bool
    """Dates may also be written month first ("May 3, 2024", "Tuesday, May 3")."""
    words: dict[str, tuple[str, ...]]
    """Function words of the grammar: range_from, range_to, open_until, month_in, …."""
    year_cues: frozenset[str]
    year_blockers: frozenset[str]
    count_nouns: frozenset[str]
    coordinators: frozenset[str]
    relative: tuple[RelativeRule, ...]
    timezones: dict[str, str]
    """Zone phrase → IANA zone name."""
    day_words: dict[str, int] = attrs.Factory(dict)
    """Spelled day numbers (case-folded): "premier" → 1."""
    numbers: dict[str, int] = attrs.Factory(dict)
    """Spelled counts (phrase keys) of "il y a trois semaines": "trois" → 3."""
    units: dict[str, Unit] = attrs.Factory(dict)
    """Unit words (phrase keys) of "il y a trois semaines": "semaines" → week."""
    periods: dict[str, tuple[int, int]] = attrs.Factory(dict)
    """Parts of a year (phrase keys) → first and last month: "premier trimestre" → (1, 3)."""
    seasons: dict[str, tuple[int, int]] = attrs.Factory(dict)
    """Seasons (phrase keys) → first and last month; winter runs over the new year (12, 2)."""
    month_days: dict[str, int] = attrs.Factory(dict)
    """Months named from the anchor after a day (phrase keys): "du mois prochain" → 1."""
    unit_multiples: dict[str, int] = attrs.Factory(dict)
    """Units worth several of their unit (phrase keys): "decade" → 10 (years)."""
    week_ordinals: dict[str, int] = attrs.Factory(dict)
    """Ordinals of a week in its month (phrase keys): "troisième" → 3, "last" → -1."""
    period_years: dict[str, int] = attrs.Factory(dict)
    """Years named after a part of the year (phrase keys) → offset: "next year" → 1."""
    spelled_years: dict[str, int] = attrs.Factory(dict)
    """Spelled thousands of a year (phrase keys): "deux mille" → 2000."""
    year_units: dict[str, int] = attrs.Factory(dict)
    """Spelled numbers after them (phrase keys): "vingt-cinq" → 25 ("deux mille vingt-cinq")."""
    hour_words: dict[str, int] = attrs.Factory(dict)
    """Spelled hours (phrase keys) after a word that opens a time: "quinze" → 15."""
    minute_words: dict[str, int] = attrs.Factory(dict)
    """Spelled minutes (phrase keys) after a spelled hour: "trente" → 30."""
    clock_words: dict[str, int] = attrs.Factory(dict)
    """Times of day named by a word (exact case) → minutes after midnight: "midi" → 720.
    Exact case, so that the region "le Midi" is no time."""
    minutes_before: dict[str, int] = attrs.Factory(dict)
    """Minutes a phrase before an hour adds (phrase keys): "half past" → 30, "quarter to" → -15."""
    holidays: dict[str, str] = attrs.Factory(dict)
    """Named days as written (their usual casing) → their rule (``HOLIDAY_RULE``): "Noël" →
    "12-25"."""
    minutes_after: dict[str, int] = attrs.Factory(dict)
    """Minutes a phrase after an hour adds (phrase keys): "et quart" → 15, "moins quart" → -15."""

    def word_list(self, key: str) -> tuple[str, ...]:
        """The function words stored under ``key`` (empty when the language has none)."""
        return self.words.get(key, ())


_WORD_KEYS = (
    "current_words",
    "verb_months",
    "clause_days",
    "day_suffixes",
    "range_from",
    "range_from_elided",
    "season_in",
    "season_followers",
    "range_to",
    "range_between",
    "range_and",
    "weekday_joiners",
    "weekday_date_articles",
    "open_until",
    "title_bounds",
    "day_years",
    "comparison_links",
    "month_in",
    "past_words",
    "next_words",
    "hour_marks",
    "minute_marks",
    "duration_before",
    "evening_marks",
    "morning_marks",
    "evening_cues",
    "event_links",
    "event_prepositions",
    "event_articles",
    "future_cues",
    "past_cues",
    "future_endings",
    "past_forms",
    "past_endings",
    "past_auxiliaries",
    "participle_endings",
    "not_participles",
    "open_since",
    "open_from",
    "boundaries",
    "period_links",
    "ago_before",
    "ahead_before",
    "ago_after",
    "ahead_after",
    "later_after",
    "earlier_after",
    "later_final",
    "count_complements",
    "shift_time_words",
    "earlier_final",
    "not_dates",
    "record_cues",
    "record_copulas",
    "record_articles",
    "possessive_events",
    "modified_events",
    "year_determiners",
    "year_followers",
    "dated_nouns",
    "quoted_languages",
    "noun_articles",
    "month_qualifiers",
    "open_before",
    "open_after",
    "bound_boundaries",
    "passive_auxiliaries",
    "copular_cues",
    "relative_openers",
    "season_this",
    "season_articles",
    "day_parts",
    "attached_day_parts",
    "opening_day_parts",
    "weekday_event_nouns",
    "weekday_event_before",
    "weekday_event_after",
    "week_articles",
    "week_words",
    "week_links",
    "this_words",
    "same_words",
    "sequel_weekday_before",
    "sequel_weekday_after",
    "prior_weekday_before",
    "prior_weekday_after",
    "sequel_followers",
    "weekday_week_later",
    "weekday_two_weeks_later",
    "revised_words",
    "day_articles",
    "shift_approximations",
    "name_heads",
    "periods_need_year",
    "date_separators",
    "day_month_links",
    "last_day_words",
    "month_year_links",
    "month_links",
    "month_first_issuers",
    "weekday_abbreviations",
    "open_from_dated",
    "open_from_followers",
    "period_in",
    "open_from_attributive",
    "attributive_events",
    "from_dated_documents",
    "month_of",
    "nowadays_words",
    "nowadays_copulas",
    "nowadays_complements",
    "lone_day_before",
    "lone_day_before_bare",
    "lone_day_suffixes",
    "lone_day_followers",
    "named_day_followers",
    "name_heads_before",
    "event_heads_before",
    "event_preparations",
    "name_heads_after",
    "place_nouns_before",
    "place_links",
    "place_nouns_after",
    "period_articles",
    "retrospective_cues",
    "cited_documents",
    "cited_document_links",
    "sequel_cues",
    "conjunct_links",
    "prospective_cues",
    "prelude_cues",
    "spelled_day_links",
    "spelled_day_blockers",
    "numeric_day_before",
    "reference_signs",
    "intent_cues",
    "event_bound_nouns",
    "event_bounds_since",
    "event_bounds_until",
    "event_bound_determiners",
    "event_date_links",
    "fiscal_years",
    "day_part_heads",
    "week_of",
    "head_links",
    "time_zone_marks",
    "zone_time_before",
    "military_hour_marks",
    "month_coordinators",
    "decade_before",
    "span_back_before",
    "span_duration_before",
    "span_owners",
    "span_not_after",
    "span_ahead_before",
    "span_back_mid",
    "span_ahead_mid",
    "span_back_after",
    "span_ahead_after",
    "decade_after",
    "decade_articles",
    "spelled_year_links",
)


@functools.cache
def month_words() -> frozenset[str]:
    """The month names of every shipped language, case-folded: "october", "octobre"."""
    return frozenset(word for language in LANGUAGES for word in date_vocabulary(language).months)


@functools.cache
def date_vocabulary(language: Language) -> DateVocabulary:
    """Load and validate the date vocabulary of ``language`` (once per process).

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    where = f"{language}/dates.toml"
    table = load_table(language, "dates")
    words_table = string_table(table, "words", where=where)
    years = string_table(table, "years", where=where)
    return DateVocabulary(
        language=language,
        months={k.casefold(): v for k, v in _int_table(table, "months", where, 1, 12).items()},
        weekdays={k.casefold(): v for k, v in _int_table(table, "weekdays", where, 0, 6).items()},
        case_sensitive_names=_flag(table, "case_sensitive_names", where),
        month_first=_flag(table, "month_first", where),
        words={key: string_list(words_table, key, where=where) for key in _WORD_KEYS},
        year_cues=_folded(years, "cues", where),
        year_blockers=_folded(years, "blockers", where),
        count_nouns=_folded(years, "count_nouns", where),
        coordinators=_folded(years, "coordinators", where),
        relative=tuple(
            _relative_rule(raw, where, _preludes(table, where))
            for raw in _table_list(table, "relative", where)
        ),
        timezones={
            k: _string(v, where) for k, v in string_table(table, "timezones", where=where).items()
        },
        day_words={
            k.casefold(): v for k, v in _int_table(table, "day_words", where, 1, 31).items()
        },
        numbers={phrase_key(k): v for k, v in _int_table(table, "numbers", where, 1, 100).items()},
        units={
            phrase_key(k): _unit(v, where)
            for k, v in string_table(table, "units", where=where).items()
        },
        periods={
            phrase_key(k): _months(v, where)
            for k, v in string_table(table, "periods", where=where).items()
        },
        seasons={
            phrase_key(k): _months(v, where, wraps=True)
            for k, v in string_table(table, "seasons", where=where).items()
        },
        month_days={
            phrase_key(k): v for k, v in _int_table(table, "month_days", where, -1, 1).items()
        },
        unit_multiples={
            phrase_key(k): v for k, v in _int_table(table, "unit_multiples", where, 1, 1000).items()
        },
        week_ordinals={
            phrase_key(k): v for k, v in _int_table(table, "week_ordinals", where, -1, 5).items()
        },
        period_years={
            phrase_key(k): v for k, v in _int_table(table, "period_years", where, -1, 1).items()
        },
        spelled_years={
            phrase_key(k): v
            for k, v in _int_table(table, "spelled_years", where, 1800, 2000).items()
        },
        year_units={
            phrase_key(k): v for k, v in _int_table(table, "year_units", where, 1, 99).items()
        },
        hour_words={
            phrase_key(k): v for k, v in _int_table(table, "hour_words", where, 0, 23).items()
        },
        minute_words={
            phrase_key(k): v for k, v in _int_table(table, "minute_words", where, 0, 59).items()
        },
        clock_words=_int_table(table, "clock_words", where, 0, 24 * 60 - 1),
        holidays={
            k: _holiday_rule(v, where)
            for k, v in string_table(table, "holidays", where=where).items()
        },
        minutes_before={
            phrase_key(k): v for k, v in _int_table(table, "minutes_before", where, -59, 59).items()
        },
        minutes_after={
            phrase_key(k): v for k, v in _int_table(table, "minutes_after", where, -59, 59).items()
        },
    )


@functools.cache
def since_pattern(language: Language) -> re.Pattern[str]:
    """A word opening a period that runs to now (``open_since``: "since", « depuis »)."""
    words = date_vocabulary(language).word_list("open_since")
    return compile_pattern(rf"(?<![\w'’])(?:{alternation(words)})(?![\w'’])", re.IGNORECASE)


def _holiday_rule(value: object, where: str) -> str:
    if not isinstance(value, str) or HOLIDAY_RULE.fullmatch(value) is None:
        raise ResourceError(f"{where}: {value!r} is not a holiday rule")
    return value


def _flag(table: dict[str, object], key: str, where: str) -> bool:
    value = table.get(key, False)
    if not isinstance(value, bool):
        raise ResourceError(f"{where}: {key!r} must be true or false")
    return value


def _unit(value: object, where: str) -> Unit:
    unit = next((u for u in _UNITS if u == value), None)
    if unit is None:
        raise ResourceError(f"{where}: unknown unit {value!r}")
    return unit


def _months(value: object, where: str, *, wraps: bool = False) -> tuple[int, int]:
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(m, int) and 1 <= m <= 12 for m in value)
        or (value[0] > value[1] and not wraps)
    ):
        raise ResourceError(f"{where}: a period is [first month, last month], got {value!r}")
    return value[0], value[1]


def _folded(table: dict[str, object], key: str, where: str) -> frozenset[str]:
    return frozenset(word.casefold() for word in string_list(table, key, where=where))


def _int_table(
    table: dict[str, object], key: str, where: str, low: int, high: int
) -> dict[str, int]:
    raw = string_table(table, key, where=where)
    for name, value in raw.items():
        if not isinstance(value, int) or not low <= value <= high:
            raise ResourceError(f"{where}: {key}.{name} must be an integer in {low}..{high}")
    return cast("dict[str, int]", raw)


def _string(value: object, where: str) -> str:
    if not isinstance(value, str) or not value:
        raise ResourceError(f"{where}: expected a non-empty string, got {value!r}")
    return value


def _table_list(table: dict[str, object], key: str, where: str) -> list[dict[str, object]]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise ResourceError(f"{where}: {key!r} must be an array of tables")
    return cast("list[dict[str, object]]", value)


def _preludes(table: dict[str, object], where: str) -> dict[str, tuple[str, ...]]:
    """Opening words of relative phrases → words that may come before them, in the phrase.

    "fin" → "à la" ("à la fin du mois dernier"), "last month" → "the end of" ("the end of
    last month"): a boundary or its preposition belongs to the phrase.
    """
    raw = string_table(table, "phrase_preludes", where=where)
    return {phrase_key(words): string_list(raw, words, where=where) for words in raw}


def _with_preludes(
    phrases: tuple[str, ...], preludes: dict[str, tuple[str, ...]]
) -> tuple[str, ...]:
    """``phrases`` and, for each opening on listed words, its forms with their preludes.

    "fin du mois dernier" is also "à la fin du mois dernier": without that form, "à la fin
    du mois" (this month) would match first and leave "dernier" out.

    >>> _with_preludes(("fin du mois dernier", "hier"), {"fin": ("à la",)})
    ('fin du mois dernier', 'hier', 'à la fin du mois dernier')
    """
    extra = [
        f"{prelude} {phrase}"
        for phrase in phrases
        for opening, before in preludes.items()
        if f"{phrase_key(phrase)} ".startswith(f"{opening} ")
        for prelude in before
    ]
    return tuple(dict.fromkeys((*phrases, *extra)))


def _relative_rule(
    raw: dict[str, object], where: str, preludes: dict[str, tuple[str, ...]]
) -> RelativeRule:
    offset = raw.get("offset")
    unit = next((u for u in _UNITS if u == raw.get("unit")), None)
    reference = next((r for r in _REFERENCES if r == raw.get("reference")), None)
    if unit is None or reference is None or not isinstance(offset, int):
        raise ResourceError(f"{where}: bad relative rule {raw!r}")
    return RelativeRule(
        unit=unit,
        offset=offset,
        reference=reference,
        event_link=bool(raw.get("event_link", False)),
        phrases=_with_preludes(string_list(raw, "phrases", where=where), preludes),
    )
