"""Lists of parties in the body: who took part or signed, who speaks as "we", who voted.

A communiqué often names its parties in one list rather than one by one:

- an attendance or signatory list announced before a colon ("Ont pris part à la session les
  Chefs d'État … des États membres suivants : Bénin, Cabo Verde, … et Togo", "The following
  Allies signed: Belgium, Bulgaria, …"; ``party_list_announcers``), or of three parties at
  least after an agent's preposition ("was signed by Belgium, Bulgaria and Czechia";
  ``party_list_agents``): each party listed takes part;
- the speakers of a joint statement opening a sentence as "we" ("We, the Foreign Ministers
  of Canada, France, …, Japan, the⏎United Kingdom …, and the High Representative of the
  European Union, met …"; "Nous, ministres … de l'Allemagne, du Canada …, nous sommes
  réunis"): each party of the apposition speaks, wherever the sentence stands.

Two lists look alike and name no party: the votes of a recorded vote ("In favour (30): …;
Against (5): …"; ``vote_labels``), where states vote on a body's text, and the guests of a
meeting ("We were joined by Ukraine's Minister for Foreign Affairs, X"; ``guest_words``).
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING, Final

import communique.readings as readings
from communique.lexicon import WordLists
from communique.lexicon.party_cues import party_cues
from communique.wordtrie import trie_pattern

if TYPE_CHECKING:
    from collections.abc import Iterator

    from communique.document import Document, PartyMention, Unit
    from communique.model import Language

__all__ = [
    "Spans",
    "guest_only",
    "guest_spans",
    "labelled_parties",
    "listed_parties",
    "vote_paragraphs",
]

_LIST_OPENING: Final = re.compile(r"[\s\-–—•·*]*")
"""What may stand between a list's colon and its first party: spaces, a bullet."""
_ITEM_BREAK: Final = re.compile(r"[ \t]*[,;]?[ \t]*(?:\n[ \t]*(?:[-–—•·*▪][ \t]*)?)?")
"""Between items of a list: a semicolon, or a line break and a bullet ("Bénin ;", "⏎- Ghana")."""
_AGENT_PARTIES: Final = 3
"""Parties at least in a list after an agent's preposition ("signed by A, B and C")."""
_PLACE_REACH: Final = 50
"""Characters before a party of an apposition searched for a locative preposition."""


class Spans:
    """Disjoint original spans; whether a position is in one is told in logarithmic time.

    >>> spans = Spans([(20, 30), (5, 10)])
    >>> [position in spans for position in (4, 5, 9, 10, 25, 30)]
    [False, True, True, False, True, False]
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        """Keep ``spans`` sorted by their start."""
        self.spans = sorted(spans)
        self.starts = [start for start, _ in self.spans]

    def __contains__(self, position: int) -> bool:
        """Whether ``position`` falls in one of the spans."""
        index = bisect.bisect_right(self.starts, position) - 1
        return index >= 0 and position < self.spans[index][1]


def listed_parties(doc: Document) -> frozenset[str]:
    """Keys of the parties an announced list or a first-person apposition names."""
    listed, labelled = _lists(doc)
    return listed | labelled


def labelled_parties(doc: Document) -> frozenset[str]:
    """Keys of the parties labelling the lines of an attendance list, one delegation each.

    "attended by the following:" / "* Namibia: President X": at an organisation's own
    summit the lines name its members, who sit for it.
    """
    return _lists(doc)[1]


def _lists(doc: Document) -> tuple[frozenset[str], frozenset[str]]:
    """The listed parties but the labels of lines, and those labels; read once per document."""
    return doc.memo.get("listed parties", "", lambda: _read_lists(doc))


def _read_lists(doc: Document) -> tuple[frozenset[str], frozenset[str]]:
    mentions = sorted(doc.party_mentions, key=lambda m: m.start)
    starts = [m.start for m in mentions]
    listed: set[str] = set()
    labelled: set[str] = set()
    for unit in _units(doc):
        announced, labels = _announced(doc, unit, (mentions, starts))
        listed |= announced | _apposed(doc, unit)
        labelled |= labels
    return frozenset(listed), frozenset(labelled)


def vote_paragraphs(doc: Document) -> frozenset[int]:
    """Indices of the units that hold a recorded vote: "In favour (30): A, B, …".

    Paragraphs, then closing lines, numbered as party mentions number them.
    """
    label = party_cues(doc.lang).vote_label
    return frozenset(
        index for index, unit in enumerate(_units(doc)) if label.search(unit.text) is not None
    )


def guest_spans(doc: Document) -> Spans:
    """Original spans of what follows a word of guests to the end of its sentence.

    Read once per document: the lead parties and the acting parties both ask.
    """
    return doc.memo.get("guest spans", "", lambda: _guest_spans(doc))


def _guest_spans(doc: Document) -> Spans:
    guest = party_cues(doc.lang).guest
    spans: list[tuple[int, int]] = []
    for unit in _units(doc):
        for start, end in readings.sentences(doc, unit.text):
            cue = guest.search(unit.text, start, end)
            if cue is not None:
                spans.append(unit.span(cue.end(), end))
    return Spans(spans)


def guest_only(doc: Document, spans: Spans) -> set[str]:
    """Keys of the parties named only where guests are: "were joined by the ministers of A"."""
    inside: set[str] = set()
    outside: set[str] = set()
    for mention in doc.party_mentions:
        (inside if mention.start in spans else outside).update(mention.keys)
    return inside - outside


def _units(doc: Document) -> Iterator[Unit]:
    """The paragraphs, then the closing lines (a list of signatories may close the text)."""
    yield from (paragraph.unit for paragraph in doc.paragraphs)
    yield from doc.closing


_Sorted = tuple[list["PartyMention"], list[int]]
"""The party mentions sorted by start, and their starts."""


def _announced(doc: Document, unit: Unit, mentions: _Sorted) -> tuple[set[str], set[str]]:
    """The parties listed after the colon of an announcer of attendance or signature.

    Those in a sentence, and those labelling the list's lines.
    """
    cues = party_cues(doc.lang)
    found: set[str] = set()
    labelled: set[str] = set()
    for announcer in cues.party_list.finditer(unit.text):
        # "signed sanctions against the following countries:": the list is a topic;
        # "were represented as observers:": guests.
        if any(
            pattern.search(unit.text, announcer.start(), announcer.end()) is not None
            for pattern in (cues.topic_word, cues.guest)
        ):
            continue
        colon = unit.span(announcer.end() - 1, announcer.end())[1]
        found.update(key for m in _chain_at(doc, colon, mentions) for key in m.keys)
        labelled.update(_labelled_items(doc, colon, unit.span(0, len(unit.text))[1], mentions))
    for verb in cues.party_subject.finditer(unit.text):
        # "Micronesia, Kiribati and the Marshall Islands were represented by officials"
        chain = _chain_before(doc, unit.span(verb.start(), verb.end())[0], mentions)
        found.update(key for m in chain for key in m.keys)
    for agent in cues.party_agent.finditer(unit.text):
        chain = _chain_at(doc, unit.span(agent.start(), agent.end())[1], mentions)
        if len({key for m in chain for key in m.keys}) >= _AGENT_PARTIES:
            found.update(key for m in chain for key in m.keys)
    return found, labelled


def _labelled_items(doc: Document, start: int, end: int, mentions: _Sorted) -> set[str]:
    """The parties labelling the lines of a list between ``start`` and ``end``.

    "… attended by the following:" / "* Namibia: President X" / "* Democratic Republic of
    Congo (DRC): Hon Y, Minister of …": each line opens on its state, then a colon.
    """
    ordered, starts = mentions
    found: set[str] = set()
    for mention in ordered[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]:
        line = doc.original.rfind("\n", start, mention.start) + 1
        if line == 0 or _LINE_OPENING.fullmatch(doc.original, line, mention.start) is None:
            continue
        if _LABEL_END.match(doc.original, mention.end) is not None:
            found.update(mention.keys)
    return found


_LINE_OPENING: Final = re.compile(r"[ \t]*(?:[-–—•·*▪][ \t]*)?")
"""What may open a list's line before its label: spaces, a bullet."""
_LABEL_END: Final = re.compile(r"[ \t]*(?:\([^()\n]{1,12}\))?[ \t]*:")
"""A label's colon after a party, past its acronym in brackets: " (DRC):"."""


