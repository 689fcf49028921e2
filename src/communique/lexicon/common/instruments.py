"""Instruments known by their acronym alone, from ``resources/common/instruments.toml``."""

from __future__ import annotations

import functools
import re
import typing

import attrs

from communique.errors import ResourceError
from communique.lexicon import load_table, string_list
from communique.model import AgreementKind, Language
from communique.patterncache import compile_pattern
from communique.records import shared_repr
from communique.wordtrie import trie_pattern

__all__ = ["KnownInstrument", "KnownInstruments", "known_instruments"]

_WHERE = "common/instruments.toml"
_KINDS: frozenset[str] = frozenset(typing.get_args(AgreementKind))


@shared_repr
@attrs.frozen(repr=False)
class KnownInstrument:
    """A well-known instrument as a text of one language names it."""

    name: str
    """The name as analysts write it: head in lower case, no article ("treaty on the …")."""
    kind: AgreementKind


@shared_repr
@attrs.frozen(eq=False, repr=False)
class KnownInstruments:
    """The known instruments of one language and a matcher of their acronyms."""

    by_acronym: dict[str, KnownInstrument]
    """Acronym as written ("NPT", "JCPoA") → instrument."""
    pattern: re.Pattern[str]
    """Matches one of the acronyms as a whole word, case-sensitively."""


def _entry(raw: object, language: Language) -> tuple[tuple[str, ...], KnownInstrument] | None:
    """The acronyms and instrument of one entry for ``language``; None when it has none."""
    if not isinstance(raw, dict):
        raise ResourceError(f"{_WHERE}: bad instrument {raw!r}")
    table = raw.get(language)
    if table is None:
        return None
    if not isinstance(table, dict):
        raise ResourceError(f"{_WHERE}: bad {language} instrument {table!r}")
    name, kind = table.get("name"), table.get("kind")
    if not isinstance(name, str) or not name or kind not in _KINDS:
        raise ResourceError(f"{_WHERE}: bad name or kind in {table!r}")
    acronyms = string_list(table, "acronyms", where=_WHERE)
    return acronyms, KnownInstrument(name, typing.cast("AgreementKind", kind))


@functools.cache
def known_instruments(language: Language) -> KnownInstruments:
    """The instruments that texts of ``language`` name by their acronym alone.

    >>> known = known_instruments("fr")
    >>> known.by_acronym["TNP"].name, known.pattern.search("le TNP et le TNPX").span()
    ('traité sur la non-prolifération des armes nucléaires', (3, 6))

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    raw_list = load_table("common", "instruments").get("instruments", [])
    if not isinstance(raw_list, list):
        raise ResourceError(f"{_WHERE}: 'instruments' must be an array of tables")
    by_acronym: dict[str, KnownInstrument] = {}
    for raw in raw_list:
        entry = _entry(raw, language)
        if entry is not None:
            for acronym in entry[0]:
                by_acronym.setdefault(acronym, entry[1])
    if not by_acronym:
        return KnownInstruments({}, re.compile(r"(?!)"))
    return KnownInstruments(
        by_acronym, compile_pattern(rf"{_first_letter_trie(by_acronym)}(?![\w-])")
    )


def _first_letter_trie(acronyms: typing.Iterable[str]) -> str:
    r"""``(?<![\w-])(?:{trie})`` of ``acronyms``, each first character before the look-behind.

    A pattern opening with a look-behind is tried at every position of a unit; one opening
    with literal characters only where they stand, and acronyms open with capitals, which
    are rare in running text (the engine skips to them in C; three times faster on the
    development documents). The matches are the same.

    >>> _first_letter_trie(["TNP", "TICE", "A"])
    '(?:A(?<![\\w-].)|T(?<![\\w-].)(?:(?:ICE|NP)))'
    """
    tails: dict[str, list[str]] = {}
    for acronym in sorted(set(acronyms)):
        tails.setdefault(acronym[0], []).append(acronym[1:])
    branches = []
    for first, rests in tails.items():
        rest = trie_pattern(rests, exact=True) if any(rests) else ""
        optional = "?" if "" in rests else ""
        tail = f"(?:{rest}){optional}" if rest else ""
        branches.append(f"{re.escape(first)}(?<![\\w-].){tail}")
    return "(?:" + "|".join(branches) + ")"
