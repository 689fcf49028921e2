"""Given names that open a bare name in running text, from ``resources/common/given_names.toml``."""

from __future__ import annotations

import functools
import re

from communique.lexicon import load_table, string_list
from communique.patterncache import compile_pattern
from communique.wordtrie import trie_pattern

__all__ = ["given_name_pattern", "given_names"]


@functools.cache
def given_names() -> frozenset[str]:
    """The listed given names, case-folded: "JEAN" in a headline in capitals is one.

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    table = load_table("common", "given_names")
    return frozenset(
        n.casefold() for n in string_list(table, "names", where="common/given_names.toml")
    )


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
    """
    names = string_list(
        load_table("common", "given_names"), "names", where="common/given_names.toml"
    )
    # "Jean-Marc Ayrault": a compound given name opens with a listed one.
    return compile_pattern(
        rf"(?:(?<![\w'’-])|(?<=(?<!\w)[dDlL]['’]))(?:{trie_pattern(names)})"
        r"(?:-[^\W\d_a-z][^\W\d_]*)?(?=[ \t]+[^\W\d_])"
    )
