"""The author's own state, when the communiqué names its issuer only by an office.

A government speaks of itself by its offices: "The Prime Minister spoke to …", "Le Premier
Ministre X a présidé …", "Le ministère des Pêches, Mme X, a tenu un point de presse". When
the actor of the opening sentence holds such an office (``home_offices``) and no state is
given for them, the state they act for is, in this order:

1. the state whose capital opens the dateline ("WASHINGTON:", "📅 Dakar, vendredi …"), if
   the text names that state, or if the opening sentence, telling of no visit, places its
   actor in a presidential seat of that state ("Conakry, … – Le Président … a reçu … au
   Palais Sékhoutouréya"; the capital is then its mention); never the state the opening
   sentence's visit goes to ("BEIJING, … (APP): X will arrive here on a visit to China");
2. the state of the address the input declares ("www.gov.uk", "diplomatie.gouv.fr",
   "www.state.gov", "….lu"), if the text names that state;
3. the state whose capital the opening sentence names after a verb of sitting at home ("a
   présidé le Conseil des ministres au Palais de la présidence à Bamako"), if the text names
   that state;
4. the state whose capital the closing formula of a signed text names ("Fait à Niamey, le
   5 février 2025"), if the text names that state;
5. the state of the national news agency a dateline names ("ABU DHABI, … (WAM) --"), if the
   text names that state;
6. the state a pair names beside another participant's state ("le commerce entre le Togo
   et le Ghana" in a readout of a meeting with the President of Ghana);
7. the state the text names most, leaving out the states of other persons, the places
   ("au Mali", "in Ukraine"), the partners ("avec la France"), the topics of the title and
   of the opening sentence, the states whose own capital is no dateline and the states
   using none of the currencies the text gives amounts in ("450 milliards de FCFA"): it
   must be named at least twice, and half as often again as any other;
8. the one state the text names, in full or not as a place or a partner, among those using
   a currency it gives amounts in
   ("quatre cents millions de cedis", "thirty-two million naira").

A party that opens a clause speaking in the first person plural is the author too,
whatever the office: "the UK and Europe are ready to play our part".

A state only the metadata gives (a dateline's capital is text, an address is not) is never
chosen unless the text names it: every party has its mentions, the dateline's capital
standing for a state the text does not name otherwise.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from typing import TYPE_CHECKING, Final

from communique.gazetteer import gazetteer
from communique.lexicon.capitals import capitals, seats
from communique.lexicon.common.wire import agency_states
from communique.lexicon.currencies import currencies
from communique.lexicon.dates import date_vocabulary
from communique.lexicon.domains import address_state, government_address
from communique.lexicon.party_cues import party_cues
from communique.lexicon.persons import person_vocabulary
from communique.lexicon.structure import structure_vocabulary
from communique.patterncache import compile_pattern
from communique.resolve.hosts import GLUED_DATELINE, destinations, lead_language, lead_span
from communique.structure.lines import line_text
from communique.wordtrie import phrase_key, trie_pattern

if TYPE_CHECKING:
    from communique.document import Document, Unit
    from communique.hits import PartyMention, PersonHit

__all__ = [
    "conflict_side",
    "dateline_capital",
    "dateline_state",
    "first_person_author",
    "first_person_parties",
    "governed",
    "header_authors",
    "home_actors",
    "home_state",
]

_REACH: Final = 50
"""Characters before a name searched for the preposition (and article) that governs it."""
_CONFLICT_CHARS: Final = 90
"""Characters before a side of a conflict searched for its noun, link and other side."""
_PAIR_DASHES: Final = ("-", "–", "/")
"""What glues the two sides of a pair: "Russia-Ukraine", "Israel–Hamas"."""
_CLAUSE_REACH: Final = 200
"""Characters searched on either side of a party for its clause."""
_BODY_REACH: Final = 40
"""Characters after a body opening the lead where its complement would name a state."""
_MIN_MENTIONS: Final = 2
_MARGIN: Final = 1.5
"""How many times as often as any other the most named state must be named."""
_OFFICIAL_WORDS: Final = 3
"""Words at least of a state's name in its official form ("Republic of Ghana")."""
_DATELINE_OPENING: Final = compile_pattern(r"[^\w\n]{0,4}")
"""An emoji, a bracket or a bullet before a dateline's place ("📅 Dakar, …")."""
_DATELINE_CLOSING: Final = compile_pattern(r"[ \t]*(?:[,:(]|[-–—][ \t])")
_SENTENCE_END: Final = compile_pattern(r"[.!?;]|\n[ \t]*\n")
_STATE_REACH: Final = 60
"""Characters at the head of a line read for a state's name opening a dateline."""
_DAY_AFTER: Final = compile_pattern(r"[ \t]*([^\W\d_]{3,12}\.?)[ \t]*\d")
"""A month's name and a figure right after a dateline's place ("June 17")."""
_POSSESSIVE: Final = compile_pattern(r"['’]s?(?!\w)")
_SPACES: Final = compile_pattern(r"[ \t]*")
_AGENCY_REACH: Final = 120
"""Characters at the top of the first paragraph or a header line searched for an agency."""
_CLOSING_LINES: Final = 6
"""Non-blank lines read from the end of the text for a closing formula ("Fait à …")."""
_ARTICLE_REACH: Final = 24
"""Characters before an office read for its article and adjective ("a Kenyan ")."""


