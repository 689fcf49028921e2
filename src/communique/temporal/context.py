"""Read the words around a match: the token before or after, the enclosing sentence."""

from __future__ import annotations

from typing import Final

from communique.patterncache import compile_regex

__all__ = ["APPOSED_DAY", "next_token", "previous_token", "sentence_around", "sentence_bounds"]

APPOSED_DAY: Final = compile_regex(r"[ \t]*[,(]?[ \t]*")
"""Between a deictic day and the day in figures that says which it is: "today, 23 October",
"today September 21", « aujourd'hui (3 mai) »: spaces, maybe a comma or an opening bracket."""

_WORD_CHARS: Final = frozenset("°'’-.")
_MAX_TOKEN: Final = 40
_MAX_SENTENCE: Final = 400


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char in _WORD_CHARS


def previous_token(text: str, start: int) -> tuple[str, int]:
    """The token just before ``start`` and where it begins.

    A token is a word (elision removed: "l'horizon" → "horizon") or one punctuation
    character; ``("", 0)`` at the start of the text.

    >>> previous_token("à l'horizon 2030", 12)
    ('horizon', 2)
    """
    index = start
    while index > 0 and text[index - 1].isspace():
        index -= 1
    if index == 0:
        return "", 0
    if not _is_word_char(text[index - 1]):
        return text[index - 1], index - 1
    begin = index
    while begin > max(0, index - _MAX_TOKEN) and _is_word_char(text[begin - 1]):
        begin -= 1
    token = text[begin:index].strip(".-")
    for quote in "'’":
        token = token.rpartition(quote)[2]
    return token, begin


def next_token(text: str, end: int) -> str:
    """The token just after ``end`` (a word or one punctuation character), or ``""``.

    >>> next_token("2000 soldats.", 4)
    'soldats'
    """
    index = end
    while index < len(text) and text[index].isspace():
        index += 1
    if index == len(text):
        return ""
    if not _is_word_char(text[index]):
        return text[index]
    stop = index
    while stop < min(len(text), index + _MAX_TOKEN) and _is_word_char(text[stop]):
        stop += 1
    return text[index:stop].strip(".-")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding ``text[start:end]`` (bounded to a few hundred characters)."""
    low, high = sentence_bounds(text, start, end)
    return text[low:high]


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence or clause (up to a semicolon) holding ``text[start:end]`` lies.

    Bounded to a few hundred characters each side.

    >>> sentence_bounds("Il est venu. Il repart ; puis revient.", 13, 15)
    (12, 23)
    """
    low = max(0, start - _MAX_SENTENCE)
    # A semicolon joins clauses of their own tense: "se tiendra le 20 juin ; avait eu lieu…".
    left = max(text.rfind(mark, low, start) for mark in (". ", "! ", "? ", "; "))
    high = min(len(text), end + _MAX_SENTENCE)
    stops = [i for i in (text.find(m, end, high) for m in (". ", "! ", "; ")) if i != -1]
    right = min(stops) if stops else high
    return (left + 1 if left != -1 else low), right
