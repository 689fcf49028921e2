"""Encoding labels of ``resources/common/encodings.toml``: what a page may declare."""

from __future__ import annotations

import codecs
import functools
from typing import Final

import attrs

from communique.errors import ResourceError
from communique.lexicon import load_table, string_list, string_table
from communique.records import shared_repr

__all__ = ["Labels", "labels"]

_WHERE: Final = "common/encodings.toml"


@shared_repr
@attrs.frozen(repr=False)
class Labels:
    """WHATWG encoding labels (case-folded) and the codec each names, and refused labels."""

    codecs: dict[str, str]
    refused: frozenset[str]


@functools.cache
def labels() -> Labels:
    """The encoding labels of ``common/encodings.toml``, read once.

    Raises:
        ResourceError: the data file is missing or malformed, or names an unknown codec.
    """
    table = load_table("common", "encodings")
    found: dict[str, str] = {}
    for name, entry in string_table(table, "encodings", where=_WHERE).items():
        if not isinstance(entry, dict) or not isinstance(entry.get("codec"), str):
            raise ResourceError(f"{_WHERE}: encoding {name!r} needs a codec name")
        try:
            codec = codecs.lookup(entry["codec"]).name
        except LookupError as error:
            raise ResourceError(f"{_WHERE}: unknown codec for {name!r}: {error}") from error
        for label in string_list(entry, "labels", where=f"{_WHERE} [{name}]"):
            found[label.casefold()] = codec
    refused = frozenset(label.casefold() for label in string_list(table, "refused", where=_WHERE))
    return Labels(found, refused)
