"""Choose the parties the communiqué is between or speaks for, among all those it names.

Each named party scores: 3 if the title names it, 3 if a participant acts for it, 2 if the
opening sentence names it, plus its share of the mentions of the most named party. The
parties scoring at least 2.5 are the communiqué's: a title's "France - Japon", the
participants' countries, or what the opening sentence names and the text keeps naming.

A party that speaks in the title or the opening paragraph ("Le Canada condamne", "France
said on Tuesday") acts like a participant (one that speaks further down is reported), and
so do the parties a paragraph lists ("Australia, Belgium, Canada and Denmark" under a joint
statement: its signatories). A title names a party only as an
actor: the topic of a title ("Statement on the coup in Mali", "Afghanistan : l'ONU
présente ses condoléances") is what the text is about, not who speaks, and is no title
party; nor is a state before an event noun ("Russia summit"), nor, in the opening sentence,
a party after a topic preposition ("to discuss Syria").

When no state is found at all for a meeting of two participants whose states the text
does not give, the states it names most, clearly so, are its sides (``_meeting_sides``).

The hosts of a visit or meeting act (``resolve.hosts``), but not those of a visit announced
for later; the states whose office holders the opening sentence names as taking part act
("welcomed the foreign ministers of A, B and C": ``resolve.delegates``); and so does the
author's own state when the opening sentence names its actor only by a government office,
or a party speaks in the first person plural (``resolve.home_state``). When an
organisation speaks in the opening sentence ("The Secretary-General of the Commonwealth
welcomes the elections in X"), the states after its verb, and those of the persons named
there only, are what it speaks about.

An organisation named inside an operation's or a mission's name ("la Force conjointe
Union africaine-Nations Unies au Lirava"; heads in ``operation_heads``) is no party.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from typing import TYPE_CHECKING, Final

import attrs

import communique.readings as readings
from communique.gazetteer import gazetteer
from communique.letters import CAPITAL
from communique.lexicon import LANGUAGES
from communique.lexicon.language import content_words
from communique.lexicon.parties import party_lexicon
from communique.lexicon.party_cues import party_cues
from communique.lexicon.persons import former_office, person_vocabulary, person_words
from communique.model import Language, Mention, Party, Person
from communique.patterncache import compile_pattern
from communique.resolve.chairs import chair_states
from communique.resolve.delegates import delegate_states, former_office_state
from communique.resolve.grouping_members import grouping_keys, grouping_members
from communique.resolve.home_state import (
    conflict_side,
    dateline_capital,
    first_person_author,
    first_person_parties,
    governed,
    header_authors,
    home_actors,
    home_state,
)
from communique.resolve.hosts import future_destinations, host_parties, lead_span, past_visit
from communique.resolve.issuers import Issuer, find_issuer, issuer_name, join_organs
from communique.resolve.office_state import OfficeState, office_state
from communique.resolve.party_lists import (
    guest_only,
    guest_spans,
    labelled_parties,
    listed_parties,
    vote_paragraphs,
)
from communique.resolve.party_names import state_name_as_written
from communique.signing_labels import signing_sides
from communique.wordtrie import alternation, trie_pattern

if TYPE_CHECKING:
    from collections.abc import Callable

    from communique.document import Document, PartyMention

__all__ = ["choose_parties"]

_NAME_TOKEN: Final = compile_pattern(r"[^\W\d_][\w'’]*")
"""A word of an operation's name, with its elided article glued ("L'OPÉRATION")."""
_AGENT_REACH: Final = 12
"""Characters after a verb of statement read for its agent's link ("… announced by")."""
_OPERATION_WORDS: Final = 3
"""Words between an operation's head and a party's name in it."""
_OPERATION_REACH: Final = 80
"""Characters before and after a party's name searched for an operation's head."""
_TITLE: Final = 3.0
_PARTICIPANT: Final = 3.0
_LEAD: Final = 2.0
_THRESHOLD: Final = 2.5
_TOPIC_REACH: Final = 5
_TOPIC_CHARS: Final = 30
"""Characters before a party of the opening sentence searched for a topic preposition."""
_LIST_PARTIES: Final = 3
_LIST_SHARE: Final = 0.6
"""Share of a paragraph's letters that party names make in a list of signatories."""
"""Words before a party in the title that can hold the preposition making it a topic."""
_NOTE_OPENING: Final = compile_pattern(r"[ \t]*\($")
_LABEL: Final = compile_pattern(r"[ \t]*:")
_TITLE_WORD: Final = compile_pattern(r"[\w'’]+")
_SPACES: Final = compile_pattern(r"\s+")
_BRACKETED: Final = compile_pattern(r"\s*\([^()]*\)")
"""An acronym in brackets inside a joined name: "Peace and Security Council (PSC) of …"."""
_ACRONYM_FORM: Final = compile_pattern(rf"{CAPITAL}{{2,}}[^\W_a-z]*")
"""A name written as an acronym: capitals, then maybe digits ("IAEA", "CEDEAO", "G20")."""
_GUEST_WORDS: Final = 2
"""Words at most between a verb of welcome and the person it hosts ("today the")."""
_GUEST_REACH: Final = 40
"""Characters after a verb of welcome searched for the office of its guest."""
_CHAIR_REACH: Final = 40
"""Characters before a party searched for the chair word whose organisation it names."""
_CHAIR_LINK: Final = compile_pattern(r"[\s\w'’,]{0,8}")
"""What stands between a chair word and its organisation (" de l'", " of the "), or between
the first office's state and the chair word (" ET ", ", and ")."""
_CHAIR_LINK_REACH: Final = 8
_TWO_WORDS: Final = 2
"""A name of this many words or fewer is its own short form ("Union africaine")."""
_SHORT_NAME_WORDS: Final = 3
"""A name of this many content words or fewer, written out by the text, is its short form
("Pacific Islands Forum", "Commission de l'océan Indien"): an analyst writes it out."""
_NAME_WORD: Final = compile_pattern(r"[^\W\d_]+")
_SIDES: Final = 2
"""Participants, and states, of a bilateral meeting."""
_MIN_SIDE_MENTIONS: Final = 2
_MIN_ONE_SIDE_MENTIONS: Final = 3
"""Mentions of the one state both participants of a meeting act for, at least."""
_SIDE_MARGIN: Final = 2
"""How many times as often as any other state each side of a meeting is named."""
_QUESTION: Final = compile_pattern(r"\?[\s\"'”»)]*$")
_ORDINAL: Final = compile_pattern(r"\d+(?:st|nd|rd|th|e|ème|er|re)?")


