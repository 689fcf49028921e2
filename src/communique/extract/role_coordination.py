"""Where an office's complement ends at a coordinator or a title: another office, a name.

``read_role`` reads an office's words up to its holder's name. Three readings decide
whether a capitalised word after the complement belongs to the office: the words of a
portfolio after "and" ("Minister of National Planning and Infrastructure X"), a title that
is a given name too ("… of Valmont Amir X"), and a second office of another state
("Prime Minister of Norway and President of Chile held talks": two holders).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

from communique.extract.names import starts_capital, word_at
from communique.gazetteer import gazetteer
from communique.lexicon import LANGUAGES
from communique.lexicon.persons import person_words

if TYPE_CHECKING:
    from communique.lexicon.persons import PersonVocabulary

__all__ = ["other_states", "portfolio_words", "titled_given_name"]

_NAME_WORDS: Final = 2
"""Capitalised words a holder's name has at least after a portfolio's word."""
_OTHER_STATE_REACH: Final = 30
"""Characters after a second office's head searched for the state it is of."""


def portfolio_words(text: str, word: re.Match[str], vocab: PersonVocabulary) -> bool:
    """Whether the capitalised words from ``word`` open a portfolio, not a holder's name.

    "Minister of National Planning and Infrastructure X Y", "… Transport and Civil
    Aviation X Y, Minister of …": one of the first two is a listed complement word, and a
    name of two capitalised words at least follows it ("… and Peace Serel, Minister …" is
    a holder named Peace).
    """
    current: re.Match[str] | None = word
    for _ in range(_NAME_WORDS):
        if current is None or not starts_capital(current.group()):
            return False
        if current.group().casefold().rstrip(".") in vocab.complement_words:
            return _capitalised_run(text, current.end()) >= _NAME_WORDS
        current = word_at(text, current.end())
    return False


def _capitalised_run(text: str, position: int) -> int:
    """How many capitalised words follow ``position``, one space apart."""
    count = 0
    word = word_at(text, position)
    while word is not None and starts_capital(word.group()):
        if text[position : word.start()].strip():
            break
        count, position = count + 1, word.end()
        word = word_at(text, position)
    return count


def titled_given_name(text: str, word: re.Match[str]) -> bool:
    """Whether a title that is a given name too opens a name here (``given_name_titles``).

    After an office's complement, "Amir" or "Sultan" before a capitalised word is the
    holder's given name: no minister is an emir.
    """
    if word.group() not in person_words("given_name_titles"):
        return False
    following = word_at(text, word.end())
    return (
        following is not None
        and not text[word.end() : following.start()].strip()
        and starts_capital(following.group())
    )


def other_states(
    text: str, first: tuple[int, int], second_head_end: int, entities: dict[int, int]
) -> bool:
    """Whether two coordinated offices are each of a state of its own, so two holders'.

    "Prime Minister of Norway and President of Chile held talks": each office names a state,
    not the same; "Deputy Prime Minister of Chile and Minister of Foreign Affairs of Chile"
    and "President of Ghana and Chairman of ECOWAS" (an organisation) are one holder's.
    Only the characters of the two complements are looked at, not every party of the text.
    """
    mine = _states(text, range(*first), entities)
    if not mine:
        return False
    theirs = _states(text, range(second_head_end, second_head_end + _OTHER_STATE_REACH), entities)
    return bool(theirs) and not theirs & mine


def _states(text: str, positions: range, entities: dict[int, int]) -> set[str]:
    """The keys of the states whose names start at ``positions``."""
    return {
        key
        for start in positions
        if start in entities and (key := _state_key(text[start : entities[start]])) is not None
    }


@functools.lru_cache(maxsize=1024)
def _state_key(name: str) -> str | None:
    """The key of the state ``name`` names in a shipped language, or None (organisations)."""
    for language in LANGUAGES:
        table = gazetteer(language)
        key = table.key_of(name)
        if key is not None:
            return key if table.entries[key].kind == "state" else None
    return None
