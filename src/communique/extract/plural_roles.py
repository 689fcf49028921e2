"""Names listed after a plural role ("Ministers A and B"), each given the singular office."""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.extract.names import Name, parse_name, skip_honorifics
from communique.extract.person_constructions import (
    Found,
    Role,
    Taken,
    is_institution,
    is_plain_name,
)
from communique.extract.role_affiliation import normalize_role
from communique.extract.roles import read_role
from communique.lexicon.persons import folded_articles, person_words
from communique.patterncache import compile_pattern
from communique.wordtrie import alternation, phrase_key

if TYPE_CHECKING:
    from communique.extract.role_holders import RolePhrase
    from communique.gazetteer import Gazetteer
    from communique.lexicon.persons import PersonVocabulary

__all__ = ["list_link", "party_link", "with_plural_roles"]

_SPACES: Final = compile_pattern(r"[ \t]*")
_APPOSED_COMMA: Final = compile_pattern(r"[ \t]*,[ \t]*")
_SPACED: Final = compile_pattern(r"[ \t]+")
_GAP_WORD: Final = compile_pattern(r"\w+['’]?|,")
"""The words (an elided article with its apostrophe) and commas between listed states."""
_GAP_OTHER: Final = compile_pattern(r"[^\w\s,'’]")
"""Anything else between two listed states: they are not one list."""
_FULL_NAME_WORDS: Final = 2
"""Words at least of an untitled name listed after a comma: a given and a family name."""
_NOTE: Final = compile_pattern(r"[ \t]*\([^()\n]{1,30}\)")
"""A short note in brackets after a listed holder: a group and a state ("(EPP, HU)")."""
_COUNTERPART_REACH: Final = 120
"""Characters before or after plural counterparts that can hold the states they serve."""


@functools.cache
def list_link() -> re.Pattern[str]:
    """Between the items of a list of names: a comma, a coordinator or both."""
    joins = alternation(person_words("coordinators"))
    return compile_pattern(rf"\s*,\s*(?:(?:{joins})\s+)?|\s+(?:{joins})\s+")


@functools.cache
def _apposed_list() -> re.Pattern[str]:
    """A comma or an opening bracket between a plural role and the list of its holders.

    A respective marker may follow the comma: « les chefs de la diplomatie des deux pays,
    respectivement A et B », "the foreign ministers of the two countries, respectively A and
    B" (``respective_markers``).
    """
    markers = alternation(person_words("respective_markers"))
    return compile_pattern(rf"[ \t]*[,(:][ \t]*(?:(?i:{markers})[ \t]*,?[ \t]*)?")


