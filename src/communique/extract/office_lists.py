"""Read a list of offices joined by commas and "et"/"and", each office its own role.

"ministre de l'Économie, ministre de la Santé et ministre des Sports du Sénégal", "Foreign
Minister and Trade Minister", "les ministres japonais des Affaires étrangères et de la
Défense": one role per office, each read like any role (its complement, the party it
names). Offices of one head share the party the list names once for all. The reading of
a single role (``roles.read_role``) chains offices into one ("ministre d'État, ministre
de …": one holder's); here each head opens an office of its own.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.extract.person_constructions import Role
from communique.extract.person_context import Parties
from communique.extract.role_affiliation import normalize_role
from communique.extract.role_heads import RoleMatch, role_at
from communique.extract.roles import read_role
from communique.letters import CAPITAL
from communique.lexicon.persons import article_at, person_words
from communique.patterncache import compile_pattern
from communique.records import shared_repr
from communique.wordtrie import alternation

if TYPE_CHECKING:
    from collections.abc import Sequence

    from communique.hits import PartyHit
    from communique.lexicon.persons import PersonVocabulary

__all__ = ["OfficeReading", "Offices", "list_separator", "offices_ending", "read_offices"]

_OFFICE_REACH: Final = 300
"""Characters before a position that can hold a list of offices ending there."""
_CLAUSE_END: Final = compile_pattern(r"[;:.\n]")
"""Ends a clause an office list cannot reach over (commas join the offices)."""
_SPACES: Final = compile_pattern(r"[ \t]+")
_SPACES_BEFORE: Final = compile_pattern(r"[ \t]+\Z")
"""The spaces ending a window: between a party's name and the head glued after it."""
_GLUE_REACH: Final = 40
"""Characters before a head searched for the spaces that glue a party's name to it."""
_PORTFOLIO_WORDS: Final = compile_pattern(r"(?:[^\W\d_][\w-]*[ \t]+){1,3}")
"""The words of a portfolio before its head: "Trade Minister", "Foreign Affairs Minister"."""


@shared_repr
@attrs.frozen(repr=False)
class OfficeReading:
    """What a unit's offices are read with: its text, vocabulary and parties."""

    text: str
    vocab: "PersonVocabulary"  # noqa: UP037 (mypyc: a name imported for typing only)
    entities: dict[int, int]
    """Party names by start → end, read whole inside a complement."""
    party_hits: "Sequence[PartyHit]"  # noqa: UP037 (mypyc: a name imported for typing only)
    index: Parties = attrs.field(
        default=attrs.Factory(lambda reading: Parties(reading.party_hits), takes_self=True),
        kw_only=True,
        repr=False,
        eq=False,
    )
    """The parties by position, indexed once per unit (``attrs.evolve`` passes it on): a
    unit's many offices look them up by position, not in a pass over every party each."""


@shared_repr
@attrs.frozen(repr=False)
class Offices:
    """The offices of a list, in order, and where the list starts and ends."""

    roles: tuple[Role, ...]
    start: int
    """Where the list starts, its article included."""
    end: int


def read_offices(reading: OfficeReading, start: int) -> Offices | None:
    """Two offices or more from ``start``, joined by commas or "et"/"and".

    Each office starts with a role head ("ministre de X et ministre de Y"); one plural
    head lists its complements instead ("ministres de X et de Y").

    >>> from communique.lexicon.persons import person_vocabulary
    >>> text = "ministre de l'Économie et ministre des Sports, a dit"
    >>> offices = read_offices(OfficeReading(text, person_vocabulary("fr"), {}, ()), 0)
    >>> [text[role.start : role.end] for role in offices.roles]
    ["ministre de l'Économie", 'ministre des Sports']
    """
    offices = _singular_offices(reading, start)
    plural = offices is None
    offices = offices or _plural_offices(reading, start)
    if offices is None or len(offices.roles) < 2:
        return None
    return attrs.evolve(offices, roles=_shared_party(reading, offices.roles, plural=plural))


