"""Whether a capitalised word after a role head goes on with its complement or opens a name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from communique.extract.names import word_at
from communique.extract.role_heads import WORD_ENDING
from communique.letters import CAPITAL
from communique.patterncache import compile_pattern

if TYPE_CHECKING:
    from collections.abc import Iterable

    from communique.hits import PartyHit
    from communique.lexicon.persons import PersonVocabulary

__all__ = ["body_adjectives", "capitalised_office_word", "closes_body_name", "in_complement"]

# A few words after a complement word, whose capitalised run may name a body.
_WORD_RUN: Final = compile_pattern(r"[^\W\d_][\w'’-]*+(?:[ \t][^\W\d_][\w'’-]*+){1,4}")


def in_complement(
    text: str,
    previous: str,
    folded: str,
    position: int,
    vocab: PersonVocabulary,
    entities: dict[int, int],
) -> bool:
    """Whether a capitalised word continues the role rather than starting a name.

    It does after a link, as a listed complement word or a body's noun, as a party's name
    or the rest of one that the word before opens ("de la République Italienne"), as the
    words a body's acronym closes ("… de l'Afrique Centrale (CEEAC)"),
    as another role's head ("Deputy Minister at the Prime Minister's Office") or, where the
    language says so, after a body's noun ("de l'Organisation Mondiale de la Santé").
    """
    word = folded.rstrip(".")
    return (
        previous in vocab.complement_links
        or word in vocab.complement_words
        # "International Co-operation" is the listed "cooperation" with its prefix hyphened
        or ("-" in word and word.replace("-", "") in vocab.complement_words)
        or word in vocab.not_name_words  # a body's noun opens no name: "… Team"
        or position in entities
        or _party_goes_on(text, position, entities)  # "de la République Italienne"
        or (previous != "" and _ACRONYM_CLOSES.match(text, position) is not None)
        or (
            previous != ""  # and not a link: the first test above
            and vocab.role.fullmatch(folded.removesuffix("'s")) is not None
        )
        or (previous != "" and _names_a_body(text, position, vocab))
        or (vocab.body_name_after_noun and _after_body_noun(text, position, previous, vocab))
        or (previous in vocab.not_name_words and _closed_by_adjective(text, position, entities))
    )


_CAPITALS_RUN: Final = compile_pattern(rf"(?:{CAPITAL}[\w'’-]*+[ \t]+){{0,4}}$")
"""Capitalised words, four at most, right before a nationality adjective."""


def body_adjectives(text: str, hits: Iterable[PartyHit], vocab: PersonVocabulary) -> dict[int, int]:
    """Nationality adjectives that close a body's name after its noun, by start → end.

    « du Parti Démocratique Gabonais », « du Front Patriotique Rwandais »: French names a
    party or a front with capitalised adjectives after the noun, the last a nationality.
    Read as parties' names inside a role, the words go on with the body's name and open
    no holder's name (« du Parti, Paul Deroux » keeps its comma).
    """
    found: dict[int, int] = {}
    for hit in hits:
        if hit.form != "adjective" or not text[hit.start : hit.start + 1].isupper():
            continue
        if closes_body_name(text, hit.start, vocab.not_name_words):
            found[hit.start] = hit.end
    return found


def closes_body_name(text: str, start: int, body_nouns: frozenset[str]) -> bool:
    """Whether the capitalised words before ``start`` hold a body's noun ("Parti Démocratique")."""
    run = _CAPITALS_RUN.search(text, max(0, start - _RUN_REACH), start)
    words = _WORD.findall(run.group()) if run is not None else []
    return any(word.casefold() in body_nouns for word in words)


_RUN_REACH: Final = 80
"""Characters before an adjective searched for the body's noun and the run of capitals."""


def _closed_by_adjective(text: str, position: int, entities: dict[int, int]) -> bool:
    """Whether capitalised words from ``position`` run on to a body's adjective read as a party.

    "Démocratique" in « du Parti Démocratique Gabonais » (see `body_adjectives`).
    """
    run = _RUN_AFTER_NOUN.match(text, position)
    if run is None:
        return False
    return any(
        entities.get(position + word.start()) == run.end() for word in _WORD.finditer(run.group())
    )


_RUN_AFTER_NOUN: Final = compile_pattern(rf"{CAPITAL}[\w'’-]*+(?:[ \t]+{CAPITAL}[\w'’-]*+){{0,3}}")
"""Capitalised words, four at most, after a body's noun."""
_WORD: Final = compile_pattern(r"\S+")
"""A word of a run."""


def _party_goes_on(text: str, position: int, entities: dict[int, int]) -> bool:
    """Whether the word before ``position`` opens a party's name that goes on past it.

    "Président de la République Italienne": the head ends on "République", whose party's
    name the capitalised adjective closes; no holder's name opens there.
    """
    before = WORD_ENDING.search(text, max(0, position - _WORD_REACH), position)
    return before is not None and entities.get(before.start(1), 0) > position


_WORD_REACH: Final = 40
"""Characters before a word searched for the word before it."""
_ACRONYM_CLOSES: Final = compile_pattern(
    rf"(?:{CAPITAL}[\w'’-]*[ \t]+){{0,3}}[^\W\d_][\w'’-]*[ \t]*\([ \t]*[A-Z]{{3,8}}[ \t]*\)"
)
"""Capitalised words, four at most, that a body's acronym in brackets follows close that
body's name: "… de l'Afrique Centrale (CEEAC)", "… of the Council Regional Antiterrorist
Structure (RATS)"."""


def _after_body_noun(text: str, position: int, previous: str, vocab: PersonVocabulary) -> bool:
    """Whether the word at ``position`` follows a body's noun and a link follows it.

    "de l'Organisation Mondiale de …", "de la Banque Africaine de Développement": the
    body's name goes on. A quoted name between ("la fondation « X » Ines Serel") or a
    capitalised word after ("du Gouvernement Moussa Ibrahima KANE") leaves it to a name.
    """
    start = position - 1 - len(previous)
    if previous not in vocab.not_name_words or text[position - 1 : position] != " ":
        return False
    if text[max(0, start) : position - 1].casefold() != previous:
        return False
    word = word_at(text, position)
    following = word_at(text, word.end()) if word is not None else None
    return following is not None and following.group().casefold() in vocab.complement_links


def capitalised_office_word(text: str, word: re.Match[str], vocab: PersonVocabulary) -> bool:
    """Whether a capitalised word after another goes on with an apposed French office.

    French capitalises the words of a body's name: "M. X, directeur du Centre de Formation
    Judiciaire, …". After a capitalised word, a capitalised word that a comma, a period or a
    lower-case word follows ends that name; one that another capital follows may open a name.
    """
    if vocab.lowercase_after_link_only:
        return False
    before = WORD_ENDING.search(text, max(0, word.start() - 40), word.start())
    if before is None or not before.group(1)[0].isupper():
        return False
    following = word_at(text, word.end())
    if following is None or text[word.end() : following.start()].strip():
        return True
    return following.group()[0].islower()


def _names_a_body(text: str, position: int, vocab: PersonVocabulary) -> bool:
    """Whether capitalised words from ``position`` end on a body's noun, naming that body.

    "Director of the Judicial Training Centre", "Head of the Regional Monitoring Unit": a
    word that is no listed complement word still belongs to the office when the run of
    capitals it opens closes on "Centre", "Unit", "Authority"… A name never does.
    """
    run = _WORD_RUN.match(text, position)
    if run is None:
        return False
    for word in run.group().split()[1:]:
        if not word[0].isupper():
            return False
        if word.casefold() in vocab.not_name_words:
            return True
    return False
