"""What the words around a date expression change.

An open bound, a period boundary, a part of the year, a link or path it sits in, a phrase
that is no date ("à ce jour").
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final, Literal

import attrs

from communique.lexicon.common.wire import agencies
from communique.patterncache import compile_pattern
from communique.records import shared_repr
from communique.temporal.context import next_token, previous_token
from communique.temporal.grammar import phrase_pattern
from communique.wordtrie import bare_initials, phrase_key

if TYPE_CHECKING:
    from communique.lexicon.dates import DateVocabulary

__all__ = [
    "Prefix",
    "in_link",
    "is_no_date",
    "iso_time_after",
    "opens_with_boundary",
    "prefix_before",
]

PrefixKind = Literal["since", "from", "until", "before", "after", "period", "boundary", "fiscal"]
_KINDS: Final[tuple[PrefixKind, ...]] = (
    "since",
    "from",
    "until",
    "before",
    "after",
    "period",
    "boundary",
    "fiscal",
)

_LOOK_BACK: Final = 60
_OPEN_EDGES: Final = frozenset(("", " ", "\n", "\t", "\xa0", "(", "«", '"', "“"))
_CLOSE_EDGES: Final = frozenset(("", " ", "\n", "\t", "\xa0", ")", "»", '"', "”", ",", ";", ":"))
_LINK_MARKS: Final = ("://", "www.", "%2", "@", "\\")
_FILE_END: Final = compile_pattern(
    r"\.(?:jpe?g|png|gif|svg|webp|pdf|html?|php|aspx?|docx?)\b", re.I
)
_ISO_TIME: Final = compile_pattern(
    r"T(?P<h>[01]\d|2[0-3]):(?P<m>[0-5]\d)(?::[0-5]\d(?:[.,]\d+)?)?"
    r"(?P<zone>Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?(?![\w:])"
)


@shared_repr
@attrs.frozen(repr=False)
class Prefix:
    """Words just before a date expression that belong to it."""

    start: int
    kind: PrefixKind
    months: tuple[int, int] | None = None
    """For a part of the year ("premier trimestre"): its first and last month."""
    inner: bool = False
    """A bound with a boundary after it: "depuis fin 2021", "by the end of 2026"."""


@functools.cache
def _year_parts(vocab: DateVocabulary) -> dict[str, tuple[int, int]]:
    """Parts of a year that may come before its number, with their first and last month.

    The parts of the year ("premier trimestre 2024") and the seasons that do not run over
    the new year ("printemps 2027", "l'été 2025", "the summer of 2025"); winter's year is
    ambiguous.
    """
    seasons = {name: months for name, months in vocab.seasons.items() if months[0] <= months[1]}
    # "l'été 2025": the elided article glued to the season is part of it.
    elided = [a for a in vocab.word_list("season_articles") if a.endswith(("'", "’"))]
    glued = {phrase_key(a + name): months for a in elided for name, months in seasons.items()}
    return {**seasons, **glued, **vocab.periods}


@functools.cache
def _prefix_pattern(vocab: DateVocabulary) -> re.Pattern[str]:
    words = vocab.word_list
    periods = phrase_pattern(tuple(_year_parts(vocab)))
    links = phrase_pattern(words("period_links"))
    boundaries = phrase_pattern(words("boundaries"))
    inner = phrase_pattern(words("bound_boundaries"))
    # "by the end of fiscal 2027", "d'ici la fin de l'exercice 2027": the financial year.
    fiscal = phrase_pattern(words("fiscal_years"))
    # "A partir du 1er juin": a capital printed without its accent opens the sentence.
    since, start, until, before, after = (
        phrase_pattern(tuple(sorted(bare_initials(words(key)))))
        for key in ("open_since", "open_from", "open_until", "open_before", "open_after")
    )
    return compile_pattern(
        rf"(?<![\w'’-])(?:(?:(?P<since>{since})|(?P<from>{start})"
        rf"|(?P<until>{until})|(?P<before>{before})|(?P<after>{after}))"
        rf"(?:[^\S\n]+(?P<inner>{inner}))?(?:[^\S\n]+{fiscal})?"
        rf"|(?P<period>{periods})(?:[^\S\n]+{links})?"
        rf"|(?P<boundary>{boundaries})"
        # "in fiscal year 2023", "pour l'exercice 2024": the year as a budget counts it.
        # A prefix ending with an elided article runs into its date: "depuis le mois d'avril".
        rf"|(?P<fiscal>{fiscal}))(?:(?<=[-'’])|[^\S\n]+)\Z"
    )


def prefix_before(
    text: str, start: int, vocab: DateVocabulary, low: int | None = None
) -> Prefix | None:
    """The bound, boundary or part of the year written just before ``text[start:]``.

    >>> from communique.lexicon.dates import date_vocabulary
    >>> prefix_before("les chiffres du premier trimestre 2024", 34, date_vocabulary("fr"))
    Prefix(start=16, kind='period', months=(1, 3), inner=False)

    ``low``: where to start looking (after a bound whose boundary is wanted alone).
    """
    if _last_word(text, start) not in _prefix_ends(vocab):
        return None
    low = max(0, start - _LOOK_BACK) if low is None else low
    match = _prefix_pattern(vocab).search(text, low, start)
    if match is None:
        return None
    kind = next(k for k in _KINDS if match.group(k) is not None)
    months = None
    if kind == "period":
        months = _year_parts(vocab).get(phrase_key(match.group("period")))
    return Prefix(match.start(), kind, months, inner=match.group("inner") is not None)


def prefix_past_article(text: str, start: int, vocab: DateVocabulary) -> Prefix | None:
    """The bound written before a decade's article: "since the 1990s", "depuis les années 90".

    The article (``decade_articles``) stays between the bound and the decade's text, so
    :func:`prefix_before` alone does not see the bound.
    """
    article, begin = previous_token(text, start)
    if article.casefold() not in _folded_words(vocab, "decade_articles"):
        return None
    prefix = prefix_before(text, begin, vocab)
    return prefix if prefix is not None and prefix.kind in ("since", "from", "until") else None


@functools.cache
def _folded_words(vocab: DateVocabulary, key: str) -> frozenset[str]:
    return frozenset(word.casefold() for word in vocab.word_list(key))


@functools.cache
def _boundary_start(vocab: DateVocabulary) -> re.Pattern[str]:
    words = phrase_pattern((*vocab.word_list("boundaries"), *vocab.word_list("bound_boundaries")))
    return compile_pattern(rf"(?:{words})(?:(?<=-)|[^\S\n]+)", re.IGNORECASE)


def opens_with_boundary(text: str, start: int, vocab: DateVocabulary) -> bool:
    """Whether a boundary opens the expression at ``start``: "the end of April".

    >>> from communique.lexicon.dates import date_vocabulary
    >>> opens_with_boundary("due by the end of April", 7, date_vocabulary("en"))
    True
    """
    return _boundary_start(vocab).match(text, start) is not None


def _last_word(text: str, start: int) -> str:
    """The word ending just before ``start`` (a dash or spaces between), case-folded."""
    end = start
    while end > 0 and text[end - 1] in " \t\xa0":
        end -= 1
    if end > 0 and text[end - 1] == "-":
        end -= 1
    begin = end
    while begin > 0 and end - begin < 24 and text[begin - 1].isalnum():
        begin -= 1
    return text[begin:end].casefold()


@functools.cache
def _prefix_ends(vocab: DateVocabulary) -> frozenset[str]:
    """The last words of every prefix phrase: a cheap test before the full pattern."""
    words = vocab.word_list
    phrases = [*_year_parts(vocab), *words("period_links"), *words("boundaries")]
    phrases += [*words("open_since"), *words("open_from"), *words("open_until")]
    phrases += [*words("open_before"), *words("open_after"), *words("bound_boundaries")]
    phrases += words("fiscal_years")
    return frozenset(phrase_key(p).rstrip("-").split()[-1].split("'")[-1] for p in phrases if p)


@functools.cache
def _no_date_words(vocab: DateVocabulary) -> frozenset[str]:
    return frozenset(
        w.split("'")[-1] for p in vocab.word_list("not_dates") for w in phrase_key(p).split()
    )


def in_link(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` sits in a web address, an e-mail or a file path."""
    before, after = text[start - 1 : start], text[end : end + 1]
    if after == "/" and _wire_between_slashes().match(text, end) is not None:
        return False  # "July 19, 2025/APO Group/ --": a wire's dateline, no path
    # "January 11, 2018/ — The statement …": a slash closing the dateline's date, no path.
    closing_slash = (
        after == "/"
        and not text[end + 1 : end + 2].strip()
        and not text[end + 1 : end + 4].lstrip()[:1].isdigit()  # "the 2017/ 2018 budget"
    )
    if before in ("/", "_", "=", "%") or (after in ("/", "_", "%") and not closing_slash):
        return True
    if before in _OPEN_EDGES and after in _CLOSE_EDGES:
        return False  # a word of its own, not part of an address
    low = start
    while low > 0 and not text[low - 1].isspace() and start - low < 300:
        low -= 1
    high = end
    while high < len(text) and not text[high].isspace() and high - end < 300:
        high += 1
    token = text[low:high]
    return any(mark in token for mark in _LINK_MARKS) or bool(_FILE_END.search(token))


