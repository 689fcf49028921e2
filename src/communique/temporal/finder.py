"""Find every temporal expression of a text in one pass, with the context it needs."""

from __future__ import annotations

import datetime
import functools
import itertools
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.hits import Found
from communique.lexicon.agreements import names_instrument
from communique.lexicon.dates import HOLIDAY_RULE, DateVocabulary, date_vocabulary
from communique.matchspans import MatchSpans, match_spans, nearest_within
from communique.patterncache import compile_pattern
from communique.temporal.context import next_token, previous_token, sentence_bounds
from communique.temporal.coordination import with_coordinated_months
from communique.temporal.date_pairs import with_date_pairs
from communique.temporal.dispatch import date_match
from communique.temporal.events import event_bound_before
from communique.temporal.grammar import phrase_pattern
from communique.temporal.heads import with_heads
from communique.temporal.hijri import with_hijri_dates
from communique.temporal.holidays import holiday_date
from communique.temporal.itinerary import with_bare_ranges
from communique.temporal.names import names_a_programme
from communique.temporal.scanner import scan
from communique.temporal.surroundings import (
    Prefix,
    in_link,
    is_no_date,
    iso_time_after,
    opens_with_boundary,
    prefix_before,
    prefix_past_article,
)
from communique.temporal.tenseless import ahead_by_default
from communique.temporal.values import Bound, Interpretation, interpret
from communique.temporal.weekday_pairs import (
    with_numbered_weekdays,
    with_weekday_dates,
    with_weekday_pairs,
)
from communique.temporal.zones import with_zone
from communique.wordtrie import alternation, casings, phrase_key, trie_pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from communique.model import Language

__all__ = ["Found", "date_at", "find_dates"]

_ABSOLUTE_KINDS: Final = frozenset({"date", "month"})
_UNPREFIXED: Final = frozenset({"time", "range"})
_PLACED_BY_TENSE: Final = frozenset(
    {
        "day_month",
        "day_week",
        "month_name",
        "day_range",
        "month_range",
        "month_week",
        "day_of_month",
        "holiday",
        "period",
    }
)
_BOUNDABLE: Final = frozenset(
    {"day_month", "day_of_month", "month_name", "season", "period", "month", "year"}
)
_SINCE_UNITS: Final = frozenset({"day", "weekday", "week"})
"""Past days and weeks that open an interval after "since" ("depuis hier", "since Monday")."""
_UNTIL_UNITS: Final = frozenset({"weekday"})
"""Days ahead that close an interval after "until" ("until Friday", « jusqu'à vendredi »)."""
_NAMED_PERIODS: Final = frozenset({"day_month", "month_name"})
"""Named months and days: after a deadline's boundary ("d'ici fin janvier") an open end."""
_WORD_AFTER: Final = compile_pattern(r"\s*[\w'’-]+\s*")
_SENTENCE_OPENERS: Final = frozenset({"", ".", "!", "?", "-", "•", "*", "–", "—", "·", ":"})
_WEEKDAY_AFTER: Final = compile_pattern(r"[ \t]?\([ \t]?([^\W\d_]{3,9})\.?[ \t]?\)")
"""A weekday in parentheses after its day: "July 5 (Mon)", "le 5 juillet (lundi)"."""
_WEEKDAY_BEFORE: Final = compile_pattern(r"(?<![\w.])([^\W\d_]{3,4})\.?,?[ \t]+$")
"""A weekday cut to three or four letters right before a date: "Sat 7 May", "LUN. 3 MAI"."""
_WEEKDAY_REACH: Final = 8
"""Characters before a date searched for it."""


def find_dates(text: str, language: Language, starts: Sequence[int] | None = None) -> list[Found]:
    """Find the temporal expressions of ``text`` in order, none overlapping.

    ``starts``: where digits and date words start, when already known (see ``scan``).

    >>> [(f.meaning.kind, f.meaning.value) for f in find_dates("réunis le 6 janvier 2017", "fr")]
    [('date', '2017-01-06')]
    """
    vocab = date_vocabulary(language)
    found: list[Found] = []
    year_ends: set[int] = set()
    reached = 0
    for match in scan(text, language, starts):
        if match.start() < reached:  # inside an ISO timestamp's time
            continue
        meaning = interpret(match, vocab)
        item = None if meaning is None else _placed(text, match, meaning, vocab, year_ends)
        if item is None:
            continue
        item, zone_end = with_zone(text, item, vocab)
        if found and item.start < found[-1].end:
            item = attrs.evolve(item, start=match.start())
        found.append(_with_iso_time(text, item))
        reached = max(found[-1].end, zone_end)
    found = with_bare_ranges(text, found, vocab)
    found = with_heads(text, found, vocab)
    found = with_coordinated_months(text, found, vocab)
    found = with_date_pairs(text, found, vocab)
    found = with_hijri_dates(text, found)
    if any(item.meaning.relative for item in found):
        found = _without_attached_parts(text, found, vocab)
        found = _without_restated_holidays(text, found)
        found = _without_page_age(text, found)
        found = _without_place_names(text, found, vocab)
        found = _without_record_spans(text, _add_context(text, found, vocab), vocab)
    found = with_weekday_dates(text, _with_weekdays_after(text, found, vocab), vocab)
    found = with_numbered_weekdays(text, found)
    return with_weekday_pairs(text, found, vocab)


def _with_weekdays_after(text: str, found: list[Found], vocab: DateVocabulary) -> list[Found]:
    """Each day with the weekday written beside it: in parentheses after it, or cut short before.

    "July 5 (Mon)": the weekday is then no mention of its own; "Sat 7 May 2011". Done after
    the context is read, so the weekday is no tense cue's neighbour.
    """
    result: list[Found] = []
    for item in found:
        if result and item.start < result[-1].end:
            continue  # the weekday "(lundi)" that the day before took
        wider = _with_weekday_before(text, item, vocab)
        item = wider if not result or wider.start >= result[-1].end else item
        result.append(_with_weekday_after(text, item, vocab))
    return result


