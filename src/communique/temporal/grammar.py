"""One compiled alternation per language that finds every temporal expression in a pass.

Each alternative is a named group (``range_days``, ``full_date``, ``year`` …); the order
matters: at a given position the first alternative that matches wins, so the longer and
more specific shapes come first. Vocabulary comes from :mod:`communique.lexicon.dates`.
"""

from __future__ import annotations

import functools
import re
from types import MappingProxyType
from typing import TYPE_CHECKING, Final, cast

from communique.foldedtrie import engine_lower
from communique.letters import CAPITAL
from communique.lexicon import LANGUAGES
from communique.lexicon.dates import DateVocabulary, date_vocabulary
from communique.model import Language
from communique.patterncache import compile_pattern
from communique.wordtrie import alternation, phrase_key, trie_pattern

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

__all__ = [
    "ALTERNATIVES",
    "WORD_START",
    "date_pattern",
    "grammar_pieces",
    "grammar_text",
    "phrase_pattern",
    "quoted_month_forms",
]

ALTERNATIVES: Final = (
    "range_days",
    "range_lone_days",
    "range_between_days",
    "range_weekdays",
    "range_month_days",
    "range_months",
    "range_years",
    "decade",
    "open_until",
    "spelled_date",
    "full_date",
    "numeric_date",
    "numeric_day_month",
    "iso_month",
    "month_year",
    "day_month",
    "month_days",
    "holiday",
    "time",
    "lone_day",
    "span",
    "shift",
    "relative",
    "period_rel",
    "season",
    "month_week",
    "month_weekday",
    "weekday",
    "month_in",
    "month_of",
    "year",
)
"""Names of the top-level groups, in matching priority."""

WORD_START: Final = r"(?:(?<![\w'’])|(?<=(?<![\w'’])[^\W\d_]['’]))"
"""Where a date may start: a word's start, or after an elided one-letter word ("à partir
d'octobre 2026"), never inside a word ("aujourd'hui"). The scanner's triggers start there too."""
_B: Final = WORD_START
_E: Final = r"(?!\w)"
_SLASHED: Final = r"(?:/|-(?!-))"
"""Between day, month name and year written as one word: "31/Oct/1974", "4-May-2021"."""
_DASHED: Final = rf"(?:{_SLASHED}|[^\S\n]+[-–][^\S\n]+)"
"""Between day, month name and year of a full date: a slash, a dash, or a spaced dash as a
site's date stamp prints it ("24 - Octobre - 2017")."""
_YEAR_END: Final = r"(?![\w]|[.,/]\d)"
_CLOCK_AHEAD: Final = r"\d{1,2}(?::[0-5]\d|[hH](?:[0-5]\d)?(?!\w)|[^\S\n]?(?i:[ap]\.?m)(?!\w))"
"""A time of day after a date on its line, not its year: "12:00", "9h", "9h30", "3 pm"."""
_MERIDIEM: Final = r"(?i:[ap](?:\.m\.?|m))"
""""am", "p.m.", "PM": the half of the day after a clock time."""
# The end of a span of hours after a dash, never a timestamp's offset ("16:05-05:00"):
# "3:30-6 p.m.", "3:30-6:00pm".
_SPAN_END: Final = rf"\d\d?(?::[0-5]\d)?[^\S\n]?{_MERIDIEM}(?!\w)"
# Not the offset of a timestamp ("16:05:00-05:00", "T16:05-05:00", "10:30+01:00"); the end of
# a span ("10:30-11:30") may follow a time with its minutes alone.
_NOT_OFFSET: Final = r"(?<!:\d\d:\d\d[-+])(?<!T\d\d:\d\d-)(?<!\d\+)"
_SP: Final = r"(?=\s)[^\S\n]*(?:\n[^\S\n]*)?"
"""White space holding at most one line break: a date never spans a blank line."""
_DASH: Final = r"[^\S\n]*[-–—][^\S\n]*"
_SAME_LINE: Final = r"[^\S\n]*"


