"""Days that close a "since" phrase: the start of a period, not the day a text is issued on.

« … effectuera une visite en France, la première depuis son élection le 12 décembre 2011 »,
"the first since her election on 3 May 2024": the day dates the election, the start of what
lasts until the reported event. The document date is not read there. An open interval
opened by the preposition itself (« depuis le 3 mai ») is found whole, as a range, and is
not such a day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import communique.readings as readings
from communique.lexicon.dates import since_pattern
from communique.lexicon.persons import person_vocabulary
from communique.patterncache import compile_pattern

if TYPE_CHECKING:
    from communique.document import Document
    from communique.model import Language

__all__ = ["since_days"]

_REACH: Final = 60
"""Characters before a day searched for the "since" word that opens its phrase."""
_BREAK: Final = compile_pattern(r"[.,;:!?()\n]")
_NEXT_WORD: Final = compile_pattern(r"\s+(\w+)")
"""A mark between the "since" word and the day: they are in different clauses."""


def since_days(doc: Document, text: str, end: int) -> tuple[int, ...]:
    """Where the days of ``text[:end]`` that close a "since" phrase start."""
    return tuple(
        found.start
        for found in readings.found_dates(doc, text)
        if found.start < end
        and found.meaning.kind == "date"
        and closes_since(text, found.start, doc.lang)
    )


def closes_since(text: str, start: int, language: Language) -> bool:
    """Whether a "since" word and a possessive open the phrase that the day at ``start`` closes.

    The possessive makes the phrase an event of the subject's (« son élection », "her
    arrival"); a place (« depuis Valmont ») or a year (« depuis 2019 ») does not.

    >>> text = "la première visite depuis son élection le 12 décembre 2025"
    >>> closes_since(text, text.index("12"), "fr")
    True
    >>> text = "Le ministre s'est adressé depuis Valmont le 12 décembre 2025 aux participants"
    >>> closes_since(text, text.index("12"), "fr")
    False
    """
    low = max(0, start - _REACH)
    openers = list(since_pattern(language).finditer(text, low, start))
    if not openers or _BREAK.search(text, openers[-1].end(), start) is not None:
        return False
    word = _NEXT_WORD.match(text, openers[-1].end())
    return word is not None and word.group(1).casefold() in person_vocabulary(language).possessives
