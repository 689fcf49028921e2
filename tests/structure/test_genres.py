"""Genre cases from tests/cases/structure_genres.txt: declarations, decisions, letterheads, wires.

Each case is a text written for the test, French or English, of a genre whose furniture or
paragraphs the general rules must get right: a solemn preamble, an issuing body alone on
its line, a bilingual letterhead, a wire credit, a press-contact block.
"""

from __future__ import annotations

import pytest

import communique
from communique.lexicon.structure import structure_vocabulary
from communique.pipeline import Pipeline
from communique.structure.credits import is_contact
from communique.structure.masthead import names_issuer
from tests.casefile import Case, read_cases
from tests.render import render_structure

CASES = read_cases("structure_genres.txt")
UP_TO_STRUCTURE = Pipeline().until("find_document_date")


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_genre_case(case: Case) -> None:
    """The document's structure renders as the case expects."""
    assert render_structure(communique.parse(case.input, pipeline=UP_TO_STRUCTURE)) == case.expected


def test_cases_cover_both_languages() -> None:
    """Each family is pinned in French and in English."""
    languages = {communique.parse(case.input, pipeline=UP_TO_STRUCTURE).language for case in CASES}
    assert languages == {"fr", "en"}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The Security Council,", True),
        ("Le Conseil de paix et de sécurité,", True),
        ("L'Assemblée,", True),
        ("The Council adopted its conclusions on 3 May,", False),
        ("The Security Council", False),
        ("Recalling its earlier decisions,", False),
    ],
)
def test_names_issuer(line: str, expected: bool) -> None:
    """Only a short name of a body with a head word, ending with a comma, is an issuer line."""
    vocab = structure_vocabulary("fr" if "Conseil" in line or "Assemblée" in line else "en")
    assert names_issuer(line, vocab.organisation_heads | vocab.meeting_words) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Title of a statement\n\nThe ministers met today.\n\n(The report, edited by the "
        "secretariat, was published in May.)",
        "Titre du communiqué\n\nLes ministres se sont réunis.\n\nRédaction de la nouvelle "
        "constitution : les ministres ont fait le point sur les travaux.",
    ],
)
def test_bracketed_prose_is_no_credit(text: str) -> None:
    """A sentence in brackets, or a line opening with a credit word outside brackets, stays text."""
    doc = communique.parse(text, pipeline=UP_TO_STRUCTURE)
    assert not doc.boilerplate
    assert len(doc.paragraphs) == 2


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Telephone: 5517 700   Fax: 5517844", True),
        ("Boîte postale 1180, Strelsau", True),
        ("Tél. : +33 1 43 17 00 00", True),
        ("press.office@council.example", True),
        ("343-203-7700", True),
        ("Mobile 5G networks for the basin", False),
        ("Tel Aviv talks resume", False),
        ("Growth of +3.5 per cent in 2025", False),
        ("Les 14 et 15 mars 2025", False),
        ("Rue du Fleuve 175, B-1048 Kalvora", True),
        ("Road map 2030 for the basin", False),
        ("Les ministres se sont réunis place Vendôme en 2024 et 2025", False),
    ],
)
def test_contact_lines(line: str, expected: bool) -> None:
    """A contact line has an address, a website or a telephone number, not any number."""
    assert is_contact(line, structure_vocabulary("en")) is expected