_SENTENCE_END: Final = compile_pattern(r"[.!?](?:\s|$)|\n\s*\n")
"""A sentence's end between a named day and the day after it: no restatement across it."""
_RESTATED_REACH: Final = 120
"""Characters between a date and the holiday that may restate it in the same sentence."""


def _without_restated_holidays(text: str, found: list[Found]) -> list[Found]:
    """Drop a named day that its sentence dates with the day itself, before or after it.

    "demain 15 août 2024, la fête de l'Assomption", "Bastille Day (14 July)": the feast
    names the date given beside it, no date of its own.
    """
    dropped: set[int] = set()
    for index, item in enumerate(found):
        spec = item.meaning.relative
        if spec is None or spec.unit != "holiday" or not spec.phrase:
            continue
        low = sentence_bounds(text, item.start, item.end)[0]
        before = found[index - 1] if index else None
        after = found[index + 1] if index + 1 < len(found) else None
        if (
            before is not None
            and item.start - before.end <= _RESTATED_REACH
            and low <= before.start
            and _names_day(spec.phrase, before)
        ) or (
            after is not None
            and after.start - item.end <= _RESTATED_REACH
            and not _SENTENCE_END.search(text, item.end, after.start)
            and _names_day(spec.phrase, after)
        ):
            dropped.add(index)
    return [item for index, item in enumerate(found) if index not in dropped]


def _names_day(rule: str, other: Found) -> bool:
    """Whether ``other`` is the day the named day's ``rule`` gives.

    A day without its year ("20 June") is compared with a fixed day's month and day.
    """
    value = other.meaning.value or ""
    if len(value) == 10 and value[4] == "-":
        return holiday_date(rule, int(value[:4])).isoformat() == value
    spec = other.meaning.relative
    fixed = HOLIDAY_RULE.fullmatch(rule)
    if spec is None or spec.unit != "day_month" or fixed is None or not fixed["fixed"]:
        return False
    return (spec.month, spec.day) == (int(fixed["month"]), int(fixed["day"]))


_SPAN_UNITS: Final = frozenset({"year", "month", "month_shift"})
_APPOSITION_CLOSE: Final = 4
"""Characters after a record's span read for the comma that closes its apposition."""


def _without_record_spans(text: str, found: list[Found], vocab: DateVocabulary) -> list[Found]:
    """Drop a shift ahead that measures a record: "the first visit in nearly three decades".

    A superlative or "first" before it in its clause, and no future there, make "in thirty
    years" the span since the last time, not a day thirty years on.
    """
    cues = _cue(vocab.language, "record_cues")
    copulas = _copula_before(vocab.language)
    articles = frozenset(w.casefold() for w in vocab.word_list("record_articles"))
    kept: list[Found] = []
    for item in found:
        spec = item.meaning.relative
        if (
            spec is not None
            and spec.offset > 0
            and spec.reference == "deictic"
            and spec.unit in _SPAN_UNITS
        ):
            low = sentence_bounds(text, item.start, item.end)[0]
            edges = list(_PHRASE_EDGES.finditer(text, low, item.start))
            cue = cues.search(text, edges[-1].end() if edges else low, item.start)
            # "This will be the first State Visit … in two decades": the future's record.
            said = cue is not None and copulas.search(text, low, cue.start()) is not None
            # "The talks, the first such meeting in over a decade, will …": an apposition's,
            # between commas ("a roadmap, the first phase of which will … in two years." and
            # "…: the first patrols will begin in three months" are futures).
            apposed = (
                cue is not None
                and bool(edges)
                and edges[-1].group() == ","
                and text[edges[-1].end() : cue.start()].strip().casefold() in articles
                and text[item.end : item.end + _APPOSITION_CLOSE].lstrip()[:1] == ","
            )
            if cue is not None and (not item.future or said or apposed):
                continue
        kept.append(item)
    return kept


@functools.cache
def _copula_before(language: Language) -> re.Pattern[str]:
    """A verb of being and its article ending the text searched (``record_copulas``)."""
    words = date_vocabulary(language).word_list("record_copulas")
    if not words:
        return compile_pattern("(?!)")
    return compile_pattern(rf"(?i)(?<!\w)(?:{alternation(words)})[ \t]+$")


_STAMP_SEPARATOR: Final = compile_pattern(r"[^\S\n]*[/|·][^\S\n]*")


def _without_page_age(text: str, found: list[Found]) -> list[Found]:
    """Drop the age a web page gives its story after the stamp: "3:01 PM / 4 years ago".

    It counts from the day the page was read, not from the document: a shift back written
    right after a date or time, across a separator on the same line.
    """
    result = found[:1]
    for previous, item in itertools.pairwise(found):
        spec = item.meaning.relative
        age = spec is not None and spec.offset < 0 and spec.reference == "deictic"
        if (
            age
            and previous.meaning.relative is None
            and _STAMP_SEPARATOR.fullmatch(text, previous.end, item.start) is not None
        ):
            continue
        result.append(item)
    return result


def _without_place_names(text: str, found: list[Found], vocab: DateVocabulary) -> list[Found]:
    """Drop a day and month without year that name a place after a date.

    « l'hôtel 2 Février », « le boulevard du 30 Juin », "the July 26 Avenue": a hotel, a
    street, a stadium named after a day (``place_nouns_before``, ``place_nouns_after``).
    """
    before, after = _place_nouns(vocab)
    return [
        item
        for item in found
        if not (
            (spec := item.meaning.relative) is not None
            and spec.unit == "day_month"
            and (
                before.search(text, max(0, item.start - _PLACE_REACH), item.start) is not None
                or after.match(text, item.end) is not None
            )
        )
    ]


_PLACE_REACH: Final = 30
"""Characters before a day searched for the place noun it names."""
_NEVER: Final = compile_pattern("(?!)")


