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
from typing import TYPE_CHECKING, Final

from communique.temporal.grammar import date_pattern
from communique.temporal.vocabulary import date_vocabulary
from communique.wordtrie import casings, trie_pattern

if TYPE_CHECKING:
    from collections.abc import Iterator

    from communique.model import Language

__all__ = ["scan"]

_TOKEN: Final = re.compile(r"\d+|[^\W\d_]+")
_START_KEYS: Final = (
    "range_from",
    "range_between",
    "open_until",
    "month_in",
    "past_words",
    "next_words",
)
"""Word lists whose words may open an expression, always before a digit, a name or a pair."""


def _tokens(phrase: str) -> list[str]:
    return [token.casefold() for token in _TOKEN.findall(phrase)]


@functools.cache
def _candidates(language: Language) -> re.Pattern[str]:
    """Where an expression may start, as one standard-library pattern of word tries.

    A digit; a month or weekday name or a one-word relative ("hier", "today"); the first
    two words of a phrase ("le mois", "d'ici", "entre le"); or a function word before a
    digit or a month or weekday name ("du 3", "en mai", "last Friday"). Every alternative
    of the grammar starts in one of these ways.
    """
    vocab = date_vocabulary(language)
    relatives = [p for rule in vocab.relative for p in rule.phrases]
    words = [p for key in _START_KEYS for p in vocab.word_list(key)]
    names = [*vocab.months, *vocab.weekdays]
    strong = [*names, *(p for p in relatives if len(_tokens(p)) == 1)]
    pairs = [_first_two(p) for p in [*relatives, *words] if len(_tokens(p)) > 1]
    weak = [_tokens(p)[0] for p in [*relatives, *words] if _tokens(p)]
    # Case-sensitive tries of the usual casings run faster than case-insensitive ones.
    follows = rf"(?=[^\w]+(?:\d|(?:{trie_pattern(casings(names))})(?!\w)))"
    return re.compile(
        rf"(?<![\w'’])(?:\d"
        rf"|(?:{trie_pattern(casings(strong))})(?!\w)"
        rf"|(?=(?:{trie_pattern(casings(pairs))})(?!\w))"
        rf"|(?:{trie_pattern(casings(weak))}){follows})"
    )


def _first_two(phrase: str) -> str:
    """The phrase up to the end of its second word ("le mois dernier" → "le mois")."""
    second = list(_TOKEN.finditer(phrase))[1]
    return phrase[: second.end()]


def scan(text: str, language: Language) -> Iterator[re.Match[str]]:
    """Yield the non-overlapping grammar matches of ``text``, left to right."""
    pattern = date_pattern(language)
    position = 0
    for candidate in _candidates(language).finditer(text):
        start = candidate.start()
        if start < position:
            continue
        match = pattern.match(text, start)
        if match is not None:
            position = match.end()
            yield match
