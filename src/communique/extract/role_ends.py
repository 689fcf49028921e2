"""Where a role's complement ends: a verb, a term, a destination, another role or another holder."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

from communique.extract.names import parse_name, starts_capital, word_at
from communique.extract.role_heads import role_at
from communique.extract.role_holders import SPACES_AT
from communique.letters import CAPITAL
from communique.lexicon.common.given_names import given_names
from communique.lexicon.persons import article_at, person_words
from communique.patterncache import compile_pattern
from communique.structure.party_entries import entry_gap_end

if TYPE_CHECKING:
    from communique.lexicon.persons import PersonVocabulary

__all__ = [
    "after_named_item",
    "apposed_holder",
    "before_period",
    "coordinator_between",
    "entry_party",
    "join_ends",
    "joins",
    "next_role",
    "predicate_verb",
    "to_destination",
]

_COMMA_AFTER: Final = compile_pattern(r"[ \t]*,[ \t]*")
"""A comma after a name, a space before it too ("Dhoruk Temsali , Ministre")."""
_NAME_PAIR_BEFORE: Final = compile_pattern(
    r"(?<![\w'’.-])([^\W\d_][\w'’-]*+)[ \t]++([^\W\d_][\w'’-]*+)[ \t]*+,[ \t]*+$"
)
"""Two words and a comma ending where a role starts: a holder's name before its office."""
_NAME_PAIR_REACH: Final = 80


def after_named_item(
    text: str, start: int, vocab: PersonVocabulary, entities: dict[int, int]
) -> bool:
    """Whether a role without an article follows a full name and a comma inside a sentence.

    In "received by Idris Lirov, Minister of Trade, Anselm Valmont, Ambassador to …" each
    office is in apposition after its holder's name: the name after the office is the next
    item of the list. A place before the comma (a party name, a dateline at the start of
    a line) is no holder.
    """
    pair = _NAME_PAIR_BEFORE.search(text, max(0, start - _NAME_PAIR_REACH), start)
    if pair is None or not (pair.group(1)[0].isupper() and pair.group(2)[0].isupper()):
        return False
    before = text[max(0, pair.start() - _NAME_PAIR_REACH) : pair.start()]
    if not before.rpartition("\n")[2].strip(" \t"):
        return False  # "Addis Ababa, Minister …" opening a line is a dateline
    if any(vocab.role.fullmatch(word) for word in pair.group(1, 2)):
        return False
    # "… of Sierra Leone, Minister …": a party's name is no holder's.
    return pair.end(2) not in {entities.get(pair.start(1)), entities.get(pair.start(2))}


def predicate_verb(text: str, word: re.Match[str], previous: str, vocab: PersonVocabulary) -> bool:
    """Whether a lower-case verb of the subject opens the predicate after the complement.

    An apposed role left without its closing comma ends at the verb: "de l'Organisation
    salue le déroulement", and so does a bare head: "La ministre salue …", "La ministre
    rencontrera son homologue", « le président kalvorien ira à … ». After a link a noun
    is due ("auprès du président"), and a role head is no verb there.
    """
    # After a coordinator, a verb opens a second predicate: « … reçu par le Président de la
    # République et rencontrera son homologue » (a noun there takes its article, or is an
    # office).
    coordinated = previous in person_words("coordinators")
    if (previous in vocab.complement_links and not coordinated) or not word.group()[0].islower():
        return False
    verb = vocab.subject_verb.match(text, word.start())
    if verb is None:
        # After the head or a proper name (« … de la République fédérale d'Allemagne
        # passeront en revue »), any verb of the future by its ending; after an adjective
        # (« le président sénégalais ira »), only a listed one: an ending may close a noun.
        named = _NAME_BEFORE.search(text, max(0, word.start() - _NAME_REACH), word.start())
        future = vocab.future_verb if not previous or named or coordinated else vocab.future_word
        verb = future.match(text, word.start())
    if verb is None:
        # « Le chef de l'État français entretenait de bons rapports avec X »: the narrative's
        # imperfect by its ending, after an adjective too (« défait », « satisfait » are the
        # office's participles: ``imperfect_lookalikes``).
        verb = vocab.imperfect_verb.match(text, word.start())
    return verb is not None and vocab.role.fullmatch(word.group()) is None


_NAME_BEFORE: Final = compile_pattern(rf"(?<![\w'’-])(?:[^\W\d_]['’])?{CAPITAL}[\w'’-]*[ \t]+$")
"""A capitalised word (a party's or a place's name) right before the word looked at."""
_NAME_REACH: Final = 40
"""Characters before a word searched for the capitalised word ending there."""


def before_period(text: str, head_end: int, end: int, vocab: PersonVocabulary) -> int:
    """Where a complement ends before the period of a term ("pour le mois" of "… mars 2026")."""
    period = vocab.period_before.search(text, head_end, end)
    return period.start() if period is not None else end


def to_destination(text: str, link: re.Match[str], head: str, vocab: PersonVocabulary) -> bool:
    """Whether ``link`` leads to where the holder of ``head`` goes, not into the office.

    "to" always may ("Visit of the Prime Minister to Malaysia"); French "en" only before a
    capitalised place ("du Premier ministre du Sénégal en France"; "président en exercice"
    stays an office).
    """
    folded = link.group().casefold()
    if folded not in vocab.destination_links:
        place = word_at(text, link.end())
        if folded not in vocab.destination_place_links or place is None:
            return False
        if not starts_capital(place.group()):
            return False
    return _destination(head, vocab)


def _destination(head: str, vocab: PersonVocabulary) -> bool:
    """Whether a link after ``head`` leads to a destination: the head is not posted there."""
    head = " ".join(head.casefold().split())
    for suffix in person_words("role_suffixes"):  # "Ambassador-designate to Ghana"
        head = head.removesuffix(suffix.casefold())
    return not any(head.endswith(posted) for posted in vocab.posted_heads)


