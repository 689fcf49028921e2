"""Readings of a reading unit that several stages share, computed once per document.

Sentences, date expressions, party names, the word-start scan and the person and instrument
cues are read by more than one stage; each accessor keeps its result in the document's
``memo`` so that the second reader reuses the first one's work. They live here, not on
``Document``, so that the working state stays plain data and imports no analyser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from communique.cues import find_cues
from communique.gazetteer import gazetteer
from communique.language import passage_language
from communique.sentences import sentence_spans
from communique.temporal.finder import find_dates
from communique.wordstarts import word_starts as _word_starts
from communique.wordtrie import phrase_key

if TYPE_CHECKING:
    import re

    from communique.cues import CueKind
    from communique.document import Document
    from communique.gazetteer import Gazetteer
    from communique.hits import Found, PartyHit
    from communique.model import Language

__all__ = ["cues", "found_dates", "language", "only_date", "party_hits", "sentences", "word_starts"]


def language(doc: Document, text: str) -> Language:
    """The language ``text`` (a reading unit of ``doc``) is read in, computed once.

    A passage of a bilingual release in the other shipped language is read in that one
    (:func:`~communique.language.passage_language`).
    """
    return doc.memo.get("language", text, lambda: passage_language(text, doc.lang))


def sentences(doc: Document, text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans of ``text`` (a reading unit of ``doc``), computed once per document."""
    return doc.memo.get("sentences", text, lambda: sentence_spans(text, language(doc, text)))


def found_dates(doc: Document, text: str) -> tuple[Found, ...]:
    """Temporal expressions of ``text`` (a reading unit of ``doc``), found once per document."""
    return doc.memo.get(
        "dates", text, lambda: tuple(find_dates(text, language(doc, text), word_starts(doc, text)))
    )


def only_date(doc: Document, text: str, kind: str) -> bool:
    """Whether ``text`` is one temporal expression of ``kind`` and nothing else.

    "31 JULY 2026" is one day, "8:45 p.m." one time of day: a line that is a date alone.
    """
    found = found_dates(doc, text)
    return (
        len(found) == 1
        and found[0].start == 0
        and found[0].end == len(text)
        and found[0].meaning.kind == kind
    )


def party_hits(doc: Document, text: str) -> tuple[PartyHit, ...]:
    """Parties named in ``text`` (a reading unit of ``doc``), found once per document."""
    return doc.memo.get("parties", text, lambda: _party_hits(doc, text))


def _party_hits(doc: Document, text: str) -> tuple[PartyHit, ...]:
    """Parties named in ``text``; a shared adjective read as the state the document names.

    « le ministre congolais » in a text naming the Republic of the Congo and never the
    Democratic Republic is the Republic's minister (``shared_adjectives``).
    """
    lang = language(doc, text)
    places = gazetteer(lang)
    hits = tuple(places.find(text, word_starts(doc, text)))
    if not places.shared or not any(_shared_form(text, hit, places) for hit in hits):
        return hits
    named = doc.memo.get(f"named parties {lang}", doc.text, lambda: _named_keys(doc.text, places))
    return tuple(
        attrs.evolve(hit, keys=(other,))
        if (other := _shared_form(text, hit, places)) in named and hit.keys[0] not in named
        else hit
        for hit in hits
    )


def _shared_form(text: str, hit: PartyHit, places: Gazetteer) -> str | None:
    """The other state a shared adjective may name ("congolais"), or None."""
    if hit.form != "adjective" or len(hit.keys) != 1:
        return None
    return places.shared.get(phrase_key(text[hit.start : hit.end]))


def _named_keys(text: str, places: Gazetteer) -> frozenset[str]:
    """The parties ``text`` names by a name (not an adjective)."""
    return frozenset(key for hit in places.find(text) if hit.form == "name" for key in hit.keys)


def word_starts(doc: Document, text: str) -> tuple[int, ...]:
    """Where listed words and numbers start in ``text``, found once per document."""
    return doc.memo.get("word starts", text, lambda: _word_starts(text, language(doc, text)))


def cues(doc: Document, text: str, kind: CueKind) -> list[re.Match[str]]:
    """The matches of ``kind`` in ``text`` (a reading unit of ``doc``), from one shared scan."""
    found = doc.memo.get(
        "cues", text, lambda: find_cues(text, language(doc, text), word_starts(doc, text))
    )
    return found[kind]
