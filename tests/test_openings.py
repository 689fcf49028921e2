"""A pattern's opening pattern admits the first characters of every one of its matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.openings import opening_pattern

_PIECES = [
    "a",
    "B",
    r"\d",
    r"\s",
    r"[^\W\d_]",
    "[^a]",
    "[x-z]",
    "(?i:k)",
    "(?i:s)",
    "(?i:é)",
    "(?-i:S)",
    r"(?<!\w)",
    r"(?<=a)",
    r"(?=\d)",
    r"(?!b)",
    r"\b",
    "(?:a|b)",
    "(?:c)?",
    "(?:d)*",
    "(?:e)+?",
    "(?>f|g)",
    "(?:h)",
    "(?(n)i|j)",
    "(?:k){0}",
    "l*+",
]
_ALPHABET = "abcdefghijklxyzBKSé\u017f\u212a\u0130 1_-'"


@st.composite
def patterns(draw: st.DrawFn) -> str:
    """Small patterns mixing the forms the date grammar uses, with a named group first."""
    body = "".join(draw(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=5)))
    tail = "".join(draw(st.lists(st.sampled_from(_PIECES), max_size=3)))
    return f"(?:(?P<n>x)?{body}|{tail}y)"


@given(
    pattern=patterns(),
    text=st.text(alphabet=_ALPHABET, max_size=8),
    length=st.integers(min_value=1, max_value=4),
)
def test_every_match_opens_with_an_admitted_opening(pattern: str, text: str, length: int) -> None:
    opening = opening_pattern(pattern, length)
    compiled = re.compile(pattern)
    for position in range(len(text) + 1):
        match = compiled.match(text, position)
        if match is None:
            continue
        if match.end() == position:
            assert opening is None, "a pattern that may match empty has no opening pattern"
        elif opening is not None:
            first = text[position : position + length]
            assert re.match(opening, first), (pattern, text, position)


@pytest.mark.parametrize(
    ("pattern", "admitted", "refused"),
    [
        (r"(?<!\w)(?:le|du)", ["le", "du", "le monde"], ["Le", "la", "x1", "d"]),
        (r"(?i:le)|\d", ["lE", "5", "Le"], ["la", "x"]),
        ("(?i:k)", ["k", "K", "\u212a"], ["x"]),  # the Kelvin sign, case aside
        (r"(?:(?i:é)|[^\W\d_])x", ["éx", "Éx", "ax"], ["1x", "é", " x"]),
        (r"(?:a|(?=\d)b?)c", ["ac", "bc", "c"], ["ab", "x"]),
        (r"(?:x)?(?:y)*z", ["xyz", "xz", "yyz", "z"], ["xx", "a"]),
        (r"(?P<g>a)?(?(g)b|c)", ["ab", "c"], ["aa", "x"]),
    ],
)
def test_opening_patterns(pattern: str, admitted: list[str], refused: list[str]) -> None:
    """Two characters chosen: each string is what a text holds at a position."""
    opening = opening_pattern(pattern, 2)
    assert opening is not None
    for text in admitted:
        assert re.match(opening, text[:2]), text
    for text in refused:
        assert not re.match(opening, text[:2]), text


def test_a_longer_opening_tells_more() -> None:
    """One character cannot tell "du" from "de"; two can."""
    one, two = opening_pattern("(?:du|le)", 1), opening_pattern("(?:du|le)", 2)
    assert one is not None
    assert two is not None
    assert re.match(one, "de")
    assert not re.match(two, "de")


@pytest.mark.parametrize("pattern", ["a?", "(?:a|b*)", r"(?=a)", r"(?P<g>a)?\1", "(?a:a)"])
def test_no_pattern_when_a_match_may_open_with_anything_or_nothing(pattern: str) -> None:
    assert opening_pattern(pattern, 3) is None
