"""The fast scanner finds exactly what a plain scan of the grammar finds."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.model import Language
from communique.temporal.finder import find_dates
from communique.temporal.grammar import date_pattern
from communique.temporal.scanner import scan
from tests.strategies import communique_text

_DATE_WORDS = [
    "le",
    "la",
    "du",
    "de",
    "d'ici",
    "en",
    "au",
    "entre",
    "et",
    "à",
    "mi-",
    "début",
    "fin",
    "veille",
    "lendemain",
    "même",
    "jour",
    "mois",
    "dernier",
    "prochain",
    "semaine",
    "an",
    "année",
    "hier",
    "aujourd'hui",
    "vendredi",
    "mai",
    "sept.",
    "décembre",
    "1er",
    "3",
    "5",
    "14h55",
    "2019",
    "2023-2027",
    "(2015)",
    "the",
    "from",
    "between",
    "and",
    "by",
    "in",
    "last",
    "next",
    "Friday",
    "May",
    "March",
    "day",
    "before",
    "month",
    "year",
    "10:30",
    "pm",
    ",",
]


@st.composite
def date_heavy_text(draw: st.DrawFn) -> str:
    """Text dense in date vocabulary, in any order."""
    words = draw(st.lists(st.sampled_from(_DATE_WORDS), max_size=60))
    return " ".join(words)


@pytest.mark.parametrize("language", ["fr", "en"])
@given(text=st.one_of(date_heavy_text(), communique_text()))
def test_scanner_equals_a_plain_scan(language: Language, text: str) -> None:
    """scan() yields the same matches as finditer over the whole grammar."""
    expected = [m.span() for m in date_pattern(language).finditer(text)]
    assert [m.span() for m in scan(text, language)] == expected


@pytest.mark.parametrize("language", ["fr", "en"])
@given(text=st.one_of(date_heavy_text(), st.text(max_size=200)))
def test_found_dates_are_ordered_disjoint_and_inside_the_text(
    language: Language, text: str
) -> None:
    """Candidates never overlap, come in order and lie inside the text."""
    found = find_dates(text, language)
    for item in found:
        assert 0 <= item.start < item.end <= len(text)
    for before, after in itertools.pairwise(found):
        assert before.end <= after.start
