"""News agencies of wire datelines, from ``resources/common/wire.toml``."""

from __future__ import annotations

import functools

from communique.lexicon import load_table, string_list

__all__ = ["agencies"]


@functools.cache
def agencies() -> tuple[str, ...]:
    """The news agencies a wire dateline may name ("AFP", "Reuters").

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    return string_list(load_table("common", "wire"), "agencies", where="common/wire.toml")
