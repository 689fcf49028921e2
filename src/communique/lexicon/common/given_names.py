"""Given names that open a bare name in running text, from ``resources/common/given_names.toml``."""

from __future__ import annotations

import functools
import re

from communique.letters import CAPITAL
from communique.lexicon import load_table, string_list
from communique.patterncache import compile_pattern
from communique.wordtrie import first_letter_trie, trie_pattern, without_marks

__all__ = ["given_name_pattern", "given_names"]


@functools.cache
def given_names() -> frozenset[str]:
    """The listed given names, case-folded: "JEAN" in a headline in capitals is one.

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    return frozenset(name.casefold() for name in _spellings())


@functools.cache
def given_name_pattern() -> re.Pattern[str]:
    """Matches a listed given name starting a word, before a space and another word.

    Case-sensitive: "Marguerite Duras" opens a name, "marguerite" does not. Not after a
    hyphen or an apostrophe ("Port-Louis", "Saint-Louis") but an elided article or
    preposition ("d'Annie Ernaux"), nor at the end of a text.

    Raises:
        ResourceError: the data file is missing or malformed.

    >>> given_name_pattern().search("works by Annie Ernaux were read").group()
    'Annie'
    >>> given_name_pattern().search("Saint-Louis and Marie-Galante") is None
    True
    >>> given_name_pattern().search("Jean-Marc Ayrault").group()
    'Jean-Marc'
    >>> given_name_pattern().search("said Mevlut Cavusoglu").group()
    'Mevlut'
    """
    names = _spellings()
    # "Jean-Marc Ayrault": a compound given name opens with a listed one.
    return compile_pattern(rf"{_opening(names)}(?:-{CAPITAL}[^\W\d_]*)?(?=[ \t]+[^\W\d_])")


@functools.cache
def _spellings() -> tuple[str, ...]:
    """The listed names, and each accented one as wire copy prints it without its marks.

    English wires drop diacritics ("Mevlüt" as "Mevlut", "José" as "Jose"): the plain
    spelling opens a name as well. Sorted, so that patterns built from it are the same in
    every run.
    """
    names = string_list(
        load_table("common", "given_names"), "names", where="common/given_names.toml"
    )
    plain = (without_marks(name) for name in names)
    return tuple(sorted(set(names).union(plain)))


def _opening(names: tuple[str, ...]) -> str:
    """The listed names at a word's start or after an elided article ("d'Annie").

    Names open with a capital, rare in running text: the capital comes first and the
    look-behind after it, so that a scan tries the pattern at capitals alone (some seven
    times faster than a look-behind tried at every position; the same matches).
    """
    if names and all(name[:1].isupper() for name in names):
        return first_letter_trie(names, r"(?:(?<![\w'’-].)|(?<=(?<!\w)[dDlL]['’].))")
    return rf"(?:(?<![\w'’-])|(?<=(?<!\w)[dDlL]['’]))(?:{trie_pattern(names)})"
