"""Find every temporal expression of a text in one pass, with the context it needs."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.temporal.context import next_token, previous_token, sentence_around
from communique.temporal.grammar import date_pattern, phrase_pattern
from communique.temporal.scanner import scan
from communique.temporal.values import Interpretation, interpret
from communique.temporal.vocabulary import DateVocabulary, date_vocabulary
from communique.wordtrie import casings, trie_pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from communique.model import Language

__all__ = ["Found", "date_at", "find_dates"]

_ABSOLUTE_KINDS: Final = frozenset({"date", "month"})


@attrs.frozen
class Found:
    """A temporal expression at ``text[start:end]`` with what resolving it needs."""

    start: int
    end: int
    meaning: Interpretation
    previous: str | None = None
    """Value of the last absolute date or month before it in the same text."""
    previous_text: str | None = None
    event: str | None = None
    """For "la veille du sommet": the event phrase ("du sommet"); the value stays unresolved."""
    future: bool = False
    """Its sentence speaks of the future ("se tiendra", "prochain")."""


def find_dates(text: str, language: Language, starts: Sequence[int] | None = None) -> list[Found]:
    """Find the temporal expressions of ``text`` in order, none overlapping.

    ``starts``: where digits and date words start, when already known (see ``scan``).

    >>> [(f.meaning.kind, f.meaning.value) for f in find_dates("réunis le 6 janvier 2017", "fr")]
    [('date', '2017-01-06')]
    """
    vocab = date_vocabulary(language)
    found: list[Found] = []
    year_ends: set[int] = set()
    for match in scan(text, language, starts):
        meaning = interpret(match, vocab)
        if meaning is None:
            continue
        start, end = match.span()
        if meaning.year_needs_context:
            if not _is_year(text, start, end, vocab, year_ends):
                continue
            year_ends.add(end)
        found.append(Found(start, end, meaning))
    if not any(item.meaning.relative for item in found):
        return found
    return _add_context(text, found, vocab)


def date_at(text: str, position: int, language: Language) -> Found | None:
    """The absolute date or month that starts exactly at ``position``, if one does.

    >>> date_at("Paris, le 6 janvier 2017", 10, "fr").meaning.value
    '2017-01-06'
    """
    match = date_pattern(language).match(text, position)
    if match is None:
        return None
    meaning = interpret(match, date_vocabulary(language))
    if meaning is None or meaning.kind not in _ABSOLUTE_KINDS:
        return None
    return Found(match.start(), match.end(), meaning)


def _add_context(text: str, found: list[Found], vocab: DateVocabulary) -> list[Found]:
    """Give each relative expression the date before it, its event and its tense."""
    # Cues are read with the date expressions blanked out: "l'an prochain" is no cue
    # that "en décembre" in the same sentence lies ahead.
    pieces, position = [], 0
    for item in found:
        pieces += [text[position : item.start], " " * (item.end - item.start)]
        position = item.end
    masked = "".join([*pieces, text[position:]])
    previous: Found | None = None
    result = []
    for item in found:
        if item.meaning.relative is not None:
            item = _with_context(item, text, masked, vocab, previous)
        elif item.meaning.kind in _ABSOLUTE_KINDS:
            previous = item
        result.append(item)
    return result


def _with_context(
    item: Found, text: str, masked: str, vocab: DateVocabulary, previous: Found | None
) -> Found:
    spec = item.meaning.relative
    event = None
    if spec is not None and spec.event_link:
        link = _event_link(vocab.language).match(text, item.end)
        event = link.group("event") if link else None
    return attrs.evolve(
        item,
        previous=previous.meaning.value if previous else None,
        previous_text=text[previous.start : previous.end] if previous else None,
        event=event,
        future=bool(
            _future_cue(vocab.language).search(sentence_around(masked, item.start, item.end))
        ),
    )


@functools.cache
def _event_link(language: Language) -> re.Pattern[str]:
    links = phrase_pattern(date_vocabulary(language).word_list("event_links"))
    # The event: up to six words after the link, stopping at punctuation.
    return re.compile(rf"\s+(?P<event>{links}\s*\w[\w'’-]*(?:\s+[\w'’-]+){{0,5}})")


@functools.cache
def _future_cue(language: Language) -> re.Pattern[str]:
    # A case-sensitive trie of the usual casings: searched once per relative date.
    cues = trie_pattern(casings(date_vocabulary(language).word_list("future_cues")))
    return re.compile(rf"(?<!\w)(?:{cues})(?!\w)")


def _is_year(text: str, start: int, end: int, vocab: DateVocabulary, year_ends: set[int]) -> bool:
    """Decide from its neighbours whether a bare four-digit number is a year.

    "en 2019", "(2015)", "Readiness 2030": yes; "résolution 2231", "plateforme 2050",
    "2000 soldats": no; "2016 et 2017": as the number before the coordinator.
    """
    before, before_at = previous_token(text, start)
    after = next_token(text, end)
    if before == "(" and after == ")":
        return True
    folded = before.casefold()
    if folded in vocab.year_blockers or after.casefold() in vocab.count_nouns or after == "%":
        return False
    if folded in vocab.coordinators:
        _, number_at = previous_token(text, before_at)
        return any(number_at < e <= before_at for e in year_ends)
    if folded in vocab.year_cues:
        return True
    # A capitalised word before a year names a dated programme: "Readiness 2030".
    return before[:1].isupper() and before.isalpha()
