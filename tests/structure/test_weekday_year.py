"""The year a weekday gives a day and month printed without one (``document_date``)."""

from __future__ import annotations

import datetime

import pytest

import communique

_WIRE = (
    "KALVORA, Nov. 28 (Valmont Press) -- Norland's foreign minister will visit Kalvora next "
    "week, the ministry here said Thursday.\n\nThe two ministers last met in March 2015."
)


def test_a_year_less_dateline_takes_the_year_its_weekday_fits() -> None:
    """28 November fell on a Thursday in 2013 and 2019; 2013 is the nearer to March 2015."""
    doc = communique.parse(_WIRE, language="en")
    assert doc.date == "2013-11-28"


def test_a_reference_date_leaves_the_document_undated() -> None:
    """The caller's date resolves the day; no year is guessed for the document."""
    doc = communique.parse(_WIRE, language="en", reference_date=datetime.date(2019, 12, 1))
    assert doc.date is None
    assert ("Thursday", "2019-11-28") in [(d.text, d.value) for d in doc.dates]


@pytest.mark.parametrize(
    "sentence",
    [
        "Les ministres visent la neutralité carbone en 2050.",
        "Les ministres ont célébré le traité de 1960.",
    ],
)
def test_a_bare_year_is_no_clue_to_the_documents_year(sentence: str) -> None:
    """A target or a year of history names no month: the weekday dates nothing."""
    doc = communique.parse(f"Valmont, jeudi 22 décembre – {sentence}", language="fr")
    assert doc.date is None
