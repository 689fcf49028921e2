"""Flat tables of many parsed documents: one list of records per kind of finding."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Final, TypeAlias, TypeVar

import attrs

from communique.model import Agreement, Communique, Party, Person
from communique.records import shared_repr

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

    import pandas

    from communique.batch import BatchResult

__all__ = [
    "COLUMNS",
    "KINDS",
    "Cell",
    "CsvTables",
    "Record",
    "Tables",
    "document_rows",
    "frame",
    "tables",
]

Cell: TypeAlias = "str | int | bool | None"
"""One value of a table: text, offset, count, flag or nothing."""
Record: TypeAlias = "dict[str, Cell]"
"""One row of a table, column name to value."""

COLUMNS: Final[Mapping[str, Mapping[str, str]]] = {
    "documents": {
        "doc_id": "string", "language": "string", "title": "string", "date": "string",
        "paragraphs": "int64", "persons": "int64", "parties": "int64", "dates": "int64",
        "agreements": "int64", "url": "string",
    },
    "paragraphs": {
        "doc_id": "string", "index": "int64", "number": "string", "section": "string",
        "start": "int64", "end": "int64", "text": "string",
    },
    "persons": {
        "doc_id": "string", "person": "int64", "name": "string", "role": "string",
        "affiliation": "string", "participant": "bool", "mentions": "int64",
        "start": "Int64", "end": "Int64",
    },
    "person_mentions": {
        "doc_id": "string", "person": "int64", "name": "string", "text": "string",
        "start": "int64", "end": "int64",
    },
    "parties": {
        "doc_id": "string", "party": "int64", "name": "string", "code": "string",
        "kind": "string", "mentions": "int64", "start": "Int64", "end": "Int64",
    },
    "dates": {
        "doc_id": "string", "text": "string", "start": "int64", "end": "int64",
        "kind": "string", "value": "string", "anchor": "string", "anchor_text": "string",
        "timezone": "string",
    },
    "agreements": {
        "doc_id": "string", "agreement": "int64", "name": "string", "acronym": "string",
        "kind": "string", "number": "string", "year": "string", "status": "string",
        "mentions": "int64", "start": "Int64", "end": "Int64",
    },
    "agreement_mentions": {
        "doc_id": "string", "agreement": "int64", "name": "string", "text": "string",
        "start": "int64", "end": "int64",
    },
}  # fmt: skip
"""Each table's columns with their pandas dtype (``Int64``: an offset that may be missing)."""

KINDS: Final = tuple(COLUMNS)
"""The table names, in the order CSV files and DataFrames are written."""

_E = TypeVar("_E", Person, Party, Agreement)


@shared_repr
@attrs.frozen(repr=False)
class Tables:
    """One list of flat records per kind; every record carries ``doc_id`` and offsets."""

    documents: list[Record] = attrs.Factory(list)
    paragraphs: list[Record] = attrs.Factory(list)
    persons: list[Record] = attrs.Factory(list)
    person_mentions: list[Record] = attrs.Factory(list)
    parties: list[Record] = attrs.Factory(list)
    dates: list[Record] = attrs.Factory(list)
    agreements: list[Record] = attrs.Factory(list)
    agreement_mentions: list[Record] = attrs.Factory(list)

    def items(self) -> Iterator[tuple[str, list[Record]]]:
        """Each table's name and records, in :data:`KINDS` order."""
        for kind in KINDS:
            yield kind, getattr(self, kind)

    def to_pandas(self) -> dict[str, pandas.DataFrame]:
        """One DataFrame per kind, with the dtypes of :data:`COLUMNS` (needs pandas).

        Raises:
            ImportError: pandas is not installed (``pip install 'communique[pandas]'``).
        """
        return {kind: frame(kind, rows) for kind, rows in self.items()}

    def write_csv(self, directory: str | Path) -> list[Path]:
        """Write ``<kind>.csv`` for every kind into ``directory`` (UTF-8, RFC 4180)."""
        with CsvTables(directory) as writer:
            for kind, rows in self.items():
                writer.write(kind, rows)
            return writer.paths


class CsvTables:
    """One CSV file per kind, written row by row so a batch never holds its tables.

    Files are UTF-8 with CRLF line ends and minimal quoting, as RFC 4180 asks.
    """

    def __init__(self, directory: str | Path) -> None:
        """Create ``directory`` and open one file per kind, headers written."""
        import csv  # at first use: writing tables is rare next to parsing (cold import)

        folder = Path(directory)
        folder.mkdir(parents=True, exist_ok=True)
        self.paths = [folder / f"{kind}.csv" for kind in KINDS]
        self._files = [path.open("w", encoding="utf-8", newline="") for path in self.paths]
        self._writers = {
            kind: csv.DictWriter(file, fieldnames=list(COLUMNS[kind]), lineterminator="\r\n")
            for kind, file in zip(KINDS, self._files, strict=True)
        }
        for writer in self._writers.values():
            writer.writeheader()

    def write(self, kind: str, rows: Iterable[Record]) -> None:
        """Append rows to one kind's file."""
        self._writers[kind].writerows(rows)

    def add(self, doc_id: str, doc: Communique) -> None:
        """Append every row of one document."""
        for kind, rows in document_rows(doc_id, doc).items():
            self.write(kind, rows)

    def close(self) -> None:
        """Close every file."""
        for file in self._files:
            file.close()

    def __enter__(self) -> CsvTables:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def frame(kind: str, rows: Iterable[Record]) -> pandas.DataFrame:
    """One kind's records as a DataFrame with the dtypes of :data:`COLUMNS` (needs pandas).

    Raises:
        ImportError: pandas is not installed (``pip install 'communique[pandas]'``).
    """
    try:
        import pandas as pd
    except ImportError as missing:  # pragma: no cover - the dev extra installs pandas
        raise ImportError(
            f"tables need pandas for DataFrames: pip install 'communique[pandas]' ({missing})"
        ) from missing
    columns = COLUMNS[kind]
    return pd.DataFrame.from_records(list(rows), columns=list(columns)).astype(dict(columns))


