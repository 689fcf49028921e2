"""Benchmark communique's dates against ``dateparser.search.search_dates``, in one process.

Prints characters per second for (a) the whole ``communique.parse``, (b) communique's date
finder alone, (c) ``search_dates`` on the same documents, their ratios (issues 12 and 16 ask
for parse / search_dates of at least 10x and 20x), on the samples and on a mix of real
documents (``--mix``, the development set's text and Markdown files), and both tools' date
F1 against the gold annotations (via ../shared/tools/score.py). It also normalises
communique's absolute candidates with dateparser's ``DateDataParser`` (built once) and counts
where the two disagree, which is what decided that our own code normalises and dateparser is
only the fallback for phrases the grammar recognises but cannot value
(``communique.temporal.fallback``; no sample needs it, so it costs ``parse`` nothing there).

Run: python benchmarks/dates.py [--docs DIR] [--gold DIR] [--mix DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from pathlib import Path

from harness import ROOT, SHARED, interleaved, load_score

import communique
from communique.language import guess_language
from communique.temporal.finder import find_dates


def _search_dates_predictions(docs: dict[str, str]) -> dict[str, dict[str, list[dict[str, str]]]]:
    from dateparser.search import search_dates

    predictions = {}
    for stem, text in docs.items():
        found = search_dates(text, languages=[guess_language(text)]) or []
        dates = [{"text": t, "value": d.date().isoformat(), "kind": "date"} for t, d in found]
        predictions[stem] = {"dates": dates}
    return predictions


def _normaliser_agreement(docs: dict[str, str]) -> tuple[int, int, list[str], float, float]:
    """Compare our values with dateparser's on our own absolute candidates."""
    from dateparser.date import DateDataParser

    parsers = {
        lang: DateDataParser(languages=[lang], settings={"PREFER_DAY_OF_MONTH": "first"})
        for lang in ("fr", "en")
    }
    candidates = []
    for text in docs.values():
        lang = guess_language(text)
        for found in find_dates(text, lang):
            if found.meaning.kind in ("date", "month"):
                candidates.append((lang, text[found.start : found.end], found.meaning.value))
    disagreements = []
    start = time.perf_counter()
    for lang, surface, value in candidates:
        data = parsers[lang].get_date_data(" ".join(surface.split()))
        theirs = None
        if data.date_obj is not None:
            theirs = data.date_obj.strftime("%Y-%m" if data.period == "month" else "%Y-%m-%d")
        if theirs != value:
            disagreements.append(f"{surface!r}: ours {value}, dateparser {theirs}")
    theirs_time = time.perf_counter() - start
    from communique.lexicon.dates import date_vocabulary
    from communique.temporal.grammar import date_pattern
    from communique.temporal.values import interpret

    start = time.perf_counter()
    for lang, surface, _ in candidates:
        match = date_pattern(lang).fullmatch(surface)
        if match is not None:
            interpret(match, date_vocabulary(lang))
    ours_time = time.perf_counter() - start
    return len(candidates), len(disagreements), disagreements, ours_time, theirs_time


def _ratios(name: str, docs: dict[str, str], repeat: int) -> None:
    """Time the whole parse, the date finder and ``search_dates`` on ``docs``, interleaved."""
    from dateparser.search import search_dates

    chars = sum(len(t) for t in docs.values())
    print(f"{name}: {len(docs)} documents, {chars:,} characters, {repeat} interleaved rounds")
    langs = {stem: guess_language(text) for stem, text in docs.items()}
    times = interleaved(
        repeat,
        {
            "parse": lambda: [communique.parse(t) for t in docs.values()],
            "finder": lambda: [find_dates(t, langs[s]) for s, t in docs.items()],
            "search_dates": lambda: [
                search_dates(t, languages=[langs[s]]) for s, t in docs.items()
            ],
        },
    )
    median = {name: statistics.median(values) for name, values in times.items()}
    ratios = {
        name: statistics.median(
            s / t for s, t in zip(times["search_dates"], times[name], strict=True)
        )
        for name in ("parse", "finder")
    }
    print(f"  communique.parse (everything)  {chars / median['parse']:>12,.0f} chars/s")
    print(f"  communique date finder         {chars / median['finder']:>12,.0f} chars/s")
    print(f"  dateparser.search_dates        {chars / median['search_dates']:>12,.0f} chars/s")
    best = min(times["search_dates"]) / min(times["parse"])
    print(f"  ratio parse / search_dates     {ratios['parse']:>12.1f}x  (median of rounds)")
    print(f"  ratio parse / search_dates     {best:>12.1f}x  (best round of each)")
    print(f"  ratio finder / search_dates    {ratios['finder']:>12.1f}x")


def _texts(folder: Path) -> dict[str, str]:
    """The plain-text and Markdown documents of ``folder``, by stem."""
    paths = sorted([*folder.glob("*.txt"), *folder.glob("*.md")])
    return {p.stem: p.read_text(encoding="utf-8") for p in paths}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=SHARED / "seeds")
    parser.add_argument("--gold", type=Path, default=SHARED / "gold")
    parser.add_argument(
        "--mix", type=Path, default=SHARED / "dev" / "raw", help="real documents, timed too"
    )
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)
    if not args.docs.is_dir():
        args.docs = ROOT / "fixtures" / "fr"
    docs = {p.stem: p.read_text(encoding="utf-8") for p in sorted(args.docs.glob("*.txt"))}
    warnings.filterwarnings("ignore")
    _ratios("samples", docs, args.repeat)
    if args.mix.is_dir() and args.mix.resolve() != args.docs.resolve():
        _ratios("\nmix of real documents", _texts(args.mix), args.repeat)

    total, wrong, examples, ours, theirs = _normaliser_agreement(docs)
    print(f"\nnormalising our {total} absolute candidates: dateparser disagrees on {wrong}")
    for line in examples[:8]:
        print(f"  {line}")
    if total:
        ours_us, theirs_us = ours / total * 1e6, theirs / total * 1e6
        print(f"  per candidate: ours {ours_us:.1f} µs, dateparser {theirs_us:.1f} µs")

    score = load_score()
    if score is None or not args.gold.is_dir():
        print("\n(no gold annotations found: F1 skipped)")
        return 0
    ours_score = score.score(args.gold, args.docs, None)
    theirs_score = score.score(args.gold, args.docs, _search_dates_predictions(docs))
    print("\nF1 against gold           lenient   strict")
    for name, result in (("communique", ours_score), ("search_dates", theirs_score)):
        lenient, strict = result["dates_lenient"]["f1"], result["dates_strict"]["f1"]
        print(f"  {name:20} {lenient:>10.3f} {strict:>8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
