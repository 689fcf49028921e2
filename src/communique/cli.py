"""Command line: ``communique parse``, ``show``, ``schema`` and ``fixtures``.

Exit status: 0 every document parsed, 1 some document failed, 2 usage error (bad option,
no document found), 141 standard output closed early (``| head``), 130 interrupted.
"""

from __future__ import annotations

import argparse
import codecs
import datetime
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Final

from communique import __version__
from communique.api import parse_file, parse_reading
from communique.batch import (
    BatchResult,
    DocumentError,
    ParseOptions,
    expand_sources,
    is_glob,
    parse_many,
)
from communique.errors import CommuniqueError
from communique.inputs import read_input
from communique.lexicon import LANGUAGES
from communique.load import DEFAULT_MAX_CHARS
from communique.schema import json_schema_text
from communique.show import render_page
from communique.sinks import FORMATS, open_sink

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from communique.sinks import Sink

__all__ = ["main"]

_CLOSED_PIPE: Final = 141
"""128 + SIGPIPE, what a shell reports for a command whose reader went away."""
_INTERRUPTED: Final = 130
"""128 + SIGINT: stopped with Ctrl-C (no traceback)."""
_FIXTURE_SUFFIXES: Final = (".txt", ".html", ".htm", ".md", ".markdown", ".pdf", ".docx")


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from error


def _encoding(value: str) -> str:
    try:
        return codecs.lookup(value).name
    except LookupError as error:
        raise argparse.ArgumentTypeError(f"unknown encoding: {value!r}") from error


def _positive(value: str) -> int:
    number = int(value) if value.isdigit() else 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")
    return number


def _reading_options() -> argparse.ArgumentParser:
    """The options of every command that reads documents."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--language", choices=LANGUAGES, help="skip language detection")
    common.add_argument("--reference-date", type=_date, help="anchor for relative dates")
    common.add_argument("--encoding", type=_encoding, help="of text input (default: detected)")
    common.add_argument(
        "--max-chars", type=_positive, default=DEFAULT_MAX_CHARS, help="longest text accepted"
    )
    return common


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="communique", description=__doc__.split("\n")[0])
    parser.add_argument("--version", action="version", version=f"communique {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    common = _reading_options()
    run = commands.add_parser("parse", parents=[common], help="parse documents")
    run.add_argument("files", nargs="+", metavar="PATH", help="file, folder, glob, or - (stdin)")
    run.add_argument("--format", choices=FORMATS, default="json")
    run.add_argument("-o", "--output", type=Path, metavar="DIR", help="write files here")
    run.add_argument("-j", "--jobs", type=_positive, default=1, help="worker processes")
    run.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, help="default: when a terminal"
    )
    show = commands.add_parser("show", parents=[common], help="write an HTML page of a document")
    show.add_argument("file", metavar="FILE")
    show.add_argument("-o", "--output", type=Path, metavar="PAGE", help="default: stdout")
    commands.add_parser("schema", help="print the JSON Schema of the output")
    fixtures = commands.add_parser("fixtures", help="write the JSON of every document of a folder")
    fixtures.add_argument("source", type=Path, metavar="SRC_DIR")
    fixtures.add_argument("target", type=Path, metavar="OUT_DIR")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status (see the module docstring)."""
    args = _parser().parse_args(argv)
    try:
        return _dispatch(args)
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, and keep the interpreter's final
        # flush from failing again on the closed descriptor.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return _CLOSED_PIPE
    except KeyboardInterrupt:
        return _INTERRUPTED
    except (CommuniqueError, OSError) as error:
        # OSError: an output file or folder that cannot be written.
        print(f"communique: error: {error}", file=sys.stderr)
        return 1


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "schema":
        sys.stdout.write(json_schema_text())
        return 0
    if args.command == "fixtures":
        return _fixtures(args.source, args.target)
    options = ParseOptions(args.language, args.reference_date, args.encoding, args.max_chars)
    if args.command == "show":
        return _show(args.file, args.output, options)
    return _parse(args, options)


