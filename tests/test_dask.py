"""communique.dask on a real ``distributed.LocalCluster``: two worker processes."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

import communique
from tests.corpus.texts import ENGLISH, FRENCH

distributed = pytest.importorskip("distributed", reason="needs the dask extra")
dask_bag = pytest.importorskip("dask.bag", reason="needs the dask extra")
pandas = pytest.importorskip("pandas", reason="needs the dask extra")
pytest.importorskip("pyarrow", reason="needs the dask extra")

from communique.dask import parse_bag, to_dataframes, write_parquet  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    """Two single-threaded worker processes, as a small cluster would have."""
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected


def test_a_folder_goes_to_parquet_on_the_cluster(client: object, tmp_path: Path) -> None:
    """Paths parsed on the workers give the same records and tables as parsing here."""
    paths = []
    for number in range(6):
        path = tmp_path / f"doc{number}.txt"
        path.write_text(FRENCH if number % 2 else ENGLISH, encoding="utf-8")
        paths.append(path)
    missing = tmp_path / "missing.txt"
    bag = parse_bag([*paths, missing], npartitions=3)
    records = bag.compute()
    assert [r["file"] for r in records] == [str(p) for p in [*paths, missing]]
    assert records[-1]["error"]["type"] == "InputError"
    assert communique.Communique.from_dict(records[1] | {"file": None}) == communique.parse(FRENCH)

    written = write_parquet(bag, tmp_path / "parquet")
    local = communique.tables(communique.parse_many(paths)).to_pandas()
    for folder in written:
        table = pandas.read_parquet(folder).sort_values(["doc_id"], kind="stable")
        expected = local[folder.name].sort_values(["doc_id"], kind="stable")
        assert len(table) == len(expected) > 0 or folder.name == "parties"
        assert list(table.columns) == list(expected.columns)
        assert table["doc_id"].tolist() == expected["doc_id"].tolist()


def test_a_bag_of_texts_becomes_dataframes(client: object) -> None:
    """Texts (bare or named) are parsed on the workers and flattened into DataFrames."""
    bag = dask_bag.from_sequence([FRENCH, ("named", ENGLISH)], npartitions=2)
    frames = to_dataframes(parse_bag(bag))
    documents = frames["documents"].compute()
    assert documents["doc_id"].tolist()[1] == "named"
    assert documents["doc_id"].tolist()[0].startswith("sha1:")
    assert documents["language"].tolist() == ["fr", "en"]
    dates = frames["dates"].compute()
    assert "2024-03-12" in dates["value"].tolist()
