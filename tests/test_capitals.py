"""The capitals table: a state named by its capital, in French and English."""

from __future__ import annotations

import pytest

from communique.lexicon.capitals import capitals


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("WASHINGTON: the Secretary met", "US"),
        ("Addis-Abeba, le 3 mai", "ET"),
        ("reçu à Pékin", "CN"),
        ("N’Djamena, 4 June", "TD"),
        ("Washington, D.C., 5 May", "US"),
        ("LONDRES (AFP) -", "GB"),
    ],
)
def test_capital_names_its_state(text: str, key: str) -> None:
    """English and French names, in capitals or not, with typographic apostrophes."""
    table = capitals()
    hit = next(table.pattern.finditer(text), None)
    assert hit is not None
    found = table.match(text, hit.start())
    assert found is not None
    assert found.key == key


@pytest.mark.parametrize("text", ["lisbonne", "Parisian", "Sofiane", "the male delegates"])
def test_lower_case_words_and_longer_words_are_no_capitals(text: str) -> None:
    """Only capitalised whole words are read: "lisbonne", "Parisian" name nothing."""
    assert capitals().pattern.search(text) is None


def test_every_member_state_but_the_documented_exceptions_has_a_capital() -> None:
    """186 of the 193 states; as the data file says, the rest are left out on purpose."""
    keys = set(capitals().states.values())
    assert len(keys) == 186
    assert not keys & {"LU", "SG", "MC", "SM", "DJ", "IL", "SC"}
