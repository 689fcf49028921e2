"""Many documents at once: ``parse_many`` over worker processes, results in input order."""

from __future__ import annotations

import collections
import datetime
import glob
import multiprocessing
import os
import re
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal

import attrs

from communique.api import parse, parse_file
from communique.errors import CommuniqueError
from communique.load import DEFAULT_MAX_CHARS
from communique.records import shared_repr

if TYPE_CHECKING:
    from collections.abc import Generator, Iterable, Iterator

    from communique.model import Communique, Language
    from communique.serialize import JsonDict

__all__ = [
    "DOCUMENT_SUFFIXES",
    "BatchResult",
    "DocumentError",
    "OnError",
    "ParseOptions",
    "expand_sources",
    "is_glob",
    "parse_many",
    "parse_one",
]

OnError = Literal["raise", "skip", "record"]
"""What ``parse_many`` does with a document that fails: stop, leave it out, or yield it."""

_WINDOW_PER_JOB: Final = 4
"""Documents in flight per worker: enough to keep workers busy, few enough to stay flat."""
_MAGIC: Final = re.compile(r"[*?[]")

DOCUMENT_SUFFIXES: Final = (
    ".txt",
    ".text",
    ".md",
    ".markdown",
    ".html",
    ".htm",
    ".xhtml",
    ".pdf",
    ".docx",
)
"""Suffixes of the files a directory argument contributes to a batch."""


@shared_repr
@attrs.frozen(repr=False)
class DocumentError:
    """Why one document of a batch could not be parsed."""

    type: str
    """Name of the exception class (``InputError``, ``InputTooLargeError`` …)."""
    message: str
    """The exception's message."""

    def to_dict(self) -> JsonDict:
        """Return ``{"type": …, "message": …}``."""
        return {"type": self.type, "message": self.message}


@shared_repr
@attrs.frozen(repr=False)
class BatchResult:
    """One document of a batch: where it came from, and its parse or its error."""

    source: str
    """The path the document was read from, as given."""
    document: Communique | None
    """The parsed communiqué, or None when it failed."""
    error: DocumentError | None = None
    """Why it failed, or None."""
    seconds: float = 0.0
    """Wall time spent reading and parsing it."""

    @property
    def ok(self) -> bool:
        """Whether the document was parsed."""
        return self.document is not None

    def to_record(self) -> JsonDict:
        """The JSONL record: ``{"file": source, **document.to_dict()}`` or ``{"file", "error"}``.

        Examples:
            >>> BatchResult("a.txt", None, DocumentError("InputError", "empty")).to_record()
            {'file': 'a.txt', 'error': {'type': 'InputError', 'message': 'empty'}}
        """
        if self.document is None:
            error = self.error or DocumentError("CommuniqueError", "not parsed")
            return {"file": self.source, "error": error.to_dict()}
        return {"file": self.source, **self.document.to_dict()}


@shared_repr
@attrs.frozen(repr=False)
class ParseOptions:
    """The parameters every document of a batch is parsed with (see ``communique.parse``)."""

    language: Language | None = None
    reference_date: datetime.date | None = None
    encoding: str | None = None
    max_chars: int = DEFAULT_MAX_CHARS

    def parse(self, path: str) -> Communique:
        """Parse one file with these options."""
        return parse_file(
            path,
            self.language,
            self.reference_date,
            encoding=self.encoding,
            max_chars=self.max_chars,
        )

    def parse_text(self, text: str) -> Communique:
        """Parse one text with these options (``encoding`` does not apply)."""
        return parse(text, self.language, self.reference_date, max_chars=self.max_chars)


@shared_repr
@attrs.frozen(repr=False)
class _Outcome:
    result: BatchResult
    exception: BaseException | None


def _run(source: str, options: ParseOptions) -> _Outcome:
    """Parse one document; never raises, so one bad file cannot stop a worker."""
    started = time.perf_counter()
    try:
        doc = options.parse(source)
    except Exception as error:
        seconds = time.perf_counter() - started
        failure = DocumentError(type(error).__name__, str(error))
        return _Outcome(BatchResult(source, None, failure, seconds), error)
    return _Outcome(BatchResult(source, doc, None, time.perf_counter() - started), None)


def parse_one(source: str | os.PathLike[str], options: ParseOptions | None = None) -> BatchResult:
    """Parse one file without raising: a failure is in the result's ``error``.

    Examples:
        >>> parse_one("/nonexistent.txt").error.type
        'InputError'
    """
    return _run(os.fspath(source), options or ParseOptions()).result


