"""An office named by its state's demonym alone, standing for a participant named before.

News copy names a head of state once, then calls them by office and nationality: "X a reçu
…", then "Le président ivoirien a salué …"; "X met …", then "The Ghanaian President
praised …". Such an office says whose office it is but names nobody. When it opens its
sentence (it is the subject the sentence is about), no person the text names holds its
state, and one participant alone, named before it, has no state and no other office, that
participant holds it: the office and its state become theirs.

An office of the same kind that is an object ("a reçu le ministre ivoirien") may be an
unnamed guest, and does not count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from communique.gazetteer import gazetteer
from communique.patterncache import compile_pattern

if TYPE_CHECKING:
    from communique.document import Document, PersonHit
    from communique.model import Person

__all__ = ["with_office_anaphors"]

_OPENING_REACH: Final = 40
"""Characters before an office searched for the start of its sentence."""
_SENTENCE_OPENING: Final = compile_pattern(
    r"(?:^|[.!?:;\n«»“”\"])[ \t]*(?:[^\W\d_][\w'’-]*[ \t]+){0,2}$"
)
"""A sentence's start, then at most an article and a demonym before the office ("The
Ghanaian President"): the office is the sentence's subject."""


def with_office_anaphors(
    doc: Document, persons: tuple[Person, ...], offices: list[PersonHit]
) -> tuple[Person, ...]:
    """``persons``, each participant an office with a demonym stands for given that office.

    ``offices`` are the unattached offices (no name) in document order.
    """
    entries = gazetteer(doc.lang).entries
    found = list(persons)
    held = {person.affiliation for person in persons}
    for office in offices:
        state = entries.get(office.affiliation) if office.affiliation else None
        if state is None or state.name in held or not _opens_sentence(doc, office.start):
            continue
        candidates = [
            index
            for index, person in enumerate(found)
            if person.participant
            and person.affiliation is None
            and person.role in {None, office.role, office.head}
            and person.mentions
            and person.mentions[0].start < office.start
        ]
        if len(candidates) == 1:
            person = found[candidates[0]]
            found[candidates[0]] = attrs.evolve(
                person, role=person.role or office.role, affiliation=state.name
            )
            held.add(state.name)
    return tuple(found)


def _opens_sentence(doc: Document, start: int) -> bool:
    window = max(0, start - _OPENING_REACH)
    return _SENTENCE_OPENING.search(doc.original, window, start) is not None
