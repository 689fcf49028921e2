"""Distribute a list of offices over a list of persons that "respectivement" pairs up.

"MM. A et B, respectivement ambassadeur de X et ministre de Y", "A and B, Minister of Trade
and Minister of Finance respectively", "les ministres des Affaires étrangères et de la
Défense, respectivement MM. C et D": the i-th office is the i-th person's. The readers of
``titled_names`` read each office alone (or two as one, or the last with the whole list);
this step, run after them, gives each listed person one office and drops every other
construction read inside the offices, so that no word of an office becomes a person. When
the lists differ in length nothing is distributed: better no role than a wrong one.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.extract.bare_names import plain_name_ending
from communique.extract.names import parse_name
from communique.extract.person_constructions import Found, Role, Taken, is_plain_name
from communique.extract.roles import normalize_role, read_role, role_at
from communique.lexicon.persons import person_words
from communique.patterncache import compile_pattern
from communique.wordtrie import alternation

if TYPE_CHECKING:
    from collections.abc import Sequence

    from communique.gazetteer import Gazetteer
    from communique.hits import PartyHit
    from communique.lexicon.persons import PersonVocabulary

__all__ = ["Offices", "read_offices", "with_respective_roles"]

_OFFICE_REACH: Final = 300
"""Characters before a cue that can hold a list of offices."""
_GAP: Final = compile_pattern(r"[ \t]*,?[ \t]*")
"""Between a list and the cue: "A et B, respectivement", "Minister of Finance respectively"."""
_LIST_END: Final = compile_pattern(r"[ \t]*,[ \t]*")
"""Between the list of persons and the offices after it (the cue coming last)."""
_CLAUSE_END: Final = compile_pattern(r"[;:.\n]")
"""Ends a clause an office list cannot reach over (commas join the offices)."""


@attrs.frozen
class Offices:
    """The offices of a distributive list, in order, and where the list ends."""

    roles: tuple[Role, ...]
    end: int


@attrs.frozen
class _Reading:
    """What the offices of a unit are read with."""

    text: str
    vocab: PersonVocabulary
    entities: dict[int, int]
    party_hits: Sequence[PartyHit]
    parties: Gazetteer


def with_respective_roles(
    text: str,
    vocab: PersonVocabulary,
    entities: dict[int, int],
    party_hits: Sequence[PartyHit],
    parties: Gazetteer,
    taken: Taken,
) -> None:
    """Give each office of a "respectivement" list to its person among those ``taken``.

    >>> from communique.gazetteer import gazetteer
    >>> from communique.lexicon.persons import person_vocabulary
    >>> text = "Ali Lebrun et Inès Morel, respectivement ministre du Commerce et ministre des Arts"
    >>> taken = Taken()
    >>> with_respective_roles(text, person_vocabulary("fr"), {}, (), gazetteer("fr"), taken)
    >>> [(text[f.start : f.end], text[f.role.start : f.role.end]) for f in taken.found]
    [('Ali Lebrun', 'ministre du Commerce'), ('Inès Morel', 'ministre des Arts')]
    """
    reading = _Reading(text, vocab, entities, party_hits, parties)
    for cue in _cue().finditer(text):
        _distribute(reading, cue, taken)


def _distribute(reading: _Reading, cue: re.Match[str], taken: Taken) -> None:
    """Pair the persons and the offices around one cue, in any of the three orders."""
    text = reading.text
    before = len(text[: cue.start()].rstrip(" \t,"))
    after = _GAP.match(text, cue.end()).end()  # type: ignore[union-attr]
    offices = read_offices(reading, after)
    if offices is not None:  # "A et B, respectivement X et Y"
        persons = _persons_ending(reading, taken, before)
        _paired(taken, persons, offices, (offices.roles[0].start, offices.end))
        return
    offices = _offices_ending(reading, before)
    if offices is None:
        return
    start = offices.roles[0].start
    # "les ministres de X et de Y, respectivement MM. A et B"
    persons = _persons_starting(reading, taken, after) if "," not in text[cue.end() : after] else []
    if persons:
        _paired(taken, persons, offices, (start, None))
        return
    listed = _LIST_END.search(text, max(0, start - 3), start)  # "A and B, X and Y respectively"
    if listed is not None and listed.end() == start:
        persons = _persons_ending(reading, taken, listed.start())
        _paired(taken, persons, offices, (start, cue.end()))


def _paired(
    taken: Taken, persons: list[Found], offices: Offices, where: tuple[int, int | None]
) -> None:
    """Give the i-th person the i-th office; read nothing else inside the offices.

    ``where``: where the offices start, and where the last person's construction ends
    when the offices follow it. Every other construction inside the offices (an office
    read alone, a word of one read as a name) is dropped. When the counts differ, no
    person keeps a role read from inside the offices, and the offices read alone stay.
    """
    (start, last_stop), end = where, offices.end
    if not persons:
        return
    inside = [f for f in taken.found if f not in persons and start <= f.anchor < end]
    if len(persons) != len(offices.roles):
        for item in inside:
            if item.name is not None:
                taken.remove(item)
        for person in persons:
            if person in taken.found:
                _replace(taken, person, _without_office(person, start, end))
        return
    for item in inside:
        taken.remove(item)
    for index, (person, role) in enumerate(zip(persons, offices.roles, strict=True)):
        last = index == len(persons) - 1
        stop = max(person.stop, last_stop or person.end) if last else person.end
        _replace(taken, person, attrs.evolve(person, role=role, stop=stop))


def _replace(taken: Taken, old: Found, new: Found) -> None:
    """Put ``new`` in the place of ``old`` (read or not yet) among ``taken``."""
    if old in taken.found:
        taken.remove(old)
    taken.add(new)


def _without_office(person: Found, start: int, end: int) -> Found:
    """``person`` without a role read from inside ``[start, end)``."""
    role = person.role
    if role is None or not start <= role.start < end:
        return person
    return attrs.evolve(person, role=None, stop=person.end)


def _persons_ending(reading: _Reading, taken: Taken, end: int) -> list[Found]:
    """The persons listed one after the other, the last name ending at ``end``.

    Each is a construction read already or, unread, a plain name ("Ahmed Benali").
    """
    text = reading.text
    named = sorted((f for f in taken.found if f.name is not None), key=lambda f: f.start)
    listed: list[Found] = []
    while True:
        item = next((f for f in reversed(named) if f.end == end), None)
        name = None if item else plain_name_ending(text, end, reading.vocab, reading.parties, taken)
        if name is not None:
            item = Found(name.start, name.start, name.end, name.end, name, None)
        if item is None or item.start >= end:
            return listed
        listed.insert(0, item)
        join = _separator_before().search(text, max(0, item.start - 12), item.start)
        if join is None:
            return listed
        end = join.start()


def _persons_starting(reading: _Reading, taken: Taken, start: int) -> list[Found]:
    """The persons listed one after the other, the first starting at ``start``."""
    text, vocab = reading.text, reading.vocab
    named = sorted((f for f in taken.found if f.name is not None), key=lambda f: f.start)
    listed: list[Found] = []
    while True:
        item = next((f for f in named if f.start == start), None)
        name = None if item else parse_name(text, start, vocab, reading.entities)
        if (
            name is not None
            and is_plain_name(name, vocab, reading.parties)
            and not taken.overlaps(name.start, name.end)
        ):
            item = Found(name.start, name.start, name.end, name.end, name, None)
        if item is None:
            return listed
        listed.append(item)
        join = _separator().match(text, item.end)
        if join is None:
            return listed
        start = join.end()


def _offices_ending(reading: _Reading, end: int) -> Offices | None:
    """The longest list of two offices or more ending exactly at ``end``."""
    prefix = reading.text[:end]
    shortened = attrs.evolve(reading, text=prefix)
    window = max(0, end - _OFFICE_REACH)
    clause = max((m.end() for m in _CLAUSE_END.finditer(prefix, window, end)), default=window)
    heads = [*reading.vocab.role.finditer(prefix, window, end)]
    if reading.vocab.plural_role is not None:
        heads += reading.vocab.plural_role.finditer(prefix, window, end)
    for head in sorted(heads, key=lambda m: m.start()):
        start = _article_start(prefix, head.start(), max(clause, window))
        offices = read_offices(shortened, start)
        if offices is not None and offices.end == end:
            return offices
    return None


def _article_start(text: str, head: int, floor: int) -> int:
    """Where the office whose head starts at ``head`` starts, its article included."""
    article = _article_before().search(text, max(floor, head - 5), head)
    return article.start() if article else head


def read_offices(reading: _Reading, start: int) -> Offices | None:
    """Two offices or more from ``start``, joined by commas or "et"/"and".

    Each office starts with a role head ("ministre de X et ministre de Y"); one plural
    head lists its complements instead ("ministres de X et de Y").
    """
    offices = _singular_offices(reading, start)
    plural = offices is None
    offices = offices or _plural_offices(reading, start)
    if offices is None or len(offices.roles) < 2:
        return None
    return attrs.evolve(offices, roles=_shared_party(reading, offices.roles, plural=plural))


def _shared_party(reading: _Reading, roles: tuple[Role, ...], *, plural: bool) -> tuple[Role, ...]:
    """The offices, those naming no party taking the one the list names once for all.

    One plural head's complements share its party wherever it is named ("les ministres
    japonais de X et de Y"); offices of one head share the party closing the last one
    ("ministre de X et ministre de Y du Sénégal"). Offices of different heads share none.
    """
    named = [_affiliation(reading, role) for role in roles]
    if plural:
        parties = {party for party in named if party is not None}
        party = parties.pop() if len(parties) == 1 else None
    else:
        same = len({role.head for role in roles}) == 1
        party = named[-1] if same else None
    if party is None:
        return roles
    return tuple(
        role if own is not None else attrs.evolve(role, party=party)
        for role, own in zip(roles, named, strict=True)
    )


def _affiliation(reading: _Reading, role: Role) -> str | None:
    """The party an office names in its own words ("ministre de la Défense du Japon")."""
    hits = [h for h in reading.party_hits if role.start <= h.start < h.end <= role.end]
    return normalize_role(reading.text, role.start, role.end, hits, role.head_end)[1]


def _singular_offices(reading: _Reading, start: int) -> Offices | None:
    """Offices each with its head: "ambassadeur de X auprès de Y et ambassadeur de X à Z".

    An office reaches the join before the next head, over words the reading of one role
    stops at ("au Commerce Extérieur et ministre …"); the last one ends where its
    reading does.
    """
    text, vocab = reading.text, reading.vocab
    roles: list[Role] = []
    position: int | None = start
    while position is not None:
        role = role_at(text, position, vocab)
        if role is None:
            return None
        phrase = read_role(
            text, role.start, role.head_start, role.head_end, vocab, reading.entities, named=False
        )
        clause = _CLAUSE_END.search(text, role.head_end)
        limit = clause.start() if clause else len(text)
        end, position = phrase.end, None
        for join in _separator().finditer(text, role.head_end, limit):
            if role_at(text, join.end(), vocab) is not None:  # the next office
                end, position = join.start(), join.end()
                break
            if join.start() >= phrase.end:  # no head after the list's last comma or "et"
                break
        roles.append(Role(role.start, role.head_end, end, role.head))
    return Offices(tuple(roles), roles[-1].end) if roles else None


def _plural_offices(reading: _Reading, start: int) -> Offices | None:
    """One plural head and its complements: "ministres des Affaires étrangères et de la Défense"."""
    text, vocab = reading.text, reading.vocab
    article = _article_at().match(text, start)
    head = vocab.plural_role.match(text, article.end() if article else start)  # type: ignore[union-attr]
    singular = vocab.plural_roles.get(" ".join(head.group().casefold().split()), "") if head else ""
    if head is None or not singular:
        return None
    phrase = read_role(text, start, head.start(), head.end(), vocab, reading.entities, named=False)
    cuts = [head.end()]
    for join in _separator().finditer(text, head.end(), phrase.end):
        if _complement_at().match(text, join.end()):
            cuts += [join.start(), join.end()]
    cuts.append(phrase.end)
    roles = []
    for left, right in zip(cuts[::2], cuts[1::2], strict=True):
        complement = text[left:right].strip()
        if not complement:
            return None
        hits = [h for h in reading.party_hits if left <= h.start < h.end <= right]
        role, _ = normalize_role(text, left, right, hits, left)
        roles.append(Role(left, left, right, singular, f"{singular} {role}"))
    return Offices(tuple(roles), phrase.end)


@functools.cache
def _cue() -> re.Pattern[str]:
    """The word that pairs two lists: "respectivement", "respectively"."""
    words = alternation(person_words("respective_markers"))
    return compile_pattern(rf"(?<![\w'’-])(?:{words})(?![\w'’-])", re.I)


@functools.cache
def _separator() -> re.Pattern[str]:
    """Between two items of a list: a comma, a coordinator or both."""
    joins = alternation(person_words("coordinators"))
    return compile_pattern(rf"[ \t]*,[ \t]*(?:(?:{joins})[ \t]+)?|[ \t]+(?:{joins})[ \t]+", re.I)


@functools.cache
def _separator_before() -> re.Pattern[str]:
    """``_separator`` ending the text searched."""
    return compile_pattern(rf"(?:{_separator().pattern})$", re.I)


@functools.cache
def _complement_at() -> re.Pattern[str]:
    """A link opening the complement of a plural head: "de la", "des", "of", "for"."""
    links = alternation(person_words("linked_party_ends"))
    return compile_pattern(rf"(?:{links})(?![\w])", re.I)


@functools.cache
def _article_at() -> re.Pattern[str]:
    """An article and the spaces after it, or an elided one."""
    articles = alternation(person_words("articles"))
    elided = alternation(person_words("elided_articles"))
    return compile_pattern(rf"(?:{articles})[ \t]+|(?:{elided})", re.I)


@functools.cache
def _article_before() -> re.Pattern[str]:
    """An article, as a whole word, ending the text before a head."""
    articles = alternation(person_words("articles"))
    elided = alternation(person_words("elided_articles"))
    return compile_pattern(rf"(?<![\w'’])(?:(?:{articles})[ \t]+|(?:{elided}))$", re.I)
