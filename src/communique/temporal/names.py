"""Years that are part of a name, not dates: "Agenda 2063", "Expo 2025", « Sénégal 2050 »."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from communique.patterncache import compile_pattern
from communique.temporal.context import previous_token

if TYPE_CHECKING:
    from communique.lexicon.dates import DateVocabulary

__all__ = ["names_a_programme", "names_an_event"]

_NAME_RUN: Final = 3
"""Capitalised words looked back over for a head: "Vision Sénégal 2050"."""
_QUOTED_WORDS: Final = 6
_CLOSING_QUOTES: Final = frozenset('»”"')
_OPENING: Final = compile_pattern(r"[«“\"][^\S\n]*(?P<first>\w)")
_NEXT_WORD: Final = compile_pattern(r"[^\S\n]*(\w+)")


def names_a_programme(text: str, start: int, end: int, vocab: DateVocabulary) -> bool:
    """Whether the year at ``text[start:end]`` ends or opens a programme's or an event's name.

    "Horizon 2047", "Stratégie 2050", "the 2050 Strategy" (a head on either side), "Leaders'
    Forum 2026", "COP 2025", "Vision Sénégal 2050" (an event or programme head among the
    capitalised words before it), « Niger 2045 » (a quoted name ending with the year), "the
    2005 Agreement" (an instrument's head right after it: the year is its name). Only
    capitalised heads: "à l'horizon 2030" is a date, "Readiness 2030" too (the annotations
    keep a year that ends a title).

    >>> from communique.lexicon.dates import date_vocabulary
    >>> names_a_programme("the Leaders' Forum 2026 opens", 19, 23, date_vocabulary("en"))
    True
    >>> names_a_programme("à l'horizon 2030", 12, 16, date_vocabulary("fr"))
    False
    """
    before, before_at = previous_token(text, start)
    after = _next_word(text, end)
    heads = _heads(vocab, "name_heads")
    if any(w[:1].isupper() and w.casefold() in heads for w in (before, after)):
        return True
    if after[:1].isupper() and after.casefold() in _heads(vocab, "name_heads_after"):
        return True
    events = _heads(vocab, "name_heads_before") | _heads(vocab, "event_heads_before") | heads
    if _headed_run(text, before, before_at, events):
        return True
    return _ends_a_quoted_name(text, start, end)


def names_an_event(text: str, start: int, end: int, vocab: DateVocabulary) -> bool:
    """Whether the year at ``text[start:end]`` ends an event's name ("Orlan-Norland Summit 2026").

    The year is no mention of its own, but the event takes place in it.

    >>> from communique.lexicon.dates import date_vocabulary
    >>> names_an_event("Orlan-Norland Summit 2026", 21, 25, date_vocabulary("en"))
    True
    >>> names_an_event("Vision 2050", 7, 11, date_vocabulary("en"))
    False
    """
    before, before_at = previous_token(text, start)
    return _headed_run(text, before, before_at, _heads(vocab, "event_heads_before"))


def _headed_run(text: str, before: str, before_at: int, heads: frozenset[str]) -> bool:
    """Whether one of ``heads`` is among the capitalised words ending at ``before``."""
    for _ in range(_NAME_RUN):
        if not before[:1].isupper():
            return False
        if before.casefold() in heads:
            return True
        before, before_at = previous_token(text, before_at)
    return False


def _next_word(text: str, end: int) -> str:
    match = _NEXT_WORD.match(text, end)
    return match.group(1) if match else ""


def _ends_a_quoted_name(text: str, start: int, end: int) -> bool:
    """« Niger Horizon 2045 », "Senegal 2050": a quoted name of a few words ends with the year."""
    if text[end : end + 3].strip()[:1] not in _CLOSING_QUOTES:
        return False
    low = max(0, start - 80)
    opening = max(text.rfind(q, low, start) for q in '«“"')
    if opening == -1:
        return False
    match = _OPENING.match(text, opening)
    inside = text[opening + 1 : start]
    return (
        match is not None
        and match.group("first").isupper()
        and len(inside.split()) <= _QUOTED_WORDS
        and not any(q in inside for q in "»”")
    )


@functools.cache
def _heads(vocab: DateVocabulary, key: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in vocab.word_list(key))