def choose_parties(doc: Document) -> Document:
    """Set ``doc.parties`` to the principal parties, in order of first mention."""
    original = doc
    # "Conseil de paix et de sécurité de l'Union africaine": one party, the organ.
    doc = doc.evolve(party_mentions=join_organs(doc))
    doc = doc.evolve(party_mentions=_outside_operations(doc))
    doc = doc.evolve(party_mentions=_outside_names(doc))
    issuer = find_issuer(doc, doc.party_mentions)
    office = office_state(doc) if issuer is None else None
    counts: Counter[str] = Counter(key for m in doc.party_mentions for key in m.keys)
    table = gazetteer(doc.lang)
    offices = [table.key_of(p.affiliation) for p in doc.persons if p.participant and p.affiliation]
    for named in (issuer.key if issuer else None, office.key if office else None, *offices):
        # named only by an office ("The Secretary-General met …", "the Minister for Europe
        # and Foreign Affairs, Mr X, received …")
        if named is not None:
            counts[named] += 0
    stated = _stated_title_parties(doc)
    for key in stated:  # named only by the metadata's title
        counts[key] += 0
    if not counts and issuer is None:
        return original
    voice = _organisation_voice(doc, issuer)
    # A title that speaks itself ("Le Secrétaire général condamne les attaques en X") places
    # what it speaks about, as an organisation's voice in the opening sentence does.
    speaks = doc.title is not None and _voice_anywhere(doc.lang).search(doc.title.text)
    placed = _placed_in_title if voice is not None or speaks else None
    titled = [
        (m, _topic(doc, m) or (placed is not None and placed(doc, m)))
        for m in doc.party_mentions
        if m.paragraph is None
    ]
    in_title = {k for m, topic in titled if not topic for k in m.keys} | stated
    in_title -= _destinations(doc)
    topics = frozenset(k for m, topic in titled if topic for k in m.keys) - in_title
    questions = _questions(doc)
    in_lead = _lead_parties(doc, questions, voice)
    speaking = _speaking(doc, questions)
    home = home_state(doc, topics) if issuer is None and office is None else None
    if home is not None:  # named by its dateline's capital only ("Conakry, 9 mars 2017 – …")
        counts.setdefault(home, 0)
    author = first_person_author(doc) if issuer is None else None
    delegates = delegate_states(doc)  # read once: who acts, and a grouping's own members
    acting = _acting(doc, speaking, (issuer, office, home, author), voice, delegates)
    acting |= grouping_members(doc)  # "the G7 nations, including Canada, France, … said"
    # A grouping its members meet in goes once they are chosen (``_without_groupings``): its
    # mentions ("the Quad will …") are theirs together and do not dilute each member's.
    groupings = grouping_keys(doc.lang)
    most = max((n for k, n in counts.items() if k not in groupings), default=0)
    most = most or max(counts.values(), default=1) or 1

    def score(key: str) -> float:
        return (
            _TITLE * (key in in_title)
            + _PARTICIPANT * (key in acting)
            + _LEAD * (key in in_lead)
            + counts[key] / most
        )

    chosen = [key for key in counts if score(key) >= _THRESHOLD]
    kept = speaking | _signing_sides(doc)  # "o For Georgia: Minister X" signs for Georgia
    # Office holders named with their states act for them when they take part ("The EAC
    # Heads of State, President X of Uganda; … held the Summit"), not when addressed.
    chosen = _without_others(doc, chosen, issuer, in_title, (kept, delegates & acting))
    if issuer is None and not any(table.entries[k].kind == "state" for k in chosen):
        chosen += _meeting_sides(doc)
    parties = tuple(_party(doc, key, _joined_names(original, doc)) for key in chosen)
    parties = _named_by_offices(doc, parties, issuer, office)
    parties = tuple(_named_by_dateline(doc, p, home) for p in parties)
    persons = _with_home(doc, home, parties, home_actors)
    if office is not None and office.voiced and _one_unaffiliated(doc):
        # "Prime Minister X held talks with Brazilian President Y, the Ministry of External
        # Affairs said": the author's office tells the state of the one side left without.
        persons = _with_home(doc.evolve(persons=persons), office.key, parties, home_actors)
    if author is not None:  # "MINISTER FOR TRADE X" over "Today I signed …": X's own state
        persons = _with_home(doc.evolve(persons=persons), author, parties, header_authors)
    return original.evolve(parties=parties, persons=persons)


def _meeting_sides(doc: Document) -> list[str]:
    """The states a meeting of unaffiliated participants is between, if clearly so.

    "X rencontre Y à Washington", whose text then says what "la Belgique et les États-Unis"
    will do: when no state is found for the participants, the two states the text names
    most are the meeting's sides, each named at least twice and twice as often as any
    other; else one state named twice as often as any other, and at least three times, is
    the one both act for. Places and topics ("la situation en Syrie", "refugees from Iraq")
    are not counted. Read only when no state was chosen otherwise.
    """
    table = gazetteer(doc.lang)
    unaffiliated = [p for p in doc.persons if p.participant and p.affiliation is None]
    if len(unaffiliated) < _SIDES or len([p for p in doc.persons if p.participant]) != _SIDES:
        return []
    counts: Counter[str] = Counter(
        m.keys[0]
        for m in doc.party_mentions
        if len(m.keys) == 1 and table.entries[m.keys[0]].kind == "state" and not governed(doc, m)
    )
    ranked = counts.most_common(_SIDES + 1)
    if not ranked:
        return []
    two = (
        len(ranked) >= _SIDES
        and ranked[1][1] >= _MIN_SIDE_MENTIONS
        and (len(ranked) == _SIDES or ranked[_SIDES][1] * _SIDE_MARGIN <= ranked[1][1])
    )
    if two:
        sides = {key for key, _ in ranked[:_SIDES]}
        first: dict[str, int] = {}
        for mention in doc.party_mentions:
            for key in mention.keys:
                first.setdefault(key, mention.start)
        return sorted(sides, key=first.__getitem__)
    alone = len(ranked) == 1 or ranked[1][1] * _SIDE_MARGIN <= ranked[0][1]
    return [ranked[0][0]] if alone and ranked[0][1] >= _MIN_ONE_SIDE_MENTIONS else []


