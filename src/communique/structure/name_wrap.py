"""A person's name cut by a hard line break: the line is prose going on, not a head line.

"Le Ministre des Affaires étrangères, Monsieur Paul-Henri" / "KORAN SAINT-AMAND, qui a
pris la parole …": an honorific and a given name end the line, the family name in
capitals opens the next one. Or an office: "Vice President X welcomed Prime" / "Minister
Y to Washington …". Such a line is neither a heading nor a header line.
"""

from __future__ import annotations

import re
from typing import Final

from communique.gazetteer import gazetteer
from communique.lexicon.common.given_names import given_names
from communique.lexicon.persons import person_vocabulary
from communique.model import Language
from communique.patterncache import compile_pattern
from communique.structure.shapes import without_elision

__all__ = ["cuts_name", "cuts_party", "cuts_role"]

_LAST_WORD: Final = compile_pattern(r"[^\W\d_][\w'’-]*$")
_FIRST_WORD: Final = compile_pattern(r"[^\W\d_][\w'’-]+(?=[\s,])")
_HONORIFIC_REACH: Final = 30
"""Characters before a line's last word that can hold the honorific before it."""


def cuts_name(text: str, after: str, language: Language) -> bool:
    """Whether ``text`` ends with an honorific and a given name whose family opens ``after``.

    >>> cuts_name("Le Ministre, Monsieur Paul-Henri", "KORAN SAINT-AMAND, qui", "fr")
    True
    >>> cuts_name("Hommage à Mme Claire", "Le ministre a salué", "fr")
    False
    >>> cuts_name("de l'Allemagne, Mme Olga", "Renn, se sont réunis", "fr")
    True
    """
    edges = _edges(text, after)
    if edges is None or not edges[0].group().istitle():
        return False
    given, first = edges
    family = first.group()
    vocab = person_vocabulary(language)
    # "… Mme Olga" / "Renn, se sont réunis …": in title case after a listed given name,
    # set off by its comma (« Le ministre a salué » opens a sentence)
    listed = (
        family.istitle()
        and after[first.end() : first.end() + 1] == ","
        and given.group().casefold() in given_names()
    )
    if not (family.isupper() or listed) or vocab.role.fullmatch(family) is not None:
        return False
    before = text[: given.start()].rstrip(" \t")
    tail = max(0, len(before) - _HONORIFIC_REACH)
    return any(m.end() == len(before) for m in vocab.honorific.finditer(before, tail))


def cuts_role(text: str, after: str, language: Language) -> bool:
    """Whether ``text`` ends with the first word of an office that ``after`` goes on with.

    >>> cuts_role("Vice President Anna Lee welcomed Prime", "Minister Karl Lirov to", "en")
    True
    >>> cuts_role("Talks with Aldoria", "Minister Karl Lirov met …", "en")
    False
    """
    edges = _edges(text, after)
    if edges is None or not edges[0].group()[:1].isupper():
        return False
    last, first = edges
    vocab = person_vocabulary(language)
    if vocab.role.fullmatch(last.group()) is not None:
        return False  # "… the Minister" / "Karl Lirov …": the office ends there
    joined = f"{last.group()} {first.group()}"
    role = vocab.role.match(joined)
    return role is not None and role.end() > len(last.group()) + 1


def cuts_party(text: str, after: str, language: Language) -> bool:
    """Whether ``text`` ends with the first word of a party's name that ``after`` goes on with.

    >>> cuts_party("The mission, headed by the Member of the European", "Parliament, Mr X", "en")
    True
    >>> cuts_party("Talks with the European", "Union leaders", "en")
    True
    >>> cuts_party("Relations with Japan", "Parliament adopted …", "en")
    False
    >>> cuts_party("conduite par le Haut représentant de l’Union", "Africaine, M. X", "fr")
    True
    """
    edges = _edges(text, after)
    if edges is None or not without_elision(edges[0].group())[:1].isupper():
        return False
    last, first = edges
    joined = f"{last.group()} {first.group()}"
    # The name opens in the last word, past an elided article ("l'Union" / "africaine").
    return any(
        hit.start < len(last.group()) and hit.end == len(joined)
        for hit in gazetteer(language).find(joined)
    )


def _edges(text: str, after: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """The last word of ``text`` and the first word of ``after``, where a wrap cut them."""
    last = _LAST_WORD.search(text)
    first = _FIRST_WORD.match(after)
    return None if last is None or first is None else (last, first)