def home_state(doc: Document, topics: frozenset[str]) -> str | None:
    """The state the opening sentence's actor acts for, when only their office is given.

    ``topics`` holds the parties the title makes its topic.
    """
    agency = _agency_state(doc)
    # An office apposed to the actor's name is the government's own under a national
    # agency's dateline, or where the opening names no organisation ("X, Minister of Foreign
    # Affairs, met the High Representative of the European Union" may be any state's).
    apposed = agency is not None or not _organisation_in_lead(doc)
    if not _unaffiliated_actor(doc, apposed=apposed):
        return None
    named = {key for m in doc.party_mentions for key in m.keys}
    # "X will travel to Fiji": the state visited is no state the traveller acts for, nor is
    # the dateline's when the visit goes there ("BEIJING, … (APP): X will arrive here …").
    visited = destinations(doc)
    dateline = dateline_state(doc)
    if dateline in visited:
        dateline = None
    if dateline is not None and (dateline in named or dateline == _palace_state(doc)):
        # "Conakry, 9 mars 2017 – Le Président a reçu … au Palais Sékhoutouréya": a dateline
        # and a presidential seat of one state name it, the text naming it or not.
        return dateline
    address = address_state(doc.source_url)
    if address is not None and (address in named or government_address(doc.source_url)):
        # "National Security Advisor X met …" on a ".gov" page: the government's own official
        return address
    seat = _seat_state(doc)
    if seat is not None and seat in named:
        return seat
    closing = _done_at_state(doc)
    if closing is not None and closing in named:
        return closing
    if agency is not None and agency in named:
        return agency
    posted = _posted_state(doc) if _reception(doc) else None
    if posted is not None and posted not in visited:
        # « le Premier ministre a reçu en audience l'Ambassadeur du Portugal au Mali »
        return posted
    away = topics | visited
    return _paired_state(doc) or _most_named(doc, away) or _currency_state(doc, named)


def _reception(doc: Document) -> bool:
    """Whether the opening sentence tells of a reception ("reçue en audience par …")."""
    span = lead_span(doc)
    cue = party_cues(lead_language(doc)).reception
    return span is not None and cue.search(doc.original, *span) is not None