def _one_unaffiliated(doc: Document) -> bool:
    """Whether one participant alone has no state, and another has one."""
    states = [p.affiliation for p in doc.persons if p.participant]
    return states.count(None) == 1 and len(states) > 1


def _with_home(
    doc: Document,
    home: str | None,
    parties: tuple[Party, ...],
    actors: Callable[[Document], tuple[tuple[int, int], ...]],
) -> tuple[Person, ...]:
    """The persons, the author's own office holders given the author's state.

    "The Minister for Trade, Senator X, will hold talks with his Philippine counterpart …" in an
    Australian release: X acts for the state the author is found to be (a chosen party).
    ``actors`` tells where the author's office holders are named (one span alone).
    """
    if home is None:
        return doc.persons
    table = gazetteer(doc.lang)
    name = next((p.name for p in parties if table.key_of(p.name) == home), None)
    # "Le ministre X … avec son homologue malien Y": whoever meets the state's own man is
    # not the state's; a text where another participant acts for it says nothing here.
    if name is None or any(p.participant and p.affiliation == name for p in doc.persons):
        return doc.persons
    spans = actors(doc)
    if len(spans) != 1:  # "Prime Ministers X and Y met …": which one is the author's?
        return doc.persons
    return tuple(
        attrs.evolve(person, affiliation=name)
        if person.affiliation is None
        and person.participant
        and any(m.start < end and start < m.end for m in person.mentions for start, end in spans)
        else person
        for person in doc.persons
    )


def _outside_names(doc: Document) -> tuple[PartyMention, ...]:
    """The party mentions that are not a word of a person's name.

    "Commonwealth Secretary General Patricia Scotland", "M. Chad Tavel": a family or given
    name that is also a place's is no party. The name is the end of its person's mention,
    as written (an honorific or a role may come before it).
    """
    names = sorted(
        (span, hit.end)
        for hit in doc.person_hits
        if hit.name is not None
        and (span := hit.end - len(hit.name)) >= hit.start
        and doc.original[span : hit.end].casefold() == hit.name.casefold()
    )
    if not names:
        return doc.party_mentions
    starts = [start for start, _ in names]
    kept = []
    for mention in doc.party_mentions:
        index = bisect.bisect_right(starts, mention.start) - 1
        inside = index >= 0 and mention.end <= names[index][1]
        if not inside:
            kept.append(mention)
    return tuple(kept)


def _outside_operations(doc: Document) -> tuple[PartyMention, ...]:
    """The party mentions that are not part of an operation's or a mission's name.

    "la Force conjointe Union africaine-Nations Unies au Lirava": a mission, no party.
    """
    return tuple(m for m in doc.party_mentions if not _in_operation(doc, m))


def _in_operation(doc: Document, mention: PartyMention) -> bool:
    """Whether the party's name is part of an operation's or a mission's name.

    Glued after its head and a word or two ("Force conjointe Union africaine-…"), or
    before it with capitalised words between ("United Nations-African Union Joint
    Mission"); not after a link ("la Mission de l'Union africaine").
    """
    heads, small = _operation_words(doc.lang)
    # Within the line, and a few words back only: a line may hold a whole document.
    low = max(0, mention.start - _OPERATION_REACH)
    line_start = max(doc.original.rfind("\n", low, mention.start) + 1, low)
    before = [  # "L'OPÉRATION": the word without its elided article
        word.replace("’", "'").rpartition("'")[2]
        for word in _NAME_TOKEN.findall(doc.original, line_start, mention.start)[-_OPERATION_WORDS:]
    ]
    for index, word in enumerate(before):
        rest = before[index + 1 :]
        if word.casefold() in heads and not any(w.casefold() in small for w in rest):
            return True
    line_end = doc.original.find("\n", mention.end)
    line_end = len(doc.original) if line_end < 0 else line_end
    high = min(line_end, mention.end + _OPERATION_REACH)
    after = _NAME_TOKEN.findall(doc.original, mention.end, high)
    for word in after[: _OPERATION_WORDS + 2]:
        if word.casefold() in heads:
            return True
        if word[0].islower() or word.casefold() in small:
            return False
    return False


@functools.cache
def _operation_words(language: Language) -> tuple[frozenset[str], frozenset[str]]:
    """The heads of operations' names and the small words of names, case-folded, once."""
    lexicon = party_lexicon(language)
    heads = frozenset(h.casefold() for h in lexicon.operation_heads)
    return heads, frozenset(w.casefold() for w in lexicon.small_words)


def _lead_parties(doc: Document, questions: frozenset[int], voice: int | None) -> set[str]:
    """The parties the opening sentence names as actors.

    Not a person's nationality in brackets, a topic, a state a past visit took the actor to,
    nor anything a journalist's question opening a briefing names.
    """
    if 0 in questions:
        return set()
    # "The Secretary-General of the Commonwealth welcomes the elections in X": X is its topic.
    notes = _nationality_notes(doc)
    past = past_visit(doc) or (0, 0)
    # An announced visit: the states after its verb are where it will go, not who acts.
    future = future_destinations(doc) or (0, 0)
    guests = guest_spans(doc)  # "… met in Niagara and were joined by the ministers of A and B"
    return {
        k
        for m in doc.party_mentions
        if m.lead
        and m.start not in notes
        and m.start not in guests
        and not _lead_topic(doc, m)
        and not past[0] <= m.start < past[1]
        and not future[0] <= m.start < future[1]
        and (voice is None or m.start < voice or _organisation(doc, m))
        and not former_office_state(doc, m.start)  # "X, former President of Ghana"
        for k in m.keys
    }


