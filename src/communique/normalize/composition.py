"""Compose decomposed accents (``e`` + U+0301 → ``é``), as PDF text extraction leaves them."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, Final

from communique.normalize.edits import rewrite
from communique.patterncache import compile_regex

if TYPE_CHECKING:
    from communique.document import Document

__all__ = ["compose_characters"]

_DECOMPOSED: Final = compile_regex(r"\P{M}\p{M}+")


def compose_characters(doc: Document) -> Document:
    """Apply Unicode NFC to each base character followed by combining marks."""
    if unicodedata.is_normalized("NFC", doc.text):
        return doc
    return rewrite(doc, _DECOMPOSED, lambda m: unicodedata.normalize("NFC", m.group()))
