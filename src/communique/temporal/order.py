"""Decide whether a document writes its numeric dates month first ("03/04/2026" is March 4).

The document's own evidence decides, strongest first: numeric dates that can be read only
one way ("06/30/2026" is month first, "30/06/2026" day first); then the order of its prose
dates ("March 3, 2026", "Tuesday, March 17" against "3 March 2026"); then an issuer that
writes month first (a US department's "Office of the Spokesperson"); else day first, as
French, British and international usage write.
"""

from __future__ import annotations

import datetime
import functools
import re
from typing import TYPE_CHECKING, Final

import communique.readings as readings
from communique.lexicon import LANGUAGES
from communique.lexicon.dates import date_vocabulary
from communique.patterncache import compile_pattern

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from communique.document import Document, Unit
    from communique.hits import Found
    from communique.model import Language

__all__ = ["ISSUER_WINDOW", "ordered_surfaces", "reads_month_first", "writes_month_first"]

ISSUER_WINDOW: Final = 600
_DATELINE_REACH: Final = 60
"""Characters at the start of the first paragraph where a wire's dateline stands."""
"""How many characters at the top of a document may name its issuer."""
_ORDERED_UNITS: Final = frozenset({"day_month", "day_range"})
_FULL_YEAR: Final = 4
_NUMERIC: Final = compile_pattern(r"(\d{1,2})/(\d{1,2})/(?:\d{4}|\d\d)")
_DAY_FIRST: Final = compile_pattern(r"(?:[^\W\d]+,?\s+)?\d{1,2}(?:st|nd|rd|th|er)?\s+[^\W\d]")
_MONTH_FIRST: Final = compile_pattern(
    r"(?:[^\W\d]+,?\s+)?[^\W\d]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
)


def reads_month_first(
    surfaces: Iterable[str], top: str, language: Language, written: frozenset[str] = frozenset()
) -> bool:
    """Whether the numeric dates of a document are month first.

    ``surfaces``: the text of each date mention; ``top``: the opening characters of the
    document, where its issuer is named; ``written``: the days the document writes in
    words ("06 August 2018"), which a numeric date read one way only may repeat
    ("08/06/2018" is then August 6); a day written without its year is "--10-01", ISO
    8601's year-less form (a wire's dateline "JAKARTA, Oct 1" under its stamp "01/10/2024").

    >>> reads_month_first(["03/04/2026", "06/30/2026"], "", "en")
    True
    >>> reads_month_first(["03/04/2026", "Tuesday, March 17"], "", "en")
    True
    >>> reads_month_first(["03/04/2026", "17 March 2026"], "", "en")
    False
    >>> reads_month_first(["03/04/2026"], "Office of the Spokesperson", "en")
    True
    >>> reads_month_first(["03/04/2026", "October 20, 2020"], "", "fr")
    False
    >>> reads_month_first(["01/10/2026", "Oct 1"], "", "en", frozenset({"--10-01"}))
    False
    """
    numeric = month_first = day_first = 0
    for surface in surfaces:
        order = _numeric_order(surface, written)
        if order is not None:
            numeric += order
        elif _MONTH_FIRST.fullmatch(surface):
            month_first += 1
        elif _DAY_FIRST.match(surface):
            day_first += 1
    if numeric:
        return numeric > 0
    if not date_vocabulary(language).month_first:
        return False  # a French page quoting "October 20, 2020" still writes day first
    if month_first != day_first:
        return month_first > day_first
    return _issuer(language).search(top) is not None


def ordered_surfaces(text: str, founds: Iterable[Found]) -> list[str]:
    """The text of each mention of ``text`` that writes a day and a month in some order."""
    surfaces = []
    for found in founds:
        spec = found.meaning.relative
        if found.meaning.kind in ("date", "range") or (spec and spec.unit in _ORDERED_UNITS):
            surfaces.append(text[found.start : found.end])
    return surfaces


def _numeric_order(surface: str, written: frozenset[str] = frozenset()) -> int | None:
    """+1 for a numeric date that only reads month first, -1 day first, 0 either way.

    A date readable both ways reads the way that repeats a day the text writes in words.
    """
    match = _NUMERIC.fullmatch(surface)
    if match is None:
        return None
    first, second = int(match.group(1)), int(match.group(2))
    if second > 12 >= first:
        return 1
    if first > 12 >= second:
        return -1
    year = surface.rsplit("/", 1)[1]
    if first != second:
        # A year-less day in words ("JAKARTA, Oct 1 –") is written "--10-01".
        years = (year, "-") if len(year) == _FULL_YEAR else ("-",)
        month_first = any(f"{y}-{first:02d}-{second:02d}" in written for y in years)
        day_first = any(f"{y}-{second:02d}-{first:02d}" in written for y in years)
        if month_first != day_first:
            return 1 if month_first else -1
    return 0


