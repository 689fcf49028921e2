"""Flat tables of parsed documents: ``communique.tables``, pandas and CSV."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas
import pytest

import communique
from communique.batch import BatchResult, DocumentError
from communique.tables import COLUMNS, KINDS, tables
from tests.corpus.texts import ENGLISH, FRENCH


@pytest.fixture(scope="module")
def docs() -> list[tuple[str, communique.Communique]]:
    return [("fr.txt", communique.parse(FRENCH)), ("en.txt", communique.parse(ENGLISH))]


def test_every_kind_has_its_columns_and_document_ids(
    docs: list[tuple[str, communique.Communique]],
) -> None:
    """Each record has exactly its table's columns and the id of its document."""
    result = tables(docs)
    for kind, rows in result.items():
        assert rows, kind
        for row in rows:
            assert list(row) == list(COLUMNS[kind])
            assert row["doc_id"] in {"fr.txt", "en.txt"}
    assert [row["doc_id"] for row in result.documents] == ["fr.txt", "en.txt"]


def test_mention_rows_slice_the_original(docs: list[tuple[str, communique.Communique]]) -> None:
    """Offsets of mention rows point into the text each document was parsed from."""
    texts = {"fr.txt": FRENCH, "en.txt": ENGLISH}
    result = tables(docs)
    for row in [*result.person_mentions, *result.agreement_mentions, *result.dates]:
        text = texts[str(row["doc_id"])]
        assert isinstance(row["start"], int)
        assert isinstance(row["end"], int)
        assert text[row["start"] : row["end"]] == row["text"]
    for row in result.paragraphs:
        assert isinstance(row["start"], int)
        assert row["start"] < row["end"]  # type: ignore[operator]  # both ints
    persons = {row["name"]: row for row in result.persons}
    mentions = [m for m in result.person_mentions if m["name"] == "Paul Lemaire"]
    assert persons["Paul Lemaire"]["mentions"] == len(mentions) >= 1


def test_ids_default_to_positions_and_failures_are_left_out() -> None:
    """Bare documents are numbered; a failed batch result adds no row."""
    doc = communique.parse(FRENCH)
    failed = BatchResult("bad.txt", None, DocumentError("InputError", "unreadable"))
    result = tables([doc, failed, BatchResult("b.txt", doc)])
    assert [row["doc_id"] for row in result.documents] == ["0", "b.txt"]


def test_to_pandas_gives_typed_frames(docs: list[tuple[str, communique.Communique]]) -> None:
    """One DataFrame per kind with the declared dtypes, empty tables included."""
    frames = tables(docs).to_pandas()
    assert list(frames) == list(KINDS)
    for kind, table in frames.items():
        assert list(table.columns) == list(COLUMNS[kind])
        expected = {column: pandas.api.types.pandas_dtype(t) for column, t in COLUMNS[kind].items()}
        assert dict(table.dtypes) == expected
    assert frames["paragraphs"]["start"].dtype == "int64"
    assert tables([]).to_pandas()["persons"].empty


def test_csv_files_round_trip_through_the_csv_module(
    docs: list[tuple[str, communique.Communique]], tmp_path: Path
) -> None:
    """One UTF-8 CSV per kind, CRLF rows, quoted fields read back equal (RFC 4180)."""
    awkward = communique.parse('1. Il a dit : « oui, "non" »,\nsur deux lignes le 3 mai 2023.')
    result = tables([*docs, ("awkward.txt", awkward)])
    paths = result.write_csv(tmp_path)
    assert [p.name for p in paths] == [f"{kind}.csv" for kind in KINDS]
    raw = (tmp_path / "paragraphs.csv").read_bytes()
    assert raw.startswith(b"doc_id,index,")
    assert b"\r\n" in raw
    with (tmp_path / "paragraphs.csv").open(encoding="utf-8", newline="") as file:
        read = list(csv.DictReader(file))
    assert [row["text"] for row in read] == [row["text"] for row in result.paragraphs]
    assert read[-1]["doc_id"] == "awkward.txt"
