"""The command line, called in-process through ``main(argv)``."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import communique
from communique.cli import main
from communique.tables import KINDS
from tests.corpus.texts import ENGLISH, FRENCH

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


# Batches, formats and conventions (issue 15).


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of three documents, one in a subfolder, and a file that is not a document."""
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(FRENCH, encoding="utf-8")
    (root / "b.txt").write_text(ENGLISH, encoding="utf-8")
    (root / "sub" / "c.txt").write_text(SAMPLE, encoding="utf-8")
    (root / "data.csv").write_text("x,y\n", encoding="utf-8")
    return root


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the package version."""
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"communique {communique.__version__}"


def test_json_over_a_folder_is_one_array(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format json over several documents prints one JSON array, each record with its file."""
    assert main(["parse", str(folder)]) == 0
    captured = capsys.readouterr()
    records = json.loads(captured.out)
    assert [Path(r["file"]).name for r in records] == ["a.txt", "b.txt", "c.txt"]
    assert records[1]["language"] == "en"
    assert "3 documents, 0 failed" in captured.err


def test_jsonl_names_the_file_and_records_failures(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every JSONL record has its file; a failed document is a record with an error; exit 1."""
    missing = str(folder / "missing.txt")
    assert main(["parse", "--format", "jsonl", "--jobs", "2", str(folder / "a.txt"), missing]) == 1
    captured = capsys.readouterr()
    first, second = (json.loads(line) for line in captured.out.splitlines())
    assert first["file"].endswith("a.txt")
    assert first["date"] == "2024-03-12"
    assert set(second) == {"file", "error"}
    assert second["file"] == missing
    assert second["error"]["type"] == "InputError"
    assert "missing.txt" in second["error"]["message"]
    assert "2 documents, 1 failed" in captured.err


def test_globs_expand_recursively(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A quoted ``**`` glob reaches subfolders."""
    assert main(["parse", "--format", "jsonl", str(folder / "**" / "c.txt")]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert json.loads(line)["file"].endswith("c.txt")


def test_output_folder_gets_one_json_per_document(folder: Path, tmp_path: Path) -> None:
    """--output DIR writes <name>.json per document, names kept unique."""
    out = tmp_path / "out"
    (folder / "sub" / "a.txt").write_text(SAMPLE, encoding="utf-8")
    assert main(["parse", str(folder), "--output", str(out), "--no-progress"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["a-2.json", "a.json", "b.json", "c.json"]
    assert json.loads((out / "b.json").read_text(encoding="utf-8"))["language"] == "en"


def test_csv_writes_one_table_per_kind(folder: Path, tmp_path: Path) -> None:
    """--format csv --output DIR writes the tables of communique.tables as CSV files."""
    out = tmp_path / "tables"
    assert main(["parse", str(folder), "--format", "csv", "-o", str(out)]) == 0
    assert {p.name for p in out.iterdir()} == {f"{kind}.csv" for kind in KINDS}
    with (out / "documents.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [Path(row["doc_id"]).name for row in rows] == ["a.txt", "b.txt", "c.txt"]


@pytest.mark.parametrize(
    "argv",
    [
        ["parse", "--format", "csv", "FOLDER"],
        ["parse", "--format", "outline", "-o", "OUT", "FOLDER"],
        ["parse", "FOLDER/*.pdf"],
        ["parse", "-", "FOLDER"],
    ],
)
def test_usage_errors_exit_2(folder: Path, tmp_path: Path, argv: list[str]) -> None:
    """CSV without a folder, outline into one, nothing found, stdin mixed with files: 2."""
    argv = [a.replace("FOLDER", str(folder)).replace("OUT", str(tmp_path / "o")) for a in argv]
    assert main(argv) == 2


@pytest.mark.parametrize("argv", [["--jobs", "0"], ["--encoding", "klingon"], ["--max-chars", "x"]])
def test_bad_option_values_are_usage_errors(sample: Path, argv: list[str]) -> None:
    """Argparse refuses a zero job count, an unknown encoding or a bad limit with status 2."""
    with pytest.raises(SystemExit) as stop:
        main(["parse", *argv, str(sample)])
    assert stop.value.code == 2


def test_encoding_and_max_chars(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--encoding decodes a Latin-1 file; --max-chars refuses a longer one."""
    path = tmp_path / "latin.txt"
    path.write_bytes(FRENCH.encode("latin-1"))
    assert main(["parse", "--encoding", "utf-8", str(path)]) == 1
    assert main(["parse", "--encoding", "latin-1", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["date"] == "2024-03-12"
    assert main(["parse", "--encoding", "latin-1", "--max-chars", "40", str(path)]) == 1
    assert "the limit is 40" in capsys.readouterr().err


def test_progress_bar_on_request(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--progress draws a bar on standard error even when it is not a terminal."""
    assert main(["parse", "--progress", "--format", "jsonl", str(folder)]) == 0
    err = capsys.readouterr().err
    assert "3/3" in err
    assert main(["parse", "--format", "jsonl", str(folder)]) == 0
    assert "3/3" not in capsys.readouterr().err


def test_show_writes_a_page(sample: Path, tmp_path: Path) -> None:
    """`communique show FILE -o page.html` writes a whole HTML page of the document."""
    page = tmp_path / "page.html"
    assert main(["show", str(sample), "-o", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert 'data-value="2017-01-06"' in html


def test_a_closed_pipe_exits_quietly(folder: Path) -> None:
    """Piping into a reader that stops early prints no traceback."""
    for number in range(40):
        (folder / f"copy{number:02}.txt").write_text(FRENCH * 20, encoding="utf-8")
    command = [sys.executable, "-m", "communique", "parse", "--format", "jsonl", str(folder)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.readline()
        process.stdout.close()
        err = process.stderr.read().decode("utf-8")
        status = process.wait(timeout=60)
    assert "Traceback" not in err
    assert "BrokenPipeError" not in err
    assert status == 141


def test_an_unwritable_output_is_an_error_not_a_traceback(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`show` into a folder that does not exist reports the error and exits 1."""
    assert main(["show", str(sample), "-o", str(tmp_path / "no" / "such" / "page.html")]) == 1
    assert "communique: error:" in capsys.readouterr().err


def test_show_reads_a_web_page_from_its_own_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`show` on a page highlights the text read from it, and prints to stdout by default."""
    page = tmp_path / "release.html"
    body = "".join(f"<p>{part}</p>" for part in FRENCH.split("\n\n"))
    page.write_text(f"<html lang='fr'><body><article>{body}</article></body></html>", "utf-8")
    assert main(["show", str(page)]) == 0
    html = capsys.readouterr().out
    assert 'data-value="2024-03-12"' in html
    assert 'href="#person-0-0"' in html
