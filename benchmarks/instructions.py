"""Warm cost of ``communique.parse`` in machine instructions, counted by valgrind.

Timings on a shared machine move by 10 to 20 % from one run to the next; the number of
instructions a warm parse executes does not (a few in a thousand, from hash seeds), so a
change of 1 % is seen. Each set of documents (the samples, the development set's text and
Markdown files, or both) is parsed once to warm every cache, then once more inside a call
through ``ctypes``: ``callgrind --toggle-collect=ffi_call*`` counts that call alone, so
neither the interpreter's start, the imports nor the first parse's pattern building count.

Run: python benchmarks/instructions.py [--docs samples|mix|all]

It needs valgrind (``apt-get install valgrind``); without it, it says so and stops.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import re
import shutil
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

from harness import ROOT, SHARED

_SETS = ("samples", "mix", "all")


def _documents(which: str) -> list[str]:
    """The texts of the samples (or the bundled fixtures), the dev mix, or both."""
    seeds = SHARED / "seeds" if (SHARED / "seeds").is_dir() else ROOT / "fixtures" / "fr"
    samples = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    raw = SHARED / "dev" / "raw"
    mix = [p.read_text(encoding="utf-8") for p in sorted([*raw.glob("*.txt"), *raw.glob("*.md")])]
    return {"samples": samples, "mix": mix, "all": samples + mix}[which]


def _child(which: str) -> None:
    """Parse the documents once to warm up, then once inside ``ffi_call`` (the counted run)."""
    import communique

    warnings.filterwarnings("ignore")
    texts = _documents(which)
    for text in texts:
        communique.parse(text)

    def counted() -> int:
        for text in texts:
            communique.parse(text)
        return 0

    kind = ctypes.CFUNCTYPE(ctypes.c_int)
    callback = kind(counted)
    ctypes.cast(callback, kind)()  # the only call through libffi's ffi_call in the run
    print(sum(len(text) for text in texts))


def _count(which: str) -> tuple[int, int]:
    """Instructions of one warm pass over the documents, and their characters."""
    with tempfile.TemporaryDirectory() as folder:
        command = [
            "valgrind",
            "--tool=callgrind",
            "--toggle-collect=ffi_call*",
            f"--callgrind-out-file={Path(folder) / 'out'}",
            sys.executable,
            __file__,
            "--child",
            which,
        ]
        # A fixed hash seed: set and dict orders, and so the work, are the same each run.
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    collected = re.search(r"Collected : (\d+)", done.stderr)
    if collected is None:
        raise RuntimeError(f"valgrind printed no count:\n{done.stderr[-2000:]}")
    return int(collected.group(1)), int(done.stdout.split()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", choices=_SETS, default="all")
    parser.add_argument("--child", choices=_SETS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: no instruction count")
        return 0
    instructions, chars = _count(args.docs)
    print(f"{args.docs}: {chars:,} characters, one warm parse of each document")
    print(f"  instructions          {instructions:>16,}")
    print(f"  instructions / char   {instructions / chars:>16,.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