@functools.cache
def _place_nouns(vocab: DateVocabulary) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The place nouns ending the text before a day, and capitalised ones right after it."""
    nouns = vocab.word_list("place_nouns_before")
    links = vocab.word_list("place_links")
    link = rf"(?:[ \t]+(?:{phrase_pattern(links)}))?" if links else ""
    before = (
        compile_pattern(rf"(?<!\w)(?:{phrase_pattern(nouns)}){link}[ \t]+$", re.I)
        if nouns
        else _NEVER
    )
    after_nouns = vocab.word_list("place_nouns_after")
    after = (
        compile_pattern(rf"[ \t]++(?:{trie_pattern(after_nouns)})(?![\w'’])")
        if after_nouns
        else _NEVER
    )
    return before, after


def _placed(
    text: str, match: re.Match[str], meaning: Interpretation, vocab: DateVocabulary, years: set[int]
) -> Found | None:
    """The match as a mention, with the bound or boundary written before it, or None."""
    start, end = match.span()
    if in_link(text, start, end) or is_no_date(text, start, end, vocab):
        return None
    if _numbered_reference(text, start, end, vocab):
        return None
    titled = _title_year(text, match, vocab)
    if titled is not None:
        return titled
    prefix = prefix_before(text, start, vocab) if meaning.kind not in _UNPREFIXED else None
    if prefix is None and match.lastgroup == "decade":
        prefix = prefix_past_article(text, start, vocab)  # "since the 1990s"
    if prefix is None and meaning.kind not in _UNPREFIXED:
        prefix = event_bound_before(text, start, vocab)  # "since its creation in 1971"
    if meaning.year_needs_context:
        if prefix is None and not _is_year(text, start, end, vocab, years):
            return None
        years.add(end)
    if (
        prefix is not None
        and prefix.kind in ("before", "after")
        and prefix.inner
        and _with_prefix(meaning, prefix) is None
    ):
        # "before the end of 2024": the boundary alone when the bound does not apply.
        prefix = prefix_before(text, start, vocab, low=prefix.start + 1)
    if prefix is not None and (
        (prefix.kind == "from" and _start_is_no_bound(text, prefix, match, vocab))
        or (prefix.kind in ("before", "after") and _after_count(text, prefix.start, vocab))
    ):
        prefix = None
    if prefix is not None and not prefix.inner and opens_with_boundary(text, start, vocab):
        prefix = attrs.evolve(prefix, inner=True)  # "by" + "the end of April"
    if prefix is not None:
        prefixed = _with_prefix(meaning, prefix)
        if prefixed is not None:
            return _bounded_period(text, Found(prefix.start, end, prefixed), prefix, vocab)
    return Found(start, end, meaning)


def _title_year(text: str, match: re.Match[str], vocab: DateVocabulary) -> Found | None:
    """The year alone of a deadline (``title_bounds``) after a capitalised word of a title.

    « Livre blanc … – Préparation à l'horizon 2030 », « le Programme à l'horizon 2030 »:
    the title's year, no interval; « l'agenda national à l'horizon 2050 » is one.
    """
    if match.lastgroup != "open_until":
        return None
    year = match.start("ou_y")
    if phrase_key(text[match.start() : year]) not in _words(vocab, "title_bounds"):
        return None
    word, _ = previous_token(text, match.start())
    if not (word[:1].isupper() and word.isalpha()):
        return None
    return Found(year, match.end(), Interpretation("year", match.group("ou_y")))


def _start_is_no_bound(
    text: str, prefix: Prefix, match: re.Match[str], vocab: DateVocabulary
) -> bool:
    """Whether "from" before a date opens no interval: an end follows, or a bare year.

    "from 1 March 2013 to encourage" (a "to" follows) and "emissions from 2020" stay dates;
    "from June 2024 until its transition" opens one: its end is an event, not a date.
    """
    start, end = match.span()
    following = next_token(text, end).casefold()
    if following in _words(vocab, "open_from_followers"):
        return False  # "from 2027 onwards": it runs on
    if following in _words(vocab, "range_to"):
        return following not in _words(vocab, "open_until") or _date_follows(text, end, vocab)
    opener = phrase_key(text[prefix.start : start])
    if opener in _words(vocab, "open_from_attributive") and _event_after_day(following, vocab):
        return True  # "from the 10 October 2017 legislative election": the election's day
    dated = opener in _words(vocab, "open_from_dated")
    if dated and phrase_key(previous_token(text, prefix.start)[0]) in _words(
        vocab, "from_dated_documents"
    ):
        return True  # "their joint statement from 14 May 2025": the statement's date
    return dated and len(match.group()) == 4 and match.group().isdigit()


def _event_after_day(following: str, vocab: DateVocabulary) -> bool:
    """Whether the word after a day names the event the day modifies.

    "the 26 December 2017 runoff", "the 10 October 2017 legislative election": an event's
    noun or adjective follows (``attributive_events``); any other word ("for a period of",
    "at midnight", "unless", "onwards") goes on with the interval.
    """
    return following in _words(vocab, "attributive_events")


def _after_count(text: str, start: int, vocab: DateVocabulary) -> bool:
    """Whether a unit of time precedes "before": "three days before 15 May" dates 15 May."""
    unit, _ = previous_token(text, start)
    return phrase_key(unit) in vocab.units


def _date_follows(text: str, end: int, vocab: DateVocabulary) -> bool:
    """Whether a date expression starts after the word following ``end`` ("until 2028")."""
    word = _WORD_AFTER.match(text, end)
    if word is None:
        return False
    match = date_match(vocab.language)(text, word.end())
    return match is not None and match.lastgroup not in ("relative", "weekday")


def _bounded_period(text: str, found: Found, prefix: Prefix, vocab: DateVocabulary) -> Found:
    """A part of the year with a bound: "avant la fin du premier trimestre 2026", "by Q3 2026".

    The interval closes at the part's last month (``../2026-09``) or opens at its first.
    """
    if prefix.kind != "period" or found.meaning.relative is not None:
        return found
    start = prefix.start
    article, article_at = previous_token(text, start)
    if article.casefold() in _words(vocab, "period_articles"):
        start = article_at  # "by the first quarter of 2027"
    outer = prefix_before(text, start, vocab)
    if outer is None or outer.kind not in ("until", "before", "since", "from", "after"):
        return found
    bound: Bound = "until" if outer.kind in ("until", "before") else "from"
    return Found(outer.start, found.end, attrs.evolve(found.meaning, bound=bound))


def _with_prefix(meaning: Interpretation, prefix: Prefix) -> Interpretation | None:
    """Bound, boundary or part of the year: "depuis mars 2021" → ``2021-03/..``, "Q4 2018"."""
    if prefix.kind == "fiscal":
        return meaning if meaning.kind == "year" else None  # "fiscal year 2023": 2023
    spec = meaning.relative
    bound: Bound | None = "until" if prefix.kind == "until" else None
    if prefix.kind in ("since", "from", "after"):
        bound = "from"
    if prefix.kind == "after" and prefix.inner:
        return None  # "after the end of 2023": the boundary alone, not an interval from it
    if prefix.kind == "before":
        # "before 2030", "avant le 15 mai", "no later than the end of May" close an
        # interval; "avant la fin de l'année 2031" keeps the year and "au plus tard le 9
        # mars 2031" the day with its year, as the annotations do.
        if (meaning.kind == "year" and prefix.inner) or meaning.kind == "date":
            return None
        bound = "until"
    if spec is not None:
        since = prefix.kind == "since" and spec.unit in _SINCE_UNITS
        until = prefix.kind == "until" and spec.unit in _UNTIL_UNITS
        if bound is None or (spec.unit not in _BOUNDABLE and not since and not until):
            return None
        if prefix.kind in ("from", "after"):
            # "à compter du 1er janvier prochain" keeps its relative date in the annotations.
            return None
        if bound == "until" and prefix.inner and spec.unit not in _NAMED_PERIODS:
            # "by the end of the year": a boundary relative to the anchor, resolved, not an
            # open end (GUIDELINES: period boundaries); "d'ici fin janvier" is one.
            return meaning
        if prefix.kind == "since" and spec.direction == "auto":
            spec = attrs.evolve(spec, direction="past")
        return attrs.evolve(meaning, kind="range", relative=spec, bound=bound)
    if bound is not None:
        return attrs.evolve(meaning, kind="range", bound=bound)
    if meaning.kind not in ("year", "month"):
        return None  # "fin" or "Q4" bound a year or a month, not a day
    if prefix.kind == "period":
        if meaning.kind == "month":
            return meaning  # "the second half of March 2026": a boundary of the month
        if meaning.kind != "year" or prefix.months is None or meaning.value is None:
            return None
        first, last = prefix.months
        value = f"{meaning.value}-{first:02d}/{meaning.value}-{last:02d}"
        return attrs.evolve(meaning, kind="range", value=value, year_needs_context=False)
    return meaning


_DAY_UNITS: Final = frozenset({"day", "weekday", "day_month"})


_OPENING_MARKS: Final = " \t\n\"'“‘«-–—•*"
"""What may stand before a sentence's first word: spaces, quotes, dashes, bullets."""


