"""Read plain text, and text that turns out to be Markdown with front matter."""

from __future__ import annotations

import attrs

from communique.inputs.encoding import decode_text
from communique.inputs.markdown import looks_like_markdown, read_markdown
from communique.inputs.reading import Reading

__all__ = ["read_text_bytes"]


def read_text_bytes(data: bytes, encoding: str | None = None, *, markdown: bool = False) -> Reading:
    """Decode a text file; Markdown (by name, or opening with YAML front matter) is read as such.

    Raises:
        InputError: the bytes cannot be decoded (see :func:`decode_text`).
    """
    decoded = decode_text(data, encoding)
    if markdown or looks_like_markdown(decoded.text):
        reading = read_markdown(decoded.text)
    else:
        reading = Reading(decoded.text, "text")
    return _with_encoding(reading, decoded.encoding)


def _with_encoding(reading: Reading, encoding: str) -> Reading:
    return attrs.evolve(reading, encoding=encoding)
