"""Check that ``communique.parse`` grows linearly with the length of a communiqué.

Builds long communiqués from paragraphs written in the genre, of two kinds: the same
persons, acronyms, alias and instruments mentioned again and again (numbered, hard-wrapped
and hyphenated), and new persons, resolutions and accords in every paragraph; and hostile
texts, one endless sentence of honorifics, titled names, relative dates, alias definitions
or acronyms.
It doubles their length and prints characters per second for each. A pass that compares
every mention with every other shows as throughput falling as the text grows.

With ``--html`` it times the reading of hostile web pages instead (``fuzz/hostile.py``:
long ordered lists, many sibling paragraphs, nested content or furniture containers, dropped
elements with tails, deep JSON-LD), ``--html-scale`` units per paragraph of ``--sizes``;
only the reading of the page (``communique.html.read_page``) is timed, the parse of the
text it gives being what the text cases measure.

Run: python benchmarks/scaling.py [--sizes 100,200,400,800] [--repeat N] [--html]
"""

from __future__ import annotations

import argparse
import functools
import itertools
import sys
import time
from collections.abc import Callable

from harness import ROOT

import communique
from communique.html import read_page

sys.path.insert(0, str(ROOT))
from fuzz.hostile import HOSTILE_PAGES

_PARAGRAPH = (
    "{n}. Le Premier ministre japonais, M. KISHIDA Fumio, a rencontré le 3 mai 2024 "
    "Mme Catherine Colonna, ministre de l'Europe et des affaires étran-\ngères, pour "
    "évoquer l'accord d'accès réciproque (RAA) et la coopé-\nration franco-japonaise "
    "(ci-après désignés « les deux ministres »). Les deux ministres ont salué la veille "
    "la feuille de route 2023-2027 et le traité sur la non-prolifération (TNP).\n\n"
)
_DISTINCT = (
    "{n}. M. Jean {family}, ministre des affaires étrangères, a rencontré Mme Anne {other} "
    "le {day} mai 2024. Ils ont salué la résolution {number} (2017) du Conseil de sécurité et "
    "l'accord de {place} sur le commerce. M. {family} a rappelé la veille le traité de "
    "{family}. L'accord final sera signé en juin.\n\n"
)
_SYLLABLES = ("ka", "ro", "mi", "ta", "lu", "ve", "no", "sa", "di", "pe", "zo", "ri")
_NAMES = tuple("".join(parts).capitalize() for parts in itertools.product(_SYLLABLES, repeat=3))
_HOSTILE = {
    "honorifics": "M. M. Mme ",
    "relative dates": "la veille le lendemain ",
    "alias definitions": "(ci-après désignés « les ministres {n} ») les ministres {n} ",
    "acronyms": "l'accord (ABC) ",
    "open brackets": "accord de paix ( ",
    "party names on one line": "La coopération franco-japonaise progresse en 2019. ",
    # Offices paired with persons "respectively", parties beside them: each list's offices
    # look the unit's parties up by position (an index per unit, no pass per office).
    # Capitalised heads in one long sentence: each is checked for a passive signing of it
    # only near the sentence's start, not by reading back to it.
    "capitalised heads": "the Agreement of Valmont number {n} and ",
    "respective offices": (
        "Minister Karl Lirov and Minister Anna Serel respectively led the delegations of "
        "Niger and Chad, "
    ),
}
_OPENING = "Les ministres se sont réunis à Valmont le 3 mai 2024. "
"""An opening sentence before the endless one: the rules of later sentences then apply."""
_SLOWDOWN = 0.6
"""Throughput at the largest size below this share of the smallest's means super-linear."""


def _repeated(paragraphs: int) -> str:
    body = "".join(_PARAGRAPH.format(n=index + 1) for index in range(paragraphs))
    return "Communiqué conjoint\n\nParis, le 4 mai 2024\n\n" + body


def _distinct(paragraphs: int) -> str:
    body = "".join(
        _DISTINCT.format(
            n=index + 1,
            family=_NAMES[index % len(_NAMES)],
            other=_NAMES[-1 - index % len(_NAMES)].upper(),
            place=_NAMES[-1 - index % len(_NAMES)],
            day=index % 28 + 1,
            number=1000 + index,
        )
        for index in range(paragraphs)
    )
    return "Communiqué conjoint\n\nParis, le 4 mai 2024\n\n" + body


