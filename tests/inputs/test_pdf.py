"""PDF: pages in order, furniture told by position and size, paragraphs re-joined."""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING

import pytest

import communique
from communique import errors
from communique.inputs.pdf import read_pdf
from tests.inputs import pdfs

if TYPE_CHECKING:
    from pathlib import Path

OPENING = (
    "Les ministres des Affaires étrangères de la France et du Japon se sont réunis à Paris "
    "le 3 mai 2023 pour examiner les questions de sécurité régionale et la coopération "
    "économique entre les deux pays, ainsi que la situation en Europe orientale."
)
SECOND = (
    "Ils ont salué les progrès accomplis depuis leur dernière rencontre et sont convenus "
    "de renforcer les échanges entre leurs administrations, notamment dans les domaines "
    "de l'énergie, du numérique, de la recherche et de la culture."
)
ACROSS = (
    "Les deux ministres se retrouveront au cours de l'année prochaine à Tokyo pour faire "
    "le point sur la mise en oeuvre de ces engagements et préparer le prochain sommet."
)
FOOTNOTE = "Voir la déclaration commune du 4 avril 2019."


@pytest.fixture(scope="module")
def statement(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two pages: running header, page numbers, a footnote, a paragraph across the break."""
    path = tmp_path_factory.mktemp("pdf") / "statement.pdf"
    path.write_bytes(pdfs.statement_pdf([OPENING, SECOND, ACROSS], footnote=FOOTNOTE))
    return path


def test_title_date_and_paragraphs(statement: Path) -> None:
    """The bold centred first line is the title; paragraphs read as printed."""
    doc = communique.parse_file(statement)
    assert doc.title == "Déclaration conjointe des ministres"
    assert doc.date == "2023-05-03"
    assert doc.language == "fr"
    assert [p.text for p in doc.paragraphs] == [OPENING, SECOND, ACROSS]


def test_furniture_is_boilerplate(statement: Path) -> None:
    """Running header (both pages), page numbers and the footnote are boilerplate."""
    doc = communique.parse_file(statement)
    furniture = [b.text for b in doc.boilerplate]
    assert furniture.count(pdfs.HEADER) == 2
    assert "1" in furniture
    assert "2" in furniture
    assert f"1 {FOOTNOTE}" in furniture
    assert all("2019" not in d.text for d in doc.dates)


def test_offsets_and_pages(statement: Path) -> None:
    """Every mention slices source.text; the paragraph across the break has a block per page."""
    doc = communique.parse_file(statement)
    assert doc.source is not None
    assert doc.source.format == "pdf"
    text = doc.source.text
    spans = [(d.text, d.start, d.end) for d in doc.dates]
    spans += [(b.text, b.start, b.end) for b in doc.boilerplate]
    spans += [(text[p.start : p.end], p.start, p.end) for p in doc.paragraphs]
    assert all(text[start:end] == mention for mention, start, end in spans)
    # The reference mark "1" glued to the first word is in the source, not the reading text.
    assert text[doc.paragraphs[0].start : doc.paragraphs[0].start + 4] == "Les1"
    pages = {b.page for b in doc.source.blocks if b.role == "paragraph"}
    assert pages == {1, 2}


def test_image_only_pdf_says_there_is_no_text_layer() -> None:
    """A PDF without text raises PdfError saying so (no OCR)."""
    with pytest.raises(errors.PdfError, match="no text layer"):
        read_pdf(pdfs.image_only_pdf())


def test_encrypted_pdf_is_refused() -> None:
    """A PDF that needs a password raises PdfError."""
    with pytest.raises(errors.PdfError, match="encrypted"):
        read_pdf(pdfs.encrypted_pdf())


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.4\n garbage that is not a PDF",
        b"%PDF-1.7\n" + os.urandom(5000),
        pdfs.page_tree_loop_pdf(),
    ],
    ids=["garbage", "random", "page-tree-loop"],
)
def test_malformed_pdfs_raise_a_typed_error_fast(data: bytes) -> None:
    """Broken or hostile PDFs raise PdfError quickly."""
    started = time.perf_counter()
    with pytest.raises(errors.PdfError):
        read_pdf(data)
    assert time.perf_counter() - started < 10


def test_page_count_limit() -> None:
    """More pages than the limit raise PdfError before they are read."""
    started = time.perf_counter()
    with pytest.raises(errors.PdfError, match="more than 50 pages"):
        read_pdf(pdfs.many_pages_pdf(5_000), max_pages=50)
    assert time.perf_counter() - started < 10


def test_pdf_by_content_whatever_the_name(tmp_path: Path) -> None:
    """A PDF is recognised by its magic bytes even under another suffix."""
    path = tmp_path / "statement.txt"
    path.write_bytes(pdfs.statement_pdf([OPENING]))
    assert communique.parse_file(path).source.format == "pdf"  # type: ignore[union-attr]


def test_decompression_bomb_is_refused_before_unpacking() -> None:
    """A stream unpacking past the limit raises PdfError without being unpacked whole."""
    started = time.perf_counter()
    with pytest.raises(errors.PdfError, match="bomb"):
        read_pdf(pdfs.stream_bomb_pdf(20_000_000), max_unpacked=1_000_000)
    assert time.perf_counter() - started < 10
