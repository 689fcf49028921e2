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

import attrs
import regex

from communique.temporal.grammar import date_pattern
from communique.temporal.vocabulary import date_vocabulary

if TYPE_CHECKING:
    from collections.abc import Iterator

    from communique.model import Language

__all__ = ["scan"]

_TOKEN: Final = regex.compile(r"\d+|\p{L}+")
_NEXT: Final = regex.compile(r"[^\p{L}\d]+(\d|\p{L}+)")
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


@attrs.frozen
class _Triggers:
    candidates: re.Pattern[str]
    """Digits and words that may open an expression (before the check of the next word)."""
    strong: frozenset[str]
    """Words that open an expression on their own: months, weekdays, "hier"."""
    names: frozenset[str]
    """Month and weekday names: a function word before one may open an expression."""
    pairs: frozenset[tuple[str, str]]
    """First two words of each phrase: "le mois …", "entre le …", "d'ici …"."""


@functools.cache
def _triggers(language: Language) -> _Triggers:
    vocab = date_vocabulary(language)
    relatives = [_tokens(p) for rule in vocab.relative for p in rule.phrases]
    words = [_tokens(p) for key in _START_KEYS for p in vocab.word_list(key)]
    names = {t for name in [*vocab.months, *vocab.weekdays] for t in _tokens(name)}
    # A one-word relative ("hier", "today") opens an expression on its own.
    strong = names | {tokens[0] for tokens in relatives if len(tokens) == 1}
    openers = strong | {tokens[0] for tokens in [*relatives, *words] if tokens}
    # The standard library's engine runs this plain alternation (case variants listed)
    # about 2.5 times faster than the regex module's case-insensitive named list.
    variants = {v for word in openers for v in (word, word.capitalize(), word.upper())}
    alternation = "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))
    candidates = re.compile(rf"(?<![\w'’])(?:\d|(?P<word>{alternation})(?![^\W\d_]))")
    pairs = {(tokens[0], tokens[1]) for tokens in [*relatives, *words] if len(tokens) > 1}
    return _Triggers(candidates, frozenset(strong), frozenset(names), frozenset(pairs))


def scan(text: str, language: Language) -> Iterator[regex.Match[str]]:
    """Yield the non-overlapping grammar matches of ``text``, left to right."""
    pattern = date_pattern(language)
    triggers = _triggers(language)
    position = 0
    for candidate in triggers.candidates.finditer(text):
        start = candidate.start()
        if start < position:
            continue
        word = candidate.group("word")
        if word is not None and not _opens(text, candidate.end(), word.casefold(), triggers):
            continue
        match = pattern.match(text, start)
        if match is not None:
            position = match.end()
            yield match


def _opens(text: str, end: int, word: str, triggers: _Triggers) -> bool:
    """Whether ``word`` (ending at ``end``) may open an expression, given the next word.

    A function word does only before a digit, a month or weekday name, or as the first
    word of a known phrase: every alternative of the grammar continues that way.
    """
    if word in triggers.strong:
        return True
    following = _NEXT.match(text, end)
    if following is None:
        return False
    after = following.group(1)
    if after[0].isdigit():
        return True
    after = after.casefold()
    return after in triggers.names or (word, after) in triggers.pairs
