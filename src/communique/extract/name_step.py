"""One step of reading a name: a quote, a bracket, a list's comma, a subtitle, a dash, a word."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

from communique.extract.name_brackets import parenthesis, quoted
from communique.extract.name_tokens import CAPITALISED_NEXT, TOKEN, function_words, next_token
from communique.extract.name_word import read_word
from communique.gazetteer import gazetteer
from communique.letters import CAPITAL
from communique.lexicon.agreements import agreement_words
from communique.patterncache import compile_pattern
from communique.wordtrie import alternation, phrase_key

if TYPE_CHECKING:
    from communique.extract.name_extent import Reader

__all__ = ["step"]

_CAPITAL_WORD: Final = r"[A-Z][\w'’-]*"
_CAPITALS: Final = compile_pattern(r"\b[A-Z]")
_MIN_SUBTITLE: Final = 2
_TITLE_DASH: Final = compile_pattern(r"\s+[–—-]\s+(?=[^\W\d_])")
_STATE_ENDING: Final = compile_pattern(
    r",[ \t]+([A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}?)(?=[ \t]*(?:[;.)]|$)|[ \t]+[a-z])"
)
"""A comma and a state's name (up to four words) before the end of a name's sentence or item,
or a word in lower case ("…, Thailand was signed")."""


def step(reader: Reader) -> bool:
    """Read one piece of the name; False when the name ends here."""
    text, position = reader.text, reader.position
    char = text[position]
    if char in reader.vocab.quotes:
        return quoted(reader, char)
    if char == "(":
        return parenthesis(reader)
    if char == "," and _party_state_ending(reader):
        return True
    if char == ",":
        enumeration = _enumeration().match(text, position) if reader.previous == "word" else None
        # After an attached instrument's name a comma ends both.
        listing = reader.complement and not reader.attached
        if enumeration is None or not listing:
            return False
        if enumeration.group("nouns") and not _fields_named(reader, position):
            return False  # "un accord sur la pêche, les experts, … et les ambassadeurs ayant …"
        if (
            _names_in(enumeration.group())
            and not _title_enumeration(reader, enumeration.group(), position)
            and not _party_state(reader, enumeration.group())
        ):
            return False
        if reader.vocab.head.search(enumeration.group()) is not None:
            return False  # "…, un accord de pêche et …": another instrument of the list
        reader.position = position + 1
        return True
    if char == ":" and reader.title and reader.previous in {"word", "head"}:
        return _subtitle(reader)
    if char == "&" and reader.previous == "word" and CAPITALISED_NEXT.match(text, position + 1):
        reader.position = position + 1  # "Keppel Offshore & Marine": a name's ampersand
        return True
    if reader.title and (dash := _TITLE_DASH.match(text, position - 1)) is not None:
        if reader.vocab.head.match(text, dash.end()) is not None:
            return False  # "- Déclaration conjointe … - Accord de …": the next item of a list
        reader.position = dash.end()
        return True
    marker = reader.vocab.title_marker.match(text, position)
    if marker is not None and text[marker.end() : marker.end() + 1] in reader.vocab.quotes:
        # "une stratégie intitulée « … »", "the plan known as "…"": the quoted title is
        # the name; the marker is cut from it.
        reader.cuts.append((position, marker.end()))
        reader.position, reader.previous = marker.end(), "head"
        return True
    return read_word(reader)


def _subtitle(reader: Reader) -> bool:
    """Read a title-case subtitle after a colon ("Agenda 2063: The Africa We Want").

    Only a whole title-case phrase, ended by punctuation or a coordinator, is a subtitle;
    a sentence after the colon ("… Pact: The Council notes …") is not. Returns False: the
    subtitle ends the name.
    """
    match = _subtitle_pattern().match(reader.text, reader.position)
    if match is None:
        return False
    if reader.previous == "head" and len(_CAPITALS.findall(match.group())) < _MIN_SUBTITLE:
        return False  # "… Charter: France …" lists, "… Charter: Call to Action on …" titles
    after = next_token(reader.text, match.end())
    if (
        after is not None
        and after.group()[0].islower()
        and after.group() not in function_words("coordinators")
    ):
        return False
    reader.end = reader.position = match.end()
    return False


def _names_in(enumeration: str) -> bool:
    """Whether an enumeration lists names ("…, l'Acte final d'Helsinki et …"), not nouns."""
    return any(word[:1].isupper() for word in TOKEN.findall(enumeration))


def _title_enumeration(reader: Reader, enumeration: str, comma: int) -> bool:
    """Whether a capitalised complement goes on as a title's enumeration.

    "the Charter on Democracy, Elections and Governance": the nouns after the comma are
    capitalised like the complement's first word, or like the word that a link opens
    before the comma ("… for holders of Diplomatic, Service and Special Passports"); an
    article may open them only before
    listed descriptive words (« la Stabilité et le Développement »): ", the Helsinki Final Act
    and …" names another document, ", the Government and …" actors, ", Kenya and Ghana
    agreed" parties.
    """
    if not (reader.first_capital or _linked_capital(reader, comma)):
        return False
    tokens = TOKEN.findall(enumeration)
    joiners = function_words("number_joiners")
    articles = function_words("enumeration_articles")
    if not tokens:
        return False
    # « de Solidarité, d'Amitié et de Coopération »: French titles repeat their link, and
    # their articles before abstract nouns (« sur la Sécurité, la Stabilité et le
    # Développement »); an article before any other noun opens another name.
    opened = tokens[0].casefold() in articles
    small = reader.vocab.links | set(articles)
    nouns = [t for t in tokens if t not in joiners and phrase_key(t) not in small]
    parties = gazetteer(reader.vocab.language)
    return all(
        noun[:1].isupper()
        and parties.key_of(noun) is None
        and (not opened or _abstract(noun, reader))
        for noun in nouns
    )


def _linked_capital(reader: Reader, comma: int) -> bool:
    """Whether a capitalised word after a link ends right before the comma ("of Diplomatic,").

    Only the links of a title (``title_list_links``): after "in" or "with" the capitalised
    words are places and parties ("in Valmont, Kalvora and Norland agreed …").
    """
    words = TOKEN.findall(reader.text[max(0, comma - _LINKED_REACH) : comma])
    return (
        len(words) >= _LINKED_WORDS
        and words[-1][:1].isupper()
        and phrase_key(words[-2]) in _title_list_links()
    )


@functools.cache
def _title_list_links() -> frozenset[str]:
    """Links of every language after which a title's enumeration may open ("of", « pour »)."""
    return frozenset(phrase_key(word) for word in function_words("title_list_links"))


