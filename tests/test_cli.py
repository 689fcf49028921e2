"""The command line, called in-process through ``main(argv)``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from communique.cli import main

SAMPLE = "1. Les ministres se sont réunis le 6 janvier 2017 à Paris.\n\n2. Ils ont conclu./.\n"


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    return path


def test_parse_prints_the_json_of_a_file(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`communique parse FILE` prints the contract's JSON."""
    assert main(["parse", str(sample)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["date"] == "2017-01-06"
    assert len(data["paragraphs"]) == 2


def test_jsonl_prints_one_line_per_file(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format jsonl prints one JSON document per line."""
    assert main(["parse", "--format", "jsonl", str(sample), str(sample)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert all(json.loads(line)["language"] == "fr" for line in lines)


def test_outline_shows_numbers_and_date(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format outline prints the date and the numbered paragraphs."""
    assert main(["parse", "--format", "outline", str(sample)]) == 0
    out = capsys.readouterr().out
    assert "date: 2017-01-06" in out
    assert "  2. Ils ont conclu./." in out


def test_stdin_is_read_for_a_dash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`-` reads the document from standard input."""
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(SAMPLE.encode("utf-8"))))
    assert main(["parse", "--format", "jsonl", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["date"] == "2017-01-06"


def test_a_missing_file_fails_with_status_1(capsys: pytest.CaptureFixture[str]) -> None:
    """A file that cannot be read reports an error and exits 1."""
    assert main(["parse", "/nonexistent.txt"]) == 1
    assert "cannot read" in capsys.readouterr().err


def test_fixtures_writes_one_json_per_document(sample: Path, tmp_path: Path) -> None:
    """`communique fixtures SRC OUT` writes OUT/<stem>.json for every document."""
    out = tmp_path / "out"
    assert main(["fixtures", str(sample.parent), str(out)]) == 0
    written = json.loads((out / "sample.json").read_text(encoding="utf-8"))
    assert written["paragraphs"][1]["number"] == "2"


def test_fixtures_refuses_a_missing_source(tmp_path: Path) -> None:
    """A source that is not a directory exits with status 2."""
    assert main(["fixtures", str(tmp_path / "missing"), str(tmp_path / "out")]) == 2


def test_bad_reference_date_is_a_usage_error(sample: Path) -> None:
    """An invalid --reference-date stops argparse with status 2."""
    with pytest.raises(SystemExit) as stop:
        main(["parse", "--reference-date", "yesterday", str(sample)])
    assert stop.value.code == 2
