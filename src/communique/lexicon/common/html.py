"""Page-reading rules of ``resources/common/html.toml``: furniture and content elements."""

from __future__ import annotations

import functools

import attrs

from communique.lexicon import WordLists
from communique.records import shared_repr

__all__ = ["Rules", "rules"]


@shared_repr
@attrs.frozen(eq=False, repr=False)
class Rules:
    """How pages are read (``resources/common/html.toml``)."""

    drop_tags: frozenset[str]
    """Elements set aside with everything inside them."""
    drop_words: frozenset[str]
    """Class, id or role words of furniture."""
    content_words: frozenset[str]
    """Class, id or role words of the main text."""
    block_tags: frozenset[str]
    """Elements that end a block of text."""
    title_separators: tuple[str, ...]
    """What separates a ``<title>`` from the site's name."""
    paragraph_words: frozenset[str]
    """Class words of a block editor's wrapper holding one paragraph."""


@functools.cache
def rules() -> Rules:
    """The page-reading rules, read once.

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    words = WordLists("common", "html")

    return Rules(
        frozenset(words("drop_tags")),
        frozenset(words("drop_words")),
        frozenset(words("content_words")),
        frozenset(words("block_tags")),
        words("title_separators"),
        frozenset(words("paragraph_words")),
    )