def _posted_state(doc: Document) -> str | None:
    """The one state the envoys of other states are posted to, where they are received.

    « Son Excellence X, Ambassadeur du Portugal au Mali », "Ambassador of Portugal to
    Ghana": the government receiving them is the host state's. An envoy with no state of
    their own ("Ambassador to France") may be the author's; an organisation is no host.
    """
    vocab = person_vocabulary(doc.lang)
    links = vocab.posted_links
    states = gazetteer(doc.lang)
    found: set[str] = set()
    for hit in doc.person_hits:
        role = hit.role or ""
        qualifier = vocab.qualifier_at.match(role)  # « nouvelle ambassadrice au Mali »
        role = role[qualifier.end() :] if qualifier is not None else role
        if hit.affiliation is None or not any(role.startswith(h) for h in vocab.posted_heads):
            continue  # "Ambassador to France" with no state of their own: the author's envoy
        words = role.replace(",", " ").split()
        for index, word in enumerate(words[:-1]):
            if word not in links:
                continue
            tail = words[index + 1 : index + 1 + _POSTED_WORDS]
            for count in range(len(tail), 0, -1):
                key = states.key_of(" ".join(tail[:count]))
                if (
                    key is not None
                    and key != hit.affiliation
                    and states.entries[key].kind == "state"
                ):
                    found.add(key)
                    break
    return found.pop() if len(found) == 1 else None


_POSTED_WORDS: Final = 5
"""Words after an envoy's link read for the state they are posted to."""


def _currency_state(doc: Document, named: set[str]) -> str | None:
    """The one state the text names in full that uses a currency it gives amounts in.

    "… l'équivalent de quatre cents millions de cedis", in a council's communiqué that names
    its own state once, in full, as a party to a loan ("entre la République du Ghana et le
    Fonds …"): amounts are told in the author's own currency.
    """
    table = gazetteer(doc.lang)
    # A state names itself in full ("la République du Ghana"), or not as a place or a
    # partner; a lender goes by its short name after a link ("a loan from Japan").
    official = {
        key
        for mention in doc.party_mentions
        if len(mention.keys) == 1
        and (key := mention.keys[0]) in named
        and table.entries[key].kind == "state"
        and (
            len(doc.original[mention.start : mention.end].split()) >= _OFFICIAL_WORDS
            or not governed(doc, mention)
        )
    }
    found = _currency_states(doc) & official
    return next(iter(found)) if len(found) == 1 else None


def _seat_state(doc: Document) -> str | None:
    """The state whose capital the opening sentence names as the office's seat.

    "a présidé le Conseil des ministres au Palais de la présidence à Bamako": after a verb
    of sitting at home (``seat_verbs``).
    """
    span = lead_span(doc)
    if span is None:
        return None
    cues = party_cues(lead_language(doc))
    seat = cues.seat.search(doc.original, *span)
    if seat is None:  # "met X in Paris": the office may be abroad
        return None
    table = capitals()
    for capital in table.pattern.finditer(doc.original, seat.end(), span[1]):
        before = max(span[0], capital.start() - _REACH)
        if cues.locative.search(doc.original, before, capital.start()):
            return table.states[phrase_key(capital.group())]
    return None


def _palace_state(doc: Document) -> str | None:
    """The state of a presidential seat the opening sentence places its actor in.

    "a reçu en audience … au Palais Sékhoutouréya", "received … at Aso Rock": a head of
    state at home (``[seats]`` of ``capitals.toml``), unlike a capital, which a visitor is
    in as much.
    """
    span = lead_span(doc)
    if span is None:
        return None
    cues = party_cues(lead_language(doc))
    if cues.visit.search(doc.original, *span) is not None:
        return None  # « en visite de travail, a été reçu au Palais de Koulouba »: a guest
    locative = cues.locative
    for seat in seats().pattern.finditer(doc.original, *span):
        if locative.search(doc.original, max(span[0], seat.start() - _REACH), seat.start()):
            return seats().states[phrase_key(seat.group())]
    return None


def home_actors(doc: Document) -> tuple[tuple[int, int], ...]:
    """The spans of the named persons acting in the opening sentence under an office alone.

    "The Minister for Trade, Senator X, will meet …": X speaks for the author's state,
    which the text does not give beside the name; :func:`home_state` tells it.
    """
    span = lead_span(doc)
    if span is None:
        return ()
    office = party_cues(lead_language(doc)).home_office
    mentions = _person_mentions(doc)
    return tuple(
        (hit.start, hit.end)
        for hit in doc.person_hits
        if hit.lead
        and hit.agent
        and hit.name is not None
        and hit.role is not None
        and office.search(hit.role) is not None  # a government's office, not "commissioner"
        and _affiliation(hit, mentions) is None
    )


