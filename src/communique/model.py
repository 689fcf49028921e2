"""The result objects of communique: frozen, slotted attrs classes and no logic."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Literal

import attrs

if TYPE_CHECKING:
    from collections.abc import Mapping

    from communique.serialize import JsonDict

__all__ = [
    "SCHEMA_VERSION",
    "Acronym",
    "Agreement",
    "AgreementKind",
    "AgreementStatus",
    "Alias",
    "BlockRole",
    "Communique",
    "DateKind",
    "DateMention",
    "Heading",
    "Language",
    "Mention",
    "Paragraph",
    "Party",
    "Person",
    "Repair",
    "RepairKind",
    "Source",
    "SourceBlock",
    "StatusEvent",
]

SCHEMA_VERSION: Final = "1"

Language = Literal["fr", "en"]
"""The languages communique reads."""

DateKind = Literal["date", "month", "year", "range", "relative", "time"]
"""What a date mention places on the calendar; see ``DateMention.value`` for each format."""

DateAnchor = Literal["document", "reference", "text", "event"]
"""What a relative date was resolved against."""

RepairKind = Literal["page_number", "duplicate", "header", "footnote"]
"""Text that the repair pass removed from the reading text (never from the offsets)."""

AgreementKind = Literal[
    "accord",
    "traité",
    "convention",
    "charte",
    "feuille de route",
    "plan",
    "pacte",
    "déclaration",
    "communiqué",
    "résolution",
    "stratégie",
    "livre blanc",
    "code",
    "protocole",
    "mémorandum",
    "programme",
    "agenda",
    "initiative",
    "cadre",
    "autre",
    "agreement",
    "treaty",
    "charter",
    "roadmap",
    "pact",
    "declaration",
    "communique",
    "resolution",
    "strategy",
    "white paper",
    "protocol",
    "memorandum",
    "framework",
    "other",
]
"""An instrument kind: French documents use accord … autre, English ones agreement … other
(convention, plan, code, programme, agenda and initiative are spelled alike)."""

AgreementStatus = Literal[
    "signed", "adopted", "in_force", "negotiation_launched", "negotiation_concluded", "announced"
]
"""What the text says happened to an instrument."""

PartyKind = Literal["state", "organization"]

BlockRole = Literal["title", "heading", "paragraph", "list_item", "furniture", "table"]
"""What an input's markup says a block is: a heading, a list item, page furniture…."""


@attrs.frozen
class Mention:
    """A stretch of the original input: ``original[start:end] == text``."""

    text: str
    """The exact substring of the original input (line breaks and all)."""
    start: int
    """Offset of the first character in the original input (Python ``str`` index)."""
    end: int
    """Offset just past the last character (end exclusive)."""


@attrs.frozen
class Paragraph:
    """A body paragraph as a reader sees it."""

    index: int
    """0-based position among the document's paragraphs."""
    number: str | None
    """The printed number without its punctuation ("1" for "1."), or None."""
    text: str
    """Reading text: lines unwrapped, hyphenation and leaked page numbers repaired."""
    start: int
    """Start of the paragraph (its printed number included) in the original input."""
    end: int
    """End (exclusive) of the paragraph in the original input."""
    section: str | None = None
    """Text of the heading this paragraph falls under, or None."""


@attrs.frozen
class Heading:
    """A section heading or bullet heading ("- Introduction") inside the body."""

    text: str
    """The heading as printed, whitespace normalised."""
    start: int
    """Offset of the heading in the original input."""
    end: int
    """End offset (exclusive) in the original input."""


@attrs.frozen
class Repair:
    """Text left out of the reading text: a leaked page number, a duplicated fragment…."""

    kind: RepairKind
    """Why the text was left out."""
    text: str
    """The removed text, exactly as in the original."""
    start: int
    """Offset in the original input."""
    end: int
    """End offset (exclusive) in the original input."""


@attrs.frozen
class DateMention:
    """A temporal expression with its normalised value."""

    text: str
    """The exact substring of the original (line breaks included)."""
    start: int
    """Offset in the original input."""
    end: int
    """End offset (exclusive) in the original input."""
    kind: DateKind
    """``date``, ``month``, ``year``, ``range``, ``relative`` or ``time``."""
    value: str | None
    """ISO value: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``START/END`` (``..`` for an open
    side), ``HH:MM``; for ``relative`` and for a ``range`` written without its year ("du 4 au
    6 octobre"), the resolved value at the expression's own precision or None when nothing
    anchors it."""
    anchor: DateAnchor | None = None
    """For relative dates: ``document`` (the communiqué's date), ``reference`` (the caller's
    ``reference_date``), ``text`` (a date mentioned just before, or the day written in
    apposition after it: "today, 23 October") or ``event`` (an event the
    text names, e.g. "la veille du sommet", which leaves ``value`` None)."""
    anchor_text: str | None = None
    """The date mention or event phrase the value is anchored to, when ``anchor`` is
    ``text`` or ``event``."""
    timezone: str | None = None
    """IANA zone of a time when the text states one ("heure du Japon" → ``Asia/Tokyo``)."""


@attrs.frozen
class Party:
    """A state or organisation the communiqué is between or speaks for."""

    name: str
    """Short common name in the document's language ("France", "Union européenne")."""
    code: str | None
    """ISO 3166-1 alpha-3 for states ("FRA"), the English acronym for organisations."""
    mentions: tuple[Mention, ...] = ()
    """Every place the party is named, including adjectives ("franco-japonais")."""
    kind: PartyKind = "state"
    """``state`` or ``organization``."""


