"""Date cases from tests/cases/dates_*.txt, French and English."""

from __future__ import annotations

import pytest

import communique
from communique.pipeline import Pipeline
from tests.casefile import Case, read_cases
from tests.render import render_dates

CASES = [*read_cases("dates_fr.txt"), *read_cases("dates_en.txt")]
UP_TO_DATES = Pipeline().until("find_dates")
"""The date cases run the pipeline up to the date stage: a failure is that stage's."""


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_dates_case(case: Case) -> None:
    """The document's date mentions (and date, when set) render as the case expects."""
    doc = communique.parse(case.input, pipeline=UP_TO_DATES)
    rendered = render_dates(doc)
    if doc.date is not None and case.expected.startswith("date:"):
        rendered = f"date: {doc.date}\n{rendered}".rstrip("\n")
    assert rendered == case.expected
