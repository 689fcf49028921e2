"""Signatories listed with the instruments they sign.

After a state visit, "Les accords suivants ont été signés :" or "The following agreements
were signed:" opens a list; the persons named in its items ("– accord de coopération
culturelle : M. A, ministre …, et Mme B, ministre …") sign them and take part. The items may
be paragraphs of their own below the announcement, or follow its colon in the same sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from communique.document import Document
    from communique.lexicon.persons import PersonVocabulary

__all__ = ["signing_ends", "signing_items"]

_ITEM: Final = re.compile(r"\s*(?:[-–—•·▪*]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s")
"""A bullet, a dash or a number opening a list item."""
_COLON_END: Final = re.compile(r":\s*$")


def signing_items(doc: Document, vocab: PersonVocabulary) -> frozenset[int]:
    """Indices of the paragraphs that are items of a list a signing announces.

    One pass: each run of items belongs to the paragraph before it, which must end with a
    signing announcement and its colon ("The following agreements were signed:").
    """
    found: set[int] = set()
    announced = False
    for index, paragraph in enumerate(doc.paragraphs):
        text = paragraph.unit.text
        if _ITEM.match(text):
            if announced:
                found.add(index)
            continue
        announced = _COLON_END.search(text) is not None and any(
            _COLON_END.match(text, m.end() - 1) for m in vocab.signing_list.finditer(text)
        )
    return frozenset(found)


def signing_ends(text: str, vocab: PersonVocabulary, item: bool) -> tuple[int, ...]:
    """Where a signing announcement's colon ends in ``text``: the signatories follow.

    A list item of such an announcement is signed from its start.
    """
    ends = tuple(m.end() for m in vocab.signing_list.finditer(text))
    return (0, *ends) if item else ends
