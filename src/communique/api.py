"""The entry points: ``parse``, ``parse_file`` (and ``parse_html`` for web pages)."""

from __future__ import annotations

import datetime
import os
from pathlib import Path
from typing import TYPE_CHECKING

from communique.assemble import assemble
from communique.errors import InputError
from communique.load import DEFAULT_MAX_CHARS, load_text
from communique.pipeline import Pipeline

if TYPE_CHECKING:
    from collections.abc import Iterable

    from communique.model import Communique, Language

__all__ = ["parse", "parse_file"]


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


def parse_file(
    path: str | os.PathLike[str],
    language: Language | None = None,
    reference_date: datetime.date | None = None,
    *,
    encoding: str = "utf-8",
) -> Communique:
    """Parse a ``.txt`` file (or an HTML page, by suffix ``.html``/``.htm`` or content).

    Raises:
        InputError: the file cannot be read or decoded.
    """
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read {file}: {error.strerror or error}") from error
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(f"{file} is not valid {encoding}: {error}") from error
    return parse(text, language=language, reference_date=reference_date)
