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
from communique.extract.office_lists import (
    OfficeReading,
    Offices,
    list_separator,
    offices_ending,
    read_offices,
)
from communique.extract.person_constructions import Found, Taken, is_plain_name
from communique.foldedtrie import folded_alternation
from communique.lexicon.persons import person_words
from communique.patterncache import compile_pattern
from communique.records import shared_repr

if TYPE_CHECKING:
    from collections.abc import Sequence

    from communique.gazetteer import Gazetteer
    from communique.hits import PartyHit
    from communique.lexicon.persons import PersonVocabulary

__all__ = ["respective_marker", "with_respective_roles"]

_GAP: Final = compile_pattern(r"[ \t]*,?[ \t]*")
"""Between a list and the cue: "A et B, respectivement", "Minister of Finance respectively"."""
_LIST_END: Final = compile_pattern(r"[ \t]*,[ \t]*")
"""Between the list of persons and the offices after it (the cue coming last)."""
_EDGE: Final = r"[\w'’-]"
"""What may not touch the cue on either side."""


@shared_repr
@attrs.frozen(repr=False)
class _Reading(OfficeReading):
    """What the lists of a unit are read with: its offices' reading and the gazetteer."""

    parties: "Gazetteer"  # noqa: UP037 (mypyc: a name imported for typing only)


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
    for cue in respective_marker().finditer(text):
        _distribute(reading, cue, taken)


def _distribute(reading: _Reading, cue: re.Match[str], taken: Taken) -> None:
    """Pair the persons and the offices around one cue, in any of the three orders."""
    text = reading.text
    before = len(text[: cue.start()].rstrip(" \t,"))
    after = _GAP.match(text, cue.end()).end()  # type: ignore[union-attr]
    if (style := _plural_style().match(text, after)) is not None:
        after = style.end()  # "respectivement leurs Excellences MM. A et B"
    offices = read_offices(reading, after)
    if offices is not None:  # "A et B, respectivement X et Y"
        persons = _persons_ending(reading, taken, before)
        _paired(text, taken, persons, offices, (offices.start, offices.end))
        return
    offices = offices_ending(reading, before)
    if offices is None:
        return
    start = offices.start
    # "les ministres de X et de Y, respectivement MM. A et B"
    persons = _persons_starting(reading, taken, after) if "," not in text[cue.end() : after] else []
    if persons:
        _paired(text, taken, persons, offices, (start, None))
        return
    listed = _LIST_END.search(text, max(0, start - 3), start)  # "A and B, X and Y respectively"
    if listed is not None and listed.end() == start:
        persons = _persons_ending(reading, taken, listed.start())
        _paired(text, taken, persons, offices, (start, cue.end()))


def _paired(
    text: str,
    taken: Taken,
    persons: list[Found],
    offices: Offices,
    where: tuple[int, int | None],
) -> None:
    """Give the i-th person the i-th office; read nothing else inside the offices.

    ``where``: where the offices start, and where the last person's construction ends
    when the offices follow it. Every other construction inside the offices (an office
    read alone, a word of one read as a name) is dropped. A title and its portfolio set
    apart by a comma count as one office when there is one office too many
    (``_compound_offices``). When the counts differ, no person keeps a role read from
    inside the offices, and the offices read alone stay.
    """
    (start, last_stop), end = where, offices.end
    if not persons:
        return
    offices = _compound_offices(text, offices, len(persons))
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


def _compound_offices(text: str, offices: Offices, count: int) -> Offices:
    """The offices with commas joining the parts of one office, to match ``count`` persons.

    « MM. A et B, respectivement Vice-Premier ministre, ministre des Affaires étrangères et
    Directeur de cabinet »: one more office than persons, the first two set apart by a
    comma only, the first a bare title; they are one office, a title and its portfolio
    (« ministre de l'Économie, ministre de la Santé et … » are three).
    """
    roles = list(offices.roles)
    index = 0
    while len(roles) > count and index + 1 < len(roles):
        between = text[roles[index].end : roles[index + 1].start]
        bare = roles[index].end == roles[index].head_end  # a title, no portfolio of its own
        if between.strip() == "," and bare:
            first, second = roles[index], roles[index + 1]
            roles[index : index + 2] = [attrs.evolve(first, end=second.end)]
        else:
            index += 1
    return attrs.evolve(offices, roles=tuple(roles)) if len(roles) == count else offices


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
        join = list_separator().match(text, item.end)
        if join is None:
            return listed
        start = join.end()


@functools.cache
def respective_marker() -> re.Pattern[str]:
    """The word that pairs two lists: "respectivement", "respectively".

    Spelled first letter first (``folded_alternation``): searched in every unit.
    """
    words = folded_alternation([(word, "") for word in person_words("respective_markers")], _EDGE)
    return compile_pattern(rf"{words}(?!{_EDGE})", re.I)


@functools.cache
def _plural_style() -> re.Pattern[str]:
    """The style of the persons listed, before their honorifics: "leurs Excellences"."""
    words = folded_alternation([(word, "") for word in person_words("plural_styles")], _EDGE)
    return compile_pattern(rf"(?:{words})(?!{_EDGE})[ \t]*", re.I)


@functools.cache
def _separator_before() -> re.Pattern[str]:
    """``list_separator`` ending the text searched."""
    return compile_pattern(rf"(?:{list_separator().pattern})$", re.I)