def with_plural_roles(
    text: str,
    vocab: PersonVocabulary,
    entities: dict[int, int],
    parties: Gazetteer,
    cues: list[re.Match[str]],
    taken: Taken,
    *,
    body: str | None = None,
) -> None:
    """Names listed after a plural role: "Prime Ministers A and B", "les juges A, B et C".

    The list may stand in apposition, after a comma, when it names two holders at least:
    "Les deux ministres, Mme A et M. B, poursuivront …", "their Foreign Ministers, A and B,".
    In a headline (``body`` given: the text below it), only names the body names again:
    "Ministers Stress Swift and Full Delivery of …" lists no one.
    """
    for match in cues:
        if taken.overlaps(match.start(), match.end()):
            continue
        if _in_body_name(text, match.start(), vocab):
            continue  # « la Chambre des députés X », "the Council of Ministers X": a body
        singular = vocab.plural_roles.get(" ".join(match.group().casefold().split()), "")
        role = Role(match.start(), match.end(), match.end(), singular or "", singular)
        apposed = _apposed_list().match(text, match.end())
        states: list[str] = []
        paired: list[Found] = []
        pair = vocab.pair_complement.match(text, match.end()) if singular else None
        if apposed is None and pair is not None:  # "the presidents of the two countries, A and B"
            apposed = _apposed_list().match(text, pair.end())
        if apposed is None and singular:  # "the co-chairs of the Council, A and B"
            paired = _paired_counterparts(
                text, vocab, entities, parties, (match.start(), match.end(), role), taken
            )
            if not paired:  # "the Foreign Ministers of Ghana, A, and of Kenya, B"
                # Both readings below start from the same complement: it is read once.
                phrase = read_role(
                    text, role.start, role.start, role.head_end, vocab, entities, named=False
                )
                paired = _paired_after_portfolio(
                    text, vocab, entities, parties, phrase, role, taken
                )
                if not paired:  # "les ambassadeurs du Soudan, M. A, et de la Chine, M. B"
                    fuller, end, states = _plural_complement(text, vocab, parties, phrase, role)
                    apposed = _apposed_list().match(text, end) if end > match.end() else None
                    role, states = (fuller, states) if apposed is not None else (role, [])
        elif not singular and phrase_key(match.group()) in vocab.unstated_roles:
            end, states = _counterpart_states(text, vocab, parties, match)
            apposed = _apposed_list().match(text, end) if end > match.end() else apposed
            if not states:  # "ses homologues du Niger, M. A, et du Tchad, M. B"
                paired = _paired_counterparts(
                    text, vocab, entities, parties, (match.start(), match.end(), role), taken
                )
        cursor = apposed.end() if apposed else match.end()
        demonym = (
            None if apposed or paired or not singular else _demonym_after(text, parties, cursor)
        )
        if demonym is not None:  # « les parlementaires vénézuéliens X et Y »: all of one state
            cursor, state = demonym
            states = [state]
        listed = paired or _plural_list(
            text,
            vocab,
            entities,
            parties,
            (match.start(), cursor, role),
            taken,
            apposed=apposed is not None,
        )
        if demonym is not None:
            listed = [_held_for(found, states[0]) for found in listed]
        if body is not None:
            listed = [f for f in listed if f.name is None or _named_again(f.name, body)]
        if len(states) == len(listed):  # "the Ministers of A and B, X and Y": respectively
            listed = [_held_for(found, state) for found, state in zip(listed, states, strict=True)]
        for found in listed if apposed is None or len(listed) > 1 else ():
            prior = taken.named_at(found.start)
            if prior is not None:  # "les ministres, M. A et Mme B": titled, now with a role
                taken.remove(prior)
                found = attrs.evolve(
                    found, start=prior.start, anchor=min(found.anchor, prior.anchor)
                )
            taken.add(found)


_DEMONYM_REACH: Final = 40
"""Characters after a plural role searched for the demonym that follows it."""


def _in_body_name(text: str, start: int, vocab: PersonVocabulary) -> bool:
    """Whether a plural office completes a capitalised body's name through a link.

    « le président de la Chambre des députés Karl X », "the Chairman of the Council of
    Ministers Y": the office names the body's members, not the holders listed after it.
    """
    words = text[max(0, start - _BODY_REACH) : start].split()
    return (
        len(words) > 1
        and words[-1].casefold() in vocab.complement_links
        and words[-1].casefold() not in folded_articles()  # "In Valmont, the Ministers A and B"
        and words[-2][:1].isupper()
        and words[-2][-1:].isalpha()
    )


_BODY_REACH: Final = 40
"""Characters before a plural office read for the body it completes."""


def _demonym_after(text: str, parties: Gazetteer, end: int) -> tuple[int, str] | None:
    """The one state named right after a plural role, and where it ends: « vénézuéliens »."""
    piece = text[end : end + _DEMONYM_REACH]
    hit = next(iter(parties.find(piece)), None)
    if hit is None or len(hit.keys) != 1 or not piece[: hit.start].isspace():
        return None
    return end + hit.end, hit.keys[0]


def _named_again(name: Name, body: str) -> bool:
    """Whether ``body`` writes the name's words again, in order, as whole words."""
    words = (*name.given, *name.family)
    spelled = r"\s+".join(re.escape(word) for word in words)
    return bool(words) and re.search(rf"(?<!\w){spelled}(?!\w)", body) is not None


