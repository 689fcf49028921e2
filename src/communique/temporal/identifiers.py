"""Years that belong to an identifier: "résolution 2719 (2023)", "S/RES/2720 (2023)".

United Nations and African Union symbols carry their year in parentheses after the number
("PSC/PR/COMM.1289 (2025)", "document A/79/L.2 (2024)"): part of the name, not a date.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from communique.temporal.context import previous_token

if TYPE_CHECKING:
    from collections.abc import Collection

__all__ = ["names_an_identifier"]

_YEAR: Final = re.compile(r"(?:1[89]|20)\d\d")


def names_an_identifier(text: str, paren_at: int, blockers: Collection[str]) -> bool:
    """Whether the "(" at ``paren_at`` follows a document number or symbol.

    ``blockers``: case-folded words before a number that is no year ("resolution").

    >>> names_an_identifier("résolution 2719 (2023)", 16, {"résolution"})
    True
    >>> names_an_identifier("PSC/PR/COMM.1289 (2025)", 17, set())
    True
    >>> names_an_identifier("S/RES/2020 (2021)", 11, set())
    True
    >>> names_an_identifier("adopté en 2015 (2016)", 15, set())
    False
    >>> names_an_identifier("la feuille de route (2023)", 20, set())
    False
    """
    token, token_at = previous_token(text, paren_at)
    if not any(char.isdigit() for char in token):
        return False
    if not _YEAR.fullmatch(token):
        return True  # "2793", "COMM.1289", "L.2": a number or a symbol
    word, _ = previous_token(text, token_at)
    return word == "/" or word.casefold() in blockers  # "S/RES/2020 (2021)", "resolution 2020"
