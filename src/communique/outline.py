"""A readable tree of a parsed communiqué: title, date, sections and numbered paragraphs."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from communique.model import Communique

__all__ = ["render_outline"]

_PREVIEW: Final = 90


def render_outline(doc: Communique, *, preview: int = _PREVIEW) -> str:
    """Render ``doc`` as an indented outline, one line per heading and paragraph.

    >>> from communique.model import Communique, Paragraph
    >>> doc = Communique("fr", title="T", paragraphs=(Paragraph(0, "1", "Texte.", 0, 9),))
    >>> print(render_outline(doc))
    T
    date: -  language: fr
      1. Texte.
    """
    lines = [doc.title or "(untitled)", f"date: {doc.date or '-'}  language: {doc.language}"]
    if doc.parties:
        lines.append("parties: " + ", ".join(party.name for party in doc.parties))
    section: str | None = None
    for paragraph in doc.paragraphs:
        if paragraph.section != section and paragraph.section is not None:
            lines.append(f"§ {paragraph.section}")
        section = paragraph.section
        label = f"{paragraph.number}." if paragraph.number else "-"
        text = textwrap.shorten(
            paragraph.text, width=preview, placeholder=" …", break_on_hyphens=False
        )
        lines.append(f"  {label} {text}")
    return "\n".join(lines)