def _plural_complement(
    text: str, vocab: PersonVocabulary, parties: Gazetteer, phrase: RolePhrase, role: Role
) -> tuple[Role, int, list[str]]:
    """A plural role with its complement, where the complement ends, and the states it names.

    "les coprésidents du Conseil, A et B": each holder is "coprésident du conseil". "the
    Foreign Ministers of Aldoria and Lirava, A and B": each is "foreign minister", and the
    states, when as many as the holders, are theirs in order. ``phrase`` is the role read
    without a holder (``read_role(..., named=False)`` from its start).
    """
    if phrase.end <= role.head_end:
        return role, role.end, []
    end = _listed_states_end(text, vocab, parties, phrase.end)
    hits = [h for h in parties.find(text[role.head_end : end]) if len(h.keys) == 1]
    piece = text[role.head_end : end]
    listed = len(hits) > 1 and all(
        _only_links(piece[left.end : right.start], vocab)
        for left, right in itertools.pairwise(hits)
    )
    if listed:  # one state each: the shared office stops before the first
        piece = _without_last_links(piece[: hits[0].start], vocab)
    complement, _ = normalize_role(piece, 0, len(piece), [] if listed else hits)
    singular = f"{role.singular} {complement}".strip() if complement else role.singular
    if listed:
        return attrs.evolve(role, singular=singular), end, [h.keys[0] for h in hits]
    return attrs.evolve(role, end=phrase.end, singular=singular), phrase.end, []


_STATES_REACH: Final = 160
"""Characters after a role's complement read for the rest of its list of states."""


def _listed_states_end(text: str, vocab: PersonVocabulary, parties: Gazetteer, end: int) -> int:
    """Where the list of states that a role's complement opens ends, past its commas.

    "the Foreign Ministers of France, Germany and Poland, A, B and C": the role's reading
    stops at the first comma; the states after it, each set off by a comma or a link only,
    are the list's too (a holder's name after a comma ends it).
    """
    while True:
        window = text[end : end + _STATES_REACH]
        hit = next(iter(parties.find(window)), None)
        gap = window[: hit.start] if hit is not None else ""
        if hit is None or len(hit.keys) != 1 or not gap.strip() or not _only_links(gap, vocab):
            return end
        end += hit.end


def _counterpart_states(
    text: str, vocab: PersonVocabulary, parties: Gazetteer, match: re.Match[str]
) -> tuple[int, list[str]]:
    """The states of plural counterparts, one each in order, and where their list ends.

    "his Norwegian and Swedish counterparts, A and B", "ses homologues sénégalais et
    ivoirien, MM. A et B", "her counterparts from Ghana and Kenya, A and B": the states
    stand just before the word, or just after it (maybe after a link), joined by links.
    Fewer than two states give none: one is every counterpart's or the first one's.
    """
    start = max(0, match.start() - _COUNTERPART_REACH)
    hits = [h for h in parties.find(text[start : match.start()]) if len(h.keys) == 1]
    before: list[str] = []
    edge = match.start() - start
    for hit in reversed(hits):
        gap = text[start + hit.end : start + edge]
        if not (gap.isspace() if not before else _only_links(gap, vocab)):
            break
        before.insert(0, hit.keys[0])
        edge = hit.start
    if len(before) > 1:
        return match.end(), before
    piece = text[match.end() : match.end() + _COUNTERPART_REACH]
    after: list[str] = []
    end = 0
    for hit in parties.find(piece):
        gap = piece[end : hit.start]
        if len(hit.keys) != 1 or not (
            _counterpart_link().fullmatch(gap) if not after else _only_links(gap, vocab)
        ):
            break
        after.append(hit.keys[0])
        end = hit.end
    return (match.end() + end, after) if len(after) > 1 else (match.end(), [])


def _paired_after_portfolio(
    text: str,
    vocab: PersonVocabulary,
    entities: dict[int, int],
    parties: Gazetteer,
    phrase: RolePhrase,
    role: Role,
    taken: Taken,
) -> list[Found]:
    """Plural holders of one portfolio each named after their state, two pairs at least.

    "les ministres des Affaires étrangères du Niger, M. A, et du Tchad, M. B": each is
    "ministre des affaires étrangères" of the state before the name; the portfolio stops
    at the link before the first state. ``phrase`` is the role read without a holder.
    """
    piece = text[role.head_end : phrase.end]
    first = next((h for h in parties.find(piece) if len(h.keys) == 1), None)
    if first is None:
        return []
    portfolio = _without_last_links(piece[: first.start], vocab)
    if not portfolio.strip():
        return []
    complement, _ = normalize_role(portfolio, 0, len(portfolio), [])
    fuller = attrs.evolve(role, singular=f"{role.singular} {complement}".strip())
    start = role.head_end + len(portfolio)
    return _paired_counterparts(text, vocab, entities, parties, (role.start, start, fuller), taken)


