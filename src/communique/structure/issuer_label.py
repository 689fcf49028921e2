"""The issuing office a page names after a label ("From: Foreign Office", "De : Direction …").

Government portals print the issuing office twice: once above the headline, as a masthead,
and once below it after a label ("From: Foreign, Trade & Development Office"). The line the
label names again is that masthead, never the title, even when nothing else tells it from a
headline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from communique.lexicon.structure import line_key
from communique.structure.lines import line_text

if TYPE_CHECKING:
    from collections.abc import Sequence

    from communique.document import Document, Line
    from communique.lexicon.structure import StructureVocabulary

__all__ = ["named_issuers"]

_LABEL_END = regex.compile(r"\s*:\s*")


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
        label, colon, value = text.partition(":")
        if not colon or line_key(label) not in vocab.issuer_labels:
            continue
        if value.strip():
            found.add(line_key(value))
        elif position + 1 < len(head) and lines[head[position + 1]].kind != "blank":
            found.add(line_key(line_text(doc, lines[head[position + 1]])))
    return frozenset(found)
