"""Tell an input's format from its file name and its first bytes."""

from __future__ import annotations

import re
from io import BytesIO
from typing import Final

from communique.errors import BinaryInputError
from communique.inputs.reading import InputFormat

__all__ = ["sniff_format"]

_SUFFIXES: Final[dict[str, InputFormat]] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".pdf": "pdf",
    ".docx": "docx",
    ".txt": "text",
    ".text": "text",
}
_HTML_START: Final = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_MAGIC: Final = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office file (.doc/.xls/.ppt, not supported)"),
    (b"{\\rtf", "an RTF document (not supported: save it as .docx or text)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"MZ\x90\x00", "an executable (Windows)"),
    (b"OggS", "an audio file (Ogg)"),
    (b"ID3\x03", "an audio file (MP3)"),
    (b"%!PS", "a PostScript file"),
)


def looks_like_html(data: bytes) -> bool:
    """Whether bytes open like a web page (a doctype, ``<html>``, ``<head>`` or ``<body>``)."""
    return _HTML_START.match(data[:2048]) is not None


def sniff_format(data: bytes, name: str = "") -> InputFormat:
    """The format of an input, by content first (magic bytes), then by suffix, else text.

    Raises:
        BinaryInputError: the bytes are a format communique does not read (an image, an
            archive, a legacy Office file…), named in the message.

    >>> sniff_format(b"%PDF-1.7 ...")
    'pdf'
    """
    head = data[:1024]
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_format(data)
    if head[4:12] in (b"ftypheic", b"ftypavif", b"ftypmif1") or (
        head.startswith(b"RIFF") and head[8:12] == b"WEBP"
    ):
        raise BinaryInputError("the input is an image, not a document (no OCR is done)")
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise BinaryInputError(f"the input is {what}, not a document communique reads")
    suffix = name[name.rfind(".") :].casefold() if "." in name else ""
    known = _SUFFIXES.get(suffix)
    if known in ("pdf", "docx"):
        raise BinaryInputError(f"{name} is named {suffix} but its content is not {known}")
    if known is not None:
        return known
    return "html" if looks_like_html(data) else "text"


def _zip_format(data: bytes) -> InputFormat:
    import zipfile  # only for zip archives: 5-9 ms (shutil, lzma) off ``import communique``

    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise BinaryInputError(f"the input is a damaged zip archive: {error}") from error
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        raise BinaryInputError("the input is an Excel workbook (.xlsx), not supported")
    if "ppt/presentation.xml" in names:
        raise BinaryInputError("the input is a PowerPoint file (.pptx), not supported")
    if "content.xml" in names:
        raise BinaryInputError("the input is an OpenDocument file, not supported: save as .docx")
    raise BinaryInputError("the input is a zip archive, not a document")