def _chain_at(doc: Document, position: int, mentions: _Sorted) -> list[PartyMention]:
    """The list of parties opening at ``position`` (after spaces or a bullet), joined."""
    opening = _LIST_OPENING.match(doc.original, position)
    first = opening.end() if opening else position
    join = party_cues(doc.lang).list_join
    chain: list[PartyMention] = []
    ordered, starts = mentions
    for mention in ordered[bisect.bisect_left(starts, first) :]:
        # An article or a link may open an item, the first too: ": la République du Bénin".
        end = chain[-1].end if chain else first
        if not any(p.fullmatch(doc.original, end, mention.start) for p in (join, _ITEM_BREAK)):
            break
        chain.append(mention)
    return chain


def _chain_before(doc: Document, position: int, mentions: _Sorted) -> list[PartyMention]:
    """The list of parties ending at ``position`` (spaces between), joined, read backwards."""
    ordered, starts = mentions
    index = bisect.bisect_left(starts, position) - 1
    join = party_cues(doc.lang).list_join
    chain: list[PartyMention] = []
    end = position
    while index >= 0:
        mention = ordered[index]
        gap = doc.original[mention.end : end]
        if chain and not any(
            p.fullmatch(doc.original, mention.end, end) for p in (join, _ITEM_BREAK)
        ):
            break
        if not chain and gap.strip():
            break
        chain.append(mention)
        end = mention.start
        index -= 1
    return chain


def _apposed(doc: Document, unit: Unit) -> set[str]:
    """The parties of an apposition to "we" opening a sentence: "We, the Ministers of A, B"."""
    cues = party_cues(doc.lang)
    opener, closing = _apposition(doc.lang)
    found: set[str] = set()
    for start, end in readings.sentences(doc, unit.text):
        we = opener.match(unit.text, start, end)
        if we is None:
            continue
        close = closing.search(unit.text, we.end(), end)
        low, high = unit.span(we.start(), close.start() if close else end)
        found.update(
            key
            for m in doc.party_mentions
            if low <= m.start < high
            and cues.place.search(doc.original, max(low, m.start - _PLACE_REACH), m.start) is None
            for key in m.keys
        )
    return found


@functools.cache
def _apposition(language: Language) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The "We," opening a sentence, and the comma before a lower-case word that ends it.

    Inside the apposition a comma is followed by a party, an article, a link or a
    coordinator ("…, du Canada", "…, and the High Representative"); the first comma before
    any other lower-case word ends it (", met in", ", nous sommes réunis").
    """
    words = WordLists(language, "parties")
    openers = trie_pattern(w.casefold() for w in words("collective_openers"))
    inner = (*words("coordinators"), *words("delegate_links"), *words("articles"))
    allowed = trie_pattern(w.casefold() for w in inner)
    return (
        re.compile(rf"(?i:{openers})[ \t]*,"),
        re.compile(rf",[ \t]+(?!(?i:{allowed})(?:(?<=['’])|(?![\w'’])))[a-zà-ÿ]"),
    )