@functools.cache
def _issuer(language: Language) -> re.Pattern[str]:
    issuers = date_vocabulary(language).word_list("month_first_issuers")
    if not issuers:
        return re.compile(r"(?!)")
    alternatives = "|".join(re.escape(issuer) for issuer in sorted(issuers, key=len, reverse=True))
    return compile_pattern(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def writes_month_first(doc: Document) -> bool:
    """Whether ``doc`` writes its numeric dates month first, from its own evidence.

    Read once per document (the document date and the date mentions both need it).
    """

    def compute() -> bool:
        surfaces: list[str] = []
        written: set[str] = set()
        opening = doc.paragraphs[0].unit if doc.paragraphs else None
        for unit in doc.units():
            founds = readings.found_dates(doc, unit.text)
            surfaces += ordered_surfaces(unit.text, founds)
            # A day without its year counts only in a wire's dateline ("JAKARTA, Oct 1 –"
            # opening the text, or a header line); elsewhere it may be any year's day.
            written.update(_written_days(unit.text, founds, _dateline_end(unit, opening)))
            written.update(_weekday_days(unit.text, founds, doc.lang))
        # A page's stamps write the day in words too ("published this content on 06 August
        # 2018"): furniture, yet evidence of the order.
        for furniture in doc.boilerplate:
            founds = readings.found_dates(doc, furniture.text)
            written.update(_written_days(furniture.text, founds))
            written.update(_weekday_days(furniture.text, founds, doc.lang))
        return reads_month_first(surfaces, doc.text[:ISSUER_WINDOW], doc.lang, frozenset(written))

    return doc.memo.get("month_first", "", compute)


def _weekday_days(text: str, founds: Iterable[Found], language: Language) -> Iterator[str]:
    """The readings of numeric dates that fall on the weekday printed before them.

    "Wed, 02/05/2020": 5 February 2020 is a Wednesday, 2 May a Saturday; the page writes
    month first. Full names and a stamp's abbreviations (``weekday_abbreviations``) count.
    """
    for found in founds:
        match = _NUMERIC.fullmatch(text[found.start : found.end])
        if match is None:
            continue
        before = _WEEKDAY_BEFORE.search(text, max(0, found.start - _WEEKDAY_REACH), found.start)
        weekday = _weekday_index(before.group(1), language) if before is not None else None
        if weekday is None:
            continue
        written_year = text[found.start : found.end].rsplit("/", 1)[1]
        short = len(written_year) < _FULL_YEAR
        year = int(written_year) + (_CENTURY if short else 0)
        first, second = int(match.group(1)), int(match.group(2))
        for month, day in ((first, second), (second, first)):
            try:
                day_date = datetime.date(year, month, day)
            except ValueError:
                continue
            if day_date.weekday() == weekday:
                # A two-digit year's reading is told as ISO 8601's year-less day, the form
                # the order test looks up for such years.
                yield f"--{month:02d}-{day:02d}" if short else day_date.isoformat()


_WEEKDAY_BEFORE: Final = compile_pattern(r"([^\W\d_]+\.?)[ \t]*,?[ \t]*$")
"""A word ending the text before a numeric date, its comma and spaces ("Wed, ")."""
_WEEKDAY_REACH: Final = 16
"""Characters before a numeric date searched for its weekday."""
_CENTURY: Final = 2000
"""A two-digit year's century ("05/02/20")."""


def _weekday_index(word: str, language: Language) -> int | None:
    """Monday's 0 to Sunday's 6 for a weekday's name or a stamp's abbreviation, or None.

    The document's language first, then the others: a page's template may print its stamp
    in another language ("Wed, 02/05/2020" over a French text).
    """
    folded = word.casefold()
    for code in (language, *(code for code in LANGUAGES if code != language)):
        forms = _weekday_forms(code)
        for form in (folded, folded.rstrip("."), f"{folded.rstrip('.')}."):
            if form in forms:
                return forms[form]
    return None


@functools.cache
def _weekday_forms(language: Language) -> dict[str, int]:
    """The weekdays' names and stamp abbreviations of ``language``, case-folded, by index."""
    vocab = date_vocabulary(language)
    shortened = vocab.word_list("weekday_abbreviations")
    return {**vocab.weekdays, **{form.casefold(): i for i, form in enumerate(shortened)}}


def _dateline_end(unit: Unit, opening: Unit | None) -> int:
    """Where a wire's dateline may end in ``unit``, or -1 where it cannot stand.

    Within the opening paragraph's first characters, or anywhere in a header line.
    """
    if unit is opening:
        return _DATELINE_REACH
    return len(unit.text) if unit.kind == "header" else -1


def _written_days(text: str, founds: Iterable[Found], dateline: int = -1) -> Iterator[str]:
    """The days ``text`` writes in words: the values of its dates that are not numeric.

    A day written without its year ("Oct 1") before ``dateline`` is given as ISO 8601's
    year-less "--10-01".
    """
    for found in founds:
        value = found.meaning.value
        spec = found.meaning.relative
        yearless = spec is not None and spec.unit == "day_month" and found.start < dateline
        if yearless and spec is not None and spec.month and spec.day:
            yield f"--{spec.month:02d}-{spec.day:02d}"
        elif (
            found.meaning.kind == "date"
            and value
            and not _NUMERIC.fullmatch(text[found.start : found.end])
        ):
            yield value
