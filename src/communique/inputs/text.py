"""Read plain text: a YAML front matter is metadata; a Markdown body is read as Markdown.

A ``.txt`` file (or a ``str``) with a front matter is usually an archive's plain text with
the archive's metadata on top: its body stays plain text (reading it as Markdown would
take a line of dashes under a line for a heading underline, or an indented line for
code). Only a body that shows Markdown's own signs (ATX headings, links, bold, images) at
least twice is read as Markdown.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from communique.inputs.encoding import decode_text
from communique.inputs.front_matter import read_front_matter, split_front_matter
from communique.inputs.reading import Reading
from communique.offsets import Edit, OffsetMap, apply_edits
from communique.patterncache import compile_pattern

__all__ = ["read_text", "read_text_bytes"]

_NON_SPACE: Final = compile_pattern(r"\S+")
_MARKDOWN_SIGNS: Final = compile_pattern(r"^#{1,6}[ \t]\S|\]\([^)\s]*\)|\*\*\S|^!\[|^<img\b", re.M)
_MIN_SIGNS: Final = 2


def read_text_bytes(data: bytes, encoding: str | None = None, *, markdown: bool = False) -> Reading:
    """Decode a text file and read it (as Markdown when ``markdown``, else by its content).

    Raises:
        InputError: the bytes cannot be decoded (see :func:`decode_text`).
    """
    decoded = decode_text(data, encoding)
    reading = _read_markdown(decoded.text) if markdown else read_text(decoded.text)
    return attrs.evolve(reading, encoding=decoded.encoding)


def read_text(text: str) -> Reading:
    r"""Read text: a front matter is metadata; a Markdown body is read as Markdown.

    >>> reading = read_text("---\ntitle: Visite\n---\nLe ministre est venu.")
    >>> reading.facts.title, reading.working.strip()
    ('Visite', 'Le ministre est venu.')
    """
    split = split_front_matter(text)
    if split is None:
        return Reading(text, "text")
    end, block = split
    if len(_MARKDOWN_SIGNS.findall(text, end)) >= _MIN_SIGNS:
        return _read_markdown(text)
    # The metadata's characters leave the working text; its line breaks stay.
    edits = [Edit(*match.span()) for match in _NON_SPACE.finditer(text, 0, end)]
    working, offsets = apply_edits(text, OffsetMap.identity(len(text)), edits)
    return Reading(text, "text", working, offsets, facts=read_front_matter(block))


def _read_markdown(text: str) -> Reading:
    """The Markdown reader, loaded at first use: most inputs are plain text."""
    from communique.inputs.markdown import read_markdown

    return read_markdown(text)
