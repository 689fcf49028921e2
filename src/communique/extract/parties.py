"""Extract every place a state or organisation is named (names, demonyms, compounds)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

import communique.readings as readings
from communique.document import PartyMention
from communique.lexicon.parties import party_lexicon
from communique.lexicon.party_cues import party_cues
from communique.structure.header import opening_end

if TYPE_CHECKING:
    from communique.document import Document, Unit
    from communique.hits import PartyHit
    from communique.model import Language

__all__ = ["extract_party_mentions"]

_PLACE_REACH: Final = 50
"""Characters before a party searched for the preposition (and place) that locates it."""
_JOINED_HEAD: Final = 2
"""Words of a head joined by a coordinator: "Mediation and"."""
_HEAD_REACH: Final = 40
"""Characters before an organisation's name searched for the head of a longer name."""


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
        lead = opening_end(doc, unit.text) if index == 0 else -1
        hits = readings.party_hits(doc, unit.text)
        for previous, hit in zip((None, *hits), hits, strict=False):
            if _tail_of_other_name(unit.text, hit, previous, doc.lang, title=index is None):
                continue
            start, end = unit.span(hit.start, hit.end)
            opening = hit.start < lead and not _placed(unit.text, hit.start, doc.lang)
            found.append(PartyMention(start, end, hit.keys, index, opening))
    return tuple(found)


def _tail_of_other_name(
    text: str, hit: PartyHit, previous: PartyHit | None, language: Language, *, title: bool
) -> bool:
    """Whether an organ's name of several words ends another body's name.

    "the National Security Council", "the Mediation and Security Council of ECOWAS": not
    the UN's Council. Only the organs named by common nouns (``issuing_bodies``) are read
    so ("Lammy and United Nations" is no name); a party word before one is no head; in a
    title, whose words may all be capitalised ("Press Statement By Security Council"), only
    a head joined by a coordinator is.
    """
    if hit.keys[0] not in _organs(language) or " " not in text[hit.start : hit.end]:
        return False
    head = party_cues(language).name_head.search(text, max(0, hit.start - _HEAD_REACH), hit.start)
    if head is None or (title and len(head.group().split()) < _JOINED_HEAD):
        return False
    return previous is None or previous.end <= head.start()


@functools.cache
def _organs(language: Language) -> frozenset[str]:
    """Keys of the organs whose names are common nouns ("Security Council")."""
    return frozenset(f"org:{code}" for code in party_lexicon(language).issuing_bodies)


def _placed(text: str, position: int, language: Language) -> bool:
    """Whether a party in the opening sentence is where things happen, not who acts.

    "La Belgique condamne la prise de pouvoir au Niger": Niger is the place and topic.
    """
    place = party_cues(language).place
    return place.search(text, max(0, position - _PLACE_REACH), position) is not None
