"""Persons, roles, affiliations, participation, parties and aliases, French and English."""

from __future__ import annotations

import pytest

import communique
from tests.casefile import Case, read_cases
from tests.render import render_participants

CASES = [*read_cases("participants_fr.txt"), *read_cases("participants_en.txt")]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_participants_case(case: Case) -> None:
    """Persons, parties and aliases render as the case expects."""
    assert render_participants(communique.parse(case.input)) == case.expected