def _chars_per_second(text: str, repeat: int, job: Callable[[str], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        job(text)
        best = min(best, time.process_time() - start)
    return len(text) / max(best, 1e-9)


def _endless(unit: str, paragraphs: int) -> str:
    """One sentence as long as ``paragraphs`` paragraphs, ``unit`` over and over."""
    return "".join(unit.format(n=index) for index in range(paragraphs * 4))


def _text_cases() -> dict[str, Callable[[int], str]]:
    builders: dict[str, Callable[[int], str]] = {
        "repeated entities": _repeated,
        "distinct entities": _distinct,
    }
    for name, unit in _HOSTILE.items():
        builders[f"hostile: {name}"] = functools.partial(_endless, unit)
    builders["hostile: titled names after an opening"] = lambda n: (
        _OPENING + _endless("Mme Anne ", n)
    )
    # Short lone sentences above the first prose line: each is judged as a masthead line.
    builders["hostile: short sentences above the text"] = lambda n: (
        "Valmont, le 4 mai 2024\n\n"
        + _endless("Le ministre {n} est venu.\n\n", n)
        + _PARAGRAPH.format(n=1)
    )
    # Related links below a rule, each a headline and its day: the closing lines are checked
    # against the furniture once each, not once per furniture line.
    builders["hostile: related links below a rule"] = lambda n: (
        _PARAGRAPH.format(n=1)
        + "* * *\n\n"
        + "".join(
            f"Minister Lirov visits Norland {index}\n{1 + index % 28} February 2026\n"
            for index in range(n * 4)
        )
    )
    # A line opening on a bracket over long runs of spaces (a page's layout copied as text):
    # each run is read once, not from each of its spaces.
    builders["hostile: an open bracket over runs of spaces"] = lambda n: (
        "[" + " " * (n * 100) + "Title" + " " * (n * 100) + "x\n\n" + _PARAGRAPH.format(n=1)
    )
    # Instruments numbered inside one paragraph ("signed: (i) …, (ii) …"): each item's end is
    # looked for within its reach, not up to the paragraph's end.
    builders["hostile: numbered instruments in one paragraph"] = lambda n: (
        "Valmont, 3 May 2026 - The ministers signed the following instruments: "
        + ", ".join(f"(ii) Agreement on Trade {index}" for index in range(n * 8))
        + ".\n"
    )
    # Topic-tag labels one after another ("Tags:" / "Tags:" / …): each line is read once,
    # not every label's run again to the end.
    builders["hostile: tag labels"] = lambda n: (
        "Ministers meet in Valmont\n\nThe ministers met in Valmont on Monday.\n"
        + "Tags:\n- Valmont\n" * (n * 40)
    )
    return builders


def _html_cases(scale: int) -> dict[str, Callable[[int], str]]:
    def scaled(build: Callable[[int], str], size: int) -> str:
        return build(size * scale)

    return {
        f"page: {name}": functools.partial(scaled, build) for name, build in HOSTILE_PAGES.items()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,200,400,800", help="paragraph counts")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--html", action="store_true", help="hostile web pages instead")
    parser.add_argument("--html-scale", type=int, default=25, help="page units per paragraph")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]
    communique.parse(_repeated(2))  # warm-up: vocabularies and patterns load once
    read_page(HOSTILE_PAGES["sibling paragraphs"](2))
    job: Callable[[str], object] = read_page if args.html else communique.parse
    builders = _html_cases(args.html_scale) if args.html else _text_cases()
    linear = True
    for name, build in builders.items():
        print(name)
        rates = []
        for size in sizes:
            text = build(size)
            rate = _chars_per_second(text, args.repeat, job)
            rates.append(rate)
            units = f"{size * args.html_scale:6d} units" if args.html else f"{size:6d} paragraphs"
            print(f"  {units} {len(text):>10,d} chars {rate:>12,.0f} chars/s")
        linear = linear and rates[-1] >= _SLOWDOWN * rates[0]
    print("linear" if linear else "SUPER-LINEAR: throughput falls as the text grows")
    return 0 if linear else 1


if __name__ == "__main__":
    sys.exit(main())
