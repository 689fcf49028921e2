"""Read a Word (.docx) document with python-docx: paragraphs, headings, lists, tables.

The archive is checked before python-docx opens it: too many parts, a part that
unpacks larger than a limit, or a compression ratio no real document has (a zip bomb)
is refused with :class:`~communique.errors.DocxError`. The text is the body in order,
one block per paragraph, blocks apart by a blank line; a table is read row by row, its
cells apart by a tab. A paragraph in a ``Heading``/``Title`` style is a heading (the
first ``Title``, else the first ``Heading 1``, is the title); a numbered list item gets
the number Word prints for it (counted per list and level), a bulleted one a ``•``.
"""

from __future__ import annotations

import re
import zipfile
from io import BytesIO
from typing import TYPE_CHECKING, Any, Final

from communique.errors import DocxError
from communique.inputs.reading import Facts, Reading
from communique.model import SourceBlock

if TYPE_CHECKING:
    from collections.abc import Iterator

    from communique.model import BlockRole

__all__ = ["MAX_PART_BYTES", "read_docx"]

MAX_PART_BYTES: Final = 50_000_000
"""Largest unpacked part accepted (a long document's XML is a few megabytes)."""
_MAX_PARTS: Final = 2_000
_MAX_RATIO: Final = 200
"""Unpacked size over packed size beyond which a part is a zip bomb (XML packs ~10:1)."""
_HEADING: Final = re.compile(r"(?:heading|titre|title)\s*(\d*)", re.I)
_W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(data: bytes) -> Reading:
    """Read a Word document's body text.

    Raises:
        DocxError: the archive is a zip bomb, has oversized parts, or is not a valid
            Word document.
    """
    _check_archive(data)
    import docx

    try:
        document = docx.Document(BytesIO(data))
        items = list(_items(document))
    except DocxError:
        raise
    except Exception as error:
        # python-docx and lxml report a damaged package with many exception types.
        raise DocxError(
            f"the Word document is malformed: {type(error).__name__}: {error}"
        ) from error
    return _build(items, document)


def _check_archive(data: bytes) -> None:
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise DocxError(f"the Word document is not a valid zip archive: {error}") from error
    if len(infos) > _MAX_PARTS:
        raise DocxError(f"the Word document has {len(infos):,} parts, over {_MAX_PARTS:,}")
    for info in infos:
        if info.file_size > MAX_PART_BYTES:
            raise DocxError(f"part {info.filename} unpacks to {info.file_size:,} bytes, too large")
        if info.file_size > 1_000_000 and info.file_size > _MAX_RATIO * max(info.compress_size, 1):
            raise DocxError(
                f"part {info.filename} is compressed {_MAX_RATIO}:1 or more: a zip bomb"
            )


def _items(document: Any) -> Iterator[tuple[str, BlockRole]]:
    """Each paragraph or table row of the body, in order, with its role."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    counters: dict[tuple[str, int], int] = {}
    titled = False
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                cells = [" ".join(cell.text.split()) for cell in row.cells]
                text = "\t".join(dict.fromkeys(c for c in cells if c))  # merged cells repeat
                if text:
                    yield text, "table"
        elif isinstance(item, Paragraph):
            text = item.text.strip()
            if not text:
                continue
            role, titled = _paragraph_role(item, titled)
            marker = _list_marker(item, counters)
            yield (f"{marker} {text}" if marker else text), ("list_item" if marker else role)


def _paragraph_role(paragraph: Any, titled: bool) -> tuple[BlockRole, bool]:
    name = str(getattr(paragraph.style, "name", "") or "")
    match = _HEADING.match(name)
    if match is None:
        return "paragraph", titled
    if not titled and (name.casefold().startswith("title") or match.group(1) in ("", "1")):
        return "title", True
    return "heading", titled


def _list_marker(paragraph: Any, counters: dict[tuple[str, int], int]) -> str | None:
    """The number Word prints for a numbered item ("3."), "•" for a bullet, else None."""
    numbering = _numbering_properties(paragraph)
    if numbering is None or numbering.numId is None:
        return None
    num_id = str(numbering.numId.val)
    level = int(numbering.ilvl.val) if numbering.ilvl is not None else 0
    for key in [k for k in counters if k[0] == num_id and k[1] > level]:
        del counters[key]  # a deeper list restarts under each new item
    counters[num_id, level] = counters.get((num_id, level), 0) + 1
    kind = _number_format(paragraph, num_id, level)
    if kind == "bullet":
        return "•"
    return f"{counters[num_id, level]}."


def _numbering_properties(paragraph: Any) -> Any:
    """The paragraph's ``w:numPr``, or its style's (list styles carry the numbering)."""
    properties = paragraph._p.pPr
    if properties is not None and properties.numPr is not None:
        return properties.numPr
    style = paragraph.style
    for _ in range(10):  # a style's base chain is short; a loop in it must not hang
        if style is None:
            return None
        element = style.element.pPr
        if element is not None and element.numPr is not None:
            return element.numPr
        style = style.base_style
    return None


def _number_format(paragraph: Any, num_id: str, level: int) -> str:
    """``bullet`` or ``decimal`` (others are read as decimal) from the numbering part."""
    try:
        numbering = paragraph.part.numbering_part.element
    except (AttributeError, KeyError, NotImplementedError):
        return "bullet"
    for num in numbering.iter(f"{_W}num"):
        if num.get(f"{_W}numId") != num_id:
            continue
        abstract = num.find(f"{_W}abstractNumId")
        if abstract is None:
            break
        wanted = abstract.get(f"{_W}val")
        for definition in numbering.iter(f"{_W}abstractNum"):
            if definition.get(f"{_W}abstractNumId") != wanted:
                continue
            for lvl in definition.iter(f"{_W}lvl"):
                if lvl.get(f"{_W}ilvl") == str(level):
                    fmt = lvl.find(f"{_W}numFmt")
                    return (
                        "bullet"
                        if fmt is not None and fmt.get(f"{_W}val") == "bullet"
                        else "decimal"
                    )
    return "bullet"


def _build(items: list[tuple[str, BlockRole]], document: Any) -> Reading:
    parts: list[str] = []
    blocks: list[SourceBlock] = []
    position = 0
    for text, role in items:
        start = position + (2 if parts else 0)
        parts.append(("\n\n" if parts else "") + text)
        blocks.append(SourceBlock(start, start + len(text), role=role))
        position = start + len(text)
    source = "".join(parts)
    title = next((source[b.start : b.end] for b in blocks if b.role == "title"), None)
    core = document.core_properties
    facts = Facts(
        title=title or (str(core.title).strip() or None if core.title else None),
        language=str(core.language) if core.language else None,
    )
    return Reading(source, "docx", blocks=tuple(blocks), facts=facts)
