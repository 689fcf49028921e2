"""Head cases from tests/cases/head.txt: letterheads, mottos, type lines, datelines, markers."""

from __future__ import annotations

import pytest

import communique
from communique.pipeline import Pipeline
from tests.casefile import Case, read_cases
from tests.render import render_structure

CASES = read_cases("head.txt")
UP_TO_STRUCTURE = Pipeline().until("find_document_date")


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_head_case(case: Case) -> None:
    """The document's head and body render as the case expects."""
    assert render_structure(communique.parse(case.input, pipeline=UP_TO_STRUCTURE)) == case.expected
