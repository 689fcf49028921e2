"""The first match of a pattern inside a window, from the matches found once.

Several readings ask, for each mention, whether a cue stands somewhere in the mention's
sentence ("will" before the name, "a rendu compte de" after it). Searching the sentence
again for each mention costs time quadratic in the sentence's length when one endless
sentence holds thousands of names (hostile input, or a text with no full stop). The
matches are found once (:func:`match_spans`) and each window is answered by bisection
(:func:`first_within`), in time logarithmic in their number.

Matches are found over the whole text, so a window sees the context beyond its edges, as
``pattern.search(text, start)`` does before ``start``; a match must lie wholly inside
the window.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import re

__all__ = ["MatchSpans", "first_within", "match_spans", "nearest_within"]

MatchSpans = tuple[tuple[int, int], ...]
"""``(start, end)`` of each match, in order, none overlapping."""


def match_spans(pattern: re.Pattern[str], text: str) -> MatchSpans:
    r"""The spans of every match of ``pattern`` in ``text``.

    >>> import re
    >>> match_spans(re.compile(r"\bwill\b"), "X will go; Y will stay")
    ((2, 6), (13, 17))
    """
    return tuple(match.span() for match in pattern.finditer(text))


def first_within(spans: MatchSpans, start: int, end: int) -> tuple[int, int] | None:
    """The first of ``spans`` that starts at or after ``start`` and ends by ``end``.

    >>> first_within(((2, 6), (13, 17)), 3, 20), first_within(((2, 6), (13, 17)), 3, 16)
    ((13, 17), None)
    """
    index = bisect.bisect_left(spans, start, key=lambda span: span[0])
    # Matches do not overlap: if the first one after ``start`` ends past ``end``, all do.
    if index < len(spans) and spans[index][1] <= end:
        return spans[index]
    return None


def nearest_within(spans: MatchSpans, start: int, end: int, window: tuple[int, int]) -> int | None:
    """How far the nearest of ``spans`` lying inside ``window`` is from ``[start, end)``.

    The distance is the gap between the two spans (the smaller of the two edge gaps when
    they overlap); None when no span lies inside the window. Only the spans next to
    ``[start, end)`` are looked at: a span further off is further away.

    >>> nearest_within(((0, 4), (10, 14), (30, 34)), 16, 20, (5, 40))
    2
    >>> nearest_within(((0, 4), (10, 14), (30, 34)), 16, 20, (12, 40))
    10
    """
    low, high = window
    index = max(0, bisect.bisect_right(spans, start, key=lambda span: span[1]) - 1)
    best: int | None = None
    for span_start, span_end in spans[index:]:
        if low <= span_start and span_end <= high:
            gap = min(abs(span_start - end), abs(start - span_end))
            best = gap if best is None else min(best, gap)
        if span_start >= end:
            break
    return best
