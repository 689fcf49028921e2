"""Find the communiqué's own date: in a header line, the title, or the opening sentence.

The date is the most precise one these give for the issue or the event. A dateline or
date line printed in the header comes first, then the title, then a labelled marker
(" date 2018-06-28", often the date a site posted the text), then the opening sentence,
then a place and date line closing the text ("Jakarta, 13 August 2001"). A month-only
date is refined by a day of that same month given by a later source ("date 2023-05" and
"… le 12 mai 2023 …" in the opening sentence give 2023-05-12).

The day an earlier instrument was signed or adopted, after its name in the opening ("la
traité de bon voisinage conclu à Valmont le 3 mars 2019, les ministres …"), does not count,
nor the day of the subject's return told before the act ("Back from Valmont on 9 November,
the President received … on 10 November"). With no
other date, a readout is dated by the meeting day its second paragraph's opening sentence
gives ("After the talks held on 14 March 2027, a spokesperson said:").
"""

from __future__ import annotations

import bisect
import datetime
import functools
import re
from typing import TYPE_CHECKING, Final, Literal

import attrs

import communique.readings as readings
from communique.lexicon import LANGUAGES
from communique.lexicon.agreements import agreement_vocabulary, agreement_words
from communique.lexicon.common.wire import agencies
from communique.lexicon.dates import date_vocabulary
from communique.lexicon.persons import person_vocabulary
from communique.lexicon.structure import opens_quoted_text, structure_vocabulary, structure_words
from communique.patterncache import compile_pattern, compile_regex
from communique.structure.date_banners import is_date_banner
from communique.structure.header import (
    day_complement_links,
    is_marker,
    is_prose,
    opens_with_dateline,
)
from communique.structure.since_days import since_days
from communique.structure.stamps import PRINT_LAG, stamp_day, update_day
from communique.structure.stated_period import near_period, period_day, within_period
from communique.structure.update_labels import updated_line
from communique.structure.wire import record_date
from communique.temporal.context import APPOSED_DAY, previous_token
from communique.temporal.finder import date_at
from communique.temporal.grammar import phrase_pattern
from communique.temporal.names import names_an_event
from communique.temporal.order import writes_month_first
from communique.wordtrie import alternation, phrase_key

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    import regex

    from communique.document import Document, Unit
    from communique.hits import Found
    from communique.model import Language

__all__ = ["find_document_date"]

