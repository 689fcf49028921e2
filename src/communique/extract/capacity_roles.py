"""The office a person acts in, said after the name: "in her capacity as", « en tant que ».

"Anna Serel began her visit to Norland in her capacity as Director-General of the Agency",
« Anna Serel a entamé sa visite en tant que Directrice générale de l'Agence »: the office
after the phrase is the subject's, the last name before it in its sentence, when that name
has no office of its own and no other name stands between.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.extract.person_constructions import Found, Role, Taken
from communique.extract.role_heads import role_at
from communique.extract.roles import read_role
from communique.lexicon.persons import person_words
from communique.patterncache import compile_pattern
from communique.wordtrie import alternation

if TYPE_CHECKING:
    from communique.lexicon.persons import PersonVocabulary

__all__ = ["with_capacity_roles"]

_SENTENCE_END: Final = compile_pattern(r"[.;:!?]\s")
_REACH: Final = 160
"""Characters between a name and the phrase saying the office it acts in."""
_MAX_PHRASES: Final = 32
"""Capacity phrases read in one unit: a bound on a storm of them (a handful in real text)."""


@functools.cache
def _capacity() -> re.Pattern[str]:
    """The phrases before the office a person acts in (`capacity_phrases`), as whole words."""
    phrases = alternation(person_words("capacity_phrases"), r"[ \t]+")
    return compile_pattern(rf"(?i)(?<![\w'’])(?:{phrases})(?:[ \t]+|(?<=['’]))")


def with_capacity_roles(
    text: str, vocab: PersonVocabulary, entities: dict[int, int], taken: Taken
) -> None:
    """Give the office after each capacity phrase to the name it follows in its sentence."""
    if not taken.found:
        return
    for phrase in itertools.islice(_capacity().finditer(text), _MAX_PHRASES):
        holder = _holder(text, taken, phrase.start())
        if holder is None:
            continue
        match = role_at(text, phrase.end(), vocab)
        if match is None:
            continue
        read = read_role(
            text, match.start, match.head_start, match.head_end, vocab, entities, named=False
        )
        role = Role(match.start, match.head_end, read.end, match.head)
        for office in [f for f in taken.found if f.name is None and f.anchor >= phrase.end()]:
            if office.anchor < read.end:
                taken.remove(office)  # the office read alone: it is the holder's
        taken.remove(holder)
        taken.add(attrs.evolve(holder, role=role, stop=max(holder.stop, read.end)))


def _holder(text: str, taken: Taken, position: int) -> Found | None:
    """The last name before ``position`` in its sentence, if it has no office yet."""
    before = [f for f in taken.found if f.end <= position and f.anchor >= position - _REACH]
    if not before:
        return None
    last = max(before, key=lambda f: f.end)
    if last.name is None or last.role is not None or last.signature:
        return None
    if _SENTENCE_END.search(text, last.end, position) is not None:
        return None
    if any(f.anchor >= last.end and f.anchor < position for f in taken.found):
        return None  # another construction between them
    return last
