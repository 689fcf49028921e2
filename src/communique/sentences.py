"""Split reading text into sentences; abbreviations such as "M." do not end one."""

from __future__ import annotations

import functools
import re

from communique.model import Language
from communique.structure.vocabulary import structure_vocabulary

__all__ = ["opening_sentence", "sentence_spans"]


@functools.cache
def _sentence_end(language: Language) -> re.Pattern[str]:
    abbreviations = sorted(structure_vocabulary(language).abbreviations, key=len, reverse=True)
    # One fixed-width look-behind per length: the standard engine needs fixed widths.
    guards = "".join(rf"(?<!(?<![\w.]){re.escape(a)})" for a in abbreviations)
    return re.compile(rf"{guards}[.!?…](?=[\"»”’)]*\s+[\"«“(]*[^\W\d_])")


def sentence_spans(text: str, language: Language) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text``, covering it end to end.

    >>> text = "M. Kishida est arrivé. Il a salué M. Macron."
    >>> [text[a:b] for a, b in sentence_spans(text, "fr")]
    ['M. Kishida est arrivé.', ' Il a salué M. Macron.']
    """
    spans, start = [], 0
    for match in _sentence_end(language).finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def opening_sentence(text: str, language: Language) -> str:
    """The first sentence of ``text``."""
    spans = sentence_spans(text, language)
    return text[: spans[0][1]] if spans else text
