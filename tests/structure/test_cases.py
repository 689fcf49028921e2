"""Structure cases from tests/cases/structure.txt: title, furniture, headings, paragraphs."""

from __future__ import annotations

import pytest

import communique
from communique.pipeline import Pipeline
from tests.casefile import Case, read_cases
from tests.render import render_structure

CASES = read_cases("structure.txt")
UP_TO_STRUCTURE = Pipeline().until("find_document_date")
"""The structure cases run the structure stages alone: a failure is theirs."""


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_structure_case(case: Case) -> None:
    """The document's structure renders as the case expects."""
    assert render_structure(communique.parse(case.input, pipeline=UP_TO_STRUCTURE)) == case.expected
