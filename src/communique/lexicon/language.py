"""Words that tell the languages apart, from ``resources/<lang>/language.toml``."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from communique.lexicon import load_table, string_list

if TYPE_CHECKING:
    from communique.model import Language

__all__ = ["stopwords"]


@functools.cache
def stopwords(language: Language) -> frozenset[str]:
    """The frequent function words of ``language`` (lower case), counted by detection.

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    table = load_table(language, "language")
    return frozenset(string_list(table, "stopwords", where=f"{language}/language.toml"))
