"""The author's state told by the name of one of its offices ("the State Department").

A ministry's own release may seldom name its state: a spokesperson's briefing ("Official
Spokesperson: …", "External Affairs Minister will travel …"), a readout ("The following is
attributable to Spokesperson …: Secretary of State X spoke …"). Some offices and seats tell
their state by their name alone (``state_offices`` in ``resources/<lang>/parties.toml``):
the State Department, the Kremlin, le Quai d'Orsay. Others only tell it two together, or
with the capital of the dateline or with the state's name in the text
(``state_office_cues``): "Secretary of State" is a British title too.

A header line that is a state's name alone, the letterhead ("RÉPUBLIQUE DU MALI", "REPUBLIC
OF GHANA"), tells its state alone too.

An office counts where it speaks for the text: in the title, a header line or the first
paragraph, or opening a sentence; not as the title of a person named past a sentence's
opening (the guest's: "The Foreign Secretary met Tánaiste X"); and bare, with no party
named just before it ("the US Secretary of State") or after it ("Ministry of External
Affairs of Sri Lanka"). A state
one of whose offices tells it alone wins; else the one two distinct cues tell; and when
two states are told alike, none is.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Final

import attrs

import communique.readings as readings
from communique.gazetteer import gazetteer
from communique.lexicon.issuer_cues import issuer_cues
from communique.lexicon.party_cues import party_cues
from communique.lexicon.state_offices import StateOffices, state_offices
from communique.records import shared_repr
from communique.resolve.home_state import dateline_state
from communique.wordtrie import phrase_key

if TYPE_CHECKING:
    from communique.document import Document, Unit

__all__ = ["OfficeState", "office_state"]

_OPENING_REACH: Final = 12
"""Characters before an office searched for a sentence's start and an article."""
_CUES_NEEDED: Final = 2
_VOICE_REACH: Final = 24
"""Characters before an office searched for a verb of statement and an article."""


@shared_repr
@attrs.frozen(repr=False)
class OfficeState:
    """A state its offices tell, and where the first of them is named (original offsets)."""

    key: str
    span: tuple[int, int]
    voiced: bool = False
    """The office heads the text or is the source its attribution tag names ("…, the
    Ministry of External Affairs said"): the author's own, not an office the text mentions."""


def office_state(doc: Document) -> OfficeState | None:
    """The state the offices named where the text speaks tell, if one alone is told."""
    strong: dict[str, tuple[int, int]] = (
        dict(_letterheads(doc)) | dict(_credited(doc)) | dict(_signed_off(doc))
    )
    headed = set(strong)  # told by a header line: the sender's own
    voiced = set(strong)
    weak: dict[str, dict[str, tuple[int, int]]] = {}
    for unit, whole in _units(doc):
        for key, alone, name, span, speaks in _offices(doc, unit, whole=whole):
            if alone:
                strong.setdefault(key, span)
                headed |= {key} if unit.kind == "header" else set()
                voiced |= {key} if unit.kind == "header" or speaks else set()
            else:
                weak.setdefault(key, {}).setdefault(name, span)
    if len(strong) > 1 and len(headed) == 1:
        # "Ottawa – Affaires mondiales Canada" over "… avec le ministre de l'Europe et des
        # Affaires étrangères": the header line names the sender, the text its guest.
        strong = {key: span for key, span in strong.items() if key in headed}
    if len(strong) == 1:
        key, span = next(iter(strong.items()))
        return OfficeState(key, span, voiced=key in voiced)
    if strong:
        return None
    dateline = dateline_state(doc)
    named = {key for mention in doc.party_mentions for key in mention.keys}
    told = [
        # The office itself names the state better than a phrase ("attributable to …").
        (key, min(cues.values(), key=lambda s: (not doc.original[s[0]].isupper(), s)))
        for key, cues in weak.items()
        # "The Foreign Secretary said that the United Kingdom is determined to …": the
        # text's naming the state is the second cue.
        if len(cues) + (key == dateline) + (key in named) >= _CUES_NEEDED
    ]
    return OfficeState(*told[0]) if len(told) == 1 else None


def _letterheads(doc: Document) -> list[tuple[str, tuple[int, int]]]:
    """The states a header line names alone in their official form: "RÉPUBLIQUE DU MALI"."""
    table = gazetteer(doc.lang)
    found: list[tuple[str, tuple[int, int]]] = []
    for unit in doc.header:
        text = unit.text.strip()
        hits = readings.party_hits(doc, unit.text) if text else ()
        if len(hits) == 1 and hits[0].form == "name" and len(hits[0].keys) == 1:
            hit, entry = hits[0], table.entries[hits[0].keys[0]]
            # The official form: a bare "Mali" over a page is a section label, no letterhead.
            official = phrase_key(text) != phrase_key(entry.name)
            if unit.text[hit.start : hit.end] == text and official and entry.kind == "state":
                found.append((entry.key, unit.span(hit.start, hit.end)))
    return found


