"""The characters a match of a pattern can open with, read off ``re``'s own parse tree.

A large alternation tried at a position enters each alternative in turn, its group, its
look-behind and its first items, before one matches or all fail. An alternative whose
first character cannot be the one at the position cannot match there: knowing each
alternative's possible first characters, a caller can try only the others
(``temporal.dispatch``). The answer is a pattern of one character, built from the items
the parse tree says may come first (look-arounds and anchors take no character and are
looked through, so the set is never too small); its flags are those in force there, so
the engine itself decides, case aside, which characters it admits.
"""

from __future__ import annotations

import functools
import importlib
import re
from typing import Any, Final

__all__ = ["opening_class"]

_Opening = tuple[list[str], bool] | None
"""One-character patterns a match may open with, and whether it may also take no
character at all; None: a form not read here."""

_CATEGORIES: Final = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
_UNREAD_FLAGS: Final = re.ASCII | re.LOCALE


def opening_class(pattern: str) -> str | None:
    r"""A pattern of one character that admits every character a match can open with.

    None when a match may be empty or the pattern holds a form not read here (a
    back-reference, an ASCII or locale flag): then every position is worth trying.

    >>> opening_class(r"(?<!\w)(?:le|(?i:du)\s+|\d)")
    '(?:(?-i:\\U0000006c)|(?i:\\U00000064)|(?-i:[\\d]))'
    >>> opening_class(r"(?:a|b?)") is None
    True
    """
    sre = _parser()
    if sre is None:
        return None
    try:
        tree = sre.parse(pattern)
    except re.error:
        return None
    opening = _sequence(tree.data, tree.state.flags, sre)
    if opening is None or opening[1]:
        return None
    return "(?:" + "|".join(dict.fromkeys(opening[0])) + ")"


@functools.cache
def _parser() -> Any:
    """The standard library's pattern parser (3.11 and later), or None."""
    try:
        return importlib.import_module("re._parser")
    except ImportError:
        return None


def _sequence(items: Any, flags: int, sre: Any) -> _Opening:
    """The openings of items in a row: the first's, and the next's while they may be empty."""
    atoms: list[str] = []
    for op, argument in items:
        opening = _item(op, argument, flags, sre)
        if opening is None:
            return None
        atoms += opening[0]
        if not opening[1]:
            return atoms, False
    return atoms, True


def _item(op: Any, argument: Any, flags: int, sre: Any) -> _Opening:
    """The openings of one item of the parse tree."""
    if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
        atom = _atom(op, argument, flags, sre)
        return None if atom is None else ([atom], False)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return [], True  # takes no character: what follows opens the match
    if op is sre.SUBPATTERN:
        _, added, removed, inner = argument
        return _sequence(inner, (flags | added) & ~removed, sre)
    if op is sre.ATOMIC_GROUP:
        return _sequence(argument, flags, sre)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, inner = argument
        opening = ([], True) if high == 0 else _sequence(inner, flags, sre)
        return None if opening is None else (opening[0], opening[1] or low == 0)
    if op is sre.BRANCH:
        return _union([_sequence(branch, flags, sre) for branch in argument[1]])
    if op is sre.GROUPREF_EXISTS:
        _, yes, no = argument
        absent: _Opening = ([], True) if no is None else _sequence(no, flags, sre)
        return _union([_sequence(yes, flags, sre), absent])
    return None


def _union(openings: list[_Opening]) -> _Opening:
    """The openings of alternatives: any of theirs; empty when one of them may be."""
    atoms: list[str] = []
    empty = False
    for opening in openings:
        if opening is None:
            return None
        atoms += opening[0]
        empty = empty or opening[1]
    return atoms, empty


def _atom(op: Any, argument: Any, flags: int, sre: Any) -> str | None:
    """One character item as a pattern of its own, under the flags in force where it is."""
    if flags & _UNREAD_FLAGS:
        return None
    if op is sre.LITERAL:
        body = _escape(argument)
    elif op is sre.NOT_LITERAL:
        body = f"[^{_escape(argument)}]"
    elif op is sre.ANY:
        body = "(?s:.)"
    else:
        members = [_member(kind, value, sre) for kind, value in argument]
        if any(member is None for member in members):
            return None
        body = "[" + "".join(member for member in members if member is not None) + "]"
    return f"(?i:{body})" if flags & re.IGNORECASE else f"(?-i:{body})"


def _member(kind: Any, value: Any, sre: Any) -> str | None:
    """One member of a character class, as written in a class."""
    if kind is sre.NEGATE:
        return "^"  # the parser puts it first, where it must stand
    if kind is sre.LITERAL:
        return _escape(value)
    if kind is sre.RANGE:
        return f"{_escape(value[0])}-{_escape(value[1])}"
    if kind is sre.CATEGORY:
        return _CATEGORIES.get(getattr(value, "name", ""))
    return None


def _escape(code: int) -> str:
    return f"\\U{code:08x}"