@functools.cache
def _wire_between_slashes() -> re.Pattern[str]:
    """A news wire's name between slashes after a dateline's date ("/APO Group/", "/CNW/")."""
    return compile_pattern(rf"/[ \t]*(?:{phrase_pattern(agencies())})[ \t]*/")


@functools.cache
def _no_date_pattern(vocab: DateVocabulary) -> re.Pattern[str]:
    return compile_pattern(rf"(?<![\w'’])(?:{phrase_pattern(vocab.word_list('not_dates'))})\Z")


@functools.cache
def _no_date_opening(vocab: DateVocabulary) -> re.Pattern[str]:
    return compile_pattern(rf"(?:{phrase_pattern(vocab.word_list('not_dates'))})(?![\w'’])")


@functools.cache
def _events(vocab: DateVocabulary, key: str = "possessive_events") -> frozenset[str]:
    """The case-folded event nouns under ``key``: those "today's" may date."""
    return frozenset(w.casefold() for w in vocab.word_list(key))


_POSSESSIVE: Final = compile_pattern(r"['’]s\s+(?P<next>[\w-]+)(?:[ \t]+(?P<second>[\w-]+))?")
"""The words after a possessive "'s": the noun, or a modifier before it."""


def is_no_date(text: str, start: int, end: int, vocab: DateVocabulary) -> bool:
    """A date word that places nothing: "à ce jour" (so far), "today's world" (present-day).

    >>> from communique.lexicon.dates import date_vocabulary
    >>> is_no_date("Today's world", 0, 5, date_vocabulary("en"))
    True
    >>> is_no_date("today's meeting", 0, 5, date_vocabulary("en"))
    False
    >>> is_no_date("today's rocket attack", 0, 5, date_vocabulary("en"))
    False
    """
    words = _no_date_words(vocab)
    near = _last_word(text, start) in words or text[start:end].casefold() in words
    possessive = _POSSESSIVE.match(text, end)
    # "the text of today's statement": a phrase of the list ("of today") before a possessive
    # is no such phrase; the possessive's own noun tells below.
    if (
        near
        and possessive is None
        and _no_date_pattern(vocab).search(text, max(0, start - _LOOK_BACK), end)
    ):
        return True
    # A phrase opening with the date word: "l'accord du Vendredi saint", "the March 23
    # Movement".
    first = text[start:end].split(maxsplit=1)
    opens = near or (bool(first) and first[0].casefold() in words)
    opening = _no_date_opening(vocab).match(text, start) if opens else None
    if opening is not None and opening.end() > end:
        return True
    if _is_nowadays(text, start, end, vocab):
        return True
    if possessive is None or not _events(vocab) or end - start > 8:
        return False
    # "today's meeting", "today's rocket attack"; not "today's leaders call for …" (a verb).
    noun, second = possessive.group("next"), possessive.group("second")
    if noun.casefold() in _events(vocab):
        return False
    return second is None or second.casefold() not in _events(vocab, "modified_events")


