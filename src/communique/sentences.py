"""Split reading text into sentences; abbreviations such as "M." do not end one."""

from __future__ import annotations

import bisect
import functools
import operator
import re

from communique.lexicon.structure import structure_vocabulary
from communique.model import Language
from communique.patterncache import compile_pattern

__all__ = ["sentence_at", "sentence_spans"]


@functools.cache
def _sentence_end(language: Language) -> re.Pattern[str]:
    # Longest first, then alphabetical: the pattern is a cache key, the same in every process.
    # A text set in capitals prints them so too: "PRESIDENT DR. KARL LIROV".
    listed = structure_vocabulary(language).abbreviations
    abbreviations = sorted({*listed, *(a.upper() for a in listed)}, key=lambda a: (-len(a), a))
    # The period first, then one fixed-width look-behind per abbreviation over it: the
    # standard engine needs fixed widths, and testing the cheap period first keeps the
    # look-behinds off every other position.
    guards = "".join(rf"(?<!(?<![\w.]){re.escape(a)}\.)" for a in abbreviations)
    # A capital letter alone is an initial ("Karl T. Lirov", "J. Smith"), not a sentence end.
    guards += r"(?<!(?<![\w.])[A-ZÀ-ÖØ-Þ]\.)"
    # A sentence opens with a capital: "at 10:20 p.m. for 40 minutes" goes on after "p.m.".
    return compile_pattern(rf"[.!?…]{guards}(?=[\"»”’)]*\s+[\"«“(]*[^\W\d_a-zß-öø-ÿ])")


def sentence_spans(text: str, language: Language) -> tuple[tuple[int, int], ...]:
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
    return tuple(spans)


def sentence_at(spans: tuple[tuple[int, int], ...], position: int) -> tuple[int, int] | None:
    """The span of ``spans`` (from ``sentence_spans``) that holds ``position``, by bisection.

    >>> sentence_at(((0, 22), (22, 44)), 30)
    (22, 44)
    """
    index = bisect.bisect_right(spans, position, key=operator.itemgetter(1))
    return spans[index] if index < len(spans) and spans[index][0] <= position else None
