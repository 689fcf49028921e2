"""One scan of a reading unit for the words that cue persons and instruments.

Honorifics ("M.", "Mme"), role heads ("Premier ministre") and instrument heads ("accord",
"feuille de route") are small word lists: one trie of all three scans a text about as fast
as one of them, so the extractors share a single pass, tried only where a listed word
starts (see ``wordstarts``). Each hit is checked against every kind's own pattern at its
position, which keeps each kind's boundaries exact.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Literal

import attrs

from communique.lexicon.agreements import agreement_vocabulary
from communique.lexicon.persons import person_vocabulary
from communique.patterncache import compile_pattern
from communique.records import shared_repr
from communique.wordsearch import matches_at
from communique.wordstarts import register_words
from communique.wordtrie import ABBREVIATION_END, casings, headline_casings, trie_pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from communique.lexicon.persons import PersonVocabulary
    from communique.model import Language

__all__ = ["CueKind", "cue_words", "find_cues"]

CueKind = Literal["honorific", "role", "head"]


@shared_repr
@attrs.frozen(eq=False, repr=False)
class _Scanner:
    pattern: re.Pattern[str]
    checks: tuple[tuple[CueKind, re.Pattern[str]], ...]
    persons: PersonVocabulary


@functools.cache
def cue_words(language: Language) -> frozenset[str]:
    """Honorifics, role heads and instrument heads of ``language``, in their usual casings."""
    persons = person_vocabulary(language)
    return frozenset(
        (
            *persons.honorific_words,
            *casings(persons.role_words),
            # As the role pattern reads them: "chef du Gouvernement", "Minister of State".
            *headline_casings(persons.role_words),
            *persons.role_abbreviations,  # "PM", in its own case only
            *agreement_vocabulary(language).head_forms,
        )
    )


@functools.cache
def _scanner(language: Language) -> _Scanner:
    persons = person_vocabulary(language)
    heads = agreement_vocabulary(language)
    words = cue_words(language)
    checks: tuple[tuple[CueKind, re.Pattern[str]], ...] = (
        ("honorific", persons.honorific),
        ("role", persons.role),
        ("head", heads.head),
    )
    # "M.Idris Lirov": an abbreviation's period may touch the name.
    pattern = compile_pattern(rf"(?<!\w)(?:{trie_pattern(words)}){ABBREVIATION_END}")
    return _Scanner(pattern, checks, persons)


def find_cues(
    text: str, language: Language, starts: Sequence[int] | None = None
) -> dict[CueKind, list[re.Match[str]]]:
    """Honorifics, roles and instrument heads of ``text``, tried only at ``starts``.

    ``starts``: where listed words start, when already known (``wordstarts.word_starts``).

    >>> [m.group() for m in find_cues("Le Premier ministre a signé l'accord", "fr")["head"]]
    ['accord']
    """
    scanner = _scanner(language)
    found: dict[CueKind, list[re.Match[str]]] = {"honorific": [], "role": [], "head": []}
    for hit in matches_at(scanner.pattern, text, starts):
        for kind, check in scanner.checks:
            match = check.match(text, hit.start())
            if match is not None and not (
                kind == "role" and _verb_use(text, match, scanner.persons)
            ):
                found[kind].append(match)
    return found


def _verb_use(text: str, role: re.Match[str], persons: PersonVocabulary) -> bool:
    """Whether a role head is a verb before its object.

    "les Présidents X et Y président une séance commune", "will chair the meeting";
    not "Minister the Hon. X", where an honorific follows.
    """
    after = persons.role_verb_object.match(text, role.end())
    return after is not None and persons.honorific.match(text, after.start(1)) is None


# The shared word-start scan must find where each cue may start.
register_words("cues", cue_words)