def _longest_first(words: Sequence[str]) -> str:
    """An alternation of ``words``, escaped, the longest first."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def phrase_pattern(phrases: tuple[str, ...]) -> str:
    r"""A case-insensitive alternation of phrases, longest first, flexible on spaces and quotes.

    Spelled as a trie (``wordtrie.trie_pattern``): the phrases sharing a start are read
    once, not each in turn, and the matches are those of the flat alternation, longest
    first. The phrases are lower-cased first (``foldedtrie.engine_lower``), so that those
    read alike share a branch. A list with a phrase of irregular case or spacing, or with a
    typographic apostrophe (which the flat form matches alone), keeps the flat form.

    >>> phrase_pattern(("l'an", "la veille"))
    "(?i:l(?:['’]an|a\\s+veille))"
    """
    if not phrases:
        return "(?!)"
    lowered = {engine_lower(phrase) for phrase in phrases}
    if any(_irregular(phrase) for phrase in phrases) or None in lowered:
        return _flat_phrases(phrases)
    return f"(?i:{trie_pattern(cast('set[str]', lowered))})"


def _irregular(phrase: str) -> bool:
    """Whether a phrase is empty, spaced other than by single spaces, or has a ’."""
    return not phrase or " ".join(phrase.split()) != phrase or "’" in phrase


def _flat_phrases(phrases: tuple[str, ...]) -> str:
    """The phrases as a flat alternation, longest first (see :func:`phrase_pattern`)."""
    parts = []
    # Longest first; ties in a fixed order: the pattern, a cache key, is the same in each process.
    for phrase in sorted(set(phrases), key=lambda p: (-len(p), p)):
        escaped = r"\s+".join(re.escape(word) for word in phrase.split())
        parts.append(escaped.replace("'", "['’]").replace(r"\-", "-"))
    return "(?i:" + "|".join(parts) + ")"


class _Builder:
    """Produces the pieces of the grammar for one vocabulary."""

    def __init__(self, vocab: DateVocabulary) -> None:
        self.vocab = vocab

    def words(self, key: str) -> str:
        return phrase_pattern(self.vocab.word_list(key))

    def optional(self, key: str, before: str = "", *, any_case: bool = False) -> str:
        """An optional group of the words under ``key`` after ``before``.

        As written, or in any case with ``any_case``.
        """
        listed = self.vocab.word_list(key)
        if not listed:
            return ""
        return rf"(?:{before}(?{'i' if any_case else ''}:{_longest_first(listed)}))?"

    def day_to_month(self) -> str:
        """The space, or the listed link, between a day and its month.

        A link ending in an elided article runs into the month: "le 3 du mois d'avril".
        """
        listed = self.vocab.word_list("day_month_links")
        # "Le 16mai 2022": a page that lost its non-breaking space glues the day to its month.
        # Where month names are capitalised ("May", not "may"), a glued one must be too.
        glued = (
            r"(?<=\d)(?=[A-ZÀ-Þ])" if self.vocab.case_sensitive_names else r"(?<=\d)(?=[^\W\d_]{3})"
        )
        if not listed:
            return rf"(?:{_SP}|{glued})"
        # "24thof May 2013": a text extracted from a PDF glues the link to the day's suffix.
        return (
            rf"(?:(?:{_SP}|(?<=\d[^\W\d_]{{2}}))(?:{_longest_first(listed)})(?:(?<=['’])|{_SP})"
            rf"|{_SP}|{glued})"
        )

    def month(
        self, name: str, *, loose: bool = False, before_day: bool = False, glued: bool = False
    ) -> str:
        """A month name; ``loose``: next to a day or year, English full names in any case.

        ``before_day``: right before its day, full names in any case too, but for those that
        are also common verbs there ("they may 2", ``verb_months``): "march 3", "february 15";
        an abbreviation's period may touch the day ("Valmont, Feb.4 (KNA):"), as it may where
        ``glued`` ("Feb.3, 2026").
        """
        forms = self.vocab.months
        names = self._name_forms(forms)
        if loose and self.vocab.case_sensitive_names:
            names += [f for f in forms if f not in self.shortened]
        elif before_day and self.vocab.case_sensitive_names:
            verbs = {word.casefold() for word in self.vocab.word_list("verb_months")}
            names += [
                f.casefold() for f in forms if f not in self.shortened and f.casefold() not in verbs
            ]
        body = self._month_trie(names)
        end = r"(?:(?![\w])|(?<=\.)(?=\d))" if before_day or glued else r"(?![\w])"
        if not name:
            return rf"(?:{body}){end}"
        return rf"(?P<{name}>{body}){end}"

    def _month_trie(self, names: list[str]) -> str:
        """The month names as one trie, longest first ("sept." before "sept" and "sep").

        The names sharing a start are read once, not each in turn; the matches are those
        of the flat alternation (:meth:`_flat_months`), kept for a name of irregular case.
        """
        sensitive = self.vocab.case_sensitive_names
        parts: set[str] = set()
        for form in names:
            word = form if sensitive else engine_lower(form)
            if word is None:
                return self._flat_months(names)
            parts.add(word)
            if form.casefold() in self.shortened:
                parts.add(word + ".")
        body = trie_pattern(parts, exact=True)
        return body if sensitive else f"(?i:{body})"

    def _flat_months(self, names: list[str]) -> str:
        """The month names one by one, longest first, an abbreviation's dot optional."""
        parts = [
            re.escape(form) + (r"\.?" if form.casefold() in self.shortened else "")
            for form in sorted(set(names), key=lambda f: (-len(f), f))
        ]
        body = "|".join(parts)
        return body if self.vocab.case_sensitive_names else f"(?i:{body})"

    @functools.cached_property
    def shortened(self) -> frozenset[str]:
        """The month forms that shorten another form of the same month ("sept", "janv").

        Found once per grammar: each of the grammar's month groups asks about every form.
        """
        forms = self.vocab.months
        return frozenset(
            form
            for form in forms
            if any(o != form and o.startswith(form) and forms[o] == forms[form] for o in forms)
        )

    def any_weekday(self) -> str:
        """A weekday name without a group of its own ("du lundi 4 au mercredi 6 octobre")."""
        body = "|".join(re.escape(f) for f in self.vocab.weekdays)
        return rf"(?i:{body})(?![\w])"

    def weekday(self, name: str) -> str:
        # Weekday names are no other English word: any case will do ("tuesday").
        body = "|".join(re.escape(f) for f in self.vocab.weekdays)
        return rf"(?P<{name}>(?i:{body}))(?![\w])"

    def _name_forms(self, table: dict[str, int]) -> list[str]:
        # English names must be capitalised: "May" the month, "may" the verb.
        if not self.vocab.case_sensitive_names:
            return list(table)
        return [variant for form in table for variant in (form.capitalize(), form.upper())]

    def day(self, name: str, *, after_month: bool = False) -> str:
        """A day number in figures or spelled; before a month, a spelled one as the data says.

        English writes "June twenty-first" and "the first of June", but "the first June
        meeting" is no date: before a month a spelled day needs a ``spelled_day_links`` word.
        """
        suffix = self.words("day_suffixes")
        spelled = phrase_pattern(tuple(self.vocab.day_words))
        # Not after a plural determiner ("les deux mars suivants"), nor cut before a hyphen
        # ("vingt" of "vingt-deux").
        blockers = "".join(
            rf"(?<!(?i:{re.escape(word)}) )"
            for word in self.vocab.word_list("spelled_day_blockers")
        )
        spelled = rf"{blockers}{spelled}(?![\w-])"
        # "dix sept (17) ambassadeurs": a month's short form that is also a number word,
        # without its period, after a spelled day is the number's second word.
        numbers = [form for form in self.vocab.months if form in self.vocab.day_words]
        if numbers:
            spelled += rf"(?!{_SP}(?i:{phrase_pattern(tuple(numbers))})(?![.\w]))"
        links = self.vocab.word_list("spelled_day_links")
        if links and not after_month:
            spelled += rf"(?={_SP}{phrase_pattern(links)}{_SP})"
        # A superscript suffix that text extraction sets apart: "18 TH JUNE", « 1 er mars ».
        spaced = rf"(?<=\d)[ ](?:{suffix})(?=[ \t,])"
        return rf"(?P<{name}>3[01]|[12]\d|0?[1-9]|{spelled})(?:{suffix}|{spaced})?(?![\d])"

    def later_day(self, name: str) -> str:
        """A day written after its month ("June twenty-first")."""
        return self.day(name, after_month=True)

    @staticmethod
    def year(name: str, *, clock: bool = False) -> str:
        """A year; with ``clock``, maybe glued to the time after it.

        A page's stamp that lost its space: "8 September 202012:07".
        """
        glued = r"|(?=(?:[01]\d|2[0-3]):[0-5]\d(?![\d:]))" if clock else ""
        return rf"(?P<{name}>1[89]\d\d|20\d\d)(?:{_YEAR_END}{glued})"

    def said_year(self, name: str) -> str:
        """The year said after a day or a range without one (``day_years``).

        "4 February last year", "March 5-6 last year", « le 4 février de l'année dernière ».
        """
        return (
            rf"{_SP}(?:{self.words('period_links')}{_SP})?(?P<{name}>{self.words('day_years')})"
            rf"{_E}(?!{_SP}\d)"
        )

    def qualifier(self) -> str:
        past, upcoming = self.words("past_words"), self.words("next_words")
        return f"(?:{past}|{upcoming}|{self.words('current_words')})"


def _ranges(b: _Builder) -> dict[str, str]:
    frm, to = b.words("range_from"), b.words("range_to")
    between, and_ = b.words("range_between"), b.words("range_and")
    sp = _SP
    # "2001-02" is a financial year when 02 follows 01, else a month: ``values`` decides.
    short_year = r"(?P<ry_b2>\d\d)(?![\w]|[-/.]\d)"
    link = rf"(?:{sp}(?:{to}|{and_}){sp}|{_DASH})"
    # "4 May 2014 and 3 June 2020", "15 April and 23 April": two dates, each with its month
    # (or year), are no range; "les 17 et 18 juin" share theirs.
    dated_link = rf"(?:{sp}(?:{to}|(?(rd_m1)(?!)|{and_})){sp}|{_DASH})"
    wd = rf"(?:{b.any_weekday()},?{sp})?"
    listed = rf"(?:3[01]|[12]\d|0?[1-9])(?:{b.words('day_suffixes')})?(?!\d)"
    day_link = b.day_to_month()

    return {
        # "du 3 au 5 mai 2024", "4-6 octobre", "les 17 et 18 juin", "from 4 to 6 October":
        # without a year, the year comes from the document date.
        # "du lundi 4 au mercredi 6 octobre", "les 4, 5 et 6 octobre" (a list is its span).
        # "from the 4th to the 8th of September": the link before the month from the data.
        "range_days": (
            rf"{_B}(?:{frm}{sp})?{wd}{b.day('rd_d1')}(?:{sp}{b.month('rd_m1', loose=True)})?"
            rf"(?:{sp}{b.year('rd_y1')})?(?:,{sp}{listed})*{dated_link}{wd}{b.day('rd_d2')}"
            rf"{day_link}{b.month('rd_m2', loose=True)}"
            rf"(?:,?{sp}{b.year('rd_y2')}|{b.said_year('rd_q')})?"
        ),
        "range_between_days": (
            rf"{_B}{between}{sp}{b.day('rb_d1')}(?:{sp}{b.month('rb_m1', loose=True)})?"
            rf"(?:{sp}{b.year('rb_y1')})?{sp}{and_}{sp}{b.day('rb_d2')}{sp}"
            rf"{b.month('rb_m2', loose=True)}(?:,?{sp}{b.year('rb_y2')}|{b.said_year('rb_q')})?"
        ),
        # "October 4-6", "September 5 and 6", "March 3-5, 2025", "from January 26 to 28",
        # and across months "from February 25 to March 11, 2026", "February 25–March 11"
        # (not "September 5 and October 6": two days, but "between September 4 and October 6").
        "range_month_days": (
            rf"{_B}(?:(?:{frm}|(?P<rm_btw>{between})){sp})?{b.month('rm_m')}{sp}"
            rf"{b.later_day('rm_d1')}(?:(?:{_DASH}|{sp}(?:{and_}|{to}){sp}){b.later_day('rm_d2')}"
            # "between September 4 and September 8": after "between", "and" closes a range.
            # "from October 31to November 1": a lost space glues the link to the day
            rf"|(?:,?{sp}{b.year('rm_y1')})?(?:{_DASH}|(?:{sp}|(?<=\d)){to}{sp}"
            rf"|(?(rm_btw){sp}{and_}{sp}|(?!)))"
            rf"{b.month('rm_m2')}{sp}{b.later_day('rm_d3')})"
            rf"(?:,?{sp}{b.year('rm_y')}|{b.said_year('rm_q')})?"
        ),
        # "from Monday to Wednesday", « du lundi au mercredi », "between Monday and
        # Wednesday": two weekdays without their days ("du lundi 4 au …" is a day range).
        "range_weekdays": (
            rf"{_B}(?:{frm}|(?P<rw_btw>{between})){sp}{b.weekday('rw_w1')}(?!{sp}\d){sp}"
            rf"(?:{to}|(?(rw_btw){and_}|(?!))){sp}{b.weekday('rw_w2')}(?!{sp}\d)"
            # "open from Monday to Friday, from 9 a.m. to 1 p.m.": hours of every week
            rf"(?!,?{sp}(?:{frm}{sp})?\d)"
        ),
        # « d'avril à juin 2024 »: an elided opener runs into the month.
        "range_months": (
            rf"{_B}(?:(?:(?:{frm}|{between}){sp}|{b.words('range_from_elided')})"
            rf"{b.month('rn_m1')}(?:{sp}{b.year('rn_y1')})?"
            rf"{sp}(?:{to}|{and_}){sp}|{b.month('rn_m1b')}(?:{sp}{b.year('rn_y1b')})?{_DASH})"
            rf"{b.month('rn_m2', loose=True)}(?:{sp}{b.year('rn_y2')})?"
        ),
        "range_years": (
            # "from 2026-27 to 2029-30": financial years, from the first's start to the last's end.
            rf"{_B}(?:(?:{frm}|{between}){sp}{b.year('ry_f1')}[-–/]\d\d{sp}(?:{to}|{and_}){sp}"
            rf"(?P<ry_f2>1[89]\d\d|20\d\d)[-–/](?P<ry_f3>\d\d)(?![\w]|[-/.]\d)"
            rf"|(?:{frm}|{between}){sp}{b.year('ry_a')}{sp}(?:{to}|{and_}){sp}{b.year('ry_b')}"
            # "les années 2026 à 2029", "the years 2026 to 2029".
            rf"|{b.year('ry_a4')}{sp}{to}{sp}{b.year('ry_b4')}"
            # "2023-2024", and "2023/2024" (a campaign's, a school year's): the slash the
            # first year's own end refuses
            rf"|(?P<ry_a2>1[89]\d\d|20\d\d)(?:{_DASH}|/(?=\d{{4}})){b.year('ry_b1')}"
            # "2023/24": the short year's own end stops "2023/24/05" (a year has none here).
            rf"|(?P<ry_a3>1[89]\d\d|20\d\d)[-–/]{short_year})"
        ),
        "open_until": rf"{_B}{b.words('open_until')}{sp}{b.year('ou_y')}",
        "month_days": _month_days(b, link),
        "decade": _decade(b, link),
    }


