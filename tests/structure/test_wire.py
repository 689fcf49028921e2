"""Wire records and end-of-page topic blocks: metadata and furniture are never read as text."""

from __future__ import annotations

import pytest

import communique
from communique.structure.wire import headline_start

_RECORD = """ID: nQTR5512K
DATE: 2026-11-18T07:40:00Z
SLUG: CHILE-PERU/FISHERIES (UPDATE 2)
TOPICS: DIP FISH
PRIORITY: 3
KEYWORDS: BOLIVIA ECUADOR
SOURCE: Reuters
LANGUAGE: en

UPDATE 2-Chile and Peru agree joint patrols of fishing grounds

LIMA, Nov 18 (Reuters) - Chile and Peru agreed on Wednesday to run joint patrols of their \
shared fishing grounds, the two foreign ministries said.
"""

_FICHE = """Rubrique : International
Priorité : 2
Mots-clés : Bolivie, Équateur
Date : 2026-11-18T07:40:00Z

URGENT - Le Chili et le Pérou vont patrouiller ensemble leurs zones de pêche

LIMA (AFP) - Le Chili et le Pérou sont convenus mercredi de patrouiller ensemble leurs \
zones de pêche communes, ont annoncé les deux ministères des affaires étrangères.
"""


def _tag_block_end(text: str) -> int:
    return text.index("\n\n")


@pytest.mark.parametrize("text", [_RECORD, _FICHE], ids=["en", "fr"])
def test_record_fields_are_metadata(text: str) -> None:
    """No date or party is read in the tag fields; the date field dates the record."""
    doc = communique.parse(text)
    end = _tag_block_end(text)
    assert all(date.start > end for date in doc.dates)
    assert all(m.start > end for party in doc.parties for m in party.mentions)
    assert {party.code for party in doc.parties} == {"CHL", "PER"}
    assert doc.date == "2026-11-18"
    assert [b.end for b in doc.boilerplate if b.end <= end]
    assert all(b.text == text[b.start : b.end] for b in doc.boilerplate)


@pytest.mark.parametrize("text", [_RECORD, _FICHE], ids=["en", "fr"])
def test_headline_after_its_marker(text: str) -> None:
    """The title is the headline without the service marker, its span after it."""
    doc = communique.parse(text)
    assert doc.title is not None
    assert doc.title_span is not None
    assert doc.title.startswith(("Chile", "Le Chili"))
    assert text[doc.title_span.start : doc.title_span.end] == doc.title


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        (
            "EXCLUSIVE-Chile weighs levy on Peruvian anchovy",
            "Chile weighs levy on Peruvian anchovy",
        ),
        ("WRAPUP 2-Talks resume in Lima", "Talks resume in Lima"),
        ("FLASH – Accord de pêche signé à Lima", "Accord de pêche signé à Lima"),
        ("URGENT : Accord de pêche signé à Lima", "Accord de pêche signé à Lima"),
        ("EXCLUSIVE: Chile weighs levy on anchovy", "Chile weighs levy on anchovy"),
        ("Exclusive: Chile weighs levy on anchovy", "Exclusive: Chile weighs levy on anchovy"),
        ("ANTI-DRUG PACT SIGNED IN LIMA", "ANTI-DRUG PACT SIGNED IN LIMA"),
        ("UPDATE-", "UPDATE-"),
        ("Update on the fisheries talks", "Update on the fisheries talks"),
    ],
)
def test_headline_start(line: str, headline: str) -> None:
    """Markers in capitals glued or dashed are cut; words of the headline are not."""
    assert line[headline_start(line, 0, len(line)) :] == headline


_PAGES = {
    "en": """Chile and Peru agree joint patrols of fishing grounds

The foreign ministers of Chile and Peru agreed on 18 November 2026 to run joint patrols of \
their shared fishing grounds.

Tags
Bolivia
Office of the Spokesperson
Related Articles
Secretary Meets with Ecuadorian Foreign Minister Ana Solis
November 12, 2026
""",
    "fr": """Le Chili et le Pérou vont patrouiller ensemble leurs zones de pêche

Les ministres des affaires étrangères du Chili et du Pérou sont convenus le 18 novembre 2026 \
de patrouiller ensemble leurs zones de pêche communes.

Étiquettes

Bolivie

Articles liés

Entretien avec Mme Ana Solis, ministre équatorienne des affaires étrangères

12 novembre 2026
""",
}


@pytest.mark.parametrize("lang", sorted(_PAGES))
def test_topic_block_is_furniture(lang: str) -> None:
    """No person, date or party is read in the tags and related articles below the text."""
    text = _PAGES[lang]
    doc = communique.parse(text)
    block = text.index("\n\n", text.index("2026")) + 2
    assert all(date.start < block for date in doc.dates)
    assert not [p for p in doc.persons if "Solis" in p.name]
    assert {party.code for party in doc.parties} == {"CHL", "PER"}
    assert [b.text for b in doc.boilerplate][-1].endswith("2026")
    assert len(doc.paragraphs) == 1


def test_page_title_without_marker() -> None:
    """A headline read from a page's metadata loses its service marker too."""
    page = """<html><head><title>EXCLUSIVE-Chile weighs levy on anchovy | Wire</title></head>
<body><p>LIMA, Nov 18 (Reuters) - Chile is weighing a levy on anchovy exports to Peru, \
three officials said on Wednesday.</p></body></html>"""
    assert communique.parse_html(page).title == "Chile weighs levy on anchovy"


def test_record_without_blank_lines() -> None:
    """Fields run straight into the headline; an empty field is still a field."""
    text = """ID: nQTR5512K
DATE: Wed Nov 18 2026 07:40:00 GMT
SLUG: CHILE-PERU/FISHERIES
KEYWORDS:
PRIORITY: 3
UPDATE 1-Chile and Peru agree joint patrols of fishing grounds
LIMA, Nov 18 (Reuters) - Chile and Peru agreed on Wednesday to run joint patrols of their \
shared fishing grounds, the two foreign ministries said.
"""
    doc = communique.parse(text)
    assert [b.text for b in doc.boilerplate][3:] == ["KEYWORDS:", "PRIORITY: 3"]
    assert doc.title == "Chile and Peru agree joint patrols of fishing grounds"
    assert doc.date == "2026-11-18"
    assert all(date.start > text.index("UPDATE") for date in doc.dates)
