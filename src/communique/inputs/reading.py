"""What an input reader hands to the pipeline: the source text, its working text and facts."""

from __future__ import annotations

import datetime
from typing import Literal

import attrs

from communique.model import Mention, SourceBlock
from communique.offsets import OffsetMap
from communique.records import shared_repr

__all__ = ["Facts", "InputFormat", "Reading"]

InputFormat = Literal["text", "markdown", "html", "pdf", "docx"]
"""The formats communique reads."""


@shared_repr
@attrs.frozen(repr=False)
class Facts:
    """What the input states about itself outside its text (metadata), each None if absent."""

    title: str | None = None
    date: datetime.date | None = None
    language: str | None = None
    """Language code as declared (``fr``, ``en-GB``, ``de``…), not yet checked."""
    url: str | None = None
    authoritative: bool = False
    """The author's own metadata (a front matter): its title and date win over those the
    text states. A page's ``<head>`` or a PDF's layout only fill in what the text lacks."""
    date_posted: bool = False
    """The date is a posting time (a day and a time of day): a date the text prints wins."""
    period: str | None = None
    """The month or the year the metadata dates the input to when it gives no day
    (``2019-07``, ``2019``): a day the text's first paragraph names in it is the document's."""


@shared_repr
@attrs.frozen(repr=False)
class Reading:
    """An input read as text.

    ``text`` is what every offset of the result points into (``Communique.source.text``):
    the file itself for text and Markdown, the text read from a page, a PDF or a Word
    file. ``working`` is the text the pipeline reads, with markup removed; ``offsets``
    maps each of its characters back into ``text``.
    """

    text: str
    format: InputFormat
    working: str = attrs.field()
    offsets: OffsetMap = attrs.field(eq=False, repr=False)
    blocks: tuple[SourceBlock, ...] = ()
    facts: Facts = Facts()
    encoding: str | None = None
    furniture: tuple[Mention, ...] = ()
    """Page furniture the reader left out of the working text (a PDF's page numbers and
    running lines), in ``text`` offsets: reported as boilerplate."""

    @working.default
    def _working_default(self) -> str:
        return self.text

    @offsets.default
    def _offsets_default(self) -> OffsetMap:
        return OffsetMap.identity(len(self.working))
