"""Why the words by a role name no holder: a place, a party, a headline, an article, a clause."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from communique.extract.names import Name, parse_name
from communique.lexicon.common.given_names import given_names
from communique.lexicon.persons import person_words
from communique.patterncache import compile_pattern, compile_regex

if TYPE_CHECKING:
    from communique.gazetteer import Gazetteer
    from communique.lexicon.persons import PersonVocabulary

__all__ = [
    "given_name_inside",
    "headline_words",
    "in_relative_clause",
    "indefinite",
    "names_party",
    "place_noun_before",
]

_INDEFINITE_REACH: Final = 8
"""Characters before a role phrase searched for its indefinite article."""
_WORD_AT: Final = compile_regex(r"[^\W\d_]+")
"""A word at a position, to read the article opening a role phrase."""
_HEADLINE_WORDS: Final = 4
"""A name in capitals has fewer words; a headline's verb and object run on."""
_CAPS_WORD: Final = compile_pattern(r"[^\W\d_][\w'’-]*")
"""A word of a run read in capitals."""


def place_noun_before(text: str, start: int, vocab: PersonVocabulary) -> bool:
    """Whether a place's noun stands right before a name ("… de la région X", "province X")."""
    word = _LAST_WORD_BEFORE.search(text, max(0, start - _PLACE_NOUN_REACH), start)
    # In lower case: "Nakuru County" ends a place's own name, before its governor's.
    return word is not None and word.group(1).islower() and word.group(1) in vocab.place_nouns


_PLACE_NOUN_REACH: Final = 24
"""Characters before a name searched for the place noun right before it."""
_LAST_WORD_BEFORE: Final = compile_pattern(r"([^\W\d_]+)[ \t]+$")
"""The word ending a window, before the spaces that end it."""


def in_relative_clause(text: str, start: int) -> bool:
    """Whether a relative clause about a person named before opens the role's clause.

    "…, who continues in his role as Head of Government, Mr Y": the clause from the last
    comma to the role opens with a relative pronoun (``relative_pronouns``) and a verb that
    keeps an office (``office_keeping_verbs``); "…, which included the Minister X" does not.
    """
    low = max(0, start - _RELATIVE_REACH)
    stop = max(text.rfind(mark, low, start) for mark in _CLAUSE_MARKS)
    if stop < 0:
        return False
    first = _FIRST_WORD.match(text, stop + 1, start)
    if first is None or first.group(1).casefold() not in person_words("relative_pronouns"):
        return False
    # "qui reste", "who continues": a verb keeping the office; "which included" names others.
    verb = _FIRST_WORD.match(text, first.end(), start)
    return verb is not None and verb.group(1).casefold() in person_words("office_keeping_verbs")


_RELATIVE_REACH: Final = 80
"""Characters before a role searched for the comma that opens its clause."""
_CLAUSE_MARKS: Final = (",", ";", "(")
_FIRST_WORD: Final = compile_pattern(r"\s*([^\W\d_]+)")


def indefinite(text: str, start: int, vocab: PersonVocabulary) -> bool:
    """Whether an indefinite article ("a", « un ») opens the role phrase at ``start``.

    The article opens the phrase or stands right before it: « un Président humble »,
    "a President who …" name nobody.
    """
    first = _WORD_AT.match(text, start)
    before = text[max(0, start - _INDEFINITE_REACH) : start]
    last = before.split()[-1:] if before[-1:].isspace() else []
    words = [*last, *([first.group()] if first is not None else [])]
    return any(word.casefold() in vocab.indefinite_articles for word in words)


def given_name_inside(text: str, run: Name, vocab: PersonVocabulary) -> Name | None:
    """The name opening at a listed given name inside a run of capitals, if any."""
    for word in _CAPS_WORD.finditer(text, run.start, run.end):
        if word.start() > run.start and word.group().casefold() in given_names():
            name = parse_name(text, word.start(), vocab)
            return name if name is not None and name.given and name.family else None
    return None


def headline_words(text: str, name: Name, vocab: PersonVocabulary) -> bool:
    """Whether words read as a name after an office are a headline's words in capitals.

    On a line in capitals every word looks like a name: a run that no listed given name
    opens and no comma sets off, of four words or more or with a particle-like word after
    its first ("LE SECRÉTAIRE GÉNÉRAL DÉPLORE LA FERMETURE DU POSTE …"), is the headline's
    verb and object, and a run opening with a particle and no given name is the office's
    complement ("LA MINISTRE DES AFFAIRES ÉTRANGÈRES"); "LE PRÉSIDENT TOMAS BRANDT" and
    ", JEAN PING, SE REND" are names.
    """
    line_start = text.rfind("\n", 0, name.start) + 1
    line_end = text.find("\n", name.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if any(char.islower() for char in line) or len(name.given) + len(name.family) < 2:
        return False
    words = text[name.start : name.end].split()
    if words[0].casefold() in vocab.particles and (not name.given or len(words) > 2):
        return True  # "LA MINISTRE DES AFFAIRES ÉTRANGÈRES, …": the office's complement
    if words[0].casefold() in given_names() or text[name.end : name.end + 1] in {",", ";", ")"}:
        return False
    return len(words) >= _HEADLINE_WORDS or any(
        word.casefold() in vocab.particles for word in words[1:]
    )


def names_party(name: Name, vocab: PersonVocabulary, parties: Gazetteer) -> bool:
    """Whether the words of ``name`` but its particles are a party's name ("DE FRANCE")."""
    words = [w for w in (*name.given, *name.family) if w.casefold() not in vocab.particles]
    return bool(words) and parties.key_of(" ".join(words)) is not None
