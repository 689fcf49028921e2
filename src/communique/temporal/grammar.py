"""One compiled alternation per language that finds every temporal expression in a pass.

Each alternative is a named group (``range_days``, ``full_date``, ``year`` …); the order
matters: at a given position the first alternative that matches wins, so the longer and
more specific shapes come first. Vocabulary comes from :mod:`communique.temporal.vocabulary`.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from communique.model import Language
from communique.temporal.vocabulary import DateVocabulary, date_vocabulary

__all__ = ["ALTERNATIVES", "date_pattern", "phrase_pattern"]

ALTERNATIVES: Final = (
    "range_days",
    "range_between_days",
    "range_month_days",
    "range_months",
    "range_years",
    "open_until",
    "full_date",
    "numeric_date",
    "iso_month",
    "month_year",
    "day_month",
    "time",
    "relative",
    "weekday",
    "month_in",
    "year",
)
"""Names of the top-level groups, in matching priority."""

_B: Final = r"(?<![\w'’])"
_E: Final = r"(?!\w)"
_YEAR_END: Final = r"(?![\w]|[.,/]\d)"
_DASH: Final = r"\s*[-–—]\s*"


def phrase_pattern(phrases: tuple[str, ...]) -> str:
    r"""A case-insensitive alternation of phrases, longest first, flexible on spaces and quotes.

    >>> phrase_pattern(("l'an", "la veille"))
    "(?i:la\\s+veille|l['’]an)"
    """
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        escaped = r"\s+".join(re.escape(word) for word in phrase.split())
        parts.append(escaped.replace("'", "['’]").replace(r"\-", "-"))
    return "(?i:" + "|".join(parts) + ")" if parts else "(?!)"


class _Builder:
    """Produces the pieces of the grammar for one vocabulary."""

    def __init__(self, vocab: DateVocabulary) -> None:
        self.vocab = vocab

    def words(self, key: str) -> str:
        return phrase_pattern(self.vocab.word_list(key))

    def month(self, name: str) -> str:
        forms = self.vocab.months
        parts = []
        for form in sorted(self._name_forms(forms), key=len, reverse=True):
            folded = form.casefold()
            abbreviation = any(
                other != folded and other.startswith(folded) and forms[other] == forms[folded]
                for other in forms
            )
            parts.append(re.escape(form) + (r"\.?" if abbreviation else ""))
        body = "|".join(parts)
        body = body if self.vocab.case_sensitive_names else f"(?i:{body})"
        return rf"(?P<{name}>{body})(?![\w])"

    def weekday(self, name: str) -> str:
        body = "|".join(re.escape(f) for f in self._name_forms(self.vocab.weekdays))
        body = body if self.vocab.case_sensitive_names else f"(?i:{body})"
        return rf"(?P<{name}>{body})(?![\w])"

    def _name_forms(self, table: dict[str, int]) -> list[str]:
        # English names must be capitalised: "May" the month, "may" the verb.
        if not self.vocab.case_sensitive_names:
            return list(table)
        return [variant for form in table for variant in (form.capitalize(), form.upper())]

    def day(self, name: str) -> str:
        suffix = self.words("day_suffixes")
        return rf"(?P<{name}>3[01]|[12]\d|0?[1-9])(?:{suffix})?(?![\d])"

    @staticmethod
    def year(name: str) -> str:
        return rf"(?P<{name}>1[89]\d\d|20\d\d){_YEAR_END}"

    def qualifier(self) -> str:
        return f"(?:{self.words('past_words')}|{self.words('next_words')})"


def _ranges(b: _Builder) -> dict[str, str]:
    frm, to = b.words("range_from"), b.words("range_to")
    between, and_ = b.words("range_between"), b.words("range_and")
    short_year = r"(?P<ry_b2>(?!0[1-9]|1[0-2])\d\d)(?![\w])"  # "2023-05" is a month
    return {
        "range_days": (
            rf"{_B}(?:{frm}\s+)?{b.day('rd_d1')}(?:\s+{b.month('rd_m1')})?(?:\s+{b.year('rd_y1')})?"
            rf"(?:\s+{to}\s+|{_DASH}){b.day('rd_d2')}\s+{b.month('rd_m2')},?\s+{b.year('rd_y2')}"
        ),
        "range_between_days": (
            rf"{_B}{between}\s+{b.day('rb_d1')}(?:\s+{b.month('rb_m1')})?(?:\s+{b.year('rb_y1')})?"
            rf"\s+{and_}\s+{b.day('rb_d2')}\s+{b.month('rb_m2')},?\s+{b.year('rb_y2')}"
        ),
        "range_month_days": (
            rf"{_B}{b.month('rm_m')}\s+{b.day('rm_d1')}{_DASH}{b.day('rm_d2')},?\s+{b.year('rm_y')}"
        ),
        "range_months": (
            rf"{_B}(?:(?:{frm}|{between})\s+{b.month('rn_m1')}(?:\s+{b.year('rn_y1')})?"
            rf"\s+(?:{to}|{and_})\s+|{b.month('rn_m1b')}{_DASH}){b.month('rn_m2')}\s+{b.year('rn_y2')}"
        ),
        "range_years": (
            rf"{_B}(?:(?:{frm}|{between})\s+{b.year('ry_a')}\s+(?:{to}|{and_})\s+{b.year('ry_b')}"
            rf"|{b.year('ry_a2')}(?:{_DASH}|/(?=\d{{4}})){b.year('ry_b1')}"
            rf"|{b.year('ry_a3')}[-–]{short_year})"
        ),
        "open_until": rf"{_B}{b.words('open_until')}\s+{b.year('ou_y')}",
    }


def _absolute(b: _Builder) -> dict[str, str]:
    wd = rf"(?:{b.weekday('fd_w')},?\s+)?"
    full = [rf"{wd}{b.day('fd_d')}\s+{b.month('fd_m')}\s+{b.year('fd_y')}"]
    day_month = [rf"(?:{b.weekday('dm_w')}\s+)?{b.day('dm_d')}\s+{b.month('dm_m')}"]
    if b.vocab.language == "en":
        full = [
            rf"{wd}{b.day('fd_d')}(?:\s+of)?\s+{b.month('fd_m')},?\s+{b.year('fd_y')}",
            rf"(?:{b.weekday('fd_w2')},?\s+)?{b.month('fd_m2')}\s+{b.day('fd_d2')},?\s+{b.year('fd_y2')}",
        ]
        day_month = [
            rf"{b.day('dm_d')}(?:\s+of)?\s+{b.month('dm_m')}",
            rf"{b.month('dm_m2')}\s+{b.day('dm_d2')}",
        ]
    no_year_after = r"(?!\s*,?\s*(?:\d|[-–]))"
    return {
        "full_date": _B + "(?:" + "|".join(full) + ")",
        "numeric_date": (
            rf"{_B}(?:(?P<nd_y>(?:1[89]|20)\d\d)-(?P<nd_m>0[1-9]|1[0-2])-(?P<nd_d>[0-2]\d|3[01])"
            rf"|(?P<nd_d2>[0-2]?\d|3[01])(?P<nd_sep>[/.])(?P<nd_m2>0?[1-9]|1[0-2])(?P=nd_sep)"
            rf"(?P<nd_y2>(?:1[89]|20)\d\d)){_YEAR_END}"
        ),
        "iso_month": rf"{_B}(?P<im_y>(?:1[89]|20)\d\d)-(?P<im_m>0[1-9]|1[0-2]){_YEAR_END}(?!-\d)",
        "month_year": rf"{_B}{b.month('my_m')},?\s+{b.year('my_y')}",
        "day_month": _B + "(?:" + "|".join(day_month) + ")" + no_year_after,
    }


def _relative(b: _Builder) -> dict[str, str]:
    phrases = tuple(p for rule in b.vocab.relative for p in rule.phrases)
    qual = b.qualifier()
    hour_marks = b.vocab.word_list("hour_marks")
    clock = r"(?P<t_h>[01]?\d|2[0-3]):(?P<t_m>[0-5]\d)(?!\d)(?:\s?(?P<t_ap>[ap]\.?m\.?))?"
    times = [clock, r"(?P<t_h3>1[0-2]|0?[1-9])\s?(?P<t_ap3>[ap]\.?m\.?)(?!\w)"]
    if hour_marks:
        marks = phrase_pattern(hour_marks)
        times.insert(0, rf"(?P<t_h2>[01]?\d|2[0-3])\s?{marks}(?:\s?(?P<t_m2>[0-5]\d))?(?![\w])")
    zone = phrase_pattern(tuple(b.vocab.timezones))
    zone_after = rf"(?=(?:\s*,\s*|\s+|\s*\(\s*)(?P<t_zone>{zone})(?!\w))?"
    month_in = b.vocab.word_list("month_in")
    glued = phrase_pattern(tuple(w for w in month_in if w.endswith("-")))
    spaced = phrase_pattern(tuple(w for w in month_in if not w.endswith("-")))
    return {
        "time": rf"{_B}(?:{'|'.join(times)}){zone_after}",
        "relative": rf"{_B}{phrase_pattern(phrases)}{_E}",
        "weekday": (
            rf"{_B}(?:(?P<wd_q1>{qual})\s+)?{b.weekday('wd_w')}(?:\s+(?P<wd_q2>{qual}){_E})?"
        ),
        "month_in": (
            rf"{_B}(?:{spaced}\s+|{glued}){b.month('mi_m')}(?:\s+(?P<mi_q>{qual}){_E})?"
            r"(?!\s*,?\s*\d)"
        ),
        "year": rf"{_B}{b.year('yr_y')}",
    }


@functools.cache
def date_pattern(language: Language) -> re.Pattern[str]:
    """The compiled grammar of ``language`` (built once per process)."""
    builder = _Builder(date_vocabulary(language))
    pieces = {**_ranges(builder), **_absolute(builder), **_relative(builder)}
    alternation = "|".join(f"(?P<{name}>{pieces[name]})" for name in ALTERNATIVES)
    # The standard engine matches this grammar about 1.6 times faster than the regex module.
    return re.compile(alternation)