def offices_ending(reading: OfficeReading, end: int) -> Offices | None:
    """The longest list of two offices or more ending exactly at ``end``."""
    prefix = reading.text[:end]
    shortened = attrs.evolve(reading, text=prefix)
    window = max(0, end - _OFFICE_REACH)
    clause = max((m.end() for m in _CLAUSE_END.finditer(prefix, window, end)), default=window)
    heads = [*reading.vocab.role.finditer(prefix, clause, end)]
    if reading.vocab.plural_role is not None:
        heads += reading.vocab.plural_role.finditer(prefix, clause, end)
    for head in sorted(heads, key=lambda m: m.start()):
        for start in _starts_before(shortened, head.start(), clause):
            offices = read_offices(shortened, start)
            if offices is not None and offices.end == end:
                return offices
    return None


def _starts_before(reading: OfficeReading, head: int, floor: int) -> list[int]:
    """Where an office whose head starts at ``head`` may start, the farthest first.

    Over the article, a party's name or demonym glued to the head ("the Ghanaian
    Ministers") and, in English, the words of a portfolio ("the Trade Minister").
    """
    text = reading.text
    starts = [head]
    portfolio = _portfolio_before().search(text, max(floor, head - 40), head)
    if reading.vocab.portfolio_before_head and portfolio is not None:
        starts.append(portfolio.start())
    spaces = _SPACES_BEFORE.search(text, max(floor, starts[-1] - _GLUE_REACH), starts[-1])
    glued = _ending_at(reading, spaces.start()) if spaces is not None else None
    if glued is not None and glued.start >= floor:
        starts.append(glued.start)
    article = _article_before().search(text, max(floor, starts[-1] - 5), starts[-1])
    if article is not None:
        starts.append(article.start())
    return starts[::-1]


def _ending_at(reading: OfficeReading, position: int) -> PartyHit | None:
    """The party whose name ends at ``position``, or None."""
    hit = reading.index.last_before(position)
    return hit if hit is not None and hit.end == position else None


def _single_at(reading: OfficeReading, position: int) -> PartyHit | None:
    """The party named alone (one state) whose name starts at ``position``, or None."""
    hit = reading.index.first_after(position)
    return hit if hit is not None and hit.start == position and len(hit.keys) == 1 else None


def _office_at(reading: OfficeReading, position: int) -> tuple[RoleMatch, str | None] | None:
    """The office head at ``position`` and the party glued before it, if any.

    "le ministre", "the Ghanaian Minister" (Ghana's), "the Trade Minister" (English
    portfolio before the head): the role starts at its head, or at its portfolio.
    """
    text, vocab = reading.text, reading.vocab
    article = article_at().match(text, position)
    cursor = article.end() if article else position
    party = None
    hit = _single_at(reading, cursor)
    if hit is not None and (spaces := _SPACES.match(text, hit.end)) is not None:
        cursor, party = spaces.end(), hit.keys[0]
    role = role_at(text, cursor, vocab) or _portfolio_head(reading, cursor)
    if role is None:
        return None
    return attrs.evolve(role, start=cursor if party else position), party


def _portfolio_head(reading: OfficeReading, position: int) -> RoleMatch | None:
    """In English, a head after the words of its portfolio: "Trade Minister"."""
    vocab, text = reading.vocab, reading.text
    words = _PORTFOLIO_WORDS.match(text, position)
    if not vocab.portfolio_before_head or words is None:
        return None
    for word in _SPACES.split(text[position : words.end()].strip()):
        head = vocab.role.match(text, text.index(word, position))
        if head is not None:
            return RoleMatch(position, head.start(), head.end(), head.group().casefold())
        if word.casefold() not in vocab.complement_words:
            return None
    return None


def _shared_party(
    reading: OfficeReading, roles: tuple[Role, ...], *, plural: bool
) -> tuple[Role, ...]:
    """The offices, those naming no party taking the one the list names once for all.

    One plural head's complements share its party wherever it is named ("les ministres
    japonais de X et de Y"); offices of one head share the party closing the last one
    ("ministre de X et ministre de Y du Sénégal"). Offices of different heads share none.
    """
    named = [_affiliation(reading, role) for role in roles]
    if plural:
        parties = {party for party in (*named, *(r.party for r in roles)) if party is not None}
        party = parties.pop() if len(parties) == 1 else None
    else:
        # "Foreign Minister and Trade Minister": offices of one kind, whatever the portfolio.
        same = len({role.head.split()[-1] for role in roles}) == 1
        party = named[-1] if same else None
    if party is None:
        return roles
    return tuple(
        role if own is not None or role.party is not None else attrs.evolve(role, party=party)
        for role, own in zip(roles, named, strict=True)
    )