def header_authors(doc: Document) -> tuple[tuple[int, int], ...]:
    """The spans of persons named above the text under a government office, no state given.

    "PRESS STATEMENT — MINISTER FOR TRADE X" over "Today I signed …": the
    minister is the author who speaks in the first person (:func:`first_person_author`).
    """
    office = party_cues(doc.lang).home_office
    mentions = _person_mentions(doc)
    return tuple(
        (hit.start, hit.end)
        for hit in doc.person_hits
        if hit.paragraph is None
        and hit.name is not None
        and hit.role is not None
        and office.search(hit.role) is not None
        and _affiliation(hit, mentions) is None
    )


def _unaffiliated_actor(doc: Document, *, apposed: bool = False) -> bool:
    """Whether a government office with no state acts in the opening sentence.

    ``apposed``: the office may follow the name ("X, Minister of Foreign Affairs, …"), as
    under a national agency's dateline, whose government's offices go without a state.

    The actor is a person or a role ("The Prime Minister spoke …"), or the body that opens
    the sentence ("Le Gouvernement informe …", "The Ministry of Foreign Affairs condemns …")
    with no party named in its first words.
    """
    span = lead_span(doc)
    if span is None:
        return False
    office = party_cues(lead_language(doc)).home_office
    mentions = _person_mentions(doc)
    if any(
        hit.lead
        and hit.agent
        and _affiliation(hit, mentions) is None
        and (
            office.search(doc.original, span[0], hit.end) is not None
            # "(WAM) -- X, Minister of State for Foreign Affairs, met …"
            or (apposed and hit.role is not None and office.search(hit.role) is not None)
        )
        for hit in doc.person_hits
    ):
        return True
    return _body_opens(doc, span)


def _body_opens(doc: Document, span: tuple[int, int]) -> bool:
    """Whether a government body opens the sentence, after a glued dateline if any.

    "NAIROBI, 4 May 2025 — The Ministry of Foreign Affairs condemns …": no party may stand
    in the body's first words ("Le Gouvernement du Sénégal" names its state itself).
    """
    body = party_cues(doc.lang).body_opening
    glued = GLUED_DATELINE.search(doc.original, span[0], min(span[1], span[0] + _BODY_REACH * 2))
    for start in (span[0], *([glued.end()] if glued else [])):
        opening = body.match(doc.original, start, span[1])
        if opening is not None:
            return not any(
                start <= m.start < opening.end() + _BODY_REACH for m in doc.party_mentions
            )
    return False


def _affiliation(hit: PersonHit, mentions: list[tuple[int, int, str | None]]) -> str | None:
    """The hit's own affiliation, or that of the person whose mention it overlaps."""
    if hit.affiliation is not None or hit.name is None:
        return hit.affiliation
    # The last mention starting before the hit ends is the only one that can overlap it.
    index = bisect.bisect_left(mentions, (hit.end,)) - 1
    if index >= 0 and mentions[index][1] > hit.start:
        return mentions[index][2]
    return None


def _person_mentions(doc: Document) -> list[tuple[int, int, str | None]]:
    """Every person mention as (start, end, the person's affiliation), in order."""
    found = [(m.start, m.end, p.affiliation) for p in doc.persons for m in p.mentions]
    return sorted(found, key=lambda mention: mention[:2])  # affiliations may be None


def dateline_state(doc: Document) -> str | None:
    """The state whose capital opens a header line or the first paragraph."""
    found = dateline_capital(doc)
    return None if found is None else found[0]


