"""The entry points: ``parse`` (text), ``parse_file`` (any format) and ``parse_html`` (pages).

All three take the same parameters (``language``, ``reference_date``, ``max_chars``,
``disable``, ``pipeline``) and run the same pipeline; ``parse_file`` and ``parse_html`` read
their input through :mod:`communique.inputs`, and what the input states about itself (a page's
``<html lang>`` and publication date, a Markdown front matter's title and date) serves
where the caller gave nothing.
"""

from __future__ import annotations

import datetime
import os
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from communique.assemble import assemble
from communique.errors import InputError, InputTooLargeError
from communique.inputs import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_PAGE_BYTES,
    looks_like_html,
    read_input,
)
from communique.inputs.front_matter import split_front_matter
from communique.inputs.html_page import read_html
from communique.inputs.text import read_text
from communique.lexicon import LANGUAGES
from communique.load import DEFAULT_MAX_CHARS, load_reading, load_text
from communique.model import Source
from communique.pipeline import Pipeline
from communique.structure.stamps import update_day
from communique.structure.stated_title import (
    copies_lead,
    extends_headline,
    fuller_headline,
    unrelated_titles,
)
from communique.structure.wire import headline_text

if TYPE_CHECKING:
    from collections.abc import Iterable

    from communique.inputs.reading import Reading
    from communique.model import Communique, Language

__all__ = ["looks_like_html", "parse", "parse_file", "parse_html", "parse_reading"]


def parse(
    text: str,
    language: Language | None = None,
    reference_date: datetime.date | None = None,
    *,
    disable: Iterable[str] = (),
    max_chars: int = DEFAULT_MAX_CHARS,
    pipeline: Pipeline | None = None,
) -> Communique:
    """Parse the plain text of a communiqué.

    A YAML front matter at the top of the text (an archive's metadata) is read as
    metadata: its title, date and language are the document's, and nothing is extracted
    from it; offsets still point into ``text``.

    Args:
        text: the document, as a ``str``.
        language: ``"fr"`` or ``"en"``; None detects it.
        reference_date: anchors relative dates when the document states no date.
        disable: names of pipeline stages to skip (see ``communique.Pipeline``).
        max_chars: longest input accepted.
        pipeline: the stages to run (default ``communique.Pipeline()``); ``disable``
            applies to it too.

    Returns:
        The parsed communiqué; empty or blank text gives one with no paragraphs.

    Raises:
        InputTypeError: ``text`` is not a ``str``.
        InputTooLargeError: ``text`` is longer than ``max_chars``.
        BinaryInputError: ``text`` is binary junk.
        UnsupportedLanguageError: ``language`` is not supported, or the text is in a
            language communique does not read (and ``language`` was not given).
        UnknownStageError: ``disable`` names a stage the pipeline does not have.
        PipelineError: a stage needs a field only a disabled stage writes.

    >>> doc = parse("1. Les ministres se sont réunis le 6 janvier 2017 à Paris.")
    >>> doc.date, doc.paragraphs[0].number
    ('2017-01-06', '1')
    """
    if isinstance(text, str) and len(text) <= max_chars and split_front_matter(text):
        # A front matter is metadata (title, date, language), not text.
        reading = read_text(text)
        return parse_reading(
            reading,
            language,
            reference_date,
            disable=disable,
            max_chars=max_chars,
            pipeline=pipeline,
        )
    doc = load_text(text, language=language, reference_date=reference_date, max_chars=max_chars)
    return assemble(_pipeline(pipeline, disable).run(doc))


def parse_html(
    html: str | bytes,
    url: str | None = None,
    language: Language | None = None,
    reference_date: datetime.date | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_PAGE_BYTES,
    disable: Iterable[str] = (),
    max_chars: int = DEFAULT_MAX_CHARS,
    pipeline: Pipeline | None = None,
) -> Communique:
    """Parse a press-release page: its main text, read as :func:`parse` reads plain text.

    The page's declared language and publication date (``<html lang>``, ``<time>``,
    ``article:published_time``, JSON-LD) serve as ``language`` and ``reference_date``
    when the caller gives none, and as the communiqué's date and title when its text
    states none. All offsets point into ``result.source.text``, the text read from the
    page; ``result.source.blocks`` tell which element (XPath) each block came from.

    Raises:
        InputTypeError: ``html`` is neither ``str`` nor ``bytes``.
        HtmlError: the page is too large or cannot be parsed.

    >>> page = "<html lang='fr'><body><article><p>Les ministres se sont réunis le 3 mai 2023."
    >>> doc = parse_html(page + "</p></article></body></html>")
    >>> doc.date, doc.source.text
    ('2023-05-03', 'Les ministres se sont réunis le 3 mai 2023.')
    """
    reading = read_html(html, max_bytes=max_bytes)
    # The caller's address wins over the one the page declares (its canonical link).
    reading = attrs.evolve(reading, facts=attrs.evolve(reading.facts, url=url or reading.facts.url))
    return parse_reading(
        reading, language, reference_date, disable=disable, max_chars=max_chars, pipeline=pipeline
    )


