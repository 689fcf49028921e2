"""Normalise a role phrase: the party it names moves out of the role into the affiliation."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

from communique.extract.role_capitals import closes_body_name
from communique.extract.role_complement import ACRONYM
from communique.extract.role_ends import joins
from communique.extract.role_heads import WORD_ENDING
from communique.extract.role_states import (
    formal_state_before,
    linked_party,
    state_named,
    styled_state_before,
)
from communique.lexicon import LANGUAGES
from communique.lexicon.persons import article_at, person_vocabulary, person_words
from communique.patterncache import compile_pattern
from communique.wordtrie import alternation

if TYPE_CHECKING:
    from collections.abc import Sequence

    from communique.gazetteer import PartyHit

__all__ = ["normalize_role"]

_ORGANISATION: Final = "org:"
"""The prefix of an organisation's gazetteer key."""
_NOUN_AFTER: Final = compile_pattern(r"[ \t]+([^\W\d_])[^\W\d_]")
"""A word right after a party's name inside an office (a noun when capitalised)."""


@functools.cache
def _abroad() -> re.Pattern[str]:
    """What says, after a demonym in an office, that a state's nationals live abroad."""
    phrases = [phrase for lang in LANGUAGES for phrase in person_vocabulary(lang).nationals_abroad]
    return compile_pattern(rf"[ \t]+(?i:{alternation(phrases)})(?!\w)")


def _closes_role(text: str, hit: PartyHit, end: int) -> bool:
    """Whether a demonym ends the role after a common noun.

    "secrétaire aux affaires étrangères indien" is India's; "présidente de la Commission
    européenne" names a body; after a link or an article the demonym is a noun of people,
    the office's complement: "ministre chargé des Marocains".
    """
    if hit.end != end:
        return False
    before = WORD_ENDING.search(text, max(0, hit.start - 40), hit.start)
    if before is None or before.group(1).casefold() in _noun_links():
        return False
    if before.group(1).casefold() in person_words("coordinators"):
        return False  # "ministre des Affaires étrangères et européennes": a portfolio's
    # "conseiller spécial du Président togolais": an office in capitals is no body's name.
    return before.group(1)[0].islower() or _is_office(before.group(1))


def _is_office(word: str) -> bool:
    """Whether ``word`` alone is an office's head in a shipped language ("Président")."""
    return any(person_vocabulary(code).role.fullmatch(word) is not None for code in LANGUAGES)


def _posted_at(text: str, cursor: int, link_start: int) -> bool:
    """Whether the word before a party's link says where an office sits ("auprès de …")."""
    words = text[cursor:link_start].split()
    return bool(words) and words[-1].casefold() in _place_links()


@functools.cache
def _place_links() -> frozenset[str]:
    """Words linking an office to where it sits, of every language ("auprès")."""
    return frozenset(
        word for code in LANGUAGES for word in person_vocabulary(code).office_place_links
    )


@functools.cache
def _noun_links() -> frozenset[str]:
    """Links and articles after which a demonym is a noun: "des", "les", "the"."""
    return frozenset(
        word
        for key in ("party_links", "articles")
        for phrase in person_words(key)
        for word in phrase.split()[-1:]
    )


