"""A pattern's opening class admits every character one of its matches opens with."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.openings import opening_class

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


@given(pattern=patterns(), text=st.text(alphabet=_ALPHABET, max_size=8))
def test_every_match_opens_with_an_admitted_character(pattern: str, text: str) -> None:
    opening = opening_class(pattern)
    compiled = re.compile(pattern)
    for position in range(len(text) + 1):
        match = compiled.match(text, position)
        if match is None:
            continue
        if match.end() == position:
            assert opening is None, "a pattern that may match empty has no opening class"
        elif opening is not None:
            assert re.fullmatch(opening, text[position]), (pattern, text, position)


@pytest.mark.parametrize(
    ("pattern", "admitted", "refused"),
    [
        (r"(?<!\w)(?:le|du)", "ld", "Lex1"),
        (r"(?i:le)|\d", "lL5", "ax"),
        ("(?i:k)", "kK\u212a", "x"),  # the Kelvin sign, case aside
        (r"(?:(?i:é)|[^\W\d_])", "éÉab", "1_ "),
        (r"(?:a|(?=\d)b?)c", "abc", "x1"),
        (r"(?:x)?(?:y)*z", "xyz", "a"),
        (r"(?P<g>a)?(?(g)b|c)", "abc", "x"),
    ],
)
def test_opening_classes(pattern: str, admitted: str, refused: str) -> None:
    opening = opening_class(pattern)
    assert opening is not None
    for char in admitted:
        assert re.fullmatch(opening, char), char
    for char in refused:
        assert not re.fullmatch(opening, char), char


@pytest.mark.parametrize("pattern", ["a?", "(?:a|b*)", r"(?=a)", r"(?P<g>a)?\1", "(?a:a)"])
def test_no_class_when_any_character_or_none_may_open(pattern: str) -> None:
    assert opening_class(pattern) is None
