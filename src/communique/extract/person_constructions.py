"""The constructions that name a person in a reading unit, before their context is read.

A construction spans an honorific or role phrase, the name it introduces and the role in
apposition after it. ``Taken`` keeps those read so far in a unit so that a later reading
does not read the same words again. The readers live in ``titled_names`` (after an
honorific or a role), ``plural_roles`` (listed after a plural role) and ``bare_names`` (in
capitals, or alone on a signature line).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import attrs

from communique.lexicon.capitals import capitals
from communique.records import shared_repr

if TYPE_CHECKING:
    from communique.extract.names import Name
    from communique.gazetteer import Gazetteer
    from communique.lexicon.persons import PersonVocabulary

__all__ = ["Found", "Role", "Taken", "is_institution", "is_plain_name"]


@shared_repr
@attrs.frozen(repr=False)
class Role:
    """A role phrase in a reading unit: from its article to the end of its complement."""

    start: int
    head_end: int
    end: int
    head: str
    singular: str | None = None
    """For a plural role before a list ("Ministers A and B"): each holder's role."""
    party: str | None = None
    """The party of an office listed with others that name it once for all: "ministre de X
    et ministre de Y du Sénégal", "les ministres japonais de X et de Y"."""


@shared_repr
@attrs.frozen(repr=False)
class Found:
    """A construction in a unit's reading text, before mapping to the original."""

    anchor: int
    """Start of the whole construction (honorific or role phrase)."""
    start: int
    end: int
    """The mention itself."""
    stop: int
    """End of the construction (apposed role included)."""
    name: Name | None
    role: Role | None
    possessive: bool = False
    signature: bool = False
    """A name alone on a closing line: the statement's signatory."""


class Taken:
    """The constructions read so far in a unit, indexed to test a new span for overlap.

    Constructions are short, so only those starting at most the longest one's length
    before a span can reach into it: a bisection finds them.
    """

    def __init__(self) -> None:
        self.found: list[Found] = []
        self._starts: list[int] = []
        self._stops: list[int] = []
        self._by_anchor: list[Found] = []
        self._longest = 0

    def add(self, item: Found) -> None:
        """Record ``item``."""
        self.found.append(item)
        index = bisect.bisect_right(self._starts, item.anchor)
        self._starts.insert(index, item.anchor)
        self._stops.insert(index, item.stop)
        self._by_anchor.insert(index, item)
        self._longest = max(self._longest, item.stop - item.anchor)

    def named_at(self, start: int) -> Found | None:
        """The construction whose name starts at ``start``, if one was read."""
        index = bisect.bisect_left(self._starts, start - self._longest)
        while index < len(self._starts) and self._starts[index] <= start:
            item = self._by_anchor[index]
            if item.name is not None and item.name.start == start:
                return item
            index += 1
        return None

    def office_ending(self, stop: int) -> Found | None:
        """The office read with no holder that ends at ``stop``, if any."""
        index = bisect.bisect_left(self._starts, stop - self._longest)
        while index < len(self._starts) and self._starts[index] < stop:
            item = self._by_anchor[index]
            if item.name is None and item.role is not None and item.stop == stop:
                return item
            index += 1
        return None

    def remove(self, item: Found) -> None:
        """Forget ``item`` (to read it again as part of a longer construction)."""
        index = self._by_anchor.index(item)
        del self._starts[index], self._stops[index], self._by_anchor[index]
        self.found.remove(item)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a construction read so far."""
        first = bisect.bisect_left(self._starts, start - self._longest)
        last = bisect.bisect_left(self._starts, end)
        return any(self._stops[index] > start for index in range(first, last))


def is_institution(name: Name, vocab: PersonVocabulary) -> bool:
    """Whether ``name`` names a body or an event ("General Assembly", "Operation Serval").

    Every word is institution vocabulary, or one word names an event, programme or place.
    """
    words = [word.casefold() for word in (*name.given, *name.family)]
    return all(word in vocab.complement_words for word in words) or any(
        word in vocab.not_name_words for word in words
    )


def is_plain_name(
    name: Name, vocab: PersonVocabulary, parties: Gazetteer, *, need_given: bool = True
) -> bool:
    """Whether ``name``, found with no honorific, is a name and not a place or a phrase.

    It needs a given name, none of its words may be a party, a role head (singular or
    plural: "Deputy Ministers", "Hauts Fonctionnaires"),
    institution vocabulary or a function word ("In Paris", "General Assembly"), and it is
    no capital city ("New Delhi", "Port Moresby" closing a statement above its date).
    """
    words = (*name.given, *name.family)
    if (need_given and not name.given) or is_institution(name, vocab):
        return False
    written = " ".join(words)
    capital = capitals().match(written, 0)
    if capital is not None and capital.end == len(written):
        return False
    # A family name's particle inside it is no function word, in its listed casing or
    # capitalised as Belgian and Dutch names print it: "Marc Le Tavel", "Paul De Roux".
    particles = {
        w
        for w in name.family[:-1]
        if (listed := vocab.particles.get(w.casefold())) is not None
        and w in (listed, listed.capitalize())
    }
    return not any(
        parties.key_of(word)
        or vocab.role.fullmatch(word)
        or word.casefold() in vocab.plural_roles
        or (word.casefold() in vocab.function_words and word not in particles)
        for word in words
    )