def _placed_in_title(doc: Document, mention: PartyMention) -> bool:
    """Whether a state in the title is where things happen: "Élections au Bénin : …".

    Read when an organisation speaks in the opening sentence: what it speaks about happens
    there (a visit's title, "Visite d'État au Japon", names its host).
    """
    if _organisation(doc, mention):
        return False
    line_start = doc.original.rfind("\n", 0, mention.start) + 1
    start = max(line_start, mention.start - _TOPIC_CHARS)
    return party_cues(doc.lang).locative.search(doc.original, start, mention.start) is not None


def _destinations(doc: Document) -> set[str]:
    """The states a visit announced for later will take its visitor to, as the lead names them.

    "Minister to visit Estonia and Latvia" over "The Minister will travel to Estonia and
    Latvia next week": the title names them as where the visit will go, not as its parties.
    """
    future = future_destinations(doc)
    if future is None:
        return set()
    start, end = future
    return {k for m in doc.party_mentions if m.lead and start <= m.start < end for k in m.keys}


def _organisation(doc: Document, mention: PartyMention) -> bool:
    entries = gazetteer(doc.lang).entries
    return all(entries[key].kind == "organization" for key in mention.keys)


def _organisation_voice(doc: Document, issuer: Issuer | None) -> int | None:
    """Where the verb is when an organisation speaks in the opening sentence, else None.

    "La Secrétaire générale de l'Organisation internationale de la Francophonie salue …",
    "The Commonwealth Secretary-General welcomes …", "The Secretary-General welcomes …" (the
    office of the issuer): the subject before the first verb of statement names an
    organisation or its office and no state; what follows is what it speaks about.
    """
    span = lead_span(doc)
    if span is None:
        return None
    verb = _voice_anywhere(doc.lang).search(doc.original, *span)
    if verb is None:
        return None
    subject = [m for m in doc.party_mentions if span[0] <= m.start < verb.start()]
    if not all(_organisation(doc, m) for m in subject):
        return None
    office = issuer is not None and span[0] <= issuer.span[0] < verb.start()
    if not (subject or office) or _hosts_guest(doc, verb):
        return None
    return verb.start()


def _hosts_guest(doc: Document, verb: re.Match[str]) -> bool:
    """Whether a verb of welcome takes a person or an office: "welcomed today the President".

    The organisation then hosts its guest, and says nothing about them: "welcomes the
    election of President X" has words of its own before the person.
    """
    cues = party_cues(doc.lang)
    if verb.group().casefold() not in cues.welcome_verbs:
        return False
    starts = [h.start for h in doc.person_hits if h.start >= verb.end()][:1]
    office = cues.delegate_head.search(doc.original, verb.end(), verb.end() + _GUEST_REACH)
    starts += [office.start()] if office is not None else []
    return any(len(doc.original[verb.end() : at].split()) <= _GUEST_WORDS for at in starts)


@functools.cache
def _voice_anywhere(language: Language) -> re.Pattern[str]:
    """A verb of statement anywhere in the text searched, after a space."""
    words = party_lexicon(language).voice_verbs
    return compile_pattern(
        rf"(?<=\s)(?:{trie_pattern(w.casefold() for w in words)})(?![\w'’])", re.I
    )


def _speaking(doc: Document, questions: frozenset[int]) -> set[str]:
    """The parties that speak for the text, list it as signatories or say "we"."""
    announced = _announced(doc)
    speaking = {
        m.keys[0]
        for m in doc.party_mentions
        if len(m.keys) == 1
        and (_voiced(m.paragraph, questions) or m.paragraph in announced)
        and _speaks(doc, m)
    }
    # A body's own text lists the states that spoke or voted in its debate, not its parties.
    listed = frozenset() if _issued_by_body(doc) else listed_parties(doc)
    return speaking | _signatory_lists(doc) | first_person_parties(doc) | listed


def _acting(
    doc: Document,
    speaking: set[str],
    authors: tuple[Issuer | None, OfficeState | None, str | None, str | None],
    voice: int | None,
    delegates: set[str],
) -> set[str]:
    """The parties that act: participants' states, speakers, hosts, the author and issuer.

    ``authors`` holds the organisation issuing the text, the state an office of its own
    tells, the author's state found otherwise (:func:`home_state`) and that of an author
    speaking as "I" (:func:`first_person_author`), if any; ``voice``,
    where an organisation speaks in the opening sentence; ``delegates``, the states whose
    office holders the text names as taking part (:func:`delegate_states`).
    """
    issuer, office, home, author = authors
    table = gazetteer(doc.lang)
    addressed = _addressed(doc, voice)
    guests = guest_spans(doc)
    acting = {
        table.key_of(p.affiliation)
        for p in doc.persons
        if p.participant
        and p.affiliation
        and not former_office(p.role or "")  # "ancien président de X" acts for no state
        and not all(addressed(m.start) for m in p.mentions)
        # "We were joined by Ukraine's Minister for Foreign Affairs, X": a guest's state.
        and not all(m.start in guests for m in p.mentions)
    }
    found = {key for key in acting if key is not None} | speaking | host_parties(doc)
    if voice is None:  # an organisation's statement has topics, not guests
        # "welcomed the foreign ministers of A, B and C", but not "were joined by" them
        found |= delegates - guest_only(doc, guests)
    if office is not None:  # its own office's name tells the author's state
        found.add(office.key)
    elif home is not None:
        found.add(home)
    if author is not None:
        found.add(author)  # "I visited New Zealand …" in an Australian minister's release
    if issuer is not None and issuer.key is not None:
        found.add(issuer.key)
    return found


