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


def test_honorific_storm_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text of honorifics alone names no one and reads at most MAX_CANDIDATES of them."""
    from communique.extract import titled_names
    from communique.extract.names import parse_name
    from communique.extract.persons import MAX_CANDIDATES

    calls = 0

    def counting(*args: object, **kwargs: object) -> object:
        nonlocal calls
        calls += 1
        return parse_name(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(titled_names, "parse_name", counting)
    doc = communique.parse("M. " * (MAX_CANDIDATES * 3), language="fr")
    assert doc.persons == ()
    assert 0 < calls <= MAX_CANDIDATES


def test_candidates_past_the_cap_are_not_read() -> None:
    """Past the per-document cap, a further honorific and name are not read."""
    from communique.extract.persons import MAX_CANDIDATES

    storm = "Mme " * MAX_CANDIDATES
    doc = communique.parse(f"{storm}\n\nM. Jean Dupont a signé l'accord.", language="fr")
    assert doc.persons == ()
    assert communique.parse("M. Jean Dupont a signé l'accord.", language="fr").persons
