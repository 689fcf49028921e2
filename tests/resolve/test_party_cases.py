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


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        (
            "The EU Affairs Ministry of Türkiye hosted the ambassadors of Greece and Italy on "
            "3 March 2026 to discuss the Union's enlargement.",
            "European Union",
        ),
        (
            "The State Secretary for European Union Affairs of Sweden met the Foreign Minister "
            "of Norway on 3 March 2026.",
            "European Union",
        ),
        (
            "La secrétaire d'État chargée des Affaires européennes, Mme Anne Roy, a reçu le "
            "ministre grec des Affaires étrangères le 3 mars 2026.",
            "Union européenne",
        ),
        (
            "The Foreign and Commonwealth Office announced on 3 March 2026 that the Foreign "
            "Secretary will meet the Foreign Minister of Ghana.",
            "Commonwealth",
        ),
    ],
)
def test_an_organisation_in_an_office_name_is_no_party(text: str, organisation: str) -> None:
    """An organisation among an office's portfolios is neither a party nor a mention."""
    parties = communique.parse(text).parties
    assert organisation not in [party.name for party in parties]
    assert parties  # the states of the text are still found


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        (
            "Le ministre des Affaires étrangères et la Haute représentante de l'UE se sont "
            "entretenus le 3 mars 2026 à Bruxelles du partenariat entre le Japon et l'UE.",
            "Union européenne",
        ),
        (
            "The Minister met the Commonwealth Secretary-General in London on 3 March 2026 "
            "to prepare the Commonwealth summit.",
            "Commonwealth",
        ),
    ],
)
def test_an_organisation_beside_an_office_stays_a_party(text: str, organisation: str) -> None:
    """An organisation named after an office's title, not inside it, stays a party."""
    assert organisation in [party.name for party in communique.parse(text).parties]
