"""States and organisations a communiqué names, with the words that name them.

States and their names in each language come from maintained sources: CLDR territory
names (Babel) for the short common form ("Japon", "Corée du Sud") and ISO 3166 (pycountry)
for the alpha-3 code and the official form ("République française"). What those lack —
organisations, demonyms ("japonais"), compound prefixes ("franco-") — lives in
``resources/<lang>/parties.toml``.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from typing import TYPE_CHECKING, Final, Literal

import attrs

from communique.errors import ResourceError
from communique.hits import PartyHit
from communique.lexicon.parties import PartyWords, party_lexicon
from communique.model import Language
from communique.patterncache import cached_text, compile_pattern, package_files
from communique.records import shared_repr
from communique.wordsearch import matches_at
from communique.wordstarts import register_words
from communique.wordtrie import casings, fold_name, phrase_key, trie_pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["Gazetteer", "PartyEntry", "PartyHit", "gazetteer"]

_DASH_PATTERN: Final = compile_pattern(r"\s*[-–—]\s*")


@shared_repr
@attrs.frozen(repr=False)
class PartyEntry:
    """A state or organisation."""

    key: str
    """ISO 3166-1 alpha-2 for states, ISO 3166-2 for a subdivision ("CA-QC"), "org:" and
    the organisation code otherwise."""
    name: str
    """Short common name in the document's language."""
    code: str | None
    """ISO 3166-1 alpha-3 for states, ISO 3166-2 for a subdivision (None for one ISO 3166
    lacks), the English acronym for organisations."""
    kind: Literal["state", "organization"]
    """A subdivision's government (Québec, Flanders) is of kind ``state``."""


@shared_repr
@attrs.frozen(eq=False, repr=False)
class Gazetteer:
    """Every party of one language and the pattern that finds them."""

    entries: dict[str, PartyEntry]
    forms: dict[str, str]
    """Normalised name form → key."""
    adjectives: dict[str, str]
    prefixes: dict[str, str]
    places: frozenset[str]
    """Normalised names of cities that hold a party's name and name no party ("à Québec")."""
    words: frozenset[str]
    """Every name, adjective and prefix in the casings ``pattern`` matches."""
    pattern: re.Pattern[str]
    short_names: dict[str, str] = attrs.Factory(dict)
    """Normalised short name a state also goes by ("turkey") → key (``short_names`` in
    ``parties.toml``)."""

    def find(self, text: str, starts: Sequence[int] | None = None) -> list[PartyHit]:
        """Every party named in ``text``, in order.

        ``starts``, when given, holds every position where a word of the gazetteer
        starts (``wordstarts.word_starts``): the pattern is tried there alone.

        >>> [h.keys for h in gazetteer("fr").find("le dialogue franco-japonais avec l'UE")]
        [('FR', 'JP'), ('org:EU',)]
        """
        hits: list[PartyHit] = []
        position = 0
        for match in matches_at(self.pattern, text, starts):
            if match.start() < position:  # the last word of a compound already read
                continue
            word = phrase_key(match.group())
            if word in self.places:  # "à Québec": the city, whose name holds the province's
                position = match.end()
                continue
            hit = self._compound(text, match) if word in self.prefixes else None
            if hit is None:
                hit = self._word(match, word)
            if hit is not None:
                hits.append(hit)
                position = hit.end
        return hits

    def _word(self, match: re.Match[str], word: str) -> PartyHit | None:
        start, end = match.span()
        if word in self.forms and match.group()[0].isupper():
            return PartyHit(start, end, (self.forms[word],), "name")
        if word in self.adjectives and not _ends_compound(match.string, start):
            return PartyHit(start, end, (self.adjectives[word],), "adjective")
        return None

    def _compound(self, text: str, first: re.Match[str]) -> PartyHit | None:
        """Prefixes joined by dashes to a last word: "franco-japonais", "nippo – européennes"."""
        keys = [self.prefixes[phrase_key(first.group())]]
        cursor = first.end()
        while (dash := _DASH_PATTERN.match(text, cursor)) is not None:
            part = self.pattern.match(text, dash.end())
            if part is None:
                break
            word = phrase_key(part.group())
            last = self.adjectives.get(word) or self.forms.get(word)
            if last is not None and _DASH_PATTERN.match(text, part.end()) is None:
                keys.append(last)
                return PartyHit(first.start(), part.end(), tuple(dict.fromkeys(keys)), "compound")
            if word not in self.prefixes:
                break
            keys.append(self.prefixes[word])
            cursor = part.end()
        return None

    def key_of(self, text: str) -> str | None:
        """The party a name form or adjective stands for ("République française" → "FR")."""
        folded = phrase_key(text)
        return self.forms.get(folded) or self.adjectives.get(folded)

    def nationality_of(self, text: str) -> str | None:
        """The party a nationality adjective or demonym stands for ("Sénégalais" → "SN")."""
        return self.adjectives.get(phrase_key(text))


