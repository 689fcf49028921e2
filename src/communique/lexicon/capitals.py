"""Capital cities: a state named only by its capital ("WASHINGTON:", "reçu à Lisbonne").

The names, in English and French, live in ``resources/common/capitals.toml`` (one entry per
UN member state). Only capitalised spellings are read: as written there, or in capitals as
datelines print them ("PARIS (Reuters) -").
"""

from __future__ import annotations

import functools
import json
import re
from typing import Final

import attrs

from communique.errors import ResourceError
from communique.lexicon import load_table, string_list, string_table
from communique.patterncache import cached_text, compile_pattern, package_files
from communique.records import shared_repr
from communique.wordtrie import phrase_key, trie_pattern

__all__ = ["CapitalHit", "Capitals", "capitals", "seats"]

_WHERE: Final = "common/capitals.toml"


@shared_repr
@attrs.frozen(repr=False)
class CapitalHit:
    """``text[start:end]`` names the capital of the state ``key`` (ISO 3166-1 alpha-2)."""

    start: int
    end: int
    key: str


@shared_repr
@attrs.frozen(eq=False, repr=False)
class Capitals:
    """Every capital's names and the pattern that finds them."""

    states: dict[str, str]
    """Normalised name → ISO 3166-1 alpha-2 code."""
    pattern: re.Pattern[str]

    def match(self, text: str, position: int) -> CapitalHit | None:
        """The capital named at ``position`` of ``text``, if any.

        >>> hit = capitals().match("WASHINGTON: the Secretary met", 0)
        >>> hit.key, hit.end
        ('US', 10)
        """
        found = self.pattern.match(text, position)
        if found is None:
            return None
        return CapitalHit(found.start(), found.end(), self.states[phrase_key(found.group())])


@functools.cache
def capitals() -> Capitals:
    """The capitals of the UN member states and their presidential seats, loaded once.

    Raises:
        ResourceError: the data file is missing, malformed or names an unknown state.
    """
    return _places(("capitals", "seats"))


@functools.cache
def seats() -> Capitals:
    """The presidential seats alone ("Palais de Koulouba", "Aso Rock"), loaded once.

    Raises:
        ResourceError: the data file is missing, malformed or names an unknown state.
    """
    return _places(("seats",))


def _places(tables: tuple[str, ...]) -> Capitals:
    """The places of the named tables of ``capitals.toml``, and their pattern."""
    codes = _iso_codes()
    states: dict[str, str] = {}
    spellings: set[str] = set()
    data = load_table("common", "capitals")
    for table in tables:
        for key, names in string_table(data, table, where=_WHERE).items():
            if key.lower() not in codes:
                raise ResourceError(f"{_WHERE}: {table}.{key} is not an ISO 3166 alpha-2 code")
            for name in string_list({key: names}, key, where=_WHERE):
                states[phrase_key(name)] = key
                spellings.update((name, name.upper()))
    # Not a part of a compound ("Paris-Saclay"); a dash after the name ends a dateline
    # ("Niamey- Le conseil …").
    pattern = compile_pattern(rf"(?<![\w'’-])(?:{trie_pattern(spellings)})(?![\w'’]|-\w)")
    return Capitals(states, pattern)


def _iso_codes() -> frozenset[str]:
    """The ISO 3166-1 alpha-2 codes, in lower case (pycountry looks them up so).

    Read from pycountry once per machine (``communique.patterncache``): importing it costs
    about 80 ms of a cold start.
    """
    key = json.dumps(package_files("pycountry", ("__init__.py", "databases/iso3166-1.json")))
    return frozenset(cached_text("iso3166-codes", key, _read_iso_codes).split())


def _read_iso_codes() -> str:
    import pycountry

    return " ".join(country.alpha_2.lower() for country in pycountry.countries)
