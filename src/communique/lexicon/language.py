"""Words that tell the languages apart, from ``resources/<lang>/language.toml``."""

from __future__ import annotations

import functools
import itertools
from typing import TYPE_CHECKING, Final

from communique.lexicon import load_table, string_list
from communique.patterncache import compile_pattern

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from communique.model import Language

__all__ = ["content_words", "marked_letters", "scripts", "sentence_case", "stopwords"]


@functools.cache
def stopwords(language: Language) -> frozenset[str]:
    """The frequent function words of ``language`` (lower case), counted by detection.

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    table = load_table(language, "language")
    return frozenset(string_list(table, "stopwords", where=f"{language}/language.toml"))


@functools.cache
def marked_letters(language: Language) -> frozenset[str]:
    """Letters that mark ``language`` among the shipped ones (French "é", "ç"), if its data says.

    They decide a text whose function words are no cue ("Karl Lirov a reçu Paul Deroux."
    against "President Karl Lirov met Paul Deroux.").

    Raises:
        ResourceError: the data file is malformed.
    """
    table = load_table(language, "language")
    if "marked_letters" not in table:
        return frozenset()
    return frozenset(string_list(table, "marked_letters", where=f"{language}/language.toml"))


@functools.cache
def scripts(language: Language) -> tuple[str, ...]:
    """The scripts ``language`` is written in (Unicode script names), if its data says.

    A short line in another script is a page's furniture in a text of this language (a
    Greek blog's date line above an English release). Empty: no line is judged by script.

    Raises:
        ResourceError: the data file is malformed.
    """
    table = load_table(language, "language")
    if "scripts" not in table:
        return ()
    return string_list(table, "scripts", where=f"{language}/language.toml")


def content_words(words: Iterable[str], language: Language, *, min_letters: int) -> Iterator[str]:
    """The ``words`` that are no function words of ``language``: long enough, no stopword.

    A name's or a headline's content words ("Pacific Islands Forum", "conjoint"), read
    without its articles and links ("de", "l'", "of", "the").

    >>> list(content_words(["Commission", "de", "l", "océan", "Indien"], "fr", min_letters=3))
    ['Commission', 'océan', 'Indien']
    """
    function_words = stopwords(language)
    return (w for w in words if len(w) >= min_letters and w.lower() not in function_words)


_LOWER_WORD: Final = compile_pattern(r"(?<![\w'’-])[^\W\d_A-ZÀ-Þ][^\W\d_]*")
"""A word opening in lower case."""
_CONTENT_LETTERS: Final = 4
_SENTENCE_CASE_WORDS: Final = 2


def sentence_case(text: str, language: Language) -> bool:
    """Whether a headline is written in sentence case: content words in lower case.

    Two lower-case words of four letters or more that are no function words: "Communiqué
    conjoint de Jean-Yves Le Drian et de …", not "Secretary's Call With Foreign Minister X".

    >>> sentence_case("Retour des pluies dans le nord du pays", "fr")
    True
    >>> sentence_case("Secretary's Call With Foreign Minister Lirov", "en")
    False
    """
    lower = content_words(_LOWER_WORD.findall(text), language, min_letters=_CONTENT_LETTERS)
    return len(list(itertools.islice(lower, _SENTENCE_CASE_WORDS))) == _SENTENCE_CASE_WORDS