def normalize_role(
    text: str, start: int, end: int, hits: Sequence[PartyHit], head_end: int | None = None
) -> tuple[str, str | None]:
    """The role of ``text[start:end]`` in lower case, and the party it names.

    The party ("de la République française", "du Japon", a demonym right after the head
    as in "ministre français de la défense") moves out of the role into the affiliation,
    as an analyst records it; "présidente de la Commission européenne" keeps its adjective.

    >>> from communique.gazetteer import gazetteer
    >>> phrase = "le ministre de la défense du Japon"
    >>> normalize_role(phrase, 0, len(phrase), gazetteer("fr").find(phrase))
    ('ministre de la défense', 'JP')
    """
    pieces, cursor, affiliation = [], start, None
    abroad: str | None = None  # the state whose nationals abroad the office serves
    national: str | None = None  # the state a body's name ends with (« Parti … Gabonais »)
    for hit in sorted(hits, key=lambda h: h.start):
        if not start <= hit.start < hit.end <= end or len(hit.keys) != 1:
            continue
        cut, stop = hit.start, hit.end
        state = state_named(text, hit, cursor, end, head_end) if hit.form == "adjective" else None
        if state is not None:  # "de la République algérienne": the state, not the office
            (cut, stop), affiliation = state, affiliation or hit.keys[0]
            pieces.append(text[cursor:cut])
            cursor = stop
            continue
        if (
            hit.form == "adjective"
            and head_end is not None
            and (hit.start < head_end or text[head_end : hit.start].strip())
            and not _closes_role(text, hit, end)
        ):
            if _abroad().match(text, hit.end):  # "… et des Sénégalais de l'extérieur"
                abroad = abroad or hit.keys[0]
            elif _national_body(text, hit):
                national = national or hit.keys[0]
            continue  # part of the head, or not next to it: "Commission européenne"
        if hit.form == "name":
            if affiliation is not None:  # the post's place: "auprès de la République …"
                continue
            if _in_longer_name(text, hit.end, end):
                continue  # "Head of the EU and Multilateral Affairs Department": a unit's name
            linked = linked_party().search(text, cursor, hit.start)
            if linked is None:
                linked = styled_state_before(text, hit, cursor)
            if linked is None:
                continue
            if _posted_at(text, cursor, linked.start()):
                # "représentant permanent auprès de l'Organisation des Nations unies": where
                # the office sits, kept in the office; the holder serves another party.
                continue
            if hit.keys[0].startswith(_ORGANISATION) and _in_charge(text, linked.start()):
                # « ministre délégué chargé de la Francophonie »: the portfolio, no employer.
                continue
            if hit.keys[0].startswith(_ORGANISATION) and _coordinated().search(
                text, cursor, linked.start()
            ):
                # "ministre de l'Intégration régionale, de la CEDEAO et de …",
                # "aux affaires étrangères et du Commonwealth": a portfolio, not the employer.
                continue
            # "of the African Union Commission": the party qualifies the noun after it,
            # which keeps the link ("chairperson of the commission").
            noun = _NOUN_AFTER.match(text, hit.end, end)
            cut = hit.start if noun is not None and noun.group(1).isupper() else linked.start()
            # "de la République coopérative du Guyana": a long form the gazetteer lacks.
            formal = formal_state_before().search(text, cursor, linked.start())
            cut = formal.start() if formal is not None and cut == linked.start() else cut
        pieces.append(text[cursor:cut])
        cursor = stop
        affiliation = affiliation or hit.keys[0]
    pieces.append(text[cursor:end])
    role = " ".join(pieces)
    if "(" in role:  # "of the African Union (AU) Commission"
        role = ACRONYM.sub("", role)
    # "président de la République X, président en exercice": no space left before the comma.
    role = " ".join(role.split()).replace(" ,", ",").strip(" ,")
    # A match at the start and a slice, not a scan.
    article = article_at().match(role)
    role = (role[article.end() :] if article else role).casefold()
    if affiliation is not None:
        role = _republic_office(text[start:end], role)
    return role, affiliation or abroad or national


def _in_charge(text: str, link: int) -> bool:
    """Whether the word before a party's link gives an office its charge (``charge_links``)."""
    before = WORD_ENDING.search(text, max(0, link - 40), link)
    return before is not None and before.group(1).casefold() in _charge_links()


@functools.cache
def _charge_links() -> frozenset[str]:
    return frozenset(w.casefold() for w in person_words("charge_links"))


def _national_body(text: str, hit: PartyHit) -> bool:
    """Whether a state's adjective closes a body's name in capitals, the body's state.

    « secrétaire général du Rassemblement Populaire Malien »: the party is Mali's, and so
    is the office; the adjective stays in the office's name.
    """
    capitalised = text[hit.start : hit.start + 1].isupper()
    state = not hit.keys[0].startswith(_ORGANISATION)
    return capitalised and state and closes_body_name(text, hit.start, _body_nouns())


@functools.cache
def _body_nouns() -> frozenset[str]:
    """Nouns of bodies of every shipped language ("parti", "front"), gathered once."""
    return frozenset(word for code in LANGUAGES for word in person_vocabulary(code).not_name_words)


def _republic_office(source: str, role: str) -> str:
    """The role with its republic kept when the office is named by it.

    « Président de la République du Niger, Chef de l'État »: the state's formal name moves
    to the affiliation, but « président de la République » is the office's own title
    (``republic_offices``), as analysts record it.
    """
    words = " ".join(source.split()).casefold().replace("’", "'")
    article = article_at().match(words)
    words = words[article.end() :] if article else words
    for office in _republic_offices():
        head = office.split()[0]
        if words.startswith(office) and (role == head or role.startswith(f"{head},")):
            return office + role[len(head) :]
    return role


@functools.cache
def _republic_offices() -> tuple[str, ...]:
    """``republic_offices`` of every shipped language, longest first, gathered once."""
    offices = {o for code in LANGUAGES for o in person_vocabulary(code).republic_offices}
    return tuple(sorted(offices, key=len, reverse=True))


@functools.cache
def _coordinated() -> re.Pattern[str]:
    """A comma or a coordinator ending the text before a link: the complement is listed."""
    joins = alternation(person_words("coordinators"), r"[ \t]+")
    return compile_pattern(rf"(?:,|(?<![\w'’])(?:{joins}))[ \t]*$", re.I)


def _in_longer_name(text: str, position: int, end: int) -> bool:
    """Whether a joining word and capitalised words alone end the role after ``position``.

    "the EU and Multilateral Affairs Department": the party opens the name of a
    unit, which stays whole in the role; not "of Valmont and Minister of Trade".
    """
    following = _COORDINATED_NAME.fullmatch(text, position, end)
    if following is None or following.group(1).casefold() not in joins():
        return False
    return all(word[0].isupper() for word in following.group(2).split())


_COORDINATED_NAME: Final = compile_pattern(r"[ \t]+([^\W\d_]+)((?:[ \t]+[^\W\d_][\w'’-]*)+)[ \t]*")
