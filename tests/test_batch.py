"""Batch parsing: ``communique.parse_many`` and the expansion of folders and globs."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

import attrs
import pytest

import communique
from communique.batch import ParseOptions, expand_sources, parse_many
from communique.errors import CommuniqueError, InputError, InputTooLargeError
from tests.corpus.texts import ENGLISH, FRENCH

if TYPE_CHECKING:
    from collections.abc import Iterator


@pytest.fixture
def corpus(tmp_path: Path) -> list[Path]:
    """Six documents, alternately French and English, one in a subfolder."""
    (tmp_path / "sub").mkdir()
    paths = []
    for number in range(6):
        folder = tmp_path / "sub" if number == 5 else tmp_path
        path = folder / f"doc{number}.txt"
        path.write_text(FRENCH if number % 2 == 0 else ENGLISH, encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_come_in_input_order_with_their_source(corpus: list[Path], jobs: int) -> None:
    """Each result carries its path, in the order given, whatever the number of workers."""
    order = list(reversed(corpus))
    results = list(parse_many(order, jobs=jobs))
    assert [r.source for r in results] == [str(p) for p in order]
    languages = [r.document.language for r in results if r.document is not None]
    assert languages == ["fr" if p.read_text() == FRENCH else "en" for p in order]


def test_processes_give_the_same_documents_as_a_loop(corpus: list[Path]) -> None:
    """Parsing in two worker processes changes nothing in the result."""
    pooled = [r.document for r in parse_many(corpus, jobs=2)]
    assert pooled == [communique.parse_file(p) for p in corpus]


def test_record_yields_failures_in_place(corpus: list[Path], tmp_path: Path) -> None:
    """on_error='record' yields a failed document with its error, at its place."""
    missing = tmp_path / "missing.txt"
    results = list(parse_many([corpus[0], missing, corpus[1]], jobs=2, on_error="record"))
    assert [r.ok for r in results] == [True, False, True]
    error = results[1].error
    assert error is not None
    assert error.type == "InputError"
    assert "missing.txt" in error.message
    assert results[1].to_record()["file"] == str(missing)


def test_skip_leaves_failures_out(corpus: list[Path], tmp_path: Path) -> None:
    """on_error='skip' yields only the parsed documents."""
    results = parse_many([tmp_path / "none.txt", corpus[0]], on_error="skip")
    assert [r.source for r in results] == [str(corpus[0])]


@pytest.mark.parametrize("jobs", [1, 2])
def test_raise_stops_on_the_first_failure(corpus: list[Path], tmp_path: Path, jobs: int) -> None:
    """on_error='raise' (the default) re-raises the document's own error type."""
    with pytest.raises(InputError, match=r"none\.txt"):
        list(parse_many([corpus[0], tmp_path / "none.txt"], jobs=jobs))


def test_options_reach_the_workers(corpus: list[Path]) -> None:
    """The size limit given in the options applies in every worker process."""
    options = ParseOptions(max_chars=50)
    results = list(parse_many(corpus[:3], jobs=2, on_error="record", options=options))
    assert {r.error.type for r in results if r.error} == {InputTooLargeError.__name__}
    assert not any(r.ok for r in results)


def test_a_non_utf8_file_reads_with_its_encoding(tmp_path: Path) -> None:
    """ParseOptions.encoding decodes text files; a wrong one is a recorded error."""
    path = tmp_path / "latin.txt"
    path.write_bytes(FRENCH.encode("latin-1"))
    with pytest.raises(CommuniqueError):
        list(parse_many([path], options=ParseOptions(encoding="utf-8")))
    [result] = parse_many([path], options=ParseOptions(encoding="latin-1"))
    assert result.document is not None
    assert attrs.evolve(result.document, source=None) == communique.parse(FRENCH)


@pytest.mark.parametrize("jobs", [1, 2])
def test_sources_are_read_lazily(corpus: list[Path], jobs: int) -> None:
    """Only a bounded window of documents is taken from the source iterator at a time."""
    taken: list[Path] = []

    def sources() -> Iterator[Path]:
        for number in range(1000):
            taken.append(corpus[number % len(corpus)])
            yield corpus[number % len(corpus)]

    results = parse_many(sources(), jobs=jobs)
    first = next(results)
    assert first.ok
    assert len(taken) <= 4 * jobs + 1
    results.close()


def test_bad_arguments_are_refused(corpus: list[Path]) -> None:
    """Jobs below 1 and unknown on_error values raise ValueError before any work."""
    with pytest.raises(ValueError, match="jobs"):
        list(parse_many(corpus, jobs=0))
    with pytest.raises(ValueError, match="on_error"):
        list(parse_many(corpus, on_error="ignore"))  # type: ignore[arg-type]  # the point


def test_folders_expand_recursively_and_globs_too(corpus: list[Path], tmp_path: Path) -> None:
    """A folder gives its documents sorted and recursively; ``**`` globs match subfolders."""
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    assert list(expand_sources([str(tmp_path)])) == sorted(corpus)
    assert list(expand_sources([str(tmp_path / "**" / "doc5.*")])) == [corpus[5]]
    assert list(expand_sources([str(tmp_path / "nothing*.txt")])) == []
    assert list(expand_sources(["plain.txt"])) == [Path("plain.txt")]


def test_workers_start_while_this_process_runs_threads(corpus: list[Path]) -> None:
    """With another thread running (a Dask client, a server), workers are spawned, not forked."""
    stop = threading.Event()
    waiter = threading.Thread(target=stop.wait, daemon=True)
    waiter.start()
    try:
        results = list(parse_many(corpus[:2], jobs=2, on_error="record"))
    finally:
        stop.set()
        waiter.join()
    assert [r.ok for r in results] == [True, True]
