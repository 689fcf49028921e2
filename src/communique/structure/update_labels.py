"""Tell a page's update stamp by its label: "Updated on 10 March 2026", « Mise à jour le … ».

The day a page last changed is furniture (GUIDELINES), no date of the text: the header pass
leaves such a line to the furniture pass, and the document date reads it only as a fallback.
"""

from __future__ import annotations

import functools

import regex

from communique.lexicon.structure import structure_words
from communique.patterncache import compile_regex
from communique.wordtrie import alternation

__all__ = ["updated_line"]


def updated_line(text: str) -> bool:
    """Whether a line opens with an update stamp's label ("Updated on", « Mise à jour le »).

    >>> updated_line("Updated 15 Aug 2023, 9:40am"), updated_line("Published 15 Aug 2023")
    (True, False)
    """
    return _update_label().match(text.strip()) is not None


@functools.cache
def _update_label() -> regex.Pattern[str]:
    """An update stamp's label opening a line, in any shipped language."""
    labels = alternation(structure_words("header", "update_labels"))
    return compile_regex(rf"(?i:{labels})(?![\p{{L}}])")