@attrs.frozen
class Person:
    """A named individual, all mentions linked."""

    name: str
    """Given name then family name, natural casing, no honorific ("Takashi Iwaya")."""
    role: str | None
    """The office as the text states it, lower case, without article ("ministre de la défense")."""
    affiliation: str | None
    """The party the person acts for ("France", "AIEA"), or None."""
    participant: bool
    """Whether the person takes part in the event or statement the document reports."""
    mentions: tuple[Mention, ...] = ()
    """Every mention of the person, honorific or title word included when glued to it."""


@attrs.frozen
class Alias:
    """A name the text defines for a group: "(ci-après désignés «les quatre ministres»)"."""

    text: str
    """The alias as defined ("les quatre ministres")."""
    mentions: tuple[Mention, ...]
    """Its definition and every later use."""
    persons: tuple[str, ...] = ()
    """Names of the persons it stands for."""
    parties: tuple[str, ...] = ()
    """Names of the parties it stands for."""


@attrs.frozen
class StatusEvent:
    """Something the text says happened to an instrument."""

    status: AgreementStatus
    """What happened."""
    mention: Mention
    """The words that say so ("entré en vigueur")."""
    date: str | None = None
    """The value of the date mention of the same clause, if any."""


@attrs.frozen
class Agreement:
    """A named international instrument, one per instrument however often it is mentioned."""

    name: str
    """The fullest name used, lower case except proper nouns, no article, quotes or acronym."""
    acronym: str | None
    """Its acronym ("ACSA"), or None."""
    kind: AgreementKind
    """Instrument kind in the document's language (accord, traité, …)."""
    mentions: tuple[Mention, ...] = ()
    """Every mention (full name, acronym alone, …)."""
    status: tuple[StatusEvent, ...] = ()
    """Status events the text states (signed, in force, …)."""
    number: str | None = None
    """The number of a resolution ("2231")."""
    year: str | None = None
    """The year a resolution gives in parentheses ("résolution 2231 (2015)")."""
    body: str | None = None
    """The body that adopted a resolution or decision, when the text states it or its
    symbol implies it ("Conseil de sécurité", "General Assembly")."""


@attrs.frozen
class Acronym:
    """A short form the text defines: "accord d'accès réciproque (RAA)", "TNP (traité …)"."""

    short: str
    """The short form ("RAA")."""
    long: str
    """The long form it stands for ("accord d'accès réciproque")."""
    mentions: tuple[Mention, ...] = ()
    """The short form's definition and every later use."""


@attrs.frozen
class SourceBlock:
    """One block of the source text and where it stands in the input, whatever its format."""

    start: int
    """Offset of the block in ``Source.text``."""
    end: int
    """End (exclusive) in ``Source.text``."""
    xpath: str | None = None
    """For a web page: XPath of the element ("/html/body/main/article/p[3]")."""
    line: int | None = None
    """Line (1-based) of the block in the input file (page source, Markdown or text file)."""
    page: int | None = None
    """For a PDF: the page (1-based) the block is printed on."""
    role: BlockRole | None = None
    """What the input's markup says the block is, when it says (Markdown, PDF, Word)."""


@attrs.frozen
class Source:
    """The text a file or page was read as: what every offset of the communiqué points into."""

    text: str
    """The page's main text; every offset of the communiqué points into it."""
    url: str | None = None
    """The page's address, as given by the caller."""
    blocks: tuple[SourceBlock, ...] = ()
    """Each block of ``text`` with where it came from."""
    format: str = "html"
    """What the input was: ``html``, ``markdown``, ``pdf``, ``docx`` or ``text``."""
    encoding: str | None = None
    """The encoding the input's bytes were decoded with (Python's codec name), if bytes."""


@attrs.frozen
class Communique:
    """A parsed communiqué: structure and extracted entities with offsets into the input."""

    language: Language
    """``fr`` or ``en``."""
    title: str | None = None
    """The title line, if the document has one."""
    date: str | None = None
    """Issue or event date at the precision stated (``YYYY-MM-DD`` or ``YYYY-MM``), or None."""
    parties: tuple[Party, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    headings: tuple[Heading, ...] = ()
    boilerplate: tuple[Mention, ...] = ()
    """Page furniture: share buttons, credits, disclaimers, lone page numbers…."""
    persons: tuple[Person, ...] = ()
    dates: tuple[DateMention, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    aliases: tuple[Alias, ...] = ()
    acronyms: tuple[Acronym, ...] = ()
    """Every short form the text defines, with its long form and uses."""
    repairs: tuple[Repair, ...] = ()
    """What the repair pass left out of paragraph text (leaked page numbers, duplicates)."""
    title_span: Mention | None = None
    """Where the title stands in the original input."""
    source: Source | None = None
    """For a file or page: the text read from it, which all offsets point into, what it was
    and where each block came from. None for plain text (a ``str``, or a UTF-8 text
    file), whose offsets point into the text itself."""
    schema_version: str = SCHEMA_VERSION
    """Version of the JSON shape; bumped on any rename or removal."""

    def to_dict(self) -> JsonDict:
        """Return the JSON-ready dict described in CONTRACT.md."""
        from communique.serialize import to_dict

        return to_dict(self)

    def to_json(self, *, indent: int | None = None) -> str:
        """Return ``json.dumps(self.to_dict())`` (UTF-8 characters kept as they are)."""
        from communique.serialize import to_json

        return to_json(self, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Communique:
        """Rebuild a communiqué from :meth:`to_dict` output; raises ``SchemaError``."""
        from communique.serialize import from_dict

        return from_dict(data)
