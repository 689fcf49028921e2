"""Titles and document dates in the layouts of real releases, French and English.

The cases of tests/cases/structure_titles.txt are texts written for the test: a kind label
above a headline or above the name of a meeting, a site's section label above an item's
headline, wire prefixes, running headers, transcripts, speeches, agendas, end marks. The
Word letterheads are fixtures/docx/*_letterhead.docx (tests/inputs/make_fixtures.py); the
web pages and Markdown files are below.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import communique
from communique.lexicon.structure import structure_vocabulary
from communique.pipeline import Pipeline
from communique.structure.masthead import designates_meeting
from tests.casefile import Case, read_cases
from tests.render import render_structure

if TYPE_CHECKING:
    from communique.model import Language

CASES = read_cases("structure_titles.txt")
UP_TO_STRUCTURE = Pipeline().until("find_document_date")
FIXTURES = Path(__file__).parent.parent.parent / "fixtures" / "docx"


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_title_case(case: Case) -> None:
    """The document's title, date, furniture and paragraphs render as the case expects."""
    assert render_structure(communique.parse(case.input, pipeline=UP_TO_STRUCTURE)) == case.expected


def test_cases_cover_both_languages() -> None:
    """Half the cases are French, half English, and there are at least sixteen."""
    languages = [communique.parse(c.input, pipeline=UP_TO_STRUCTURE).language for c in CASES]
    assert len(CASES) >= 16
    assert {"fr", "en"} == set(languages)
    assert abs(languages.count("fr") - languages.count("en")) <= 2


@pytest.mark.parametrize(
    ("language", "line", "expected"),
    [
        ("fr", "Quarante-deuxième session ordinaire de la Conférence des chefs d'État", True),
        ("fr", "9e session de la Grande Commission mixte", True),
        ("fr", "XXIe Sommet de la Francophonie", True),
        ("fr", "Clôture des travaux de la neuvième session de la Commission mixte", False),
        ("fr", "La ministre condamne l'attaque", False),
        ("en", "Thirty-first Ordinary Session of the Council of Ministers", True),
        ("en", "The 5th Joint Commission Meeting", True),
        ("en", "Aldoria and Koranda conclude the ninth session", False),
        ("en", "Council of Ministers", False),
        ("en", "The ministers met for their third session.", False),
    ],
)
def test_designates_meeting(language: Language, line: str, expected: bool) -> None:
    """Only a line whose meeting word comes first, after ordinals, names a meeting alone."""
    assert designates_meeting(line, structure_vocabulary(language)) is expected


@pytest.mark.parametrize(
    ("name", "title", "date"),
    [
        (
            "fr_letterhead.docx",
            "Visite d'État du Président de la République d'Aldorie au Koranda",
            "2026-03-03",
        ),
        (
            "en_letterhead.docx",
            "State Visit of the President of the Republic of Aldoria to Koranda",
            "2026-03-03",
        ),
    ],
)
def test_word_letterhead_is_furniture(name: str, title: str, date: str) -> None:
    """Above the address and telephone lines, the state and service names are no title."""
    doc = communique.parse_file(FIXTURES / name)
    assert (doc.title, doc.date) == (title, date)
    assert doc.paragraphs[0].text.startswith(("Le Président", "The President"))
    assert any(item.text.startswith(("Tél", "Tel")) for item in doc.boilerplate)


_PAGES = [
    (
        "<title>Minister meets Aldorian counterpart in Strelsau | Ministry of Foreign Affairs"
        "</title><p>Latest news</p><h1>Minister meets Aldorian counterpart in Strelsau</h1>"
        "<p>5 May 2026</p><p>The Foreign Minister met her Aldorian counterpart in Strelsau "
        "today for talks on trade and security.</p>",
        "Minister meets Aldorian counterpart in Strelsau",
        "2026-05-05",
    ),
    (
        "<title>La ministre reçoit son homologue d'Aldorie - Ministère des Affaires étrangères"
        "</title><p>À la une</p><h1>La ministre reçoit son homologue d'Aldorie</h1>"
        "<p>5 mai 2026</p><p>La ministre des Affaires étrangères a reçu aujourd'hui son "
        "homologue d'Aldorie pour un entretien sur le commerce et la sécurité.</p>",
        "La ministre reçoit son homologue d'Aldorie",
        "2026-05-05",
    ),
    (
        "<title>Summary of Bulletin</title><h2>Summary of Bulletin</h2><h1>Audience with the "
        "President of the Republic of Aldoria, 18.09.2025</h1><p>This morning the Holy Father "
        "received in audience the President of the Republic of Aldoria.</p>",
        "Audience with the President of the Republic of Aldoria, 18.09.2025",
        "2025-09-18",
    ),
    (
        "<title>Bulletin d'information</title><h2>Bulletin d'information</h2><h1>Audience "
        "accordée au Président de la République d'Aldorie, 18.09.2025</h1><p>Ce matin, le "
        "Saint-Père a reçu en audience le Président de la République d'Aldorie.</p>",
        "Audience accordée au Président de la République d'Aldorie, 18.09.2025",
        "2025-09-18",
    ),
]


