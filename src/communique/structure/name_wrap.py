"""A person's name cut by a hard line break: the line is prose going on, not a head line.

"Le Ministre des Affaires étrangères, Monsieur Paul-Henri" / "KORAN SAINT-AMAND, qui a
pris la parole …": an honorific and a given name end the line, the family name in
capitals opens the next one. Such a line is neither a heading nor a header line.
"""

from __future__ import annotations

from typing import Final

from communique.lexicon.persons import person_vocabulary
from communique.model import Language
from communique.patterncache import compile_pattern

__all__ = ["cuts_name"]

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
    """
    given = _LAST_WORD.search(text)
    first = _FIRST_WORD.match(after)
    if given is None or first is None or not given.group().istitle():
        return False
    family = first.group()
    vocab = person_vocabulary(language)
    if not family.isupper() or vocab.role.fullmatch(family) is not None:
        return False
    before = text[: given.start()].rstrip(" \t")
    tail = max(0, len(before) - _HONORIFIC_REACH)
    return any(m.end() == len(before) for m in vocab.honorific.finditer(before, tail))
