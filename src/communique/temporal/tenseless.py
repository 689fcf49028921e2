"""The coming weekday of a clause that tells no tense: "Ministers in Paris on Monday for talks".

A weekday, a holiday or a weekend is placed by the tense of its clause (``finder._tense``):
the last one in a past sentence, the next one in a future one. A clause with neither cue is
mostly a headline, an agenda or the journalistic present (« Le ministre se rend lundi à
Dakar »), which announce what is ahead: the coming day. The cue lists are closed, so a past
verb they miss ("inaugurated on Monday", « a inauguré lundi ») must still read as past: any
past-looking form in the sentence (``past_forms``, a word ending in ``past_endings``, an
auxiliary of ``past_auxiliaries`` and a word ending in ``participle_endings`` one word further
at most, not one of ``not_participles``) keeps the day the last one. Such forms are only a
veto here, never a tense cue: "detailed talks will be held on Monday" stays in the future.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

from communique.lexicon.dates import date_vocabulary
from communique.patterncache import compile_pattern
from communique.wordtrie import alternation, casings, trie_pattern

if TYPE_CHECKING:
    from communique.hits import Found
    from communique.model import Language

__all__ = ["ahead_by_default", "past_form"]

_AHEAD_BY_DEFAULT: Final = frozenset({"weekday", "holiday", "weekend"})
"""Units whose occurrence a clause without tense places ahead of the anchor."""


def ahead_by_default(
    masked: str, item: Found, language: Language, sentence: tuple[int, int]
) -> bool:
    """Whether ``item`` is the coming day because its sentence tells no tense at all.

    ``masked`` is the text with the date expressions blanked out, ``sentence`` the bounds of
    the sentence holding ``item``; the caller has found no tense cue around ``item``.
    """
    spec = item.meaning.relative
    if spec is None or spec.direction != "auto" or spec.unit not in _AHEAD_BY_DEFAULT:
        return False
    return past_form(language).search(masked, *sentence) is None


@functools.cache
def past_form(language: Language) -> re.Pattern[str]:
    """A past-looking form: listed, a lower-case word's ending, an auxiliary and its participle.

    « a inauguré », « ont été reçus » (``past_auxiliaries``, then ``participle_endings`` a
    word further at most); the auxiliary alone is a present (« il y a une réunion »).
    """
    vocab = date_vocabulary(language)
    forms = trie_pattern(casings(vocab.word_list("past_forms")))
    endings = "|".join(re.escape(e) for e in vocab.word_list("past_endings"))
    # A stem of three letters or more: "visited", « souhaitait »; not "need" or "bed".
    ending = rf"|(?<![\w'’-])[a-zà-ÿ]{{3,}}(?:{endings})(?![\w'’-])" if endings else ""
    auxiliary_words = vocab.word_list("past_auxiliaries")
    participle_words = vocab.word_list("participle_endings")
    auxiliaries = alternation(auxiliary_words)
    participles = "|".join(re.escape(e) for e in participle_words)
    # « la réunion a lieu lundi »: a noun after the auxiliary, no participle
    nouns = alternation(vocab.word_list("not_participles"))
    compound = (
        rf"|(?<![\w'’-])(?:{auxiliaries})[ \t]+(?!(?:{nouns})(?![\w'’-]))(?:[a-zà-ÿ]+[ \t]+)?"
        rf"[a-zà-ÿ]{{2,}}(?:{participles})(?![\w'’-])"
        if auxiliary_words and participle_words
        else ""
    )
    return compile_pattern(rf"(?<![\w'’-])(?:{forms})(?![\w'’-]){ending}{compound}")
