"""The working state that pipeline stages pass along: a frozen ``Document``."""

from __future__ import annotations

import datetime
import operator
from typing import TYPE_CHECKING, Final, Literal

import attrs

from communique.hits import (
    AcronymHit,
    InstrumentHit,
    PartyMention,
    PersonHit,
    StatusHit,
)
from communique.memo import Memo
from communique.model import (
    Acronym,
    Agreement,
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
from communique.records import shared_repr

if TYPE_CHECKING:
    from collections.abc import Iterator

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


@shared_repr
@attrs.frozen(repr=False)
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


@shared_repr
@attrs.frozen(repr=False)
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


@shared_repr
@attrs.frozen(repr=False)
class ParagraphUnit:
    """A paragraph found by the structure pass."""

    unit: Unit
    number: str | None
    start: int
    """Original offset of the paragraph, its printed number included."""
    end: int
    section: str | None = None


@shared_repr
@attrs.frozen(repr=False)
class Document:
    """Everything known about one input so far; stages return evolved copies."""

    original: str
    """The input exactly as given; all offsets point into it."""
    text: str
    """The working text after character normalisation."""
    offsets: OffsetMap = attrs.field(eq=False, repr=False)
    """Map from ``text`` positions to ``original`` positions."""
    language: Language | None = None
    language_detected: bool = False
    """Whether ``language`` was guessed from the text (not given by the caller or markup)."""
    reference_date: datetime.date | None = None
    date_stated: bool = False
    """Whether ``reference_date`` is the communiqué's own date, which the input's own
    metadata states (a front matter's ``date``): relative dates are resolved against it."""
    stated_period: str | None = None
    """The month or the year the input's own metadata dates it to when it gives no day
    (a front matter's ``date: 2019-07``): the document's date unless the opening names a
    day in it."""
    source_url: str | None = None
    """The address the input declares (a front matter's ``url``, a page's canonical link)."""
    stated_title: str | None = None
    """The title the input's own metadata states (a front matter's ``title``). It is the
    communiqué's title; the title finder only looks for its printed copy."""
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

    def mention(self, start: int, end: int) -> Mention:
        """The mention of ``original[start:end]``."""
        return Mention(self.original[start:end], start, end)

    def evolve(self, **changes: object) -> Document:
        """A copy with ``changes``: what ``attrs.evolve`` gives, at half its cost.

        Every stage copies the document once; ``attrs.evolve`` looks its fields up anew at
        each call, this reads them all with one precomputed getter.

        >>> doc = Document.from_text("Texte.")
        >>> doc.evolve(date="2024-05-02").date, doc.date
        ('2024-05-02', None)
        """
        values = list(_FIELD_VALUES(self))
        for name, value in changes.items():
            index = _FIELD_INDEX.get(name)
            if index is None:  # as ``attrs.evolve`` does
                raise TypeError(f"Document has no field {name!r}")
            values[index] = value
        return Document(*values)


_FIELD_NAMES: Final = tuple(field.name for field in attrs.fields(Document) if field.init)
_FIELD_INDEX: Final = {name: index for index, name in enumerate(_FIELD_NAMES)}
_FIELD_VALUES: Final = operator.attrgetter(*_FIELD_NAMES)
