"""Replay every input the fuzzers kept (``fuzz/crashes/<target>/``), without atheris."""

from __future__ import annotations

from pathlib import Path

import pytest

from fuzz.targets import TARGETS

CRASHES = Path(__file__).resolve().parent.parent / "fuzz" / "crashes"
KEPT = sorted(p for p in CRASHES.glob("*/*") if p.is_file())


def test_every_target_has_its_corpus_folder() -> None:
    """Each fuzzed entry point has a folder of kept inputs, and no folder is orphaned."""
    assert {p.name for p in CRASHES.iterdir() if p.is_dir()} == set(TARGETS)
    assert KEPT


@pytest.mark.parametrize("kept", KEPT, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_kept_input_no_longer_fails(kept: Path) -> None:
    """A typed error or a document whose offsets and JSON form hold."""
    TARGETS[kept.parent.name](kept.read_bytes())
