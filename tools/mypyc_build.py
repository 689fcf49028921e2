"""Compile communique's modules with mypyc, in place (next to their sources), or remove them.

Each compiled module becomes an extension module (``.so``) beside its ``.py`` under
``src/communique``; Python imports the extension before the source, so an editable install
runs the compiled code at once. ``--clean`` removes every compiled module (and then the
sources run again). The modules kept interpreted, and why, are listed in ``INTERPRETED``.

Run: python tools/mypyc_build.py [--opt-level N] [--jobs N] [--clean] [MODULE.py ...]
(module paths relative to ``src``, e.g. ``communique/extract/persons.py``; default: every
module of the package but ``INTERPRETED``).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
BUILD = ROOT / "build" / "mypyc"

INTERPRETED = {
    "communique/__init__.py": "a module __getattr__ (PEP 562) for the lazy public names",
    "communique/__main__.py": "runs the command line; nothing to gain",
    "communique/cli.py": "reads its module docstring, which a compiled module does not keep",
    "communique/api.py": "a compiled function checks its arguments' types on entry: "
    "parse(None) would raise TypeError, not the documented InputTypeError",
    "communique/inputs/html_page.py": "the same: parse_html(None) would raise TypeError",
    "communique/html.py": "the same: read_page checks its markup itself (and takes a bytearray)",
    "communique/batch.py": "mypyc makes a list of a generator expression it cannot keep lazy: "
    "parse_many would read its whole source iterator at once",
    "communique/errors.py": "exceptions that subclass ValueError, TypeError, KeyError: "
    "mypyc cannot compile subclasses of most built-in types",
    "communique/html_measure.py": "mypyc crashes on reversed(list(root.iter())) of lxml",
    "communique/document.py": "attrs fields declared attrs.field() without a default, and "
    "@field.default: a compiled class body checks the field's type against the attrs marker",
    "communique/inputs/reading.py": "the same (attrs.field() without a default)",
    "communique/pipeline.py": "the same (attrs.field(converter=...), typed Any)",
    "communique/model.py": "cattrs (un)structures its attrs classes by their fields' types, "
    "which a compiled class body records as bare classes (a union becomes `type`)",
}
"""Modules that stay interpreted, and why."""


def compiled_files() -> list[Path]:
    """Every compiled module (and mypyc's shared library) under ``src``."""
    return sorted(SRC.rglob("*.so"))


def _parallel_compile(jobs: int) -> None:
    """Let setuptools compile the C files of one extension on ``jobs`` cores."""
    from setuptools._distutils import ccompiler

    def compile_(
        self: Any,
        sources: list[str],
        output_dir: str | None = None,
        macros: Any = None,
        include_dirs: Any = None,
        debug: bool = False,
        extra_preargs: Any = None,
        extra_postargs: Any = None,
        depends: Any = None,
    ) -> list[str]:
        macros, objects, extra_postargs, pp_opts, build = self._setup_compile(
            output_dir, macros, include_dirs, sources, depends, extra_postargs
        )
        cc_args = self._get_cc_args(pp_opts, debug, extra_preargs)

        def one(obj: str) -> None:
            src, ext = build[obj]
            self._compile(obj, src, ext, cc_args, extra_postargs, pp_opts)

        with ThreadPoolExecutor(jobs) as pool:
            list(pool.map(one, objects))
        return list(objects)

    ccompiler.CCompiler.compile = compile_  # type: ignore[method-assign]


def build(modules: list[str], opt_level: str, jobs: int) -> None:
    """Compile ``modules`` (paths relative to ``src``) in place."""
    from mypyc.build import mypycify
    from setuptools import setup

    os.chdir(SRC)
    _parallel_compile(jobs)
    extensions = mypycify(
        ["--config-file", str(ROOT / "pyproject.toml"), *modules],
        opt_level=opt_level,
        multi_file=jobs > 1,
        target_dir=str(BUILD),
    )
    setup(
        name="communique-mypyc",
        ext_modules=extensions,
        script_args=[
            "build_ext",
            "--inplace",
            "--force",
            "--build-temp",
            str(BUILD / "temp"),
            "--build-lib",
            str(BUILD / "lib"),
        ],
    )


def main(argv: list[str] | None = None) -> int:
    """Compile the modules given (default: all but INTERPRETED), or remove them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help="paths relative to src (default: all)")
    parser.add_argument("--opt-level", default="3", help="the C compiler's -O level")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--clean", action="store_true", help="remove every compiled module")
    args = parser.parse_args(argv)
    for path in compiled_files():
        path.unlink()
    if args.clean:
        return 0
    modules = args.modules or sorted(
        str(p.relative_to(SRC))
        for p in (SRC / "communique").rglob("*.py")
        if str(p.relative_to(SRC)) not in INTERPRETED
    )
    start = time.perf_counter()
    build(modules, args.opt_level, args.jobs)
    print(f"compiled {len(modules)} modules in {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