def parse_file(
    path: str | os.PathLike[str],
    language: Language | None = None,
    reference_date: datetime.date | None = None,
    *,
    encoding: str | None = None,
    disable: Iterable[str] = (),
    max_chars: int = DEFAULT_MAX_CHARS,
    max_bytes: int = DEFAULT_MAX_BYTES,
    pipeline: Pipeline | None = None,
) -> Communique:
    """Parse a file: plain text, Markdown, a web page, a PDF or a Word (.docx) document.

    The format is told by the content (``%PDF-``, a zip holding ``word/document.xml``, an
    HTML opening, a YAML front matter), else by the suffix. Text is decoded with
    ``encoding`` when given, else by byte-order mark, UTF-8 or detection (the encoding
    used is in ``result.source.encoding``).

    Raises:
        InputError: the file cannot be read or decoded; a subclass names why
            (``BinaryInputError`` for a format communique does not read, ``PdfError``,
            ``DocxError``, ``HtmlError``, ``InputTooLargeError``).
        UnsupportedLanguageError: the document is in a language communique does not read.
    """
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > max_bytes:
            raise InputTooLargeError(f"{file} has {size:,} bytes; the limit is {max_bytes:,}")
        data = file.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read {file}: {error.strerror or error}") from error
    reading = read_input(data, file.name, encoding=encoding, max_bytes=max_bytes)
    return parse_reading(
        reading, language, reference_date, disable=disable, max_chars=max_chars, pipeline=pipeline
    )


def parse_reading(
    reading: Reading,
    language: Language | None = None,
    reference_date: datetime.date | None = None,
    *,
    disable: Iterable[str] = (),
    max_chars: int = DEFAULT_MAX_CHARS,
    pipeline: Pipeline | None = None,
) -> Communique:
    """Parse an input read by :func:`communique.inputs.read_input`.

    The caller's ``language`` and ``reference_date`` win over what the input declares.
    A front matter's title and date are the communiqué's; a page's serve when its text
    states none. Furniture the reader left out of the working text is boilerplate.
    """
    facts = reading.facts
    declared = next((code for code in LANGUAGES if _language_code(facts.language) == code), None)
    doc = load_reading(
        reading,
        language=language or declared,
        reference_date=reference_date or facts.date,
        max_chars=max_chars,
    )
    result = assemble(_pipeline(pipeline, disable).run(doc))
    stated = facts.date.isoformat() if facts.date else None
    metadata_first = facts.authoritative
    # A front matter's date that the page prints as its update stamp ("Mise à jour le …")
    # is the page's last change: the day the text gives wins, as over a posting time.
    updated = facts.date is not None and update_day(
        (mention.text for mention in result.boilerplate), facts.date, result.language
    )
    date_first = metadata_first and not facts.date_posted and not updated
    date = (
        (stated or result.date)
        if date_first
        else (result.date or _lead_day(result, facts.date) or stated)
    )
    stated_title = headline_text(facts.title) if facts.title else None  # no "UPDATE 1-"
    title = (stated_title or result.title) if metadata_first else (result.title or stated_title)
    if (
        stated_title
        and result.title
        and (
            extends_headline(stated_title, result.title)
            or fuller_headline(stated_title, result.title)
        )
    ):
        # "Ministry - Talks in Valmont" over the page's "Talks in Valmont"; "Président X …"
        # under the page's fuller "# Discours du président X …"
        title = result.title
    elif (
        stated_title
        and result.title
        and (
            (
                _marked_headline(result, reading)
                and unrelated_titles(stated_title, result.title, result.language)
            )
            or (bool(result.paragraphs) and copies_lead(stated_title, result.paragraphs[0].text))
        )
    ):
        # the page's "# …" headline, over a teaser stored as its title; a printed headline
        # over the lead's first sentence stored as the title
        title = result.title
    if reading.furniture:
        boilerplate = sorted((*result.boilerplate, *reading.furniture), key=lambda m: m.start)
        result = attrs.evolve(result, boilerplate=tuple(boilerplate))
    if reading.format == "text" and reading.encoding in (None, "utf-8"):
        # Plain UTF-8 text: offsets point into the file's text as decoded, nothing to add.
        return attrs.evolve(result, date=date, title=title)
    source = Source(
        reading.text, facts.url, reading.blocks, format=reading.format, encoding=reading.encoding
    )
    return attrs.evolve(result, source=source, date=date, title=title)


def _marked_headline(result: Communique, reading: Reading) -> bool:
    """Whether the title found is the headline the markup marks as the page's ("# …")."""
    span = result.title_span
    return span is not None and any(
        block.role == "title" and block.start <= span.start < block.end for block in reading.blocks
    )


_LEAD_REACH = 40
"""Characters into the first paragraph where its opening date may start ("Le 9 mars, …")."""
_LEAD_DAYS = 7
"""Days a posting time may follow the day the text opens with."""


def _lead_day(result: Communique, posted: datetime.date | None) -> str | None:
    """The day the first paragraph names first, when a posting time came a few days after it.

    "Le 9 mars, la ministre … a reçu …" in a page posted on 10 March: the year-less
    day, resolved against the posting time, dates the event the text reports.
    """
    if not result.paragraphs or posted is None:
        return None
    first = result.paragraphs[0]
    for mention in result.dates:
        if mention.start >= first.start + _LEAD_REACH:
            break
        value = mention.value or ""
        if mention.start < first.start or mention.kind not in ("date", "relative"):
            continue
        if not any(character.isdigit() for character in mention.text):
            return None  # "yesterday": the posting time's own day, not a day the text names
        try:  # a day, not a month, week or range ("2026-04", "2026-W16")
            day = datetime.date.fromisoformat(value) if len(value) == len("2026-01-01") else None
        except ValueError:
            day = None
        if day is None:
            return None
        lag = (posted - day).days
        return value if 0 <= lag <= _LEAD_DAYS else None
    return None


def _pipeline(pipeline: Pipeline | None, disable: Iterable[str]) -> Pipeline:
    """The caller's pipeline (or the default one) with the stages ``disable`` names off."""
    names = tuple(disable)
    if pipeline is None:
        return Pipeline(disable=names)
    return pipeline.disable(*names) if names else pipeline


def _language_code(declared: str | None) -> str:
    return (declared or "").replace("_", "-").split("-")[0].casefold()
