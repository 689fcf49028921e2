"""Extract every place a state or organisation is named (names, demonyms, compounds)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

import communique.readings as readings
from communique.document import PartyMention
from communique.lexicon.capitals import CapitalHit, capitals
from communique.lexicon.parties import party_lexicon
from communique.lexicon.party_cues import party_cues
from communique.lexicon.persons import person_words
from communique.lexicon.structure import structure_words
from communique.patterncache import compile_pattern
from communique.structure.header import opening_end
from communique.wordtrie import trie_pattern

if TYPE_CHECKING:
    from communique.document import Document, Unit
    from communique.hits import PartyHit
    from communique.model import Language

__all__ = ["extract_party_mentions", "other_name_tails", "qualifies_portfolio"]

_PLACE_REACH: Final = 50
"""Characters before a party searched for the preposition (and place) that locates it."""
_OPENING_BRACKET: Final = compile_pattern(r"[ \t]*[(\[][ \t]*")
_HYPHENED_PLACE: Final = compile_pattern(r"\w-[^\W\d_A-ZÀ-Þ]{1,4}-$")
"""A place's name joined by hyphens around a small word before the party's: "Port-of-"."""
_HYPHENED_REACH: Final = 8
_JOINED_HEAD: Final = 2
"""Words of a head joined by a coordinator: "Mediation and"."""
_HEAD_REACH: Final = 40
"""Characters before an organisation's name searched for the head of a longer name."""
_DATELINE_OPENING: Final = re.compile(r"[^\w\n]{0,4}")
"""An emoji, a bracket or a bullet before a dateline's place ("📅 Québec, …")."""
_DATELINE_CITY: Final = re.compile(
    r"[^\w\n]{0,4}[A-ZÀ-Þ][\w'’.-]*(?:[ \t-][A-ZÀ-Þ][\w'’.-]*){0,3}[ \t]*,[ \t]*"
)
"""The city before its state opening a dateline ("Addis-Abeba, Éthiopie – 7 juillet …")."""
_OFFICE_REACH: Final = 80
"""Characters before an organisation's name searched for the office whose portfolio it is."""


_ARTICLE_REACH: Final = 8
"""Characters before a demonym searched for its article."""


def extract_party_mentions(doc: Document) -> tuple[PartyMention, ...]:
    """Find party names in the title and paragraphs, with their paragraph and lead flag.

    Choosing which parties the communiqué is between is a later, resolving step.
    """
    found: list[PartyMention] = []
    units: list[tuple[int | None, Unit]] = [(None, doc.title)] if doc.title is not None else []
    units += [(index, paragraph.unit) for index, paragraph in enumerate(doc.paragraphs)]
    # Closing lines (a signature, a list of signatories) come after the last paragraph.
    units += [(len(doc.paragraphs) + k, unit) for k, unit in enumerate(doc.closing)]
    for index, unit in units:
        if not unit.text:
            continue
        lead = opening_end(doc, unit.text) if index == 0 else -1
        hits = readings.party_hits(doc, unit.text)
        language = readings.language(doc, unit.text)
        place = _dateline_place(doc, unit.text, hits) if index == 0 else 0
        placed_before: tuple[PartyHit, bool] | None = None
        for previous, hit in zip((None, *hits), hits, strict=False):
            if _tail_of_other_name(unit.text, hit, previous, language, title=index is None):
                continue
            if _in_office_name(unit.text, hit, language):
                continue
            if _HYPHENED_PLACE.search(unit.text, max(0, hit.start - _HYPHENED_REACH), hit.start):
                continue  # "Port-of-Spain": a city's name, not Spain
            if _noun_demonym(unit.text, hit, language):
                continue  # « un Européen convaincu »: a person's quality, no party
            if party_cues(language).modifier_suffix.match(unit.text, hit.end):
                continue  # "the ASEAN-related meetings": what the meetings relate to
            if _place_feature(unit.text, hit, language):
                continue  # "the Indian Ocean", « le golfe de Guinée »: a place, no party
            start, end = unit.span(hit.start, hit.end)
            placed = _placed(unit.text, hit, language)
            if placed_before is not None and _bracketed_after(unit.text, placed_before[0], hit):
                placed = placed_before[1]  # "dans les États membres de l'Union … (UEMOA)"
            placed_before = (hit, placed)
            opening = place <= hit.start < lead and not placed
            found.append(PartyMention(start, end, hit.keys, index, opening))
        for capital in _acting_capitals(doc, unit.text, hits):
            start, end = unit.span(capital.start, capital.end)
            opening = place <= capital.start < lead
            found.append(PartyMention(start, end, (capital.key,), index, opening))
    found.sort(key=lambda mention: mention.start)
    return tuple(found)


