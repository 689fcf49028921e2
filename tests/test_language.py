"""Language detection from function words, and the caller's override."""

from __future__ import annotations

import communique
from communique.language import guess_language


def test_french_and_english_are_told_apart() -> None:
    """Function words decide: French statement → fr, English statement → en."""
    assert guess_language("Les ministres ont réaffirmé leur attachement à la coopération.") == "fr"
    assert guess_language("The ministers reaffirmed their commitment to the partnership.") == "en"


def test_no_words_default_to_french() -> None:
    """Text without function words (numbers, names) is read as French, the first language."""
    assert guess_language("2024 — G7 — TICAD") == "fr"


def test_the_caller_can_force_the_language() -> None:
    """language='en' reads English dates even in a short ambiguous text."""
    doc = communique.parse("Paris, 6 May 2024", language="en")
    assert doc.language == "en"
    assert [d.value for d in doc.dates] == ["2024-05-06"]
