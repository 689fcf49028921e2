"""Instrument vocabulary of a language, from ``resources/<lang>/agreements.toml``."""

from __future__ import annotations

import functools
import re
from typing import Literal

import attrs

from communique.errors import ResourceError
from communique.lexicon import load_table, string_list, string_table
from communique.model import AgreementStatus, Language
from communique.wordtrie import casings, trie_pattern

__all__ = ["AgreementVocabulary", "Head", "StatusPhrases", "agreement_vocabulary"]

Need = Literal["none", "number", "complement"]
_NEEDS: tuple[Need, ...] = ("none", "number", "complement")
_STATUSES: tuple[AgreementStatus, ...] = (
    "signed",
    "adopted",
    "in_force",
    "negotiation_launched",
    "negotiation_concluded",
    "announced",
)


@attrs.frozen
class Head:
    """An instrument head ("feuille de route") and what makes a mention of it a name."""

    kind: str
    needs: Need
    singular: str
    """The head in the singular ("feuille de route" for "feuilles de route")."""


@attrs.frozen(eq=False)
class StatusPhrases:
    """Phrases that state a status, after or before the instrument."""

    status: AgreementStatus
    after: re.Pattern[str] | None
    before: re.Pattern[str] | None


@attrs.frozen(eq=False)
class AgreementVocabulary:
    """Instrument heads and the words around an instrument's name, for one language."""

    heads: dict[str, Head]
    """Case-folded head form → head."""
    head: re.Pattern[str]
    """Matches any head form in its usual casings."""
    self_naming: frozenset[str]
    generic: frozenset[str]
    anaphoric: frozenset[str]
    definite: frozenset[str]
    links: frozenset[str]
    stops: frozenset[str]
    participle_endings: tuple[str, ...]
    adjective_exceptions: frozenset[str]
    after_acronym: frozenset[str]
    quotes: dict[str, str]
    """Opening quote → closing quote."""
    statuses: tuple[StatusPhrases, ...]
    status_after: re.Pattern[str] | None
    """All "after" phrases in one pattern; the group named after the status matched."""
    status_before: re.Pattern[str] | None
    """All "before" phrases in one pattern, likewise."""


def _folded(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.casefold() for w in words)


def _plural(form: str) -> str:
    first, _, rest = form.partition(" ")
    if first.endswith(("s", "x")):
        return form
    return f"{first}s {rest}".strip() if not first.endswith("al") else form


def _heads(table: dict[str, object], where: str) -> dict[str, Head]:
    raw_heads = table.get("heads", [])
    if not isinstance(raw_heads, list):
        raise ResourceError(f"{where}: 'heads' must be an array of tables")
    heads: dict[str, Head] = {}
    for raw in raw_heads:
        kind, needs = raw.get("kind") if isinstance(raw, dict) else None, None
        if isinstance(raw, dict):
            needs = next((n for n in _NEEDS if n == raw.get("needs", "none")), None)
        if not isinstance(kind, str) or needs is None or not isinstance(raw, dict):
            raise ResourceError(f"{where}: bad head {raw!r}")
        for form in string_list(raw, "words", where=where):
            singular = form.casefold()
            for variant in (singular, _plural(singular)):
                heads.setdefault(variant, Head(kind, needs, singular))
    return heads


def _phrases(raw: dict[str, object], key: str, where: str) -> re.Pattern[str] | None:
    phrases = string_list(raw, key, where=where)
    if not phrases:
        return None
    return re.compile(rf"(?<![\w'’])(?:{trie_pattern(casings(phrases))})(?![\w'’])")


def _statuses(table: dict[str, object], where: str) -> tuple[StatusPhrases, ...]:
    raw_list = table.get("status", [])
    if not isinstance(raw_list, list):
        raise ResourceError(f"{where}: 'status' must be an array of tables")
    statuses = []
    for raw in raw_list:
        status = next(
            (s for s in _STATUSES if isinstance(raw, dict) and s == raw.get("status")), None
        )
        if status is None or not isinstance(raw, dict):
            raise ResourceError(f"{where}: bad status {raw!r}")
        statuses.append(
            StatusPhrases(status, _phrases(raw, "after", where), _phrases(raw, "before", where))
        )
    return tuple(statuses)


@functools.cache
def agreement_vocabulary(language: Language) -> AgreementVocabulary:
    """Load the instrument vocabulary of ``language`` once.

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    where = f"{language}/agreements.toml"
    table = load_table(language, "agreements")
    words = string_table(table, "words", where=where)

    def listed(key: str) -> tuple[str, ...]:
        return string_list(words, key, where=where)

    heads = _heads(table, where)
    statuses = _statuses(table, where)
    quotes = {pair[0]: pair[1] for pair in listed("quote_pairs") if len(pair) == 2}
    return AgreementVocabulary(
        heads=heads,
        head=re.compile(rf"(?<!\w)(?:{trie_pattern(casings(heads))})(?![\w'’-])"),
        self_naming=_folded(listed("self_naming")),
        generic=_folded(listed("generic")),
        anaphoric=_folded(listed("anaphoric")),
        definite=_folded(listed("definite")),
        links=_folded(listed("links")),
        stops=_folded(listed("stops")),
        participle_endings=tuple(listed("participle_endings")),
        adjective_exceptions=_folded(listed("adjective_exceptions")),
        after_acronym=_folded(listed("after_acronym")),
        quotes=quotes,
        statuses=statuses,
        status_after=_combined(statuses, "after"),
        status_before=_combined(statuses, "before"),
    )


def _combined(statuses: tuple[StatusPhrases, ...], side: str) -> re.Pattern[str] | None:
    parts = [
        f"(?P<{s.status}>{pattern.pattern})"
        for s in statuses
        if (pattern := s.after if side == "after" else s.before) is not None
    ]
    return re.compile("|".join(parts)) if parts else None
