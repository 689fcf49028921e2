"""Measure communique's dates on other projects' date test suites (kept outside the repository).

Each input file is JSON Lines, one case a line::

    {"suite": "dateparser", "lang": "fr", "phrase": "il y a 2 jours",
     "reference": "2014-09-01", "expected": "2014-08-30",
     "alternatives": ["..."], "family": "shift"}

``expected`` is ISO 8601 at its own precision (``2014``, ``2014-08``, ``2014-08-30``, an ISO
week ``2014-W35`` or a range ``a/b``); ``alternatives`` (optional) are other values the suite
accepts (Recognizers-Text gives a past and a future resolution for year-less dates);
``family`` is the label used to group the figures.

Each phrase is parsed with ``communique.parse(phrase, language=lang,
reference_date=reference)``. A case is *strict* when one date mention's value equals the
expected value (or an alternative), *lenient* when one mention's period contains the
expected day, month or year (or the expected period contains the mention's). The report gives
both shares per suite and language, per family, then the families with most failures and a
few failing phrases of each.

Run: python benchmarks/date_suites.py FILE.jsonl [FILE.jsonl ...] [--failures N]
"""

from __future__ import annotations

import argparse
import calendar
import datetime
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import communique
from communique.errors import CommuniqueError

_Span = tuple[datetime.date, datetime.date]
_OPEN_START = datetime.date(1, 1, 1)
_OPEN_END = datetime.date(9999, 12, 31)


def _span(value: str) -> _Span | None:
    """The days an ISO value covers (None for times and what is not a date)."""
    if "/" in value:
        first, _, last = value.partition("/")
        start = _OPEN_START if first == ".." else (_span(first) or (None, None))[0]
        end = _OPEN_END if last == ".." else (_span(last) or (None, None))[1]
        return (start, end) if start and end else None
    try:
        if "-W" in value:
            year_text, week_text = value.split("-W")
            monday = datetime.date.fromisocalendar(int(year_text), int(week_text[:2]), 1)
            return monday, monday + datetime.timedelta(days=6)
        parts = [int(p) for p in value.split("-")]
    except ValueError:
        return None
    if len(parts) == 1:
        return datetime.date(parts[0], 1, 1), datetime.date(parts[0], 12, 31)
    if len(parts) == 2:
        days = calendar.monthrange(parts[0], parts[1])[1]
        return datetime.date(parts[0], parts[1], 1), datetime.date(parts[0], parts[1], days)
    day = datetime.date(parts[0], parts[1], parts[2])
    return day, day


def _contains(outer: _Span, inner: _Span) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def judge(case: dict[str, Any]) -> tuple[bool, bool, list[str]]:
    """Parse one case: (strict, lenient, the values communique gave)."""
    reference = datetime.date.fromisoformat(case["reference"])
    try:
        doc = communique.parse(case["phrase"], language=case["lang"], reference_date=reference)
    except CommuniqueError:
        return False, False, ["<error>"]
    values = [d.value for d in doc.dates if d.value]
    accepted = {case["expected"], *case.get("alternatives", ())}
    strict = any(v in accepted for v in values)
    wanted = [s for s in (_span(a) for a in accepted) if s]
    spans = [s for s in (_span(v) for v in values) if s]
    lenient = strict or any(_contains(m, w) or _contains(w, m) for m in spans for w in wanted)
    return strict, lenient, values


def _share(hits: int, total: int) -> str:
    return f"{hits / total:.3f}" if total else "-"


def report(cases: list[dict[str, Any]], failures: int) -> None:
    """Print the strict and lenient shares per suite/lang and per family."""
    totals: Counter[tuple[str, ...]] = Counter()
    strict: Counter[tuple[str, ...]] = Counter()
    lenient: Counter[tuple[str, ...]] = Counter()
    missed: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for case in cases:
        ok, near, values = judge(case)
        group: tuple[str, ...] = (case["suite"], case["lang"])
        family: tuple[str, ...] = (*group, case.get("family", "-"))
        for key in (group, family):
            totals[key] += 1
            strict[key] += ok
            lenient[key] += near
        if not ok:
            missed[family].append(f"{case['phrase']!r} -> {values} (want {case['expected']})")
    print(f"{'suite/lang/family':40} {'n':>5} {'strict':>7} {'lenient':>8}")
    for key in sorted(totals):
        indent = "  " * (len(key) - 2)
        label = indent + "/".join(key if len(key) == 2 else key[2:])
        print(
            f"{label:40} {totals[key]:>5} {_share(strict[key], totals[key]):>7} "
            f"{_share(lenient[key], totals[key]):>8}"
        )
    n = len(cases)
    print(
        f"{'ALL':40} {n:>5} {_share(sum(strict[k] for k in totals if len(k) == 2), n):>7} "
        f"{_share(sum(lenient[k] for k in totals if len(k) == 2), n):>8}"
    )
    print("\ntop failure families:")
    for key, lines in sorted(missed.items(), key=lambda kv: -len(kv[1])):
        print(f"  {'/'.join(key)}: {len(lines)} failures")
        for line in lines[:failures]:
            print(f"      {line}")


def main(argv: list[str] | None = None) -> int:
    """Read the JSONL files named on the command line and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--failures", type=int, default=4, help="failing phrases per family")
    args = parser.parse_args(argv)
    cases = [
        json.loads(line)
        for path in args.files
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    report(cases, args.failures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
