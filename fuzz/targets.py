"""The fuzzed entry points and what must hold for any input.

Each target takes bytes (what atheris gives and what the crash corpus stores) and raises
only if communique misbehaves: an exception that is no ``CommuniqueError``, a mention whose
offsets do not slice its text out of the original, a JSON round trip that loses anything.
Text is the bytes read as UTF-8 with ``surrogateescape``, so undecodable bytes become lone
surrogates and every ``str`` the library may be handed can be reached.

``parse_file`` has one target per format, named for the suffix the file gets
(``parse_file_txt``, ``parse_file_md``, ``parse_file_html``, ``parse_file_pdf``,
``parse_file_docx``); the content still decides the format, so any bytes reach every
reader. PDF and Word targets are structure-aware: bytes that do not open like a PDF (or a
zip) are laid into a valid file, as a page's content stream (or as ``word/document.xml``),
so the fuzzer reaches the layout and body readers instead of stopping at the container.

A new input format gets a target here (a function of bytes, added to ``TARGETS``), a folder
``fuzz/crashes/<name>/`` holding at least one input, and, for atheris, seeds and a
dictionary in ``fuzz/run.py``.
"""

from __future__ import annotations

import atexit
import json
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Final

import communique
from communique.errors import CommuniqueError
from communique.model import Communique

__all__ = ["TARGETS", "check_document", "docx_from", "fuzz_parse", "fuzz_parse_html", "pdf_from"]

_READING_TEXT: Final = frozenset({"paragraphs", "headings"})
"""Objects whose ``text`` is reading text: their offsets cover it, but need not equal it."""


def _spans(value: object, key: str = "") -> list[tuple[str, dict[str, object]]]:
    """Every object with ``start`` and ``end`` in a serialized communiqué, with its key."""
    if isinstance(value, list):
        return [span for item in value for span in _spans(item, key)]
    if not isinstance(value, dict):
        return []
    found = [(key, value)] if isinstance(value.get("start"), int) else []
    for child_key, child in value.items():
        if child_key != "source":  # source blocks point into the page's text, checked apart
            found += _spans(child, child_key)
    return found


def check_document(doc: Communique, original: str) -> None:
    """Offsets slice each mention out of ``original``; the JSON form round-trips.

    Raises:
        AssertionError: an invariant does not hold.
    """
    data = doc.to_dict()
    for key, span in _spans(data):
        start, end = span["start"], span["end"]
        assert isinstance(start, int), span
        assert isinstance(end, int), span
        assert 0 <= start <= end <= len(original), (key, span)
        if key not in _READING_TEXT and "text" in span:
            assert original[start:end] == span["text"], (key, span)
    assert Communique.from_dict(json.loads(doc.to_json())) == doc


def fuzz_parse(data: bytes) -> None:
    """``communique.parse`` on the bytes read as text."""
    text = data.decode("utf-8", "surrogateescape")
    try:
        doc = communique.parse(text)
    except CommuniqueError:
        return
    check_document(doc, text)


def fuzz_parse_html(data: bytes) -> None:
    """``communique.parse_html`` on the bytes, then on the bytes read as text."""
    for markup in (data, data.decode("utf-8", "surrogateescape")):
        try:
            doc = communique.parse_html(markup)
        except CommuniqueError:
            continue
        assert doc.source is not None
        text = doc.source.text
        check_document(doc, text)
        ends = [0] + [block.end + 2 for block in doc.source.blocks]
        for block, previous in zip(doc.source.blocks, ends, strict=False):
            assert previous <= block.start < block.end <= len(text), block
            assert block.xpath is not None, block
            assert block.xpath.startswith("/html"), block


_ROOT: Final = Path(__file__).resolve().parent.parent
_DOCX_TEMPLATE: Final = _ROOT / "fixtures" / "docx" / "en_statement.docx"
_SCRATCH: Final = Path(tempfile.mkdtemp(prefix="communique-fuzz-"))
atexit.register(shutil.rmtree, _SCRATCH, ignore_errors=True)


def pdf_from(data: bytes) -> bytes:
    """``data`` itself when it opens like a PDF, else a one-page PDF drawing it as content.

    The page's content stream is ``data`` (PDF operators: ``BT /F1 12 Tf 72 700 Td (Le
    ministre) Tj ET``), with Helvetica as font ``F1``; offsets in the cross-reference
    table are exact.
    """
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"%PDF-"):
        return data
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(data), data),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out, offsets = BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def docx_from(data: bytes) -> bytes:
    """``data`` itself when it opens like a zip, else a Word file whose body XML it is."""
    if data.startswith(b"PK"):
        return data
    out = BytesIO()
    with (
        zipfile.ZipFile(_DOCX_TEMPLATE) as template,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        for info in template.infolist():
            body = data if info.filename == "word/document.xml" else template.read(info)
            archive.writestr(info.filename, body)
    return out.getvalue()


def _parse_file_as(suffix: str, shape: Callable[[bytes], bytes] = bytes) -> Callable[[bytes], None]:
    """A target: ``communique.parse_file`` on the bytes (shaped) saved as ``input<suffix>``."""

    def target(data: bytes) -> None:
        path = _SCRATCH / f"input{suffix}"
        content = shape(data)
        path.write_bytes(content)
        try:
            doc = communique.parse_file(path)
        except CommuniqueError:
            return
        # Plain UTF-8 text has no source: offsets point into the file's text as decoded.
        original = doc.source.text if doc.source is not None else content.decode("utf-8")
        check_document(doc, original)

    target.__doc__ = f"``communique.parse_file`` on a file named ``*{suffix}``."
    return target


TARGETS: Final[dict[str, Callable[[bytes], None]]] = {
    "parse": fuzz_parse,
    "parse_html": fuzz_parse_html,
    "parse_file_txt": _parse_file_as(".txt"),
    "parse_file_md": _parse_file_as(".md"),
    "parse_file_html": _parse_file_as(".html"),
    "parse_file_pdf": _parse_file_as(".pdf", pdf_from),
    "parse_file_docx": _parse_file_as(".docx", docx_from),
}
"""Each fuzzed entry point by name (the name of its folder under ``fuzz/crashes/``)."""
