"""Decode the bytes of a text file: a byte-order mark, else UTF-8, else a detector's guess.

The caller's ``encoding`` wins over everything. UTF-16 or UTF-32 without a byte-order mark
is recognised by its NUL bytes (every other byte of ASCII text is NUL in UTF-16), which
no single-byte text has; the detector (charset-normalizer) handles legacy single-byte
and CJK encodings. The encoding used is returned so that it can be recorded in
``Communique.source``.
"""

from __future__ import annotations

import codecs
from typing import Final

import attrs

from communique.errors import BinaryInputError, InputError
from communique.patterncache import compile_pattern
from communique.records import shared_repr

__all__ = ["Decoded", "decode_text"]

_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SNIFF: Final = 4096
"""Bytes looked at to recognise UTF-16/32 without a byte-order mark."""
_DETECT: Final = 200_000
"""Bytes handed to the detector: enough to tell, bounded so a large file stays fast."""
_LATIN_SHARE: Final = 3
"""ASCII letters per byte above 127 from which a text is taken for Latin script."""
_LATIN_CODECS: Final = compile_pattern(
    r"cp125[02478]|cp8(?:50|52|57|58)|cp775|latin_1|mac_(?:roman|latin2|iceland)|hp_roman8"
    r"|iso8859_(?:1|2|3|4|9|10|13|14|15|16)"
)
"""Single-byte codecs of the Latin script: among them the detector cannot tell apart
short texts, and Windows-1252 is what French and English files are written in."""


@shared_repr
@attrs.frozen(repr=False)
class Decoded:
    """Text decoded from bytes, and how."""

    text: str
    encoding: str
    """Codec name (Python's), ``utf-8`` for plain UTF-8."""
    how: str
    """``given`` (the caller's), ``bom``, ``utf-8``, ``nul-pattern`` or ``detected``."""


def decode_text(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode ``data`` as text.

    Raises:
        InputError: ``encoding`` is unknown or does not decode ``data``.
        BinaryInputError: no text encoding decodes ``data``.

    >>> decode_text("Déclaration".encode("utf-16")).encoding
    'utf-16-le'
    >>> decode_text("Déclaration".encode("latin-1")).text
    'Déclaration'
    """
    if encoding is not None:
        return Decoded(_decode_given(data, encoding), codecs.lookup(encoding).name, "given")
    for bom, name in _BOMS:
        if data.startswith(bom):
            # "utf-8-sig" names UTF-8 with a mark, which the text does not include.
            recorded = "utf-8-sig" if name == "utf-8" else name
            return Decoded(_strict(data[len(bom) :], name), recorded, "bom")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError:
        pass
    wide = _wide_without_bom(data[:_SNIFF])
    if wide is not None:
        return Decoded(_strict(data, wide), wide, "nul-pattern")
    return _detect(data)


def _decode_given(data: bytes, encoding: str) -> str:
    try:
        codecs.lookup(encoding)
    except LookupError as error:
        raise InputError(f"unknown encoding {encoding!r}") from error
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(f"the input is not valid {encoding}: {error}") from error


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(f"the input is not valid {encoding}: {error}") from error


def _wide_without_bom(head: bytes) -> str | None:
    """``utf-16-le``/``-be`` or ``utf-32-le``/``-be`` when NUL bytes fall in their pattern."""
    pairs = len(head) // 4 * 4
    if pairs < 8 or head.count(0) < len(head) // 4:
        return None
    odd = sum(1 for i in range(1, pairs, 2) if head[i] == 0)
    even = sum(1 for i in range(0, pairs, 2) if head[i] == 0)
    half = pairs // 2
    quads = [sum(1 for i in range(k, pairs, 4) if head[i] == 0) for k in range(4)]
    quarter = pairs // 4
    if quads[1] == quads[2] == quads[3] == quarter and quads[0] < quarter:
        return "utf-32-le"
    if quads[0] == quads[1] == quads[2] == quarter and quads[3] < quarter:
        return "utf-32-be"
    if odd > 0.8 * half and even < 0.2 * half:
        return "utf-16-le"
    if even > 0.8 * half and odd < 0.2 * half:
        return "utf-16-be"
    return None


def _detect(data: bytes) -> Decoded:
    sample = data[:_DETECT]
    high = sum(1 for byte in sample if byte >= 0x80)
    letters = sum(1 for byte in sample if 0x41 <= byte <= 0x5A or 0x61 <= byte <= 0x7A)
    if letters >= _LATIN_SHARE * high:
        # Mostly ASCII letters with a few accented ones: a Latin-script text, which the
        # detector reads poorly when short; Windows-1252 is what such files are in.
        try:
            return Decoded(data.decode("cp1252"), "cp1252", "detected")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:_DETECT]).best()
    if best is None:
        raise BinaryInputError("no text encoding reads the input: binary data, not text")
    name = best.encoding
    if _LATIN_CODECS.fullmatch(name):
        try:
            return Decoded(data.decode("cp1252"), "cp1252", "detected")
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode(name)
    except (UnicodeDecodeError, LookupError) as error:
        raise BinaryInputError(
            f"the input is neither UTF-8 nor {name} (the closest guess): {error}"
        ) from error
    return Decoded(text, codecs.lookup(name).name, "detected")
