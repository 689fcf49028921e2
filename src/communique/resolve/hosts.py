"""The hosts of a visit or meeting: parties that take part by receiving it.

A visit in the opening sentence takes its visitor to the parties named after it, up to the
topic ("a tour that will take her to A, B and C to discuss the situation in D"; "En visite
d'État en Turquie, le Président X a signé …"). A capital a few words
from a named participant ("était reçu par son homologue X à Lisbonne", "met Y in Tokyo")
has its state as host — when the text also names the state, so that a meeting of an
organisation in the city of its seat ("à Bruxelles", "in Addis Ababa") adds no state the
text never speaks of.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import communique.readings as readings
from communique.lexicon.capitals import capitals
from communique.lexicon.party_cues import party_cues
from communique.patterncache import compile_pattern, compile_regex
from communique.structure.header import opening_end
from communique.wordtrie import phrase_key

if TYPE_CHECKING:
    import re

    from communique.document import Document
    from communique.hits import PersonHit
    from communique.model import Language

__all__ = [
    "after_dateline",
    "destinations",
    "future_destinations",
    "future_visit",
    "host_parties",
    "lead_language",
    "lead_span",
    "past_visit",
]

_REACH: Final = 30
"""Characters before a name searched for the preposition (and article) that governs it."""
_GAP_WORDS: Final = 2
"""Words at most between an actor and the place they meet in: "a reçu à Paris son homologue X"."""
_GAP_CHARS: Final = 60
_WORD: Final = compile_pattern(r"\w+")
_CLAUSE_END: Final = compile_pattern(r"[,;:.!?]")
_ISO: Final = compile_pattern(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
"""An ISO year, month or day (not a week, "2013-W36", nor an open side, "..")."""
_BRACKET_BEFORE: Final = compile_pattern(r"[(\[][ \t]*$")
"""The bracket opening an acronym after the name it abbreviates: "… des États (CEDEAO)"."""
GLUED_DATELINE: Final = compile_pattern(r"[ \t](?:[-–—]|\([^)\n]{1,30}\)[ \t]*[-–—]|:)[ \t]+")
"""The end of a dateline glued to the opening sentence: "… 2025 — ", "PARIS (AFP) - "."""
_DATELINE_REACH: Final = 80
"""Characters at the head of the opening sentence where a glued dateline ends."""
_DATELINE_SHAPE: Final = compile_regex(
    r"[ \t]*\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}"
    r"(?:,(?:[ \t]+[\p{L}.,]{1,12}){0,3})?[ \t]+[\d.\/-]*\d[\p{L}\d.,\/ \t-]{0,20}"
)
"""A dateline's shape: a place of capitalised words, then figures, or a comma and a few short
words (an article, a weekday, a month) before them ("Strasbourg 10.11.2005", "WINDHOEK,
Sept. 02", "Valmont, le 3 mai 2026"); "The Ministers met on 3 May 2026" is none."""


def lead_span(doc: Document) -> tuple[int, int] | None:
    """Original span of the opening sentence of the first paragraph, or None."""
    if not doc.paragraphs:
        return None
    unit = doc.paragraphs[0].unit
    sentences = readings.sentences(doc, unit.text)
    end = opening_end(doc, unit.text)
    if end < 0:
        return None
    start = next(s for s, e in sentences if e == end)
    return unit.span(start, end)


def dateline_end(doc: Document, lead: tuple[int, int]) -> int:
    """Where a dateline glued to the opening sentence ends, or the sentence's start.

    "Strasbourg 10.11.2005 - Foreign Ministers … will meet on 16 and 17 November": the
    dateline's day dates the release, not the event the sentence reports.
    """
    glued = _glued_dateline(doc, lead)
    return glued.start() if glued is not None else lead[0]


def after_dateline(doc: Document, lead: tuple[int, int]) -> int:
    """Where the opening sentence's words start, past a dateline glued before them if any.

    "New York, 4 March 2026 — The members of the Council …": at "The".
    """
    glued = _glued_dateline(doc, lead)
    return glued.end() if glued is not None else lead[0]


def _glued_dateline(doc: Document, lead: tuple[int, int]) -> re.Match[str] | None:
    """The mark ending a dateline glued to the opening sentence (" — ", " (AFP) - "), or None."""
    end = min(lead[1], lead[0] + _DATELINE_REACH)
    glued = GLUED_DATELINE.search(doc.original, lead[0], end)
    if glued is None or _DATELINE_SHAPE.fullmatch(doc.original, lead[0], glued.start()) is None:
        return None  # "… met in Kalvora on 3 and 4 May 2026 – their first meeting": no dateline
    return glued


def lead_language(doc: Document) -> Language:
    """The language the first paragraph is written in.

    A bilingual release may open in the language it uses less ("Le ministre … effectuera
    …" above "The Minister … will …"): its opening sentence is read in its own language.
    """
    if not doc.paragraphs:
        return doc.lang
    return readings.language(doc, doc.paragraphs[0].unit.text)


def host_parties(doc: Document) -> set[str]:
    """Keys of the parties that host the visit or meeting the communiqué reports."""
    return _visited(doc) | _capital_hosts(doc)


def destinations(doc: Document) -> set[str]:
    """Keys of the parties the opening sentence's visit goes to, made or announced.

    "X will travel to Fiji this week", "X is on a visit to Fiji": Fiji receives the
    traveller; it is not the state the traveller acts for.
    """
    span = future_destinations(doc)
    if span is None:
        return _visited(doc)
    start, end = span
    return _visited(doc) | {
        key
        for mention in doc.party_mentions
        if start <= mention.start < end
        for key in mention.keys
    }


def _visited(doc: Document) -> set[str]:
    """The parties named after a word of a visit in the opening sentence, before its topic.

    "a tour that takes her to A, B and C to discuss the situation in D": A, B and C.
    """
    span = lead_span(doc)
    if span is None or future_visit(doc) is not None:
        return set()
    start, end = span
    cues = party_cues(lead_language(doc))
    visit = cues.visit.search(doc.original, start, end)
    if visit is None:
        return set()
    if cues.visit_past.search(doc.original, max(start, visit.start() - _REACH), visit.start()):
        return set()  # "au lendemain de sa visite au Maroc, le Président a présidé …"
    topic = cues.visit_topic.search(doc.original, visit.end(), end)
    stop = end if topic is None else topic.start()
    visited: set[str] = set()
    members: set[str] = set()  # "a tour of the member states of ECOWAS": not ECOWAS itself
    for mention in doc.party_mentions:
        if not visit.end() <= mention.start < stop:
            continue
        before = max(visit.end(), mention.start - _REACH)
        if cues.members.search(doc.original, before, mention.start) or (
            members & set(mention.keys)
            and _BRACKET_BEFORE.search(doc.original, before, mention.start)
        ):
            members.update(mention.keys)
        else:
            visited.update(mention.keys)
    return visited


def past_visit(doc: Document) -> tuple[int, int] | None:
    """The span of a visit the opening sentence puts before its event, up to the next comma.

    "On his return from his state visit to Japan, the President chaired …": Japan is no
    party of the meeting reported.
    """
    span = lead_span(doc)
    if span is None:
        return None
    past = party_cues(lead_language(doc)).visit_past.search(doc.original, *span)
    if past is None:
        return None
    end = _CLAUSE_END.search(doc.original, past.end(), span[1])
    return past.start(), end.start() if end else span[1]


def future_visit(doc: Document) -> int | None:
    """Where the opening sentence announces a visit for a time after the text's, or None.

    "The Minister will travel to Ghana and Kenya next week": the visit has not taken place,
    and the states it will take the visitor to are no parties yet. The time is a phrase of
    the future in the title or the first paragraph (``future_time_words``) or, when the
    paragraph dates the visit, its first date after the verb, after the document's own: a
    visit that starts on the day of the text ("will undertake a visit … from 22 to 23
    October", issued on 22 October) is under way, and its hosts take part.
    """
    span = lead_span(doc)
    if span is None:
        return None
    cues = party_cues(lead_language(doc))
    verb = cues.future_visit.search(doc.original, *span)
    if verb is None:
        return None
    first = doc.paragraphs[0]
    # The visit starts at the first date after its verb; a phrase of the future, if none.
    dated = [
        d.value
        for d in sorted(doc.dates, key=lambda d: d.start)
        if verb.end() <= d.start < first.end and _ISO.fullmatch(str(d.value).split("/")[0])
    ]
    if dated:
        return verb.start() if _after(dated[0], doc.date) else None
    # The title may hold the time: "Minister to visit Ghana next week".
    spans = [(first.start, first.end)]
    if doc.title is not None:
        spans.append(doc.title.span(0, len(doc.title.text)))
    if any(cues.future_time.search(doc.original, *span) for span in spans):
        return verb.start()
    return None


_DESTINATIONS_END: Final = compile_pattern(r"[;:]")
"""Not a comma: ", where he will meet the President of X" still describes the visit."""


def future_destinations(doc: Document) -> tuple[int, int] | None:
    """The span of an announced visit's verb and destinations, or None.

    "will travel to Tonga and Samoa from 9 to 12 June to reaffirm New Zealand's …": the
    destinations end at a date, a purpose ("to reaffirm", "pour renforcer") or a semicolon;
    a state after them is the author's or the topic's, not a destination.
    """
    start = future_visit(doc)
    span = lead_span(doc)
    if start is None or span is None:
        return None
    cues = party_cues(lead_language(doc))
    verb = cues.future_visit.match(doc.original, start)
    after = verb.end() if verb is not None else start
    ends = [span[1]]
    for found in (
        _DESTINATIONS_END.search(doc.original, after, span[1]),
        cues.visit_purpose.search(doc.original, after, span[1]),
    ):
        if found is not None:
            ends.append(found.start())
    ends += [d.start for d in doc.dates if after <= d.start < span[1]]
    return start, min(ends)


def _after(value: str | None, reference: str | None) -> bool:
    """Whether an ISO date, month or range starts after ``reference``, at their precision.

    >>> _after("2026-06", "2026-05-04"), _after("2018-10-22/2018-10-23", "2018-10-22")
    (True, False)
    """
    if value is None or reference is None:
        return False
    start = value.split("/")[0]
    if not _ISO.fullmatch(start) or not _ISO.fullmatch(reference):
        return False
    size = min(len(start), len(reference))
    return start[:size] > reference[:size]


def _capital_hosts(doc: Document) -> set[str]:
    """The states whose capital is where a participant acts: "reçu par X à Lisbonne"."""
    named = {key for m in doc.party_mentions for key in m.keys}
    agents: dict[tuple[int, int], list[PersonHit]] = {}
    for hit in doc.person_hits:
        if hit.agent and not hit.non_agent and hit.paragraph is not None and hit.name:
            agents.setdefault(hit.sentence, []).append(hit)
    table, locative = capitals(), party_cues(doc.lang).locative
    found: set[str] = set()
    for (start, end), actors in agents.items():
        for capital in table.pattern.finditer(doc.original, start, end):
            key = table.states[phrase_key(capital.group())]
            before = max(start, capital.start() - _REACH)
            place = locative.search(doc.original, before, capital.start())
            if (
                key in named
                and place is not None
                and _beside(doc, place.start(), capital.end(), actors)
            ):
                found.add(key)
    return found


def _beside(doc: Document, start: int, end: int, actors: list[PersonHit]) -> bool:
    """Whether a named actor stands next to ``original[start:end]``, a few words apart."""
    for hit in actors:
        if hit.end <= start:
            gap = (hit.end, start)
        elif hit.start >= end:
            gap = (end, hit.start)
        else:
            continue
        # A long gap is never a few words: not read (many actors in one long sentence).
        if gap[1] - gap[0] <= _GAP_CHARS and len(_WORD.findall(doc.original, *gap)) <= _GAP_WORDS:
            return True
    return False