_LINKED_REACH: Final = 40
"""Characters before a comma read for the link and the capitalised word before it."""
_LINKED_WORDS: Final = 2


def _party_state(reader: Reader, enumeration: str) -> bool:
    """Whether the words after a party's comma name where that party is, then "and".

    "between Kalvora Province, Valmont and Orlan Province, Norland": among the parties, a
    comma and a state's name alone place the party before it, a city maybe before the state
    ("between National Judicial Academy, Bhopal, India and …").
    """
    if reader.parties is None:
        return False
    joiners = function_words("number_joiners")
    places = [part for part in enumeration.split(",") if part.strip()]
    if len(places) > _PLACE_PARTS:
        return False
    # "…, Bhopal, India and …": a city may stand before the state, capitalised words alone.
    if any(not _CITY.fullmatch(part.strip()) for part in places[:-1]):
        return False
    words = [t for t in TOKEN.findall(places[-1]) if t not in joiners]
    return bool(words) and gazetteer(reader.vocab.language).key_of(" ".join(words)) is not None


_PLACE_PARTS: Final = 2
"""Parts at most of a party's place after its comma: a city, then the state."""
_CITY: Final = compile_pattern(rf"{CAPITAL}[\w'’-]*(?:[ \t]+{CAPITAL}[\w'’-]*){{0,2}}")
"""A city's name of up to three capitalised words."""


def _party_state_ending(reader: Reader) -> bool:
    """Read a comma and the state that places the last party, where the name ends.

    "… between Kalvora Province, Valmont and Orlan Province, Norland;": the state after the
    last party's comma, then a stop, a semicolon, a closing bracket or a word in lower case
    ("…, Norland was signed").
    """
    if reader.parties is None or reader.previous != "word":
        return False
    place = _STATE_ENDING.match(reader.text, reader.position)
    if place is None or gazetteer(reader.vocab.language).key_of(place.group(1)) is None:
        return False
    reader.end = reader.position = place.end()
    return True


def _abstract(noun: str, reader: Reader) -> bool:
    """Whether a title's noun is one of the listed descriptive words ("Stability", « Paix »).

    The closed list, not the endings ``place_first`` reads: "the Government", "the
    Commission" after a comma are actors, not a title's nouns.
    """
    return noun.casefold() in reader.vocab.descriptive


@functools.cache
def _enumeration() -> re.Pattern[str]:
    """An enumeration going on after a comma: ", la sécurité et …".

    Or a list of single words: ", commerciale, culturelle et …"; or of nouns in lower case,
    each with its article, in group ``nouns``: ", l'enseignement, la culture et les arts"
    (read only after the fields it lists, ``_fields_named``).
    """
    articles = alternation(agreement_words("enumeration_articles"))
    joins = alternation(agreement_words("number_joiners"))
    item = rf"(?:(?:{articles})\s*)?{_LOWER_WORD}(?:\s+{_LOWER_WORD}){{0,2}}"
    return compile_pattern(
        rf",\s*(?:(?:{articles})\s*)?[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){{0,3}}"
        # or a list of single words: "économique, commerciale, culturelle et technique"
        rf"(?:\s*,\s*[^\W\d_][\w'’-]*){{0,6}}\s+(?:{joins})\s"
        rf"|(?P<nouns>,\s*{item}(?:\s*,\s*{item}){{1,6}}\s+(?:{joins})\s)"
    )


def _fields_named(reader: Reader, position: int) -> bool:
    """Whether the name so far names the fields a list of nouns goes on with.

    « … dans les domaines de l'éducation, l'enseignement, la culture et les arts », "… in
    the fields of education, the arts and …" (``enumeration_fields``); not "un accord sur la
    pêche, les experts, les conseillers et …", a list of people after the name.
    """
    fields = function_words("enumeration_fields")
    return any(
        word.casefold() in fields
        for word in _NAME_WORD.findall(reader.text, reader.head_end, position)
    )


_NAME_WORD: Final = compile_pattern(r"[^\W\d_]+")
_LOWER_WORD: Final = r"[^\W\d_A-ZÀ-ÖØ-Þ][\w'’-]*"
"""A word opening in lower case."""


@functools.cache
def _subtitle_pattern() -> re.Pattern[str]:
    """A title-case subtitle after a colon: capitalised words, small words between them."""
    small = alternation(agreement_words("subtitle_small_words"))
    return compile_pattern(
        rf":[ \t]+{_CAPITAL_WORD}(?:(?:[ \t]+(?:{small}))*[ \t]+{_CAPITAL_WORD}){{0,7}}"
    )
