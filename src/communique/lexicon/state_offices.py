"""Offices and seats whose name tells their state ("the State Department", "le Kremlin").

The names are data (``[state_offices]`` and ``[state_office_cues]`` of
``resources/<lang>/parties.toml``); this module compiles them once per language into one
pattern, with the state and strength of each name.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

import attrs

from communique.errors import ResourceError
from communique.lexicon import WordLists, string_list, string_table
from communique.lexicon.party_cues import optional_article
from communique.patterncache import compile_pattern
from communique.records import shared_repr
from communique.wordtrie import casings, phrase_key, trie_pattern

if TYPE_CHECKING:
    from communique.model import Language

__all__ = ["StateOffices", "state_offices"]


@shared_repr
@attrs.frozen(eq=False, repr=False)
class StateOffices:
    """The office names of one language and what each tells."""

    pattern: re.Pattern[str]
    """Any office name, whole words, in its usual casings."""
    states: dict[str, tuple[str, bool]]
    """Normalised name → (ISO 3166-1 alpha-2 code, whether it tells the state alone)."""
    sentence_opening: re.Pattern[str]
    """A sentence's start and an article, ending the text searched: ". The ", "\\nL'"."""
    place: re.Pattern[str]
    """A locative preposition and an article, maybe a street number, ending the text searched:
    "at the ", "à l'", "at No 10 " (an office's seat as a place: "received at the Kremlin",
    "met at No 10 Downing Street")."""
    voice_after: re.Pattern[str] = re.compile(r"(?!)")
    """A verb of reporting right after an office, matched at its end: "the Ministry of
    External Affairs said", « le Quai d'Orsay a indiqué »."""
    tag_before: re.Pattern[str] = re.compile(r"(?!)")
    """A comma or closing quote and an article ending the text searched: an attribution tag
    opens there ("They agreed to meet again, the Ministry … said")."""
    voice_before: re.Pattern[str] = re.compile(r"(?!)")
    """A comma or closing quote, a verb of reporting and an article ending the text searched,
    the office its inverted subject: "…, said the State Department", « …, a indiqué le Quai
    d'Orsay »."""
    holders: dict[str, str] = attrs.Factory(dict)
    """Normalised office → ISO 3166-1 alpha-2 code of the one state that has it: its holder
    acts for that state, a guest's office as much as the author's (``[holder_offices]``:
    "Secretary of State for Foreign and Commonwealth Affairs")."""

    def state_of(self, name: str) -> tuple[str, bool]:
        """The state a matched name tells and whether it tells it alone.

        >>> offices = state_offices("en")
        >>> offices.state_of("State  Department"), offices.state_of("Secretary of State")
        (('US', True), ('US', False))
        """
        return self.states[phrase_key(name)]


@functools.cache
def state_offices(language: Language) -> StateOffices:
    """Compile the office names of ``<language>/parties.toml`` once.

    Raises:
        ResourceError: the data file is missing or malformed, or a key is no state code.
    """
    lists = WordLists(language, "parties")
    states: dict[str, tuple[str, bool]] = {}
    for section, alone in (("state_office_cues", False), ("state_offices", True)):
        for code, name in _coded_names(lists, section):
            states[phrase_key(name)] = (code, alone)
    holders = {
        phrase_key(name): code
        for code, name in (
            _coded_names(lists, "holder_offices") if "holder_offices" in lists.table else ()
        )
    }
    names = trie_pattern(casings(name for name in _spellings(lists)))
    article = optional_article(trie_pattern(w.casefold() for w in lists("articles")))
    voices = trie_pattern(w.casefold() for w in lists("reporting_verbs"))
    signs = trie_pattern(w.casefold() for w in lists("street_number_signs")) or "(?!)"
    return StateOffices(
        pattern=compile_pattern(rf"(?<![\w-])(?:{names})(?![\w'’-])"),
        states=states,
        sentence_opening=compile_pattern(rf"(?:^|[.!?:;\n])[ \t\"“«]*(?i:{article})$"),
        place=compile_pattern(
            rf"(?<![\w'’])(?:{trie_pattern(w.casefold() for w in lists('locative_words'))})"
            # A seat's street number, after its sign, may stand between: "at No 10 Downing
            # Street" (not a year: "In 2025 Downing Street announced …").
            rf"(?:(?<=['’])|[ \t]+){article}(?:(?:{signs})[ \t]*\d{{1,4}}[ \t]+)?$",
            re.I,
        ),
        voice_after=compile_pattern(rf"[ \t]*,?[ \t]+(?:{voices})(?![\w'’-])", re.I),
        tag_before=compile_pattern(rf"[,\"”»][ \t]*(?i:{article})$"),
        voice_before=compile_pattern(rf"[,\"”»][ \t]*(?:{voices})[ \t]+(?i:{article})$", re.I),
        holders=holders,
    )


def _coded_names(lists: WordLists, section: str) -> list[tuple[str, str]]:
    """The (state code, office name) pairs of a table of names by state code.

    Raises:
        ResourceError: a key is no ISO 3166-1 alpha-2 code, or a value no list of names.
    """
    table = string_table(lists.table, section, where=lists.where)
    pairs = []
    for code in table:
        if len(code) != 2 or not code.isupper():
            raise ResourceError(f"{lists.where}: [{section}] {code} is no ISO 3166 code")
        pairs += [(code, n) for n in string_list(table, code, where=f"{lists.where} [{section}]")]
    return pairs


def _spellings(lists: WordLists) -> list[str]:
    """Every office name as written, and with a typographic apostrophe."""
    sections = ("state_office_cues", "state_offices")
    names = [name for section in sections for _, name in _coded_names(lists, section)]
    return [*names, *(name.replace("'", "’") for name in names if "'" in name)]
