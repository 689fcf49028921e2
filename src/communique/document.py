"""The working state that pipeline stages pass along: a frozen ``Document``."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Literal

import attrs

from communique.memo import Memo
from communique.model import (
    Acronym,
    Agreement,
    AgreementKind,
    AgreementStatus,
    Alias,
    DateMention,
    Language,
    Mention,
    Party,
    Person,
    Repair,
    SourceBlock,
)
from communique.offsets import OffsetMap

if TYPE_CHECKING:
    from collections.abc import Iterator

    from communique.extract.acronyms import AcronymHit
    from communique.gazetteer import PartyHit
    from communique.temporal.finder import Found

__all__ = [
    "Document",
    "InstrumentHit",
    "Line",
    "LineKind",
    "ParagraphUnit",
    "PartyMention",
    "PersonHit",
    "StatusHit",
    "Unit",
    "UnitKind",
]

LineKind = Literal["blank", "body", "boilerplate", "page_number", "header", "title", "heading"]
UnitKind = Literal["title", "header", "heading", "paragraph"]


@attrs.frozen
class Line:
    """One line of the normalised working text and what the structure pass made of it."""

    start: int
    """Offset of the line in ``Document.text``."""
    end: int
    """End of the line (exclusive, newline not included) in ``Document.text``."""
    kind: LineKind = "body"
    body_start: int = attrs.field()
    """Where body text begins, after a header glued to the line (" date 2023-05 Le …")."""

    @body_start.default
    def _body_start_default(self) -> int:
        return self.start


@attrs.frozen
class Unit:
    """A piece of reading text (title, header, heading, paragraph) mapped to the original."""

    kind: UnitKind
    text: str
    """Reading text after repairs."""
    offsets: OffsetMap = attrs.field(eq=False, repr=False)
    """Original offset of each character of ``text``."""

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of ``text[start:end]``."""
        return self.offsets.span(start, end)


@attrs.frozen
class ParagraphUnit:
    """A paragraph found by the structure pass."""

    unit: Unit
    number: str | None
    start: int
    """Original offset of the paragraph, its printed number included."""
    end: int
    section: str | None = None


@attrs.frozen
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


@attrs.frozen
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


@attrs.frozen
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


@attrs.frozen
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


@attrs.frozen
class Document:
    """Everything known about one input so far; stages return evolved copies."""

    original: str
    """The input exactly as given; all offsets point into it."""
    text: str
    """The working text after character normalisation."""
    offsets: OffsetMap = attrs.field(eq=False, repr=False)
    """Map from ``text`` positions to ``original`` positions."""
    language: Language | None = None
    reference_date: datetime.date | None = None
    lines: tuple[Line, ...] = ()
    header: tuple[Unit, ...] = ()
    closing: tuple[Unit, ...] = ()
    """Closing lines below the last paragraph (place and date, signature), also in ``header``."""
    title: Unit | None = None
    headings: tuple[Unit, ...] = ()
    paragraphs: tuple[ParagraphUnit, ...] = ()
    boilerplate: tuple[Mention, ...] = ()
    repairs: tuple[Repair, ...] = ()
    date: str | None = None
    """The communiqué's own date (ISO, day or month precision)."""
    dates: tuple[DateMention, ...] = ()
    party_mentions: tuple[PartyMention, ...] = ()
    person_hits: tuple[PersonHit, ...] = ()
    instrument_hits: tuple[InstrumentHit, ...] = ()
    acronym_hits: tuple[AcronymHit, ...] = ()
    persons: tuple[Person, ...] = ()
    parties: tuple[Party, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    aliases: tuple[Alias, ...] = ()
    acronyms: tuple[Acronym, ...] = ()
    blocks: tuple[SourceBlock, ...] = ()
    """The input's blocks in original offsets, with the role its markup gives them (a
    Markdown heading, a link-only line as furniture…); empty for plain text. The structure
    pass takes a block's role as a hint (``communique.structure.lines``)."""
    memo: Memo = attrs.field(factory=Memo, eq=False, repr=False)
    """Results shared between stages for this document only (sentences, party names)."""

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        language: Language | None = None,
        reference_date: datetime.date | None = None,
    ) -> Document:
        """Start a document whose working text is the original itself."""
        return cls(
            original=text,
            text=text,
            offsets=OffsetMap.identity(len(text)),
            language=language,
            reference_date=reference_date,
        )

    @property
    def lang(self) -> Language:
        """The document's language; French until the language stage has run."""
        return self.language or "fr"

    def units(self) -> Iterator[Unit]:
        """Every piece of reading text in document order: header, title, headings, paragraphs."""
        title = () if self.title is None else (self.title,)
        pieces = [*self.header, *title, *self.headings, *(p.unit for p in self.paragraphs)]
        pieces.sort(key=lambda unit: unit.offsets.start(0))
        yield from pieces

    def sentences(self, text: str) -> tuple[tuple[int, int], ...]:
        """Sentence spans of ``text`` (a reading unit's), computed once per document."""
        from communique.sentences import sentence_spans

        return self.memo.get("sentences", text, lambda: sentence_spans(text, self.lang))

    def found_dates(self, text: str) -> tuple[Found, ...]:
        """Temporal expressions of ``text`` (a reading unit's), found once per document."""
        from communique.temporal.finder import find_dates

        return self.memo.get(
            "dates", text, lambda: tuple(find_dates(text, self.lang, self.word_starts(text)))
        )

    def party_hits(self, text: str) -> tuple[PartyHit, ...]:
        """Parties named in ``text``, computed once per document."""
        from communique.gazetteer import gazetteer

        return self.memo.get(
            "parties", text, lambda: tuple(gazetteer(self.lang).find(text, self.word_starts(text)))
        )

    def word_starts(self, text: str) -> tuple[int, ...]:
        """Where listed words and numbers start in ``text``, found once per document."""
        from communique.wordstarts import word_starts

        return self.memo.get("word starts", text, lambda: word_starts(text, self.lang))

    def mention(self, start: int, end: int) -> Mention:
        """The mention of ``original[start:end]``."""
        return Mention(self.original[start:end], start, end)
