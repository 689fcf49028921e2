"""An office named by its state's demonym alone, standing for a participant named before.

News copy names a head of state once, then calls them by office and nationality: "X a reçu
…", then "Le président ivoirien a salué …"; "X met …", then "The Ghanaian President
praised …". Such an office says whose office it is but names nobody. When it opens its
sentence (it is the subject the sentence is about), no person the text names holds its
state, and one participant alone, named before it, has no state and no other office, that
participant holds it: the office and its state become theirs. Among several such
participants, those named with that office come first.

An office of the same kind that is an object ("a reçu le ministre ivoirien") may be an
unnamed guest, and does not count.

An office alone that opens a sentence of the text and acts ("La ministre a reçu …", "The
Minister today received …") stands for the one person named before it who holds an office
of that head: a release's masthead names its minister, then the text says "the Minister".
That person takes part. An office said before its holder is named ("Ghana's Foreign
Minister said …", then "Ghana's X") is the holder's when one person alone holds that state.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import TYPE_CHECKING, Final

import attrs

from communique.gazetteer import gazetteer
from communique.lexicon.persons import person_vocabulary, person_words, predicate_at
from communique.patterncache import compile_pattern
from communique.wordtrie import phrase_key

if TYPE_CHECKING:
    from communique.document import Document, PersonHit
    from communique.model import Language, Person

__all__ = ["with_office_anaphors"]

_OPENING_REACH: Final = 40
"""Characters before an office searched for the start of its sentence."""
_SENTENCE_OPENING: Final = compile_pattern(
    r"(?:^|[.!?:;\n«»“”\"])[ \t]*(?:[^\W\d_][\w'’-]*[ \t]+){0,2}$"
)
"""A sentence's start, then at most an article and a demonym before the office ("The
Ghanaian President"): the office is the sentence's subject."""
_COMMA_ARTICLE: Final = compile_pattern(r",[ \t]+(?:[^\W\d_][\w'’-]*[ \t]+){0,2}$")
"""A comma, then at most an article and a demonym before the office."""


def with_office_anaphors(
    doc: Document, persons: tuple[Person, ...], offices: list[PersonHit]
) -> tuple[Person, ...]:
    """``persons``, each participant an office with a demonym stands for given that office.

    ``offices`` are the unattached offices (no name) in document order.
    """
    entries = gazetteer(doc.lang).entries
    found = list(persons)
    held = {person.affiliation for person in persons}
    standing = _standing_heads(doc.lang)
    for office in offices:
        state = entries.get(office.affiliation) if office.affiliation else None
        if state is None or state.name in held:
            continue
        if not (_opens_sentence(doc, office.start) or _subject_after_comma(doc, office)):
            continue
        candidates = [
            index
            for index, person in enumerate(found)
            if person.participant
            and person.affiliation is None
            and (
                person.role in {None, office.role, office.head}
                or (office.head is not None and _bare(office.head) in standing)
                # "le président ivoirien" after "le Président de la République, X"
                or (office.head is not None and _state_office(person.role, office.head))
            )
            and person.mentions
            and person.mentions[0].start < office.start
        ]
        holders = [i for i in candidates if found[i].role in {office.role, office.head}]
        if len(candidates) > 1 and holders:
            # "Le président X … a un entretien avec Y … le président sénégalais": the one
            # named with that office, not a participant whose office is unsaid or another.
            candidates = holders
        if len(candidates) == 1:
            person = found[candidates[0]]
            found[candidates[0]] = attrs.evolve(
                person, role=person.role or office.role, affiliation=state.name
            )
            held.add(state.name)
    return _acting_holders(doc, _offices_named_later(doc, tuple(found), offices), offices)


@functools.cache
def _standing_heads(language: Language) -> frozenset[str]:
    """Heads any leader's office takes ("Le dirigeant japonais" after "le Premier ministre X").

    Keys of ``_bare``: « le Chef de l’Etat » is written without its accent as often as not.
    """
    return frozenset(_bare(head) for head in person_words("standing_heads", language))


