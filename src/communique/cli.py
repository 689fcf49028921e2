"""Command line: ``communique parse FILE…`` and ``communique fixtures SRC_DIR OUT_DIR``."""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Final

from communique.api import parse_file, parse_reading
from communique.errors import CommuniqueError
from communique.inputs import read_input
from communique.outline import render_outline

if TYPE_CHECKING:
    from collections.abc import Sequence

    from communique.model import Communique

__all__ = ["main"]

_SUFFIXES: Final = (".txt", ".html", ".htm", ".md", ".markdown", ".pdf", ".docx")


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from error


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="communique", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("parse", help="parse documents and print the result")
    run.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="a text, Markdown, HTML, PDF or Word (.docx) file, or - for stdin",
    )
    run.add_argument("--format", choices=("json", "jsonl", "outline"), default="json")
    run.add_argument("--language", choices=("fr", "en"), help="skip language detection")
    run.add_argument("--reference-date", type=_date, help="anchor for relative dates (YYYY-MM-DD)")
    run.add_argument("--encoding", help="encoding of text input (default: detected)")
    fixtures = commands.add_parser("fixtures", help="write the JSON of every document of a folder")
    fixtures.add_argument("source", type=Path, metavar="SRC_DIR")
    fixtures.add_argument("target", type=Path, metavar="OUT_DIR")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 a document failed, 2 usage)."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "parse":
            return _parse(
                args.files, args.format, args.language, args.reference_date, args.encoding
            )
        return _fixtures(args.source, args.target)
    except CommuniqueError as error:
        print(f"communique: error: {error}", file=sys.stderr)
        return 1


def _load(
    name: str, language: str | None, reference: datetime.date | None, encoding: str | None
) -> Communique:
    if name == "-":
        reading = read_input(sys.stdin.buffer.read(), encoding=encoding)
        return parse_reading(reading, language, reference)  # type: ignore[arg-type]  # argparse choices
    return parse_file(name, language, reference, encoding=encoding)  # type: ignore[arg-type]  # argparse choices


def _parse(
    files: list[str],
    fmt: str,
    language: str | None,
    reference: datetime.date | None,
    encoding: str | None = None,
) -> int:
    status = 0
    for index, name in enumerate(files):
        try:
            doc = _load(name, language, reference, encoding)
        except CommuniqueError as error:
            print(f"communique: {name}: {error}", file=sys.stderr)
            status = 1
            continue
        if fmt == "jsonl":
            print(doc.to_json())
        elif fmt == "json":
            print(doc.to_json(indent=2))
        else:
            print(("\n" if index else "") + render_outline(doc))
    return status


def _fixtures(source: Path, target: Path) -> int:
    if not source.is_dir():
        print(f"communique: error: {source} is not a directory", file=sys.stderr)
        return 2
    target.mkdir(parents=True, exist_ok=True)
    status = 0
    for path in sorted(p for p in source.iterdir() if p.suffix.lower() in _SUFFIXES):
        try:
            doc = parse_file(path)
        except CommuniqueError as error:
            print(f"communique: {path}: {error}", file=sys.stderr)
            status = 1
            continue
        (target / f"{path.stem}.json").write_text(doc.to_json(indent=2) + "\n", encoding="utf-8")
        print(f"wrote {target / (path.stem + '.json')}")
    return status
