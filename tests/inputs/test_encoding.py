"""Text in any encoding: byte-order marks, UTF-8, detection; the caller's encoding wins."""

from __future__ import annotations

import codecs
import os
from typing import TYPE_CHECKING

import pytest

import communique
from communique import errors
from communique.inputs.encoding import decode_text

if TYPE_CHECKING:
    from pathlib import Path

STATEMENT = "Les ministres se sont réunis à Genève le 3 mai 2023 ; ils ont salué l'accord."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + STATEMENT.encode("utf-8"), "utf-8-sig"),
        (STATEMENT.encode("utf-16"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + STATEMENT.encode("utf-16-be"), "utf-16-be"),
        (STATEMENT.encode("utf-32"), "utf-32-le"),
        (STATEMENT.encode("utf-16-le"), "utf-16-le"),
        (STATEMENT.encode("utf-16-be"), "utf-16-be"),
        (STATEMENT.encode("cp1252"), "cp1252"),
        (STATEMENT.encode("utf-8"), "utf-8"),
    ],
    ids=[
        "utf8-bom",
        "utf16-bom",
        "utf16be-bom",
        "utf32-bom",
        "utf16le",
        "utf16be",
        "cp1252",
        "utf8",
    ],
)
def test_text_is_decoded_whatever_its_encoding(data: bytes, encoding: str) -> None:
    """BOMs first, then UTF-8, then UTF-16 by its NUL pattern, then detection."""
    decoded = decode_text(data)
    assert decoded.text == STATEMENT
    assert decoded.encoding == encoding


def test_the_encoding_is_recorded_and_the_callers_wins(tmp_path: Path) -> None:
    """parse_file records a guessed encoding in source; encoding= overrides the guess."""
    path = tmp_path / "statement.txt"
    path.write_bytes(STATEMENT.encode("cp1252"))
    doc = communique.parse_file(path)
    assert doc.source is not None
    assert doc.source.encoding == "cp1252"
    assert doc.date == "2023-05-03"
    forced = communique.parse_file(path, encoding="latin-1")
    assert forced.source is not None
    assert forced.source.encoding == "iso8859-1"
    with pytest.raises(errors.InputError, match="unknown encoding"):
        communique.parse_file(path, encoding="no-such-codec")


def test_plain_utf8_text_has_no_source(tmp_path: Path) -> None:
    """UTF-8 text keeps offsets into the file's own text: no source block to add."""
    path = tmp_path / "statement.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    assert communique.parse_file(path).source is None


def test_random_bytes_are_a_typed_error_or_a_document(tmp_path: Path) -> None:
    """Random bytes never raise anything but a CommuniqueError."""
    for index in range(20):
        path = tmp_path / f"random{index}.txt"
        path.write_bytes(os.urandom(3000))
        try:
            communique.parse_file(path)
        except errors.CommuniqueError:
            continue
