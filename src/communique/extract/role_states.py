"""The state an office names by its style: a state noun with a demonym, or an official long form."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

from communique.lexicon.persons import person_words
from communique.patterncache import compile_pattern
from communique.wordtrie import alternation

if TYPE_CHECKING:
    from communique.gazetteer import PartyHit

__all__ = ["formal_state_before", "linked_party", "state_named", "styled_state_before"]


def state_named(
    text: str, hit: PartyHit, cursor: int, end: int, head_end: int | None = None
) -> tuple[int, int] | None:
    """The span of a state named by a noun and a demonym, from its link, if ``hit`` is one.

    "de la République algérienne", "of the Philippine Republic": the link, the state noun
    and the demonym leave the role; not a state noun of the head itself ("secrétaire
    d'État américain": the demonym after the head).
    """
    before = _state_before().search(text, cursor, hit.start)
    if before is not None and (head_end is None or before.start() >= head_end):
        return before.start(), hit.end
    linked = linked_party().search(text, cursor, hit.start)
    after = _state_after().match(text, hit.end, end)
    if linked is None or after is None:
        return None
    return linked.start(), after.end()


@functools.cache
def _state_before() -> re.Pattern[str]:
    """A link and a state noun ending the text before a demonym: "de la République "."""
    links = alternation(person_words("linked_party_ends"))
    nouns = alternation(person_words("state_nouns"))
    return compile_pattern(rf"\b(?:{links})\s*(?:{nouns})\s+$", re.I)


def styled_state_before(text: str, hit: PartyHit, cursor: int) -> re.Match[str] | None:
    """The link and style words before an official name the gazetteer holds in part.

    "of the Islamic Republic of the Gambia": the gazetteer knows "Republic of the Gambia";
    "of the Islamic" leaves the role with it.
    """
    styled = _styled_before().search(text, cursor, hit.start)
    # The style words end on a space, so the state noun opening the name follows one.
    if styled is None or _state_after().match(text, hit.start - 1) is None:
        return None
    return styled


_STYLE_WORD: Final = r"[^\W\d_][\w’'-]*+"
"""A word styling a state's official name ("Islamic", "coopérative")."""


@functools.cache
def _styled_before() -> re.Pattern[str]:
    """A link and one to three style words ending the text before a state's long name."""
    links = alternation(person_words("linked_party_ends"))
    return compile_pattern(rf"\b(?:{links})\s*+(?:{_STYLE_WORD}\s+){{1,3}}$", re.I)


@functools.cache
def formal_state_before() -> re.Pattern[str]:
    """A link, a state noun with a word of its style, ending the text before a state's link.

    "de la République coopérative" before "du Guyana", "of the Socialist Republic" before
    "of X": an official long form the gazetteer lacks leaves the role with the name it styles.
    A state noun alone ("président de la République du Sénégal") is read as before.
    """
    links = alternation(person_words("linked_party_ends"))
    nouns = alternation(person_words("state_nouns"))
    word = _STYLE_WORD
    return compile_pattern(
        rf"\b(?:{links})\s*+(?:(?:{word}\s+){{1,3}}(?:{nouns})|(?:{nouns})(?:\s+{word}){{1,3}})"
        r"\s*+$",
        re.I,
    )


@functools.cache
def _state_after() -> re.Pattern[str]:
    """A state noun right after a demonym: " Republic" in "of the Philippine Republic"."""
    return compile_pattern(rf"\s+(?:{alternation(person_words('state_nouns'))})\b", re.I)


@functools.cache
def linked_party() -> re.Pattern[str]:
    """A link ending the text before a party: "de la", "du", "of the"."""
    return compile_pattern(rf"(?:\b(?:{alternation(person_words('linked_party_ends'))})\s*)$", re.I)