def _decade(b: _Builder, link: str) -> str:
    """A decade: "les années 1990", "les années 90", "the 1990s" ("dc_y", "dc_s").

    The words before or after the year come from the data (``decade_before``,
    ``decade_after``), either required; two-digit decades only after a word before ("les
    années 90"), from the thirties on. Not "les années 2020 à 2030": a range of years.
    """
    before, after = b.vocab.word_list("decade_before"), b.vocab.word_list("decade_after")
    if not before and not after:
        return "(?!)"
    opening = rf"{phrase_pattern(before)}{_SP}" if before else ""
    short = r"|(?P<dc_s>[3-9]0)" if before else ""
    closing = "|".join(re.escape(w) for w in sorted(after, key=lambda w: (-len(w), w)))
    # "the 70s", "the 90's": two digits after the decade's article, their ending required.
    articles = _with_capitals(b.vocab.word_list("decade_articles")) if closing else []
    clipped = "|".join(rf"(?<=(?<![\w'’]){re.escape(a)} )" for a in articles)
    after_article = rf"|(?:{clipped})(?P<dc_s2>[3-9]0)" if clipped else ""
    return (
        rf"{_B}{opening}(?:(?P<dc_y>(?:1[89]|20)\d0){short}{after_article})(?:{closing})"
        rf"(?!\w)(?!{link}\d)"
    )


def _month_days(b: _Builder, link: str) -> str:
    """Days of a month named from the anchor: "du 4 au 6 du mois prochain", "le 15 courant".

    A lone day needs its article before it ("le 15 de ce mois"), outside the mention.
    """
    sp = _SP
    months = phrase_pattern(tuple(b.vocab.month_days))
    opening = f"(?:{b.words('range_from')}|{b.words('range_between')})"
    articles = [a for w in b.vocab.word_list("day_articles") for a in (w, w.capitalize())]
    after_article = "|".join(f"(?<=(?<![\\w'’]){re.escape(a)} )" for a in articles) or "(?!)"
    return (
        # Written in figures (the lookaheads fail fast where most attempts start).
        rf"{_B}(?:(?:{opening}{sp})?(?=\d){b.day('md_d1')}{link}{b.day('md_d2')}"
        rf"|(?=\d)(?:{after_article}){b.day('md_d')})"
        rf"{sp}(?P<md_m>{months}){_E}"
    )


def _lone_day(b: _Builder) -> str:
    """A day of the month without its month: "le 25.", "on the 25th," ("ld_d").

    Only after its article or preposition (outside the text) and before punctuation, the end
    of the line or a listed word, so that "le 25e anniversaire" and "the 25th session" stay
    ordinals. After ``lone_day_before`` the day needs a suffix ("on the 25th"); after
    ``lone_day_before_bare`` it may be bare ("le 25"). With its weekday ("samedi 25",
    "Saturday the 25th") the weekday is in the text.
    """
    suffix = phrase_pattern(b.vocab.word_list("lone_day_suffixes"))
    day = r"3[01]|[12]\d|0?[1-9]"
    followers = b.words("lone_day_followers")
    after = rf"(?=[^\S\n]*(?:[.,;:)]|\n|\Z)(?!\d)|[^\S\n]+{followers}(?!\w))"
    suffixed = _behind(b.vocab.word_list("lone_day_before")) or "(?!)"
    bare = _behind(b.vocab.word_list("lone_day_before_bare")) or "(?!)"
    # "samedi 25", "Saturday the 25th": with its weekday, in its text. With its suffix, also
    # before a word of ``named_day_followers`` ("Thursday the 16th to Valmont", « mercredi
    # 1er son homologue »), not before a noun ("Monday the 2nd meeting") nor its month; bare,
    # with no comma after the weekday ("On Sunday, 30 in the convoy …" counts people).
    article = rf"(?:{b.words('day_articles')}{_SP})?"
    named_after = rf"(?:{after}|(?=[^\S\n]+{b.words('named_day_followers')}(?!\w)))"
    named = (
        rf"{_B}{b.weekday('ld_w')}(?:,?{_SP}{article}(?P<ld_d3>{day})(?:{suffix}){named_after}"
        rf"|{_SP}{article}(?P<ld_d4>{day}){after})"
    )
    return (
        rf"(?:(?:{suffixed})(?P<ld_d>{day}){suffix}|(?:{bare})(?P<ld_d2>{day})(?:{suffix})?){after}"
        rf"|{named}"
    )


def _lone_day_range(b: _Builder) -> str:
    """Days of an unnamed month, each with its weekday: "du vendredi 14 au mardi 18".

    Also "from Friday the 11th until Tuesday the 15th" ("rl_w", "rl_d1", "rl_d2"). Both
    weekdays are needed: "from 4 to 8" alone counts anything.
    """
    sp = _SP
    day = r"(?:3[01]|[12]\d|0?[1-9])"
    suffix = rf"(?:{phrase_pattern(b.vocab.word_list('lone_day_suffixes'))})?(?!\d)"
    article = rf"(?:{b.words('day_articles')}{sp})?"
    link = rf"(?:{sp}(?:{b.words('range_to')}|{b.words('range_and')}){sp}|{_DASH})"
    followers = b.words("lone_day_followers")
    after = rf"(?=[^\S\n]*(?:[.,;:)]|\n|\Z)(?!\d)|[^\S\n]+{followers}(?!\w))"
    return (
        rf"{_B}(?:{b.words('range_from')}{sp})?{b.weekday('rl_w')},?{sp}{article}"
        rf"(?P<rl_d1>{day}){suffix}{link}{b.any_weekday()},?{sp}{article}"
        rf"(?P<rl_d2>{day}){suffix}{after}"
    )


