"""Tell an instrument known only by the day it was signed: « l'accord de dimanche ».

A wire names the text signed that week by its day: « l'accord de dimanche », "Sunday's
agreement", "the Sunday agreement". A weekday or "yesterday" names no instrument, as a
date does (« l'Accord du 31 décembre 2016» is one's name): the mention is a bare head.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import communique.readings as readings
from communique.patterncache import compile_pattern
from communique.wordtrie import phrase_key

if TYPE_CHECKING:
    from communique.document import Document
    from communique.extract.instrument_naming import Mention
    from communique.lexicon.agreements import AgreementVocabulary

__all__ = ["named_by_day"]

_DAY_UNITS: Final = frozenset({"weekday", "day"})
"""Relative dates that tell a day of the week around the text's: "Sunday", "hier"."""
_LINK: Final = compile_pattern(r"[ \t]*([^\W\d_]+['’]?)[ \t]*")
"""The link word after the head (« de », « du », « d' »)."""
_BEFORE: Final = compile_pattern(r"(?:[^\W\d_]+[ \t]+)?([^\W\d_]+?)(?:['’]s)?[ \t]+$")
"""An article at most, then one word before the head, maybe a possessive ("Sunday's ")."""


def named_by_day(
    doc: Document, text: str, mention: Mention, end: int, vocab: AgreementVocabulary
) -> bool:
    """Whether the words naming the instrument tell only a day: a weekday or "yesterday".

    ``end`` is where its name ends in ``text``; French puts the day after a link (« accord
    de dimanche »), English before the head ("Sunday's agreement").
    """
    days = [
        (found.start, found.end)
        for found in readings.found_dates(doc, text)
        if found.meaning.relative is not None and found.meaning.relative.unit in _DAY_UNITS
    ]
    if not days:
        return False
    if end > mention.head_end:
        link = _LINK.match(text, mention.head_end, end)
        if link is None or phrase_key(link.group(1)) not in vocab.links:
            return False
        # « l'accord de lundi dernier »: the day's mention may run past the name's words
        return any(start == link.end() and stop >= end for start, stop in days)
    if mention.start < mention.head_start:
        before = _BEFORE.search(text, mention.start, mention.head_start)
        return before is not None and any(start == before.start(1) for start, _ in days)
    return False