def _addressed(doc: Document, voice: int | None) -> Callable[[int], bool]:
    """Whether a position is in what an organisation's statement speaks about.

    "The Secretary-General of the Commonwealth congratulates President X of Malawi": X is
    addressed, not a participant acting for Malawi.
    """
    span = lead_span(doc)
    if voice is None or span is None:
        return lambda position: False
    end = span[1]
    return lambda position: voice <= position < end


def _named_by_offices(
    doc: Document, parties: tuple[Party, ...], issuer: Issuer | None, office: OfficeState | None
) -> tuple[Party, ...]:
    """The parties, with those the text names by an office only given that office."""
    if issuer is not None and issuer.key is not None:  # named by its office or label only
        parties = tuple(_named_by_office(doc, p, issuer) for p in parties)
    if office is not None:  # a state named by its office only ("the State Department")
        parties = tuple(_named_by_own_office(doc, p, office) for p in parties)
    if issuer is not None and issuer.key is None:  # a body the gazetteer does not know
        name = issuer_name(doc, issuer)
        parties = (Party(name, None, (doc.mention(*issuer.span),), "organization"), *parties)
    return parties


def _questions(doc: Document) -> frozenset[int]:
    """Indices of the paragraphs that are questions: a briefing's journalists asking."""
    return frozenset(
        index for index, p in enumerate(doc.paragraphs) if _QUESTION.search(p.unit.text)
    )


def _announced(doc: Document) -> frozenset[int]:
    """Indices of the paragraphs a paragraph at the head of the text announces with a colon.

    "Au point de presse de ce jour, le porte-parole a fait la déclaration suivante :" / « La
    France condamne … »: the statement after the colon is the text's own voice.
    """
    announcer = _statement_announcer(doc.lang)
    return frozenset(
        index + 1
        for index, p in enumerate(doc.paragraphs[:_ANNOUNCING])
        if (text := p.unit.text.rstrip()).endswith(":")
        and announcer.search(text, max(0, len(text) - _ANNOUNCER_REACH)) is not None
    )


@functools.cache
def _statement_announcer(language: Language) -> re.Pattern[str]:
    """Words announcing the text's statement right before its colon (``statement_announcers``)."""
    words = party_lexicon(language).statement_announcers
    spelled = trie_pattern(w.casefold() for w in words) if words else "(?!)"
    return compile_pattern(rf"(?<![\w'’])(?:{spelled})[ \t]*:$", re.I)


_ANNOUNCING: Final = 2
"""Paragraphs at the head of a text that may announce its statement with a colon."""
_ANNOUNCER_REACH: Final = 60
"""Characters before the end of a paragraph read for the words announcing a statement."""


def _voiced(paragraph: int | None, questions: frozenset[int]) -> bool:
    """Whether a party speaking in ``paragraph`` speaks for the text.

    In the title or the opening paragraph, or answering a question of a briefing ("R - La
    France condamne …"); never in a question, where a journalist reports what others said.
    """
    if paragraph is None:
        return True
    if paragraph in questions:
        return False
    return paragraph == 0 or paragraph - 1 in questions


def _issuer_parent(doc: Document, issuer: Issuer | None) -> str | None:
    """The organisation of the organ that issues the text: "the African Union" of its Council.

    The organ speaks for itself ("The Peace and Security Council of the African Union, at
    its 1247th meeting, …"); its organisation is no party unless it speaks too.
    """
    if issuer is None or issuer.parent is not None or issuer.key is None:
        return issuer.parent if issuer is not None else None
    parent = party_lexicon(doc.lang).organ_parents.get(issuer.key.removeprefix("org:"))
    return f"org:{parent}" if parent is not None else None


def _signing_sides(doc: Document) -> set[str]:
    """The parties a signing ceremony's labels name: "o For Georgia:", « - Pour le Mali : ».

    Each signs the instrument of its item, whoever issues the text: an organisation's
    release of a ceremony lists the states signing with it as parties, not as its subject.
    A name that stands for several parties at once tells none.
    """
    sides: set[str] = set()
    for paragraph in doc.paragraphs:
        text = paragraph.unit.text
        if ":" not in text:
            continue
        for hit, _ in signing_sides(text, readings.party_hits(doc, text)):
            if len(hit.keys) == 1:
                sides.add(hit.keys[0])
    return sides


def _without_others(
    doc: Document,
    chosen: list[str],
    issuer: Issuer | None,
    in_title: set[str],
    kept: tuple[set[str], set[str]],
) -> list[str]:
    """The chosen parties but those an organisation's text names as its subject or frame.

    ``kept``: the parties that speak, which stay whatever their part, and the states of the
    office holders the text names as taking part (:func:`delegate_states`).
    """
    speaking, delegates = kept
    table = gazetteer(doc.lang)
    if issuer is not None and issuer.members_sit:
        # A summit's attendance list naming its heads ("the Prime Minister of X, the
        # Honourable Y"): its members, sitting for the organisation. States it names by
        # their offices alone ("and Ministers from A, B and C") are the meeting's sides.
        named = {table.key_of(p.affiliation) for p in doc.persons if p.affiliation}
        delegates = delegates - named
        # "attended by the following: / * Namibia: President X": its lines label members.
        speaking = speaking - labelled_parties(doc)
        # Other organisations' officials attending its session ("the Chairperson of the AU
        # Commission", « l'Envoyé spécial du Secrétaire général de l'ONU ») are its guests.
        guests = {
            k
            for k in named - speaking - in_title
            if k is not None
            and k != issuer.key
            and table.entries[k].kind == "organization"
            and _only_in_offices(doc, k)
        }
        chosen = [k for k in chosen if k not in guests]
    if (issuer is not None and issuer.own_name) or _issued_by_body(doc):
        # The states it names are its subject, not its parties: its members and presidents
        # speak for it, not for their states, and a host or chair is no author. Office
        # holders named with their states as taking part ("The G7 Foreign Ministers of
        # Japan, Italy … gathered", "The EAC Heads of State, President X of Uganda; … held
        # the Summit") act for those states, each a party.
        chosen = [
            k
            for k in chosen
            if table.entries[k].kind == "organization" or k in speaking or k in delegates
        ]
    parent = _issuer_parent(doc, issuer)
    if parent is not None:
        chosen = [k for k in chosen if k != parent or k in speaking]
    chosen = _without_groupings(doc, chosen, issuer)
    own = {issuer.key} if issuer is not None else set()
    framing = in_title - _chaired_in_title(doc)
    if any(table.entries[k].kind == "organization" and k in framing | own for k in chosen):
        # An organisation's text: its chair speaks for it, not for their own state.
        chairs = chair_states(doc) - speaking
        chosen = [k for k in chosen if k not in chairs]
    return chosen