def dateline_capital(doc: Document) -> tuple[str, tuple[int, int]] | None:
    """The state whose capital opens the dateline, and the capital's span in the original."""
    for unit in _opening_units(doc):
        opening = _DATELINE_OPENING.match(unit.text)
        start = opening.end() if opening else 0
        hit = capitals().match(unit.text, start)
        if hit is not None and _DATELINE_CLOSING.match(unit.text, hit.end):
            return hit.key, unit.span(hit.start, hit.end)
        state = _state_dateline(doc, unit.text, start)
        if state is not None:
            return state[0], unit.span(*state[1])
    return None


def _state_dateline(doc: Document, text: str, start: int) -> tuple[str, tuple[int, int]] | None:
    """A state's name in capitals opening a wire dateline, before its day: "CANADA, June 17 -".

    Read only before a month's name and a day, so that "GHANA, KENYA AND TOGO …" or a
    topic's headline ("GHANA: 3 MINISTERS SWORN IN") is none.
    """
    piece = text[start : start + _STATE_REACH]
    table = gazetteer(doc.lang)
    hit = next(iter(table.find(piece)), None)
    if hit is None or hit.start != 0 or len(hit.keys) != 1 or not piece[: hit.end].isupper():
        return None
    if table.entries[hit.keys[0]].kind != "state" or "-" in hit.keys[0]:
        return None  # a province's name is its capital's too ("QUÉBEC, le 12 mai …")
    closing = _DATELINE_CLOSING.match(text, start + hit.end)
    day = _DAY_AFTER.match(text, closing.end()) if closing is not None else None
    months = date_vocabulary(doc.lang).months
    if day is None or day.group(1).rstrip(".").casefold() not in months:
        return None  # "GHANA: 3 MINISTERS SWORN IN", "UKRAINE - 5 years of …": a topic
    return hit.keys[0], (start, start + hit.end)


def _opening_units(doc: Document) -> list[Unit]:
    """The header lines above the first paragraph, then that paragraph: where datelines are."""
    if not doc.paragraphs:
        return []
    first = doc.paragraphs[0]
    return [u for u in doc.header if u.text and u.offsets.start(0) < first.start] + [first.unit]


def _done_at_state(doc: Document) -> str | None:
    """The state whose capital a closing formula names: "Fait à Niamey, le 5 février 2025".

    A signed text says where it was issued at its end, as a press release's dateline does at
    its start. Only the last lines are read (``_CLOSING_LINES``).
    """
    done_at = structure_vocabulary(doc.lang).done_at
    table = capitals()
    read = 0
    for line in reversed(doc.lines):
        text = line_text(doc, line)
        if not text.strip():
            continue
        read += 1
        if read > _CLOSING_LINES:
            return None
        formula = done_at.match(text)
        if formula is not None:
            hit = table.match(text, _SPACES.match(text, formula.end()).end())  # type: ignore[union-attr]
            return hit.key if hit is not None else None
    return None


def _agency_state(doc: Document) -> str | None:
    """The state of the national news agency a dateline names: "ABU DHABI, … (WAM) --"."""
    for unit in _opening_units(doc):
        found = _agency_pattern().search(unit.text, 0, _AGENCY_REACH)
        if found is not None:
            return agency_states()[found.group(1)]
    return None


@functools.cache
def _agency_pattern() -> re.Pattern[str]:
    """A national agency's name in brackets, as a dateline prints it: "(WAM)".

    Other sources may stand before it and the day after it: "(Kalvora Times / WAM - 11th
    Apr, 2026)".
    """
    return compile_pattern(
        rf"\((?:[^()\n]{{0,60}}[ \t/])?({trie_pattern(agency_states())})"
        r"(?:[ \t]*+[-–—,][^()\n]{0,30})?\)"
    )