_PORTFOLIO_WORDS: Final = 2
"""Portfolio words that make a run of capitalised words a portfolio, not a name."""


def apposed_holder(
    text: str, position: int, vocab: PersonVocabulary, entities: dict[int, int]
) -> bool:
    """Whether a name starts at ``position`` with its own office in apposition after it.

    "… et de Dhoruk Temsali , Ministre des Affaires étrangères …": no party's name, a comma
    after the name (a space before it too), then a role head. Two portfolio words make no
    name ("… et de la Coopération Internationale de la République X, Président …"); one
    may be a given name ("… and Peace Serel, Minister of Trade"). The office may open with
    its qualifier ("… and Menzie Tavel, non-resident High Commissioner").
    """
    if position in entities:
        return False
    name = parse_name(text, position, vocab)
    if name is None or len(name.given) + len(name.family) < 2:
        return False
    words = (*name.given, *name.family)
    if sum(word.casefold() in vocab.complement_words for word in words) >= _PORTFOLIO_WORDS:
        return False  # "… du Plan et de la Coopération Internationale de …, Président …"
    comma = _COMMA_AFTER.match(text, name.end)
    if comma is None:
        return False
    qualifier = vocab.qualifier_at.match(text, comma.end())  # "…, non-resident Ambassador"
    return vocab.role.match(text, qualifier.end() if qualifier else comma.end()) is not None


def entry_party(
    text: str, position: int, vocab: PersonVocabulary, entities: dict[int, int]
) -> bool:
    """Whether a party's name starts at ``position`` with a person's style right after it.

    "Botswana H.E. X, Vice President" / "Namibia Right Honourable Dr. Y, Prime Minister": an
    attendance list printing each delegation's party before its head; the office above
    ends before the next entry's party ("Vice President Namibia" is no office). The same
    shape read for a line (``structure.party_entries``) and for the affiliation it gives
    (``person_context``); the caller refuses a party that completes the office ("of").
    """
    end = entities.get(position)
    if end is None:
        return False
    after = entry_gap_end(text, end)  # "Namibia H.E. Y", "Lesotho : Rt. Hon. Z"
    return after is not None and vocab.honorific.match(text, after) is not None


def coordinator_between(text: str, start: int, end: int) -> bool:
    """Whether a coordinator ("et", "and") stands among the words of ``text[start:end]``."""
    coordinators = person_words("coordinators")
    return any(word.casefold() in coordinators for word in text[start:end].split())


def next_role(
    text: str, match: re.Match[str], previous: str, vocab: PersonVocabulary, *, named: bool
) -> bool:
    """Whether another role starts here ("… de la République et le Premier ministre …").

    In apposition after a name, "and" joins a second office of the same holder
    ("X, Permanent Representative … and Chairperson of the PSC,"); after a link, a role
    is the complement's ("Special Representative of the Secretary-General").
    """
    if match.group().casefold() in joins():
        return named and role_at(text, match.end() + 1, vocab) is not None
    if previous in vocab.complement_links and previous not in joins():
        return False
    role = role_at(text, match.start(), vocab)
    return role is not None and role.has_article


_CLOSING_BEFORE: Final = compile_pattern(r"\)\s*$")
"""A closing parenthesis right before a joining word (spaces between)."""
_CLOSING_REACH: Final = 24
"""Characters searched back for it: a bounded window, not the text before."""


def join_ends(text: str, word: re.Match[str], folded: str, vocab: PersonVocabulary) -> bool:
    """Whether a joining word ``word`` (``folded``) ends the office instead of joining another.

    Or a link to where the office sits, after the body's acronym (``office_place_links``).

    "auprès de Madame la ministre et Marie X": a listed given name or an honorific opens
    another person;
    "de l'Agence aldorienne (AAC) et de X": the body's acronym closed the office.
    """
    place = folded in vocab.office_place_links  # "… (CFJ) au Ministère de la Justice"
    if not place and folded not in joins():
        return False
    spaces = SPACES_AT.match(text, word.end())
    after = spaces.end() if spaces is not None else word.end()
    closed = _CLOSING_BEFORE.search(text, max(0, word.start() - _CLOSING_REACH), word.start())
    if closed is not None:
        # « l'ambassadrice de la République Centrafricaine (RCA) et doyenne du corps
        # diplomatique, Mme X »: a noun in lower case after the joining word, no link nor
        # article, is the same holder's second title, not another person's.
        following = word_at(text, after)
        return (
            place
            or following is None
            or not following.group()[0].islower()
            or following.group().casefold().replace("’", "'") in vocab.complement_links
            or article_at().match(text, after) is not None
        )
    if place:
        return False
    # "… of the Coastal Planning Authority and H.E. X, the Speaker": an honorific opens a person.
    return (
        vocab.honorific.match(text, after) is not None
        or vocab.retinue.match(text, after) is not None  # "… and senior officials"
        or _given_name_at(text, word.end(), vocab)
    )


def _given_name_at(text: str, position: int, vocab: PersonVocabulary) -> bool:
    """Whether a capitalised given name of the list is the next word ("et (de) Marie …")."""
    word = word_at(text, position)
    if word is not None and word.group().casefold() in vocab.complement_links:
        word = word_at(text, word.end())  # "et de Marc X": the link repeated
    return (
        word is not None
        and starts_capital(word.group())
        and word.group().casefold() in given_names()
    )


@functools.cache
def joins() -> frozenset[str]:
    """Words joining two offices: "and", "et", "or", "ou"."""
    return frozenset({*person_words("coordinators"), *person_words("alternatives")})
