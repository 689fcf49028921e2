"""The on-disk cache of compiled word-list patterns: same patterns, safe when it fails."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from communique import patterncache
from communique.patterncache import MIN_CACHED_LENGTH, cached_text, compile_pattern
from communique.wordtrie import trie_pattern

if TYPE_CHECKING:
    from pathlib import Path

_WORDS = [f"mot{n}éà ’{n % 7}" for n in range(600)]
_PATTERN = rf"(?<!\w)(?P<word>{trie_pattern(_WORDS)})(?!\w)"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", str(tmp_path))
    folder = patterncache.cache_folder()
    assert folder is not None
    return folder


def test_a_cached_pattern_equals_the_compiled_one(cache: Path) -> None:
    assert len(_PATTERN) >= MIN_CACHED_LENGTH
    first = compile_pattern(_PATTERN, re.I)
    files = list(cache.glob("*.marshal"))
    second = compile_pattern(_PATTERN, re.I)
    # re.Pattern equality compares flags and the compiled code, not only the text.
    assert first == second == re.compile(_PATTERN, re.I)
    assert len(files) == 1
    assert second.groupindex == {"word": 1}
    match = second.search("le MOT42ÉÀ '0 ici")
    assert match is not None
    assert match.group("word") == "MOT42ÉÀ '0"


def test_a_corrupt_or_foreign_file_is_a_miss(cache: Path) -> None:
    compile_pattern(_PATTERN)
    (path,) = cache.glob("*.marshal")
    for junk in (b"", b"\x00junk", path.read_bytes()[: len(path.read_bytes()) // 2]):
        path.write_bytes(junk)
        assert compile_pattern(_PATTERN) == re.compile(_PATTERN)


def test_an_unwritable_folder_still_compiles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", str(blocker / "cache"))
    assert compile_pattern(_PATTERN) == re.compile(_PATTERN)
    assert cached_text("trie", "x" * MIN_CACHED_LENGTH, lambda: "built") == "built"


def test_an_empty_setting_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", "")
    assert patterncache.cache_folder() is None
    assert compile_pattern(_PATTERN) == re.compile(_PATTERN)


def test_cached_text_is_built_once_per_key(cache: Path) -> None:
    calls: list[int] = []

    def build() -> str:
        calls.append(1)
        return "(?:a|b)\n"

    key = "k" * MIN_CACHED_LENGTH
    assert cached_text("trie", key, build) == cached_text("trie", key, build) == "(?:a|b)\n"
    assert len(calls) == 1
    assert cached_text("trie", key + "!", build) == "(?:a|b)\n"
    assert len(calls) == 2


def test_a_cached_trie_equals_the_built_one(cache: Path) -> None:
    built = trie_pattern(_WORDS)
    assert trie_pattern(reversed(_WORDS)) == built
    assert any(cache.glob("trie-*.txt"))
    assert re.fullmatch(built, "mot7éà  ’0") is not None


_PROBE = """
import hashlib
from communique.cues import _scanner
from communique.gazetteer import gazetteer
from communique.temporal.grammar import date_pattern
from communique.temporal.scanner import _triggers
from communique.wordstarts import _starts_pattern
for language in ("fr", "en"):
    patterns = (_starts_pattern(language), gazetteer(language).pattern,
                date_pattern(language), _scanner(language).pattern, _triggers(language).candidates)
    print([hashlib.sha256(p.pattern.encode()).hexdigest()[:12] for p in patterns])
"""


def test_the_cached_patterns_are_the_same_in_every_process() -> None:
    """They are cache keys: a pattern built from a set's order would miss every time."""
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "COMMUNIQUE_CACHE_DIR": ""}
        command = [sys.executable, "-c", _PROBE]
        done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
        outputs.add(done.stdout)
    assert len(outputs) == 1