def parse_many(
    sources: Iterable[str | os.PathLike[str]],
    *,
    jobs: int | None = 1,
    on_error: OnError = "raise",
    options: ParseOptions | None = None,
) -> Generator[BatchResult, None, None]:
    """Parse many files, in worker processes, yielding results in the order of ``sources``.

    ``sources`` is read lazily and at most a few documents per worker are in flight, so
    memory stays flat however long the corpus is.

    Args:
        sources: paths of text files or web pages.
        jobs: worker processes; 1 parses in this process, None uses every CPU.
        on_error: ``"raise"`` re-raises the first failure, ``"skip"`` leaves failed
            documents out, ``"record"`` yields them with ``document=None`` and an ``error``.
        options: language, reference date, encoding and size limit for every document.

    Raises:
        CommuniqueError: with ``on_error="raise"``, the first document's error.
        ValueError: ``jobs`` is less than 1 or ``on_error`` is unknown.

    Examples:
        >>> import tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.txt").write_text("Les ministres se sont réunis le 3 mai 2023.")
        >>> [(r.source.endswith("a.txt"), r.document.date) for r in parse_many([folder / "a.txt"])]
        [(True, '2023-05-03')]
        >>> [r.error.type for r in parse_many([folder / "none.txt"], on_error="record")]
        ['InputError']
    """
    if on_error not in ("raise", "skip", "record"):
        raise ValueError(f"on_error must be raise, skip or record, not {on_error!r}")
    workers = (os.cpu_count() or 1) if jobs is None else jobs
    if workers < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    paths = (os.fspath(source) for source in sources)
    options = options or ParseOptions()
    outcomes = _serial(paths, options) if workers == 1 else _pooled(paths, options, workers)
    for outcome in outcomes:
        if outcome.exception is not None:
            if on_error == "raise":
                if isinstance(outcome.exception, CommuniqueError):
                    raise outcome.exception
                raise CommuniqueError(
                    f"{outcome.result.source}: {outcome.exception}"
                ) from outcome.exception
            if on_error == "skip":
                continue
        yield outcome.result


def _serial(paths: Iterable[str], options: ParseOptions) -> Iterator[_Outcome]:
    for path in paths:
        yield _run(path, options)


def _context() -> multiprocessing.context.BaseContext:
    """How to start workers: forked when this process runs one thread, else spawned.

    A fork is fast and inherits loaded resources, but forking a parent that runs threads
    (a Dask client, a web server) can deadlock a child. A fork server was tried for that
    case and hung under load (a worker waiting on its queue for ever); a spawned worker
    starts a fresh interpreter, slower to start but sharing no lock with this process.
    """
    methods = multiprocessing.get_all_start_methods()
    if threading.active_count() == 1 and "fork" in methods:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _pooled(paths: Iterable[str], options: ParseOptions, workers: int) -> Iterator[_Outcome]:
    """Keep a bounded window of futures; yield the oldest as soon as it is done."""
    window: collections.deque[Future[_Outcome]] = collections.deque()
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context()) as pool:
        try:
            for path in paths:
                window.append(pool.submit(_run, path, options))
                if len(window) >= workers * _WINDOW_PER_JOB:
                    yield window.popleft().result()
            while window:
                yield window.popleft().result()
        finally:
            # A consumer that stops early (or a raise) must not wait for queued work.
            for future in window:
                future.cancel()


def is_glob(argument: str) -> bool:
    """Whether a command-line argument is a glob pattern (``*``, ``?`` or ``[``).

    Examples:
        >>> is_glob("archive/**/*.txt"), is_glob("archive/a.txt")
        (True, False)
    """
    return _MAGIC.search(argument) is not None


def expand_sources(
    arguments: Iterable[str], suffixes: Iterable[str] = DOCUMENT_SUFFIXES
) -> Iterator[Path]:
    """Expand directories (recursively, sorted) and globs (``**`` allowed) into files.

    A plain path is yielded as given, even when it does not exist, so that the batch
    reports it as a failed document.
    """
    wanted = frozenset(suffix.casefold() for suffix in suffixes)
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            found = (p for p in path.rglob("*") if p.suffix.casefold() in wanted)
            yield from sorted(p for p in found if p.is_file())
        elif is_glob(argument):
            matches = (Path(p) for p in glob.glob(argument, recursive=True))
            yield from sorted(p for p in matches if p.is_file())
        else:
            yield path
