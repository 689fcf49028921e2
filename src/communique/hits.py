"""The hits stages find and pass along in a ``Document``: plain frozen records.

Each extractor writes its own kind (a party mention, a person, an instrument, a date
expression, an acronym definition); later stages and the resolvers read them. They live
together, apart from the code that finds them, so that the working state
(``communique.document``) and the readers of a hit never import an extractor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import attrs

from communique.records import shared_repr

if TYPE_CHECKING:
    from communique.model import AgreementKind, AgreementStatus
    from communique.temporal.values import Interpretation

__all__ = [
    "AcronymHit",
    "Found",
    "InstrumentHit",
    "PartyHit",
    "PartyMention",
    "PersonHit",
    "StatusHit",
]


@shared_repr
@attrs.frozen(repr=False)
class PartyMention:
    """A place a party is named, in original offsets: ``original[start:end]``."""

    start: int
    end: int
    keys: tuple[str, ...]
    """Gazetteer keys: one for a name, two or more for "franco-japonais"."""
    paragraph: int | None
    """Index of the paragraph it is in, or None for the title and headings."""
    lead: bool
    """Whether it is in the opening sentence of the first paragraph."""


@shared_repr
@attrs.frozen(repr=False)
class PersonHit:
    """A mention of a named person, or of a role held by someone unnamed."""

    start: int
    end: int
    """Original offsets of the mention (honorific or glued role included)."""
    name: str | None
    """Canonical name, or None for a role without a name ("le ministre des Affaires étrangères")."""
    key: str
    """Family name without case or accents (empty for a role)."""
    has_given: bool
    role: str | None
    head: str | None
    """The role's head word(s) ("ministre"), to match a bare role with a fuller one."""
    affiliation: str | None
    """Gazetteer key of the party named in the role or context."""
    paragraph: int | None
    sentence: tuple[int, int]
    """Original span of the sentence it is in."""
    lead: bool
    """In the opening sentence of the first paragraph."""
    agent: bool
    """Subject of a verb, inverted subject of a speech verb, or object of a meeting verb."""
    non_agent: bool
    """After a preposition ("sous l'autorité de", "par"): named, not acting."""
    nickname: str = ""
    """The nickname quoted inside the name ("Joko “Jokowi” Widodo"), folded like ``key``:
    a later mention by it alone is this person's."""


@shared_repr
@attrs.frozen(repr=False)
class StatusHit:
    """A phrase stating what happened to an instrument, with where to look for its date."""

    status: AgreementStatus
    start: int
    end: int
    """Original span of the phrase ("entré en vigueur")."""
    window: tuple[int, int]
    """Original span of the clause where the date of the event would stand."""
    lead: tuple[int, int] | None = None
    """Original span of the sentence before a phrase that precedes its instrument, where
    the date stands when the clause states none ("Le 12 mars, les ministres ont signé …")."""
    governs: bool = True
    """Whether the phrase acts on the instrument itself: it follows it, opens a list of which
    it is an item, or stands right before it ("signed a protocol on …"); not "The signing
    followed the protocol of the host country"."""


@shared_repr
@attrs.frozen(repr=False)
class InstrumentHit:
    """One mention of an instrument, or of something that may refer back to one."""

    start: int
    end: int
    """Original span of the mention (without its article or enclosing quotes)."""
    name: str
    """Normalised name: lower-case head, no article, quotes or acronym."""
    kind: AgreementKind
    head: str
    """The head in the singular ("accord", "feuille de route")."""
    specific: bool
    """It names an instrument on its own (a complement, title, number, acronym …)."""
    referring: bool
    """A definite short form ("l'accord nucléaire", "le Livre blanc") that may name an
    instrument mentioned before."""
    acronym: str | None = None
    number: str | None = None
    year: str | None = None
    paragraph: int | None = None
    statuses: tuple[StatusHit, ...] = ()
    translation: tuple[int, int] | None = None
    """Original span of its title in another language, given in parentheses."""
    body: str | None = None
    """The body that adopted a resolution or decision ("Security Council")."""


@shared_repr
@attrs.frozen(repr=False)
class PartyHit:
    """One place a party is named: ``text[start:end]`` names the parties ``keys``."""

    start: int
    end: int
    keys: tuple[str, ...]
    form: Literal["name", "adjective", "compound"]


@shared_repr
@attrs.frozen(repr=False)
class AcronymHit:
    """A definition: the short form, its long form (if spelled) and original spans."""

    short: str
    long: str | None
    short_span: tuple[int, int]
    long_span: tuple[int, int] | None


@shared_repr
@attrs.frozen(repr=False)
class Found:
    """A temporal expression at ``text[start:end]`` with what resolving it needs."""

    start: int
    end: int
    meaning: "Interpretation"  # noqa: UP037 (mypyc: a name imported for typing only)
    previous: str | None = None
    """Value of the last absolute date or month before it in the same text."""
    previous_text: str | None = None
    event: str | None = None
    """For "la veille du sommet": the event phrase ("du sommet"); the value stays unresolved."""
    future: bool = False
    """Its sentence speaks of the future ("se tiendra", "prochain")."""
    tenseless: bool = False
    """Its clause tells no tense: ``future`` is the default for a coming day, which a list
    item takes from the past sentence introducing it instead."""
