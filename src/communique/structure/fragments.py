"""Detect a fragment that wire copy repeats on both sides of a break, to drop the copy."""

from __future__ import annotations

from typing import Final

from communique.patterncache import compile_regex

__all__ = ["repeated_prefix"]

_SENTENCE_STOP: Final = compile_regex(r"[.!?…](?=\s|$)")
_SCAN: Final = 300
_MIN_CHARS: Final = 12
_MIN_WORDS: Final = 2


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def repeated_prefix(previous: str, line: str) -> int:
    """Length of the start of ``line`` that repeats the end of ``previous``, or 0.

    Only whole sentences (or the whole line) of at least two words count, so an ordinary
    sentence never loses its first words.

    >>> repeated_prefix("de son pacifisme traditionnel.", "pacifisme traditionnel. Le Japon")
    24
    """
    tail = _squeeze(previous)
    cuts = [m.end() for m in _SENTENCE_STOP.finditer(line, 0, min(len(line), _SCAN))]
    for cut in reversed(cuts):
        fragment = _squeeze(line[:cut])
        if len(fragment) < _MIN_CHARS or len(fragment.split()) < _MIN_WORDS:
            continue
        if tail == fragment or tail.endswith(" " + fragment):
            while cut < len(line) and line[cut].isspace():
                cut += 1
            return cut
    return 0