def _behind(phrases: tuple[str, ...]) -> str:
    """Lookbehinds for ``phrases`` and their capitalised forms, each followed by a space."""
    return "|".join(rf"(?<=(?<![\w'’]){re.escape(f)} )" for f in _with_capitals(phrases))


def _not_behind(phrases: tuple[str, ...]) -> str:
    """Negative lookbehinds for ``phrases`` and their capitalised forms, each before a space."""
    return "".join(rf"(?<!(?<![\w'’]){re.escape(f)} )" for f in _with_capitals(phrases))


def _with_capitals(phrases: tuple[str, ...]) -> list[str]:
    """``phrases`` and their capitalised forms, once each, in a fixed order.

    The patterns built from them are cache keys: the same in every process.
    """
    return list(dict.fromkeys(f for p in phrases for f in (p, p[:1].upper() + p[1:])))


def _year_link(b: _Builder) -> str:
    """The optional word between a date's month and its year ("3 de marzo de 2024").

    Not when the year opens a range (« du 3 mars de 2000 à 2010 », "de 2020-2025"): then
    the word opens the range and the day stands alone.
    """
    listed = b.vocab.word_list("month_year_links")
    if not listed:
        return ""
    closers = phrase_pattern(b.vocab.word_list("range_to"))
    after = rf"(?={_SP}\d{{4}}(?![^\S\n]*(?:[-–]|(?:{closers})(?!\w))[^\S\n]*\d))"
    return rf"(?:{_SP}(?:{_longest_first(listed)}){after})?"


def _absolute(b: _Builder) -> dict[str, str]:
    sp = _SP
    # The language's date orders and the words between day, month and year come from its
    # data: "3 de marzo de 2024", "the 3rd of May", "May 3, 2024".
    comma = b.optional("date_separators")
    day_link, year_link = b.day_to_month(), _year_link(b)
    # "mercredi soir 24 janvier", "Wednesday evening, 24 January": the part of the day
    # between the weekday and its day is in the date's text.
    part = rf"(?:{sp}{b.words('day_parts')}(?!\w))?" if b.vocab.word_list("day_parts") else ""
    # "samedi , 14 mars 2026": a space sometimes stands before the weekday's comma.
    wd = rf"(?:{b.weekday('fd_w')}{part}(?:[^\S\n]?,)?{sp})?"
    month = functools.partial(b.month, loose=True)
    full = [
        # "Tuesday, 21. June 2011": a German page's day keeps its ordinal period in English.
        rf"{wd}{b.day('fd_d')}(?:\.(?={sp}))?(?:{day_link}|{_DASHED})"
        rf"{month('fd_m')}(?:{comma}{year_link}{sp}|{_DASHED}){b.year('fd_y', clock=True)}"
    ]
    day_month = [
        rf"(?:{b.weekday('dm_w')}{part}{comma}{sp})?{b.day('dm_d')}{day_link}{month('dm_m')}"
    ]
    if b.vocab.month_first:
        full.append(
            rf"(?:{b.weekday('fd_w2')}{part}{comma}{sp})?{month('fd_m2', glued=True)}"
            rf"(?:{sp}|(?<=\.)){b.later_day('fd_d2')}"  # "Feb.3, 2026": the period glued
            # The space after the comma is sometimes lost: "February 22,2024"; a scan sets
            # one before it: "May 5 , 1975".
            rf"(?:[^\S\n]?{comma}{sp}|,){b.year('fd_y2')}"
        )
        # Month first, the name must be capitalised if it is also a verb: "they may 2 times".
        # "march 3 kilometres", "the march 15 days after": a count, no day.
        counted = phrase_pattern(tuple(sorted({*b.vocab.count_nouns, *b.vocab.units})))
        day_month.append(
            rf"(?:{b.weekday('dm_w2')}{part}{comma}{sp})?{b.month('dm_m2', before_day=True)}"
            rf"(?:{sp}|(?<=\.))"  # "Feb.4": the abbreviation's period glued to the day
            rf"{b.later_day('dm_d2')}(?!{sp}(?i:{counted})(?!\w))"
        )
    else:
        # A site's template may print its own language's month first, as English does, with
        # the comma before the year: « décembre 5, 2014 », « fév. 15, 2013 ».
        full.append(rf"{month('fd_m2')}{sp}{b.later_day('fd_d2')},{sp}{b.year('fd_y2')}")
    full += [_quoted_date(b, lang) for lang in b.vocab.word_list("quoted_languages")]
    # A year may follow on the same line; a dash and a number make it a range.
    # A time is no year: "5 mai 12:00", "May 5 9h".
    # Nor is the next day of a list: "on 15 April, 23 April and 27 April".
    listed_day = r"\d{1,2}[^\S\n]+[^\W\d_]"
    no_year_after = rf"(?!{_SAME_LINE},?{_SAME_LINE}(?!{_CLOCK_AHEAD}|{listed_day})\d|{_DASH}\d)"
    # "4 February last year", « le 4 février de l'année dernière »: that day of the year said,
    # tried before the qualifier alone ("4 February last").
    qualified = rf"(?:{b.said_year('dm_y')}|{sp}(?P<dm_q>{b.qualifier()}){_E})?"
    iso_end = rf"(?:{_YEAR_END}|(?=T\d\d:\d\d))"
    return {
        "spelled_date": _spelled_date(b),
        "full_date": _B + "(?:" + "|".join(full) + ")",
        # Without groups of its own (``values`` reads the numbers): past a hundred groups the
        # standard engine slows down on every attempt.
        "numeric_date": (
            # Not glued by a dash to a serial's figures ("440-06-03-2024", a release's number),
            # a day range's first day before slashes or dots aside ("12-14/05/2024").
            rf"{_B}(?:(?<!\d-)|(?=\d{{1,2}}[/.]))"
            # ISO order, a one-digit month or day written bare too: "2017-08-6".
            rf"(?:(?:1[89]|20)\d\d-(?:0?[1-9]|1[0-2])-(?:[0-2]\d|3[01]|[1-9]){iso_end}"
            # A space after the second slash is a PDF extraction's ("07/05/ 2010").
            rf"|(?:[0-2]?\d|3[01])(?:/(?:0?[1-9]|1[0-2])/ ?|\.(?:0?[1-9]|1[0-2])\."
            rf"|-(?:0?[1-9]|1[0-2])-)(?:1[89]|20)\d\d{_YEAR_END}"
            # Central European print, a space after each dot: "2. 11. 2015".
            rf"|(?:[0-2]?\d|3[01])\.[ ](?:0?[1-9]|1[0-2])\.[ ](?:1[89]|20)\d\d{_YEAR_END}"
            rf"|(?:1[89]|20)\d\d(?:/(?:0?[1-9]|1[0-2])/|\.(?:0?[1-9]|1[0-2])\.)"
            rf"(?:[0-2]?\d|3[01]){_YEAR_END}"
            # Month first when the second number cannot be a month: "12/25/2022".
            rf"|(?:0?[1-9]|1[0-2])(?:/(?:1[3-9]|2\d|3[01])/|-(?:1[3-9]|2\d|3[01])-)"
            rf"(?:1[89]|20)\d\d{_YEAR_END}"
            # and with a two-digit year, slashes only: "Wednesday 01/29/14"
            rf"|(?:0[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/\d\d(?![\w]|[-.,/]\d)"
            # Two-digit years only with two-digit days and months: "04.07.22", not "3.1.12";
            # a one-digit day in a dateline after its place: "(Paris, 3.07.12)".
            rf"|(?:[0-2]\d|3[01]|(?:(?<=,\s)|(?<=\())[1-9])"
            rf"(?:/(?:0[1-9]|1[0-2])/|\.(?:0[1-9]|1[0-2])\.|-(?:0[1-9]|1[0-2])-)\d\d"
            rf"(?![\w]|[-.,/]\d)"
            # A day that cannot be a month, then a bare month, with slashes, as a stamp or a
            # dateline prints it (the line's start, after its place or in brackets):
            # "22/9/14"; not "resolution 28/3/15", nor a symbol ("A/SA.13/2/12").
            rf"|(?:(?<![^\n])|(?<=,[ \t])|(?<=\())"
            rf"(?:1[3-9]|2\d|3[01])/[1-9]/\d\d(?![\w]|[-.,/]\d))"
        ),
        "numeric_day_month": _numeric_day_month(b),
        "iso_month": rf"{_B}(?P<im_y>(?:1[89]|20)\d\d)-(?P<im_m>0[1-9]|1[0-2]){_YEAR_END}(?!-\d)",
        "month_year": rf"{_B}{b.month('my_m', before_day=True)},?{sp}{b.year('my_y')}",
        "day_month": _B + "(?:" + "|".join(day_month) + ")" + no_year_after + qualified,
    }