@functools.cache
def gazetteer(language: Language) -> Gazetteer:
    """The parties of ``language``, loaded once.

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    builder = _Builder()
    builder.add_states(language)
    builder.add_data(language)
    return builder.build()


@shared_repr
@attrs.define(repr=False)
class _Builder:
    """Collects entries and the words naming them, keeping each word's original spelling."""

    entries: dict[str, PartyEntry] = attrs.Factory(dict)
    forms: dict[str, str] = attrs.Factory(dict)
    adjectives: dict[str, str] = attrs.Factory(dict)
    prefixes: dict[str, str] = attrs.Factory(dict)
    places: set[str] = attrs.Factory(set)
    short_names: dict[str, str] = attrs.Factory(dict)
    spellings: set[str] = attrs.Factory(set)
    unaccented_capitals: set[str] = attrs.Factory(set)
    """Names in capitals without any accent ("REPUBLIQUE DE GUINEE"): letterheads and
    headlines in capitals drop them all; read in capitals only."""
    small: frozenset[str] = frozenset()
    """Words a headline-cased name keeps in lower case."""
    articles: frozenset[str] = frozenset()
    """Articles a name may print with a capital inside it ("of The Bahamas")."""

    def build(self) -> Gazetteer:
        spellings = self.spellings | {_bare_capitals(word) for word in self.spellings}
        if self.articles:  # "Commonwealth of The Bahamas", "St. Vincent and The Grenadines"
            spellings |= {capital_articles(word, self.articles) for word in self.spellings}
        words = frozenset(casings(spellings)) | self.unaccented_capitals
        return Gazetteer(
            self.entries,
            self.forms,
            self.adjectives,
            self.prefixes,
            frozenset(self.places),
            words,
            _pattern(words),
            self.short_names,
        )

    def word(self, table: dict[str, str], word: str, key: str, *, replace: bool = False) -> None:
        folded = phrase_key(word)
        if replace or folded not in table:
            table[folded] = key
        # Capitals often lose their accents: "des Etats de l'Afrique de l'Ouest", "Egypte".
        table.setdefault(phrase_key(_bare_capitals(word)), key)
        unaccented = fold_name(word)
        if unaccented != word.casefold():  # "SENEGAL", "GUINEE EQUATORIALE" in capitals
            table.setdefault(phrase_key(unaccented), key)
            self.unaccented_capitals.add(unaccented.upper())
        self.spellings.add(word)
        if table is self.forms and _ELIDED_CAPITAL.search(word):
            # Typists lower the capital after an elision: "Côte d'ivoire", "Côte d’ivoire".
            self.spellings.add(_ELIDED_CAPITAL.sub(lambda capital: capital.group().lower(), word))
        if table is self.forms and _CAPITAL_HYPHEN.search(word):
            # A name's hyphen is often a space in print: "Etats Unis", "Timor Leste".
            spaced = _CAPITAL_HYPHEN.sub(" ", word)
            table.setdefault(phrase_key(spaced), key)
            table.setdefault(phrase_key(_bare_capitals(spaced)), key)
            self.spellings.add(spaced)

    def add_states(self, language: Language) -> None:
        self.small = frozenset(party_lexicon(language).small_words)
        self.articles = frozenset(party_lexicon(language).capital_articles)
        for alpha2, alpha3, names in _states(language):
            # CLDR prints "Côte d’Ivoire": one spelling of the name, whichever the text's.
            name = names[0].replace("’", "'")
            self.entries[alpha2] = PartyEntry(alpha2, name, alpha3, "state")
            for name in names:
                if name and ", " not in name:
                    self.word(self.forms, name, alpha2)
                    self.spellings.add(headline(name, self.small))

    def add_data(self, language: Language) -> None:
        lexicon = party_lexicon(language)
        for code, words in lexicon.organizations.items():
            # Organisation codes may equal ISO codes ("AU": African Union, Australia).
            entry = PartyEntry(f"org:{code}", words.name or code, code, "organization")
            self.entries[entry.key] = entry
            self.add_words(words, entry.key, names=(entry.name,))
        for key, words in lexicon.states.items():
            if key not in self.entries and words.code is not None and words.name is not None:
                # A state ISO 3166 lacks, under its user-assigned codes ("XK", "XKX").
                self.entries[key] = PartyEntry(key, words.name, words.code, "state")
            if key not in self.entries:
                where = f"{language}/parties.toml"
                raise ResourceError(f"{where}: states.{key} is not an ISO 3166 alpha-2 code")
            if words.name is not None:  # the form diplomatic prose uses, not CLDR's
                self.entries[key] = attrs.evolve(self.entries[key], name=words.name)
            self.add_words(words, key, names=(words.name,) if words.name else ())
        for key, words in lexicon.subdivisions.items():
            # A government below the state (Québec, Flanders): ISO 3166-2 code, if any.
            self.entries[key] = PartyEntry(key, words.name or key, words.code, "state")
            self.add_words(words, key, names=(words.name,) if words.name else ())

    def add_words(self, words: PartyWords, key: str, names: tuple[str, ...] = ()) -> None:
        for name in (*names, *words.forms, *words.names, *words.short_names):
            self.word(self.forms, name, key, replace=True)
            self.spellings.add(headline(name, self.small))
        for name in words.short_names:
            self.short_names[phrase_key(name)] = key
        for adjective in words.adjectives:
            self.word(self.adjectives, adjective, key)
        for prefix in words.prefixes:
            self.word(self.prefixes, prefix, key)
        for place in words.places:
            self.places.add(phrase_key(place))
            self.spellings.add(place)