@pytest.mark.parametrize(("html", "title", "date"), _PAGES, ids=lambda v: str(v)[:20])
def test_page_headline_over_site_title_and_section(html: str, title: str, date: str) -> None:
    """The <h1> is the title: not the <title>'s site suffix, nor a section label."""
    doc = communique.parse_html(
        f"<html><head>{html.split('</title>')[0]}</title></head>"
        f"<body>{html.split('</title>')[1]}</body></html>"
    )
    assert (doc.title, doc.date) == (title, date)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            '---\ntitle: "Visite du ministre au Koranda"\n---\n\n# Le ministre en visite '
            "officielle au Koranda\n\nStrelsau, le 3 mars 2026 – Le ministre des Affaires "
            "étrangères a entamé lundi une visite officielle au Koranda.\n",
            "Visite du ministre au Koranda",
        ),
        (
            '---\ntitle: "Minister visits Koranda"\n---\n\n# Foreign Minister on an official '
            "visit to Koranda\n\nStrelsau, 3 March 2026 - The Foreign Minister began an "
            "official visit to Koranda on Monday.\n",
            "Minister visits Koranda",
        ),
    ],
)
def test_front_matter_title_wins_over_heading(tmp_path: Path, text: str, title: str) -> None:
    """Metadata gives the title (GUIDELINES); the body's H1 is then a header line."""
    path = tmp_path / "release.md"
    path.write_text(text, encoding="utf-8")
    doc = communique.parse_file(path)
    assert (doc.title, doc.date) == (title, "2026-03-03")
    assert not any(
        p.text.startswith(("# ", "Le ministre en", "Foreign Minister on")) for p in doc.paragraphs
    )


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            '---\ntitle: "Nous poursuivrons aussi le développement de notre coopération de '
            'défense avec le Koranda"\n---\n\n# Entretien avec Anna Serel, Première ministre '
            "du Koranda.\n\nLe Président s'est entretenu le 3 mars 2026 avec Anna Serel, "
            "Première ministre du Koranda, au palais présidentiel.\n",
            "Entretien avec Anna Serel, Première ministre du Koranda.",
        ),
        (
            '---\ntitle: "We will also pursue the development of our defence cooperation '
            'with Koranda"\n---\n\n# Meeting with Anna Serel, Prime Minister of Koranda.'
            "\n\nThe President met Anna Serel, Prime Minister of Koranda, on 3 March 2026 "
            "at the presidential palace.\n",
            "Meeting with Anna Serel, Prime Minister of Koranda.",
        ),
    ],
)
def test_the_page_headline_wins_over_an_unrelated_stated_title(
    tmp_path: Path, text: str, title: str
) -> None:
    """A quotation stored as the page's title names nothing the "# …" headline names."""
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    doc = communique.parse_file(path)
    assert doc.title == title
    assert doc.title_span is not None
    assert text[doc.title_span.start : doc.title_span.end] == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            " date 2020-10 PARTAGER La Valmont et le Koranda concluent deux textes\n\n"
            "La Valmont et le Koranda ont conclu vendredi à Aldoria deux textes, par le "
            "chef de leur diplomatie, M. Idris Lirov, et son homologue.\n\n"
            "Le premier crée une commission de suivi.\n",
            "La Valmont et le Koranda concluent deux textes",
        ),
        (
            " date 2021-03 SHARE PRINT The Valmont and Koranda sign two agreements\n\n"
            "The Valmont and Koranda signed two agreements on Friday in Aldoria, through "
            "their foreign ministers, Mr Idris Lirov and his counterpart.\n\n"
            "One is a memorandum of understanding.\n",
            "The Valmont and Koranda sign two agreements",
        ),
    ],
)
def test_share_buttons_glued_before_headline_leave_it(text: str, title: str) -> None:
    """A page's share buttons in capitals, on the headline's line, are not the title's."""
    assert communique.parse(text).title == title
