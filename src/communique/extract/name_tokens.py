"""The words of an instrument's name: the token, the blanks, word shapes and function words."""

from __future__ import annotations

import functools
import re
from typing import Final

from communique.letters import CAPITAL
from communique.lexicon.agreements import agreement_words
from communique.patterncache import compile_pattern

__all__ = [
    "BLANKS",
    "CAPITALISED_NEXT",
    "LAST_WORD",
    "ORDINAL",
    "PERIOD",
    "SPACES",
    "TOKEN",
    "digit_rank",
    "function_words",
    "next_token",
]

LAST_WORD: Final = compile_pattern(r"([^\W\d_]+)\s*$")
"""The word ending the text searched, past its blanks (group 1)."""
# A word may join names or years with a hyphen or an en dash ("Ghana–Togo", "2025–2029").
TOKEN: Final = compile_pattern(
    r"(?:[dlDLjJnNsScCmMtT]|[qQ]u|[jJ]usqu)['’](?=\w)"
    r"|\w(?:(?:[\w/+'’–-]|\.(?!(?<=[a-zß-ÿ]{2}\.)[A-ZÀ-Þ][a-zß-ÿ]))*[\w+])?"
    r"(?:(?<=-[A-Z]\.[A-Z])\.(?=[ \t]+[A-Z]))?"
    rf"(?:(?<=\ws)['’](?=[ \t]+{CAPITAL}))?"
)
"""A word or an elided article or conjunction ("l'", "qu'").

A compound ending with a dotted abbreviation keeps its last dot before a capital ("the
Aldoria-U.S. Trade Partnership"): a compound modifies the next word, it ends no sentence. A
plural possessive before a capitalised word keeps its apostrophe ("Ministers' Meeting"). A
stop glued between two words ("Coleman.This") ends the word: two sentences with no space."""
SPACES: Final = compile_pattern(r"[ \t]*")
BLANKS: Final = compile_pattern(r"\s*")
PERIOD: Final = compile_pattern(r"\d{4}(?:\s*[-–]\s*\d{2,4})?")
ORDINAL: Final = compile_pattern(r"(\d{1,3})([^\W\d_]+)")
"""An ordinal written with digits and its ending ("12th", "27e", "2ème")."""
CAPITALISED_NEXT: Final = compile_pattern(rf"[ \t]+{CAPITAL}")


def next_token(text: str, position: int) -> re.Match[str] | None:
    """The word after the blanks at ``position``, or None."""
    return TOKEN.match(text, BLANKS.match(text, position).end())  # type: ignore[union-attr]


@functools.cache
def function_words(key: str, *codes: str) -> frozenset[str]:
    """The function words under ``key`` of every shipped language (or of ``codes``)."""
    if not codes:
        return frozenset(agreement_words(key))
    return frozenset(w for code in codes for w in agreement_words(key, code))


def digit_rank(word: str, language: str) -> bool:
    """Whether a word is a rank in digits with its language's ending ("6ème", "3rd").

    >>> digit_rank("6ème", "fr"), digit_rank("3rd", "en"), digit_rank("2026", "en")
    (True, True, False)
    """
    rank = ORDINAL.fullmatch(word)
    return rank is not None and rank.group(2).casefold() in function_words(
        "ordinal_endings", language
    )
