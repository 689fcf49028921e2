"""Fuzz communique's entry points for a while: atheris if installed, else hypothesis.

    python fuzz/run.py [--seconds N] [--engine auto|atheris|hypothesis] [TARGET ...]

Targets are ``parse``, ``parse_html`` and ``parse_file_<suffix>`` for each input format
(``fuzz/targets.py``). Atheris (``pip install
-e '.[fuzz]'``) is coverage-guided: each target runs in a process of its own for N seconds,
seeded with ``fuzz/crashes/<target>/``, and an input that breaks an invariant, raises
anything but a ``CommuniqueError`` or takes over 20 seconds is written there as
``crash-…`` or ``timeout-…``. The hypothesis engine draws from the strategies the tests
use (``tests/strategies.py``) for N seconds and writes the shrunk failing input there too.
Name a kept input for what it shows; ``tests/test_fuzz_corpus.py`` replays every file of
``fuzz/crashes/`` in the normal test suite, without atheris. Exit status 1 on a failure.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CRASHES = ROOT / "fuzz" / "crashes"
NAMES = (
    "parse",
    "parse_html",
    "parse_file_txt",
    "parse_file_md",
    "parse_file_html",
    "parse_file_pdf",
    "parse_file_docx",
)
_TEXTS = [ROOT / "fixtures" / "fr", ROOT / "fixtures" / "en"]
SEEDS = {
    "parse": _TEXTS,
    "parse_html": [ROOT / "fixtures" / "html"],
    "parse_file_txt": _TEXTS,
    "parse_file_md": [ROOT / "fixtures" / "md"],
    "parse_file_html": [ROOT / "fixtures" / "html"],
    "parse_file_pdf": [ROOT / "fixtures" / "pdf"],
    "parse_file_docx": [ROOT / "fixtures" / "docx"],
}
"""Read-only starting inputs for atheris, besides the kept ones."""
_TEXT_DICT, _HTML_DICT = ROOT / "fuzz" / "text.dict", ROOT / "fuzz" / "html.dict"
DICTIONARIES = {name: _HTML_DICT if "html" in name else _TEXT_DICT for name in NAMES}
_MAX_LENGTH = 16384
_SLOW_SECONDS = 20
_ROUND = 50

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _atheris_child(target: str, seconds: int) -> None:
    """Run libFuzzer on one target in this process (it exits when done or on a crash)."""
    import atheris

    with atheris.instrument_imports(include=["communique"]):
        from fuzz.targets import TARGETS
    check = TARGETS[target]
    crashes = CRASHES / target
    with tempfile.TemporaryDirectory(prefix=f"fuzz-{target}-") as work:
        options = [
            f"-max_total_time={seconds}",
            f"-timeout={_SLOW_SECONDS}",
            "-rss_limit_mb=3072",
            f"-artifact_prefix={crashes}/",
            f"-max_len={_MAX_LENGTH}",
            f"-dict={DICTIONARIES[target]}",
            "-print_final_stats=1",
        ]
        seeds = [str(crashes), *(str(path) for path in SEEDS[target] if path.is_dir())]
        atheris.Setup([sys.argv[0], *options, work, *seeds], check)
        atheris.Fuzz()


def _atheris(target: str, seconds: int) -> bool:
    command = [sys.executable, __file__, "--child", target, "--seconds", str(seconds)]
    return subprocess.run(command, check=False).returncode == 0


def _hypothesis(target: str, seconds: int) -> bool:
    """Rounds of hypothesis examples until ``seconds`` have passed; False on a failure."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
    from tests.strategies import html_page, messy_text

    from fuzz.targets import TARGETS

    texts = {"parse": messy_text(), "parse_file_txt": messy_text(), "parse_file_md": messy_text()}
    texts |= {"parse_html": html_page(), "parse_file_html": html_page()}
    inputs = st.binary()
    if target in texts:
        inputs |= texts[target].map(lambda s: s.encode("utf-8", "surrogatepass"))
    failing: list[bytes] = []

    @settings(
        max_examples=_ROUND,
        deadline=_SLOW_SECONDS * 1000,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(inputs)
    def probe(data: bytes) -> None:
        try:
            TARGETS[target](data)
        except BaseException:
            failing.append(data)  # the last one is the shrunk example hypothesis reports
            raise

    end, rounds = time.monotonic() + seconds, 0
    while time.monotonic() < end:
        rounds += 1
        try:
            probe()
        except Exception as error:  # any failure is a finding to keep
            path = CRASHES / target / f"crash-{hashlib.sha1(failing[-1]).hexdigest()}"
            path.write_bytes(failing[-1])
            print(f"{target}: {type(error).__name__}: {error}\n  input kept in {path}")
            return False
    print(f"{target}: {rounds * _ROUND} hypothesis examples, no failure")
    return True


def main(argv: list[str] | None = None) -> int:
    """Fuzz the targets named on the command line (all by default); 1 on a failure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="*", metavar="TARGET", help=f"{', '.join(NAMES)}")
    parser.add_argument("--seconds", type=int, default=60, help="per target")
    parser.add_argument("--engine", choices=("auto", "atheris", "hypothesis"), default="auto")
    parser.add_argument("--child", choices=NAMES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if unknown := set(args.targets) - set(NAMES):
        parser.error(f"unknown target(s): {', '.join(sorted(unknown))}")
    if args.child:
        _atheris_child(args.child, args.seconds)
        return 0
    engine = args.engine
    if engine == "auto":
        engine = "atheris" if importlib.util.find_spec("atheris") else "hypothesis"
    run = _atheris if engine == "atheris" else _hypothesis
    print(f"fuzzing with {engine}, {args.seconds} s per target")
    results = [run(target, args.seconds) for target in args.targets or NAMES]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
