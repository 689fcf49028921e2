"""Give the persons who lead delegations "respectively" the parties of those delegations.

"Le Vice-Premier ministre A et l'Attorney-General B ont respectivement conduit les
délégations du Cameroun et du Nigeria", "The delegations of X and Y were led by A and B
respectively": with a respective marker and a delegation noun in the clause (a sentence's
part between semicolons), the i-th person named is the i-th party's. Only when the persons
and the single-state parties are as many, each list on one side of the other, and only for
a person the text gave no party.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.extract.respective_roles import respective_marker
from communique.foldedtrie import folded_alternation
from communique.lexicon.persons import person_words
from communique.patterncache import compile_pattern

if TYPE_CHECKING:
    from communique.document import Document
    from communique.hits import PartyMention, PersonHit

__all__ = ["respective_delegations"]

_EDGE: Final = r"(?![\w'’-])"
_MIN_PAIRS: Final = 2
_SEMICOLON: Final = compile_pattern(";")


@functools.cache
def _delegation_noun() -> re.Pattern[str]:
    """A delegation noun (``delegation_nouns``, both languages), a whole word in any case."""
    words = folded_alternation([(word, "") for word in person_words("delegation_nouns")], _EDGE)
    return compile_pattern(rf"(?<![\w'’-])(?:{words})", re.IGNORECASE)


def respective_delegations(doc: Document, hits: list[PersonHit]) -> list[PersonHit]:
    """The hits, each delegation head listed "respectively" with their party."""
    out = list(hits)
    text = doc.original
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for index, hit in enumerate(out):
        if hit.name is not None:
            by_sentence.setdefault(hit.sentence, []).append(index)
    by_clause: dict[tuple[int, int], list[int]] = {}
    for sentence, indexes in by_sentence.items():
        # Each sentence is searched once: a sentence with no cue costs one pass, whatever
        # the number of names in it.
        if len(indexes) < _MIN_PAIRS or not _announces(text, sentence):
            continue
        semicolons = [sentence[0] + m.start() for m in _SEMICOLON.finditer(text[slice(*sentence)])]
        for index in indexes:
            by_clause.setdefault(_clause(semicolons, sentence, out[index].start), []).append(index)
    starts = [mention.start for mention in doc.party_mentions]
    for clause, indexes in by_clause.items():
        if len(indexes) < _MIN_PAIRS or not _announces(text, clause):
            continue
        low = bisect.bisect_left(starts, clause[0])
        high = bisect.bisect_left(starts, clause[1])
        keys = _states(doc.party_mentions[low:high])
        persons = _distinct(out, indexes)
        if len(keys) != len(persons):
            continue
        first_party, last_party = doc.party_mentions[low].start, doc.party_mentions[high - 1].end
        if not (out[persons[-1]].end <= first_party or last_party <= out[persons[0]].start):
            continue  # the lists interleave: each party may be its neighbour's
        for index, key in zip(persons, keys, strict=True):
            if out[index].affiliation is None:
                out[index] = attrs.evolve(out[index], affiliation=key)
    return out


def _clause(semicolons: list[int], sentence: tuple[int, int], position: int) -> tuple[int, int]:
    """The clause of the sentence holding ``position``, between its ``semicolons``."""
    index = bisect.bisect_left(semicolons, position)
    start = semicolons[index - 1] + 1 if index > 0 else sentence[0]
    end = semicolons[index] if index < len(semicolons) else sentence[1]
    return start, end


def _announces(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause holds a respective marker and a delegation noun."""
    return (
        respective_marker().search(text, *clause) is not None
        and _delegation_noun().search(text, *clause) is not None
    )


def _states(mentions: tuple[PartyMention, ...]) -> list[str]:
    """The single parties named, in order, a party named twice in a row once."""
    keys: list[str] = []
    for mention in mentions:
        if len(mention.keys) != 1:
            return []  # "the two countries", a pair: no one party per person
        if not keys or keys[-1] != mention.keys[0]:
            keys.append(mention.keys[0])
    return keys


def _distinct(hits: list[PersonHit], indexes: list[int]) -> list[int]:
    """The first hit of each person named, in order."""
    seen: set[str | None] = set()
    first: list[int] = []
    for index in indexes:
        if hits[index].name not in seen:
            seen.add(hits[index].name)
            first.append(index)
    return first