@functools.cache
def _bare(head: str) -> str:
    """A head case-folded, its apostrophes unified and its accents dropped."""
    decomposed = unicodedata.normalize("NFKD", phrase_key(head))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _offices_named_later(
    doc: Document, persons: tuple[Person, ...], offices: list[PersonHit]
) -> tuple[Person, ...]:
    """``persons``, the one person of a state given the office of that state said before.

    Wire copy states an office first and names its holder later: "…, Ghana's Foreign
    Minister told reporters. … Ghana's X said …". When one person alone holds that state
    and states no office, the office is theirs; when the office acts in the opening
    sentence, its holder takes part.
    """
    entries = gazetteer(doc.lang).entries
    found = list(persons)
    of_state: dict[str, list[int]] = {}  # one pass: offices and persons are read once each
    for index, person in enumerate(found):
        if person.affiliation is not None:
            of_state.setdefault(person.affiliation, []).append(index)
    for office in offices:
        state = entries.get(office.affiliation) if office.affiliation else None
        holders = of_state.get(state.name, []) if state is not None else []
        if office.role is None or len(holders) != 1:
            continue
        person = found[holders[0]]
        if not person.mentions or person.mentions[0].start < office.start:
            continue
        if person.role is None:
            person = attrs.evolve(person, role=office.role)
        if office.lead and office.agent and not office.non_agent:
            # "… le chef de l'État français arrive à Yaoundé …", then "Emmanuel X": the one
            # person of that state, named later, is the opening sentence's actor.
            person = attrs.evolve(person, participant=True)
        found[holders[0]] = person
    return tuple(found)


def _acting_holders(
    doc: Document, persons: tuple[Person, ...], offices: list[PersonHit]
) -> tuple[Person, ...]:
    """``persons``, the one holder of an office that acts alone in the text taking part.

    Only a holder named before the office's first bare mention: "Le Premier ministre a
    rendu compte de sa visite … son homologue, le Premier ministre X. Le Premier ministre a
    ensuite …" speaks of an unnamed Prime Minister throughout, not of X.
    """
    found = list(persons)
    first: dict[str, int] = {}
    for office in offices:
        if office.head is not None:
            first.setdefault(office.head, office.start)
    acting = {
        office.head
        for office in offices
        if office.head is not None
        and office.affiliation is None
        and office.paragraph is not None
        and office.agent
        and not office.non_agent
        and _opens_sentence(doc, office.start)
    }
    for head in acting:  # the holders of a head are read once, not once per mention
        holders = [
            index
            for index, person in enumerate(found)
            if person.mentions
            and person.mentions[0].start < first[head]
            and _headed_by(person.role, head)
        ]
        if len(holders) == 1 and not found[holders[0]].participant:
            found[holders[0]] = attrs.evolve(found[holders[0]], participant=True)
    return tuple(found)


def _state_office(role: str | None, head: str) -> bool:
    """Whether a role is the head's office of the state itself ("président de la république").

    Not another body's ("président du sénat"): ``state_complements``.
    """
    if role is None or not role.startswith(f"{head} "):
        return False
    rest = phrase_key(role[len(head) + 1 :])
    return rest in {phrase_key(words) for words in person_words("state_complements")}


def _headed_by(role: str | None, head: str) -> bool:
    """Whether a role opens with the head ("minister for foreign affairs": "minister")."""
    return role is not None and (role == head or role.startswith(f"{head} "))


def _subject_after_comma(doc: Document, office: PersonHit) -> bool:
    """Whether the office follows a fronted adverbial's comma and a verb follows it.

    « Enfin, jeudi, avant de reprendre l'avion, le président sénégalais ira à … », "On
    Thursday, the Senegalese President will visit …": the subject, its sentence's topic.
    """
    window = max(0, office.start - _OPENING_REACH)
    if _COMMA_ARTICLE.search(doc.original, window, office.start) is None:
        return False
    return predicate_at(doc.original, office.end, person_vocabulary(doc.lang))


def _opens_sentence(doc: Document, start: int) -> bool:
    window = max(0, start - _OPENING_REACH)
    return _SENTENCE_OPENING.search(doc.original, window, start) is not None