def _spelled_date(b: _Builder) -> str:
    """A date with its year in words, as signing formulas write it ("sd_d", "sd_m", "sd_t").

    "le quinze mai deux mille vingt-cinq", "the fifteenth day of May, two thousand and
    twenty-five", "15 mai de l'an deux mille vingt-cinq": the thousands (``spelled_years``),
    then a number up to 99 (``year_units``, "sd_u") after an optional ``range_and`` word,
    then what may follow a year (``year_followers``).
    """
    if not b.vocab.spelled_years:
        return "(?!)"
    sp = _SP
    thousands = phrase_pattern(tuple(b.vocab.spelled_years))
    units = phrase_pattern(tuple(b.vocab.year_units))
    # A signing formula capitalises its words: "on the Third day of March in the Year Two
    # Thousand and Twenty-Six".
    links = b.optional("spelled_year_links", sp, any_case=True)
    day_link = b.day_to_month()
    return (
        rf"{_B}(?:{b.any_weekday()},?{sp})?{b.day('sd_d')}{day_link}"
        rf"{b.month('sd_m', loose=True)},?{links}{sp}(?P<sd_t>{thousands})"
        rf"(?:{sp}(?:{b.words('range_and')}{sp})?(?P<sd_u>{units}))?(?![\w-])"
        # Then punctuation, the line's end or a word that may follow a year: "deux mille
        # manifestants" counts people.
        rf"(?=[^\S\n]*(?:[.,;:)]|\n|\Z)|[^\S\n]+{b.words('year_followers')}(?!\w))"
    )


def _numeric_day_month(b: _Builder) -> str:
    """A day and month in figures without a year: "le 22/04", "on 4/22" ("nd_a", "nd_b").

    Only after a listed word (``numeric_day_before``) and with a two-digit number among
    the two, so that "le 1/3 du budget" stays a fraction; ``values`` picks the order.
    """
    behind = _behind(b.vocab.word_list("numeric_day_before")) or "(?!)"
    number = r"3[01]|[12]\d|0?[1-9]"
    return (
        rf"(?:{behind})(?=\d\d|\d/\d\d)(?P<nd_a>{number})/(?P<nd_b>{number})"
        r"(?![\w/]|[.,]\d)"
    )


@functools.cache
def quoted_month_forms(language: Language) -> tuple[str, ...]:
    """The month names of ``language`` that open a date quoted in another language's text.

    Month first, its comma and year make the date whatever the name's length or case: "août
    16, 2023" printed by a site's French template above an English text. Full names (no
    abbreviation's period), as written and capitalised; longest first.
    """
    months = date_vocabulary(language).months
    forms = {f for m in months if len(m) > 2 and "." not in m for f in (m, m.capitalize())}
    return tuple(sorted(forms, key=lambda name: (-len(name), name)))


def _quoted_date(b: _Builder, language: str) -> str:
    """A full date of another language quoted in the text.

    An English post in a French page: "October 20, 2020", month first with its comma and
    year (any full name, capitalised or not); or day first, between the day and the year
    any full name or abbreviation will do ("23 May 2023", "26 Apr. 2018" printed under a
    French title by an English page template, "Ottawa, le 3 mars 2025" above a bilingual
    release, "16-Feb-2017" in a French page's stamp).
    """
    foreign = date_vocabulary(cast("Language", language)).months
    names = "|".join(quoted_month_forms(cast("Language", language)))
    own = {m.casefold() for m in b.vocab.months}
    # As the quoted language writes its months ("3 mars 2025") or capitalised ("23 May").
    full = {
        f
        for m in foreign
        if len(m) > 2 and m not in own and "." not in m
        for f in (m, m.capitalize())
    }
    between = "|".join(sorted(full, key=lambda name: (-len(name), name)))
    return (
        rf"(?:(?P<fd_m3>{names}){_SP}{b.later_day('fd_d3')},{_SP}{b.year('fd_y3')}"
        # "16-Feb-2017", a web page's stamp, hyphens for spaces.
        rf"|(?P<fd_d4>3[01]|[12]\d|0?[1-9])(?:{_SP}|-)(?P<fd_m4>{between})\.?(?!\w)(?:{_SP}|-)"
        rf"{b.year('fd_y4')})"
    )


