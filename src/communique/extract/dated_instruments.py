"""Tell an instrument known only by the day it was signed: « l'accord de dimanche ».

A wire names the text signed that week by its day: « l'accord de dimanche », "Sunday's
agreement", "the Sunday agreement". A weekday or "yesterday" names no instrument, as a
date does (« l'Accord du 31 décembre 2016 » is one's name): the mention is no agreement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import communique.readings as readings
from communique.extract.name_tokens import BLANKS, next_token
from communique.patterncache import compile_pattern
from communique.wordtrie import phrase_key

if TYPE_CHECKING:
    from communique.document import Document
    from communique.extract.instrument_naming import Mention
    from communique.lexicon.agreements import AgreementVocabulary

__all__ = ["named_by_day"]

_DAY_UNITS: Final = frozenset({"weekday", "day"})
"""Relative dates that tell a day of the week around the text's: "Sunday", "hier"."""
_BEFORE: Final = compile_pattern(r"(?:[^\W\d_]+[ \t]+)?([^\W\d_]+?)(?:['’]s)?[ \t]+$")
"""An article at most, then one word before the head, maybe a possessive ("Sunday's ")."""


def named_by_day(
    doc: Document, text: str, mention: Mention, end: int, vocab: AgreementVocabulary
) -> bool:
    """Whether the words naming the instrument tell only a day: a weekday or "yesterday".

    ``end`` is where its name ends in ``text``; French puts the day after a link (« accord
    de dimanche », « l'accord d'hier sur le cessez-le-feu »), English before a head in
    lower case ("Sunday's agreement", "the Sunday agreement on border trade"; "the Sunday
    Agreement" is a title).
    """
    starts = doc.memo.get("day_starts", text, lambda: _day_starts(doc, text))
    if not starts:
        return False
    if end > mention.head_end:
        link = next_token(text, mention.head_end)  # the link after the head: « de », « d' »
        if link is not None and link.end() <= end and phrase_key(link.group()) in vocab.links:
            day = BLANKS.match(text, link.end())
            if day is not None and day.end() in starts:
                return True
    if mention.start < mention.head_start and text[mention.head_start].islower():
        before = _BEFORE.search(text, mention.start, mention.head_start)
        return before is not None and before.start(1) in starts
    return False


def _day_starts(doc: Document, text: str) -> frozenset[int]:
    """Where the relative days of ``text`` start ("dimanche", "yesterday"), read once."""
    return frozenset(
        found.start
        for found in readings.found_dates(doc, text)
        if found.meaning.relative is not None and found.meaning.relative.unit in _DAY_UNITS
    )