def _paired_counterparts(
    text: str,
    vocab: PersonVocabulary,
    entities: dict[int, int],
    parties: Gazetteer,
    where: tuple[int, int, Role],
    taken: Taken,
) -> list[Found]:
    """Plural counterparts each named after the state they serve, two pairs at least.

    "ses homologues du Niger, M. A, et du Tchad, M. B", "his counterparts from Ghana,
    A, and from Kenya, B", "ses homologues nigérien, M. A, et tchadien, M. B". ``where``:
    the plural role's start, where the pairs start, the role each holder gets.
    """
    role_start, cursor, role = where
    found: list[Found] = []
    while True:
        piece = text[cursor : cursor + _COUNTERPART_REACH]
        hit = next(iter(parties.find(piece)), None)
        lead = _counterpart_link() if not found else _next_counterpart()
        if hit is None or len(hit.keys) != 1 or not lead.fullmatch(piece, 0, hit.start):
            break
        # "of Ghana, A, and of Kenya, B"; without commas, a full name right after its state:
        # "Ministers of Foreign Affairs of Kyrgyzstan A B and the Russian Federation C D"
        comma = _APPOSED_COMMA.match(text, cursor + hit.end) or _SPACED.match(
            text, cursor + hit.end
        )
        if comma is None:
            break
        listed = _plural_list(
            text, vocab, entities, parties, (role_start, comma.end(), role), taken
        )
        if len(listed) != 1 or ("," not in comma.group() and not _full_name(listed[0])):
            break
        item = listed[0] if not found else attrs.evolve(listed[0], anchor=listed[0].start)
        found.append(_held_for(item, hit.keys[0]))
        cursor = item.end
    return found if len(found) > 1 else []


@functools.cache
def _next_counterpart() -> re.Pattern[str]:
    """Between a paired counterpart and the next state: ", et du ", ", and from ", "; and ".

    A semicolon separates pairs that hold commas ("of Peru, A; Kenya, B; and Canada, C"),
    with or without the coordinator, or a comma alone does ("of Greece, Ms A, Ghana, Mr B,
    and Mexico, Mr C", « du Soudan, M. A, de la Chine, M. B, et du Mexique, M. C »).
    """
    joins = alternation(person_words("coordinators"))
    between = rf"(?:[ \t]*[,;]?[ \t]+(?:{joins})[ \t]+|[ \t]*[;,][ \t]+)"
    return compile_pattern(rf"{between}{_counterpart_linked()}", re.I)


@functools.cache
def _counterpart_link() -> re.Pattern[str]:
    """Spaces, or a link, between plural counterparts and their first state: " from "."""
    return compile_pattern(rf"[ \t]+{_counterpart_linked()}", re.I)


@functools.cache
def _counterpart_linked() -> str:
    """An optional link before a counterpart's state, and the space after it unless elided."""
    links = alternation(person_words("counterpart_links"), r"[ \t]+")
    return rf"(?:(?:{links})(?:(?<=['’])|[ \t]+))?"


def _only_links(gap: str, vocab: PersonVocabulary) -> bool:
    """Whether ``gap`` between two states holds commas and links only: ", et de la "."""
    return all(
        word == "," or word.casefold().replace("’", "'") in vocab.complement_links
        for word in _GAP_WORD.findall(gap)
    ) and not _GAP_OTHER.search(gap)


def _without_last_links(phrase: str, vocab: PersonVocabulary) -> str:
    """``phrase`` without the links that end it: "des Affaires étrangères du " → "… étrangères"."""
    words = list(_GAP_WORD.finditer(phrase))
    while words and words[-1].group().casefold().replace("’", "'") in vocab.complement_links:
        phrase = phrase[: words.pop().start()]
    return phrase.rstrip()


def _full_name(found: Found) -> bool:
    """Whether a listed holder is named by a given and a family name ("Karl Lirov")."""
    return found.name is not None and bool(found.name.given) and bool(found.name.family)


