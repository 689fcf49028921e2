"""Match the date grammar at a position with only the alternatives that can open there.

``date_pattern`` tries its thirty alternatives in turn at a position, each entering its
group, its look-behind and its first words before one matches or all fail: some 14 µs a
position. Most cannot open with the character at hand: a year or a day opens with a
digit, "hier" with an "h". Each alternative's possible first characters are read off
``re``'s parse tree once (:func:`communique.openings.opening_class`, kept on disk with
the short patterns); at a position, the grammar of the alternatives that can open with
its character, in the grammar's order, finds what the whole grammar finds (the first
alternative that matches wins, and the ones left out cannot match there), in half the
time. One such grammar is built per set of alternatives, when a character first needs
it; a character no alternative opens with is not tried at all.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from communique.openings import opening_class
from communique.patterncache import compile_pattern, shelved
from communique.temporal.grammar import ALTERNATIVES, date_pattern, grammar_pieces, grammar_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from communique.model import Language

__all__ = ["date_match"]


@functools.cache
def date_match(language: Language) -> Callable[[str, int], re.Match[str] | None]:
    """``date_pattern(language).match(text, position)``, the same match, found faster.

    >>> date_match("fr")("le 6 janvier 2017", 3).group()
    '6 janvier 2017'
    """
    return _Dispatch(language).match


class _Dispatch:
    """The grammar of each first character, built when a position first opens with it."""

    __slots__ = ("_by_char", "_by_names", "_language", "_openings")

    def __init__(self, language: Language) -> None:
        self._language = language
        pieces = grammar_pieces(language)
        self._openings = {name: _opening(pieces[name]) for name in ALTERNATIVES}
        self._by_char: dict[str, re.Pattern[str] | None] = {}
        self._by_names: dict[tuple[str, ...], re.Pattern[str] | None] = {}

    def match(self, text: str, position: int) -> re.Match[str] | None:
        """The grammar's match at ``position``, or None."""
        try:
            grammar = self._by_char[text[position]]
        except KeyError:
            grammar = self._grammar(text[position])
        except IndexError:  # at the end: only an empty match could be there
            grammar = date_pattern(self._language)
        return None if grammar is None else grammar.match(text, position)

    def _grammar(self, char: str) -> re.Pattern[str] | None:
        """The grammar of the alternatives that can open with ``char`` (None: no one can)."""
        names = tuple(
            name
            for name in ALTERNATIVES
            if (opening := self._openings[name]) is None or opening.match(char)
        )
        if names not in self._by_names:
            self._by_names[names] = self._compiled(names)
        grammar = self._by_char[char] = self._by_names[names]
        return grammar

    def _compiled(self, names: tuple[str, ...]) -> re.Pattern[str] | None:
        if not names:
            return None
        if names == ALTERNATIVES:
            return date_pattern(self._language)
        return compile_pattern(grammar_text(grammar_pieces(self._language), names))


def _opening(piece: str) -> re.Pattern[str] | None:
    """A pattern of the characters an alternative can open with (None: any)."""
    opening = shelved("date opening", piece, lambda: opening_class(piece) or "")
    return compile_pattern(opening) if opening else None
