"""Structure vocabulary of a language, from ``resources/<lang>/structure.toml``."""

from __future__ import annotations

import functools
import re

import attrs
import regex

from communique.errors import ResourceError
from communique.lexicon import load_table, string_list, string_table
from communique.model import Language
from communique.temporal.grammar import phrase_pattern
from communique.wordtrie import casings, trie_pattern

__all__ = ["StructureVocabulary", "line_key", "structure_vocabulary"]

_KEY_TRIM = " \t.:!?…·•|"


def line_key(text: str) -> str:
    """A line's comparison key: case-folded, spaces collapsed, edge punctuation dropped.

    >>> line_key("  Partager : ")
    'partager'
    """
    return " ".join(text.replace("’", "'").split()).strip(_KEY_TRIM).casefold()


@attrs.frozen(eq=False)
class StructureVocabulary:
    """Phrases that tell page furniture, headers and repairs apart, for one language."""

    boilerplate_lines: frozenset[str]
    """Keys (see :func:`line_key`) of lines that are furniture as a whole."""
    boilerplate_prefix: re.Pattern[str]
    """Matches at the start of a furniture line."""
    page_number: regex.Pattern[str]
    """Matches a whole line that is only a page number."""
    date_labels: str
    """Alternation of labels before a header date ("date", "publié le")."""
    agencies: str
    """Alternation of news agencies for wire datelines."""
    furniture_pattern: regex.Pattern[str]
    """Matches a whole furniture line: bylines, counters, sign-offs, document symbols."""
    widget_words: frozenset[str]
    """Case-folded words of share, social and language bars."""
    tail_lines: frozenset[str]
    """Keys of lines that open the page's closing furniture ("Voir aussi", "Press contacts")."""
    tail_pattern: regex.Pattern[str]
    """Matches a whole line that opens the closing furniture (a wire sign-off "LR/MAP")."""
    caption_words: frozenset[str]
    """Lower-case words a caption of names and offices may hold."""
    connectors: frozenset[str]
    """Words that never end a title or a sentence ("and", "de")."""
    post_attribution: regex.Pattern[str]
    """Finds the attribution ending an embedded post ("— Name (@handle) October 20, 2020")."""
    site_names: re.Pattern[str]
    """Matches the start of a site or institution name printed above a headline."""
    kind_labels: frozenset[str]
    """Keys of lines naming the kind of document ("Déclaration", "Press release")."""
    footnote_year_cues: frozenset[str]
    """Prepositions before a year that a footnote number may be glued to ("in 19962")."""
    compound_prefixes: frozenset[str]
    glued_suffixes: frozenset[str]
    abbreviations: frozenset[str]


def _alternation(patterns: tuple[str, ...], where: str) -> regex.Pattern[str]:
    """One pattern matching any of ``patterns`` (regular expressions from a data file).

    Raises:
        ResourceError: a pattern does not compile.
    """
    try:
        return regex.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)")
    except regex.error as error:
        raise ResourceError(f"{where}: bad furniture pattern: {error}") from error


@functools.cache
def structure_vocabulary(language: Language) -> StructureVocabulary:
    """Load the structure vocabulary of ``language`` once.

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    where = f"{language}/structure.toml"
    table = load_table(language, "structure")
    furniture = string_table(table, "boilerplate", where=where)
    header = string_table(table, "header", where=where)
    repair = string_table(table, "repair", where=where)
    prefixes = trie_pattern(casings(string_list(furniture, "prefixes", where=where)))
    page_words = phrase_pattern(string_list(furniture, "page_words", where=where))
    wire = load_table("common", "wire")
    common = load_table("common", "furniture")
    shared = "common/furniture.toml"
    return StructureVocabulary(
        boilerplate_lines=frozenset(
            line_key(x) for x in string_list(furniture, "lines", where=where)
        ),
        boilerplate_prefix=re.compile(rf"\s*(?:{prefixes})(?!\w)"),
        page_number=regex.compile(
            rf"\s*[-–—]?\s*(?:{page_words}\s*)?\d{{1,4}}(?:\s*(?:/|sur|of)\s*\d{{1,4}})?\s*[-–—]?\s*",
            regex.IGNORECASE,
        ),
        date_labels=phrase_pattern(string_list(header, "date_labels", where=where)),
        agencies=phrase_pattern(string_list(wire, "agencies", where="common/wire.toml")),
        furniture_pattern=_alternation(
            string_list(furniture, "patterns", where=where)
            + string_list(common, "patterns", where=shared),
            where,
        ),
        widget_words=frozenset(
            w.casefold()
            for w in string_list(furniture, "widget_words", where=where)
            + string_list(common, "widget_words", where=shared)
        ),
        tail_lines=frozenset(
            line_key(x) for x in string_list(furniture, "tail_lines", where=where)
        ),
        tail_pattern=_alternation(string_list(common, "tail_patterns", where=shared), shared),
        caption_words=frozenset(string_list(furniture, "caption_words", where=where)),
        connectors=frozenset(string_list(header, "connectors", where=where)),
        post_attribution=_alternation(
            string_list(common, "post_attribution", where=shared), shared
        ),
        site_names=re.compile(
            rf"(?:{trie_pattern(casings(string_list(header, 'site_names', where=where)))})(?!\w)"
        ),
        kind_labels=frozenset(line_key(x) for x in string_list(header, "kind_labels", where=where)),
        footnote_year_cues=frozenset(
            w.casefold() for w in string_list(repair, "footnote_year_cues", where=where)
        ),
        compound_prefixes=frozenset(
            w.casefold() for w in string_list(repair, "compound_prefixes", where=where)
        ),
        glued_suffixes=frozenset(string_list(repair, "glued_suffixes", where=where)),
        abbreviations=frozenset(string_list(repair, "abbreviations", where=where)),
    )
