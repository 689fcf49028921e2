"""Read stage cases written as blocks of title, input and expected output.

A case file holds blocks separated by lines of three dots, like markdown-it-py's fixtures::

    title of the case
    ...
    input text, any number of lines
    ...
    expected output
    ...
"""

from __future__ import annotations

from pathlib import Path

import attrs

__all__ = ["Case", "read_cases"]

CASES = Path(__file__).parent / "cases"
_SEPARATOR = "..."


@attrs.frozen
class Case:
    """One case: where it is, what it shows, its input and the expected rendering."""

    file: str
    line: int
    title: str
    input: str
    expected: str

    @property
    def id(self) -> str:
        """A pytest id: the file name, line and title."""
        return f"{self.file}:{self.line}:{self.title}"


def read_cases(name: str) -> list[Case]:
    """Parse ``tests/cases/<name>`` into cases."""
    lines = (CASES / name).read_text(encoding="utf-8").split("\n")
    cases: list[Case] = []
    chunk: list[str] = []
    parts: list[str] = []
    start = 1
    for number, line in enumerate(lines, start=1):
        if line.rstrip() != _SEPARATOR:
            chunk.append(line)
            continue
        parts.append("\n".join(chunk))
        chunk = []
        if len(parts) == 3:
            title, text, expected = parts
            cases.append(Case(name, start, title.strip(), text, expected.strip("\n")))
            parts = []
            start = number + 1
    if parts or any(line.strip() for line in chunk):
        raise ValueError(f"{name}: unterminated case starting at line {start}")
    return cases
