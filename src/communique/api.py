"""The entry points: ``parse``, ``parse_file`` (and ``parse_html`` for web pages)."""

from __future__ import annotations

import datetime
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from communique.assemble import assemble
from communique.errors import InputError
from communique.html import DEFAULT_MAX_BYTES, read_page
from communique.load import DEFAULT_MAX_CHARS, load_text
from communique.model import Source
from communique.pipeline import Pipeline

if TYPE_CHECKING:
    from collections.abc import Iterable

    from communique.model import Communique, Language

__all__ = ["looks_like_html", "parse", "parse_file", "parse_html"]

_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)


def parse(
    text: str,
    language: Language | None = None,
    reference_date: datetime.date | None = None,
    *,
    disable: Iterable[str] = (),
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Communique:
    """Parse the plain text of a communiqué.

    Args:
        text: the document, as a ``str``.
        language: ``"fr"`` or ``"en"``; None detects it.
        reference_date: anchors relative dates when the document states no date.
        disable: names of pipeline stages to skip (see ``communique.Pipeline``).
        max_chars: longest input accepted.

    Returns:
        The parsed communiqué; empty or blank text gives one with no paragraphs.

    Raises:
        InputTypeError: ``text`` is not a ``str``.
        InputTooLargeError: ``text`` is longer than ``max_chars``.
        BinaryInputError: ``text`` is binary junk.
        UnsupportedLanguageError: ``language`` is not supported.

    >>> doc = parse("1. Les ministres se sont réunis le 6 janvier 2017 à Paris.")
    >>> doc.date, doc.paragraphs[0].number
    ('2017-01-06', '1')
    """
    doc = load_text(text, language=language, reference_date=reference_date, max_chars=max_chars)
    return assemble(Pipeline(disable=disable).run(doc))


def parse_html(
    html: str | bytes,
    url: str | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    disable: Iterable[str] = (),
) -> Communique:
    """Parse a press-release page: its main text, read as :func:`parse` reads plain text.

    The page's declared language and publication date (``<html lang>``, ``<time>``,
    ``article:published_time``, JSON-LD) serve as ``language`` and ``reference_date``, and
    as the communiqué's date and title when its text states none. All offsets point into
    ``result.source.text``, the text read from the page; ``result.source.blocks`` tell
    which element (XPath) each block came from.

    Raises:
        InputTypeError: ``html`` is neither ``str`` nor ``bytes``.
        HtmlError: the page is too large or cannot be parsed.

    >>> page = "<html lang='fr'><body><article><p>Les ministres se sont réunis le 3 mai 2023."
    >>> doc = parse_html(page + "</p></article></body></html>")
    >>> doc.date, doc.source.text
    ('2023-05-03', 'Les ministres se sont réunis le 3 mai 2023.')
    """
    page = read_page(html, max_bytes=max_bytes)
    facts = page.facts
    doc = parse(page.text, language=facts.language, reference_date=facts.date, disable=disable)
    date = doc.date or (facts.date.isoformat() if facts.date else None)
    return attrs.evolve(
        doc, source=Source(page.text, url, page.blocks), date=date, title=doc.title or facts.title
    )


def looks_like_html(data: bytes) -> bool:
    """Whether bytes open like a web page (a doctype, ``<html>``, ``<head>`` or ``<body>``)."""
    return _HTML_START.match(data[:2048]) is not None


def parse_file(
    path: str | os.PathLike[str],
    language: Language | None = None,
    reference_date: datetime.date | None = None,
    *,
    encoding: str = "utf-8",
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Communique:
    """Parse a text file, or a web page (by suffix ``.html``/``.htm``/``.xhtml`` or content).

    Raises:
        InputError: the file cannot be read or decoded (``HtmlError`` for a bad page).
    """
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read {file}: {error.strerror or error}") from error
    if file.suffix.casefold() in _HTML_SUFFIXES or looks_like_html(data):
        return parse_html(data)  # a local path is not the page's address
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(f"{file} is not valid {encoding}: {error}") from error
    return parse(text, language=language, reference_date=reference_date, max_chars=max_chars)
