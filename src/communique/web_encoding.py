"""Decode the bytes of a web page as a browser would: WHATWG encoding labels only.

The order is the Encoding Standard's: a byte-order mark, else a charset declared in the
page's first bytes (``<meta charset>`` or ``http-equiv``), else UTF-8, else Windows-1252
(what undeclared pages that are not UTF-8 are most often written in). Only the standard's
labels are honoured (``resources/common/encodings.toml``): ``utf-7`` could smuggle markup
past a filter and ``idna`` or ``undefined`` are Python codecs that are no text encoding, so
such a declaration is ignored. Decoding never fails: undecodable bytes become U+FFFD.
"""

from __future__ import annotations

import codecs
import re
from typing import Final

from communique.errors import HtmlError
from communique.lexicon.common.encodings import labels as _labels

__all__ = ["codec_for_label", "decode_html"]

_CHARSET: Final = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.I)
_PRESCAN_BYTES: Final = 4096
_BOMS: Final = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def codec_for_label(label: str) -> str | None:
    """The Python codec a WHATWG encoding label names, or None for any other label.

    Raises:
        HtmlError: the label names the standard's "replacement" encoding (ISO-2022-KR,
            HZ-GB-2312...), which browsers refuse to decode.

    >>> codec_for_label(" Latin1 "), codec_for_label("utf-7")
    ('cp1252', None)
    """
    key = label.strip(" \t\n\f\r").lower()
    labels = _labels()
    if key in labels.refused:
        raise HtmlError(f"the page declares the {label!r} encoding, which is not decoded safely")
    return labels.codecs.get(key)


def decode_html(data: bytes) -> str:
    """Decode page bytes: a byte-order mark, else the declared charset, else UTF-8.

    Pages that declare no standard label and are not UTF-8 are read as Windows-1252, which
    they are most often written in.

    Raises:
        HtmlError: the page declares an encoding browsers refuse to decode.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    for declared in _CHARSET.finditer(data[:_PRESCAN_BYTES]):
        codec = codec_for_label(declared.group(1).decode("ascii"))
        if codec is not None:
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
