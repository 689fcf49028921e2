"""Where a listed word or a number may start in a text, found in one scan for every list.

Extractors look for words from their own lists: party names (the gazetteer), honorifics,
roles and instrument heads (the cues), month names and relative phrases (the date
scanner). The standard engine scans a text at about the same cost for one trie as for
the union of all of them, so one zero-width scan finds every position where a word of
any list, or a digit, starts. Each extractor then tries its own pattern only there
(``wordsearch.matches_at``), which yields exactly what its own ``finditer`` would: its pattern can
only match where one of its words starts.

This module knows no list: the module that owns a list registers it with
:func:`register_words` when it is imported (the gazetteer its names, ``cues`` its cue words,
the date scanner its trigger words), and the scan is the union of what is registered.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from communique.patterncache import compile_pattern
from communique.wordtrie import ABBREVIATION_END, trie_pattern

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from communique.model import Language

__all__ = ["register_words", "registered_owners", "word_starts"]

_LISTS: dict[str, Callable[[Language], Iterable[str]]] = {}


def register_words(owner: str, words: Callable[[Language], Iterable[str]]) -> None:
    """Add the words of ``owner`` (a function of the language) to the shared scan.

    Registering the same owner again replaces its function. A pattern that can only match
    where one of its words starts may then be tried at :func:`word_starts` alone.
    """
    _LISTS[owner] = words
    _starts_pattern.cache_clear()


def registered_owners() -> tuple[str, ...]:
    """The owners whose words the scan looks for, in registration order."""
    return tuple(_LISTS)


@functools.cache
def _starts_pattern(language: Language) -> re.Pattern[str]:
    words = {word for words in _LISTS.values() for word in words(language)}
    # Looked ahead, not consumed: a word inside a longer one of another list still counts.
    return compile_pattern(rf"(?<!\w)(?=\d|(?:{trie_pattern(words)}){ABBREVIATION_END})")


def word_starts(text: str, language: Language) -> tuple[int, ...]:
    """Every position of ``text`` where a registered word of ``language`` or a digit starts.

    >>> import communique.readings  # registers the parties', cues' and dates' words
    >>> text = "Le Premier ministre japonais, le 3 mai"
    >>> [text[p:].split()[0] for p in word_starts(text, "fr")]
    ['Premier', 'ministre', 'japonais,', '3', 'mai']
    """
    return tuple(match.start() for match in _starts_pattern(language).finditer(text))
