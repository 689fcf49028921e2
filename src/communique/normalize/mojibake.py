"""Repair UTF-8 text that was read as Windows-1252 ("LirovÃ©" → "Lirové") before parsing.

Scraped pages and exports saved by a tool that misread their encoding print each accented
letter as two or three characters: "Ã©" for "é", "Ã¨" for "è", "â€™" for "’". The file
itself is sound (it decodes), so the encoding sniffer cannot help; the letters are repaired
in the working text only, each repair an edit in the offset map, so a mention still slices
its text out of the original as printed.

A run is repaired only when it re-encodes to Windows-1252 (Latin-1 for its five undefined
bytes) and decodes as UTF-8 to one character: a real "Ã" before a capital ("SÃO PAULO")
or a lone "Â" is never touched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from communique.offsets import Edit, apply_edits
from communique.patterncache import compile_regex

if TYPE_CHECKING:
    from communique.document import Document

__all__ = ["repair_mojibake"]

_CONTINUATION: Final = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
"""Characters a UTF-8 continuation byte (0x80–0xBF) prints as in Windows-1252 or Latin-1."""
_MISREAD: Final = compile_regex(
    rf"[\u00c2-\u00df][{_CONTINUATION}]|[\u00e0-\u00ef][{_CONTINUATION}]{{2}}"
)
"""A UTF-8 lead byte of a two- or three-byte letter, then its continuation bytes, misread."""


def repair_mojibake(doc: Document) -> Document:
    """Give each misread UTF-8 letter of ``doc.text`` back its one character."""
    edits = []
    for match in _MISREAD.finditer(doc.text):
        fixed = _decoded(match.group())
        if fixed is not None:
            # The letter stands where the run ends: a word ending with it ("Lirové") keeps
            # its whole run in its span, as words end on accents more than they start so.
            last = match.end() - 1
            edits += [Edit(match.start(), last, ""), Edit(last, match.end(), fixed)]
    if not edits:
        return doc
    text, offsets = apply_edits(doc.text, doc.offsets, edits)
    return attrs.evolve(doc, text=text, offsets=offsets)


def _decoded(run: str) -> str | None:
    """The one character a misread run stands for, or None when it is no UTF-8 letter."""
    try:
        fixed = b"".join(_byte(char) for char in run).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    return fixed if len(fixed) == 1 else None


def _byte(char: str) -> bytes:
    """The byte Windows-1252 prints as ``char`` (Latin-1 for the bytes it leaves undefined)."""
    try:
        return char.encode("cp1252")
    except UnicodeEncodeError:
        return char.encode("latin-1")
