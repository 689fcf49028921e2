"""The one door every input comes through: bytes or a file, whatever the format.

:func:`read_input` tells the format (content first, then the file name; see
:func:`~communique.inputs.sniff.sniff_format`) and hands the bytes to that format's reader,
one module per format: :mod:`~communique.inputs.text`, :mod:`~communique.inputs.markdown`,
:mod:`~communique.inputs.html_page`, :mod:`~communique.inputs.pdf`,
:mod:`~communique.inputs.docx`. Each returns a :class:`~communique.inputs.reading.Reading`:
the source text offsets point into, the working text the pipeline reads, the blocks and
what the input states about itself.
"""

from __future__ import annotations

from communique.errors import InputTooLargeError
from communique.inputs.limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGE_BYTES
from communique.inputs.reading import Facts, InputFormat, Reading
from communique.inputs.sniff import looks_like_html, sniff_format

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_PAGE_BYTES",
    "Facts",
    "InputFormat",
    "Reading",
    "looks_like_html",
    "read_input",
]

"""Largest file accepted by default (a long treaty as a PDF is a few megabytes)."""


def read_input(
    data: bytes,
    name: str = "",
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Reading:
    r"""Read the bytes of a document of any supported format.

    Args:
        data: the file's bytes.
        name: the file name, whose suffix tells the format when the content does not.
        encoding: for text and Markdown, the encoding to decode with (else detected).
        max_bytes: largest input accepted.

    Raises:
        InputTooLargeError: ``data`` is larger than ``max_bytes``.
        BinaryInputError: the bytes are in a format communique does not read.
        InputError: the bytes cannot be read in their format (its subclass names the format).

    >>> read_input(b"---\ntitle: Visite\n---\nLe ministre est venu.", "note.md").format
    'markdown'
    """
    if len(data) > max_bytes:
        raise InputTooLargeError(f"input of {len(data):,} bytes exceeds the limit of {max_bytes:,}")
    kind = sniff_format(data, name)
    if kind == "pdf":
        from communique.inputs.pdf import read_pdf

        return read_pdf(data)
    if kind == "docx":
        from communique.inputs.docx import read_docx

        return read_docx(data)
    if kind == "html":
        from communique.inputs.html_page import read_html

        return read_html(data, max_bytes=max_bytes)
    from communique.inputs.text import read_text_bytes

    return read_text_bytes(data, encoding, markdown=kind == "markdown")