def _without_attached_parts(text: str, found: list[Found], vocab: DateVocabulary) -> list[Found]:
    """Drop "dans la soirée" when a day is named in its sentence: a time of that day.

    "In the evening" dates only when it opens its sentence, capitalised (``opening_day_parts``).

    Only the neighbours in the list are looked at, so the pass stays linear.
    """
    attached = _words(vocab, "attached_day_parts")
    opening = _words(vocab, "opening_day_parts")
    links = _words(vocab, "head_links")
    result = []
    for index, item in enumerate(found):
        surface = text[item.start : item.end].casefold()
        if surface in opening and not _opens_sentence(text, item, links):
            continue  # "he works in the morning", "In the evening of his arrival"
        if surface in attached:
            low, high = sentence_bounds(text, item.start, item.end)
            near = found[max(0, index - 3) : index] + found[index + 1 : index + 4]
            if any(
                low <= other.start < high
                and _dates_a_day(other)
                and text[other.start : other.end].casefold() not in attached
                for other in near
            ):
                continue
        result.append(item)
    return result


def _opens_sentence(text: str, item: Found, links: frozenset[str]) -> bool:
    """Whether a part of the day opens its sentence, capitalised, with no complement.

    "In the evening, …" is the narrative's day; "… ; in the evening" may be another day's,
    and "In the evening of his arrival" an event's.
    """
    if not text[item.start].isupper():
        return False
    if text[sentence_bounds(text, item.start, item.end)[0] : item.start].strip(_OPENING_MARKS):
        return False
    following = text[item.end : item.end + _LINK_LOOKAHEAD].split(maxsplit=1)
    return not following or following[0].casefold() not in links


_LINK_LOOKAHEAD: Final = 12
"""Characters read after a part of the day for its complement's link ("of")."""


def _dates_a_day(item: Found) -> bool:
    spec = item.meaning.relative
    return item.meaning.kind == "date" if spec is None else spec.unit in _DAY_UNITS


def _with_iso_time(text: str, item: Found) -> Found:
    """The date of "2019-11-21T16:05:00-05:00" with its time: one mention, the day its value.

    Annotators keep a timestamp whole, as one date; its offset is the mention's zone.
    """
    if item.meaning.kind != "date" or text[item.end : item.end + 1] != "T":
        return item
    time = iso_time_after(text, item.end)
    if time is None:
        return item
    _, end, _, zone = time
    return Found(item.start, end, attrs.evolve(item.meaning, timezone=zone))


def _with_weekday_after(text: str, item: Found, vocab: DateVocabulary) -> Found:
    """A day with its weekday in parentheses after it: "on July 5 (Mon)", "le 5 juillet (lun.)".

    Foreign ministries of East Asia date their readouts so; the weekday, whole or cut to
    three letters or more, belongs to the date's text.
    """
    if not _dates_a_day(item):
        return item
    after = _WEEKDAY_AFTER.match(text, item.end)
    if after is None:
        return item
    word = after.group(1).casefold()
    if not any(name.startswith(word) for name in vocab.weekdays):
        return item
    return attrs.evolve(item, end=after.end())


