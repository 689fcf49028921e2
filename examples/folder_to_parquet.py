"""Parse a folder of communiqués with Dask and write one Parquet dataset per table.

Run: python examples/folder_to_parquet.py [FOLDER] [OUT_DIR] [--scheduler tcp://HOST:8786]

Without --scheduler it starts a local cluster of two worker processes; with it, the same
code runs on that cluster (every worker needs ``communique[dask]`` installed and must see
the files at the same paths).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import distributed
import pandas

from communique.batch import expand_sources
from communique.dask import parse_bag, write_parquet

DEFAULT = Path(__file__).parent.parent / "fixtures"


def run(folder: Path, out: Path) -> None:
    paths = [str(path) for path in expand_sources([str(folder)], (".txt", ".html"))]
    bag = parse_bag(paths, npartitions=4)
    for table in write_parquet(bag, out):
        frame = pandas.read_parquet(table)
        print(f"{table.name:20} {len(frame):5} rows  -> {table}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--scheduler", help="address of a running Dask scheduler")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="communique-parquet-"))
    if args.scheduler:
        with distributed.Client(args.scheduler):
            run(args.folder, out)
        return
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        run(args.folder, out)


if __name__ == "__main__":
    main()
