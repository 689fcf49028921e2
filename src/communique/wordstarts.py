"""Where a listed word or a number may start in a text, found in one scan for every list.

Extractors look for words from their own lists: party names (the gazetteer), honorifics,
roles and instrument heads (the cues), month names and relative phrases (the date
scanner). The standard engine scans a text at about the same cost for one trie as for
the union of all of them, so one zero-width scan finds every position where a word of
any list, or a digit, starts. Each extractor then tries its own pattern only there
(``wordsearch.matches_at``), which yields exactly what its own ``finditer`` would: its pattern can
only match where one of its words starts.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from communique.cues import cue_words
from communique.gazetteer import gazetteer
from communique.patterncache import compile_pattern
from communique.temporal.scanner import trigger_words
from communique.wordtrie import trie_pattern

if TYPE_CHECKING:
    from communique.model import Language

__all__ = ["word_starts"]


@functools.cache
def _starts_pattern(language: Language) -> re.Pattern[str]:
    words = {*gazetteer(language).words, *cue_words(language), *trigger_words(language)}
    # Looked ahead, not consumed: a word inside a longer one of another list still counts.
    return compile_pattern(rf"(?<!\w)(?=\d|(?:{trie_pattern(words)})(?!\w))")


def word_starts(text: str, language: Language) -> tuple[int, ...]:
    """Every position of ``text`` where a listed word of ``language`` or a digit starts.

    >>> text = "Le Premier ministre japonais, le 3 mai"
    >>> [text[p:].split()[0] for p in word_starts(text, "fr")]
    ['Premier', 'ministre', 'japonais,', '3', 'mai']
    """
    return tuple(match.start() for match in _starts_pattern(language).finditer(text))
