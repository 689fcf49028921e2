"""Tell the language of a document from its most frequent function words."""

from __future__ import annotations

import functools
from collections import Counter
from typing import TYPE_CHECKING, Final

import attrs

from communique.lexicon import LANGUAGES, load_table, string_list

if TYPE_CHECKING:
    from communique.document import Document
    from communique.model import Language

__all__ = ["detect_language", "guess_language"]

_PUNCTUATION: Final = "\"'’()[]{}«»“”‘.,;:!?…-–—/*"
_SAMPLE: Final = 2_000
"""Characters looked at: the opening of a document tells its language."""


@functools.cache
def _stopwords(language: Language) -> frozenset[str]:
    table = load_table(language, "language")
    return frozenset(string_list(table, "stopwords", where=f"{language}/language.toml"))


def guess_language(text: str) -> Language:
    """The supported language whose function words are most frequent in ``text`` (French on a tie).

    >>> guess_language("The ministers of the two countries met in Paris.")
    'en'
    """
    # Splitting on white space and trimming punctuation is several times faster than a
    # word pattern, and function words never carry an apostrophe or a digit.
    words = Counter(word.strip(_PUNCTUATION) for word in text[:_SAMPLE].casefold().split())
    counts = {
        language: sum(words[w] for w in _stopwords(language) if w in words)
        for language in LANGUAGES
    }
    return max(LANGUAGES, key=lambda language: counts[language])


def detect_language(doc: Document) -> Document:
    """Set ``doc.language`` unless the caller gave it."""
    if doc.language is not None:
        return doc
    return attrs.evolve(doc, language=guess_language(doc.text))
