"""Letter groups that transliterations swap, from ``resources/common/name_spellings.toml``."""

from __future__ import annotations

import functools
import re

from communique.errors import ResourceError
from communique.lexicon import load_table
from communique.patterncache import compile_pattern
from communique.wordtrie import fold_name

__all__ = ["name_skeleton"]

_DOUBLED: re.Pattern[str] = compile_pattern(r"(\w)\1+")


@functools.cache
def _folds() -> tuple[re.Pattern[str], dict[str, str]]:
    """The groups to replace, as one pattern (longest first), and their replacements.

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    where = "common/name_spellings.toml"
    folds = load_table("common", "name_spellings").get("folds")
    if not isinstance(folds, list) or not all(
        isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)
        for pair in folds
    ):
        raise ResourceError(f"{where}: 'folds' must be a list of [group, replacement] pairs")
    table = {fold_name(group): fold_name(replacement) for group, replacement in folds}
    groups = sorted(table, key=lambda group: (-len(group), group))
    return compile_pattern("|".join(map(re.escape, groups))), table


def name_skeleton(word: str) -> str:
    """The spelling-blind form of a name's word: "Pashinyan" and "Pachinian" give "pasinian".

    >>> name_skeleton("Pashinyan") == name_skeleton("Pachinian")
    True
    >>> name_skeleton("Zelenskyy") == name_skeleton("Zelensky")
    True
    >>> name_skeleton("Serel") == name_skeleton("Seral")
    False
    """
    pattern, table = _folds()
    folded = pattern.sub(lambda match: table[match.group()], fold_name(word))
    return _DOUBLED.sub(r"\1", folded)
