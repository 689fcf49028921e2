"""Apply a regex-driven rewrite to a document's working text, keeping its offsets."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from communique.offsets import Edit, apply_edits

if TYPE_CHECKING:
    import re
    from collections.abc import Callable

    import regex

    from communique.document import Document

__all__ = ["rewrite"]


def rewrite(
    doc: Document,
    pattern: regex.Pattern[str] | re.Pattern[str],
    replace: Callable[[regex.Match[str] | re.Match[str]], str],
) -> Document:
    """Replace each match of ``pattern`` in ``doc.text`` by ``replace(match)``.

    Replacements must not be longer than their match, except for whole-match expansions
    whose extra characters map onto the match's last character.
    """
    edits = [Edit(m.start(), m.end(), replace(m)) for m in pattern.finditer(doc.text)]
    if not edits:
        return doc
    text, offsets = apply_edits(doc.text, doc.offsets, edits)
    # apply_edits reads positions through doc.offsets, so the new map points at the original.
    return attrs.evolve(doc, text=text, offsets=offsets)