def _usage(message: str) -> int:
    print(f"communique: error: {message}", file=sys.stderr)
    return 2


def _parse(args: argparse.Namespace, options: ParseOptions) -> int:
    if "-" in args.files and len(args.files) > 1:
        return _usage("- (standard input) cannot be mixed with files")
    sources = ["-"] if args.files == ["-"] else [str(p) for p in expand_sources(args.files)]
    if not sources:
        return _usage("no document found in " + " ".join(args.files))
    # An array whenever the arguments could name several documents, so that the shape of
    # the output does not depend on how many files a folder or a glob happened to hold.
    several = len(sources) > 1 or any(Path(a).is_dir() or is_glob(a) for a in args.files)
    try:
        sink = open_sink(args.format, args.output, sys.stdout, array=several)
    except ValueError as error:
        return _usage(str(error))
    started = time.perf_counter()
    results = _stdin(options) if sources == ["-"] else _batch(sources, args.jobs, options)
    failed = _drain(results, sink, total=len(sources), progress=_show_progress(args.progress))
    if several or failed:
        seconds = time.perf_counter() - started
        rate = len(sources) / seconds if seconds else 0.0
        print(
            f"communique: {len(sources)} document{'s' if len(sources) != 1 else ''},"
            f" {failed} failed, {seconds:.1f} s"
            f" ({rate:.1f} documents/s)",
            file=sys.stderr,
        )
    return 1 if failed else 0


def _show_progress(choice: bool | None) -> bool:
    return sys.stderr.isatty() if choice is None else choice


def _batch(sources: list[str], jobs: int, options: ParseOptions) -> Iterator[BatchResult]:
    return parse_many(sources, jobs=jobs, on_error="record", options=options)


def _stdin(options: ParseOptions) -> Iterator[BatchResult]:
    """Standard input as a batch of one, read through the same door as a file."""
    data = sys.stdin.buffer.read()
    try:
        reading = read_input(data, encoding=options.encoding)
        doc = parse_reading(
            reading, options.language, options.reference_date, max_chars=options.max_chars
        )
    except CommuniqueError as error:
        yield BatchResult("-", None, DocumentError(type(error).__name__, str(error)))
        return
    yield BatchResult("-", doc)


def _drain(results: Iterator[BatchResult], sink: Sink, *, total: int, progress: bool) -> int:
    """Write every result to the sink; report failures on stderr; return how many failed."""
    from tqdm import tqdm

    failed = 0
    tqdm.monitor_interval = 0  # no monitor thread, so that workers can still be forked
    with tqdm(total=total, unit="doc", disable=not progress, file=sys.stderr) as bar:
        for result in results:
            if result.error is not None:
                failed += 1
                bar.write(f"communique: {result.source}: {result.error.message}", file=sys.stderr)
            sink.add(result)
            bar.update()
        sink.close()
    return failed


def _show(name: str, output: Path | None, options: ParseOptions) -> int:
    doc = options.parse(name)
    text = None
    if doc.source is None:
        text = Path(name).read_text(encoding=options.encoding or "utf-8")
    page = render_page(doc, text, name=Path(name).name)
    if output is None:
        sys.stdout.write(page)
    else:
        output.write_text(page, encoding="utf-8")
    return 0


def _fixtures(source: Path, target: Path) -> int:
    if not source.is_dir():
        return _usage(f"{source} is not a directory")
    target.mkdir(parents=True, exist_ok=True)
    status = 0
    for path in sorted(p for p in source.iterdir() if p.suffix.lower() in _FIXTURE_SUFFIXES):
        try:
            doc = parse_file(path)
        except CommuniqueError as error:
            print(f"communique: {path}: {error}", file=sys.stderr)
            status = 1
            continue
        (target / f"{path.stem}.json").write_text(doc.to_json(indent=2) + "\n", encoding="utf-8")
        print(f"wrote {target / (path.stem + '.json')}")
    return status
