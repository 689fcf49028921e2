"""Parties of genre texts written for the tests: lists, guests, votes, offices' names."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pycountry
import pytest

import communique
from communique.gazetteer import gazetteer
from communique.lexicon.parties import party_lexicon
from tests.casefile import Case, read_cases

if TYPE_CHECKING:
    from communique.model import Language

CASES = [*read_cases("parties_fr.txt"), *read_cases("parties_en.txt")]


def _render(text: str) -> str:
    return "\n".join(f"party: {p.name} ({p.code})" for p in communique.parse(text).parties)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_party_case(case: Case) -> None:
    """The parties chosen are those the case expects, in order of first mention."""
    assert _render(case.input) == case.expected


@pytest.mark.parametrize("language", ["fr", "en"])
def test_subdivision_codes_are_iso_3166_2(language: Language) -> None:
    """A subdivision's code, when it has one, is its ISO 3166-2 code and its key."""
    subdivisions = party_lexicon(language).subdivisions
    assert subdivisions
    codes = {subdivision.code for subdivision in pycountry.subdivisions}
    for key, words in subdivisions.items():
        if words.code is not None:
            assert words.code == key
            assert words.code in codes, key


def test_city_of_a_subdivision_names_no_party() -> None:
    """The city ("à Québec") names no party; the province ("au Québec") does."""
    table = gazetteer("fr")
    assert table.find("réunis à Québec") == []
    assert [hit.keys for hit in table.find("réunis au Québec")] == [("CA-QC",)]


def test_a_state_of_another_country_holding_a_subdivision_name_is_none() -> None:
    """An Australian state ("New South Wales") is no Wales."""
    assert gazetteer("en").find("the Premier of New South Wales") == []
    assert [hit.keys for hit in gazetteer("en").find("the First Minister of Wales")] == [
        ("GB-WLS",)
    ]
