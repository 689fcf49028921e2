"""Hijri month names and era markers, from ``resources/common/hijri.toml``."""

from __future__ import annotations

import functools

from communique.errors import ResourceError
from communique.lexicon import load_table, string_list, string_table

__all__ = ["hijri_eras", "hijri_links", "hijri_months"]

_WHERE = "common/hijri.toml"


@functools.cache
def hijri_months() -> dict[str, int]:
    """Each spelling of a Hijri month and its number (1 for Muharram … 12 for Dhu al-Hijjah).

    Raises:
        ResourceError: the data file is missing or malformed, or a month is missing.
    """
    months = string_table(load_table("common", "hijri"), "months", where=_WHERE)
    if sorted(months) != sorted(str(number) for number in range(1, 13)):
        raise ResourceError(f"{_WHERE}: [months] must have the keys 1 to 12")
    return {
        spelling: int(number)
        for number in months
        for spelling in string_list(months, number, where=f"{_WHERE} [months]")
    }


def _words(key: str) -> tuple[str, ...]:
    words = string_table(load_table("common", "hijri"), "words", where=_WHERE)
    return string_list(words, key, where=f"{_WHERE} [words]")


@functools.cache
def hijri_eras() -> tuple[str, ...]:
    """The era markers that may follow a Hijri year ("AH", "de l'Hégire").

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    return _words("eras")


@functools.cache
def hijri_day_links() -> tuple[str, ...]:
    """Words between a Hijri day and its month ("22nd of Dhul Qi'dah").

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    return _words("day_links")


@functools.cache
def hijri_links() -> tuple[str, ...]:
    """Words between a Hijri date and its stated Gregorian day ("corresponding to").

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    return _words("equivalence_links")
