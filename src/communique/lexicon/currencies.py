"""Currencies whose amounts place the author of a text ("450 milliards de FCFA").

The names are data (``[currencies]`` of ``resources/<lang>/parties.toml``): each name with
the states (ISO 3166-1 alpha-2) that use it.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.errors import ResourceError
from communique.lexicon import WordLists, string_list, string_table
from communique.patterncache import compile_pattern
from communique.records import shared_repr
from communique.wordtrie import phrase_key, trie_pattern

if TYPE_CHECKING:
    from communique.model import Language

__all__ = ["Currencies", "currencies"]

_AMOUNT_REACH: Final = 30
"""Characters before a currency's name searched for the figure of an amount."""


@shared_repr
@attrs.frozen(eq=False, repr=False)
class Currencies:
    """The currency names of one language and the states that use each."""

    pattern: re.Pattern[str]
    states: dict[str, frozenset[str]]
    """Normalised name → the states that use it."""
    figure: re.Pattern[str]
    """Matches, to the end of the text searched, a figure or a scale word and what follows
    it in its clause ("450 milliards de ", "trente-deux millions de ")."""

    def states_of_amounts(self, text: str) -> frozenset[str]:
        """The states using a currency ``text`` gives an amount in.

        >>> sorted(currencies("fr").states_of_amounts("les recettes : 450 milliards de FCFA"))[:3]
        ['BF', 'BJ', 'CF']
        >>> currencies("fr").states_of_amounts("la zone FCFA")
        frozenset()
        """
        found: set[str] = set()
        for match in self.pattern.finditer(text):
            before = max(0, match.start() - _AMOUNT_REACH)
            if self.figure.search(text, before, match.start()):
                found |= self.states[phrase_key(match.group())]
        return frozenset(found)


@functools.cache
def currencies(language: Language) -> Currencies:
    """Compile the currency names of ``<language>/parties.toml`` once.

    Raises:
        ResourceError: the data file is missing or malformed, or a state is no ISO code.
    """
    lists = WordLists(language, "parties")
    table = string_table(lists.table, "currencies", where=lists.where)
    states: dict[str, frozenset[str]] = {}
    for name in table:
        codes = string_list(table, name, where=f"{lists.where} [currencies]")
        if not codes or not all(len(code) == 2 and code.isupper() for code in codes):
            raise ResourceError(f"{lists.where}: [currencies] {name} needs ISO 3166 codes")
        states[phrase_key(name)] = frozenset(codes)
    scales = trie_pattern(lists("amount_scales"))
    # A name may follow an elided article (« d’Ariary »); its case varies ("Dinars").
    named = compile_pattern(
        rf"(?:(?<![\w'’-])|(?<=(?<!\w)\w['’]))(?:{trie_pattern(table)})(?![\w'’-])", re.IGNORECASE
    )
    figure = compile_pattern(rf"(?:\d|(?<!\w)(?:{scales})(?!\w))[^.;:!?\n]*$", re.IGNORECASE)
    return Currencies(named, states, figure)
