"""Validation of raw input before any parsing: type, size, binary junk."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Final, cast

from communique.document import Document
from communique.errors import BinaryInputError, InputError, InputTooLargeError, InputTypeError
from communique.lexicon import check_language
from communique.patterncache import compile_pattern

if TYPE_CHECKING:
    from communique.inputs.reading import Reading
    from communique.model import Language

__all__ = ["DEFAULT_MAX_CHARS", "load_reading", "load_text"]

DEFAULT_MAX_CHARS: Final = 5_000_000
"""Longest input accepted by default (a long treaty is ~500,000 characters)."""

_JUNK: Final = compile_pattern(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
_JUNK_SHARE: Final = 0.1
_SURROGATE: Final = compile_pattern(r"[\ud800-\udfff]")


def load_text(
    text: object,
    *,
    language: object = None,
    reference_date: object = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Document:
    """Check the caller's arguments and start a :class:`Document`.

    Raises:
        InputTypeError: ``text`` is not a ``str`` (bytes must be decoded by the caller),
            or ``reference_date`` is not a ``datetime.date``.
        InputTooLargeError: ``text`` is longer than ``max_chars``.
        BinaryInputError: ``text`` holds NUL characters or is mostly control characters.
        InputError: ``text`` holds a lone surrogate code point.
        UnsupportedLanguageError: ``language`` is neither None nor a supported language.
    """
    checked, ref = _check_arguments(text, language, reference_date, max_chars)
    return Document.from_text(cast("str", text), language=checked, reference_date=ref)


def load_reading(
    reading: Reading,
    *,
    language: object = None,
    reference_date: object = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Document:
    """Start a :class:`Document` from an input read by :func:`communique.inputs.read_input`.

    The document's original is ``reading.text`` (offsets point into it) and its working
    text is ``reading.working`` (markup removed); the reader's blocks go along as hints.

    Raises:
        the errors of :func:`load_text`.
    """
    checked, ref = _check_arguments(reading.working, language, reference_date, max_chars)
    return Document(
        original=reading.text,
        text=reading.working,
        offsets=reading.offsets,
        language=checked,
        reference_date=ref,
        source_url=reading.facts.url,
        stated_title=reading.facts.title if reading.facts.authoritative else None,
        stated_period=(
            reading.facts.period
            if reading.facts.authoritative and reading.facts.date is None
            else None
        ),
        date_stated=(
            ref is not None
            and ref == reading.facts.date
            and reading.facts.authoritative
            and not reading.facts.date_posted
        ),
        blocks=reading.blocks,
    )


def _check_arguments(
    text: object, language: object, reference_date: object, max_chars: int
) -> tuple[Language | None, datetime.date | None]:
    if not isinstance(text, str):
        hint = (
            " (decode bytes first, e.g. data.decode('utf-8'))"
            if isinstance(text, (bytes, bytearray))
            else ""
        )
        raise InputTypeError(f"expected str, got {type(text).__name__}{hint}")
    if reference_date is not None and not isinstance(reference_date, datetime.date):
        raise InputTypeError(
            f"reference_date must be a datetime.date, got {type(reference_date).__name__}"
        )
    checked: Language | None = None if language is None else check_language(language)
    if len(text) > max_chars:
        raise InputTooLargeError(f"input has {len(text):,} characters; the limit is {max_chars:,}")
    _check_not_binary(text)
    ref = reference_date.date() if isinstance(reference_date, datetime.datetime) else reference_date
    return checked, ref


def _check_not_binary(text: str) -> None:
    if "\x00" in text:
        raise BinaryInputError("input holds NUL characters: binary data, not text")
    surrogate = _SURROGATE.search(text)
    if surrogate is not None:
        # A lone surrogate is no character: the JSON of the result could not be encoded.
        raise InputError(
            f"input holds a lone surrogate (U+{ord(surrogate.group()):04X}) at {surrogate.start()}:"
            " text decoded with 'surrogateescape' or cut inside a pair; decode it properly"
        )
    if _JUNK.search(text) is None:
        return
    junk = len(text) - len(_JUNK.sub("", text))
    if junk and junk > _JUNK_SHARE * len(text):
        raise BinaryInputError(
            f"{junk} of {len(text)} characters are control or replacement characters: "
            "binary data or a wrong decoding"
        )