_COORDINATED_CAPITAL: Final = compile_pattern(r"[ \t]+(\w+)[ \t]+")
"""The word between two capitals, set off by spaces: "and", « et » when it coordinates."""
_VERB_AFTER: Final = compile_pattern(r"[ \t]+[^\W\d_A-ZÀ-Þ]")
"""A word in lower case right after the pair: its verb ("agreed", « vont »)."""


def _acting_capitals(doc: Document, text: str, hits: tuple[PartyHit, ...]) -> list[CapitalHit]:
    """Two capitals opening a sentence as its subject, standing for their states.

    "Paris and Bamako agreed to relaunch …", « Paris et Bamako vont relancer … »,
    "Washington and Kyiv signed …": two capitals of two states, coordinated, before a verb
    in lower case. A capital alone is a place ("Paris hosted …" reads either way).
    """
    table, coordinators = capitals(), _coordinators()
    taken = {hit.start for hit in hits}
    found: list[CapitalHit] = []
    for start, _ in readings.sentences(doc, text):
        first = table.match(text, start)
        if first is None or first.start in taken:
            continue
        link = _COORDINATED_CAPITAL.match(text, first.end)
        if link is None or link.group(1).casefold() not in coordinators:
            continue
        second = table.match(text, link.end())
        if second is None or second.key == first.key or second.start in taken:
            continue
        if _VERB_AFTER.match(text, second.end) is None:
            continue
        found += [first, second]
    return found


def other_name_tails(
    text: str, hits: tuple[PartyHit, ...], language: Language, *, title: bool = False
) -> frozenset[int]:
    """The starts of the hits that end another body's name ("the National Security Council")."""
    return frozenset(
        hit.start
        for previous, hit in zip((None, *hits), hits, strict=False)
        if _tail_of_other_name(text, hit, previous, language, title=title)
    )


def _noun_demonym(text: str, hit: PartyHit, language: Language) -> bool:
    """Whether a capitalised demonym after an indefinite article names a person: « un Français »."""
    if hit.form != "adjective" or not text[hit.start : hit.start + 1].isupper():
        return False
    low = max(0, hit.start - _ARTICLE_REACH)
    return party_cues(language).noun_demonym.search(text, low, hit.start) is not None


def _place_feature(text: str, hit: PartyHit, language: Language) -> bool:
    """Whether a sea's or a land's word around the name makes it a place's.

    "the Indian Ocean Conference", "the South China Sea", « le golfe de Guinée », « l'océan
    Indien »: a place named after the state, not the state.
    """
    cues = party_cues(language)
    if cues.place_feature_after.match(text, hit.end) is not None:
        return True
    low = max(0, hit.start - _FEATURE_REACH)
    return cues.place_feature_before.search(text, low, hit.start) is not None


_FEATURE_REACH: Final = 24
"""Characters before a name read for a sea's or a land's word ("Gulf of the ")."""


def _bracketed_after(text: str, name: PartyHit, hit: PartyHit) -> bool:
    """Whether ``hit`` is the same party's acronym in brackets right after its ``name``."""
    return (
        set(hit.keys) == set(name.keys)
        and _OPENING_BRACKET.fullmatch(text, name.end, hit.start) is not None
    )


def _dateline_place(doc: Document, text: str, hits: tuple[PartyHit, ...]) -> int:
    """Where the date of a dateline opening the first paragraph starts, or 0 if none does.

    "QUÉBEC, le 10 mars 2026 /CNW/ - …", "Québec (Québec), le …", "Addis-Abeba, Éthiopie –
    7 juillet …": the parties before the date name the place where the text was issued, not
    actors of the opening sentence (the government of Québec acts only if the text says so).
    """
    if not hits or not any(
        opening is not None and hits[0].start == opening.end()
        for opening in (_DATELINE_OPENING.match(text), _DATELINE_CITY.match(text))
    ):
        return 0
    for found in readings.found_dates(doc, text):
        if found.start >= hits[0].end:
            closing = _dateline_closing().match(text[: found.start], hits[0].end)
            return found.start if closing is not None else 0
    return 0


