"""The office a person acts in, said after the name: "in her capacity as", « en tant que ».

"Anna Serel began her visit to Norland in her capacity as Director-General of the Agency",
« Anna Serel a entamé sa visite en tant que Directrice générale de l'Agence »: the office
after the phrase is the subject's, the first name of its sentence, when that name has no
office of its own. A phrase without a personal pronoun (« en tant que ») may qualify a state
named in between: it then gives no one the office.
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
"""A sentence's or a clause's end: the subject is looked for after the last one (not an
honorific's period: « M. X a … »)."""
_WORD_BEFORE_MARK: Final = compile_pattern(r"[\w'’]+$")
"""The word a sentence mark closes, read for an honorific's abbreviation."""
_REACH: Final = 160
"""Characters between a name and the phrase saying the office it acts in."""
_YEAR_AFTER: Final = compile_pattern(r"\W{1,3}(?:\w+\W{1,3}){0,2}\d{4}(?!\d)")
"""A year a few words after the office: the office was held then, not now."""
_MAX_PHRASES: Final = 32
"""Capacity phrases read in one unit: a bound on a storm of them (a handful in real text)."""


@functools.cache
def _capacity(key: str) -> re.Pattern[str]:
    """The phrases of ``key`` before the office a person acts in, as whole words."""
    phrases = alternation(person_words(key), r"[ \t]+")
    return compile_pattern(rf"(?i)(?<![\w'’])(?:{phrases})(?:[ \t]+|(?<=['’]))")


def with_capacity_roles(
    text: str, vocab: PersonVocabulary, entities: dict[int, int], taken: Taken
) -> None:
    """Give the office after each capacity phrase to the subject of its sentence."""
    if not taken.found:
        return
    for key, personal in (("capacity_phrases", True), ("bare_capacity_phrases", False)):
        for phrase in itertools.islice(_capacity(key).finditer(text), _MAX_PHRASES):
            holder = _holder(text, taken, phrase.start(), vocab)
            if holder is None:
                continue
            if not personal and any(holder.end <= start < phrase.start() for start in entities):
                continue  # « … l'engagement du Norland en tant que président … »: the state's
            match = role_at(text, phrase.end(), vocab)
            if match is None:
                continue
            read = read_role(
                text, match.start, match.head_start, match.head_end, vocab, entities, named=False
            )
            if _YEAR_AFTER.match(text, read.end) is not None:
                continue  # "… as Minister of Foreign Affairs from 2010 to 2015": held then
            role = Role(match.start, match.head_end, read.end, match.head)
            for office in [f for f in taken.found if f.name is None and f.anchor >= phrase.end()]:
                if office.anchor < read.end:
                    taken.remove(office)  # the office read alone: it is the holder's
            taken.remove(holder)
            taken.add(attrs.evolve(holder, role=role, stop=max(holder.stop, read.end)))


def _honorific_period(text: str, mark: int, vocab: PersonVocabulary) -> bool:
    """Whether the period at ``mark`` ends an honorific's abbreviation (« M. », "Mr.")."""
    if text[mark] != ".":
        return False
    word = _WORD_BEFORE_MARK.search(text, max(0, mark - _HONORIFIC_CHARS), mark)
    return word is not None and vocab.honorific.fullmatch(text, word.start(), mark + 1) is not None


_HONORIFIC_CHARS: Final = 12
"""Characters read back from a period for the honorific it may abbreviate."""


def _holder(text: str, taken: Taken, position: int, vocab: PersonVocabulary) -> Found | None:
    """The first name of the sentence before ``position`` (its subject), if it has no office.

    "Anna Serel received Karl Lirov in her capacity as Chair": Anna acts in that capacity,
    not the object named between.
    """
    ends = [
        end
        for end in _SENTENCE_END.finditer(text, max(0, position - _REACH), position)
        if not _honorific_period(text, end.start(), vocab)
    ]
    start = ends[-1].end() if ends else max(0, position - _REACH)
    before = [f for f in taken.found if f.anchor >= start and f.end <= position]
    if not before:
        return None
    first = min(before, key=lambda f: f.anchor)
    if first.name is None or first.role is not None or first.signature:
        return None
    return first
