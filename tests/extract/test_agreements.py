"""Agreements, acronyms and status events, French and English."""

from __future__ import annotations

import pytest

import communique
from communique.extract.acronyms import spells
from tests.casefile import Case, read_cases
from tests.render import render_agreements

CASES = [*read_cases("agreements_fr.txt"), *read_cases("agreements_en.txt")]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_agreements_case(case: Case) -> None:
    """Agreements and acronyms render as the case expects."""
    assert render_agreements(communique.parse(case.input)) == case.expected


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        ("TNP", "traité sur la non-prolifération", True),
        ("AIEA", "l'agence internationale de l'énergie atomique", True),
        ("RAA", "accord d'accès réciproque", False),
        ("UE", "la coopération", False),
    ],
)
def test_acronym_spelling(short: str, long: str, expected: bool) -> None:
    """A long form spells its acronym when the letters come in order from its first word."""
    assert spells(short, long) is expected


def test_every_agreement_mention_maps_back() -> None:
    """Agreement and acronym mentions are exact slices of the input."""
    text = "Le Japon a signé l'accord d'accès réciproque (RAA) ; le RAA est entré en vigueur."
    doc = communique.parse(text)
    spans = [m for a in doc.agreements for m in a.mentions] + [
        m for a in doc.acronyms for m in a.mentions
    ]
    assert spans
    assert all(text[m.start : m.end] == m.text for m in spans)
