"""A role's head in a reading unit, with the article, qualifier and portfolio before it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.lexicon.persons import article_at, person_words
from communique.patterncache import compile_pattern
from communique.records import shared_repr

if TYPE_CHECKING:
    from communique.lexicon.persons import PersonVocabulary

__all__ = ["MAX_PORTFOLIO", "WORD_ENDING", "RoleMatch", "role_at", "with_article", "with_portfolio"]

# Possessive quantifiers (*+, ++) in the patterns that end a window: nothing they could
# give back would let the match end there, and a search does not backtrack into each word.
WORD_ENDING: Final = compile_pattern(r"(?<![\w'’-])([^\W\d_][\w-]*+)[ \t]++$")
MAX_PORTFOLIO: Final = 4
"""Words of a portfolio before a role head at most ("Foreign and Home Affairs Minister")."""


@shared_repr
@attrs.frozen(repr=False)
class RoleMatch:
    """A role head in a reading unit, with the article before it if there is one."""

    start: int
    """Start of the article, or of the head when there is none."""
    head_start: int
    head_end: int
    head: str
    """The head, case-folded ("premier ministre")."""

    @property
    def has_article(self) -> bool:
        """Whether an article precedes the head ("le Premier ministre")."""
        return self.start < self.head_start


def with_article(text: str, head: re.Match[str], vocab: PersonVocabulary) -> RoleMatch:
    """The role whose head is ``head``, with the article before it if there is one."""
    start = head.start()
    qualifier = vocab.qualifier_before.search(text, max(0, start - 40), start)
    if qualifier is not None:  # "the acting foreign minister", "l'ancien ministre"
        start = qualifier.start()
    article = vocab.article.search(text, max(0, start - 5), start)
    start = article.start() if article else start
    return RoleMatch(start, head.start(), head.end(), head.group().casefold())


def with_portfolio(
    text: str, head: re.Match[str], vocab: PersonVocabulary, party_ends: frozenset[int]
) -> RoleMatch:
    """The role with its article, and in English the portfolio before its head.

    "Indian External Affairs Minister X", "the Home Affairs Minister": the words of a
    complement before the head belong to the role; a party's name there does not ("UN
    Secretary-General X" keeps the UN for the affiliation).
    """
    match = with_article(text, head, vocab)
    if not vocab.portfolio_before_head or match.has_article:
        return match
    start = portfolio = match.start
    for _ in range(MAX_PORTFOLIO):
        word = WORD_ENDING.search(text, max(0, start - 30), start)
        if word is None or word.end(1) in party_ends:
            break
        folded = word.group(1).casefold()
        if folded in person_words("coordinators") and portfolio < match.start:
            start = word.start(1)  # "Youth and Sports Minister": two portfolios joined
            continue
        if folded not in vocab.complement_words or folded in vocab.organ_words:
            break
        start = portfolio = word.start(1)
    start = portfolio  # a coordinator no portfolio's word precedes is no part of the role
    if start == match.start:
        return match
    article = vocab.article.search(text, max(0, start - 5), start)
    return attrs.evolve(match, start=article.start() if article else start)


def role_at(text: str, position: int, vocab: PersonVocabulary) -> RoleMatch | None:
    """The role (article included) starting exactly at ``position``, if any."""
    article = article_at().match(text, position)
    cursor = article.end() if article else position
    head = vocab.role.match(text, cursor)
    qualifier = vocab.qualifier_at.match(text, cursor) if head is None else None
    if qualifier is not None:  # "the acting foreign minister"
        head = vocab.role.match(text, qualifier.end())
    if head is None:
        return None
    return RoleMatch(position, head.start(), head.end(), head.group().casefold())