def _held_for(found: Found, state: str) -> Found:
    """``found`` with its role held for ``state``."""
    assert found.role is not None  # a plural list always carries its role
    return attrs.evolve(found, role=attrs.evolve(found.role, party=state))


def _state_after(
    text: str, end: int, entities: dict[int, int], parties: Gazetteer
) -> tuple[int, str | None]:
    """The state a listed holder acts for, named after the name, and where it ends.

    "the Co-Chairs (A of France, B of the Russian Federation and C)": each holder's state
    follows the name; without one, the list goes on at ``end``.
    """
    link = party_link().match(text, end)
    state_end = entities.get(link.end()) if link is not None else None
    if link is None or state_end is None:
        return end, None
    key = parties.key_of(text[link.end() : state_end])
    return (state_end, key) if key else (end, None)


@functools.cache
def party_link() -> re.Pattern[str]:
    """Between a listed name and its state: "of the", "de la", "du" (in capitals too: "OF THE")."""
    links = alternation(person_words("party_links"), r"[ \t]+")
    return compile_pattern(rf"[ \t]+(?i:{links})[ \t]*")


def _next_office(
    text: str, cursor: int, start: int, vocab: PersonVocabulary, styles: set[str]
) -> bool:
    """Whether a list's next item opens on an office, plural or held by a style.

    "… and Attorney General C", "… and Ambassador C" (a style that is an office, not that
    of the items before: "The co-chairs, Ambassador A and Ambassador B" is one list),
    "… and Principal Secretaries C and D": another office's holders, the list ends.
    """
    opening = _SPACES.match(text, cursor).end()  # type: ignore[union-attr]
    plural = vocab.plural_role.match(text, opening) if vocab.plural_role else None
    style = text[opening:start].strip()
    styled = bool(style) and style not in styles and vocab.role.match(text, opening) is not None
    return vocab.role.match(text, start) is not None or styled or plural is not None


def _plural_list(
    text: str,
    vocab: PersonVocabulary,
    entities: dict[int, int],
    parties: Gazetteer,
    where: tuple[int, int, Role],
    taken: Taken,
    *,
    apposed: bool = False,
) -> list[Found]:
    """The names listed from ``cursor`` after the plural ``role`` starting at ``role_start``.

    After a comma (``apposed``), a bare word is no holder's name but the complement's list
    going on: « les ministres des régions de Ziguinchor, Sédhiou et Kolda »; a full name or
    a titled one is ("the Foreign Ministers, A B and C D").
    """
    role_start, cursor, role = where
    found: list[Found] = []
    styles: set[str] = set()  # the styles of the items read ("Ambassador")
    while True:
        start = skip_honorifics(text, cursor, vocab)
        if found and _next_office(text, cursor, start, vocab, styles):
            break  # "Cabinet Secretaries A, B and Attorney General C": another office's holder
        styles.add(text[_SPACES.match(text, cursor).end() : start].strip())  # type: ignore[union-attr]
        name = parse_name(text, start, vocab, entities)
        if name is None or name.start in entities:
            break
        titled = start > _SPACES.match(text, cursor).end()  # type: ignore[union-attr]
        # "Ministers Wong and Marles": a family name alone names the holder of the role.
        plain = is_plain_name(name, vocab, parties, need_given=False)
        if is_institution(name, vocab) or not (titled or plain):
            break
        if apposed and not titled and len(name.given) + len(name.family) < _FULL_NAME_WORDS:
            break
        prior = taken.named_at(name.start)
        untitled = prior is not None and prior.role is None and prior.end == name.end
        if taken.overlaps(name.start, name.end) and not (titled and untitled):
            break
        anchor = role_start if not found else name.start
        item = Found(anchor, name.start, name.end, name.end, name, role)
        after, state = _state_after(text, name.end, entities, parties)
        found.append(item if state is None else _held_for(item, state))
        note = _NOTE.match(text, after) if state is None else None
        after = note.end() if note is not None else after  # "Mr X (EPP, HU), Ms Y (S&D, LV)"
        link = list_link().match(text, after)
        if link is None:
            break
        cursor = link.end()
    return found
