"""The holder a role names: right after its head or complement, or in apposition after a comma."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.extract.names import Name, parse_name, skip_honorifics, skip_post_nominals, word_at
from communique.extract.role_complement import past_acronym
from communique.extract.role_heads import WORD_ENDING
from communique.lexicon import LANGUAGES
from communique.lexicon.common.given_names import given_names
from communique.lexicon.dates import date_vocabulary, month_words
from communique.lexicon.persons import article_at, person_words
from communique.patterncache import compile_pattern
from communique.records import shared_repr
from communique.wordtrie import alternation

if TYPE_CHECKING:
    from communique.lexicon.persons import PersonVocabulary

__all__ = ["SPACES_AT", "RolePhrase", "apposed_name", "with_holder"]

_COMMA: Final = compile_pattern(r"\s*,\s*")
SPACES_AT: Final = compile_pattern(r"[ \t]*")


@shared_repr
@attrs.frozen(repr=False)
class RolePhrase:
    """A role at ``text[start:end]`` (article, head and complement), and its holder if named."""

    start: int
    head_start: int
    end: int
    name: Name | None = None
    glued: bool = False
    """The name follows the head directly ("le Premier ministre Fumio Kishida")."""


def with_holder(
    text: str,
    span: tuple[int, int, int],
    position: int,
    vocab: PersonVocabulary,
    entities: dict[int, int],
    *,
    glued: bool,
) -> RolePhrase:
    """The role and the name after it; after a complement, a name needs a given name.

    "le ministre Asselborn" holds the role, but in "the Minister … on the Trilateral
    Meeting" a lone capitalised word after the complement is no one's name.
    """
    position = skip_honorifics(text, position, vocab)
    title = vocab.role.match(text, position)
    head = vocab.role.match(text, span[1])
    # "the Sultan of Valmont Sultan Karl Lirov": the office's own head again is the title
    again = (
        head is not None
        and title is not None
        and head.group().casefold() == title.group().casefold()
    )
    if (
        title is not None
        and not glued
        and not again
        and title.group() in person_words("given_name_titles")
    ):
        title = None  # "… of Valmont Amir Karl Lirov": past a complement, a given name
    if title is not None:  # "his counterpart Prince X": a title glued to the name
        position = skip_honorifics(text, title.end(), vocab)
    holder = parse_name(text, position, vocab, entities)
    if (
        holder is not None
        and not glued
        and not holder.given
        and not _lone_holder(text, holder, vocab)
    ):
        holder = None
    # the office's title printed again joins the name to the office, as if glued to it
    return RolePhrase(*span, holder, glued=glued or (again and holder is not None))


def _lone_holder(text: str, holder: Name, vocab: PersonVocabulary) -> bool:
    """Whether a one-word name after a complement names its holder.

    "Le ministre coordinateur Suharto et son homologue …": after a lower-case word, ending
    its noun phrase (a verb, a coordinator or a comma follows); after a capitalised word,
    which in French may be the office's own ("de la Formation Professionnelle"), only in
    English and before a verb.
    """
    before = WORD_ENDING.search(text, max(0, holder.start - 40), holder.start)
    if before is None or text[holder.start : holder.end].casefold() in _calendar_words():
        return False  # "the Minister for Trade Monday announced": a day, not a holder
    position = holder.end
    verb = vocab.subject_verb.match(text, position) or vocab.past_verb.match(text, position)
    if not before.group(1)[0].islower():
        # English offices do not end on an adjective after their noun: "Minister for
        # Political, Legal and Security Affairs Wiranto said" (but "de la Formation
        # Professionnelle a …").
        return vocab.lowercase_after_link_only and verb is not None
    return verb is not None or _clause_link().match(text, position) is not None


@functools.cache
def _calendar_words() -> frozenset[str]:
    """Month and weekday names of every language, case-folded."""
    weekdays = (word for lang in LANGUAGES for word in date_vocabulary(lang).weekdays)
    return month_words() | frozenset(weekdays)


@functools.cache
def _clause_link() -> re.Pattern[str]:
    """A comma, a closing parenthesis or a coordinator after a name."""
    joins = alternation(person_words("coordinators"))
    return compile_pattern(rf"[ \t]*(?:[,;)]|(?:{joins})(?![\w'’]))")


def apposed_name(
    text: str, end: int, vocab: PersonVocabulary, entities: dict[int, int]
) -> Name | None:
    """The name in ", Sébastien Lecornu," after a role, when one stands there."""
    comma = _COMMA.match(text, past_acronym(text, end))  # "… Francophonie (OIF), Mme X"
    if comma is None:
        return None
    position = comma.end()
    article = article_at().match(text, position)
    if article is not None and vocab.honorific.match(text, article.end()):
        position = article.end()  # "le ministre de la Santé, le Professeur X"
    position = skip_honorifics(text, position, vocab)
    title = vocab.role.match(text, position)
    if title is not None:  # "The Saudi foreign minister, Prince X": a title glued to the name
        styled = title.group().casefold()
        if styled not in vocab.courtesy_roles and styled not in vocab.courtesy_titles:
            return None  # "The Chief of Staff, Minister X": X holds the office before them
        position = skip_honorifics(text, title.end(), vocab)
    name = parse_name(text, position, vocab, entities)
    if name is None or _opens_participle(name):
        return None
    # French sets a space before ";" and ":" ("M. X ; Mme Y"); post-nominal letters
    # belong to the name ("The Hon Julia X MP,").
    gap = SPACES_AT.match(text, skip_post_nominals(text, name.end, vocab)).end()  # type: ignore[union-attr]
    after = text[gap : gap + 1]
    # "(Suisse)": the holder's state or party in parentheses ends the apposition too.
    if after in {",", ".", ";", ":", ")", "(", ""} or vocab.subject_verb.match(text, name.end):
        return name
    # "du Haut représentant …, Josep Borrell sur les …": a full name ends the apposition.
    following = word_at(text, name.end)
    if name.given and following is not None and following.group()[0].islower():
        return name
    return None


def _opens_participle(name: Name) -> bool:
    """Whether the would-be name opens a participle clause: "…, Urging Adherence to …".

    A headline in title case capitalises the participle after an office and its comma; a
    listed given name with that ending stays a name. Both languages' endings are read, as
    for the other words of names (« …, Appelant au Dialogue »).
    """
    first = (*name.given, *name.family)[0].casefold()
    return (
        len(first) >= _PARTICIPLE_LENGTH
        and first.endswith(_participle_endings())
        and first not in given_names()
    )


_PARTICIPLE_LENGTH: Final = 6
"""Letters at least of a participle read so ("Urging"; not "Jing", "Ming")."""


@functools.cache
def _participle_endings() -> tuple[str, ...]:
    """Every shipped language's endings of a present participle ("ing", « ant »)."""
    return person_words("clause_participle_endings")