def _only_in_offices(doc: Document, key: str) -> bool:
    """Whether every mention of a party completes an office ("Chairperson of the AU Commission").

    An organisation named only in its officials' offices ("the Chairperson of the AU
    Commission", "United Nations Special Envoy") attends through them; named as a side
    ("ECOWAS and the European Union signed …", "in partnership with the African Union")
    it acts.
    """
    vocab = person_vocabulary(doc.lang)
    for mention in doc.party_mentions:
        if key not in mention.keys:
            continue
        if vocab.role.match(doc.original, _spaces_end(doc.original, mention.end)):
            continue  # "United Nations Special Envoy for …": the office's own modifier
        low = max(0, mention.start - _OFFICE_REACH)
        window = doc.original[low : mention.start]
        stop = max(window.rfind(". "), window.rfind(";"), window.rfind("\n"))
        start = stop + 1 if stop != -1 else 0
        # "Chairperson of the AU Commission", "Ambassador … representing the Member States of
        # the European Union": an official's office or the side it represents; not "The
        # President of the ECOWAS Commission and the European Union signed …", a side joined
        offices = list(vocab.role.finditer(window, start))  # the last one before the mention
        office = offices[-1] if offices else vocab.represents_after.search(window, start)
        if office is None or _coordinator().search(window, office.end()) is not None:
            return False
    return True


@functools.cache
def _coordinator() -> re.Pattern[str]:
    """A coordinator between an office and a party: the party is a side of its own."""
    return compile_pattern(
        rf"(?<![\w'’])(?:{alternation(person_words('coordinators'))})(?![\w'’])", re.I
    )


def _spaces_end(text: str, position: int) -> int:
    """The position past the spaces at ``position``."""
    spaces = _SPACES_AT.match(text, position)
    return spaces.end() if spaces is not None else position


_SPACES_AT: Final = compile_pattern(r"[ \t]*")

_OFFICE_REACH: Final = 60
"""Characters before a party's mention searched for the office it completes."""


def _chaired_in_title(doc: Document) -> set[str]:
    """Organisations the title names only as a head of state's second office: no frame.

    "… PRESIDENT DE LA REPUBLIQUE DU GHANA ET PRESIDENT EN EXERCICE DE L'UNION AFRICAINE"
    names the visitor's two offices. A chair named alone ("Déclaration du Président en
    exercice de l'Union africaine") speaks for the organisation.
    """
    chair = party_cues(doc.lang).chair
    titled = [m for m in doc.party_mentions if m.paragraph is None]
    chaired: set[str] = set()
    framing: set[str] = set()
    for mention in titled:
        word = chair.search(doc.original, max(0, mention.start - _CHAIR_REACH), mention.start)
        second = (
            word is not None
            and _CHAIR_LINK.fullmatch(doc.original, word.end(), mention.start) is not None
            and any(
                0 <= word.start() - other.end <= _CHAIR_LINK_REACH
                and _CHAIR_LINK.fullmatch(doc.original, other.end, word.start())
                for other in titled
            )
        )
        (chaired if second else framing).update(mention.keys)
    return chaired - framing


def _without_groupings(doc: Document, chosen: list[str], issuer: Issuer | None) -> list[str]:
    """The parties but the informal groupings where the chosen states meet ("G20 summit").

    A grouping stays when it issues the text, or when no state is chosen: its members,
    unnamed, speak through it ("G7 Foreign Ministers' Statement").
    """
    table = gazetteer(doc.lang)
    if not any(table.entries[key].kind == "state" for key in chosen):
        return chosen
    groupings = grouping_keys(doc.lang)
    kept = issuer.key if issuer is not None else None
    return [key for key in chosen if key not in groupings or key == kept]


@functools.cache
def _issuing(language: Language) -> tuple[frozenset[str], frozenset[str]]:
    """Keys of bodies that issue statements, and the words a title may hold before one."""
    lexicon = party_lexicon(language)
    bodies = frozenset(f"org:{key}" for key in lexicon.issuing_bodies)
    words = frozenset(w.casefold() for w in lexicon.statement_words)
    return bodies, words


def _issued_by_body(doc: Document) -> bool:
    """Whether the title opens with an issuing body: "Security Council Press Statement on X".

    Only statement words, numbers and ordinals may stand before it ("Communiqué of the
    1200th meeting of the Peace and Security Council"). Or the opening sentence makes the
    body its subject: "Les membres du Conseil de sécurité ont condamné …".
    """
    bodies, words = _issuing(doc.lang)
    for mention in doc.party_mentions:
        if mention.paragraph is not None or not bodies.intersection(mention.keys):
            if mention.lead and bodies.intersection(mention.keys):
                return _subject().match(doc.original, mention.end) is not None or _speaks(
                    doc, mention
                )
            continue
        line_start = doc.original.rfind("\n", 0, mention.start) + 1
        before = _TITLE_WORD.findall(doc.original[line_start : mention.start].casefold())
        if all(word in words or _ORDINAL.fullmatch(word) for word in before):
            if _session_label(doc.original, mention.end, before):
                continue  # "78th UNGA: Minister Holds Talks …": the news's frame, no author
            return True
    return False


