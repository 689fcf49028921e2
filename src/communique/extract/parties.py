"""Extract every place a state or organisation is named (names, demonyms, compounds)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.document import PartyMention

if TYPE_CHECKING:
    from communique.document import Document, Unit

__all__ = ["extract_party_mentions"]


def extract_party_mentions(doc: Document) -> tuple[PartyMention, ...]:
    """Find party names in the title and paragraphs, with their paragraph and lead flag.

    Choosing which parties the communiqué is between is a later, resolving step.
    """
    found: list[PartyMention] = []
    units: list[tuple[int | None, Unit]] = [(None, doc.title)] if doc.title is not None else []
    units += [(index, paragraph.unit) for index, paragraph in enumerate(doc.paragraphs)]
    # Closing lines (a signature, a list of signatories) come after the last paragraph.
    units += [(len(doc.paragraphs) + k, unit) for k, unit in enumerate(doc.closing)]
    for index, unit in units:
        if not unit.text:
            continue
        lead_end = doc.sentences(unit.text)[0][1] if index == 0 else -1
        for hit in doc.party_hits(unit.text):
            start, end = unit.span(hit.start, hit.end)
            found.append(PartyMention(start, end, hit.keys, index, hit.start < lead_end))
    return tuple(found)