def _with_weekday_before(text: str, item: Found, vocab: DateVocabulary) -> Found:
    """A day with its weekday cut to three or four letters before it: "SAT 07 MAY 2011".

    Release headers print the weekday so ("Sat 7 May 2011", "LUN. 3 MAI 2026", "Fri, Jul
    18"). A cut word is often another word ("Mon", "Sun", French "mar"), so it counts only
    capitalised, and when it is a full date's own weekday. A day without its year takes the
    weekday to find its year.
    """
    spec = item.meaning.relative
    yearless = spec is not None and spec.unit == "day_month" and spec.weekday is None
    if (item.meaning.kind != "date" and not yearless) or item.start == 0:
        return item
    before = _WEEKDAY_BEFORE.search(text, max(0, item.start - _WEEKDAY_REACH), item.start)
    if before is None or not before.group(1)[0].isupper():
        return item
    word = before.group(1).casefold()
    named = {day for name, day in vocab.weekdays.items() if name.startswith(word)}
    if spec is not None and yearless:
        if len(named) != 1:
            return item
        placed = attrs.evolve(spec, weekday=next(iter(named)))
        return attrs.evolve(
            item, start=before.start(), meaning=attrs.evolve(item.meaning, relative=placed)
        )
    value = item.meaning.value or ""
    try:
        weekday = datetime.date.fromisoformat(value).weekday()
    except ValueError:
        return item
    return attrs.evolve(item, start=before.start()) if named == {weekday} else item


def date_at(text: str, position: int, language: Language) -> Found | None:
    """The absolute date or month that starts exactly at ``position``, if one does.

    >>> date_at("Paris, le 6 janvier 2017", 10, "fr").meaning.value
    '2017-01-06'
    """
    match = date_match(language)(text, position)
    if match is None:
        return None
    meaning = interpret(match, date_vocabulary(language))
    if meaning is None or meaning.kind not in _ABSOLUTE_KINDS:
        return None
    return Found(match.start(), match.end(), meaning)


def _add_context(text: str, found: list[Found], vocab: DateVocabulary) -> list[Found]:
    """Give each relative expression the date before it, its event and its tense."""
    # Cues are read with the date expressions blanked out: "l'an prochain" is no cue
    # that "en décembre" in the same sentence lies ahead.
    pieces, position = [], 0
    for item in found:
        pieces += [text[position : item.start], " " * (item.end - item.start)]
        position = item.end
    masked = "".join([*pieces, text[position:]])
    previous: Found | None = None
    year: Found | None = None  # "in 2019 … the following year": a year told before
    result = []
    for item in found:
        spec = item.meaning.relative
        if spec is not None:
            told = year if spec.unit == "year" and spec.reference == "anaphoric" else None
            later = told if told and (previous is None or told.start > previous.start) else None
            item = _with_context(item, text, masked, vocab, later or previous)
        elif item.meaning.kind in _ABSOLUTE_KINDS and not names_instrument(
            text, item.start, vocab.language
        ):
            previous = item  # not « l'accord du 9 novembre 2020 »: the instrument's day
        elif item.meaning.kind == "year":
            year = item
        result.append(item)
    _tense_cues.cache_clear()  # holds this text's cues only while its dates are read
    return result


def _with_context(
    item: Found, text: str, masked: str, vocab: DateVocabulary, previous: Found | None
) -> Found:
    spec = item.meaning.relative
    event = None
    if spec is not None and spec.event_link:
        link = _event_link(vocab.language).match(text, item.end)
        if link is None and _ends_on_preposition(text[item.start : item.end], vocab):
            link = _event_object(vocab.language).match(text, item.end)  # "the day before the …"
        event = link.group("event") if link else None
    sentence = sentence_bounds(masked, item.start, item.end)
    future, past = _tense(masked, item, vocab.language, sentence)
    meaning = item.meaning
    if (
        meaning.bound == "until"
        and not past
        and spec is not None
        and spec.direction == "auto"
        and (spec.unit in _NAMED_PERIODS or spec.unit in _UNTIL_UNITS)
    ):
        # "due before the end of June", "stays until Friday": a deadline leans ahead
        # (values.Direction); "stayed until Friday" is past.
        meaning = attrs.evolve(meaning, relative=attrs.evolve(spec, direction="deadline"))
    if (
        spec is not None
        and spec.unit == "weekday"
        and spec.direction == "auto"
        and not future
        and _names_event_day(text, item, vocab.language)
    ):
        # « l'entretien a porté sur le sommet de samedi », "discussed Saturday's summit": the
        # day names the event's, which a past clause does not place: the nearest such weekday
        # (an event still ahead, « la préparation de la réunion de samedi », is the next).
        meaning = attrs.evolve(meaning, relative=attrs.evolve(spec, direction="nearest"))
    elif (
        future
        and spec is not None
        and spec.unit == "period"
        and spec.direction == "auto"
        and _period_in(vocab.language).search(
            text, max(0, item.start - _PERIOD_IN_REACH), item.start
        )
    ):
        # "Deliveries will begin in the first quarter", in December: the coming one; not "will
        # discuss the results of the third quarter".
        meaning = attrs.evolve(meaning, relative=attrs.evolve(spec, direction="coming"))
    elif past and spec is not None and spec.direction == "auto" and spec.unit in _PLACED_BY_TENSE:
        # "ont eu lieu le 28 mai", "met on September 5": the last occurrence, not the nearest.
        meaning = attrs.evolve(meaning, relative=attrs.evolve(spec, direction="recent"))
    tenseless = not past and not future
    if tenseless:
        future = ahead_by_default(masked, item, vocab.language, sentence)
    return attrs.evolve(
        item,
        meaning=meaning,
        previous=previous.meaning.value if previous else None,
        previous_text=text[previous.start : previous.end] if previous else None,
        event=event,
        future=future,
        tenseless=tenseless and future,
    )