_ELIDED_CAPITAL: Final = re.compile(r"(?<=['’])[A-ZÀ-ÖØ-Þ]")
"""A capital right after an elision's apostrophe inside a name: "Côte d'Ivoire"."""
_CAPITAL_HYPHEN: Final = re.compile(r"(?<=\w)-(?=[A-ZÀ-ÖØ-Þ])")
"""A hyphen before a capital inside a name: "États-Unis", "Timor-Leste" (not "nord-coréen")."""


def _bare_capitals(word: str) -> str:
    """``word`` with the accents of its capital letters dropped ("États" → "Etats").

    >>> _bare_capitals("Communauté des États, Égypte")
    'Communauté des Etats, Egypte'
    """
    if word.isascii():
        return word
    return "".join(
        unicodedata.normalize("NFD", char)[0] if char.isupper() else char for char in word
    )


def headline(name: str, small: frozenset[str]) -> str:
    """``name`` in headline case: each word capitalised but the small words.

    Official names are often printed so ("République Algérienne Démocratique et Populaire",
    "Royaume Hachémite de Jordanie"); the other casings the trie holds are ``casings``'.

    >>> headline("République algérienne démocratique et populaire", frozenset({"et"}))
    'République Algérienne Démocratique et Populaire'
    >>> headline("Royaume hachémite de Jordanie", frozenset({"de"}))
    'Royaume Hachémite de Jordanie'
    """
    # An elided article keeps its word as written: "de l'Inde", "d'Éthiopie".
    return " ".join(
        word
        if word.casefold() in small or "'" in word or "’" in word
        else word[:1].upper() + word[1:]
        for word in name.split()
    )


