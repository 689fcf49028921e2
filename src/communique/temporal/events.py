"""An open bound whose edge is an event dated after it: "until the end of its mandate in December".

"until the end of its current mandate in December" is ``../2026-12``: the text runs from
the bound to the date. After "since" the data lists no bound: "since its creation in 1971"
dates the creation (the year alone), as independent annotators read it. Only when the words
between name an event (``event_bound_nouns``: creation, mandate, independence…), so that
"since the meeting in Paris in 2019" and "depuis la capitale en mai" stay the date alone.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

from communique.patterncache import compile_pattern
from communique.temporal.grammar import phrase_pattern
from communique.temporal.surroundings import Prefix
from communique.wordtrie import phrase_key

if TYPE_CHECKING:
    from communique.lexicon.dates import DateVocabulary

__all__ = ["event_bound_before"]

_LOOK_BACK: Final = 120
_WORD: Final = compile_pattern(r"[^\W\d_][\w-]*")


@functools.cache
def _pattern(vocab: DateVocabulary) -> re.Pattern[str]:
    words = vocab.word_list
    since = phrase_pattern(words("event_bounds_since"))
    until = phrase_pattern(words("event_bounds_until"))
    determiners = phrase_pattern(words("event_bound_determiners"))
    links = phrase_pattern(words("event_date_links"))
    word = r"[\w'’-]+"  # "since the adoption of resolution 2231 in 2015"
    return compile_pattern(
        rf"(?<![\w'’-])(?:(?P<since>{since})|(?P<until>{until}))[^\S\n]+"
        rf"(?P<event>(?:{determiners}(?:(?<=['’])|[^\S\n]+))?(?:{word}[^\S\n]+){{1,8}}?)"
        rf"(?:{links}[^\S\n]+)?\Z"
    )


def event_bound_before(text: str, start: int, vocab: DateVocabulary) -> Prefix | None:
    """The bound before an event that the expression at ``start`` dates, if one is there.

    >>> from communique.lexicon.dates import date_vocabulary
    >>> text = "restera jusqu'à la fin de son mandat en décembre"
    >>> event_bound_before(text, text.index("décembre"), date_vocabulary("fr"))
    Prefix(start=8, kind='until', months=None, inner=False)
    """
    match = _pattern(vocab).search(text, max(0, start - _LOOK_BACK), start)
    if match is None or not _names_an_event(match.group("event"), vocab):
        return None
    return Prefix(match.start(), "since" if match.group("since") else "until")


def _names_an_event(phrase: str, vocab: DateVocabulary) -> bool:
    nouns = _nouns(vocab)
    # "l'indépendance": the elided article is a word of its own.
    return any(phrase_key(word) in nouns for word in _WORD.findall(phrase))


@functools.cache
def _nouns(vocab: DateVocabulary) -> frozenset[str]:
    return frozenset(phrase_key(w) for w in vocab.word_list("event_bound_nouns"))
