"""The first characters a match of a pattern can open with, read off ``re``'s parse tree.

A large alternation tried at a position enters each alternative in turn, its group, its
look-behind and its first items, before one matches or all fail. An alternative whose
first characters cannot be the ones at the position cannot match there: knowing each
alternative's possible openings, a caller can try only the others (``temporal.dispatch``).
The answer is a pattern of a few characters, one per item the parse tree says may come
first, second, third (look-arounds and anchors take no character and are looked through,
so the openings are never too few); each character item keeps the flags in force where it
stands, so the engine itself decides, case aside, which characters it admits.
"""

from __future__ import annotations

import functools
import importlib
import re
from typing import Any, Final

__all__ = ["opening_pattern"]

_Paths = set[tuple[tuple[str, ...], bool]]
"""Openings: the character items read in a row, and whether the form ended there (what
follows it comes next) rather than going on with anything."""

_CATEGORIES: Final = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
_UNREAD_FLAGS: Final = re.ASCII | re.LOCALE
_ANYTHING: Final[_Paths] = {((), False)}
_NOTHING: Final[_Paths] = {((), True)}


def opening_pattern(pattern: str, length: int) -> str | None:
    r"""A pattern that matches the first ``length`` characters of every match of ``pattern``.

    Matched against the ``length`` characters at a position (fewer at the text's end), it
    fails only where ``pattern`` cannot match. None when a match may be empty or the
    pattern holds a form not read here (a back-reference, an ASCII or locale flag): then
    every position is worth trying.

    >>> opening_pattern(r"(?<!\w)(?:le|(?i:du)\s+|\d)", 2)
    '(?:(?i:d)(?i:u)|[\\d]|le)'
    >>> opening_pattern(r"(?:a|b?)", 1) is None
    True
    """
    sre = _parser()
    if sre is None:
        return None
    try:
        tree = sre.parse(pattern)
    except re.error:
        return None
    paths = _sequence(tree.data, tree.state.flags, length, sre)
    if any(not path for path, _ in paths):
        return None
    return "(?:" + "|".join(sorted({"".join(path) for path, _ in paths})) + ")"


@functools.cache
def _parser() -> Any:
    """The standard library's pattern parser (3.11 and later), or None."""
    try:
        return importlib.import_module("re._parser")
    except ImportError:
        return None


def _sequence(items: Any, flags: int, length: int, sre: Any) -> _Paths:
    """The openings of items in a row: each item's after the openings that end before it."""
    paths: _Paths = set(_NOTHING)
    for op, argument in items:
        if all(not ended or len(path) >= length for path, ended in paths):
            break
        longer: _Paths = set()
        for path, ended in paths:
            if not ended or len(path) >= length:
                longer.add((path, False))
                continue
            for more, more_ended in _item(op, argument, flags, length - len(path), sre):
                longer.add((path + more, more_ended))
        paths = longer
    return paths


def _item(op: Any, argument: Any, flags: int, length: int, sre: Any) -> _Paths:
    """The openings of one item of the parse tree, up to ``length`` characters."""
    if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
        atom = _atom(op, argument, flags, sre)
        return set(_ANYTHING) if atom is None else {((atom,), True)}
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(_NOTHING)  # takes no character: what follows opens the match
    if op is sre.SUBPATTERN:
        _, added, removed, inner = argument
        return _sequence(inner, (flags | added) & ~removed, length, sre)
    if op is sre.ATOMIC_GROUP:
        return _sequence(argument, flags, length, sre)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return _repeat(argument, flags, length, sre)
    if op is sre.BRANCH:
        return set().union(*(_sequence(branch, flags, length, sre) for branch in argument[1]))
    if op is sre.GROUPREF_EXISTS:
        _, yes, no = argument
        absent = set(_NOTHING) if no is None else _sequence(no, flags, length, sre)
        return _sequence(yes, flags, length, sre) | absent
    return set(_ANYTHING)


def _repeat(argument: Any, flags: int, length: int, sre: Any) -> _Paths:
    """A repeated item: none of it when it may be left out, else its openings.

    After one round that ends early, another round may follow: such an opening goes on
    with anything (a few openings too many, never one too few).
    """
    low, high, inner = argument
    paths: _Paths = set(_NOTHING) if low == 0 or high == 0 else set()
    if high == 0:
        return paths
    for path, ended in _sequence(inner, flags, length, sre):
        again = ended and len(path) < length and high > 1
        paths.add((path, ended and not again))
    return paths


def _atom(op: Any, argument: Any, flags: int, sre: Any) -> str | None:
    """One character item as a pattern of its own, under the flags in force where it is."""
    if flags & _UNREAD_FLAGS:
        return None
    if op is sre.LITERAL:
        body = re.escape(chr(argument))
    elif op is sre.NOT_LITERAL:
        body = f"[^{re.escape(chr(argument))}]"
    elif op is sre.ANY:
        body = "(?s:.)"
    else:
        members = [_member(kind, value, sre) for kind, value in argument]
        if any(member is None for member in members):
            return None
        body = "[" + "".join(member for member in members if member is not None) + "]"
    return f"(?i:{body})" if flags & re.IGNORECASE else body


def _member(kind: Any, value: Any, sre: Any) -> str | None:
    """One member of a character class, as written in a class."""
    if kind is sre.NEGATE:
        return "^"  # the parser puts it first, where it must stand
    if kind is sre.LITERAL:
        return re.escape(chr(value))
    if kind is sre.RANGE:
        return f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}"
    if kind is sre.CATEGORY:
        return _CATEGORIES.get(getattr(value, "name", ""))
    return None
