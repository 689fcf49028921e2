"""Extract every place a state or organisation is named (names, demonyms, compounds)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

import communique.readings as readings
from communique.document import PartyMention
from communique.extract.person_context import lead_end
from communique.lexicon.parties import party_lexicon

if TYPE_CHECKING:
    from communique.document import Document, Unit
    from communique.model import Language

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
        lead = (
            lead_end(unit.text, readings.sentences(doc, unit.text), doc.lang) if index == 0 else -1
        )
        for hit in readings.party_hits(doc, unit.text):
            start, end = unit.span(hit.start, hit.end)
            opening = hit.start < lead and not _placed(unit.text, hit.start, doc.lang)
            found.append(PartyMention(start, end, hit.keys, index, opening))
    return tuple(found)


@functools.cache
def _locative(language: Language) -> re.Pattern[str]:
    """Matches a locative preposition (and article) ending the text: "au ", "in the "."""
    words = party_lexicon(language).locative_words
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’])(?:{alternation})[ \t]*$", re.I)


def _placed(text: str, position: int, language: Language) -> bool:
    """Whether a party in the opening sentence is where things happen, not who acts.

    "La Belgique condamne la prise de pouvoir au Niger": Niger is the place and topic.
    """
    return _locative(language).search(text, max(0, position - 20), position) is not None