def _credited(doc: Document) -> list[tuple[str, tuple[int, int]]]:
    """The state a release wire's credit line distributes the text for, if one alone.

    "Distributed by the Valmont Press Service on behalf of the Ministry of X.": the
    furniture under the text names its issuer, whose state speaks for it.
    """
    credit = issuer_cues(doc.lang).credit
    table = gazetteer(doc.lang)
    for mention in doc.boilerplate:
        match = credit.match(mention.text)
        if match is None:
            continue
        issuer = mention.text[match.end() :]
        states = {
            key
            for hit in readings.party_hits(doc, issuer)
            for key in hit.keys
            if table.entries[key].kind == "state"
        }
        if len(states) == 1:
            start = mention.start + match.end()
            return [(states.pop(), (start, mention.end))]
    return []


def _signed_off(doc: Document) -> list[tuple[str, tuple[int, int]]]:
    """The state a release's sign-off names under its issuing body, below the text.

    "MINISTRY OF FOREIGN AFFAIRS" / "KALVORA" / "3 MARCH 2026", « Ministère des Affaires
    étrangères » / « République du Valmont »: the line right under the body's, a state's
    name alone, is the issuer's state.
    """
    if not doc.paragraphs:
        return []
    body = party_cues(doc.lang).body_opening
    table = gazetteer(doc.lang)
    below = [item for item in doc.boilerplate if item.start >= doc.paragraphs[-1].end]
    for issuer, line in itertools.pairwise(below):
        if body.match(issuer.text) is None or doc.original[issuer.end : line.start].strip():
            continue
        text = line.text.strip()
        hits = readings.party_hits(doc, text) if text else ()
        if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(text):
            entry = table.entries[hits[0].keys[0]] if len(hits[0].keys) == 1 else None
            if entry is not None and entry.kind == "state" and hits[0].form == "name":
                start = line.start + line.text.index(text)
                return [(entry.key, (start, start + len(text)))]
    return []


def _units(doc: Document) -> list[tuple[Unit, bool]]:
    """The title, header lines and paragraphs, each with whether all of it speaks for the text.

    An office anywhere in the head or the first paragraph counts; in later paragraphs, only
    one opening a sentence.
    """
    units = [(unit, True) for unit in (doc.title, *doc.header) if unit is not None and unit.text]
    units += [(p.unit, index == 0) for index, p in enumerate(doc.paragraphs)]
    return units


def _offices(
    doc: Document, unit: Unit, *, whole: bool
) -> list[tuple[str, bool, str, tuple[int, int], bool]]:
    """(state, tells it alone, name, original span, speaks) of each bare office named."""
    offices = state_offices(doc.lang)
    found: list[tuple[str, bool, str, tuple[int, int], bool]] = []
    for match in offices.pattern.finditer(unit.text):
        start, end = match.span()
        key, alone = offices.state_of(match.group())
        speaks = alone and _speaks(offices, unit.text, start, end)
        if not whole and not (
            speaks
            or offices.sentence_opening.search(unit.text, max(0, start - _OPENING_REACH), start)
        ):
            continue
        if offices.place.search(unit.text, max(0, start - _OPENING_REACH), start):
            continue  # "received at the Kremlin": the seat is a place
        span = unit.span(start, end)
        if alone and _guest_title(doc, unit, start, span[0]):
            continue  # "The Foreign Secretary met Tánaiste X": the guest's title, not the voice
        if _bare(doc, unit, start, end, key, alone=alone):
            found.append((key, alone, match.group().casefold(), span, speaks))
    return found


def _speaks(offices: StateOffices, text: str, start: int, end: int) -> bool:
    """Whether the office at ``text[start:end]`` is the subject of a verb of statement.

    A wire's source in an attribution tag after a comma or a quote ("…, the Ministry of
    External Affairs said in a statement", "…, said the State Department") speaks for its
    state wherever the sentence stands; "…, and the Kremlin said it would …" reports a
    third party.
    """
    low = max(0, start - _VOICE_REACH)
    tagged = offices.voice_after.match(text, end) and offices.tag_before.search(text, low, start)
    return bool(tagged or offices.voice_before.search(text, low, start))


def _guest_title(doc: Document, unit: Unit, start: int, original_start: int) -> bool:
    """Whether the office at ``start`` titles a person named past a sentence's opening.

    A title before a name opens the person's mention; at a sentence's opening the person
    is its subject and may speak for the text ("Taoiseach X welcomed …").
    """
    opening = state_offices(doc.lang).sentence_opening
    if opening.search(unit.text, max(0, start - _OPENING_REACH), start) is not None:
        return False
    return any(m.start == original_start for person in doc.persons for m in person.mentions)


def _bare(doc: Document, unit: Unit, start: int, end: int, key: str, *, alone: bool) -> bool:
    """Whether no other party is named right before the office or right after its link.

    An office a second state also has (not ``alone``) names the author's own bare only:
    qualified by its state ("Foreign Minister X met the US Secretary of State"), it is
    told apart from the author's, the guest's.
    """
    link = issuer_cues(doc.lang).organ_link.match(unit.text, end)
    after = link.end() if link is not None else -1
    for hit in readings.party_hits(doc, unit.text):
        if hit.start == after:
            return key in hit.keys
        if 0 <= start - hit.end <= 1:
            return alone and key in hit.keys
    return True
