"""Batch throughput: documents per second for a loop, ``parse_many(jobs=N)`` and a Dask bag.

Run: python benchmarks/batch.py [--docs DIR] [--copies N] [--jobs N]

The corpus is every document of DIR (default: the shared dev set, else the fixtures)
repeated N times. Wall time is what counts here (several processes work at once): each
figure is the best of a few rounds, and the load average is printed beside them, since
workers only help when cores are free.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from pathlib import Path

import distributed

import communique
import communique.batch
from communique.batch import expand_sources
from communique.dask import parse_bag

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "dev" / "raw"


WARM_UP = "1. Les ministres se sont réunis le 3 mai 2023 au sujet de l'accord de Paris."


def _rate(label: str, count: int, seconds: float) -> None:
    print(f"{label:28} {count:5} docs  {seconds:6.2f} s  {count / seconds:8.1f} docs/s")


def _timed(job: Callable[[], object], rounds: int) -> float:
    """Best wall time of a few rounds: the least disturbed by other tenants of the machine."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        job()
        best = min(best, time.perf_counter() - start)
    return best


def _loop(paths: list[str]) -> None:
    for result in map(communique.batch.parse_one, paths):
        assert result.source


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=Path, default=DEV if DEV.is_dir() else ROOT / "fixtures")
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    paths = [str(p) for p in expand_sources([str(args.docs)])] * args.copies
    chars = sum(len(Path(p).read_bytes()) for p in paths)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{len(paths)} documents, {chars / 1e6:.1f} MB, {args.jobs} workers, load {load:.1f}")
    # Also the warm-up: resources are loaded once, as in a long batch.
    for result in communique.parse_many(sorted(set(paths)), on_error="record"):
        if result.error:
            print(f"  failed: {result.source}: {result.error.type}: {result.error.message}")
    _rate("loop", len(paths), _timed(lambda: _loop(paths), args.rounds))
    seconds = _timed(
        lambda: list(communique.parse_many(paths, jobs=args.jobs, on_error="record")), args.rounds
    )
    _rate(f"parse_many(jobs={args.jobs})", len(paths), seconds)
    with (
        distributed.LocalCluster(
            n_workers=args.jobs, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        client.run(communique.parse, WARM_UP)  # every worker loads its resources first
        bag = parse_bag(paths, npartitions=args.jobs * 4)
        _rate(f"dask bag ({args.jobs} workers)", len(paths), _timed(bag.compute, args.rounds))


if __name__ == "__main__":
    main()
