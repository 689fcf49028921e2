"""A page and the plain text of its body give the same paragraphs, persons, dates, agreements.

Each ``fixtures/html/<name>.html`` has ``<name>.body.txt``: its main text as a reader would
copy it. Both are parsed with the page's own date and language as the reference.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import communique
from communique.html import read_page
from communique.model import Communique

PAGES = sorted((Path(__file__).parent.parent / "fixtures" / "html").glob("*.html"))


def _view(doc: Communique) -> dict[str, list[tuple[object, ...]]]:
    def squeeze(text: str) -> str:
        return " ".join(text.split())

    return {
        "paragraphs": [(p.number, p.text, p.section) for p in doc.paragraphs],
        "persons": [(p.name, p.role, p.affiliation, p.participant) for p in doc.persons],
        "dates": [(squeeze(d.text), d.kind, d.value, d.timezone) for d in doc.dates],
        "agreements": [(a.name, a.acronym, a.kind, a.number, a.year) for a in doc.agreements],
    }


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_page_and_its_plain_text_agree(page: Path) -> None:
    """parse_html(page) and parse(body text) find the same entities with the same values."""
    facts = read_page(page.read_bytes()).facts
    from_page = communique.parse_html(page.read_bytes())
    body = page.with_name(f"{page.stem}.body.txt").read_text(encoding="utf-8")
    from_text = communique.parse(body, language=facts.language, reference_date=facts.date)
    assert _view(from_page) == _view(from_text)
    assert from_page.paragraphs


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_page_offsets_point_into_its_text(page: Path) -> None:
    """Every mention of a parsed page slices its text out of ``source.text``."""
    doc = communique.parse_html(page.read_bytes())
    assert doc.source is not None
    text = doc.source.text
    spans = [(d.text, d.start, d.end) for d in doc.dates]
    spans += [(m.text, m.start, m.end) for m in doc.boilerplate]
    spans += [(m.text, m.start, m.end) for p in doc.persons for m in p.mentions]
    spans += [(m.text, m.start, m.end) for a in doc.agreements for m in a.mentions]
    assert spans
    assert all(text[start:end] == mention for mention, start, end in spans)
    assert all(
        text[b.start : b.end] and (b.xpath or "").startswith("/html/") for b in doc.source.blocks
    )