def _relative(b: _Builder) -> dict[str, str]:
    sp = _SP
    phrases = tuple(p for rule in b.vocab.relative for p in rule.phrases)
    qual = b.qualifier()
    hour_marks = b.vocab.word_list("hour_marks")
    # "7:56:30 pm", "14:30:00 GMT": the seconds are read, not kept.
    clock = (
        rf"(?P<t_h>[01]?\d|2[0-3]):(?P<t_m>[0-5]\d)(?!\d)(?::[0-5]\d(?![\d:]))?"
        rf"(?:\s?(?P<t_ap>{_MERIDIEM}))?(?!\w)"
    )
    times = [
        clock,
        rf"(?P<t_h3>1[0-2]|0?[1-9])(?:\.(?P<t_m3>[0-5]\d))?\s?(?P<t_ap3>{_MERIDIEM})(?!\w)",
        # "14h30" in any language (English in Africa and elsewhere writes it too): an
        # hour, "h" and its minutes glued, never a count ("a 12h flight" has no minutes).
        r"(?P<t_h12>[01]?\d|2[0-3])h(?P<t_m12>[0-5]\d)(?!\w)",
    ]
    if military := b.vocab.word_list("military_hour_marks"):
        # "1900hrs", "2200hrs-0500hrs": four digits and the mark glued, a time wherever it
        # stands; spaced ("at 0930 hrs"), only where a time's word opens it ("1200 hrs of
        # flight time" is a duration).
        marks = "|".join(sorted(map(re.escape, military), key=lambda m: (-len(m), m)))
        times.append(
            rf"(?<![\w.,:/])(?<!\d-)(?P<t_h13>[01]\d|2[0-3])(?P<t_m13>[0-5]\d)(?:{marks})(?!\w)"
        )
        if behind := _behind(b.vocab.word_list("zone_time_before")):
            # "after 1000 hours of talks": a count of hours, before its complement
            counted = (
                b.words("count_complements") if b.vocab.word_list("count_complements") else "(?!)"
            )
            times.append(
                rf"(?:{behind})(?P<t_h14>[01]\d|2[0-3])(?P<t_m14>[0-5]\d)[^\S\n](?:{marks})(?!\w)"
                rf"(?!{_SP}(?:{counted})(?:(?<=['’])|{_E}))"
            )
    zoned = _zoned_clock(b)
    if zoned:
        times.append(zoned)
    if dotted := _dotted_clock(b):
        times.append(dotted)
    joins = phrase_pattern(b.vocab.word_list("range_to") + b.vocab.word_list("range_and"))
    if hour_marks:
        times[:0] = _marked_hours(b, joins)
    times += _worded_times(b)
    # "3-4pm", "3:30 to 6 p.m.": the first hour of a span takes the meridiem of the second.
    times.insert(
        0,
        rf"(?P<t_h7>1[0-2]|0?[1-9])(?::(?P<t_m7>[0-5]\d))?(?=(?:[^\S\n]*[-–][^\S\n]*"
        rf"|[^\S\n]+{joins}[^\S\n]+)(?:1[0-2]|0?[1-9])(?::[0-5]\d)?[^\S\n]?(?P<t_ap7>{_MERIDIEM})(?!\w))",
    )
    zone = _zone_pattern(b.vocab.timezones)
    zone_after = rf"(?=(?:\s*,\s*|\s+|\s*\(\s*)(?P<t_zone>{zone})(?!\w))?"
    month_in = b.vocab.word_list("month_in")
    glued = phrase_pattern(tuple(w for w in month_in if w.endswith(("-", "'"))))
    spaced = phrase_pattern(tuple(w for w in month_in if not w.endswith(("-", "'"))))
    opens = phrase_pattern(
        tuple(
            w
            for key in ("open_since", "open_from", "open_until", "open_before", "open_after")
            for w in b.vocab.word_list(key)
        )
    )
    # "last August", "next June": a qualifier written before the month.
    before = b.words("month_qualifiers")
    shifted = f"(?:{b.words('past_words')}|{b.words('next_words')})"
    # "vendredi de la semaine prochaine", "Friday next week": a weekday of a named week.
    week_words = {w.casefold() for w in b.vocab.word_list("week_words")}
    weeks = phrase_pattern(
        tuple(
            p
            for rule in b.vocab.relative
            if rule.unit == "week"
            for p in rule.phrases
            if week_words & set(p.casefold().split())
        )
    )
    # "the Friday after," / « le mardi suivant, il … »: the sequel's word ends its phrase;
    # "on Friday before leaving", « lundi d'après Karl Lirov » (according to him), "the
    # Friday after the summit" are no sequel.
    sequel_end = rf"(?=[^\S\n]*(?:[,.;:)]|\n|\Z)|{sp}{b.words('sequel_followers')}{_E})"
    links = b.words("event_links")
    years = phrase_pattern(tuple(b.vocab.period_years))
    return {
        # Not the offset of a timestamp: "16:05:00-05:00".
        "time": (
            rf"{_B}(?:{_NOT_OFFSET}|(?<=\d-)(?={_SPAN_END}))(?<!\d:)(?:(?P<t_pre>{phrase_pattern(tuple(b.vocab.minutes_before))}){sp})?"
            rf"(?:{'|'.join(times)})"
            rf"(?:{sp}(?P<t_post>{phrase_pattern(tuple(b.vocab.minutes_after))}){_E})?"
            rf"{_day_part_after(b)}{zone_after}"
        ),
        "holiday": _holiday(b),
        "lone_day": _lone_day(b),
        "range_lone_days": _lone_day_range(b),
        "span": _span(b),
        "shift": _shift(b),
        # "fin de l'année 2022" is the year 2022 with its boundary, not "this year".
        # Nor "la fin du mois d'octobre": the month named after it is the month meant.
        "relative": (
            # Not a site's name, its domain glued ("TODAY.AZ", "Today.ng"); a stop glued to the
            # next sentence stays one ("today.Minister …").
            rf"{_B}{phrase_pattern(phrases)}{_E}(?!\.(?:[a-z]{{2,}}|[A-Z]{{2,}})(?![A-Za-z]))"
            rf"(?![^\S\n]+(?!{_CLOCK_AHEAD})\d)"
            rf"(?![^\S\n]+(?i:{_month_links(b.vocab)})[^\S\n]*{b.month('')})"
            rf"(?![^\S\n]+(?i:{b.words('clause_days')}){_E})"
        ),
        # "dimanche soir", "Tuesday morning": the part of the day belongs to the mention.
        # "the following Tuesday", « le mardi suivant »: the one after the day told before;
        # « lundi en huit »: a week after the coming Monday.
        "weekday": (
            rf"{_B}(?:(?P<wd_q1>{qual}){sp}|(?P<wd_same>{b.words('same_words')}){sp}"
            rf"|(?P<wd_sb>{b.words('sequel_weekday_before')}){sp}"
            rf"|(?P<wd_pb>{b.words('prior_weekday_before')}){sp})?"
            rf"{b.weekday('wd_w')}"
            rf"(?:{sp}{b.words('day_parts')}{_E})?(?:{sp}(?:{links}{sp})?(?P<wd_week>{weeks}){_E}"
            rf"|{sp}(?P<wd_q2>{qual}){_E}"
            rf"|{sp}(?P<wd_sa>{b.words('sequel_weekday_after')}){_E}{sequel_end}"
            rf"|{sp}(?P<wd_pa>{b.words('prior_weekday_after')}){_E}{sequel_end}"
            rf"|{sp}(?P<wd_w1>{b.words('weekday_week_later')}){_E}"
            rf"|{sp}(?P<wd_w2>{b.words('weekday_two_weeks_later')}){_E})?"
        ),
        "month_in": (
            rf"{_B}(?:{spaced}{sp}|{glued}|(?P<mi_open>{opens}){sp}|(?P<mi_q0>{before}){sp}"
            # "septembre dernier, le ministre …": a qualifier after the month needs no link.
            rf"|(?={b.month('')}{sp}{shifted}{_E}))"
            rf"{b.month('mi_m')}(?!\.?{_DASH}{b.month('', loose=True)})"
            # "January last year", "janvier de l'année dernière": the month of that year.
            rf"(?:{sp}(?:{b.words('period_links')}{sp})?(?P<mi_y>{years}){_E}"
            # No day after it, past an abbreviation's period: "held in Oct. 11" is the day.
            rf"|{sp}(?P<mi_q>{qual}){_E})?(?!\.?\s*,?\s*\d)"
        ),
        "month_of": _month_of(b),
        "year": rf"{_B}{b.year('yr_y')}",
    }


def _holiday(b: _Builder) -> str:
    """A named day ("Noël", "Easter Monday"), with a year or a qualifier ("ho_n", "ho_y").

    Not before a capitalised word: "Christmas Island", "Noël Mamère" name no day.
    """
    if not b.vocab.holidays:
        return "(?!)"
    sp = _SP
    years = phrase_pattern(tuple(b.vocab.period_years))
    return (
        rf"{_B}(?:(?P<ho_q0>{b.words('month_qualifiers')}){sp})?"
        rf"(?P<ho_n>{phrase_pattern(tuple(b.vocab.holidays))}){_E}(?![^\S\n]+{CAPITAL})"
        rf"(?:{sp}{b.year('ho_y')}"
        # "Christmas last year", "Memorial Day of next year": the day in that year.
        rf"|{sp}(?:{b.words('period_links')}{sp})?(?P<ho_ry>{years}){_E}"
        rf"|{sp}(?P<ho_q>{b.qualifier()}){_E})?"
    )


def _zone_pattern(zones: dict[str, str]) -> str:
    """The zone phrases after a time, abbreviations in their exact case.

    "CET", not the "cet" of "cet après-midi"; worded ones in any case ("heure de Paris").
    """
    worded = tuple(z for z in zones if not z.isupper())
    abbreviations = sorted((z for z in zones if z.isupper()), key=len, reverse=True)
    exact = "|".join(re.escape(z) for z in abbreviations) or "(?!)"
    return f"(?:{phrase_pattern(worded)}|{exact})"


def _marked_hours(b: _Builder, joins: str) -> list[str]:
    """Hours written with their mark: "14 heures", "14 h 30", "at ten o'clock".

    A bare count of hours is a duration, not a time of day, after the words of
    ``duration_before`` ("pendant 12 heures") or before a complement ("15 heures de
    négociations"). The first hour of a span takes the mark of the second ("de 16 à 17
    heures", "16-17 heures"). A spelled hour ("à quinze heures trente", "at ten o'clock")
    counts only after a word that opens a time (``zone_time_before``).
    """
    sp = _SP
    marks = phrase_pattern(b.vocab.word_list("hour_marks"))
    hour = r"(?:[01]?\d|2[0-3])"
    lasting = _not_behind(b.vocab.word_list("duration_before"))
    parts = phrase_pattern(b.vocab.word_list("evening_marks") + b.vocab.word_list("morning_marks"))
    counted = (
        rf"(?!{sp}(?!{parts}(?!\w)){b.words('count_complements')}(?:(?<=['’])|{_E}))"
        if b.vocab.word_list("count_complements")
        else ""
    )
    # The minutes may keep their own mark: "10h30min", "10 h 30 mn".
    minute_marks = b.vocab.word_list("minute_marks")
    minute_mark = rf"(?:\s?{phrase_pattern(minute_marks)})?" if minute_marks else ""
    found = [
        rf"{lasting}(?P<t_h2>{hour})\s?{marks}(?:\s?(?P<t_m2>[0-5]\d){minute_mark})?(?![\w])"
        rf"(?(t_m2)|{counted})"
    ]
    openers = _behind(b.vocab.word_list("range_from") + b.vocab.word_list("range_between"))
    if openers:
        found.append(
            rf"(?:{openers})(?P<t_h9>{hour})(?=[^\S\n]+{joins}[^\S\n]+{hour}\s?{marks}(?!\w))"
        )
    found.append(rf"(?P<t_h10>{hour})(?=[^\S\n]*[-–][^\S\n]*{hour}\s?{marks}(?!\w))")
    behind = _behind(b.vocab.word_list("zone_time_before"))
    if b.vocab.hour_words and behind:
        spelled = phrase_pattern(tuple(b.vocab.hour_words))
        minutes = phrase_pattern(tuple(b.vocab.minute_words))
        found.append(
            rf"(?:{behind})(?P<t_hw>{spelled})(?:[^\S\n]+(?:{marks}|(?P<t_apw>{_MERIDIEM}))(?!\w)"
            rf"(?:[^\S\n]+(?P<t_mw>{minutes})(?!\w))?"
            rf"|[^\S\n]+(?P<t_mw2>{minutes})[^\S\n]+(?P<t_apw2>{_MERIDIEM})(?!\w)){counted}"
        )
    return found


