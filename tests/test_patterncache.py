"""The on-disk cache of compiled word-list patterns: same patterns, safe when it fails."""

from __future__ import annotations

import marshal
import os
import re
import shutil
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from communique import patterncache
from communique.patterncache import (
    MIN_CACHED_LENGTH,
    cached_data,
    cached_text,
    compile_pattern,
    compile_regex,
)
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
    assert cached_text("trie", "x", lambda: "built") == "built"


def test_an_empty_setting_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", "")
    assert patterncache.cache_folder() is None
    assert compile_pattern(_PATTERN) == re.compile(_PATTERN)


def test_without_a_home_folder_there_is_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COMMUNIQUE_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr("pathlib.Path.home", staticmethod(no_home))
    assert patterncache.cache_folder() is None
    assert compile_pattern(_PATTERN) == re.compile(_PATTERN)


def test_cached_text_is_built_once_per_key(cache: Path) -> None:
    calls: list[int] = []

    def build() -> str:
        calls.append(1)
        return "(?:a|b)\n"

    key = "k"
    assert cached_text("trie", key, build) == cached_text("trie", key, build) == "(?:a|b)\n"
    assert len(calls) == 1
    assert cached_text("trie", key + "!", build) == "(?:a|b)\n"
    assert len(calls) == 2


def test_cached_data_is_parsed_once_per_source(cache: Path) -> None:
    calls: list[bytes] = []
    value = {"mois": ["janvier", "février"], "seuil": 0.5, "actif": True, "rang": -3}

    def parse(source: bytes) -> dict[str, object]:
        calls.append(source)
        return dict(value)

    first = cached_data("toml", b"mois = 1", lambda: parse(b"mois = 1"))
    again = cached_data("toml", b"mois = 1", lambda: parse(b"mois = 1"))
    assert first == again == value
    assert list(again) == list(value)  # key order kept
    assert calls == [b"mois = 1"]
    # An edited source is parsed again; so is a damaged stored file.
    assert cached_data("toml", b"mois = 2", lambda: parse(b"mois = 2")) == value
    assert len(calls) == 2
    for path in cache.glob("toml-*.marshal"):
        path.write_bytes(path.read_bytes()[:-3])
    assert cached_data("toml", b"mois = 1", lambda: parse(b"mois = 1")) == value
    assert len(calls) == 3


def test_cached_data_that_marshal_cannot_store_is_built_each_time(cache: Path) -> None:
    import datetime

    calls: list[int] = []

    def build() -> dict[str, object]:
        calls.append(1)
        return {"jour": datetime.date(2024, 3, 9)}

    assert cached_data("toml", b"jour = 2024-03-09", build) == {"jour": datetime.date(2024, 3, 9)}
    assert cached_data("toml", b"jour = 2024-03-09", build) == {"jour": datetime.date(2024, 3, 9)}
    assert len(calls) == 2
    assert not list(cache.glob("toml-*.marshal"))


def test_a_cached_trie_equals_the_built_one(cache: Path) -> None:
    built = trie_pattern(_WORDS)
    assert trie_pattern(reversed(_WORDS)) == built
    assert re.fullmatch(built, "mot7éà  ’0") is not None
    (path,) = cache.glob("trie-*.txt")
    path.write_bytes(path.read_bytes()[:-5])  # a damaged file is rebuilt, not read
    assert trie_pattern(_WORDS) == built
    assert path.read_bytes().decode().endswith(built)


_PROBE = """
import communique
communique.parse("Le Premier ministre japonais a rencontré le 3 mai 2023 M. Jean Dupont à Paris.")
communique.parse("The Prime Minister of Japan met Mr John Smith in Paris on 3 May 2023.")
"""


def test_the_cached_patterns_are_the_same_in_every_process(tmp_path: Path) -> None:
    """Patterns and tries are cache keys: one built in a set's order would miss each time."""
    stored = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "COMMUNIQUE_CACHE_DIR": str(tmp_path)}
        subprocess.run([sys.executable, "-c", _PROBE], check=True, env=env)
        stored.append(sorted(path.name for path in tmp_path.rglob("*") if path.is_file()))
        (shelf,) = tmp_path.rglob("short-patterns.marshal")
        stored[-1] += sorted(marshal.loads(shelf.read_bytes()[4:]))
        shutil.rmtree(tmp_path)
    assert len(stored[0]) > 100
    assert stored[0] == stored[1]


_SHORT = r"(?<![\w'’])(?:Ja(?:pon|maïque))(?P<tail>\s*,)?"


def _no_compiling(pattern: str, flags: int = 0) -> re.Pattern[str]:
    raise AssertionError(f"compiled again: {pattern!r}")


