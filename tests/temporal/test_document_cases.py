"""Date cases that need a whole document: reading order, identifiers, boundaries, zones."""

from __future__ import annotations

import pytest

import communique
from tests.casefile import Case, read_cases
from tests.render import render_dates

CASES = read_cases("dates_documents.txt")


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_document_case(case: Case) -> None:
    """The document's date (when the case gives one) and date mentions render as expected."""
    doc = communique.parse(case.input)
    rendered = render_dates(doc)
    if case.expected.startswith("date:"):
        rendered = f"date: {doc.date}\n{rendered}".rstrip("\n")
    assert rendered == case.expected
