"""List items under a sentence in the past that ends on a colon: they tell its past.

"Le premier ministre s'est entretenu avec deux dirigeants, soit :" / "- Entretien vendredi
à Valmont avec …": each item is one of the meetings the sentence reports, on a day of the
past; a weekday in an item that tells no tense of its own is the last one, and a day before
the opening sentence's day places no act at another event.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Final

import communique.readings as readings
from communique.structure.shapes import is_bullet
from communique.temporal.tenseless import past_form

if TYPE_CHECKING:
    from communique.document import Document

__all__ = ["in_item_under_past", "items_under_past"]

_ITEM_REACH: Final = 12
"""List items below an introducing sentence that take its past."""


def items_under_past(doc: Document) -> frozenset[int]:
    """Where the list items under a past sentence ending on a colon start (working text).

    Read once a document, paragraph after paragraph.
    """

    def compute() -> frozenset[int]:
        found: set[int] = set()
        introduced, items = False, 0
        for paragraph in doc.paragraphs:
            text = paragraph.unit.text
            if is_bullet(text) and introduced and items < _ITEM_REACH:
                found.add(paragraph.unit.offsets.start(0))
                items += 1
                continue
            sentences = readings.sentences(doc, text)
            last = text[sentences[-1][0] :] if sentences else text
            past = past_form(doc.lang).search(last) is not None
            introduced, items = text.rstrip().endswith(":") and past, 0
        return frozenset(found)

    return doc.memo.get("items under past", "", compute)


def in_item_under_past(doc: Document, position: int) -> bool:
    """Whether the original ``position`` stands in a list item under a past sentence."""

    def compute() -> list[tuple[int, int]]:
        starts = items_under_past(doc)
        spans = [
            paragraph.unit.span(0, len(paragraph.unit.text))
            for paragraph in doc.paragraphs
            if paragraph.unit.offsets.start(0) in starts
        ]
        return sorted(spans)

    spans = doc.memo.get("item spans under past", "", compute)
    index = bisect.bisect_right(spans, (position, len(doc.original) + 1)) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]
