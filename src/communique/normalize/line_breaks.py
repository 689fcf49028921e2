"""Normalise line breaks: CRLF, CR, Unicode separators; a form feed becomes a page break."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from communique.normalize.edits import rewrite
from communique.patterncache import compile_regex

if TYPE_CHECKING:
    from communique.document import Document

__all__ = ["PAGE_BREAK", "normalize_line_breaks"]

PAGE_BREAK: Final = "\n\n\n"
"""How a page break reads in the working text: two or more blank lines."""

_BREAKS: Final = compile_regex(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_BREAK_CHARS: Final = "\r\x0b\x0c\x85\u2028\u2029"
_REPLACEMENTS: Final = {"\x0c": PAGE_BREAK, "\u2029": "\n\n"}


def normalize_line_breaks(doc: Document) -> Document:
    r"""Turn every line-break convention into ``\n`` so lines split one way.

    A form feed (PDF page break) becomes two blank lines, which the structure pass reads
    as a page break.
    """
    if not any(char in doc.text for char in _BREAK_CHARS):
        return doc
    return rewrite(doc, _BREAKS, lambda m: _REPLACEMENTS.get(m.group(), "\n"))
