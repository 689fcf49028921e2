"""Write, or compare, the JSON of every parse of the seed, dev, fixture and case texts.

A behaviour-neutral change (a faster spelling, a compiled build of the package) must give
byte for byte the same ``to_json`` of every document. ``--write FILE`` records one JSON line
per input (its name and the document's JSON, or the error it raised); ``--compare FILE``
parses again and reports every input whose output differs. Inputs: ``../shared/seeds/*.txt``,
every file of ``../shared/dev/raw`` (``parse_file``: text, Markdown, HTML, PDF, Word), every
fixture document (``parse_file``; the expected ``.json`` files are not inputs) and each case
text of ``tests/cases`` (``parse``, in the language its file name ends with, if any).

Run: python benchmarks/same_output.py --write FILE | --compare FILE
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from harness import ROOT, SHARED

import communique
from communique.model import Language

sys.path.insert(0, str(ROOT))
from tests.casefile import read_cases

_Job = Callable[[], communique.Communique]


def _inputs() -> Iterator[tuple[str, _Job]]:
    """Each input's name and the call that parses it."""
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        yield (
            f"seeds/{path.name}",
            functools.partial(communique.parse, path.read_text(encoding="utf-8")),
        )
    files = sorted(p for p in (SHARED / "dev" / "raw").glob("*") if p.is_file())
    files += sorted(
        p for p in (ROOT / "fixtures").rglob("*") if p.is_file() and p.suffix != ".json"
    )
    for path in files:
        yield str(path.relative_to(path.parents[1])), functools.partial(communique.parse_file, path)
    for cases in sorted((ROOT / "tests" / "cases").glob("*.txt")):
        language = cases.stem.rsplit("_", 1)[-1]
        code: Language | None = "fr" if language == "fr" else "en" if language == "en" else None
        for case in read_cases(cases.name):
            yield case.id, functools.partial(communique.parse, case.input, language=code)


def _outputs() -> dict[str, str]:
    outputs = {}
    for name, job in _inputs():
        try:
            outputs[name] = job().to_json()
        except Exception as error:  # any error is an output to compare
            outputs[name] = f"error: {type(error).__name__}: {error}"
    return outputs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path)
    group.add_argument("--compare", type=Path)
    args = parser.parse_args(argv)
    outputs = _outputs()
    if args.write:
        with args.write.open("w", encoding="utf-8") as out:
            for name, output in outputs.items():
                out.write(json.dumps([name, output], ensure_ascii=False) + "\n")
        print(f"{len(outputs)} outputs written to {args.write}")
        return 0
    lines = args.compare.read_text(encoding="utf-8").splitlines()
    recorded = dict(json.loads(line) for line in lines)
    differ = [
        name for name in recorded.keys() | outputs.keys() if recorded.get(name) != outputs.get(name)
    ]
    for name in sorted(differ):
        print(f"differs: {name}")
    print(f"{len(outputs)} outputs, {len(differ)} differ from {args.compare}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
