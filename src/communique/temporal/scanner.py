"""Find grammar matches fast: try the grammar only where a date expression can start.

Scanning with the grammar at every character costs the regex engine a visit per
character. A date expression starts with a digit, a month or weekday name, a one-word
relative ("hier"), or a function word ("le", "du", "en") followed by a digit or another
word of the date vocabulary ("le mois dernier", "du 3 au 5 mai"). The scanner walks the
words once and tries the grammar only there; it finds exactly what ``finditer`` finds
(a test compares the two).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final, cast

import attrs

from communique.lexicon.dates import date_vocabulary
from communique.patterncache import compile_pattern
from communique.records import shared_repr
from communique.temporal.dispatch import date_match
from communique.temporal.grammar import WORD_START, quoted_month_forms
from communique.wordsearch import matches_at, token_before
from communique.wordstarts import register_words
from communique.wordtrie import casings, trie_pattern

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from communique.model import Language

__all__ = ["scan", "trigger_words"]

_TOKEN: Final = compile_pattern(r"\d+|[^\W\d_]+")
_MAX_OPENERS: Final = 3
_START_KEYS: Final = (
    "range_from",
    "range_from_elided",
    "range_between",
    "open_until",
    "month_in",
    "past_words",
    "next_words",
    "open_since",
    "open_from",
    "open_before",
    "open_after",
    "ago_before",
    "ahead_before",
    "shift_approximations",
    "decade_before",
    "span_back_before",
    "span_ahead_before",
    "same_words",
)
"""Word lists whose words may open an expression, always before a digit, a name or a pair."""
_SEASON_KEYS: Final = ("season_this", "season_articles", "month_qualifiers")
_MERIDIEMS: Final = ("am", "pm", "a.m.", "p.m.")


def _tokens(phrase: str) -> list[str]:
    return [token.casefold() for token in _TOKEN.findall(phrase)]


@shared_repr
@attrs.frozen(eq=False, repr=False)
class _Triggers:
    candidates: re.Pattern[str]
    """Digits, month and weekday names, one-word relatives and the first two words of
    phrases ("le mois", "entre le", "d'ici")."""
    openers: frozenset[str]
    """Words that open an expression before a digit or a name ("du 3", "en mai", "mi-")."""
    words: frozenset[str]
    """Month and weekday names, one-word relatives and phrase openings, as matched."""


@functools.cache
def _triggers(language: Language) -> _Triggers:
    """Where an expression may start.

    Every alternative of the grammar starts with a digit, a month or weekday name, a
    one-word relative ("hier"), the first two words of a phrase ("le mois dernier"), or
    words from the grammar's function-word lists before a digit or a name ("du 3 au 5
    mai", "en mai", "last Friday"). The last are found from the digit or name, looking back.
    """
    vocab = date_vocabulary(language)
    relatives = [p for rule in vocab.relative for p in rule.phrases]
    words = [p for key in _START_KEYS for p in vocab.word_list(key)]
    # Spelled counts open "two weeks ago" and follow "il y a"; "un" and "one" are too
    # common to try the grammar at, so "il y a un an" starts from its phrase opening.
    counts = [word for word, number in vocab.numbers.items() if number > 1]
    # Another language's month opens a quoted date ("October 20, 2020", "août 16, 2023").
    quoted = [
        form
        for language in vocab.word_list("quoted_languages")
        for form in quoted_month_forms(cast("Language", language))
    ]
    # Seasons are names ("le printemps dernier", "last spring"); a part of the year opens
    # an expression of its own ("au second semestre").
    names = [*vocab.months, *vocab.weekdays, *vocab.day_words, *quoted, *vocab.seasons]
    names += list(vocab.clock_words)  # "midi", "noon"
    ones = [p for p in relatives if len(_tokens(p)) == 1]
    elided = [a for a in vocab.word_list("season_articles") if a.endswith(("'", "’"))]
    words += [*vocab.periods, *(a + season for a in elided for season in vocab.seasons)]
    words += list(vocab.minutes_before)  # "half past three"
    # Named days: one word is a name ("Noël"), longer ones open with their first two.
    names += [day for day in vocab.holidays if len(_tokens(day)) == 1]
    long_days = [day for day in vocab.holidays if len(_tokens(day)) > 1]
    words += long_days
    # A qualifier opens them too: "last Memorial Day", "next Mother's Day".
    words += [f"{q} {day}" for q in vocab.word_list("month_qualifiers") for day in long_days]
    # "the third week of September" opens with its rank: "the third", "third week".
    ranks = list(vocab.week_ordinals)
    # A count of one opens a shift only with its unit: "a week later", "un an après".
    unit_counts = [word for word, number in vocab.numbers.items() if number == 1]
    ones_with_units = [f"{one} {unit}" for one in unit_counts for unit in vocab.units]
    words += ones_with_units
    words += [f"{a} {r}" for a in vocab.word_list("week_articles") for r in ranks]
    words += [f"{r} {w}" for r in ranks for w in vocab.word_list("week_words")]
    # "first Friday of July", "premier lundi de juillet" open with their rank too.
    words += [f"{r} {w}" for r in ranks for w in vocab.weekdays]
    pairs = [_first_two(p) for p in [*relatives, *words] if len(_tokens(p)) > 1]
    # Case-sensitive tries of the usual casings run faster than case-insensitive ones.
    # Phrase openings are looked ahead, not consumed: "à la" must not hide "la veille".
    name_words, phrase_words = casings(names), casings([*ones, *pairs])
    # A named day is also written in sentence case ("Memorial day", "Fête du travail") or
    # with its acronym kept ("MLK day").
    phrase_words |= {
        form for day in vocab.holidays if len(_tokens(day)) > 1 for form in _sentence_cases(day)
    }
    # A count is a start only before a unit: "deux semaines", not "deux pays"; its tens may
    # take units ("twenty-one days", "twenty one days", "vingt et un jours").
    units = trie_pattern(casings(vocab.units))
    # A spelled hour opens a time before its mark, its minutes or its meridiem: "ten
    # o'clock", "seven thirty p.m.", "quinze heures".
    hours = casings(vocab.hour_words)
    clock_after = [*vocab.word_list("hour_marks"), *vocab.minute_words, *_MERIDIEMS]
    after_hour = trie_pattern(casings(clock_after)) if hours else "(?!)"
    candidates = compile_pattern(
        rf"{WORD_START}(?:(?P<number>\d)|(?P<name>{trie_pattern(name_words)})(?!\w)"
        rf"|(?P<count>{trie_pattern(casings(counts))})(?=(?:(?:-|\s+)\w+){{0,2}}?\s+(?:{units})(?!\w))"
        # "in a month", « dans un mois »: a count of one is a start before its unit, read
        # back to the word that opens the shift.
        rf"|(?P<one>(?={trie_pattern(casings(ones_with_units))}(?!\w)))"
        rf"|(?P<hour>{trie_pattern(hours) if hours else '(?!)'})(?=[ \t]+(?:{after_hour})(?!\w))"
        rf"|(?=(?:{trie_pattern(phrase_words)})(?!\w)))"
    )
    # "il y a" is found from its opening pair: "a" and "y" are too common to look back for.
    lookback = [p for key in _START_KEYS if key != "ago_before" for p in vocab.word_list(key)]
    lookback += [p for key in _SEASON_KEYS for p in vocab.word_list(key)]
    openers = frozenset(w.replace("’", "'").casefold() for p in lookback for w in p.split())
    triggers = frozenset(name_words | phrase_words | casings(counts) | hours)
    return _Triggers(candidates, openers, triggers)


def trigger_words(language: Language) -> frozenset[str]:
    """The words that start a date expression other than a number, in their usual casings."""
    return _triggers(language).words


# The shared word-start scan must find where each date phrase may start.
register_words("dates", trigger_words)


def _sentence_cases(phrase: str) -> set[str]:
    """A phrase's opening in lower case after its first word, that word as given or capitalised.

    >>> sorted(_sentence_cases("MLK Day"))
    ['MLK day', 'Mlk day']
    """
    opening = _first_two(phrase)
    first, _, rest = opening.partition(" ")
    lowered = opening.lower()
    return {f"{first} {rest.lower()}" if rest else first, lowered[:1].upper() + lowered[1:]}


def _first_two(phrase: str) -> str:
    """The phrase up to the end of its second word ("le mois dernier" → "le mois").

    Up to its third word when the first two are short function words, which open many
    a phrase that is no date ("dans la soirée", not "dans la région").
    """
    tokens = list(_TOKEN.finditer(phrase))
    short = len(tokens) > 2 and all(len(t.group()) <= 4 for t in tokens[:2])
    return phrase[: tokens[2 if short else 1].end()]


def _opened_from(text: str, start: int, openers: frozenset[str]) -> list[int]:
    """Starts of the run of up to three opener words just before ``start``, earliest first."""
    starts: list[int] = []
    position = start
    for _ in range(_MAX_OPENERS):
        begin = _word_before(text, position)
        if (
            begin is None
            or text[begin:position].rstrip().replace("’", "'").casefold() not in openers
        ):
            break
        position = begin
        starts.append(position)
    return starts[::-1]


def _word_before(text: str, end: int) -> int | None:
    """Start of the word before ``end``: "du " (spaces between), "mi-" (glued by a dash).

    Or "d'", a one-letter word elided and glued by its apostrophe (« d'avril à juin »).
    """
    if text[end - 1 : end] == "-":
        start, stop = token_before(text, end - 1)
        separated = stop == end - 1  # the word touches the dash
    elif text[end - 1 : end] in ("'", "’"):
        start, stop = token_before(text, end - 1)
        separated = stop == end - 1 and stop - start == 1  # one letter, elided
    else:
        start, stop = token_before(text, end, "'’")
        separated = stop < end  # white space between the word and ``end``
    if start == stop or not separated:
        return None
    if start > 0 and text[start - 1] in "'’-":
        return None
    return start


def scan(
    text: str, language: Language, starts: Sequence[int] | None = None
) -> Iterator[re.Match[str]]:
    """Yield the non-overlapping grammar matches of ``text``, left to right.

    ``starts``, when given, holds every position where a digit or a trigger word starts
    (``wordstarts.word_starts``): triggers are looked for there alone.
    """
    match_at = date_match(language)
    triggers = _triggers(language)
    position = 0
    for candidate in matches_at(triggers.candidates, text, starts):
        start = candidate.start()
        if start < position:
            continue
        starts = [start]
        if candidate.lastgroup in ("number", "name", "count", "one"):
            starts = [s for s in _opened_from(text, start, triggers.openers) if s >= position]
            starts.append(start)
        for begin in starts:
            match = match_at(text, begin)
            if match is not None and (begin == start or match.end() > start):
                position = match.end()
                yield match
                break
