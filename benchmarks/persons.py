"""Benchmark communique's persons against spaCy PER entities on the same documents.

Prints communique's persons F1 against the gold annotations (../shared/tools/score.py) and
the speed of its persons stage alone, on every document of a corpus the scorer reads (plain
text, Markdown, PDF; by default the development set). With spaCy installed
(``pip install -e '.[spacy]'``), it prints spaCy's PER F1 and speed beside them, in CPU
time, on the documents of the languages whose model is installed (``fr_core_news_md``,
``en_core_web_sm``), and communique's F1 on those same documents. spaCy reads the text
communique reads (markup and front matter removed).

Run: python benchmarks/persons.py [--docs DIR] [--gold DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from harness import SHARED, interleaved, load_score

from communique.api import parse_reading
from communique.document import Document
from communique.extract.persons import extract_person_mentions
from communique.inputs import read_input
from communique.inputs.reading import Reading
from communique.load import load_reading
from communique.pipeline import DEFAULT_STAGES, Pipeline

_MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm"}
_SUFFIXES = (".txt", ".md", ".pdf")
_BEFORE_PERSONS = tuple(
    stage
    for stage in DEFAULT_STAGES[: [spec.name for spec in DEFAULT_STAGES].index("find_persons")]
)

Predictions = dict[str, dict[str, Any]]


def _readings(folder: Path) -> dict[str, Reading]:
    """Every document of ``folder`` the scorer reads, as communique reads it."""
    paths = sorted(p for p in folder.iterdir() if p.suffix in _SUFFIXES)
    return {p.stem: read_input(p.read_bytes(), p.name) for p in paths}


def _prepared(reading: Reading) -> Document:
    """The document as the persons stage receives it (every earlier stage run)."""
    return Pipeline(_BEFORE_PERSONS).run(load_reading(reading))


def _ours(readings: dict[str, Reading]) -> Predictions:
    """The persons communique finds, as the scorer reads them."""
    return {
        stem: {"persons": parse_reading(reading).to_dict()["persons"]}
        for stem, reading in readings.items()
    }


def _spacy(
    models: dict[str, Any], texts: dict[str, str], langs: Mapping[str, str], *, linked: bool
) -> Predictions:
    """The PER entities of spaCy, one person per distinct surface (spaCy links no mentions).

    ``linked`` gives spaCy the linking it lacks: a surface whose words all stand in a longer
    one ("Borrell" beside "Josep Borrell") is the same person.
    """
    predictions: Predictions = {}
    for stem, text in texts.items():
        entities = models[langs[stem]](text).ents
        names = list(
            dict.fromkeys(
                " ".join(e.text.split()) for e in entities if e.label_ in {"PER", "PERSON"}
            )
        )
        if linked:
            names = _linked(names)
        predictions[stem] = {"persons": [{"name": name} for name in names]}
    return predictions


def _linked(names: list[str]) -> list[str]:
    """The names, less those whose words all stand in a longer name kept before them."""
    kept: list[str] = []
    for name in sorted(names, key=len, reverse=True):
        words = set(name.casefold().split())
        if not any(words <= set(longer.casefold().split()) for longer in kept):
            kept.append(name)
    return kept


def _spacy_models() -> dict[str, Any]:
    """The spaCy models installed, by language (none without spaCy)."""
    try:
        # Imported by name: spaCy is optional and its API is untyped for mypy --strict.
        spacy: Any = importlib.import_module("spacy")
    except ImportError:
        return {}
    models: dict[str, Any] = {}
    for lang, model in _MODELS.items():
        try:
            models[lang] = spacy.load(model)
        except OSError:  # the model is not installed
            print(f"spaCy model {model} is not installed: no spaCy figures for {lang!r}")
    return models


def _speeds(
    readings: dict[str, Reading], models: dict[str, Any], repeat: int
) -> dict[str, list[float]]:
    """CPU times of the persons stage, the full parse and spaCy, on the same documents."""
    prepared = [_prepared(r) for r in readings.values()]
    jobs: dict[str, Callable[[], object]] = {
        "persons stage": lambda: [extract_person_mentions(d) for d in prepared],
        "full parse": lambda: [parse_reading(r) for r in readings.values()],
    }
    if models:
        texts = [(d.lang, r.working) for d, r in zip(prepared, readings.values(), strict=True)]
        jobs["spaCy NER"] = lambda: [models[lang](text) for lang, text in texts]
    return interleaved(repeat, jobs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=SHARED / "dev" / "raw")
    parser.add_argument("--gold", type=Path, default=SHARED / "dev" / "gold")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    readings = _readings(args.docs)
    langs = {stem: _prepared(r).lang for stem, r in readings.items()}
    models = _spacy_models()
    if not models:
        print("spaCy or its models are not installed: pip install -e '.[spacy]' (F1 and speed")
        print("of communique alone below)")
    compared = {s: r for s, r in readings.items() if langs[s] in models} if models else readings
    chars = sum(len(r.working) for r in compared.values())
    times = _speeds(compared, models, args.repeat)
    languages = ", ".join(sorted({langs[s] for s in compared}))
    print(f"{len(compared)} documents ({languages}), {chars:,} characters, {args.repeat} rounds,")
    print("CPU time")
    for name, values in times.items():
        print(f"  {name:14} {chars / statistics.median(values):>12,.0f} chars/s")
    score = load_score()
    if score is None or not args.gold.is_dir():
        print("(no gold annotations found: F1 skipped)")
        return 0
    ours = _ours(readings)
    rows = [(f"communique, all {len(ours)}", ours)]
    if models:
        rows.append((f"communique, {len(compared)}", {s: ours[s] for s in compared}))
        texts = {stem: reading.working for stem, reading in compared.items()}
        rows.append((f"spaCy PER, {len(compared)}", _spacy(models, texts, langs, linked=False)))
        linked = _spacy(models, texts, langs, linked=True)
        rows.append((f"spaCy PER linked, {len(compared)}", linked))
    print("persons against gold              p       r      f1")
    for name, predictions in rows:
        row = score.score(args.gold, args.docs, predictions)["persons"]
        print(f"  {name:26} {row['p']:>6.3f} {row['r']:>7.3f} {row['f1']:>7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
