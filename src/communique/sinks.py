"""Where the command line writes a batch: standard output, a folder of JSON, or CSV tables."""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, TYPE_CHECKING, Final, Literal

from communique.outline import render_outline
from communique.tables import CsvTables

if TYPE_CHECKING:
    from communique.batch import BatchResult

__all__ = ["FORMATS", "Format", "Sink", "open_sink"]

Format = Literal["json", "jsonl", "outline", "csv"]
FORMATS: Final = ("json", "jsonl", "outline", "csv")


class Sink:
    """Receives each result of a batch in order, then is closed once."""

    def add(self, result: BatchResult) -> None:
        """Write one result (a failed one too: formats that can, record the error)."""

    def close(self) -> None:
        """Finish the output (close a JSON array, flush files)."""


class _Stream(Sink):
    """JSON (one object, or an array over several documents), JSONL or outlines on a stream."""

    def __init__(self, stream: IO[str], fmt: Format, *, array: bool) -> None:
        self._stream, self._fmt, self._array = stream, fmt, array
        self._count = 0

    def add(self, result: BatchResult) -> None:
        first, self._count = self._count == 0, self._count + 1
        if self._fmt == "outline":
            if result.document is not None:
                self._stream.write(("" if first else "\n") + render_outline(result.document) + "\n")
        elif self._fmt == "jsonl":
            self._stream.write(json.dumps(result.to_record(), ensure_ascii=False) + "\n")
        elif self._array:
            # Written element by element, so the array is valid JSON without being held.
            body = json.dumps(result.to_record(), ensure_ascii=False, indent=2)
            self._stream.write(("[\n" if first else ",\n") + body)
        elif result.document is not None:
            self._stream.write(result.document.to_json(indent=2) + "\n")
        self._stream.flush()

    def close(self) -> None:
        if self._fmt == "json" and self._array:
            self._stream.write("[]\n" if self._count == 0 else "\n]\n")
            self._stream.flush()


class _Folder(Sink):
    """One ``<name>.json`` per parsed document in a folder; names made unique in order."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self._folder = folder
        self._used: set[str] = set()

    def add(self, result: BatchResult) -> None:
        if result.document is None:
            return
        stem = "stdin" if result.source == "-" else Path(result.source).stem
        name, number = stem, 1
        while name in self._used:
            number += 1
            name = f"{stem}-{number}"
        self._used.add(name)
        text = result.document.to_json(indent=2) + "\n"
        (self._folder / f"{name}.json").write_text(text, encoding="utf-8")


class _Csv(Sink):
    """One CSV per kind of finding (``communique.tables``), rows appended per document."""

    def __init__(self, folder: Path) -> None:
        self._tables = CsvTables(folder)

    def add(self, result: BatchResult) -> None:
        if result.document is not None:
            self._tables.add(result.source, result.document)

    def close(self) -> None:
        self._tables.close()


def open_sink(fmt: Format, output: Path | None, stream: IO[str], *, array: bool) -> Sink:
    """The sink for a format and an optional output folder (CSV needs the folder).

    Args:
        fmt: the output format.
        output: a folder to write into, or None for ``stream``.
        stream: standard output.
        array: whether ``json`` on ``stream`` is an array of records (several documents).

    Raises:
        ValueError: ``csv`` without a folder, or ``outline`` with one.
    """
    if fmt == "csv":
        if output is None:
            raise ValueError("--format csv writes one file per table: give --output DIR")
        return _Csv(output)
    if output is None:
        return _Stream(stream, fmt, array=array)
    if fmt == "outline":
        raise ValueError("--format outline prints to standard output: drop --output")
    return _Folder(output)