def test_short_patterns_share_one_file_written_at_exit(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert len(_SHORT) < MIN_CACHED_LENGTH
    first = compile_pattern(_SHORT, re.I)
    assert first == re.compile(_SHORT, re.I)
    assert not list(cache.glob("*.marshal"))  # nothing written before the process ends
    patterncache._flush_shelves()
    assert [path.name for path in cache.glob("*.marshal")] == ["short-patterns.marshal"]
    monkeypatch.setattr(patterncache, "_SHELVES", {})  # as in a new process
    monkeypatch.setattr(re, "compile", _no_compiling)
    second = compile_pattern(_SHORT, re.I)
    monkeypatch.undo()
    assert second == first
    match = second.search("au JAPON , dit-il")
    assert match is not None
    assert match.group("tail") == " ,"


def test_a_damaged_file_of_short_patterns_is_a_miss(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compile_pattern(_SHORT)
    patterncache._flush_shelves()
    (path,) = cache.glob("short-patterns.marshal")
    data = path.read_bytes()
    for junk in (b"", b"\x00junk", data[: len(data) // 2], data[:-1] + b"\x00"):
        path.write_bytes(junk)
        monkeypatch.setattr(patterncache, "_SHELVES", {})
        assert compile_pattern(_SHORT) == re.compile(_SHORT)


_REGEX_PATTERNS = [
    r"(?:^|[;,]\s*)(?i:reporting\s+by|avec)\s*:?\s*\p{Lu}|^(?:AFP|Reuters)\s*$",
    r"(?P<open>\()?(?P<number>\d{1,3})(?(open)\)|[.)])",
    r"(?V1)[[\p{L}]--[aeiou]]+(?r)x?",
    r"(?i)straße|ǅ\w{2,}(?<=\p{Ll}{3})",
]


@pytest.mark.parametrize("pattern", _REGEX_PATTERNS)
def test_a_cached_regex_pattern_matches_as_the_compiled_one(
    pattern: str, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import regex

    first = compile_regex(pattern)
    patterncache._flush_shelves()
    monkeypatch.setattr(patterncache, "_SHELVES", {})  # as in a new process
    monkeypatch.setattr(regex, "compile", _no_compiling)
    second = compile_regex(pattern)
    monkeypatch.undo()
    reference = regex.compile(pattern)
    assert second is not first
    assert (second.pattern, second.flags, second.groupindex) == (
        reference.pattern,
        reference.flags,
        reference.groupindex,
    )
    for text in ["Avec AFP", "(12) et 3.", "rythm crwth", "STRASSE ǆabc", "Reuters", ""]:
        expected = [(m.span(), m.groups()) for m in reference.finditer(text)]
        assert [(m.span(), m.groups()) for m in second.finditer(text)] == expected


def test_the_recorded_regex_arguments_are_what_regex_gives_its_engine(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The copy of ``regex``'s compiler hands the engine exactly what ``regex`` does."""
    import importlib

    import regex

    main = importlib.import_module("regex._main")
    engine = main._regex
    given: list[tuple[object, ...]] = []

    class Spy:
        def compile(self, *arguments: object) -> object:
            given.append(arguments)
            return engine.compile(*arguments)

        def __getattr__(self, name: str) -> object:
            return getattr(engine, name)

    for pattern in _REGEX_PATTERNS:
        recorded = patterncache._regex_arguments(pattern, 0, engine)
        assert recorded is not None
        with monkeypatch.context() as patch:
            patch.setattr(main, "_regex", Spy())
            regex.compile(pattern, cache_pattern=False)
        assert recorded[0] == given.pop()


def test_a_bad_regex_pattern_raises_as_regex_does(cache: Path) -> None:
    import regex

    with pytest.raises(regex.error):
        compile_regex(r"(?P<a>x)(?P<a>y")


def test_a_full_file_of_short_patterns_keeps_what_the_writer_used(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stale patterns (another version's) go once the file is full; the used ones stay."""
    old = [rf"ancien{n}\s+mot" for n in range(5)]
    for pattern in old:
        compile_pattern(pattern)
    patterncache._flush_shelves()
    monkeypatch.setattr(patterncache, "_SHELVES", {})  # a new process, with other patterns
    monkeypatch.setattr(patterncache, "_MAX_SHELVED", 6)
    compile_pattern(old[0])  # read from the file, so kept
    new = [rf"nouveau{n}\s+mot" for n in range(2)]
    for pattern in new:
        compile_pattern(pattern)
    patterncache._flush_shelves()
    (path,) = cache.glob("short-patterns.marshal")
    kept = {key.split("\n", 1)[1] for key in marshal.loads(path.read_bytes()[4:])}
    assert kept == {old[0], *new}