def _session_label(text: str, end: int, before: list[str]) -> bool:
    """Whether a body numbered by an ordinal labels a title: "78th UNGA: …", "79e AGNU : …".

    The ordinal makes the body's name a session's, the event the news happened at.
    """
    return (
        bool(before)
        and _ORDINAL.fullmatch(before[-1]) is not None
        and bool(_LABEL.match(text, end))
    )


@functools.cache
def _topic_words(language: Language) -> frozenset[str]:
    """Prepositions that make a party in a title its topic ("on", "sur")."""
    return frozenset(w.casefold() for w in party_lexicon(language).title_topic_words)


def _signatory_lists(doc: Document) -> set[str]:
    """The parties of a paragraph that is a list of them: the signatories of a statement.

    "Australia, Belgium, Canada, Denmark and Estonia" under a joint statement: three or
    more parties whose names make most of the paragraph's letters.
    """
    by_paragraph: dict[int, list[PartyMention]] = {}
    votes = vote_paragraphs(doc)  # "In favour (30): A, B, …": the voters are no signatories
    for mention in doc.party_mentions:
        if mention.paragraph is not None and mention.paragraph not in votes:
            by_paragraph.setdefault(mention.paragraph, []).append(mention)
    found: set[str] = set()
    for index, mentions in by_paragraph.items():
        if len({key for m in mentions for key in m.keys}) < _LIST_PARTIES:
            continue
        letters = _letters(_unit_original(doc, index))
        named = sum(_letters(doc.original[m.start : m.end]) for m in mentions)
        if named >= _LIST_SHARE * letters:
            found.update(key for m in mentions for key in m.keys)
    return found


def _unit_original(doc: Document, index: int) -> str:
    """The original text of paragraph ``index``, or of a closing unit past the paragraphs."""
    if index < len(doc.paragraphs):
        paragraph = doc.paragraphs[index]
        return doc.original[paragraph.start : paragraph.end]
    unit = doc.closing[index - len(doc.paragraphs)]
    start, end = unit.span(0, len(unit.text))
    return doc.original[start:end]


def _letters(text: str) -> int:
    return sum(map(str.isalpha, text))


def _nationality_notes(doc: Document) -> frozenset[int]:
    """Starts of party names in parentheses after a person: "President X (Poland)".

    The parenthesis gives the person's nationality, not a party to the communiqué.
    """
    ends = {m.end for p in doc.persons for m in p.mentions}
    return frozenset(
        m.start
        for m in doc.party_mentions
        if (opening := _NOTE_OPENING.search(doc.original, max(0, m.start - 3), m.start))
        and opening.start() in ends
        and doc.original.startswith(")", m.end)
    )


@functools.cache
def _voice_verb(language: Language) -> re.Pattern[str]:
    """Matches a verb of statement opening the text after a party ("condamne", "said").

    The party's acronym may stand between them: "La Communauté … (CEDEAO) a annoncé", and
    the party may be that acronym, closing its parenthesis (group ``closed``).
    """
    words = party_lexicon(language).voice_verbs
    return compile_pattern(
        rf"(?:[ \t]*\([^()\n]{{1,20}}\)|(?P<closed>\)))?[ \t]+"
        rf"(?:{trie_pattern(w.casefold() for w in words)})(?![\w'’])",
        re.I,
    )


def _speaks(doc: Document, mention: PartyMention) -> bool:
    """Whether the party is the subject of a verb of statement ("Le Canada condamne").

    After a closing parenthesis, only an acronym that is all the parenthesis holds: "… (CEDEAO)
    a annoncé", not "le Groupe (dont la France) a salué".
    """
    verb = _voice_verb(doc.lang).match(doc.original, mention.end)
    if verb is None:
        return False
    following = doc.original[verb.end() : verb.end() + _AGENT_REACH].split()[:1]
    if following and following[0].casefold() in party_lexicon(doc.lang).agent_links:
        return False  # "a coup in Myanmar announced by the military": a participle
    return verb.group("closed") is None or doc.original[mention.start - 1 : mention.start] == "("


def _topic(doc: Document, mention: PartyMention) -> bool:
    """Whether a party in the title is its topic: after "on"/"sur", or a leading "X :" label."""
    return _title_topic(doc.original, mention.start, mention.end, mention.keys, doc.lang)