def tables(
    docs: Iterable[Communique | BatchResult | tuple[str, Communique]],
) -> Tables:
    """Flatten parsed documents into one list of records per kind.

    Each document's id is its source path for a :class:`~communique.batch.BatchResult`,
    the name given in a ``(name, doc)`` pair, or else its position (``"0"``, ``"1"`` …).
    Failed batch results are left out.

    Examples:
        >>> import communique
        >>> doc = communique.parse("M. Jean Dupont s'est rendu à Tokyo le 3 mai 2023.")
        >>> t = tables([("note", doc)])
        >>> [(r["doc_id"], r["name"], r["start"]) for r in t.persons]
        [('note', 'Jean Dupont', 0)]
        >>> [(r["text"], r["value"]) for r in t.dates]
        [('3 mai 2023', '2023-05-03')]
    """
    result = Tables()
    for position, item in enumerate(docs):
        named = _named(position, item)
        if named is None:
            continue
        for kind, rows in document_rows(*named).items():
            getattr(result, kind).extend(rows)
    return result


def _named(
    position: int, item: Communique | BatchResult | tuple[str, Communique]
) -> tuple[str, Communique] | None:
    # Imported here: the batch runner (and multiprocessing) stays out of ``import communique``.
    from communique.batch import BatchResult

    if isinstance(item, BatchResult):
        return None if item.document is None else (item.source, item.document)
    if isinstance(item, Communique):
        return str(position), item
    return item


def document_rows(doc_id: str, doc: Communique) -> dict[str, list[Record]]:
    """Every table's rows for one document, keyed by kind."""
    persons, person_mentions = _entities(
        doc_id, "person", doc.persons, lambda p: {
            "role": p.role, "affiliation": p.affiliation, "participant": p.participant,
        },
    )  # fmt: skip
    parties, _ = _entities(doc_id, "party", doc.parties, lambda p: {"code": p.code, "kind": p.kind})
    agreements, agreement_mentions = _entities(
        doc_id, "agreement", doc.agreements, lambda a: {
            "acronym": a.acronym, "kind": a.kind, "number": a.number, "year": a.year,
            "status": ";".join(f"{e.status}:{e.date or ''}".rstrip(":") for e in a.status),
        },
    )  # fmt: skip
    return {
        "documents": [_document(doc_id, doc)],
        "paragraphs": [
            {"doc_id": doc_id, "index": p.index, "number": p.number, "section": p.section,
             "start": p.start, "end": p.end, "text": p.text}
            for p in doc.paragraphs
        ],
        "persons": persons,
        "person_mentions": person_mentions,
        "parties": parties,
        "dates": [
            {"doc_id": doc_id, "text": d.text, "start": d.start, "end": d.end, "kind": d.kind,
             "value": d.value, "anchor": d.anchor, "anchor_text": d.anchor_text,
             "timezone": d.timezone}
            for d in doc.dates
        ],
        "agreements": agreements,
        "agreement_mentions": agreement_mentions,
    }  # fmt: skip


def _document(doc_id: str, doc: Communique) -> Record:
    return {
        "doc_id": doc_id, "language": doc.language, "title": doc.title, "date": doc.date,
        "paragraphs": len(doc.paragraphs), "persons": len(doc.persons),
        "parties": len(doc.parties), "dates": len(doc.dates),
        "agreements": len(doc.agreements), "url": doc.source.url if doc.source else None,
    }  # fmt: skip


def _entities(
    doc_id: str, key: str, entities: Iterable[_E], extra: Callable[[_E], Record]
) -> tuple[list[Record], list[Record]]:
    """One row per entity (first mention's offsets) and one row per mention."""
    rows: list[Record] = []
    mentions: list[Record] = []
    for number, entity in enumerate(entities):
        first = entity.mentions[0] if entity.mentions else None
        rows.append({
            "doc_id": doc_id, key: number, "name": entity.name, **extra(entity),
            "mentions": len(entity.mentions),
            "start": first.start if first else None, "end": first.end if first else None,
        })  # fmt: skip
        mentions.extend(
            {"doc_id": doc_id, key: number, "name": entity.name, "text": m.text,
             "start": m.start, "end": m.end}
            for m in entity.mentions
        )  # fmt: skip
    return rows, mentions
