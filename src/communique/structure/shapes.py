"""What a line looks like: printed numbers, bullets, sentence ends, a lower-case start."""

from __future__ import annotations

import re
from typing import Final

import attrs

__all__ = [
    "Marker",
    "ends_sentence",
    "is_bullet",
    "is_terminator",
    "parse_marker",
    "starts_lowercase",
    "word_count",
]

_MARKER: Final = re.compile(
    r"(?P<open>\()?(?P<number>\d{1,4})(?(open)\)|(?P<punct>[.)/°]))[ \t]+(?=\S)"
)
_BULLET: Final = re.compile(r"[-–—•▪●◦*][ \t]+(?=\S)")
_SENTENCE_END: Final = re.compile(r"[.!?…:;][\"»”’)\]]*\s*$")
_TERMINATOR: Final = re.compile(r"\.?/\.\s*$")
_FIRST_LETTER: Final = re.compile(r"[\s\"«“'‘(\[]*(?P<char>\S)")


@attrs.frozen
class Marker:
    """A printed paragraph number at the start of a line ("1.", "2)", "3/", "(4)")."""

    number: int
    style: str
    """The punctuation around it, so "1/" enumerations are not taken for "1." paragraphs."""
    end: int
    """Length of the marker with its following spaces."""


def parse_marker(text: str) -> Marker | None:
    """The paragraph number that opens ``text``, if any.

    >>> parse_marker("3. Les quatre ministres")
    Marker(number=3, style='.', end=3)
    >>> parse_marker("Les 2 ministres") is None
    True
    """
    match = _MARKER.match(text)
    if match is None:
        return None
    style = "()" if match.group("open") else match.group("punct")
    return Marker(int(match.group("number")), style, match.end())


def is_bullet(text: str) -> int:
    """Length of the bullet ("- ", "• ") opening ``text``, or 0."""
    match = _BULLET.match(text)
    return match.end() if match else 0


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with sentence punctuation (quotes and brackets after it allowed).

    >>> ends_sentence("la réunion de ce jour."), ends_sentence("Nations")
    (True, False)
    """
    return _SENTENCE_END.search(text) is not None


def is_terminator(text: str) -> bool:
    """Whether ``text`` ends with the end-of-text mark "./." of French diplomatic texts."""
    return _TERMINATOR.search(text) is not None


def starts_lowercase(text: str) -> bool:
    """Whether the first letter-like character of ``text`` is lower case (a continuation)."""
    match = _FIRST_LETTER.match(text)
    return match is not None and match.group("char").islower()


def word_count(text: str) -> int:
    """Number of whitespace-separated words."""
    return len(text.split())
