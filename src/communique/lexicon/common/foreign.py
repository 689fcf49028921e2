"""Function words of other languages, from ``resources/common/foreign.toml``."""

from __future__ import annotations

import functools

from communique.lexicon import load_table, string_list

__all__ = ["foreign_words"]


@functools.cache
def foreign_words() -> frozenset[str]:
    """Frequent words of languages communique does not read (a sign a text is in one).

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    table = load_table("common", "foreign")
    return frozenset(string_list(table, "words", where="common/foreign.toml"))
