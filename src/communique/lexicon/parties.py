"""Party words of a language, from ``resources/<lang>/parties.toml``.

States and their names come from CLDR and ISO 3166 (``communique.gazetteer``); this file
adds what those lack (organisations, demonyms, compound prefixes, extra names) and the
words the parties resolver reads around a name.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import attrs

from communique.errors import ResourceError
from communique.lexicon import load_table, string_list, string_table
from communique.records import shared_repr

if TYPE_CHECKING:
    from communique.model import Language

__all__ = ["PartyLexicon", "PartyWords", "party_lexicon"]


@shared_repr
@attrs.frozen(repr=False)
class PartyWords:
    """The words naming one organisation or state."""

    name: str | None
    """The organisation's short name (None for a state: CLDR gives it)."""
    forms: tuple[str, ...] = ()
    """Other names ("ONU", "Nations unies")."""
    names: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    """Demonyms ("japonais", "Japanese")."""
    prefixes: tuple[str, ...] = ()
    """Compound prefixes ("franco-", "nippo-")."""
    code: str | None = None
    """The alpha-3 code of a state ISO 3166 lacks ("XKX": Kosovo, a user-assigned code), or
    the ISO 3166-2 code of a subdivision ("CA-QC")."""
    places: tuple[str, ...] = ()
    """Names of a city that hold the subdivision's name and are no party ("à Québec",
    "Quebec City")."""
    short_names: tuple[str, ...] = ()
    """Other short common names of the state, former or current ("Turkey" beside "Türkiye",
    "Swaziland" beside "Eswatini"): the party goes by one when the text writes it and never
    the gazetteer's name. Each is also one of the state's names."""


@shared_repr
@attrs.frozen(eq=False, repr=False)
class PartyLexicon:
    """Everything ``parties.toml`` holds for one language."""

    organizations: dict[str, PartyWords]
    """Organisation code ("UN", "EU") → its words, in the file's order."""
    states: dict[str, PartyWords]
    """ISO 3166-1 alpha-2 code → words the maintained sources lack."""
    voice_verbs: tuple[str, ...]
    """Verbs of statement after a party that speaks ("condamne", "said")."""
    agent_links: tuple[str, ...]
    """Words after a verb of statement that make it a passive participle ("announced by",
    « annoncé par »): the party before it is what was announced, not who speaks."""
    statement_announcers: tuple[str, ...]
    """Words before the colon of a paragraph that announces the text's statement ("made the
    following statement:", « a fait la déclaration suivante : »)."""
    locative_words: tuple[str, ...]
    """Prepositions before a place where things happen ("au", "in the")."""
    title_topic_words: tuple[str, ...]
    """Prepositions that make a party in a title its topic ("on", "sur")."""
    title_voice_links: tuple[str, ...]
    """Phrases holding a topic word before a party that speaks: "on behalf of"."""
    issuing_bodies: tuple[str, ...]
    """Codes of bodies that issue statements (the Security Council)."""
    organ_parents: dict[str, str]
    """The organisation code of each issuing body ("PSC" → "AU")."""
    statement_words: tuple[str, ...]
    """Words a title may hold before an issuing body ("Press Statement")."""
    body_auxiliaries: tuple[str, ...] = ()
    """Auxiliaries and verbs after a body that make it the subject ("ont", "has met")."""
    groupings: tuple[str, ...] = ()
    """Codes of informal groupings of states ("G7", "G20"): parties only as issuers."""
    operation_heads: tuple[str, ...] = ()
    """Heads of the names of operations and missions that may hold a party's name
    ("Force conjointe Union africaine-Nations Unies au Lirava"): no party there."""
    small_words: tuple[str, ...] = ()
    """Words a name printed in headline case keeps in lower case ("de", "et", "of")."""
    capital_articles: tuple[str, ...] = ()
    """Articles a state's name may print with a capital inside it ("Commonwealth of The
    Bahamas", "Saint Vincent and The Grenadines")."""
    subdivisions: dict[str, PartyWords] = attrs.Factory(dict)
    """Governments below the state that sign and meet as parties (Québec, Flanders), by
    ISO 3166-2 code or, for one ISO 3166 lacks, a key of the file ("BE-FWB")."""


def _words(key: str, raw: object, where: str, *, named: bool) -> PartyWords:
    if not isinstance(raw, dict):
        raise ResourceError(f"{where}: {key} must be a table")
    name = raw.get("name")
    if named and not isinstance(name, str):
        raise ResourceError(f"{where}: {key} needs a name")
    return PartyWords(
        name if isinstance(name, str) else None,
        string_list(raw, "forms", where=f"{where} [{key}]"),
        string_list(raw, "names", where=f"{where} [{key}]"),
        string_list(raw, "adjectives", where=f"{where} [{key}]"),
        string_list(raw, "prefixes", where=f"{where} [{key}]"),
        _code(raw, f"{where} [{key}]"),
        string_list(raw, "places", where=f"{where} [{key}]"),
        string_list(raw, "short_names", where=f"{where} [{key}]"),
    )


def _code(raw: dict[str, object], where: str) -> str | None:
    code = raw.get("code")
    if code is not None and not isinstance(code, str):
        raise ResourceError(f"{where}: code must be a string")
    return code


@functools.cache
def party_lexicon(language: Language) -> PartyLexicon:
    """Load and validate ``<language>/parties.toml`` once.

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    where = f"{language}/parties.toml"
    table = load_table(language, "parties")
    organizations = string_table(table, "organizations", where=where)
    states = string_table(table, "states", where=where)
    return PartyLexicon(
        organizations={
            key: _words(f"organizations.{key}", raw, where, named=True)
            for key, raw in organizations.items()
        },
        states={
            key: _words(f"states.{key}", raw, where, named=False) for key, raw in states.items()
        },
        subdivisions={
            key: _words(f"subdivisions.{key}", raw, where, named=True)
            for key, raw in string_table(table, "subdivisions", where=where).items()
        },
        voice_verbs=string_list(table, "voice_verbs", where=where),
        agent_links=string_list(table, "agent_links", where=where),
        statement_announcers=string_list(table, "statement_announcers", where=where),
        locative_words=string_list(table, "locative_words", where=where),
        title_topic_words=string_list(table, "title_topic_words", where=where),
        title_voice_links=string_list(table, "title_voice_links", where=where),
        issuing_bodies=string_list(table, "issuing_bodies", where=where),
        organ_parents=_organ_parents(table, where),
        statement_words=string_list(table, "statement_words", where=where),
        body_auxiliaries=string_list(table, "body_auxiliaries", where=where),
        groupings=_codes(table, organizations, where),
        small_words=string_list(table, "name_small_words", where=where),
        capital_articles=string_list(table, "name_capital_articles", where=where)
        if "name_capital_articles" in table
        else (),
        operation_heads=string_list(table, "operation_heads", where=where),
    )


def _organ_parents(table: dict[str, object], where: str) -> dict[str, str]:
    """``[organ_parents]``: each issuing body's organisation code."""
    raw = table.get("organ_parents", {})
    if not isinstance(raw, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and v for k, v in raw.items()
    ):
        raise ResourceError(f"{where}: [organ_parents] must map codes to codes")
    return dict(raw)


def _codes(
    table: dict[str, object], organizations: dict[str, object], where: str
) -> tuple[str, ...]:
    """The groupings' codes, each one of an organisation of the file."""
    codes = string_list(table, "groupings", where=where)
    for code in codes:
        if code not in organizations:
            raise ResourceError(f"{where}: groupings: {code} is no organisation of the file")
    return codes
