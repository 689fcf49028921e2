"""Page furniture of any language, from ``resources/common/furniture.toml``."""

from __future__ import annotations

import functools

import attrs

from communique.lexicon import WordLists
from communique.records import shared_repr

__all__ = ["CommonFurniture", "common_furniture"]


@shared_repr
@attrs.frozen(repr=False)
class CommonFurniture:
    """Furniture written alike in every language (patterns are regular expressions)."""

    widget_words: tuple[str, ...]
    """Social networks, language codes and languages' names of share and language bars."""
    patterns: tuple[str, ...]
    """Whole furniture lines: wire sign-offs, counters, document symbols, captions."""
    post_attribution: tuple[str, ...]
    """The attribution ending an embedded post."""
    tail_patterns: tuple[str, ...]
    """Lines that open the closing furniture of a page."""
    end_patterns: tuple[str, ...]
    """Lines that end the story: whatever follows them is furniture, however long."""
    contact_patterns: tuple[str, ...] = ()
    """Found in a contact line: an e-mail address, a website, a telephone or postal box."""
    clock_patterns: tuple[str, ...] = ()
    """Whole lines of a site's live clock beside today's date: furniture that dates nothing."""
    language_names: tuple[str, ...] = ()
    """Languages' names as a language bar prints them ("English", "中文"), case-folded."""


@functools.cache
def common_furniture() -> CommonFurniture:
    """Read ``common/furniture.toml`` once.

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    words = WordLists("common", "furniture")

    languages = words("language_names")
    return CommonFurniture(
        (*words("widget_words"), *languages),
        words("patterns"),
        words("post_attribution"),
        words("tail_patterns"),
        words("end_patterns"),
        words("contact_patterns"),
        words("clock_patterns"),
        languages,
    )
