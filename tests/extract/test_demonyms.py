"""Demonym adjectives name their state in French and English."""

from __future__ import annotations

import pytest

from communique.gazetteer import gazetteer


@pytest.mark.parametrize(
    ("language", "word", "key"),
    [
        ("fr", "angolaise", "AO"),
        ("fr", "ghanéens", "GH"),
        ("fr", "congolaise", "CD"),
        ("fr", "sri-lankaise", "LK"),
        ("fr", "ouzbèkes", "UZ"),
        ("en", "Zambian", "ZM"),
        ("en", "Congolese", "CD"),
        ("en", "Bissau-Guinean", "GW"),
    ],
)
def test_demonym_names_its_state(language: str, word: str, key: str) -> None:
    """Every form of a demonym, masculine, feminine and plural, maps to its state."""
    assert gazetteer(language).key_of(word) == key


@pytest.mark.parametrize("language", ["fr", "en"])
def test_nearly_every_member_state_has_a_demonym(language: str) -> None:
    """The 193 UN member states all have adjectives (a few share one with a neighbour)."""
    table = gazetteer(language)
    states = set(table.adjectives.values())
    assert len(states) >= 190
