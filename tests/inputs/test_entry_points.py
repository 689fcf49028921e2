"""Every entry point takes the same parameters and honours them, whatever the format."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from hypothesis import given, settings
from hypothesis import strategies as st

import communique
from communique.inputs.pdf import read_pdf
from tests.inputs import pdfs

if TYPE_CHECKING:
    from pathlib import Path

PAGE = (
    "<html><body><article><p>Les ministres se sont réunis hier à Dakar.</p></article></body></html>"
)
REFERENCE = datetime.date(2024, 6, 11)


def test_parse_html_and_parse_file_resolve_relative_dates_like_parse(tmp_path: Path) -> None:
    """reference_date= anchors "hier" in a page as it does in text."""
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    expected = ["2024-06-10"]
    text = communique.parse("Les ministres se sont réunis hier à Dakar.", reference_date=REFERENCE)
    assert [d.value for d in text.dates] == expected
    page = communique.parse_html(PAGE, reference_date=REFERENCE)
    assert [d.value for d in page.dates] == expected
    file = communique.parse_file(path, reference_date=REFERENCE)
    assert [d.value for d in file.dates] == expected


def test_parse_html_and_parse_file_honour_language(tmp_path: Path) -> None:
    """language= wins over detection for pages and files."""
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    assert communique.parse_html(PAGE, language="en").language == "en"
    assert communique.parse_file(path, language="en").language == "en"


def test_max_chars_and_disable_reach_every_format(tmp_path: Path) -> None:
    """max_chars and disable= apply to files as to text."""
    import pytest

    path = tmp_path / "note.md"
    path.write_text("---\ntitle: Note\n---\n\nLe 3 mai 2023, les ministres.\n", encoding="utf-8")
    with pytest.raises(communique.errors.InputTooLargeError):
        communique.parse_file(path, max_chars=10)
    assert communique.parse_file(path, disable=["find_dates"]).dates == ()


def test_a_parsed_file_survives_the_json_round_trip(tmp_path: Path) -> None:
    """Source format, encoding, pages and roles go through to_dict/from_dict unchanged."""
    path = tmp_path / "statement.pdf"
    path.write_bytes(pdfs.statement_pdf(["Les ministres se sont réunis le 3 mai 2023."]))
    doc = communique.parse_file(path)
    assert communique.Communique.from_dict(doc.to_dict()) == doc


_WORDS = st.sampled_from(
    [
        "les",
        "ministres",
        "ont",
        "salué",
        "le",
        "3",
        "mai",
        "2023",
        "accord",
        "coopération",
        "Paris",
        "Dakar",
        "sécurité",
        "économique",
        "réunion",
        "président",
        "commission",
        "décidé",
        "renforcer",
        "échanges",
    ]
)


@settings(max_examples=8, deadline=None)
@given(st.lists(st.lists(_WORDS, min_size=5, max_size=60), min_size=1, max_size=4))
def test_pdf_working_text_maps_into_the_source(paragraphs: list[list[str]]) -> None:
    """For any generated PDF, each working character comes from source.text."""
    reading = read_pdf(pdfs.statement_pdf([" ".join(words) for words in paragraphs]))
    for index, char in enumerate(reading.working):
        assert reading.text[reading.offsets.start(index)] == char or char in " •"
    for block in reading.blocks:
        assert reading.text[block.start : block.end].strip()


def test_the_command_line_reads_every_format_and_refuses_other_languages(tmp_path: Path) -> None:
    """The command line reads a PDF (exit 0) and says no to a German file (exit 1)."""
    from communique.cli import main

    pdf = tmp_path / "statement.pdf"
    pdf.write_bytes(pdfs.statement_pdf(["Les ministres se sont réunis le 3 mai 2023."]))
    german = tmp_path / "erklaerung.txt"
    german.write_text(
        "Die Minister der beiden Staaten sprachen über die Lage in der Region und die "
        "Zusammenarbeit, die in den nächsten Jahren weiter ausgebaut werden soll, und "
        "vereinbarten ein neues Treffen im Herbst.",
        encoding="utf-8",
    )
    assert main(["parse", "--format", "outline", str(pdf)]) == 0
    assert main(["parse", str(german)]) == 1
    assert main(["parse", "--language", "en", str(german)]) == 0
