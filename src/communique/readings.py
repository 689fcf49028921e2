"""Readings of a reading unit that several stages share, computed once per document.

Sentences, date expressions, party names, the word-start scan and the person and instrument
cues are read by more than one stage; each accessor keeps its result in the document's
``memo`` so that the second reader reuses the first one's work. They live here, not on
``Document``, so that the working state stays plain data and imports no analyser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.cues import find_cues
from communique.gazetteer import gazetteer
from communique.language import passage_language
from communique.sentences import sentence_spans
from communique.temporal.finder import find_dates
from communique.wordstarts import word_starts as _word_starts

if TYPE_CHECKING:
    import re

    from communique.cues import CueKind
    from communique.document import Document
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
    return doc.memo.get(
        "parties",
        text,
        lambda: tuple(gazetteer(language(doc, text)).find(text, word_starts(doc, text))),
    )


def word_starts(doc: Document, text: str) -> tuple[int, ...]:
    """Where listed words and numbers start in ``text``, found once per document."""
    return doc.memo.get("word starts", text, lambda: _word_starts(text, language(doc, text)))


def cues(doc: Document, text: str, kind: CueKind) -> list[re.Match[str]]:
    """The matches of ``kind`` in ``text`` (a reading unit of ``doc``), from one shared scan."""
    found = doc.memo.get(
        "cues", text, lambda: find_cues(text, language(doc, text), word_starts(doc, text))
    )
    return found[kind]
