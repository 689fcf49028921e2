"""One door: the format by content, then by name; other binary formats refused by name."""

from __future__ import annotations

import zipfile
from io import BytesIO

import pytest

from communique import errors
from communique.inputs import read_input
from communique.inputs.sniff import sniff_format


def _zip(name: str) -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, "<x/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (b"%PDF-1.7\n", "a.txt", "pdf"),
        (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "a", "html"),
        (b"Les ministres", "a.md", "markdown"),
        (b"Les ministres", "a.htm", "html"),
        (b"Les ministres", "a", "text"),
        (_zip("word/document.xml"), "a.zip", "docx"),
    ],
)
def test_format_by_content_then_name(data: bytes, name: str, expected: str) -> None:
    """Magic bytes decide first, then the suffix; anything else is text."""
    assert sniff_format(data, name) == expected


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG image"),
        (b"\xff\xd8\xff\xe0" + bytes(100), "JPEG image"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "legacy Office"),
        (_zip("xl/workbook.xml"), "Excel"),
        (_zip("notes.txt"), "zip archive"),
        (b"\x1f\x8b\x08" + bytes(100), "gzip"),
    ],
)
def test_other_binary_formats_are_refused_by_name(data: bytes, what: str) -> None:
    """An image, an archive or an unsupported office file raises BinaryInputError naming it."""
    with pytest.raises(errors.BinaryInputError, match=what):
        read_input(data, "document")


def test_a_pdf_name_on_other_content_is_refused() -> None:
    """A .pdf whose bytes are not a PDF says so instead of parsing garbage."""
    with pytest.raises(errors.BinaryInputError, match="not pdf"):
        read_input(b"just text", "statement.pdf")


@pytest.mark.parametrize("name", ["x.txt", "x.md", "x.html", "x.pdf", "x.docx", "x"])
def test_random_bytes_under_any_name_are_a_typed_error_or_a_document(name: str) -> None:
    """Whatever the suffix, random bytes raise a CommuniqueError or parse, nothing else."""
    import random

    from communique.api import parse_reading

    generator = random.Random(name)
    for _ in range(5):
        data = bytes(generator.getrandbits(8) for _ in range(2000))
        try:
            parse_reading(read_input(data, name))
        except errors.CommuniqueError:
            continue