def _affiliation(reading: OfficeReading, role: Role) -> str | None:
    """The party an office names in its own words ("ministre de la Défense du Japon")."""
    hits = reading.index.inside(role.start, role.end)
    return normalize_role(reading.text, role.start, role.end, hits, role.head_end)[1]


def _singular_offices(reading: OfficeReading, start: int) -> Offices | None:
    """Offices each with its head: "ambassadeur de X auprès de Y et ambassadeur de X à Z".

    An office reaches the join before the next head, over words the reading of one role
    stops at ("au Commerce Extérieur et ministre …"); the last one ends where its
    reading does.
    """
    text, vocab = reading.text, reading.vocab
    roles: list[Role] = []
    position: int | None = start
    while position is not None:
        office = _office_at(reading, position)
        if office is None:
            return None
        role, party = office
        phrase = read_role(
            text, role.start, role.head_start, role.head_end, vocab, reading.entities, named=False
        )
        clause = _CLAUSE_END.search(text, role.head_end)
        limit = clause.start() if clause else len(text)
        end, position = phrase.end, None
        for join in list_separator().finditer(text, role.head_end, limit):
            if _office_at(reading, join.end()) is not None:  # the next office
                end, position = join.start(), join.end()
                break
            if join.start() >= phrase.end:  # no head after the list's last comma or "et"
                break
        roles.append(Role(role.start, role.head_end, end, role.head, party=party))
    return Offices(tuple(roles), start, roles[-1].end) if roles else None


def _plural_offices(reading: OfficeReading, start: int) -> Offices | None:
    """One plural head and its complements: "ministres des Affaires étrangères et de la Défense"."""
    text, vocab = reading.text, reading.vocab
    article = article_at().match(text, start)
    cursor = article.end() if article else start
    glued = _single_at(reading, cursor)
    if glued is not None and (spaces := _SPACES.match(text, glued.end)) is not None:
        cursor = spaces.end()  # "the Ghanaian Ministers": the demonym is each one's party
    head = vocab.plural_role.match(text, cursor)  # type: ignore[union-attr]
    singular = vocab.plural_roles.get(" ".join(head.group().casefold().split()), "") if head else ""
    if head is None or not singular:
        return None
    phrase = read_role(text, start, head.start(), head.end(), vocab, reading.entities, named=False)
    cuts = [head.end()]
    for join in list_separator().finditer(text, head.end(), phrase.end):
        if _complement_at().match(text, join.end()):
            cuts += [join.start(), join.end()]
    cuts.append(phrase.end)
    roles = []
    for left, right in zip(cuts[::2], cuts[1::2], strict=True):
        complement = text[left:right].strip()
        if not complement:
            return None
        hits = reading.index.inside(left, right)
        role, _ = normalize_role(text, left, right, hits, left)
        party = glued.keys[0] if glued is not None and cursor > start else None
        roles.append(Role(left, left, right, singular, f"{singular} {role}".strip(), party))
    return Offices(tuple(roles), start, phrase.end)


@functools.cache
def list_separator() -> re.Pattern[str]:
    """Between two items of a list: a comma, a coordinator or both."""
    joins = alternation(person_words("coordinators"))
    return compile_pattern(rf"[ \t]*,[ \t]*(?:(?:{joins})[ \t]+)?|[ \t]+(?:{joins})[ \t]+", re.I)


@functools.cache
def _complement_at() -> re.Pattern[str]:
    """A link opening the complement of a plural head: "de la", "des", "of", "for"."""
    links = alternation(person_words("linked_party_ends"))
    return compile_pattern(rf"(?:{links})(?![\w])", re.I)


@functools.cache
def _article_before() -> re.Pattern[str]:
    """An article, as a whole word, ending the text before a head."""
    articles = alternation(person_words("articles"))
    elided = alternation(person_words("elided_articles"))
    return compile_pattern(rf"(?<![\w'’])(?:(?:{articles})[ \t]+|(?:{elided}))$", re.I)


@functools.cache
def _portfolio_before() -> re.Pattern[str]:
    """Capitalised words ending the text before a head: "Foreign Affairs "."""
    return compile_pattern(rf"(?:{CAPITAL}[\w-]*[ \t]+){{1,3}}$")
