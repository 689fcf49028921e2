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


_PAGE = """<html><head><title>{title}</title></head><body><h1>{title}</h1>
<p>{lead}</p>
<p><strong>1. {first}</strong></p>
<p>(1) {one}</p>
<p>(2) {two}</p>
<h4>{second}</h4>
<p>(1) {three}</p>
</body></html>"""

_PAGES = {
    "en": {
        "title": "Foreign Minister Meets the Foreign Minister of Koranda",
        "lead": "On 3 March 2026 the Minister met his Koranda counterpart. An outline follows.",
        "first": "Introduction",
        "one": "The Minister welcomed his counterpart to the capital.",
        "two": "The Koranda minister thanked him for the welcome.",
        "second": "Regional affairs",
        "three": "The two ministers exchanged views on the situation in the region.",
    },
    "fr": {
        "title": "La ministre reçoit son homologue du Koranda",
        "lead": "Le 3 mars 2026, la ministre a reçu son homologue du Koranda. Voici le résumé.",
        "first": "Introduction",
        "one": "La ministre a salué la visite de son homologue.",
        "two": "Le ministre korandais a remercié son hôte pour son accueil.",
        "second": "Questions régionales",
        "three": "Les deux ministres ont échangé sur la situation dans la région.",
    },
}


@pytest.mark.parametrize("lang", sorted(_PAGES))
def test_page_sections_over_parenthesised_paragraphs(lang: str) -> None:
    """A page's section titles (bold or h4) are headings; each "(n)" is paragraph n."""
    words = _PAGES[lang]
    doc = communique.parse_html(_PAGE.format(**words), pipeline=UP_TO_STRUCTURE)
    assert [h.text for h in doc.headings] == [f"1. {words['first']}", words["second"]]
    assert [(p.number, p.text) for p in doc.paragraphs[1:]] == [
        ("1", words["one"]),
        ("2", words["two"]),
        ("1", words["three"]),
    ]
