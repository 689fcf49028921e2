"""Lines of a PDF's pages, read by pdfplumber with each character's position, size and font."""

from __future__ import annotations

import itertools
import re
import statistics
import zlib
from io import BytesIO
from typing import TYPE_CHECKING, Any, Final

import attrs

from communique.errors import PdfError
from communique.records import shared_repr

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["MAX_PAGES", "PdfLine", "PdfPage", "read_layout"]

MAX_PAGES: Final = 500
"""Most pages read by default (a long treaty has a few hundred)."""
MAX_UNPACKED: Final = 200_000_000
"""Most bytes all the PDF's streams may unpack to (pdfminer unpacks them with no limit)."""
_STREAM: Final = re.compile(rb"(?<!end)stream\r?\n")
_SUPERSCRIPT_RATIO: Final = 0.8
"""A character this much smaller than its line and raised above it is a reference mark."""


@shared_repr
@attrs.frozen(repr=False)
class PdfLine:
    """One printed line, in page coordinates (points, from the top of the page)."""

    text: str
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    """Median character size."""
    bold: bool
    marks: tuple[tuple[int, int], ...] = ()
    """Spans of ``text`` printed as raised small digits: footnote reference marks."""


@shared_repr
@attrs.frozen(repr=False)
class PdfPage:
    """The lines of one page, top to bottom."""

    number: int
    width: float
    height: float
    lines: tuple[PdfLine, ...]


def read_layout(
    data: bytes, max_pages: int = MAX_PAGES, max_unpacked: int = MAX_UNPACKED
) -> list[PdfPage]:
    """Read every page's lines.

    Raises:
        PdfError: the PDF is encrypted, malformed, has more than ``max_pages`` pages, or
            streams that unpack to more than ``max_unpacked`` bytes (a decompression bomb).
    """
    import pdfplumber

    _check_streams(data, max_unpacked)

    try:
        with pdfplumber.open(BytesIO(data)) as pdf:
            return [_page(page) for page in _pages(pdf, max_pages)]
    except PdfError:
        raise
    except Exception as error:
        # pdfminer reports malformed files with many exception types (its own, KeyError,
        # TypeError, RecursionError on hostile trees…), which pdfplumber may wrap: all mean
        # the same to the caller, but an encrypted file deserves its own message.
        if _encrypted(error):
            raise PdfError(
                "the PDF is encrypted: it cannot be read without its password"
            ) from error
        raise PdfError(f"the PDF is malformed: {type(error).__name__}: {error}") from error


def _check_streams(data: bytes, budget: int) -> None:
    """Unpack every Flate stream with a bounded output before pdfminer unpacks it unbounded.

    Streams are never nested in other streams in a PDF, so the file's own bytes show them
    all; a stream that is not Flate, or is damaged, is left to pdfminer.
    """
    total = 0
    for match in _STREAM.finditer(data):
        end = data.find(b"endstream", match.end())
        if end < 0:
            break
        unpacker = zlib.decompressobj()
        try:
            total += len(unpacker.decompress(data[match.end() : end], budget - total + 1))
        except zlib.error:
            continue
        if total > budget or unpacker.unconsumed_tail:
            raise PdfError(f"the PDF's streams unpack to more than {budget:,} bytes: a bomb")


def _encrypted(error: BaseException) -> bool:
    """Whether the error, or one it wraps, is pdfminer's for an encrypted file."""
    seen: set[int] = set()
    pending: list[object] = [error]
    while pending:
        current = pending.pop()
        if not isinstance(current, BaseException) or id(current) in seen:
            continue
        seen.add(id(current))
        name = type(current).__name__.casefold()
        if "password" in name or "encrypt" in name:
            return True
        pending.extend([current.__cause__, current.__context__, *current.args])
    return False


def _pages(pdf: Any, max_pages: int) -> Iterator[Any]:
    from pdfminer.pdfpage import PDFPage
    from pdfplumber.page import Page

    doctop = 0.0
    found = PDFPage.create_pages(pdf.doc)
    for index, page_obj in enumerate(itertools.islice(found, max_pages + 1)):
        if index == max_pages:
            raise PdfError(f"the PDF has more than {max_pages} pages, the limit")
        page = Page(pdf, page_obj, page_number=index + 1, initial_doctop=doctop)
        doctop += float(page.height)
        yield page


def _page(page: Any) -> PdfPage:
    raw = page.extract_text_lines(return_chars=True, strip=True)
    lines = tuple(line for line in (_line(item) for item in raw) if line is not None)
    return PdfPage(page.page_number, float(page.width), float(page.height), lines)


def _line(item: dict[str, Any]) -> PdfLine | None:
    chars = [c for c in item.get("chars", ()) if str(c.get("text", "")).strip()]
    text = str(item.get("text", ""))
    if not chars or not text.strip():
        return None
    size = statistics.median(float(c.get("size", 0.0)) for c in chars)
    bold = sum("bold" in str(c.get("fontname", "")).casefold() for c in chars) > len(chars) / 2
    return PdfLine(
        text,
        float(item["top"]),
        float(item["bottom"]),
        float(item["x0"]),
        float(item["x1"]),
        size,
        bold,
        _marks(text, chars, size, float(item["bottom"])),
    )


def _marks(
    text: str, chars: list[dict[str, Any]], size: float, bottom: float
) -> tuple[tuple[int, int], ...]:
    """Raised small digits glued to a word: footnote reference marks (by size and position)."""
    small = [
        c
        for c in chars
        if str(c["text"]).isdigit()
        and float(c.get("size", size)) < _SUPERSCRIPT_RATIO * size
        and float(c["bottom"]) < bottom - 0.25 * size
    ]
    if not small:
        return ()
    # Locate the marks in the line's text: the characters come in text order.
    spans: list[tuple[int, int]] = []
    position = 0
    wanted = {id(c) for c in small}
    for char in chars:
        found = text.find(str(char["text"]), position)
        if found < 0:
            continue
        position = found + 1
        if id(char) in wanted:
            if spans and spans[-1][1] == found:
                spans[-1] = (spans[-1][0], found + 1)
            else:
                spans.append((found, found + 1))
    return tuple(spans)
