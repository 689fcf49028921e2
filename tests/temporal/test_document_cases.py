"""Date cases that need a whole document: reading order, identifiers, boundaries, zones."""

from __future__ import annotations

import pytest

import communique
from communique.pipeline import Pipeline
from tests.casefile import Case, read_cases
from tests.render import render_dates

CASES = read_cases("dates_documents.txt")
UP_TO_DATES = Pipeline().until("find_dates")


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_document_case(case: Case) -> None:
    """The document's date (when the case gives one) and date mentions render as expected."""
    doc = communique.parse(case.input, pipeline=UP_TO_DATES)
    rendered = render_dates(doc)
    if case.expected.startswith("date:"):
        rendered = f"date: {doc.date}\n{rendered}".rstrip("\n")
    assert rendered == case.expected
