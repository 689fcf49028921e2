"""The grammar tried by first character matches what the whole grammar matches, everywhere."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.model import Language
from communique.temporal.dispatch import _Dispatch, date_match
from communique.temporal.grammar import date_pattern
from tests.casefile import CASES, read_cases
from tests.strategies import communique_text
from tests.temporal.test_scanner import date_heavy_text

_INVENTED = (
    "Valmont, le 3 mars 2026 — Les ministres d'Aldoria se sont réunis du lundi 4 au "
    "mercredi 6 octobre, puis la semaine dernière, hier à 14h55 et il y a deux semaines. "
    "On 12/25/2022 and from 4 to 6 October 2025, last Friday, two weeks ago, Q3 2026, "
    "the 1990s, mid-2013, 2023-27, (0630 GMT), la fin de l'année 2031, ÉTÉ, Été 2024."
)


def _seen(match: re.Match[str] | None) -> object:
    """What a caller reads of a match: its span, its alternative and its groups' values."""
    if match is None:
        return None
    groups = {name: value for name, value in match.groupdict().items() if value is not None}
    return match.span(), match.lastgroup, groups


def _same_everywhere(text: str, language: Language) -> None:
    whole, dispatched = date_pattern(language), date_match(language)
    for position in range(-1, len(text) + 2):  # ``re`` reads a position out of the text too
        expected = _seen(whole.match(text, position))
        assert _seen(dispatched(text, position)) == expected, (language, text[position:][:40])


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("name", sorted(path.name for path in CASES.glob("*.txt")))
def test_every_position_of_the_cases(language: Language, name: str) -> None:
    for case in read_cases(name):
        _same_everywhere(case.input, language)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_position_of_an_invented_text(language: Language) -> None:
    _same_everywhere(_INVENTED, language)


@pytest.mark.parametrize("language", ["fr", "en"])
@given(text=st.one_of(date_heavy_text(), communique_text(), st.text(max_size=80)))
def test_random_texts(language: Language, text: str) -> None:
    _same_everywhere(text, language)


def test_an_opening_no_alternative_starts_with_is_not_tried() -> None:
    """A position opening with "x" or "(" cannot start a date: no grammar runs there."""
    dispatch = _Dispatch("fr")
    assert dispatch.match("x 3 mai", 0) is None
    assert dispatch.match("(3 mai)", 0) is None
    assert dispatch._by_opening == {"x 3": None, "(3 ": None}


def test_a_digit_tries_fewer_alternatives_than_the_whole_grammar() -> None:
    dispatch = _Dispatch("en")
    match = dispatch.match("3 May 2026", 0)
    assert match is not None
    assert match.group() == "3 May 2026"
    digits = dispatch._by_opening["3 M"]
    assert digits is not None
    assert digits.groups < date_pattern("en").groups
    assert dispatch._by_opening.keys() == {"3 M"}


def test_a_spelled_day_tries_only_the_alternatives_it_may_open() -> None:
    """In "Premier ministre", "premier" is a day ("le premier mai"): a few are tried."""
    dispatch = _Dispatch("fr")
    assert dispatch.match("Premier ministre", 0) is None
    spelled = dispatch._by_opening["Pre"]
    assert spelled is not None
    assert spelled.groups < date_pattern("fr").groups
    assert "(?P<range_days>" in spelled.pattern
    assert "(?P<year>" not in spelled.pattern