def _worded_times(b: _Builder) -> list[str]:
    """Times read with words: "midi", "noon", and a bare hour with its part of the day.

    A clock word (``clock_words``) is a time alone; a bare hour is one only when a part of
    the day follows it ("à 8 du soir", "at 8 in the evening", "at 8 tonight").
    """
    found = []
    if b.vocab.clock_words:  # exact case: "le Midi" is a region; not "après-midi"
        words = "|".join(re.escape(w) for w in sorted(b.vocab.clock_words, key=len, reverse=True))
        found.append(rf"(?<![\w-])(?P<t_w>{words})(?![\w-])")
    parts = b.vocab.word_list("evening_marks") + b.vocab.word_list("morning_marks")
    if parts:
        found.append(rf"(?P<t_h6>1[0-2]|0?[1-9])(?=[^\S\n]+{phrase_pattern(parts)}(?!\w))")
    cues, behind = b.vocab.word_list("evening_cues"), _behind(b.vocab.word_list("zone_time_before"))
    if cues and behind:  # "at 8 tonight", "à 8 ce soir": after a word that opens a time
        found.append(
            rf"(?:{behind})(?P<t_h8>1[0-2]|0?[1-9])(?=[^\S\n]+{phrase_pattern(cues)}(?!\w))"
        )
    return found


def _day_part_after(b: _Builder) -> str:
    """The part of the day after a time, which may put it after noon.

    In the time's text ("du soir", "in the morning"), or out of it, a mention of its own
    ("ce soir", "tonight").
    """
    evening = phrase_pattern(b.vocab.word_list("evening_marks"))
    morning = phrase_pattern(b.vocab.word_list("morning_marks"))
    cues = phrase_pattern(b.vocab.word_list("evening_cues"))
    return (
        rf"(?:[^\S\n]+(?:(?P<t_pm>{evening})|{morning})(?!\w))?"
        rf"(?=[^\S\n]+(?P<t_pm2>{cues})(?!\w))?"
    )


def _dotted_clock(b: _Builder) -> str:
    """A 24-hour time written with a dot after a word that opens a time: "à 17.30", "at 18.15".

    Only there, and not before a unit or a count noun, so that an amount ("à 17.30 %", "at
    2.50 euros") stays a number.
    """
    behind = _behind(b.vocab.word_list("zone_time_before"))
    if not behind:
        return ""
    counts = phrase_pattern(tuple(sorted(b.vocab.count_nouns)))
    return (
        rf"(?:{behind})(?P<t_h11>[01]?\d|2[0-3])\.(?P<t_m11>[0-5]\d)(?![\d%€$£]|[.,]\d)"
        rf"(?![^\S\n]*(?:[%€$£]|(?:{_MERIDIEM}|{counts})(?!\w)))(?!\w)"
    )


def _zoned_clock(b: _Builder) -> str:
    """Four digits before a zone mark, in a time's place: "(0630 GMT)", "at 1400 UTC".

    Only in parentheses (a second time after the first) or after ``zone_time_before``, so
    that a year ("in 2015 GMT rates") stays one.
    """
    marks = b.vocab.word_list("time_zone_marks")
    if not marks:
        return ""
    body = "|".join(re.escape(m) for m in marks)
    behind = _behind(b.vocab.word_list("zone_time_before"))
    places = "|".join(p for p in (r"(?<=\()", r"(?<=\( )", behind) if p)
    return (
        rf"(?:{places})(?P<t_h4>[01]\d|2[0-3])(?P<t_m4>[0-5]\d)"
        rf"(?=[^\S\n]?(?P<t_zone4>{body})(?!\w))"
    )


def _month_of(b: _Builder) -> str:
    """A month without year naming an event's month: "la conférence de novembre".

    The link stays out of the text. French names in lower case only ("l'exploration de
    Mars" is none); English ones capitalised, as a modifier before a word ("ahead of the
    June summit"). Full names only ("de nov" is none).
    """
    behind = _behind_elided(b.vocab.word_list("month_of"))
    if not behind:
        return "(?!)"
    forms = b.vocab.months
    full = [m for m in forms if m not in b.shortened]
    if b.vocab.case_sensitive_names:
        full = [m.capitalize() for m in full]
    names = "|".join(sorted(map(re.escape, set(full)), key=lambda f: (-len(f), f)))
    # A modifier needs the word it modifies: "the June summit", not "the June of that year".
    links = b.words("period_links")
    noun = rf"(?=[^\S\n]+(?!{links}\b)[^\W\d_])" if b.vocab.case_sensitive_names else ""
    return (
        rf"(?:{'|'.join(behind)})(?P<mo_m>{names})(?!\w){noun}"
        rf"(?:{_SP}(?P<mo_q>{b.qualifier()}){_E})?(?!\s*,?\s*\d)"
    )


def _parts_of_year(b: _Builder) -> dict[str, str]:
    """Parts of a year without a year written: "au second semestre", "le printemps dernier"."""
    sp = _SP
    # Abbreviations ("T1", "H2") stand for a part of the year only next to its year, and
    # "last quarter" alone is the quarter before the anchor's, not the year's fourth.
    past = {w.casefold() for w in b.vocab.word_list("past_words")}
    spelled = [p for p in b.vocab.periods if " " in p]
    need_year = {phrase_key(p) for p in b.vocab.word_list("periods_need_year")}
    alone = [p for p in spelled if not past & set(p.split()) and p not in need_year]
    periods = phrase_pattern(tuple(alone))
    named = phrase_pattern(tuple(spelled))
    links = b.words("period_links")
    years = phrase_pattern(tuple(b.vocab.period_years))
    seasons = phrase_pattern(tuple(b.vocab.seasons))
    before = f"(?:{b.words('month_qualifiers')}|{b.words('season_this')})"
    articles = b.words("season_articles")
    ordinals = phrase_pattern(tuple(b.vocab.week_ordinals))
    week_links = b.vocab.word_list("week_links")
    links_w = phrase_pattern(tuple(w for w in week_links if not w.endswith(("'", "’"))))
    glued_w = phrase_pattern(tuple(w for w in week_links if w.endswith(("'", "’"))))
    article = rf"(?:{articles}(?<=['’]){_SAME_LINE}|{articles}{sp})"
    return {
        "period_rel": (
            rf"{_B}(?:(?P<pr_p>{named}){sp}(?:{links}{sp})?(?P<pr_y>{years}){_E}(?!{sp}\d)"
            # Not "the first half of the meeting": a part of something else.
            rf"|(?P<pr_p2>{periods}){_E}(?!{sp}(?:{links}{_E}|\d)))"
        ),
        # "la deuxième semaine de mars", "the third week of September": an ISO week; "the
        # first week of 2027", "the last week of 2015": that year's (not "last week").
        "month_week": (
            rf"{_B}(?:{b.words('week_articles')}{sp})?(?P<mw_n>{ordinals}){sp}"
            rf"{b.words('week_words')}{sp}(?:(?:{links_w}{sp}|{glued_w})"
            rf"(?:{b.month('mw_m', loose=True)}(?:{sp}{b.year('mw_my')})?(?!{sp}\d)"
            rf"|{b.year('mw_y')})"
            rf"|(?P<mw_d>{phrase_pattern(tuple(b.vocab.month_days))}){_E})"
        ),
        # "the first Friday of July", "le dernier lundi d'août": a day of a named month.
        # Or of a month named from the anchor: "the first Friday of next month".
        # And the last day of a month and year: "the last day of October 2015" (its first
        # days are spelled dates: "the first day of March 2026").
        "month_weekday": (
            rf"{_B}(?:{b.words('week_articles')}{sp})?(?:(?P<mwd_n>{ordinals}){sp}"
            rf"{b.weekday('mwd_w')}|(?P<mwd_day>{b.words('last_day_words')}){_E})"
            rf"{sp}(?:(?:{links_w}{sp}|{glued_w}){b.month('mwd_m', loose=True)}"
            rf"(?:{sp}{b.year('mwd_y')})?(?!{sp}\d)"
            rf"|(?P<mwd_d>{phrase_pattern(tuple(b.vocab.month_days))}){_E})"
        ),
        "season": (
            rf"{_B}(?:(?P<se_q0>{before}){sp}(?P<se_s0>{seasons})"
            rf"|{article}(?P<se_s>{seasons}){sp}(?P<se_q>{b.qualifier()})"
            # "visit Valmont in the autumn", « à l'automne »: the season under way or
            # nearest, its preposition outside the text; not "in the autumn of 2026".
            rf"|(?:{_season_in(b)})(?P<se_s1>{seasons}){_E}"
            # Not a modifier ("the winter session"), a year's part ("the autumn of last
            # year"), nor a habit ("in summer every year"): only a clause's end, or a link.
            rf"(?![^\S\n]+(?!(?i:{b.words('season_followers')}){_E})[^\W\d_])(?!{sp}\d)){_E}"
        ),
    }


