"""A letterhead line naming the release's author by office and name, which is no title.

Ministers' releases print, above the headline, a line in capitals with the kind of text,
the office and the name of the minister: "MEDIA RELEASE MINISTER FOR FOREIGN AFFAIRS PAUL
KORANDA", "COMMUNIQUÉ LE MINISTRE DES AFFAIRES ÉTRANGÈRES PAUL KORANDA". The headline
comes below it; the person is read from the line as a header line (``extract.persons``).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from communique.lexicon import WordLists
from communique.lexicon.common.given_names import given_names
from communique.lexicon.persons import article_at, person_vocabulary
from communique.lexicon.structure import line_key
from communique.patterncache import compile_regex

if TYPE_CHECKING:
    from communique.lexicon.structure import StructureVocabulary
    from communique.model import Language

__all__ = ["author_part", "headline_verbs", "is_author_line"]

_WORD: Final = compile_regex(r"[\p{L}'’-]+")
_NUMBERED: Final = compile_regex(r"\s\S*\d")
"""The first word holding a digit: a release number or a date ("FA90", "19 June 2002")."""
_NAME_WORDS: Final = 4
"""Words at the end of the line searched for the author's given name."""
_MIN_NAME_WORDS: Final = 2
"""Words of a full name at least, after an office in mixed case."""


def is_author_line(text: str, language: Language, vocab: StructureVocabulary) -> bool:
    """Whether a line in capitals is a kind label (optional), an office and a full name.

    >>> from communique.lexicon.structure import structure_vocabulary
    >>> vocab = structure_vocabulary("en")
    >>> is_author_line("MEDIA RELEASE MINISTER FOR TRADE PAUL KORANDA", "en", vocab)
    True
    >>> is_author_line("MINISTER FOR TRADE PAUL KORANDA FA90    19 June 2027", "en", vocab)
    True
    >>> is_author_line("MINISTER FOR TRADE VISITS VALMONT", "en", vocab)
    False
    """
    return author_part(text, language, vocab) is not None


def author_part(text: str, language: Language, vocab: StructureVocabulary) -> str | None:
    """The line up to the author's name, before a release number and date that may follow."""
    numbered = _NUMBERED.search(text)
    head = text[: numbered.start()] if numbered is not None else text
    return head if _names_author(head, language, vocab) else None


def _office_and_name(text: str, language: Language, vocab: StructureVocabulary) -> bool:
    """Whether a line is only an office and a name, in mixed case.

    A site's section of an office holder prints it above the headline: "Secretary-General
    Karl Lirov", "Prime Minister Anna Serel". A headline in title case holds linking words
    or verbs no name does: "Foreign Minister To Visit Kalvora", "… Muhriddin Visits Russia".
    """
    persons = person_vocabulary(language)
    role = persons.role.match(text)
    if role is None:
        return False
    words = _WORD.findall(text[role.end() :])
    return (
        _MIN_NAME_WORDS <= len(words) <= _NAME_WORDS
        and all(word[0].isupper() for word in words)
        and not any(
            word.casefold() in vocab.connectors and word.casefold() not in persons.particles
            for word in words
        )
        and persons.meeting_verb.search(text) is None
        # "Foreign Minister Muhriddin Visits Russia": a headline's verb goes on after the name
        and not any(word.casefold() in headline_verbs(language) for word in words)
    )


@functools.cache
def headline_verbs(language: Language) -> frozenset[str]:
    """The verbs a headline writes after its subject ("Visits", « convoque »), case-folded.

    The persons' ``headline_verbs`` of ``language``: no name goes on with one.
    """
    return frozenset(verb.casefold() for verb in WordLists(language, "persons")("headline_verbs"))


def _names_author(text: str, language: Language, vocab: StructureVocabulary) -> bool:
    """Whether a line in capitals is a kind label (optional), an office, then a full name.

    The office opens the line after the label and an article; a meeting verb makes it a
    headline instead; a listed given name among the last words makes the name a person's.
    """
    if not text.isupper():
        return _office_and_name(text.strip(), language, vocab)
    rest = text.strip()
    key = line_key(rest)
    labels = [label for label in vocab.kind_labels if key.startswith(f"{label} ")]
    if labels:  # the longest: "communiqué de presse", not "communiqué"
        rest = rest[len(max(labels, key=len)) :].strip()  # keys keep the line's letters
    persons = person_vocabulary(language)
    article = article_at().match(rest)  # "LE MINISTRE DES AFFAIRES ÉTRANGÈRES …"
    if persons.role.match(rest, article.end() if article else 0) is None:
        return False
    if persons.meeting_verb.search(rest) is not None:
        return False  # a headline: "L'AMBASSADEUR … REÇOIT LE MINISTRE X"
    words = _WORD.findall(rest)
    tail = words[-_NAME_WORDS:-1]  # a given name, then at least a family name
    return any(word.casefold() in given_names() for word in tail)