def _tense(
    masked: str, item: Found, language: Language, sentence: tuple[int, int]
) -> tuple[bool, bool]:
    """Whether the clause around ``item`` speaks of the future, or of the past.

    ``sentence``: the bounds of the sentence holding ``item``. When it holds cues of both
    ("met on Monday and will meet again in March"), the cue nearest the expression decides.
    A phrase looking back at the event the expression dates overrides the clause
    (``_looking_back``).
    """
    low, high = sentence
    if _past_verb_after(masked, item, language):
        return False, True
    looking_back = _looking_back(masked, item, language, low, high)
    if looking_back is not None and looking_back[0] == "retrospective_cues":
        return False, True
    if _cites_document(masked, item, language):
        return False, True
    if looking_back is not None:  # only the cues of the phrase itself count
        low, high = looking_back[1], looking_back[2]
    else:
        ahead = _ahead(masked, item, language, low)
        if ahead is not None:
            return ahead

    def nearest(key: str, low: int, high: int) -> int | None:
        return nearest_within(_tense_cues(masked, language, key), item.start, item.end, (low, high))

    # The phrase around the expression speaks first: "look forward to meeting in December,
    # the first hosted by …" is ahead, whatever the apposition after the comma says.
    edges = list(_PHRASE_EDGES.finditer(masked, low, item.start))
    after = _PHRASE_EDGES.search(masked, item.end, high)
    # "… taken at the summit in July and preparations for upcoming ministerials": a cue past
    # a conjunct's link speaks of the other conjunct.
    joined = _cue(language, "conjunct_links").search(
        masked, item.end, after.start() if after else high
    )
    end = joined.start() if joined else after.start() if after else high
    phrase = (edges[-1].end() if edges else low, end)
    clause = _relative_clause(masked, phrase[0], item.start, language)
    if clause is not None:  # "the summit which will be held in May was discussed"
        future, past = (
            nearest("future_cues", clause, item.start),
            nearest("past_cues", clause, item.start),
        )
        if future is not None or past is not None:
            return future is not None and (past is None or future <= past), past is not None
    future, past = nearest("future_cues", *phrase), nearest("past_cues", *phrase)
    if future is None and past is None:
        future, past = nearest("future_cues", low, high), nearest("past_cues", low, high)
    # "Après les réunions à Monaco en mars, X a reçu …": an event before a past one is past;
    # before a future one it may be either, so the nearest. Only a phrase opening the
    # sentence: "agreed that, after the elections in December, …" reports what is ahead.
    opens = looking_back is not None and not masked[sentence[0] : looking_back[1]].strip()
    if (
        future is None
        and past is None
        and opens
        and nearest("past_cues", *sentence) is not None
        and nearest("future_cues", *sentence) is None
    ):
        return False, True
    if future is not None and (past is None or future <= past):
        return True, False
    return False, past is not None


def _past_verb_after(masked: str, item: Found, language: Language) -> bool:
    """Whether a weekday stands right before a past verb, which it dates (wire style).

    "Ministers X and Y Friday agreed to broker a summit": the day is the agreeing's, whatever
    the infinitive after the verb looks ahead to; an auxiliary or a copula tells no act ("the
    summit planned for Friday was postponed", ``copular_cues``).
    """
    spec = item.meaning.relative
    if spec is None or spec.unit != "weekday":
        return False
    blanks = _BLANKS.match(masked, item.end)
    verb = _cue(language, "past_cues").match(masked, blanks.end()) if blanks is not None else None
    copulas = _words(date_vocabulary(language), "copular_cues")
    return verb is not None and verb.group().casefold() not in copulas


_BLANKS: Final = compile_pattern(r"[ \t]+")
_PHRASE_EDGES: Final = compile_pattern(r"[,;:()\[\]]")
_PERIOD_IN_REACH: Final = 20


@functools.cache
def _period_in(language: Language) -> re.Pattern[str]:
    """The words placing an event in a part of the year, right before it (``period_in``)."""
    words = date_vocabulary(language).word_list("period_in")
    return compile_pattern(rf"(?<!\w)(?i:{phrase_pattern(words)})[ \t]+$" if words else r"(?!)")


_EVENT_REACH: Final = 40
"""Characters before a weekday read for the event noun it completes (« la réunion de »)."""


def _names_event_day(text: str, item: Found, language: Language) -> bool:
    """Whether a weekday names an event's day: « le sommet de samedi », "Saturday's summit".

    (``weekday_event_nouns`` after their link, ``weekday_event_before``, or after the
    weekday's possessive, ``weekday_event_after``, a modifier between allowed.)
    """
    before, after = _event_day_patterns(language)
    low = max(0, item.start - _EVENT_REACH)
    return (
        before.search(text, low, item.start) is not None or after.match(text, item.end) is not None
    )


@functools.cache
def _event_day_patterns(language: Language) -> tuple[re.Pattern[str], re.Pattern[str]]:
    vocab = date_vocabulary(language)
    nouns = phrase_pattern(vocab.word_list("weekday_event_nouns"))
    links = phrase_pattern(vocab.word_list("weekday_event_before"))
    marks = phrase_pattern(vocab.word_list("weekday_event_after"))
    if not nouns:
        return re.compile(r"(?!)"), re.compile(r"(?!)")
    before = (
        compile_pattern(
            rf"(?<![\w'’-])(?:{nouns})(?:[ \t]+[^\W\d_]+){{0,2}}[ \t]+(?:{links})[ \t]+$", re.I
        )
        if links
        else re.compile(r"(?!)")
    )
    after = (
        compile_pattern(rf"(?:{marks})[ \t]+(?:[^\W\d_]+[ \t]+)?(?:{nouns})(?![\w'’-])", re.I)
        if marks
        else re.compile(r"(?!)")
    )
    return before, after


def _relative_clause(masked: str, start: int, end: int, language: Language) -> int | None:
    """Where the last relative clause opened between ``start`` and ``end`` starts, if any.

    A date inside a relative clause takes the tense of the clause's verb, not the main
    clause's after it: "la préparation du sommet qui se tiendra en mai ont été abordées".
    """
    openers = _cue(language, "relative_openers").finditer(masked, start, end)
    return max((match.start() for match in openers), default=None)