def _season_in(b: _Builder) -> str:
    """Lookbehinds for the prepositions before a season alone (``season_in``), any case."""
    return "|".join(_behind_elided(tuple(_with_capitals(b.vocab.word_list("season_in"))))) or "(?!)"


def _behind_elided(words: tuple[str, ...]) -> list[str]:
    """A lookbehind for each word, with the space after it ("de ", "in the ").

    An elided word runs into what follows, its apostrophe either way ("à l'", "d’").
    """
    behind = []
    for word in words:
        elided = word.endswith(("'", "’"))
        body = re.escape(word[:-1]) + "['’]" if elided else re.escape(word) + " "
        behind.append(rf"(?<=(?<![\w'’]){body})")
    return behind


def _count(b: _Builder) -> str:
    """A count of units: digits, a decimal, or spelled ("twenty-one", "vingt et un")."""
    sp = _SP
    spelled = phrase_pattern(tuple(b.vocab.numbers))
    tens = phrase_pattern(tuple(w for w, n in b.vocab.numbers.items() if n >= 20 and n % 10 == 0))
    digits = phrase_pattern(tuple(w for w, n in b.vocab.numbers.items() if n < 10))
    # Tens and units, joined by a dash, a space or "et": "twenty-one", "twenty one", "vingt
    # et un"; other compounds ("quatre-vingt-dix") are valued by the fallback.
    joined = rf"{tens}(?:(?:-|{sp}(?:{b.words('range_and')}{sp})?){digits}{_E})?"
    # A decimal count ("1.5 days later", "2,5 heures") is whole; never its last digit alone.
    return rf"(?:(?<!\d[.,])\d{{1,3}}(?:[.,]\d{{1,2}}(?!\d))?|{joined}|{spelled}(?:-{spelled})*)"


def _span(b: _Builder) -> str:
    """Whole units just before or after the anchor's own: "the last two years".

    « les trois derniers mois », « les six mois à venir »; groups "sp_back…" or
    "sp_ahead…", "sp_n…" (the count) and "sp_u…" (the unit).
    """
    sp, count = _SP, _count(b)
    units = phrase_pattern(tuple(b.vocab.units))
    # "over the past 30 years", « au cours des trois derniers mois »: a duration; "his last
    # two years", « ses deux dernières années »: someone's; "of the summit": tied to it.
    lasting = _not_behind(
        b.vocab.word_list("span_duration_before") + b.vocab.word_list("span_owners")
    )
    tied = b.vocab.word_list("span_not_after")
    free = rf"(?!{sp}{b.words('span_not_after')}(?:(?<=['’])|{_E}))" if tied else ""
    pieces = []
    if b.vocab.word_list("span_back_before") or b.vocab.word_list("span_ahead_before"):
        pieces.append(
            rf"{_B}{lasting}(?:(?P<sp_back>{b.words('span_back_before')})"
            rf"|(?P<sp_ahead>{b.words('span_ahead_before')})){sp}"
            rf"(?P<sp_n>{count}){sp}(?P<sp_u>{units}){_E}{free}"
        )
    if b.vocab.word_list("span_back_mid") or b.vocab.word_list("span_ahead_mid"):
        pieces.append(
            rf"{_B}{lasting}(?P<sp_n2>{count}){sp}(?:(?P<sp_back2>{b.words('span_back_mid')})"
            rf"|(?P<sp_ahead2>{b.words('span_ahead_mid')})){sp}(?P<sp_u2>{units}){_E}{free}"
        )
    if b.vocab.word_list("span_back_after") or b.vocab.word_list("span_ahead_after"):
        pieces.append(
            rf"{_B}{lasting}(?P<sp_n3>{count}){sp}(?P<sp_u3>{units}){sp}"
            rf"(?:(?P<sp_back3>{b.words('span_back_after')})"
            rf"|(?P<sp_ahead3>{b.words('span_ahead_after')})){_E}{free}"
        )
    return "|".join(pieces) or "(?!)"


def _shift(b: _Builder) -> str:
    """Shifts from the anchor: "il y a trois semaines", "dans dix jours", "two weeks ago"."""
    sp = _SP
    count = _count(b)
    units = phrase_pattern(tuple(b.vocab.units))
    ago_before = b.words("ago_before")
    ahead_before = b.words("ahead_before")
    ago_after, ahead_after = b.words("ago_after"), b.words("ahead_after")
    later, earlier = b.words("later_after"), b.words("earlier_after")
    # "four days before, …": the clause ends there, else the count runs from what follows.
    final = r"(?=[^\S\n]*(?:[,.;:!?)\n]|\Z))"
    later += rf"|(?P<sh_later_final>{b.words('later_final')}{final})"
    earlier += rf"|(?P<sh_earlier_final>{b.words('earlier_final')}{final})"
    # "il y a environ deux semaines", "about two weeks ago": the shift, approximately.
    about = rf"(?:{b.words('shift_approximations')}{sp})?"
    # "dans 1 an et 2 mois", "two weeks and three days ago": a second, finer unit.
    joint = rf"(?:,?{sp}{b.words('range_and')}{sp}|,?{sp})"
    return (
        rf"{_B}(?:(?P<sh_back>{ago_before})|(?P<sh_ahead>{ahead_before})){sp}{about}"
        rf"(?P<sh_n>{count}){sp}(?P<sh_u>{units}){_E}"
        rf"(?:{joint}(?P<sh_n3>{count}){sp}(?P<sh_u3>{units}){_E})?"
        rf"(?:(?:{sp})?{b.words('shift_time_words')}{_E})?"
        # "in two weeks of talks" is a span of time: "in" then dates nothing.
        rf"(?(sh_ahead)(?!{sp}{b.words('count_complements')}(?:(?<=['’])|{_E})))"
        rf"|{_B}{about}(?P<sh_n2>{count}){sp}(?P<sh_u2>{units})"
        rf"(?:{joint}(?P<sh_n4>{count}){sp}(?P<sh_u4>{units}))?{sp}"
        rf"(?:(?P<sh_ago>{ago_after})|(?P<sh_hence>{ahead_after})"
        rf"|(?P<sh_later>{later})|(?P<sh_earlier>{earlier})){_E}"
    )


@functools.cache
def grammar_pieces(language: Language) -> Mapping[str, str]:
    """The pattern of each alternative of the grammar of ``language``, by name."""
    builder = _Builder(date_vocabulary(language))
    pieces = {
        **_ranges(builder),
        **_absolute(builder),
        **_relative(builder),
        **_parts_of_year(builder),
    }
    return MappingProxyType(pieces)


def grammar_text(pieces: Mapping[str, str], names: Iterable[str]) -> str:
    """The alternation of the alternatives ``names``, each in its named group, in that order."""
    return "|".join(f"(?P<{name}>{pieces[name]})" for name in names)


@functools.cache
def date_pattern(language: Language) -> re.Pattern[str]:
    """The compiled grammar of ``language`` (built once per process)."""
    # The standard engine matches this grammar about 1.6 times faster than the regex module.
    return compile_pattern(grammar_text(grammar_pieces(language), ALTERNATIVES))


def _month_links(vocab: DateVocabulary) -> str:
    """Links before a month, in every shipped language and the document's own."""
    codes = (*LANGUAGES, vocab.language)
    words = (w for code in codes for w in date_vocabulary(code).word_list("month_links"))
    return alternation(dict.fromkeys(words))
