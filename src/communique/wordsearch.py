"""Search a text faster than a pattern scanned over all of it.

``str.find`` scans in C far faster than a regular expression; for a handful of literal
words (family names, acronyms) it is the cheapest search, with the word boundaries checked
around each hit. A pattern whose matches can only start at known positions is tried
there alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from communique.wordtrie import trie_pattern

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__all__ = ["find_words", "matches_at", "token_before"]


_MANY_WORDS: Final = 200
"""Above this many words, one scan of a trie beats a ``str.find`` pass per word."""


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char in "_'’-"


def find_words(
    text: str,
    words: Iterable[str],
    start: int = 0,
    end: int | None = None,
    *,
    elision: bool = False,
) -> Iterator[tuple[str, int, int]]:
    """Yield ``(word, start, end)`` for each whole-word occurrence of ``words``.

    With ``elision``, an apostrophe may come just before the word ("l'AIG"). A few words
    are looked for one by one with ``str.find``, in no particular order; many words (as
    many as a long text names persons) in one scan of a trie, in text order.

    >>> list(find_words("l'AIG et AIGLE, AIG.", ["AIG"], elision=True))
    [('AIG', 2, 5), ('AIG', 16, 19)]
    """
    stop = len(text) if end is None else end
    words = list(words)
    search = _find_many if len(words) > _MANY_WORDS else _find_each
    return search(text, words, start, stop, elision=elision)


def _find_many(
    text: str, words: list[str], start: int, stop: int, *, elision: bool
) -> Iterator[tuple[str, int, int]]:
    boundary = r"(?<![\w-])" if elision else r"(?<![\w'’-])"
    pattern = re.compile(rf"{boundary}(?:{trie_pattern(words, exact=True)})(?![\w'’-])")
    for match in pattern.finditer(text, start, stop):
        yield match.group(), match.start(), match.end()


def _find_each(
    text: str, words: list[str], start: int, stop: int, *, elision: bool
) -> Iterator[tuple[str, int, int]]:
    for word in words:
        position = text.find(word, start, stop)
        while position != -1:
            after = position + len(word)
            before = text[position - 1] if position > 0 else " "
            left = not _is_word_char(before) or (elision and before in "'’")
            if left and (after >= len(text) or not _is_word_char(text[after])):
                yield word, position, after
            position = text.find(word, position + 1, stop)


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int] | None
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` yields, trying ``pattern`` only at ``starts``.

    ``starts`` must be sorted and hold every position where ``pattern`` can match (such
    as ``wordstarts.word_starts`` for a pattern of listed words); None scans every position.

    >>> import re
    >>> [m.group() for m in matches_at(re.compile(r"ab|b"), "abab", [0, 1, 2, 3])]
    ['ab', 'ab']
    """
    if starts is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is not None:
            yield match
            # After an empty match the scan moves on one character, as finditer does.
            end = max(match.end(), start + 1)


def token_before(text: str, end: int, word_chars: str = "") -> tuple[int, int]:
    """``(start, stop)`` of the word that ends at ``end``, white space before ``end`` skipped.

    A word is a run of letters, digits, "_" and ``word_chars``; ``start == stop`` when
    none ends there. Read backwards: a pattern searched over a window before ``end``
    would be tried at each of its positions.

    >>> text = "le ministre d'Etat  M."
    >>> start, stop = token_before(text, 20, "'’-")
    >>> text[start:stop]
    "d'Etat"
    """
    stop = end
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    start = stop
    while start > 0 and (
        text[start - 1].isalnum() or text[start - 1] == "_" or text[start - 1] in word_chars
    ):
        start -= 1
    return start, stop