def _tail_of_other_name(
    text: str, hit: PartyHit, previous: PartyHit | None, language: Language, *, title: bool
) -> bool:
    """Whether an organ's name of several words ends another body's name.

    "the National Security Council", "the Mediation and Security Council of ECOWAS": not
    the UN's Council. Only the organs named by common nouns (``issuing_bodies``) are read
    so ("Lammy and United Nations" is no name); a party word before one is no head; in a
    title, whose words may all be capitalised ("Press Statement By Security Council"), only
    a head joined by a coordinator is.
    """
    if hit.keys[0] not in _organs(language) or " " not in text[hit.start : hit.end]:
        return False
    head = party_cues(language).name_head.search(text, max(0, hit.start - _HEAD_REACH), hit.start)
    if head is None or (title and len(head.group().split()) < _JOINED_HEAD):
        return False
    return previous is None or previous.end <= head.start()


def _in_office_name(text: str, hit: PartyHit, language: Language) -> bool:
    """Whether an organisation is a portfolio inside a government office's name.

    "Foreign, Commonwealth & Development Office", "Foreign and Commonwealth Office",
    "Minister for European Union Affairs", "ministre de la Francophonie": the office is a
    state's; the organisation it names is no party. An organisation's adjective qualifying a
    portfolio ("directeur des affaires européennes", "Bureau of African Affairs") is none.
    """
    if not all(key.startswith("org:") for key in hit.keys):
        return False
    if qualifies_portfolio(text, hit, language):
        return True
    cues = party_cues(language)
    start = max(0, hit.start - _OFFICE_REACH)
    if cues.office_opener.search(text, start, hit.start) is not None:
        return True
    tail = cues.portfolio_tail.match(text, hit.end)  # "EU Affairs Ministry"
    if tail is not None and cues.office_head.match(text, tail.end()) is not None:
        return True
    head = cues.office_head.match(text, hit.end)
    if head is None:
        return False
    # One of coordinated portfolios: "Foreign, Commonwealth", "Commonwealth & Development".
    return (
        cues.coordinated.search(text, start, hit.start) is not None
        or cues.office_joiner.match(text, hit.end) is not None
    )


def qualifies_portfolio(text: str, hit: PartyHit, language: Language) -> bool:
    """Whether an organisation's adjective qualifies a portfolio: "affaires européennes".

    "directeur des affaires européennes", "Bureau of African Affairs": the office is a
    state's, the organisation no party nor the holder's affiliation.
    """
    if hit.form != "adjective" or not all(key.startswith("org:") for key in hit.keys):
        return False
    cues = party_cues(language)
    start = max(0, hit.start - _OFFICE_REACH)
    return (
        cues.portfolio_before.search(text, start, hit.start) is not None
        or cues.portfolio_tail.match(text, hit.end) is not None
    )


@functools.cache
def _dateline_closing() -> re.Pattern[str]:
    """What stands between a dateline's place and its date: ", le ", " (Québec), ".

    Not "France, on 3 May, condemned …": a sentence's subject.
    """
    articles = trie_pattern(w.casefold() for w in structure_words("header", "dateline_articles"))
    return re.compile(
        rf"[ \t]*(?:\([^()\n]{{1,20}}\)[ \t]*)?(?:,|[-–—])[ \t]*(?:(?i:{articles})[ \t]+)?$"
    )


@functools.cache
def _organs(language: Language) -> frozenset[str]:
    """Keys of the organs whose names are common nouns ("Security Council")."""
    return frozenset(f"org:{code}" for code in party_lexicon(language).issuing_bodies)


def _placed(text: str, hit: PartyHit, language: Language) -> bool:
    """Whether a party in the opening sentence is where things happen, not who acts.

    "La Belgique condamne la prise de pouvoir au Niger": Niger is the place and topic. An
    organisation is a place after fewer prepositions: "s'adressera au Parlement
    panafricain" addresses it, "ambassadeur auprès de l'Union africaine" places the post.
    """
    cues = party_cues(language)
    organisation = all(key.startswith("org:") for key in hit.keys)
    place = cues.organisation_place if organisation else cues.place
    return place.search(text, max(0, hit.start - _PLACE_REACH), hit.start) is not None


@functools.cache
def _coordinators() -> frozenset[str]:
    """Every shipped language's coordinators ("and", « et »)."""
    return frozenset(person_words("coordinators"))
