"""Whether an instrument opening its sentence is said, further on, to have been signed.

"The Memorandum of Understanding on cooperation in the field of health was signed by the
two ministers": the head is the sentence's subject and its signing is told in the passive
after the name. An English title ends before a word in lower case, so without this the
name would stop at its capitalised head ("The Memorandum of Understanding"), which names
nothing; a signing of the head lets its subject in lower case name it, as an active
signing before it does ("signed a Memorandum of Understanding on cooperation in …").
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

from communique.extract.name_tokens import digit_rank
from communique.lexicon.agreements import agreement_vocabulary, agreement_words
from communique.patterncache import compile_pattern
from communique.wordtrie import alternation, phrase_key

if TYPE_CHECKING:
    from communique.lexicon.agreements import AgreementVocabulary
    from communique.model import Language

__all__ = ["signed_subject"]

_REACH: Final = 400
"""Characters after the head searched for the passive signing, within its sentence."""
_OPENING_REACH: Final = 40
"""Characters at most between the sentence's start and the head: a few words before it."""
_WORD: Final = compile_pattern(r"[^\W_][\w'’]*")


def signed_subject(
    text: str, sentence: tuple[int, int], head: re.Match[str], vocab: AgreementVocabulary
) -> bool:
    """Whether ``head`` opens ``sentence`` and a passive signing follows in it.

    Determiners and a rank only stand before the head, and no relative clause between it
    and the signing.

    "The 5th Executive Programme of cooperation in … was signed", "The Memorandum of
    Understanding on … has also been signed by …"; not "The ministers signed …" (no
    instrument opens the sentence), nor "The Agreement on …, whose protocol was signed in
    2020, entered into force": the signing of a clause about another text.
    """
    if head.start() - sentence[0] > _OPENING_REACH:
        return False  # only the few words a subject's determiners take are read
    opening = _WORD.findall(text, sentence[0], head.start())
    small = _small_words(vocab.language)
    if not all(phrase_key(w) in small or digit_rank(w, vocab.language) for w in opening):
        return False
    end = min(sentence[1], head.end() + _REACH)
    passive = _passive(vocab.language).search(text, head.end(), end)
    if passive is None:
        return False
    return _relative(vocab.language).search(text, head.end(), passive.start()) is None


@functools.cache
def _small_words(language: Language) -> frozenset[str]:
    """Determiners and ranks in words that may stand before the sentence's subject."""
    vocab = agreement_vocabulary(language)
    return vocab.generic | vocab.definite | vocab.anaphoric | vocab.ordinals


@functools.cache
def _relative(language: Language) -> re.Pattern[str]:
    """A relative pronoun opening a clause about something else (``clause_relatives``)."""
    words = alternation(agreement_words("clause_relatives", language))
    return (
        compile_pattern(rf"(?<![\w'’])(?:{words})(?![\w'’])", re.I) if words else re.compile("(?!)")
    )


@functools.cache
def _passive(language: Language) -> re.Pattern[str]:
    """An auxiliary, maybe an adverb and a passive auxiliary, then a participle of signing."""
    vocab = agreement_vocabulary(language)
    statuses = vocab.status_after.statuses if vocab.status_after is not None else {}
    signed = [phrase for phrase, status in statuses.items() if status == "signed"]
    if not signed:
        return re.compile(r"(?!)")
    auxiliaries = alternation(agreement_words("auxiliaries", language))
    adverbs = alternation(agreement_words("status_adverbs", language))
    passive = alternation(agreement_words("passive", language))
    return compile_pattern(
        rf"(?<![\w'’])(?:{auxiliaries})\s+(?:(?:{adverbs})\s+)?(?:(?:{passive})\s+)?"
        rf"(?:{alternation(signed)})(?![\w'’])",
        re.I,
    )