@functools.cache
def _folded(vocab: DateVocabulary, key: str) -> frozenset[str]:
    return frozenset(phrase_key(w) for w in vocab.word_list(key))


def _is_nowadays(text: str, start: int, end: int, vocab: DateVocabulary) -> bool:
    """Whether "today" between a copula and its complement means nowadays, not that day.

    "France is today the first destination", "Le Sénégal reste aujourd'hui un partenaire";
    not "met today", "est aujourd'hui à Dakar" (a place: the day's whereabouts).

    >>> from communique.lexicon.dates import date_vocabulary
    >>> _is_nowadays("La France est aujourd'hui la première", 14, 25, date_vocabulary("fr"))
    True
    """
    if phrase_key(text[start:end]) not in _folded(vocab, "nowadays_words"):
        return False
    before, _ = previous_token(text, start)
    if phrase_key(before) not in _folded(vocab, "nowadays_copulas"):
        return False
    return phrase_key(next_token(text, end)) in _folded(vocab, "nowadays_complements")


def iso_time_after(text: str, end: int) -> tuple[int, int, str, str | None] | None:
    """The time of an ISO 8601 timestamp after its date: span, ``HH:MM`` and zone.

    >>> iso_time_after("2019-11-21T16:05:00-05:00", 10)
    (11, 25, '16:05', 'Etc/GMT+5')
    """
    match = _ISO_TIME.match(text, end)
    if match is None:
        return None
    return match.start() + 1, match.end(), f"{match['h']}:{match['m']}", _zone(match["zone"])


def _zone(offset: str | None) -> str | None:
    if offset is None:
        return None
    if offset == "Z":
        return "Etc/UTC"
    hours, minutes = int(offset[1:3]), int(offset[-2:])
    if minutes:
        return None
    if hours == 0:
        return "Etc/UTC"
    # IANA's Etc zones count the other way: UTC-05:00 is Etc/GMT+5.
    return f"Etc/GMT{'+' if offset[0] == '-' else '-'}{hours}"