def _paired_state(doc: Document) -> str | None:
    """The state a pair names beside another participant's state, if one pair does.

    "le commerce entre le Togo et le Ghana", where the office holder met the President of
    Ghana: the author's state is Togo. Two such pairs naming different states say
    nothing.
    """
    table = gazetteer(doc.lang)
    cues = party_cues(doc.lang)
    others = {table.key_of(p.affiliation) for p in doc.persons if p.participant and p.affiliation}
    states = [
        m
        for m in doc.party_mentions
        if m.paragraph is not None and len(m.keys) == 1 and table.entries[m.keys[0]].kind == "state"
    ]
    found: set[str] = set()
    for first, second in itertools.pairwise(states):
        if not (
            cues.pair.search(doc.original, max(0, first.start - _REACH), first.start)
            and cues.coordination.fullmatch(doc.original, first.end, second.start)
        ):
            continue
        keys = {first.keys[0], second.keys[0]}
        if len(keys) == 2 and len(keys & others) == 1:
            found |= keys - others
    # "… between Saudi Arabia and Iran", Iran's own minister named: no state of the author.
    found -= {table.key_of(p.affiliation) for p in doc.persons if p.affiliation}
    return found.pop() if len(found) == 1 else None


def _most_named(doc: Document, topics: frozenset[str]) -> str | None:
    """The state named most, apart from others' states, places and topics, if clearly so."""
    table = gazetteer(doc.lang)
    others = {hit.affiliation for hit in doc.person_hits if not _generic(doc, hit)}
    others |= {p.affiliation for p in doc.persons}
    excluded = set(topics) | {table.key_of(a) or a for a in others if a}
    lead = lead_span(doc) or (0, 0)
    counts: Counter[str] = Counter()
    for mention in doc.party_mentions:
        if len(mention.keys) != 1 or table.entries[mention.keys[0]].kind != "state":
            continue
        if governed(doc, mention):
            if lead[0] <= mention.start < lead[1]:  # a place or topic of the opening sentence
                excluded.add(mention.keys[0])
            continue
        if lead[0] <= mention.start < lead[1] and not mention.lead:
            continue  # ungoverned, yet no actor of the lead: its dateline's city ("QUÉBEC, le …")
        counts[mention.keys[0]] += 1
    # A state using none of the currencies the text gives amounts in is no author.
    zone = _currency_states(doc)
    ranked = [
        (n, key)
        for key, n in counts.most_common()
        if key not in excluded and (not zone or key in zone)
    ]
    if not ranked or ranked[0][0] < _MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][0] < _MARGIN * ranked[1][0]:
        return None
    return ranked[0][1]


def _organisation_in_lead(doc: Document) -> bool:
    """Whether the opening sentence names an international organisation."""
    span = lead_span(doc)
    if span is None:
        return False
    return any(
        span[0] <= m.start < span[1] and any(key.startswith("org:") for key in m.keys)
        for m in doc.party_mentions
    )


def _generic(doc: Document, hit: PersonHit) -> bool:
    """Whether an unnamed office stands after an indefinite article: nobody of the text.

    "the first State Visit by a Kenyan Head of State in two decades": any holder, of the
    author's own state as often as not; one who acts or is met is someone.
    """
    if hit.name is not None or hit.agent:
        return False  # "received a Ghanaian Minister of Trade": someone met, of Ghana
    before = doc.original[max(0, hit.start - _ARTICLE_REACH) : hit.start].split()
    articles = person_vocabulary(doc.lang).indefinite_articles
    if before and before[-1][:1].isupper():
        before.pop()  # "a Kenyan Head of State": the state's adjective before the office
    return bool(before) and before[-1].casefold() in articles


def _currency_states(doc: Document) -> frozenset[str]:
    """The states using a currency the paragraphs give amounts in ("450 milliards de FCFA").

    Read once per document: both the count and the last resort ask for them.
    """
    table = currencies(doc.lang)

    def compute() -> frozenset[str]:
        found: frozenset[str] = frozenset()
        for paragraph in doc.paragraphs:
            found |= table.states_of_amounts(paragraph.unit.text)
        return found

    return doc.memo.get("currency states", "", compute)