def _looking_back(
    masked: str, item: Found, language: Language, low: int, high: int
) -> tuple[str, int, int] | None:
    """The cue of a look back at the event the expression dates, and the phrase naming it.

    "Revenant sur la célébration du 4 avril, le Chef de l'Etat invitera…": the day is the
    last 4 April (``retrospective_cues``); "Following the vote of 4 May, the Council will
    meet": the main clause's future says nothing of the vote (``sequel_cues``: only the
    phrase's own cues count). The phrase runs from a comma (or the sentence start) before
    the cue to the next one after the expression.
    """
    edges = list(_PHRASE_EDGES.finditer(masked, low, item.start))
    start = edges[-1].end() if edges else low
    after = _PHRASE_EDGES.search(masked, item.end, high)
    end = after.start() if after else high
    for key in ("retrospective_cues", "sequel_cues"):
        if _cue(language, key).search(masked, start, item.start) is not None:
            return key, start, end
    return None


_CITED_REACH: Final = 60
"""Characters before a date searched for the document it dates."""


def _cites_document(masked: str, item: Found, language: Language) -> bool:
    """Whether the expression dates a text it cites: "the September 22 Joint Statement".

    A statement, a letter or a declaration cited by its date was issued on the last such
    day (``cited_documents``), whether it follows the date or a link joins it to the date
    ("la déclaration conjointe du 22 septembre", "the letter dated 3 May").
    """
    after, before = _cited_document(language)
    return (
        after.match(masked, item.end) is not None
        or before.search(masked, max(0, item.start - _CITED_REACH), item.start) is not None
    )


@functools.cache
def _cited_document(language: Language) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A document after a date, and one before it with its link, ending the text searched."""
    vocab = date_vocabulary(language)
    documents = phrase_pattern(vocab.word_list("cited_documents"))
    links = phrase_pattern(vocab.word_list("cited_document_links"))
    return (
        # Possessive: masked dates leave long runs of spaces the search must not backtrack.
        compile_pattern(rf"[ \t]++(?:{documents})(?![\w'’-])", re.I),
        compile_pattern(
            rf"(?<![\w'’-])(?:{documents})(?:[ \t]+[\w'’-]+)?[ \t]+(?:{links})[ \t]*$", re.I
        ),
    )


def _ahead(masked: str, item: Found, language: Language, low: int) -> tuple[bool, bool] | None:
    """The tense an event still ahead gives its date, when the phrase naming it says so.

    "The upcoming summit on 3 July was discussed": the coming 3 July (``prospective_cues``).
    "Ministers met ahead of the summit on 24-25 June": the summit follows the meeting, so the
    nearest one after a past verb (but a weekday, which would be the last one), the coming one
    otherwise (``prelude_cues``). A past verb
    between the cue and the date ("the next phase began on 4 May") leaves the clause to decide;
    a plan since changed ("previously scheduled for 23 December", ``revised_words``) dates
    the nearest one, as what a past intent or announcement aimed at does ("aimed to reach a
    deal by the end of March", « a annoncé la tenue début mars d'un sommet »,
    ``intent_cues``).
    """
    edges = list(_PHRASE_EDGES.finditer(masked, low, item.start))
    start = edges[-1].end() if edges else low
    past = _cue(language, "past_cues")
    revised = _words(date_vocabulary(language), "revised_words")
    for key in ("prospective_cues", "prelude_cues", "intent_cues"):
        cues = list(_cue(language, key).finditer(masked, start, item.start))
        if not cues or past.search(masked, cues[-1].end(), item.start) is not None:
            continue
        if key == "intent_cues":
            return False, False  # "aimed to reach a deal by the end of March": the nearest
        if previous_token(masked, cues[-1].start())[0].casefold() in revised:
            return False, False  # "previously scheduled for 23 December": the nearest one
        if (
            key == "prelude_cues"
            and _nearest_by_default(item)
            and past.search(masked, low, cues[-1].start()) is not None
        ):
            return False, False
        return True, False
    return None


def _nearest_by_default(item: Found) -> bool:
    """Whether a date without tense is the nearest occurrence: a weekday is the last one."""
    spec = item.meaning.relative
    return spec is not None and spec.unit != "weekday"


def _ends_on_preposition(surface: str, vocab: DateVocabulary) -> bool:
    """Whether a relative day ends on a preposition that takes its event ("the day before")."""
    words = surface.split()
    return bool(words) and words[-1].casefold() in vocab.word_list("event_prepositions")


@functools.cache
def _event_object(language: Language) -> re.Pattern[str]:
    """An article and the event's words after "the day before": "the Conference on …"."""
    articles = date_vocabulary(language).word_list("event_articles")
    if not articles:
        return re.compile(r"(?!)")
    words = phrase_pattern(articles)
    return compile_pattern(rf"\s+(?P<event>{words}\s+\w[\w'’-]*(?:\s+[\w'’-]+){{0,5}})")


@functools.cache
def _event_link(language: Language) -> re.Pattern[str]:
    links = phrase_pattern(date_vocabulary(language).word_list("event_links"))
    # The event: up to six words after the link, stopping at punctuation.
    return compile_pattern(rf"\s+(?P<event>{links}\s*\w[\w'’-]*(?:\s+[\w'’-]+){{0,5}})")


@functools.lru_cache(maxsize=4)
def _tense_cues(masked: str, language: Language, key: str) -> MatchSpans:
    """The cues of ``key`` in the text, found once per text rather than once per date.

    A list of thousands of dates in one sentence would have each date's clause searched
    again. "will be completed": a participle after "be" is no past tense; "previously
    scheduled" (``revised_words``): a plan since changed, no future.
    """
    vocab = date_vocabulary(language)
    auxiliaries = _words(vocab, "passive_auxiliaries")
    revised = _words(vocab, "revised_words")
    return tuple(
        span
        for span in match_spans(_cue(language, key), masked)
        if key != "past_cues" or previous_token(masked, span[0])[0] not in auxiliaries
        # "the elections previously scheduled for 23 December": a plan since changed, no future
        if key != "future_cues" or previous_token(masked, span[0])[0].casefold() not in revised
    )


