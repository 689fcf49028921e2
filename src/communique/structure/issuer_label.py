"""The issuing office a page names after a label ("From: Foreign Office", "De : Direction …").

Government portals print the issuing office twice: once above the headline, as a masthead,
and once below it after a label ("From: Foreign, Trade & Development Office"). The line the
label names again is that masthead, never the title, even when nothing else tells it from a
headline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.lexicon.structure import line_key
from communique.structure.lines import line_text

if TYPE_CHECKING:
    from collections.abc import Sequence

    from communique.document import Document, Line
    from communique.lexicon.structure import StructureVocabulary

__all__ = ["issuer_label_lines", "named_issuers"]


def named_issuers(
    doc: Document, lines: Sequence[Line], head: Sequence[int], vocab: StructureVocabulary
) -> frozenset[str]:
    """Keys (:func:`~communique.lexicon.structure.line_key`) of the offices a head label names.

    The office follows the label on its line ("From: X") or stands on the next line when
    the label is alone ("From:" / "X").
    """
    found: set[str] = set()
    for position, index in enumerate(head):
        text = line_text(doc, lines[index])
        value = _labelled(text, vocab)
        if value is None:
            continue
        if value.strip():
            found.add(line_key(value))
        elif position + 1 < len(head) and lines[head[position + 1]].kind != "blank":
            found.add(line_key(line_text(doc, lines[head[position + 1]])))
    return frozenset(found)


def issuer_label_lines(
    doc: Document, lines: Sequence[Line], head: Sequence[int], vocab: StructureVocabulary
) -> list[int]:
    """Indices of the head lines that open with an issuer label ("From: X", "De :")."""
    return [i for i in head if _labelled(line_text(doc, lines[i]), vocab) is not None]


def _labelled(text: str, vocab: StructureVocabulary) -> str | None:
    """What follows an issuer label and its colon on the line, or None without one."""
    label, colon, value = text.partition(":")
    return value if colon and line_key(label) in vocab.issuer_labels else None
