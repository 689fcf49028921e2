"""Parties of genre texts written for the tests: lists, guests, votes, offices' names."""

from __future__ import annotations

import pytest

import communique
from tests.casefile import Case, read_cases

CASES = [*read_cases("parties_fr.txt"), *read_cases("parties_en.txt")]


def _render(text: str) -> str:
    return "\n".join(f"party: {p.name} ({p.code})" for p in communique.parse(text).parties)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_party_case(case: Case) -> None:
    """The parties chosen are those the case expects, in order of first mention."""
    assert _render(case.input) == case.expected