@functools.cache
def _cue(language: Language, key: str) -> re.Pattern[str]:
    # A case-sensitive trie of the usual casings: searched once per relative date.
    vocab = date_vocabulary(language)
    cues = trie_pattern(casings(vocab.word_list(key)))
    endings = vocab.word_list("future_endings") if key == "future_cues" else ()
    if not endings:
        return compile_pattern(rf"(?<!\w)(?:{cues})(?!\w)")
    # French future: "s'achèveront", "se rendra" (lower-case words of five letters or more).
    tails = "|".join(re.escape(e) for e in endings)
    # Not the first part of a compound ("sierra-léonais"), but an inverted subject may
    # follow the verb ("sera-t-il", "fera-t-elle"; ``future_inverted``).
    subjects = "|".join(re.escape(w) for w in vocab.word_list("future_inverted"))
    inverted = rf"t-|(?:{subjects})(?!\w)" if subjects else "t-"
    verbs = rf"(?<![\w-])[a-zàâçéèêëîïôûù]{{2,}}(?:{tails})(?!\w)(?!-(?!{inverted}))"
    return compile_pattern(rf"(?<!\w)(?:{cues})(?!\w)|{verbs}")


def _numbered_reference(text: str, start: int, end: int, vocab: DateVocabulary) -> bool:
    """Whether figures joined by a dash, a slash or a dot name a text after its sign.

    "Law No. 2016-10", « décret n° 2019-12 », "resolution 2020/12": the number is the
    text's, not a month or a range of years (``reference_signs``).
    """
    if not text[start : start + 1].isdigit() or _LETTER.search(text, start, end) is not None:
        return False
    if _SEPARATOR.search(text, start, end) is None:
        return False  # a bare year keeps its own rules ("the Finance Act 2023")
    word, _ = previous_token(text, start)
    return word.casefold().rstrip(".") in _reference_signs(vocab)


_LETTER: Final = compile_pattern(r"[^\W\d_]")
_SEPARATOR: Final = compile_pattern(r"[-–/.]")
"""What joins the figures of a text's number ("2016-10", "2020/12")."""


@functools.cache
def _reference_signs(vocab: DateVocabulary) -> frozenset[str]:
    return frozenset(w.casefold().rstrip(".") for w in vocab.word_list("reference_signs"))


_SYMBOL_BEFORE: Final = compile_pattern(r"(?<![\w/])[A-Z][A-Za-z]{0,7}(?:/[A-Za-z0-9.]+)+[ \t]*$")
"""A document symbol ending right before a bracket: "PSC/PR/COMM.1235 ", "S/RES/2231 "."""
_SYMBOL_CHARS: Final = 40
"""Characters before a bracket searched for the symbol it follows."""


def _is_year(text: str, start: int, end: int, vocab: DateVocabulary, year_ends: set[int]) -> bool:
    """Decide from its neighbours whether a bare four-digit number is a year.

    "en 2019", "(2015)", "Readiness 2030": yes; "résolution 2231", "plateforme 2050",
    "2000 soldats": no; "2016 et 2017": as the number before the coordinator.
    """
    before, before_at = previous_token(text, start)
    after = next_token(text, end)
    if before == "(" and after == ")":
        # "résolution 2406 (2018)": the number is no date, its year in parentheses is one;
        # but a document symbol's year is the symbol's ("[PSC/PR/COMM.1235 (2024)]").
        return _SYMBOL_BEFORE.search(text, max(0, before_at - _SYMBOL_CHARS), before_at) is None
    folded = before.casefold()
    if folded in vocab.year_blockers or after.casefold() in vocab.count_nouns or after == "%":
        return False
    if names_a_programme(text, start, end, vocab):
        return False
    if folded in vocab.coordinators:
        _, number_at = previous_token(text, before_at)
        return any(number_at < e <= before_at for e in year_ends)
    if folded in vocab.year_cues:
        return True
    # A capitalised word before a year names a dated programme: "Readiness 2030".
    if (
        before[:1].isupper()
        and before.isalpha()
        and folded not in _words(vocab, "year_determiners")
    ):
        return True
    return _is_modifier_year(text, end, (before, before_at), after, vocab)


def _is_modifier_year(
    text: str, end: int, before: tuple[str, int], after: str, vocab: DateVocabulary
) -> bool:
    """A year as subject or modifier: "2023 marks…", "the 1995 Dayton Agreement".

    Also "l'édition 2024 du pèlerinage". Style guides spell out a count opening a sentence.
    """
    word, word_at = before
    if word in _SENTENCE_OPENERS:
        if word == ".":
            abbreviation, _ = previous_token(text, word_at)
            return len(abbreviation) > 3 and abbreviation.casefold() not in vocab.year_blockers
        return True
    folded = word.casefold()
    if folded in _words(vocab, "year_determiners"):
        # "the 1995 Dayton Agreement", "their 2012 meeting"; not "its 1800 staff".
        return (
            not after[:1].isalnum()
            or after[:1].isupper()
            or after.casefold() in _words(vocab, "dated_nouns")
            or after.casefold() in _words(vocab, "year_followers")
        )
    if not (word.isalpha() and word.islower() and len(word) > 2):
        return False
    line_end = text[end:].lstrip(" \t")[:1] in ("", "\n", "\r")
    if line_end or not after[:1].isalnum() or after.casefold() in _words(vocab, "year_followers"):
        return True
    return _after_article(text, word_at, vocab)


def _after_article(text: str, noun_at: int, vocab: DateVocabulary) -> bool:
    """Whether the noun before a year follows an article: "l'hivernage 2024 bat son plein"."""
    if text[noun_at : noun_at + 2].casefold() in ("l'", "l’"):
        return True
    article, _ = previous_token(text, noun_at)
    return article.casefold() in _words(vocab, "noun_articles")


@functools.cache
def _words(vocab: DateVocabulary, key: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in vocab.word_list(key))
