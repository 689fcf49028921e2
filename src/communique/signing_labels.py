"""The labels of a signing ceremony's items, or a delegation's: "o For Georgia:".

« - Pour le Mali : », « Délégation de Saint-Marin : » label them in French.

A release of a signing ceremony lists each instrument, then who signed it for each side:
"o Signing for the EU: High Representative X", "o For Georgia: Minister of Foreign
Affairs Y". The label opens an item (a unit's start, a line's, a bullet's: "o", "-", "•")
with a word of ``signing_labels`` and ends with a party and a colon; the names after it
sign for that party (the persons' reading), and the party signs the instrument (the
parties' choice), whoever issues the text. A delegation's label lists the members who act
for its party; a sentence may open it (« … M. Renzi. Délégation d'Andorre : … »), and an
elided link may end it.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from communique.letters import CAPITAL
from communique.lexicon.persons import person_words
from communique.patterncache import compile_pattern
from communique.wordtrie import alternation

if TYPE_CHECKING:
    import re
    from collections.abc import Sequence

    from communique.gazetteer import PartyHit

__all__ = ["signing_label_before", "signing_sides"]

_COLON_AFTER: Final = compile_pattern(r"[ \t]*:")
_TITLE_WORDS: Final = 8
"""Most words between a signing label and its party ("the Presidency of the Council and the")."""
_SIGNING_REACH: Final = 60
"""Characters before a party that hold its signing label ("Signing for the Presidency of the
Council and the ")."""


def signing_sides(text: str, hits: Sequence[PartyHit]) -> list[tuple[PartyHit, int]]:
    """The parties that close a signing label in ``text``, each with the end of its label."""
    sides = []
    for hit in hits:
        colon = _COLON_AFTER.match(text, hit.end)
        if colon is not None and signing_label_before(text, hit.start) is not None:
            sides.append((hit, colon.end()))
    return sides


def signing_label_before(text: str, position: int) -> re.Match[str] | None:
    """The signing label ending at a party's name that starts at ``position``, if any."""
    return _signing_label_before().search(text, max(0, position - _SIGNING_REACH), position)


@functools.cache
def _signing_label_before() -> re.Pattern[str]:
    """A signing label's opening and words, ending where the search ends ("o Signing for the ").

    The label is capitalised, as an item opens ("- for Ghana: Mr X" in a list of observers
    is none), and between it and the party stand only capitalised words and the links of a
    title ("Signing for the Presidency of the Council and the "): "For the purposes of the
    workshop, experts from Senegal:" is prose.
    """
    labels = alternation(label[:1].upper() + label[1:] for label in person_words("signing_labels"))
    delegations = alternation(
        label[:1].upper() + label[1:] for label in person_words("delegation_labels")
    )
    small = alternation(
        [*person_words("articles"), *person_words("coordinators"), *person_words("party_links")]
    )
    title_word = rf"(?:{CAPITAL}[\w'’.-]*|{small})"
    elided = alternation(person_words("elided_articles"))  # « Pour l'UE : »
    item = r"(?:^|[\n:;*•·▪–—]|(?<!\w)[-o](?=[ \t]))[ \t]*"
    # A delegation's label may follow a sentence on its line: « … M. Renzi. Délégation d'… ».
    opening = rf"(?:{item}(?:{labels}|{delegations})|(?<=[.!?])[ \t]+(?:{delegations}))"
    return compile_pattern(
        rf"{opening}(?:[ \t]+|(?<=['’]))(?:{title_word}[ \t]+){{0,{_TITLE_WORDS}}}"
        rf"(?:{elided})?$"
    )