def _title_topic(
    text: str, start: int, end: int, keys: tuple[str, ...], language: Language
) -> bool:
    """Whether the party named at ``text[start:end]`` is its title line's topic, not its actor."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    folded = " ".join(before.casefold().split())
    if any(folded.endswith(link) for link in party_lexicon(language).title_voice_links):
        return False  # "on behalf of the EU": the party speaks
    words = [w.casefold().split("'")[-1].split("’")[-1] for w in before.split()]
    if any(word in _topic_words(language) for word in words[-_TOPIC_REACH:]):
        return True
    if _event_place(text, end, keys, language):
        return True
    label = not before.strip() or _session_label(text, end, before.casefold().split())
    return label and _LABEL.match(text, end) is not None


def _event_place(text: str, end: int, keys: tuple[str, ...], language: Language) -> bool:
    """Whether a state names the place or topic of an event: "Russia summit", "Iran talks"."""
    entry = gazetteer(language).entries[keys[0]]
    event = party_cues(language).title_event
    return len(keys) == 1 and entry.kind == "state" and event.match(text, end) is not None


def _stated_title_parties(doc: Document) -> frozenset[str]:
    """The parties a title stated only in the input's metadata names as actors.

    A Markdown export's front matter holds its title ("Statement by Australia, Japan and
    …"), which the text does not print: it names the communiqué's parties as a printed
    title does, though, being metadata, it gives them no mention.
    """
    if doc.title is not None or not doc.stated_title:
        return frozenset()
    text = " ".join(doc.stated_title.split())
    return frozenset(
        key
        for hit in readings.party_hits(doc, text)
        if not _title_topic(text, hit.start, hit.end, hit.keys, doc.lang)
        for key in hit.keys
    )


def _lead_topic(doc: Document, mention: PartyMention) -> bool:
    """Whether a party of the opening sentence is its topic: "to discuss Syria", "on Mali".

    Or a side of a conflict (:func:`conflict_side`): "the Russia-Ukraine tensions".
    """
    topic = party_cues(doc.lang).lead_topic
    low = max(0, mention.start - _TOPIC_CHARS)
    return topic.search(doc.original, low, mention.start) is not None or conflict_side(doc, mention)


def _party(doc: Document, key: str, names: dict[str, str]) -> Party:
    """The party of ``key``; an organ named with its organisation keeps that name as written."""
    entry = gazetteer(doc.lang).entries[key]
    mentions = tuple(doc.mention(m.start, m.end) for m in doc.party_mentions if key in m.keys)
    surfaces = [m.text for m in mentions]
    written_out = _written_out_in_title(doc, mentions)
    name = (
        names.get(key)
        or (None if written_out else _written_acronym(entry.name, entry.kind, surfaces, doc.lang))
        or state_name_as_written(entry, surfaces, gazetteer(doc.lang))
    )
    return Party(name or entry.name, entry.code, mentions, entry.kind)


def _written_out_in_title(doc: Document, mentions: tuple[Mention, ...]) -> bool:
    """Whether the title writes the party's name out, not as an acronym.

    "Communiqué of the Extraordinary Summit of the Southern African Development Community
    (SADC)": the headline's full name is how the text presents the organisation, however
    often the body abbreviates it.
    """
    if doc.title is None or not doc.title.text:
        return False
    low, high = doc.title.span(0, len(doc.title.text))
    return any(low <= m.start < high and _ACRONYM_FORM.fullmatch(m.text) is None for m in mentions)


def _written_acronym(name: str, kind: str, surfaces: list[str], lang: Language) -> str | None:
    """An organisation's acronym, when it is the short common form the text itself uses.

    A text that only ever abbreviates an organisation lists it by that acronym ("The ILO
    welcomed …"), and so does a long name that the text writes out and abbreviates as
    often or more, its definition counting ("… de l'Afrique de l'Ouest (CEDEAO)": "CEDEAO",
    "ECOWAS", "IAEA"). A name of three content words or fewer that the text writes out
    stays written out, however often it is abbreviated ("European Union", "Pacific Islands
    Forum", "Organisation internationale de la Francophonie"): an analyst lists it so.
    Function words (``stopwords``) do not count.

    >>> ecowas = "Economic Community of West African States"
    >>> _written_acronym(ecowas, "organization", [ecowas, "ECOWAS", "ECOWAS"], "en")
    'ECOWAS'
    >>> forum = "Pacific Islands Forum"
    >>> _written_acronym(forum, "organization", [forum, "PIF", "PIF"], "en") is None
    True
    >>> _written_acronym(forum, "organization", ["PIF", "PIF"], "en")
    'PIF'
    >>> _written_acronym(ecowas, "organization", [ecowas], "en") is None
    True
    >>> _written_acronym(ecowas, "organization", [ecowas, "ECOWAS"], "en")
    'ECOWAS'
    >>> _written_acronym(forum, "organization", [forum, "PIF"], "en") is None
    True
    """
    if kind != "organization" or len(name.split()) <= _TWO_WORDS:
        return None
    acronyms = Counter(text for text in surfaces if _ACRONYM_FORM.fullmatch(text))
    if not acronyms or 2 * acronyms.total() < len(surfaces):
        return None  # as often abbreviated as written out is enough: "… de l'Ouest (CEDEAO)"
    written_out = acronyms.total() < len(surfaces)
    if written_out and _content_words(name, lang) <= _SHORT_NAME_WORDS:
        return None
    return acronyms.most_common(1)[0][0]


def _content_words(name: str, lang: Language) -> int:
    """How many words of ``name`` are no function words of ``lang`` ("l'océan" is one).

    A function word is a frequent word of the language (``stopwords``) or one of two letters
    or fewer ("de", "l'", "of").
    """
    return sum(1 for _ in content_words(_NAME_WORD.findall(name), lang, min_letters=3))


def _joined_names(original: Document, doc: Document) -> dict[str, str]:
    """The organs named with their organisation, by key, with that name as written."""
    spans = {(m.start, m.end) for m in original.party_mentions}
    names: dict[str, str] = {}
    for mention in doc.party_mentions:
        if (mention.start, mention.end) not in spans:
            text = _BRACKETED.sub("", doc.original[mention.start : mention.end])
            names.setdefault(mention.keys[0], _SPACES.sub(" ", text).strip())
    return names


def _named_by_office(doc: Document, party: Party, issuer: Issuer) -> Party:
    """The issuer the text names only by its office ("The Secretary-General met …")."""
    entry = gazetteer(doc.lang).entries[issuer.key or ""]
    if party.mentions or party.code != entry.code or issuer.span[0] == issuer.span[1]:
        return party
    return attrs.evolve(party, mentions=(doc.mention(*issuer.span),))


def _named_by_dateline(doc: Document, party: Party, home: str | None) -> Party:
    """The author state the text names only by its dateline's capital."""
    if party.mentions or home is None:
        return party
    found = dateline_capital(doc)
    if found is None or party.code != gazetteer(doc.lang).entries[home].code:
        return party
    return attrs.evolve(party, mentions=(doc.mention(*found[1]),))


def _named_by_own_office(doc: Document, party: Party, office: OfficeState) -> Party:
    """The author state the text names only by one of its offices."""
    if party.mentions or party.code != gazetteer(doc.lang).entries[office.key].code:
        return party
    return attrs.evolve(party, mentions=(doc.mention(*office.span),))


@functools.cache
def _subject() -> re.Pattern[str]:
    """An auxiliary after a body in the opening sentence: the body is the subject."""
    words = [w for code in LANGUAGES for w in party_lexicon(code).body_auxiliaries]
    verbs = alternation(words, r"[ \t]+")
    return compile_pattern(rf"[ \t]+(?:{verbs})\b", re.I)