def capital_articles(name: str, articles: frozenset[str]) -> str:
    """``name`` with its inner articles capitalised, as some states print their own name.

    >>> capital_articles("Commonwealth of the Bahamas", frozenset({"the"}))
    'Commonwealth of The Bahamas'
    """
    words = name.split(" ")
    return " ".join(
        word[:1].upper() + word[1:] if index and word in articles else word
        for index, word in enumerate(words)
    )


_STATES_READING: Final = 3
"""The version of ``_read_states``: raised when it reads the sources differently, so that a
copy stored by an earlier version is built again."""


def _states(language: Language) -> list[tuple[str, str, list[str]]]:
    """Each state's alpha-2 and alpha-3 codes and its names (the short one first).

    Read from CLDR and ISO 3166 once per machine: loading Babel's and pycountry's data
    is most of a gazetteer's cold start. The stored copy is keyed by the size and time
    of each data file read, so an upgrade of either package builds it again.
    """
    key = json.dumps([language, _STATES_READING, *_state_sources(language)])
    stored = json.loads(cached_text("states", key, lambda: json.dumps(_read_states(language))))
    # JSON gives lists: each made the tuple it is typed as (a compiled module checks).
    return [(alpha2, alpha3, names) for alpha2, alpha3, names in stored]


def _state_sources(language: Language) -> list[list[object]]:
    """The data files ``_read_states`` reads, stamped without importing their packages."""
    babel = ("__init__.py", "global.dat", "locale-data/root.dat", f"locale-data/{language}.dat")
    messages = f"locales/{language}/LC_MESSAGES/iso3166-1.mo"
    iso = ("__init__.py", "databases/iso3166-1.json", messages)
    return [*package_files("babel", babel), *package_files("pycountry", iso)]


def _read_states(language: Language) -> list[tuple[str, str, list[str]]]:
    # Imported on the first parse, not by ``import communique``: about 80 ms (cold start).
    import gettext

    import pycountry
    from babel import Locale

    territories = Locale.parse(language).territories
    translation = gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
    )
    states = []
    for country in pycountry.countries:
        alpha2 = country.alpha_2
        cldr = territories.get(alpha2) or translation.gettext(country.name)
        # CLDR's English writes "Trinidad & Tobago"; ISO, the UN and the texts write "and".
        short = cldr.replace(" & ", " and ")
        names = [short.split("(")[0].strip(), *(p.strip(" )") for p in short.split("(")[1:])]
        if short != cldr:
            names.append(cldr)
        for raw in (country.name, getattr(country, "official_name", None)):
            if raw:
                # ISO's "the State of Palestine": texts write "of the State of Palestine",
                # the article in lower case before the name.
                names.append(translation.gettext(raw).removeprefix("the "))
        if common := getattr(country, "common_name", None):
            names.append(translation.gettext(common))
        states.append((alpha2, country.alpha_3, names))
    return states


def _pattern(words: frozenset[str]) -> re.Pattern[str]:
    """One case-sensitive trie of every name, adjective and prefix, in each usual casing.

    Words appear as spelled, in lower case, capitalised and in upper case; compounds are
    joined in ``find``. A case-sensitive trie of the variants runs about 2.5 times faster
    than a case-insensitive one.
    """
    return compile_pattern(rf"(?<!\w)(?:{trie_pattern(words)})(?!\w)")


# The shared word-start scan must find where each party name may start.
register_words("parties", lambda language: gazetteer(language).words)


def _ends_compound(text: str, start: int) -> bool:
    """Whether a demonym at ``start`` ends a compound whose first part names no party.

    "Ibero-American", "Inter-American", "Afro-Asian": a region or a grouping, not the state
    of the last part ("franco-japonais" is read whole, from its listed prefix).
    """
    return start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha()
