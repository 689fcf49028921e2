"""Cold start: how long ``import communique`` and the first parse in each language take.

Every measurement runs in a fresh interpreter (``python -c``), so nothing is cached in
memory: "cold" is the first call of the process, "warm" the same call again in it. The
files on disk (``.pyc``, the OS page cache, the compiled word-list patterns of
``communique.patterncache``) are warm after the first round, as on any machine after its
first parse; the first round is a warm-up and is not counted. Bytecode is written even
where ``PYTHONDONTWRITEBYTECODE`` is set (into a temporary ``PYTHONPYCACHEPREFIX``):
without it every import compiles the sources again, which no installed package does.
The row "first parse, fr, no pattern cache" is the first parse ever on a machine (an
empty cache folder each time). Prints medians of CPU seconds over ``--repeat`` processes
(CPU, not wall time: the machine is shared), and the CPU time of one whole ``communique
parse`` process, interpreter start-up included.

Run: python benchmarks/cold_start.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from harness import ROOT

_PROBE = """
import json, pathlib, sys, time
clock = time.process_time
start = clock()
import communique
figures = {"import": clock() - start}
for name, function, path in json.loads(sys.argv[1]):
    data = pathlib.Path(path).read_bytes()
    call = getattr(communique, function)
    document = data if function == "parse_html" else data.decode("utf-8")
    times = []
    for _ in range(2):
        start = clock()
        call(document)
        times.append(clock() - start)
    figures[name] = times
print(json.dumps(figures))
"""
_CASES = [
    ("first parse, fr", "parse", "fixtures/fr/000_10fd14955a8171a2.txt"),
    ("first parse, en", "parse", "fixtures/en/joint_statement_numbered.txt"),
    ("first parse_html, en", "parse_html", "fixtures/html/un_press_statement.html"),
]
"""Each case: its name, the function of ``communique`` timed, the document (from the root)."""


_BYTECODE = Path(tempfile.gettempdir()) / "communique-benchmark-pycache"


def _environment(pattern_cache: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(_BYTECODE)
    if pattern_cache is not None:
        env["COMMUNIQUE_CACHE_DIR"] = pattern_cache
    return env


def _probe(cases: list[tuple[str, str, str]], pattern_cache: str | None = None) -> dict[str, Any]:
    command = [sys.executable, "-c", _PROBE, json.dumps(cases)]
    env = _environment(pattern_cache)
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True, env=env)
    figures: dict[str, Any] = json.loads(done.stdout)
    return figures


def _without_cache(case: tuple[str, str, str]) -> list[float]:
    """The first parse on a machine: an empty pattern cache."""
    with tempfile.TemporaryDirectory() as empty:
        figures: list[float] = _probe([case], empty)[case[0]]
    return figures


def _cli_seconds() -> float:
    """CPU seconds (user and system) of one ``communique parse`` process, start to exit."""
    command = [sys.executable, "-m", "communique", "parse", "fixtures/fr/000_10fd14955a8171a2.txt"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, cwd=ROOT, capture_output=True, check=True, env=_environment())
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    _probe(_CASES)  # warm-up: .pyc files written, files in the page cache
    imports: list[float] = []
    rows: dict[str, list[list[float]]] = {name: [] for name, _, _ in _CASES}
    uncached = "first parse, fr, no pattern cache"
    rows[uncached] = []
    for _ in range(args.repeat):
        # One language per process: the first parse of each pays for its own patterns.
        for case in _CASES:
            figures = _probe([case])
            imports.append(figures["import"])
            rows[case[0]].append(figures[case[0]])
        rows[uncached].append(_without_cache(_CASES[0]))
    print(f"{'CPU seconds, median of ' + str(args.repeat):32s} {'cold':>8s} {'warm':>8s}")
    print(f"{'import communique':32s} {statistics.median(imports):8.3f}")
    for name, pairs in rows.items():
        cold = statistics.median(c for c, _ in pairs)
        warm = statistics.median(w for _, w in pairs)
        print(f"{name:32s} {cold:8.3f} {warm:8.3f}")
    cli = statistics.median(_cli_seconds() for _ in range(args.repeat))
    print(f"{'CLI, one document, whole process':32s} {cli:8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