_ABSOLUTE: Final = frozenset({"date", "month"})
_NAMED_KINDS: Final = frozenset({"date", "month"})
"""Dates the text names to the month at least: a bare year may be a target ("en 2050") or
history ("le traité de 1960"), no clue to when the text was written."""
_YEAR_REACH: Final = 12
"""Years either side of the latest named one searched for a weekday's fit."""
_NUMERIC: Final = compile_regex(r"(?<![\d./])(\d{1,2})[./](\d{1,2})[./](\d{2})(?![\d./])")
_DAY: Final = len("2026-06-03")
_MONTH: Final = len("2026-06")
_CENTURY_PIVOT: Final = 70
"""Two-digit years below this are in the 2000s ("3.07.12" is 2012), others in the 1900s."""
_OPENING_CLAUSES: Final = 3
"""Paragraphs ending with a comma that the opening sentence may run across."""
_WORD_START: Final = compile_regex(r"(?<![\p{L}\p{N}])[\p{L}\p{N}]")
_STAMP_PARAGRAPHS: Final = 2
"""The stamp is read above the first paragraph, or above the second below a summary."""
_DIGIT: Final = compile_regex(r"(?<!\d)\d")
_CLOSING_PARAGRAPHS: Final = 2
"""The last paragraphs searched for a closing formula ("Done at …, on …")."""
_LEAD_PARAGRAPHS: Final = 2
"""A readout's lead: its summary paragraph and the sentence after it that may give the day."""
_BACKGROUND_STATUSES: Final = frozenset({"signed", "adopted"})
"""Statuses (``[[status]]`` of agreements.toml) whose participle dates an earlier instrument."""
_HEAD_REACH: Final = 60
"""Characters before a participle searched for the instrument's head."""
_TWO_WORDS: Final = 2
"""A determiner and the event's noun opening a sentence that refers back to the lead."""
_PLACE_ONLY: Final = compile_regex(
    r"\s*(?:\p{Ll}{1,3}\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*)?(?:\p{Ll}{1,3}\s*)?"
)
"""What may stand between a participle and its date: a short link, a place, a short link."""
_WORD: Final = compile_regex(r"[\p{L}\p{N}]+")
_PLACED: Final = compile_regex(r"[ \t(]*\p{Lu}[\p{L}'’. -]{1,40},")
"""A place and a comma opening a header line: a dateline ("Valmont, 2-3 June 2026")."""
_TODAY_PARAGRAPHS: Final = 3
"""The first paragraphs read for a day given in apposition to "today"."""
_BANNER_LATER: Final = datetime.timedelta(days=365)
"""How much later than the text's dateline a header's day is when it is the page's banner."""
_TODAY: Final = ("day", 0, "deictic")
"""The unit, offset and reference of "today", "aujourd'hui"."""
_OPENING_WORDS: Final = 2
"""Words at most before a day that opens its sentence ("Le", "On the")."""
_SEQUEL_REACH: Final = 200
"""Characters before a date searched for the verb placing its event after another."""
_EVENT_REACH: Final = 60
"""Characters either side of an open interval searched for the event it starts."""
_EVENT_WORDS: Final = 4
"""Words at most after an open interval before the event noun it starts."""
_DAY_UNITS: Final = frozenset(
    {"day", "weekday", "day_month", "day_range", "day_week", "month_weekday", "holiday"}
)
"""Relative units naming one day or days without a year ("jeudi", "hier", "le 19 mai")."""
_PREPARING_REACH: Final = 40
"""Characters before an event's year searched for words of its preparation ("Road to COP")."""
_PREPARING_SMALL: Final = 2
"""Words in lower case at most between those words and the event's name ("of the")."""
_CARRIED_AT: Final = 1
"""The paragraph below a release's preface: the carried text's first."""
_YEAR: Final = compile_regex(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")
"""A year in figures, for the years an event's name ends with."""
_WEEK: Final = compile_regex(r"\d{4}-W\d{2}")
"""The value of a week ("2026-W11")."""


def find_document_date(doc: Document) -> Document:
    """Set ``doc.date`` from the header, title, marker, opening sentence or closing lines.

    Years alone and ranges do not count: "En 2019, …" does not date the communiqué; a
    range of days gives its first day when nothing else dates it.
    """
    chosen: str | None = None
    headed = False  # the day chosen is a header line's (a dateline, a stamp, a closing line)
    opened = False  # the day chosen is the opening sentence's
    month_first = writes_month_first(doc)
    title = doc.title.text if doc.title is not None else None
    # The day chosen is a page's posting stamp: its clock time, or a publication label
    # ("Publié le mardi 7 mars 2017 | …"), which yields to the day the text opens with.
    stamped: _Stamp | None = None
    chosen_text = ""
    for text, end, header in _sources(doc):
        background = () if header or text == title else _background_days(doc, text, end)
        for value in _dates(doc, text, end, header, month_first=month_first, skip=background):
            if chosen is None or _refines(chosen, value):
                chosen, headed, chosen_text = value, header, text
                opened = not header and text != title
                stamped = _posting_stamp(doc, text) if header else None
    if headed and chosen is not None and len(chosen) == _DAY and _banner_like(doc, chosen_text):
        chosen = _dateline_before(doc, chosen) or chosen
    if (
        opened
        and chosen is not None
        and len(chosen) == _DAY
        and _tells_today(doc)
        and _today_told(doc) != chosen  # "Today, 24 February 2026, …": the day it names
    ):
        # "… announced today … scheduled to come into effect on 27 February" / "New York,
        # 22 February": the opening reports what happens the day the closing line issues
        # the text, and a day after it is to come. (A release announcing a meeting on a
        # later day, with no "today", is dated by that meeting.)
        issued = _closing_day(doc, month_first)
        if issued is not None and issued < chosen:
            chosen, headed = issued, True
    if (
        doc.date_stated
        and doc.reference_date is not None
        and not ((headed and not _after_stated(doc, chosen)) or _glued(doc))
        and not update_day((m.text for m in doc.boilerplate), doc.reference_date, doc.lang)
    ):
        # A front matter's day is the communiqué's, over a day the title or the body names
        # ("ended his visit on 23 October … proceeded yesterday"); a dateline stays its own,
        # unless it is much later: a page's stamp of the day it was printed ("Fri. Jun 2nd,
        # 2028" over a release of 2026), which the days the text tells must not count from.
        return doc.evolve(date=doc.reference_date.isoformat())
    period = doc.stated_period
    month_only = period is not None or (chosen is not None and len(chosen) < _DAY)
    glued = _glued_day(doc) if month_only else None
    if glued is not None:
        # "03/05/2024 - Les Ministres …" under a month marker: the text's own dateline
        chosen, period = glued, None
    if period is not None and not (
        chosen is not None
        and len(chosen) == _DAY
        and (within_period(chosen, period) or (headed and near_period(chosen, period)))
    ):
        # A front matter's month or year: the day the title or the first paragraph names in
        # it (the month bounds the search; a year, only the first sentence), else the period
        # itself, over a day of another month the text recalls.
        texts = [(doc.title.text, len(doc.title.text))] if doc.title is not None else []
        month = len(period) > len("2026")
        texts += [(text, len(text) if month else end) for text, end, _ in _opening(doc)]
        inside = chosen if chosen is not None and within_period(chosen, period) else None
        return attrs.evolve(doc, date=period_day(doc, period, texts) or inside or period)
    if stamped is not None and chosen is not None:
        chosen = _wire_day(doc, chosen, stamped) or chosen
    if chosen is not None and len(chosen) < _DAY:
        first_day = _range_start(doc) or _month_day(doc, chosen)
        chosen = first_day if first_day and first_day.startswith(chosen + "-") else chosen
    if chosen is None:
        chosen = _today_told(doc) or _stamp_date(doc) or _dateline_in_range(doc)
        chosen = chosen or _dateline_after_days(doc)
        chosen = chosen or _repeated_day(doc)
    if chosen is None:
        # A page is written before its last change: a range starting after the update
        # stamp's day ("will be held on 4 and 5 December") yields to the stamp.
        updated = _stamp_date(doc, updates=True)
        start = _range_start(doc)
        chosen = start if start is not None and (updated is None or start <= updated) else updated
    if chosen is None:
        # « … a participé à une réunion sur X. Cette réunion s'est tenue … le jeudi 22 février
        # 2024 » before the second paragraph's « … voté le 2 octobre 2023 »
        chosen = _back_referenced_day(doc)
    if chosen is None:
        # « … s'est tenue vendredi à Yaoundé » / « Réunis … le vendredi 17 mars 2023, … »
        chosen = _weekday_dated_below(doc)
    if chosen is None:
        lead = _lead_day(doc)
        if lead is not None:
            chosen = _yearless_day(doc, lead[:4]) or lead
    if chosen is None:
        chosen = _weekday_year(doc)
    if chosen is None:
        chosen = _opening_day(doc)
    if chosen is None:
        year = _title_year(doc)
        chosen = _yearless_day(doc, year, trip=False) if year is not None else None
    if chosen is None:
        chosen = _credited_day(doc)
    return doc if chosen is None else attrs.evolve(doc, date=chosen)


def _credited_day(doc: Document) -> str | None:
    """The day of a news agency's credit in brackets closing the text, when nothing else dates it.

    "… as Li's guest. (Xinhua News Agency August 16, 2006)": a portal reprints the wire
    with the agency's credit and the day it filed the copy.
    """
    pattern = _agency_credit()
    for paragraph in doc.paragraphs[-_CREDIT_PARAGRAPHS:]:
        text = paragraph.unit.text
        for credit in pattern.finditer(text):
            for found in readings.found_dates(doc, text):
                value = found.meaning.value or ""
                inside = credit.start() <= found.start and found.end <= credit.end()
                if inside and found.meaning.kind == "date" and len(value) == _DAY:
                    return value
    return None


_CREDIT_PARAGRAPHS: Final = 6
"""Last paragraphs read for an agency's dated credit (links left as paragraphs may follow it)."""


@functools.cache
def _agency_credit() -> re.Pattern[str]:
    """A news agency's credit in brackets, with a few words after its name ("(Xinhua … 2006)")."""
    names = phrase_pattern(agencies())
    return compile_pattern(rf"\([ \t]*(?:{names})(?![\w'’-])[^()\n]{{1,60}}\)")


def _after_stated(doc: Document, chosen: str | None) -> bool:
    """Whether a header's day falls well after the day the input's metadata states.

    More than ``PRINT_LAG`` days: a dateline a day or two after the front matter's (a time
    zone, a site's day) stays the text's own.
    """
    stated = doc.reference_date
    if chosen is None or stated is None or len(chosen) < _DAY:
        return False
    return datetime.date.fromisoformat(chosen[:_DAY]) - stated > datetime.timedelta(PRINT_LAG)


def _banner_like(doc: Document, text: str) -> bool:
    """Whether a header line opens with a weekday abbreviated, as a site's banner prints it.

    "Wed. Jun 19th, 2024", « ven. 3 mai 2024 », or its month abbreviated ("Thursday, Jun 27,
    2019"): a widget's day; a release's own date line ("12 March 2024", "Tuesday, 14 May
    2024") is written out.
    """
    words = text.split()
    if not words:
        return False
    first = words[0].casefold().rstrip(".,")
    if first in _weekday_abbreviations(doc.lang):
        return True
    if first not in date_vocabulary(doc.lang).weekdays:
        return False
    months = _month_abbreviations(doc.lang)
    return any(word.casefold().rstrip(".,") in months for word in words[1:_BANNER_WORDS])


_BANNER_WORDS: Final = 4
"""Words of a banner read for its month after its weekday ("Thursday, Jun 27, 2019")."""


@functools.cache
def _weekday_abbreviations(language: Language) -> frozenset[str]:
    """The abbreviated weekdays of ``language``, case-folded, without their period."""
    words = date_vocabulary(language).word_list("weekday_abbreviations")
    return frozenset(w.casefold().rstrip(".") for w in words)


@functools.cache
def _month_abbreviations(language: Language) -> frozenset[str]:
    """The months of ``language`` shortened, case-folded: shorter than the month's longest name.

    "Jun" (June), « juil » (juillet); "May" and « mai » are names written out.
    """
    months = date_vocabulary(language).months
    longest: dict[int, int] = {}
    for name, number in months.items():
        longest[number] = max(longest.get(number, 0), len(name))
    return frozenset(
        name.casefold() for name, number in months.items() if len(name) < longest[number]
    )


def _dateline_before(doc: Document, header_day: str) -> str | None:
    """The first paragraph's own dateline day, when a header's day is a year or more later.

    "Wed. Jun 19th, 2024" above "MONROVIA, January 11, 2018/ — The following statement was
    issued today": a site prints the day its page is read above every story it keeps; the
    dateline glued to the text is the day the text was written.
    """
    if not _glued(doc):
        return None
    text = doc.paragraphs[0].unit.text
    found = next(iter(readings.found_dates(doc, text[:_HEAD_REACH])), None)
    if found is None or found.meaning.kind != "date" or found.meaning.relative is not None:
        return None
    day = found.meaning.value
    if day is None or len(day) != _DAY:
        return None
    later = datetime.date.fromisoformat(header_day) - datetime.date.fromisoformat(day)
    return day if later > _BANNER_LATER else None


def _glued(doc: Document) -> bool:
    """Whether the first paragraph opens with its dateline ("Valmont, 3 May 2026 — …")."""
    return bool(doc.paragraphs) and opens_with_dateline(doc.paragraphs[0].unit.text, doc.lang)


def _glued_day(doc: Document) -> str | None:
    """The day of the dateline the first paragraph opens with ("03/05/2024 - …"), or None."""
    if not _glued(doc):
        return None
    for found in readings.found_dates(doc, doc.paragraphs[0].unit.text):
        if found.start > _GLUED_DAY_REACH:
            break
        if found.meaning.kind == "date":
            return found.meaning.value
    return None


_GLUED_DAY_REACH: Final = 80
"""Characters at the head of the first paragraph where its glued dateline's day starts."""


def _month_day(doc: Document, month: str) -> str | None:
    """The first day of ``month`` that the first paragraphs name, refining a month marker.

    " date 2020-03 X a reçu, mercredi soir, un appel …" / « "X a reçu mercredi 18 mars
    2020 un appel … » »: the quoted communiqué below the opening names the day. A dateline
    under the marker, or the opening, may give it without its year (" date 2018-10 Bakou,
    19 octobre, …", « … ont assisté le 6 septembre à Jakarta … »).
    """
    texts = [(unit.text, len(unit.text)) for unit in doc.header]
    for index, paragraph in enumerate(doc.paragraphs[:_LEAD_PARAGRAPHS]):
        text = paragraph.unit.text
        # a year-less day only on a dateline or in the opening paragraph
        texts.append((text, len(text) if index == 0 else 0))
    number = int(month[5:]) if len(month) == len("2018-10") else None  # a year marks no day
    for text, lead_end in texts:
        for found in readings.found_dates(doc, text):
            value = found.meaning.value or ""
            if found.meaning.kind == "date" and value.startswith(f"{month}-"):
                return value
            spec = found.meaning.relative
            if (
                number is None
                or found.end > lead_end
                or found.future  # « Il arrivera ce jeudi 18 juin … »: the visit's schedule
                or spec is None
                or spec.unit != "day_month"
                or found.meaning.bound is not None
                or spec.day is None
                or spec.month != number
            ):
                continue
            words = _WORD.findall(text, max(0, found.start - _LINK_REACH), found.start)
            if words and words[-1].casefold() in day_complement_links():
                continue  # « le massacre du 2 octobre », "the election of 24 March": its day
            if found.start in {
                *_instrument_days(doc, text, lead_end),
                *since_days(doc, text, lead_end),
            }:
                continue  # a signing's or a starting point's day
            try:  # « … ont assisté le 6 septembre à … »
                return datetime.date(int(month[:4]), number, spec.day).isoformat()
            except ValueError:  # 29 February of a common year
                continue
    return None


_LINK_REACH: Final = 12
"""Characters before a day read for the link that makes it a noun's complement."""


def _tells_today(doc: Document) -> bool:
    """Whether the first paragraph says "today" ("the agreement announced today by …")."""
    if not doc.paragraphs:
        return False
    return any(_is_today(found) for found in readings.found_dates(doc, doc.paragraphs[0].unit.text))


def _is_today(found: Found) -> bool:
    """Whether a date found is "today", « aujourd'hui »: the day the text is written."""
    spec = found.meaning.relative
    return spec is not None and (spec.unit, spec.offset, spec.reference) == _TODAY


def _today_told(doc: Document) -> str | None:
    """The day a text says "today" is, in apposition, in its first paragraphs.

    "… the bombing carried out in Valmont today, 14 March 2026, …", "aujourd'hui
    (3 mai 2026)": the day the text is written, which no header gives.
    """
    for paragraph in doc.paragraphs[:_TODAY_PARAGRAPHS]:
        text = paragraph.unit.text
        before: Found | None = None
        for found in readings.found_dates(doc, text):
            value = found.meaning.value or ""
            if (
                before is not None
                and found.meaning.relative is None
                and found.meaning.kind == "date"
                and len(value) == _DAY
                and APPOSED_DAY.fullmatch(text, before.end, found.start)
            ):
                return value
            before = found if _is_today(found) else None
    return None


def _weekday_year(doc: Document) -> str | None:
    """A day and month without a year, dated by the weekday the text gives them.

    Wire copy and web articles print "SEOUL, Nov. 28 (Yonhap) -- … said Thursday" or «
    Libreville, jeudi 22 décembre » without the year. The weekday fits one year in five
    to seven; of those, the one nearest the latest year of a date, a month or a closed range
    the text names (a later one on a tie) is the document's: a story is written about when
    the last month it names. Without one, or when the caller or the metadata gives a date,
    none is guessed. A day after a year the text names already (a schedule under "Travel
    from March 8 to 12, 2027") takes that year as it reads, and dates no document.
    """
    if doc.reference_date is not None:
        return None  # the caller's date or the input's metadata dates the year-less day
    named = _named_years(doc)
    if not named:
        return None
    latest = max(year for year, _ in named)
    units = [*doc.header, *([doc.title] if doc.title is not None else [])]
    units += [p.unit for p in doc.paragraphs[:1]]
    for unit in units:
        founds = readings.found_dates(doc, unit.text)
        weekdays = [
            spec.weekday
            for f in founds
            if (spec := f.meaning.relative) is not None
            and spec.unit == "weekday"
            and spec.offset == 0
            and spec.weekday is not None
        ]
        for found in founds:
            spec = found.meaning.relative
            if spec is None or spec.unit != "day_month" or not (spec.month and spec.day):
                continue
            if any(at < unit.span(found.start, found.end)[0] for _, at in named):
                return None
            # The weekday beside the day, else the lead's own ("said Thursday"), one alone.
            weekday = spec.weekday if spec.weekday is not None else _only(weekdays)
            if weekday is not None:
                return _nearest_fit(spec.month, spec.day, weekday, latest)
    return None


_DATELINE_REACH: Final = 40
"""Characters at most before the date of a wire dateline ("VALMONT CITY, ")."""
_TITLED_PLACE: Final = compile_regex(r"[ \t]*\p{Lu}[\p{L} .'’-]{1,30},[ \t]*")
"""A place in capitals or title case and its comma, before a dateline's day ("Accra, ")."""
_FILED_AFTER: Final = 7
"""Days at most between an event a wire reports and the year-less day of its dateline."""
_WIRE_PLACE: Final = compile_regex(r"[ \t]*(?:\p{Lu}[\p{Lu}\p{Lt} .'’-]{1,30},|\()[ \t]*")
"""The place of a wire dateline, in capitals, and its comma ("VALMONT CITY, ", "KALVORA, "),
or the bracket a dateline opens with, its day first: "( February 11, Valmont, The Gazette)"."""
_POSTING_DAYS: Final = 3
"""Days at most between an agency's dateline and the page's posting stamp."""
_PUBLISHED_DAYS: Final = 7
"""Days at most between the day a text opens with and a newspaper's publication label."""
_OPENING_CLAUSE_WORDS: Final = 10
"""Words at most before the day in a sentence's opening clauses (one comma at most)."""
_YEARLESS_DAYS: Final = frozenset({"day_month", "day_range"})
"""Relative units of a day, or a range of days, written without a year ("les 8 et 9 octobre")."""


def _only(values: list[int]) -> int | None:
    """The one distinct value of ``values``, if exactly one."""
    distinct = set(values)
    return distinct.pop() if len(distinct) == 1 else None


def _named_years(doc: Document) -> list[tuple[int, int]]:
    """The years of the dates, months and closed ranges the text names, with where.

    Each year comes with the original offset of its mention.
    """
    units = [*doc.header, *(p.unit for p in doc.paragraphs)]
    if doc.title is not None:
        units.append(doc.title)
    return [
        (int(value[:4]), unit.span(found.start, found.end)[0])
        for unit in units
        for found in readings.found_dates(doc, unit.text)
        if (found.meaning.kind in _NAMED_KINDS or _closed_range(found))
        and (value := found.meaning.value)
        and value[:4].isdigit()
    ]


def _closed_range(found: Found) -> bool:
    """A range with both ends, to the month at least ("1er trimestre 2023").

    An open one is a target ("by 2030"); so is a span of years ("a roadmap for 2031-2035").
    """
    value = found.meaning.value or ""
    return (
        found.meaning.kind == "range"
        and found.meaning.bound is None
        and all(len(side) > len("YYYY") for side in value.split("/"))
    )


def _nearest_fit(month: int, day: int, weekday: int, latest: int) -> str | None:
    """The day in the year nearest ``latest`` whose weekday is ``weekday``, ISO."""
    fits = []
    for year in range(latest - _YEAR_REACH, latest + _YEAR_REACH + 1):
        try:
            date = datetime.date(year, month, day)
        except ValueError:  # 29 February of a common year, or no such day
            continue
        if date.weekday() == weekday:
            fits.append(date)
    best = min(fits, key=lambda d: (abs(d.year - latest), -d.year), default=None)
    return best.isoformat() if best is not None else None


def _range_start(doc: Document) -> str | None:
    """The first day of the first range of days a dateline or the opening sentence gives.

    "Joint statement … / We, the Ministers, met in Valmont on 2-3 June 2026", or the
    dateline "Valmont, 2-3 June 2026": with no other date, the event's date is its first
    day, as annotators date a visit or a session. It also refines a month-only marker of
    the same month (" date 2017-10" above "… les 09 et 10 octobre 2017 …").
    """
    days = _first_range(doc)
    if days is None:
        return None
    first, last = days
    return first if len(first) == _DAY else last


def _first_range(doc: Document) -> tuple[str, str] | None:
    """The bounds of the first range ending on a day that a dateline or the opening gives."""
    place_above = False
    for text, end, header in _sources(doc):
        # "Suva, Fiji" / "5 – 6 April 2017": a place's line over the days, one dateline
        placed = _PLACED.match(text) is not None or (
            place_above and readings.only_date(doc, text.strip(), "range")
        )
        place_above = header and _PLACED.match(text) is not None and _DIGIT.search(text) is None
        if header and not placed:
            continue  # "Semaine du 8 au 14 mars": an agenda's week, not its day
        for found in readings.found_dates(doc, text):
            value = found.meaning.value or ""
            first, _, last = value.partition("/")
            if found.end <= end and found.meaning.kind == "range" and len(last) == _DAY:
                return first, last
    return None


def _dateline_in_range(doc: Document) -> str | None:
    """A wire dateline's year-less day inside the range of days the opening gives, in its year.

    "ASTANA, July 3 (Xinhua) --" over "… paid a state visit … from 2 to 4 July 2024": the
    story is filed during the visit, on 2024-07-03. A day outside the range guesses no year.
    """
    days = _first_range(doc)
    if days is None or len(days[0]) != _DAY:
        return None
    first, last = (datetime.date.fromisoformat(day) for day in days)
    units = [(unit, True) for unit in doc.header]
    units += [(p.unit, False) for p in doc.paragraphs[:1]]
    for unit, header in units:
        for found in readings.found_dates(doc, unit.text):
            spec = found.meaning.relative
            if not header and (
                found.start > _DATELINE_REACH
                or not _WIRE_PLACE.fullmatch(unit.text, 0, found.start)
            ):
                break  # a paragraph's date past its wire dateline
            if spec is None or spec.unit != "day_month" or not (spec.month and spec.day):
                continue
            for year in sorted({first.year, last.year}):
                try:
                    day = datetime.date(year, spec.month, spec.day)
                except ValueError:  # 29 February of a common year
                    continue
                if first <= day <= last:
                    return day.isoformat()
    return None


def _repeated_day(doc: Document) -> str | None:
    """The opening's day without a year, in the year a later mention of that same day gives.

    "… issued a Joint Statement on the official visit on September 28-29 of President X" /
    "1. … paid an Official Visit from 28 to 29 September 2016": the body names the same
    month and day again with its year, so that year is read, not guessed. Only the first
    year-less day of the title or the opening sentence counts, and only a day written in
    full elsewhere (another day of the month is another event), and only the day of a
    meeting or a visit the words before it name (``title_nouns``): « salue le déroulement
    du scrutin du 24 mars » dates the election reacted to, not the text.
    """
    sources = [(doc.title.text, len(doc.title.text), True)] if doc.title is not None else []
    sources += [(text, end, False) for text, end, _ in _opening(doc)]
    meetings = structure_vocabulary(doc.lang).title_nouns
    for text, end, titled in sources:
        for found in readings.found_dates(doc, text):
            spec = found.meaning.relative
            if found.end > end or spec is None or spec.unit not in _YEARLESS_DAYS:
                continue
            if found.meaning.bound is not None or not (spec.month and spec.day):
                return None  # « jusqu'au 30 juin »: a deadline, no day of the event
            # "On the evening of 22nd February, the Minister …": the day opens the lead
            opens = len(_WORD.findall(text, 0, found.start)) <= _LEAD_DAY_WORDS and not titled
            # the meeting's noun governs the day: "the official visit on September 28-29",
            # not « Au terme de sa visite, … salue … le scrutin du 24 mars »
            if not (opens or _meeting_before(text, found.start, _GOVERNING_WORDS, meetings)):
                return None
            return _written_day(doc, spec.month, spec.day)
    return None


_GOVERNING_WORDS: Final = 4
"""Words at most from a meeting's noun to its day ("visit on", « visite effectuée les »)."""
_LEAD_DAY_WORDS: Final = 4
"""Words at most before a day that opens the lead ("On the evening of 22nd February")."""


def _written_day(doc: Document, month: int, day: int) -> str | None:
    """The first day with its year that the paragraphs give a meeting on ``month`` and ``day``.

    "1. … paid an Official Visit to Vietnam from 28 to 29 September 2016": a meeting's noun
    stands within a few words before it (``title_nouns``); another event's day is no repeat
    of the visit's ("… the Treaty … signed on 5 June 1994", "The first summit was held on
    12 May 2010", "The Agreement expires on 3 March 2030").
    """
    suffix = f"-{month:02}-{day:02}"
    meetings = structure_vocabulary(doc.lang).title_nouns
    for paragraph in doc.paragraphs:
        text = paragraph.unit.text
        for found in readings.found_dates(doc, text):
            first = (found.meaning.value or "").partition("/")[0]
            if len(first) != _DAY or not first.endswith(suffix) or found.future:
                continue
            if found.meaning.relative is not None or found.meaning.bound is not None:
                continue
            if not _meeting_before(text, found.start, _REPEAT_WORDS, meetings):
                continue
            if found.start in _background_days(doc, text, len(text)):
                continue
            if not _tells_earlier(text, readings.sentences(doc, text), found.start):
                return first
    return None


_REPEAT_WORDS: Final = 6
"""Words at most from a meeting's noun to its day written again ("visit to Norland on")."""
_MEETING_REACH_CHARS: Final = 80
"""Characters before a day read for the meeting's noun that governs it."""


def _meeting_before(text: str, position: int, words: int, meetings: frozenset[str]) -> bool:
    """Whether a meeting's noun (``title_nouns``) stands among the ``words`` before ``position``."""
    before = _WORD.findall(text, max(0, position - _MEETING_REACH_CHARS), position)
    return any(word.casefold() in meetings for word in before[-words:])


def _background_days(doc: Document, text: str, end: int) -> tuple[int, ...]:
    """Where the days of another event start in ``text[:end]``, no day of the text's own.

    An instrument's signing, a mandate, an arrival or return, a starting point, an event the
    reported one follows (``_instrument_days``, ``_mandate_days``, ``_prior_days``,
    ``since_days``, ``_sequel_days``).
    """
    return (
        *_instrument_days(doc, text, end),
        *_mandate_days(doc, text, end),
        *_prior_days(doc, text, end),
        *since_days(doc, text, end),
        *_sequel_days(doc, text, end),
    )


def _back_referenced_day(doc: Document) -> str | None:
    """The day a later sentence of the first paragraph gives the event the lead reported.

    « X a participé à une réunion spéciale sur Y. Cette réunion s'est tenue … le jeudi 22
    février 2024 »: the sentence opens with a determiner and the event's noun
    (``sentence_openers``, ``title_nouns``), and names its day; "The last such meeting was
    held on 3 May 2019" is another meeting's.
    """
    if not doc.paragraphs:
        return None
    text = doc.paragraphs[0].unit.text
    vocab = structure_vocabulary(doc.lang)
    spans = readings.sentences(doc, text)
    for start, end in spans[1:]:
        words = [w.casefold() for w in _WORD.findall(text, start, min(end, start + _HEAD_REACH))]
        if len(words) < _TWO_WORDS or words[0] not in vocab.sentence_openers:
            continue
        if words[1] not in vocab.title_nouns:
            continue
        background = (
            *_prior_days(doc, text, end),
            *_sequel_days(doc, text, end),
            *since_days(doc, text, end),
        )
        for found in readings.found_dates(doc, text):
            value = found.meaning.value or ""
            if not start <= found.start < end or found.start in background:
                continue
            if _after_sequel_verb(text, spans, found):
                return None  # « Cette réunion fait suite à celle du 3 mai 2019 »
            if found.meaning.kind == "date" and len(value) == _DAY:
                return value if found.meaning.relative is None else None
    return None


def _weekday_dated_below(doc: Document) -> str | None:
    """The day a paragraph below gives with the weekday the opening sentence names alone.

    « La session s'est tenue vendredi à Yaoundé. » / … / « Réunis au palais le vendredi 17
    mars 2023, … »: the full date is written with that weekday ("Friday 17 March 2023"), the
    day the lead's weekday names. Only the first paragraphs are read, and only one weekday
    in the opening sentence.
    """
    if not doc.paragraphs:
        return None
    text = doc.paragraphs[0].unit.text
    end = readings.sentences(doc, text)[0][1]
    weekdays = {
        spec.weekday
        for found in readings.found_dates(doc, text)
        if found.end <= end
        and (spec := found.meaning.relative) is not None
        and spec.unit == "weekday"
        and spec.offset == 0
        and spec.weekday is not None
    }
    if len(weekdays) != 1:
        return None
    weekday = weekdays.pop()
    names = date_vocabulary(doc.lang).weekdays
    for paragraph in doc.paragraphs[:_WEEKDAY_PARAGRAPHS]:
        unit_text = paragraph.unit.text
        background = _background_days(doc, unit_text, len(unit_text))
        spans = readings.sentences(doc, unit_text)
        for found in readings.found_dates(doc, unit_text):
            value = found.meaning.value or ""
            if found.meaning.kind != "date" or found.meaning.relative is not None:
                continue
            if len(value) != _DAY or datetime.date.fromisoformat(value).weekday() != weekday:
                continue
            if found.start in background or not _opens_clause(doc, unit_text, spans, found):
                continue  # « … le traité signé le vendredi 3 mars 1995 »: another event's
            words = _WORD.findall(unit_text, found.start, found.end)
            if any(names.get(word.casefold()) == weekday for word in words):
                return value
    return None


def _opens_clause(doc: Document, text: str, spans: Sequence[tuple[int, int]], found: Found) -> bool:
    """Whether a day stands in its sentence's opening words, no noun's complement.

    « Réunis au palais, le vendredi 17 mars 2023, les chefs d'État … » sets the scene;
    "… recalled the attack of Friday 13 November 2015" (after "of") names another event.
    """
    start = next((s for s, e in spans if s <= found.start < e), 0)
    words = _WORD.findall(text, start, found.start)
    if len(words) > _OPENING_CLAUSE_WORDS:
        return False
    links, articles = _event_links(doc.lang)
    before = [w.casefold() for w in words if w.casefold() not in articles]
    return not before or before[-1] not in links


@functools.cache
def _event_links(language: Language) -> tuple[frozenset[str], frozenset[str]]:
    """The links from an event's noun to its day ("of", « du »), and a day's other articles.

    The links' first words, and the articles a day takes otherwise ("the", « le »),
    case-folded, elisions without their apostrophe.
    """
    vocab = date_vocabulary(language)
    links = frozenset(
        phrase_key(link).split()[0].rstrip("'’") for link in vocab.word_list("event_links")
    )
    articles = frozenset(w.casefold() for w in vocab.word_list("day_articles")) - links
    return links, articles


_WEEKDAY_PARAGRAPHS: Final = 3
"""Paragraphs read for the full date of the weekday the opening sentence names."""


def _lead_day(doc: Document) -> str | None:
    """The first day the second paragraph's opening sentence gives, if nothing else dates.

    A readout may open with a summary and give the day in the next sentence ("X met his
    counterpart in Valmont." / "Following the meeting held on 3 May 2026, a spokesperson
    said:"): the day of the reported meeting, named before it, which such a text is issued on.
    """
    if len(doc.paragraphs) < _LEAD_PARAGRAPHS:
        return None
    text = doc.paragraphs[_LEAD_PARAGRAPHS - 1].unit.text
    end = readings.sentences(doc, text)[0][1]
    meetings = structure_vocabulary(doc.lang).title_nouns  # "talks", "entretien": no "Council"
    background = _instrument_days(doc, text, end)
    for found in readings.found_dates(doc, text):
        value = found.meaning.value or ""
        if found.start in background:
            continue
        if found.end <= end and found.meaning.kind == "date" and len(value) == _DAY:
            if _after_sequel_verb(text, readings.sentences(doc, text), found):
                return None  # "The visit follows the Prime Minister's visit … on 14 July"
            # The day of the meeting ("after the talks held on …"), not of what it discussed.
            words = _WORD.findall(text, 0, found.start)
            return value if any(word.casefold() in meetings for word in words) else None
    return None


def _after_sequel_verb(text: str, spans: Sequence[tuple[int, int]], found: Found) -> bool:
    """Whether a verb placing the event after another stands before the date in its sentence.

    « La visite du Président fait suite à la visite du Premier ministre en France le 14
    juillet 2023 »: the day is the earlier visit's, which does not date the text.
    """
    index = bisect.bisect_right(spans, (found.start, len(text))) - 1
    start = spans[index][0] if index >= 0 and found.start < spans[index][1] else 0
    start = max(start, found.start - _SEQUEL_REACH)  # a long sentence: near the date only
    return _sequel_verb().search(text, start, found.start) is not None


def _tells_earlier(text: str, spans: Sequence[tuple[int, int]], position: int) -> bool:
    """Whether the sentence around ``position`` tells an earlier event ("The last meeting …")."""
    start, end = next(((a, b) for a, b in spans if a <= position < b), (0, len(text)))
    return _earlier_word().search(text, start, end) is not None


@functools.cache
def _earlier_word() -> re.Pattern[str]:
    """A word of an earlier event of the same kind (``earlier_words``, both languages)."""
    words = alternation(structure_words("header", "earlier_words"))
    return compile_pattern(rf"(?<![\w'’-])(?:{words})(?![\w'’-])", re.IGNORECASE)


@functools.cache
def _sequel_verb() -> re.Pattern[str]:
    """A verb placing the reported event after another (``sequel_verbs``, both languages)."""
    words = alternation(structure_words("header", "sequel_verbs"))
    return compile_pattern(rf"(?<![\w'’-])(?:{words})(?![\w'’-])", re.IGNORECASE)


def _opening_day(doc: Document) -> str | None:
    """The first day the opening names, when nothing else dates the text.

    The lead sentence's first day counts as it is. Later in the first paragraph, and in the
    second paragraph's first sentence, a day counts only when it is told as the event's: it
    opens its sentence ("On 5 July 2026 in Valmont, each of them …", a dateline "Valmont, 5
    July 2026") or a meeting noun stands before it (« Après la réunion des experts tenue le
    lundi 3 août 2026, … »), and the sentence does not look ahead ("The next round will take
    place on 3 September"); a massacre's, a ceasefire's, a mandate's day is no event the
    text is issued on. A range gives its first day; an open one only in the lead and as a
    visit's or a meeting's start (« se rendra à Valmont à compter du samedi 7 novembre pour
    une visite de travail »). Background days (an instrument's signing, a mandate, a
    return) do not count, and a day named without its year first ("opened on Thursday") is
    the event's, which a later full date is not sure to be: then none is guessed.
    """
    for position, paragraph in enumerate(doc.paragraphs[:_LEAD_PARAGRAPHS]):
        text = paragraph.unit.text
        spans = readings.sentences(doc, text)
        lead_end = spans[0][1] if spans else len(text)
        limit = lead_end if position else len(text)  # the second paragraph: its lead only
        background = _background_days(doc, text, limit)
        for found in readings.found_dates(doc, text):
            if found.start >= limit:
                break
            meaning = found.meaning
            if found.start in background or _after_sequel_verb(text, spans, found):
                continue  # "The visit follows the Prime Minister's visit … on 14 July 2023"
            value = meaning.value or ""
            first = value.partition("/")[0]
            lead = position == 0 and found.end <= lead_end
            if meaning.kind in ("date", "range") and len(first) == _DAY:
                if meaning.bound is not None:
                    if lead and _starts_event(doc, text, found):
                        return first
                    continue
                if lead or _told_as_event(doc, text, found, spans):
                    return first
                continue
            if meaning.relative is not None and meaning.relative.unit in _DAY_UNITS:
                return None
    return None


def _told_as_event(
    doc: Document, text: str, found: Found, spans: tuple[tuple[int, int], ...]
) -> bool:
    """Whether a day past the lead sentence is told as the reported event's.

    It opens its sentence, maybe after a place and its comma ("On 5 July 2026 in Valmont,
    …", "Brussels, 5 May 2026"), or a meeting noun stands before it in its sentence
    (``title_nouns``, ``meeting_words``, ``visiting_words``); and the sentence does not speak
    of the future.
    """
    if found.future:
        return False
    index = bisect.bisect_right(spans, (found.start, len(text) + 1)) - 1
    low = spans[index][0] if index >= 0 else 0
    before = _WORD.findall(text, low, found.start)
    if len(before) <= _OPENING_WORDS or _PLACED.fullmatch(text, low, found.start):
        return True
    vocab = structure_vocabulary(doc.lang)
    events = vocab.title_nouns | vocab.meeting_words | vocab.visiting_words
    return any(word.casefold() in events for word in before)


def _starts_event(doc: Document, text: str, found: Found) -> bool:
    """Whether the open interval is a visit's or a meeting's first day, not a rule's.

    « se rendra à Valmont à compter du samedi 7 novembre pour une visite de travail » (the
    noun a few words after it), "will pay a working visit to Valmont from Saturday, 7
    November" (the noun after an indefinite article and a word at most, before it): a
    meeting or trip noun
    (``title_nouns``) the interval starts. Not a look back ("since 3 March", « depuis le 3
    mars »), nor "a visa for any visit … from 1 March": a rule's start dates no text.
    """
    since = _looking_back(doc.lang)
    if since is not None and since.match(text, found.start):
        return False
    events = structure_vocabulary(doc.lang).title_nouns
    after = _WORD.findall(text, found.end, min(len(text), found.end + _EVENT_REACH))
    if any(word.casefold() in events for word in after[:_EVENT_WORDS]):
        return True
    low = max(0, found.start - _EVENT_REACH)
    before = [word.casefold() for word in _WORD.findall(text, low, found.start)]
    articles = _indefinites(doc.lang)
    for index, word in enumerate(before):
        if word in events and any(w in articles for w in before[max(0, index - 2) : index]):
            return True
    return False


@functools.cache
def _indefinites(language: Language) -> frozenset[str]:
    """The indefinite articles ("a", « une ») before a visit's noun."""
    return frozenset(agreement_words("indefinites", language))


@functools.cache
def _looking_back(language: Language) -> regex.Pattern[str] | None:
    """The words opening an interval that looks back from its start ("since", « depuis »)."""
    words = date_vocabulary(language).word_list("open_since")
    return compile_regex(rf"(?i:{phrase_pattern(words)})(?!\w)") if words else None


def _clock_time(doc: Document, text: str) -> bool:
    """Whether a header line gives a clock time, as a page's posting stamp does.

    "08:29, February 14, 2028", « 14/02/2028 à 08h29 »: read from the dates found in it.
    """
    return any(found.meaning.kind == "time" for found in readings.found_dates(doc, text))


_Stamp = Literal["clock", "label"]
"""A page's posting stamp: its clock time, or a newspaper's publication label."""


def _posting_stamp(doc: Document, text: str) -> _Stamp | None:
    """The kind of posting stamp a header line is, or None.

    A clock time ("08:29, February 14, 2028") posts a wire's story within days; a
    publication label (« Publié le mardi 7 mars 2017 | Le Matinal ») a newspaper's report
    within a week.
    """
    if _clock_time(doc, text):
        return "clock"
    return "label" if _publication_label().match(text) is not None else None


@functools.cache
def _publication_label() -> regex.Pattern[str]:
    """A news page's publication label opening a line ("Published on", « Publié le »)."""
    labels = alternation(structure_words("header", "publication_labels"))
    return compile_regex(rf"[ \t]*(?i:{labels})(?![\p{{L}}])")


def _wire_day(doc: Document, posted: str, stamp: _Stamp) -> str | None:
    """The day of the wire dateline opening the text, a few days before the page's stamp.

    "08:29, February 14, 2028" over "VALMONT CITY, Feb. 13 (VNA) -- …": the site posted the
    story the day after the agency filed it; the dateline dates the text. So does a day
    opening the text ("Monday July 1, 2013 15:04" over "On 30 June 2013, the Minister …").
    """
    # The text opens with its first sentence: a stray word above it (a caption's) is none.
    text = next((p.unit.text for p in doc.paragraphs if is_prose(p.unit.text)), None)
    if text is None or len(posted) != _DAY:
        return None
    for found in readings.found_dates(doc, text):
        placed = _WIRE_PLACE.fullmatch(text, 0, found.start) is not None
        # "On 30 June 2013, …", « Réuni en session ordinaire mercredi 1er mars 2017, … », «
        # Le Conseil des ministres, réuni le jeudi 2 mars 2017, … »: the day in the
        # sentence's opening clause or the one set off after its subject.
        before = text[: found.start]
        opening = len(before.split()) <= _OPENING_WORDS or (
            before.count(",") <= 1 and len(before.split()) <= _OPENING_CLAUSE_WORDS
        )
        if found.start > _DATELINE_REACH or not (placed or opening):
            return None
        spec = found.meaning.relative
        value = found.meaning.value
        if spec is not None and stamp == "label":
            return None  # a report's day carries its year; "on Saturday, March 13" is ahead
        if spec is not None and spec.unit == "day_month" and spec.month and spec.day:
            year = int(posted[:4])
            # "Dec. 31" under a stamp of January 2: the year before the stamp's.
            if (spec.month, spec.day) > (int(posted[5:7]), int(posted[8:10])):
                year -= 1
            try:
                value = datetime.date(year, spec.month, spec.day).isoformat()
            except ValueError:
                return None
        if value is None or len(value) != _DAY:
            return None
        gap = (datetime.date.fromisoformat(posted) - datetime.date.fromisoformat(value)).days
        reach = _POSTING_DAYS if stamp == "clock" else _PUBLISHED_DAYS
        return value if 0 < gap <= reach else None
    return None


def _title_year(doc: Document) -> str | None:
    """The one year the title names as a year, if only one ("Le Forum de Valmont 2026 …").

    An event named with its edition's year, over an opening that gives its day without one
    ("… s'est ouvert le 12 novembre à Valmont"): the day is in that year. Only a year the date
    finder reads as one counts, without a bound: not "partners since 1992", « avant 2027 »,
    nor a programme's name ("Horizon 2030"); an event's name ("Orlan-Norland Summit 2026",
    "Expo 2030") is the event's year.
    """
    if doc.title is None:
        return None
    years = {
        value
        for found in readings.found_dates(doc, doc.title.text)
        if found.meaning.kind == "year"
        and found.meaning.bound is None
        and (value := found.meaning.value) is not None
    }
    # "Orlan-Norland Summit 2026": the year of the event's name, which is no mention, is its year;
    # not an edition still ahead ("Preparations for Expo 2030", « Préparatifs de l'Expo 2030 »).
    vocab = date_vocabulary(doc.lang)
    title = doc.title.text
    preparing = _preparing(doc.lang)
    years |= {
        year.group()
        for year in _YEAR.finditer(title)
        if names_an_event(title, year.start(), year.end(), vocab)
        and not _prepared(title, year.start(), preparing)
    }
    return years.pop() if len(years) == 1 else None


def _dateline_after_days(doc: Document) -> str | None:
    """A wire dateline's year-less day a few days after a day the text gives with its year.

    "Accra, May 18, GNA – A team … has paid a working visit …" over "The two-day visit was
    from May 15 to 16, 2023": the story is filed after the events it reports, within
    ``_FILED_AFTER`` days of one of them; the years of those days must agree, and no later
    year be named ("the agreement, signed on May 16, 2019, expired in 2024").
    """
    if not doc.paragraphs:
        return None
    text = doc.paragraphs[0].unit.text
    spec = next(
        (
            found.meaning.relative
            for found in readings.found_dates(doc, text)
            if found.start <= _DATELINE_REACH and _TITLED_PLACE.fullmatch(text, 0, found.start)
        ),
        None,
    )
    if spec is None or spec.unit != "day_month" or not (spec.month and spec.day):
        return None
    filed: set[datetime.date] = set()
    latest = 0  # a later year the text names ("expired in 2024") is no older story's
    for paragraph in doc.paragraphs:
        for found in readings.found_dates(doc, paragraph.unit.text):
            if found.meaning.relative is not None:
                continue
            for part in (found.meaning.value or "").split("/"):
                if part[:4].isdigit():
                    latest = max(latest, int(part[:4]))
                if len(part) != _DAY:
                    continue
                day = datetime.date.fromisoformat(part)
                try:
                    candidate = datetime.date(day.year, spec.month, spec.day)
                except ValueError:  # 29 February of a common year
                    continue
                if 0 <= (candidate - day).days <= _FILED_AFTER:
                    filed.add(candidate)
    if len(filed) != 1:
        return None
    day = filed.pop()
    return day.isoformat() if day.year >= latest else None


def _yearless_day(doc: Document, year: str, *, trip: bool = True) -> str | None:
    """The day the title or the opening sentence gives without a year, in ``year``.

    "La ministre en Norlandie les 8 et 9 octobre" over a text whose only full date is an
    earlier visit's ("… à la suite de la visite du 14 juin 2027"): the headline's day is the
    event's; the year comes from the text.
    """
    opening = _opening(doc)
    # Only a trip the opening sentence tells ("effectuera … un déplacement", "will travel"),
    # unless the year is the title's own (``trip`` False): a day of an attack or a deadline
    # in a headline is no event the text is issued on.
    persons = person_vocabulary(doc.lang)
    if trip and not any(
        persons.trip_word.search(text, 0, end) or persons.future_word.search(text, 0, end)
        for text, end, _ in opening
    ):
        return None
    sources = [(doc.title.text, len(doc.title.text))] if doc.title is not None else []
    sources += [(text, end) for text, end, _ in opening]
    for text, end in sources:
        for found in readings.found_dates(doc, text):
            spec = found.meaning.relative
            if found.end > end or spec is None or spec.unit not in _YEARLESS_DAYS:
                continue
            if found.meaning.bound is not None:
                continue  # « jusqu'au 30 juin »: a deadline, no day of the event
            if spec.month and spec.day:
                try:
                    return datetime.date(int(year), spec.month, spec.day).isoformat()
                except ValueError:  # 29 February of a common year
                    return None
    return None


def _stamp_date(doc: Document, *, updates: bool = False) -> str | None:
    """The first day or month of the furniture above the text, when nothing else dates it.

    A web page's "Publié le 9 septembre 2026 à 10h12" is furniture (no date mention,
    GUIDELINES), but like metadata it may still date the document. An update stamp
    ("Mise à jour le 10 novembre 2023") tells when the page changed: it counts only with
    ``updates``, after the days of the text's opening (``_range_start``).
    """
    # A portal may print its summary above the publishing block ("From: …" / "Published
    # 3 March 2026"): a labelled stamp may stand between the first two paragraphs.
    starts = [paragraph.start for paragraph in doc.paragraphs[:_STAMP_PARAGRAPHS]]
    vocab = structure_vocabulary(doc.lang)
    labels = vocab.date_label_line
    furniture = doc.boilerplate
    for position, mention in enumerate(furniture):
        if starts and mention.start >= starts[-1]:
            break
        # "LE MATIN" / "10 Mars 2026" / "À 13:51" under the lead: a stamp, as a label says.
        following = furniture[position + 1].text if position + 1 < len(furniture) else None
        labelled = labels.match(mention.text) is not None
        field = None if labelled else _labelled_field(mention.text, labels)
        stamp = labelled or field is not None or stamp_day(doc, mention.text, following)
        if starts and mention.start >= starts[0] and not stamp:
            continue
        if not labelled and vocab.live_clock.fullmatch(mention.text):
            continue  # "7:14:47 PM Jeudi, 25 Avril 2024": the page's clock, when it was read
        if not updates and updated_line(mention.text):
            continue
        if not labelled and is_date_banner(
            doc, mention.text, (p.unit.text for p in doc.paragraphs)
        ):
            continue  # "Monday, December 23, 2024 | 02:02 AM IST" over a story of 2016
        value = _absolute(doc, field if field is not None else mention.text)
        if value is not None:
            return value
    # Below the text, only a labelled stamp: "Published 17 June 2021" closing a news page.
    closing = (m for m in doc.boilerplate if labels.match(m.text) is not None)
    return next((v for m in closing if (v := _absolute(doc, m.text)) is not None), None)


def _labelled_field(text: str, labels: regex.Pattern[str]) -> str | None:
    """The field of a piped stamp that a publication label opens, or None.

    "Reuters | Updated: 04-02-2021 23:24 IST | Created: 04-02-2021 23:24 IST": the day the
    story was created is its own; the update's is a later change.
    """
    if "|" not in text:
        return None
    fields = (field.strip() for field in text.split("|")[1:])
    return next((field for field in fields if labels.match(field) is not None), None)


def _absolute(doc: Document, text: str) -> str | None:
    """The first day or month ``text`` (a furniture line or a field of one) gives."""
    for found in readings.found_dates(doc, text):
        if found.meaning.kind in _ABSOLUTE and found.meaning.value:
            return found.meaning.value
    return None


def _instrument_days(doc: Document, text: str, end: int) -> tuple[int, ...]:
    """Where the dates of an earlier instrument's signing or adoption start in the opening.

    "Conformément au traité de bon voisinage conclu à Valmont le 3 mars 2019, les ministres
    …": a participle after an instrument's name, with only a place before its date, dates
    the instrument, not the text. After an auxiliary it is the reported act ("ont signé le
    3 mai", "was signed on 3 May"), as with an object ("signed on 5 May an agreement").
    """
    vocab = agreement_vocabulary(doc.lang)
    phrases = vocab.status_after
    if phrases is None:
        return ()
    auxiliaries = _auxiliaries(doc.lang)
    founds = readings.found_dates(doc, text)
    starts: list[int] = []
    for match in phrases.pattern.finditer(text, 0, end):
        if phrases.status_of(match) not in _BACKGROUND_STATUSES:
            continue
        if previous_token(text, match.start())[0].casefold() in auxiliaries:
            continue
        # The instrument's head shortly before: "la Déclaration d'amitié … signée".
        named = _WORD.findall(text, max(0, match.start() - _HEAD_REACH), match.start())
        if not any(phrase_key(word) in vocab.heads for word in named):
            continue
        after = next((f for f in founds if f.start >= match.end()), None)
        # Only a place between: "signed in Valmont on", "signée à Paris le"; an object
        # makes the participle a verb in the past ("the ministers signed the protocol on").
        if after is not None and _PLACE_ONLY.fullmatch(text, match.end(), after.start):
            starts.append(after.start)
    return tuple(starts)


def _refines(chosen: str, value: str) -> bool:
    """Whether ``value`` is a more precise date for the text than the ``chosen`` one.

    A day or month inside the chosen period; or a day of the month before a month-only
    marker, since a site posts a text some days after the event it reports (" date
    2024-03" above "… s'est tenue le 29 février 2024 …").
    """
    if len(value) <= len(chosen):
        return False
    if value.startswith(chosen + "-"):
        return True
    if len(chosen) != _MONTH or len(value) != _DAY:
        return False
    year, month = int(chosen[:4]), int(chosen[5:7])
    before = f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"
    return value.startswith(before + "-")


def _mandate_days(doc: Document, text: str, end: int) -> tuple[int, ...]:
    """Where the dates of a clause naming the event's mandate or earlier act start.

    "As mandated by the Luanda Summit of 21 August 2019, the commission met on 14 February
    2020", "Conformément à la décision du 3 mars, …": the clause runs from its opener to the
    next comma, and its dates are background.
    """
    opener = structure_vocabulary(doc.lang).background_opener
    clauses = _opened_clauses(text, end, opener, closed=False)
    return _starts_inside(readings.found_dates(doc, text), clauses) if clauses else ()


def _prior_days(doc: Document, text: str, end: int) -> tuple[int, ...]:
    """Where the dates of a clause telling the subject's arrival or return start.

    "Revenu au pays dans la soirée de ce mercredi 9 novembre 2022 après son séjour en France,
    le Chef de l'État a reçu … ce jeudi 10 novembre 2022": the return is the day before the
    reported act. Its dates are background only when another date follows the clause.
    """
    opener = structure_vocabulary(doc.lang).prior_opener
    clauses = _opened_clauses(text, end, opener, closed=True)
    if not clauses:
        return ()
    founds = [f for f in readings.found_dates(doc, text) if f.end <= end]
    after = any(f.start >= clauses[-1][1] and f.meaning.kind in _ABSOLUTE for f in founds)
    return _starts_inside(founds, clauses) if after else ()


def _sequel_days(doc: Document, text: str, end: int) -> tuple[int, ...]:
    """Where the days of an opening clause telling what the event follows start.

    "Following the meeting … on 18 January 2026 and the consultations … on 11 April 2026,
    the second consultations were held … on 18 October 2026": a text opening on what its
    event follows (``sequel_openers``) names that history in its first clause, up to the
    comma an article follows (", the", « , les »); its days are background when the main
    clause, up to its next comma, names a day of its own.
    """
    vocab = structure_vocabulary(doc.lang)
    if vocab.sequel_opener.match(text) is None:
        return ()
    spans = readings.sentences(doc, text)
    stop = min(spans[0][1] if spans else len(text), end)
    clause = next(
        (
            comma.start()
            for comma in _COMMA_WORD.finditer(text, 0, stop)
            if comma.group(1).casefold() in vocab.articles
        ),
        None,
    )
    if clause is None:
        return ()
    main_end = text.find(",", clause + 1, stop)
    main_end = stop if main_end < 0 else main_end
    days = [
        f
        for f in readings.found_dates(doc, text)
        if f.end <= stop and f.meaning.kind in _ABSOLUTE and f.meaning.relative is None
    ]
    history = [f.start for f in days if f.end <= clause]
    main = any(clause < f.start and f.end <= main_end for f in days)
    return tuple(history) if history and main else ()


_COMMA_WORD: Final = compile_regex(r",[ \t]+([^\W\d_]+['’]?)")
"""A comma and the word after it: an article there opens the main clause."""


def _opened_clauses(
    text: str, end: int, opener: re.Pattern[str], *, closed: bool
) -> list[tuple[int, int]]:
    """Each clause ``opener`` starts in ``text[:end]``, from the opener to its next comma.

    A clause no comma closes runs to ``end``, unless it must be ``closed``.
    """
    clauses = []
    for match in opener.finditer(text, 0, end):
        comma = text.find(",", match.end(), end)
        if comma >= 0 or not closed:
            clauses.append((match.end(), end if comma < 0 else comma))
    return clauses


def _starts_inside(founds: Iterable[Found], clauses: list[tuple[int, int]]) -> tuple[int, ...]:
    """Where the dates of ``founds`` that start inside one of ``clauses`` start."""
    return tuple(f.start for f in founds if any(a <= f.start < b for a, b in clauses))


@functools.cache
def _auxiliaries(language: Language) -> frozenset[str]:
    """Auxiliaries before a participle that make it the reported act ("ont signé")."""
    return frozenset(agreement_words("auxiliaries", language))


def _dates(
    doc: Document,
    text: str,
    end: int,
    header: bool,
    *,
    month_first: bool,
    skip: tuple[int, ...] = (),
) -> list[str]:
    """Absolute dates of ``text[:end]``, the most precise first, else in text order.

    A header line may give its date in the other language (an embedded English post in a
    French page: "… (@MFA_Lu) October 20, 2020"). Dates starting at ``skip`` do not count.
    """
    founds = [f for f in readings.found_dates(doc, text) if f.start not in skip]
    ranges = [(f.start, f.end) for f in founds if f.meaning.kind == "range"]
    values = [
        _told_from(text, founds, index)
        or (found.meaning.month_first if month_first and found.meaning.month_first else None)
        or found.meaning.value
        for index, found in enumerate(founds)
        if found.end <= end
        and found.meaning.kind in _ABSOLUTE
        and found.meaning.value
        and not any(a <= found.start and found.end <= b for a, b in ranges)
    ]
    values.extend(
        day
        for found in founds
        if found.end <= end and _WEEK.fullmatch(found.meaning.value or "")
        for day in _week_day(doc, text, found)
    )
    if header and not values and _PLACED.match(text) is not None:
        # "Canberra, 25-26 March 2026": a dateline's days date the text from their first,
        # over a month the body recalls ("… their meeting in August 2024").
        values.extend(
            first
            for found in founds
            if found.end <= end and found.meaning.kind == "range"
            for first, _, last in [(found.meaning.value or "").partition("/")]
            if len(first) == _DAY and len(last) == _DAY
        )
    if not founds and header:
        values.extend(_numeric_dates(text[:end]))
    if not founds and header and not values:
        other = next(code for code in LANGUAGES if code != doc.lang)
        head = text[:end]
        for word in _WORD_START.finditer(head):
            found = date_at(head, word.start(), other)
            if found is not None and found.meaning.value:
                values.append(found.meaning.value)
    return sorted(values, key=len, reverse=True)


def _told_from(text: str, founds: list[Found], index: int) -> str | None:
    """The day of writing a day in apposition after "yesterday" or "tomorrow" gives.

    "… ended his visit yesterday, 23 October 2018": the text is written on the 24th. Only
    a day with its year: a year-less one is placed from the document's date, which it
    cannot then give.
    """
    found = founds[index]
    value = found.meaning.value
    if index == 0 or found.meaning.kind != "date" or value is None or len(value) != _DAY:
        return None
    before = founds[index - 1]
    spec = before.meaning.relative
    if spec is None or (spec.unit, spec.reference) != ("day", "deictic") or not spec.offset:
        return None
    if APPOSED_DAY.fullmatch(text, before.end, found.start) is None:
        return None
    day = datetime.date.fromisoformat(value) - datetime.timedelta(days=spec.offset)
    return day.isoformat()


def _week_day(doc: Document, text: str, found: Found) -> list[str]:
    """The day a week is named by: "semaine du 9 mars 2026", "week of 9 March 2026".

    An agenda's title gives its week by its first day; "this week" names no day.
    """
    for digit in _DIGIT.finditer(text, found.start, found.end):
        day = date_at(text[: found.end], digit.start(), doc.lang)
        if day is not None and day.meaning.kind == "date" and day.meaning.value:
            return [day.meaning.value]
    return []


def _numeric_dates(text: str) -> list[str]:
    """Day-first numeric dates with a two-digit year, as French datelines print them.

    A local reading for header lines only ("(Paris, 3.07.12)"), where the date grammar
    reads four-digit years.

    >>> _numeric_dates("(Paris, 3.07.12)")
    ['2012-07-03']
    """
    values = []
    for match in _NUMERIC.finditer(text):
        day, month, year = (int(match.group(i)) for i in (1, 2, 3))
        year += 2000 if year < _CENTURY_PIVOT else 1900
        try:
            values.append(datetime.date(year, month, day).isoformat())
        except ValueError:
            continue
    return values


def _opening(doc: Document) -> list[tuple[str, int, bool]]:
    """The opening sentence: the first paragraph's, run on across clauses ending in commas.

    A decision opens with its issuing body and clauses, each a paragraph ("The Council," /
    "Meeting at its 812th session held on 3 April 2025,"): one sentence across them.
    """
    sources: list[tuple[str, int, bool]] = []
    for paragraph in doc.paragraphs[:_OPENING_CLAUSES]:
        text = paragraph.unit.text
        sources.append((text, readings.sentences(doc, text)[0][1], False))
        if not text.rstrip().endswith(","):
            break
    carried = _carried_opening(doc)
    if carried is not None:
        sources.append((carried, readings.sentences(doc, carried)[0][1], False))
    return sources


def _carried_opening(doc: Document) -> str | None:
    """The first paragraph of a text a release's preface carries below "Begin Text:".

    "The text of the following statement was released by …" / "Begin Text:" / "Building on
    30 years of partnership, on November 6, 2026, …": the carried text opens on its day.
    """
    if len(doc.paragraphs) < _CARRIED_AT + 1:
        return None
    preface, carried = doc.paragraphs[0], doc.paragraphs[_CARRIED_AT]
    low = preface.unit.span(0, len(preface.unit.text))[1]
    high = carried.unit.span(0, 1)[0]
    for mention in doc.boilerplate:
        if low <= mention.start < high and opens_quoted_text(mention.text):
            return carried.unit.text
    return None


def _prepared(title: str, year: int, preparing: re.Pattern[str]) -> bool:
    """Whether words of preparation stand right before the event's name ending at ``year``.

    "Preparations for Expo 2030", "Road to the COP 2030": only an article or two and the
    name's capitalised words between; not "Road to recovery: … Summit 2026".
    """
    for cue in preparing.finditer(title, max(0, year - _PREPARING_REACH), year):
        between = title[cue.end() : year].split()
        small = [word for word in between if not word[:1].isupper()]
        if len(small) <= _PREPARING_SMALL and not any(
            mark in title[cue.end() : year] for mark in ":;,."
        ):
            return True
    return False


@functools.cache
def _preparing(language: Language) -> re.Pattern[str]:
    """Words before an event's name about its edition still ahead (``event_preparations``)."""
    words = alternation(date_vocabulary(language).word_list("event_preparations"))
    return compile_pattern(rf"(?i)(?<!\w)(?:{words})(?!\w)" if words else r"(?!)")


def _sources(doc: Document) -> list[tuple[str, int, bool]]:
    """The texts that may state the date, in order of authority, with where to stop."""
    top, markers, closing = _header_parts(doc)
    sources = [(unit.text, len(unit.text), True) for unit in top]
    if doc.title is not None:
        sources.append((doc.title.text, len(doc.title.text), False))
    sources.extend((unit.text, len(unit.text), True) for unit in markers)
    stamp = record_date(doc)  # a wire record's date field, as a marker
    if stamp is not None:
        sources.append((stamp, len(stamp), True))
    sources.extend(_opening(doc))
    sources.extend(_closing_sources(doc, closing))
    return sources


def _header_parts(doc: Document) -> tuple[list[Unit], list[Unit], list[Unit]]:
    """The header's lines above the text, its labelled markers, and its lines under the text.

    A date line right below the first paragraph is the page's stamp, under a photo's caption
    that opens the page ("… le 19 juillet à Abidjan." / "20 juil 2017"): a marker, no
    closing line.
    """
    body_start = doc.paragraphs[0].start if doc.paragraphs else None
    second = doc.paragraphs[1].start if len(doc.paragraphs) > 1 else None
    top: list[Unit] = []
    markers: list[Unit] = []
    closing: list[Unit] = []
    for unit in doc.header:
        start = unit.offsets.start(0)
        if body_start is not None and start > body_start:
            page_date = second is not None and start < second and _whole_date(doc, unit)
            (markers if page_date else closing).append(unit)
        elif is_marker(unit.text, doc.lang):
            markers.append(unit)
        else:
            top.append(unit)
    return top, markers, closing


def _closing_sources(doc: Document, closing: list[Unit]) -> list[tuple[str, int, bool]]:
    """The closing formula of a signed text, then the place and date lines under the text."""
    return [*_done_at(doc), *((unit.text, len(unit.text), True) for unit in closing)]


def _closing_day(doc: Document, month_first: bool) -> str | None:
    """The day the closing formula or the date line under the text gives, if any."""
    for text, end, header in _closing_sources(doc, _header_parts(doc)[2]):
        for value in _dates(doc, text, end, header, month_first=month_first, skip=()):
            if len(value) == _DAY:
                return value
    return None


def _whole_date(doc: Document, unit: Unit) -> bool:
    """Whether a header unit is a date alone ("20 juil 2017", "Mai 2026")."""
    founds = readings.found_dates(doc, unit.text)
    return (
        len(founds) == 1
        and not unit.text[: founds[0].start].strip(" \t,-–—|")
        and not (unit.text[founds[0].end :].strip(" \t.,-–—|"))
    )


def _done_at(doc: Document) -> list[tuple[str, int, bool]]:
    """The closing formula of a signed text among its last paragraphs, if any.

    "Done at Seoul on 28 November 2026, in duplicate …", "Fait à Dakar, le 3 mai 2026":
    the day the text was issued, when the opening only gives the visit's days.
    """
    done_at = structure_vocabulary(doc.lang).done_at
    return [
        (paragraph.unit.text, len(paragraph.unit.text), True)
        for paragraph in doc.paragraphs[-_CLOSING_PARAGRAPHS:]
        if done_at.match(paragraph.unit.text)
    ]
