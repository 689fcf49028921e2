"""Word (.docx): paragraphs, heading styles, printed list numbers, tables; zip bombs refused."""

from __future__ import annotations

import time
import zipfile
from io import BytesIO
from typing import TYPE_CHECKING

import docx
import pytest

import communique
from communique import errors
from communique.inputs.docx import read_docx

if TYPE_CHECKING:
    from pathlib import Path


def _statement() -> bytes:
    document = docx.Document()
    document.add_heading("Joint statement of the foreign ministers", 0)
    document.add_paragraph(
        "The foreign ministers of Chile and Norway met in Oslo on 12 March 2024."
    )
    document.add_heading("Shared priorities", 1)
    document.add_paragraph("Both countries will expand their research cooperation.", "List Number")
    document.add_paragraph("A joint commission will meet every year.", "List Number")
    document.add_paragraph("Fisheries and ocean science.", "List Bullet")
    table = document.add_table(rows=2, cols=2)
    for (row, col), text in {
        (0, 0): "Sector",
        (0, 1): "Budget",
        (1, 0): "Research",
        (1, 1): "5",
    }.items():
        table.cell(row, col).text = text
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_word_document_reads_as_a_reader_sees_it(tmp_path: Path) -> None:
    """Title from the Title style, headings, numbers as printed, table rows as text."""
    path = tmp_path / "statement.docx"
    path.write_bytes(_statement())
    doc = communique.parse_file(path)
    assert doc.title == "Joint statement of the foreign ministers"
    assert doc.date == "2024-03-12"
    assert doc.language == "en"
    assert "Shared priorities" in [h.text for h in doc.headings]
    assert [p.number for p in doc.paragraphs if p.number] == ["1", "2"]
    assert doc.source is not None
    assert doc.source.format == "docx"
    assert "Sector\tBudget" in doc.source.text
    assert all(doc.source.text[d.start : d.end] == d.text for d in doc.dates)


def test_word_by_content_whatever_the_name(tmp_path: Path) -> None:
    """A zip holding word/document.xml is a Word file even without the suffix."""
    path = tmp_path / "statement.bin"
    path.write_bytes(_statement())
    assert communique.parse_file(path).source.format == "docx"  # type: ignore[union-attr]


def test_zip_bomb_is_refused_fast() -> None:
    """A part that unpacks far larger than it is packed raises DocxError before unpacking."""
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b" " * 20_000_000)
    started = time.perf_counter()
    with pytest.raises(errors.DocxError, match="zip bomb"):
        read_docx(buffer.getvalue())
    assert time.perf_counter() - started < 5


def test_damaged_word_file_is_a_typed_error() -> None:
    """A zip with word/document.xml that is not a Word package raises DocxError."""
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<not-word/>")
    with pytest.raises(errors.DocxError):
        read_docx(buffer.getvalue())
