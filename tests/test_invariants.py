"""Properties that hold for any input: typed errors only, exact offsets, lossless JSON."""

from __future__ import annotations

import contextlib
import itertools
import json

from hypothesis import example, given
from hypothesis import strategies as st

import communique
from communique.errors import CommuniqueError
from communique.model import Communique
from tests.strategies import communique_text, messy_text


def _mentions(doc: Communique) -> list[tuple[str, int, int]]:
    spans = [(m.text, m.start, m.end) for m in doc.boilerplate]
    spans += [(d.text, d.start, d.end) for d in doc.dates]
    spans += [(r.text, r.start, r.end) for r in doc.repairs]
    spans += [(m.text, m.start, m.end) for p in doc.persons for m in p.mentions]
    spans += [(m.text, m.start, m.end) for p in doc.parties for m in p.mentions]
    spans += [(m.text, m.start, m.end) for a in doc.agreements for m in a.mentions]
    if doc.title_span is not None:
        spans.append((doc.title_span.text, doc.title_span.start, doc.title_span.end))
    return spans


@given(messy_text())
def test_parsing_raises_only_communique_errors(text: str) -> None:
    """Any text either parses or raises a CommuniqueError subclass, nothing else."""
    with contextlib.suppress(CommuniqueError):
        communique.parse(text)


@given(communique_text())
def test_every_mention_maps_back_to_the_original(text: str) -> None:
    """original[start:end] == text for every mention of every kind."""
    doc = communique.parse(text)
    for mention, start, end in _mentions(doc):
        assert text[start:end] == mention


@given(communique_text())
# a date line read as a header line, then joined to the title above it: read once
@example("Les Les Les\n\njanvier 2017 (ACSA)\n\nLes Les ")
def test_paragraphs_and_dates_are_ordered_and_disjoint(text: str) -> None:
    """Paragraph spans and date spans come in order and never overlap each other."""
    doc = communique.parse(text)
    for spans in (
        [(p.start, p.end) for p in doc.paragraphs],
        [(d.start, d.end) for d in doc.dates],
    ):
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert end <= start
        assert all(0 <= s < e <= len(text) for s, e in spans)


@given(communique_text())
def test_json_round_trip_is_lossless(text: str) -> None:
    """from_dict(json.loads(to_json())) gives back an equal communiqué."""
    doc = communique.parse(text)
    assert Communique.from_dict(json.loads(doc.to_json())) == doc


@given(st.lists(st.sampled_from(["1. Une phrase.", "2) Deux", "3/ trois", "x"]), max_size=40))
def test_numbered_lines_never_break_sequence_rules(lines: list[str]) -> None:
    """Paragraph numbers, when present, increase by one, or repeat a list's "1." again."""
    doc = communique.parse("\n\n".join(lines))
    numbers = [int(p.number) for p in doc.paragraphs if p.number]
    assert all(b == a + 1 or a == b == 1 for a, b in itertools.pairwise(numbers))


def test_thousands_of_numbered_lines_parse_in_sequence() -> None:
    """A document of 3,000 numbered paragraphs keeps all of them, numbered 1..3000."""
    text = "\n\n".join(f"{n}. Les ministres ont adopté le point {n}." for n in range(1, 3001))
    doc = communique.parse(text)
    assert [p.number for p in doc.paragraphs] == [str(n) for n in range(1, 3001)]


def test_megabyte_line_parses() -> None:
    """A single line of a million characters parses without error into one paragraph."""
    text = "La coopération franco-japonaise progresse en 2019 et le 6 janvier 2017. " * 14_000
    doc = communique.parse(text)
    assert len(doc.paragraphs) == 1
    assert len(doc.dates) == 28_000