def governed(doc: Document, mention: PartyMention) -> bool:
    """Whether a locative or topic preposition governs the mention ("au Mali", "sur la Syrie").

    A side of a conflict is governed too: "the tension between Russia and Ukraine".
    """
    cues = party_cues(doc.lang)
    before = max(0, mention.start - _REACH)
    return any(
        pattern.search(doc.original, before, mention.start) is not None
        for pattern in (cues.place, cues.lead_topic, cues.partner)
    ) or conflict_side(doc, mention)


def conflict_side(doc: Document, mention: PartyMention) -> bool:
    """Whether the mention is a side of a conflict, a topic: no actor, no author.

    One of a pair glued by a dash before a conflict's noun ("the Russia-Ukraine tensions"),
    or a side after the noun and its link ("the tension between Russia and Ukraine", « les
    tensions entre la Russie et l'Ukraine »; ``conflict_nouns``).
    """
    cues = party_cues(doc.lang)
    text = doc.original
    pair = cues.conflict_pair.match(text, mention.end)
    if pair is not None and (pair.group().startswith(_PAIR_DASHES) or _after_dash(text, mention)):
        return True
    low = max(0, mention.start - _CONFLICT_CHARS)
    return cues.conflict_between.search(text, low, mention.start) is not None


def _after_dash(text: str, mention: PartyMention) -> bool:
    """Whether the mention is the second of a pair glued by a dash: "Russia-Ukraine"."""
    start = mention.start
    return start > 1 and text[start - 1] in _PAIR_DASHES and text[start - 2].isalpha()


def first_person_author(doc: Document) -> str | None:
    """The state of an author who speaks as "I" in the opening sentence, if the text names it.

    "I travelled to Kampala this week for talks with …" under a dateline of Nairobi, or on a
    page of a ".go.ke" address: a minister's own release, whose state is a party though the
    text names it only in passing ("welcomed Kenya's support").
    """
    span = lead_span(doc)
    if (
        span is None
        or party_cues(lead_language(doc)).first_person_singular.search(doc.original, *span) is None
    ):
        return None
    named = {key for m in doc.party_mentions for key in m.keys}
    for state in (dateline_state(doc), address_state(doc.source_url)):
        if state is not None and state in named:
            return state
    return None


def first_person_parties(doc: Document) -> set[str]:
    """Parties that open a clause speaking in the first person plural: "the UK … our part"."""
    cues = party_cues(doc.lang)
    # One scan for the pronouns: most statements have none, and then nothing more is read.
    pronouns = [m.start() for m in cues.first_person.finditer(doc.original)]
    starts = sorted(m.start for m in doc.party_mentions)
    found: set[str] = set()
    for mention in doc.party_mentions:
        if mention.paragraph is None or len(mention.keys) != 1:
            continue
        near = bisect.bisect_left(pronouns, mention.end)
        if near == len(pronouns) or pronouns[near] >= mention.end + _CLAUSE_REACH:
            continue
        end = _clause_end(doc.original, mention.end)
        pronoun = cues.first_person.search(doc.original, mention.end, end)
        if pronoun is None or _POSSESSIVE.match(doc.original, mention.end):
            continue
        # Another party between them is the pronoun's subject ("Ukraine …, and the UK … our"),
        # unless the two make one subject ("Australia and New Zealand are … our").
        following = bisect.bisect_left(starts, mention.end)
        if following < len(starts) and starts[following] < pronoun.start():
            joined = cues.coordination.fullmatch(doc.original, mention.end, starts[following])
            if joined is None:
                continue
        verb = cues.subject_verb.search(doc.original, mention.end, pronoun.start())
        if verb is not None and _opens_clause(doc, mention.start):
            found.add(mention.keys[0])
    return found


def _clause_end(text: str, position: int) -> int:
    found = _SENTENCE_END.search(text, position, position + _CLAUSE_REACH)
    return found.start() if found else min(len(text), position + _CLAUSE_REACH)


def _opens_clause(doc: Document, position: int) -> bool:
    """Whether only a clause boundary, a conjunction and an article stand before ``position``."""
    opening = party_cues(doc.lang).clause_opening
    return opening.search(doc.original, max(0, position - _REACH), position) is not None
