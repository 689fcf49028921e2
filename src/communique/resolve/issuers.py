"""The organisation that issues a communiqué, when it is not a state.

An organ named with its organisation is one party, as written ("le Conseil de paix et de
sécurité de l'Union africaine"): the organisation after the link is part of its name, not a
party of its own. The issuer is then, from the opening sentence or the lines before it:

1. the body a participle of adoption names, opening the lead ("Adopted by the Peace and
   Security Council …"); a body opening the lead at a meeting of its own ("The X Council of
   the Union, at its 50th meeting, …", "Le Conseil …, en sa 1200e réunion, …"), named in
   the gazetteer or not;
2. the members of an organisation speaking as one ("We, the Foreign Ministers of the
   Commonwealth, …", "Nous, chefs d'État et de gouvernement des pays ayant le français en
   partage, …", "Commonwealth foreign ministers met …");
3. an organisation's office, bare, opening the lead ("The Secretary-General met with …"),
   or a label only its offices print ("Note to Correspondents") (``issuing_offices``,
   ``issuing_labels``).

States the text names are then what it is about: ``resolve.parties`` keeps only those
that act.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

import attrs

import communique.readings as readings
from communique.gazetteer import gazetteer
from communique.lexicon.agreements import folded_agreement_words
from communique.lexicon.issuer_cues import issuer_cues
from communique.lexicon.parties import party_lexicon
from communique.patterncache import compile_pattern
from communique.records import shared_repr
from communique.resolve.hosts import after_dateline, lead_span
from communique.wordtrie import phrase_key

if TYPE_CHECKING:
    import re

    from communique.document import Document
    from communique.gazetteer import PartyEntry
    from communique.hits import PartyMention
    from communique.model import Language

__all__ = ["Issuer", "find_issuer", "issuer_name", "join_organs"]

_SPACES: Final = compile_pattern(r"\s+")
_WORDS: Final = compile_pattern(r"[^\W\d_]+")
_PARENTHESIS: Final = compile_pattern(r"[ \t]*\(")
_SPACES_ONLY: Final = compile_pattern(r"[ \t]+")
_ACRONYM: Final = compile_pattern(r"[ \t]*\([ \t]*[^\W\d_][\w.&-]{0,11}[ \t]*\)")
"""An acronym in parentheses after a name: " (PSC)", " (CPS)"."""
_MEETING_NAME: Final = compile_pattern(
    r"(?:\([^()\n,;:.]{1,15}\)|[^\n,;:.)]|\n(?![ \t]*\n)){0,150}"
)
"""The words of a meeting's name before its organisation, an organ, its members, wrapped
over lines; the organisation's long name before its bracketed acronym ("… (CEDEAO)"); an
organ's acronym ("the Council for Foreign and Community Relations (COFCOR) of the …")."""
_COMMA: Final = compile_pattern(r"[ \t]*,")
"""A comma right after an organisation's name: another side may follow, an article before it."""
_SIDE_DASH: Final = compile_pattern(r"[-–—/][ \t]*\w")
"""A dash or a slash glued after an organisation's name, before another side ("ASEAN-Japan")."""
_BULLET: Final = compile_pattern(r"[ \t]*[-–—•·▪*][ \t]+")
"""A bullet and its space opening a paragraph ("- La session …")."""
_HELD_REACH: Final = 120
"""Characters at most between a verb of holding and its meeting: a day, a place."""
_MEETING_REACH: Final = 40
"""Characters before an organisation's name searched for the meeting it holds."""


@shared_repr
@attrs.frozen(repr=False)
class Issuer:
    """The organisation that issues the text."""

    key: str | None
    """Its gazetteer key, or None for a body the gazetteer does not know."""
    span: tuple[int, int]
    """Where it is named (original offsets), or where its office or label is."""
    own_name: bool = True
    """Whether it speaks in its own name (a body, its members), not as a readout of its office:
    the states it names are then what it is about."""
    parent: str | None = None
    """The key of the organisation an organ the gazetteer does not know belongs to ("the
    Mediation Council of the Union"): named in the organ's name, it is no party of its own."""
    members_sit: bool = False
    """Whether it meets as itself (its statutory session, its organ or its heads opening the
    lead): the heads or ministers the text names as attending sit as its members, not for
    their states."""


def join_organs(doc: Document) -> tuple[PartyMention, ...]:
    """The party mentions with each organ joined to the organisation named with it.

    "Conseil de paix et de sécurité de l'Union africaine", "the Peace and Security Council
    (PSC) of the African Union (AU)" and "the African Union Peace and Security Council" are
    each one mention of the organ.
    """
    table = gazetteer(doc.lang)
    link = issuer_cues(doc.lang).organ_link
    mentions = doc.party_mentions
    joined: list[PartyMention] = []
    index = 0
    while index < len(mentions):
        mention = mentions[index]
        after = mentions[index + 1] if index + 1 < len(mentions) else None
        if after is not None and _organization(table.entries, mention):
            if _organization(table.entries, after) and link.fullmatch(
                doc.original, _past_acronym(doc.original, mention.end), after.start
            ):
                index += 2
                # "… of the African Union (AU)": the acronym belongs to the joined name too.
                if index < len(mentions) and _acronym_of(doc, after, mentions[index]):
                    index += 1
                joined.append(attrs.evolve(mention, end=after.end))
                continue
            if _organ_after(doc, mention, after):  # "the African Union Peace and Security …"
                joined.append(attrs.evolve(after, start=mention.start))
                index += 2
                continue
        joined.append(mention)
        index += 1
    return tuple(joined)


def _past_acronym(text: str, position: int) -> int:
    """The position after an acronym in parentheses at ``position``, if one stands there."""
    acronym = _ACRONYM.match(text, position)
    return acronym.end() if acronym else position


def _organ_after(doc: Document, mention: PartyMention, after: PartyMention) -> bool:
    """Whether an organ named by common nouns follows its organisation's name directly."""
    return (
        len(after.keys) == 1
        and after.keys[0] in _organs(doc.lang)
        and _SPACES_ONLY.fullmatch(doc.original, mention.end, after.start) is not None
    )


@functools.cache
def _organs(language: Language) -> frozenset[str]:
    """Keys of the organs named by common nouns ("Peace and Security Council")."""
    return frozenset(f"org:{code}" for code in party_lexicon(language).issuing_bodies)


def _acronym_of(doc: Document, named: PartyMention, acronym: PartyMention) -> bool:
    """Whether ``acronym`` stands in parentheses right after ``named``, for the same party."""
    return (
        acronym.keys == named.keys
        and _PARENTHESIS.fullmatch(doc.original, named.end, acronym.start) is not None
        and doc.original.startswith(")", acronym.end)
    )


def _organization(entries: dict[str, PartyEntry], mention: PartyMention) -> bool:
    return len(mention.keys) == 1 and entries[mention.keys[0]].kind == "organization"


def find_issuer(doc: Document, mentions: tuple[PartyMention, ...]) -> Issuer | None:
    """The organisation that issues the text, or None when nothing says one does."""
    span = lead_span(doc)
    if span is None:
        return None
    start = issuer_cues(doc.lang).opening.match(doc.original, span[0], span[1])
    opening = start.end() if start else span[0]
    return (
        _adopting_body(doc, mentions, span)
        or _session_body(doc, mentions, span, opening)
        or _members(doc, mentions, (after_dateline(doc, span), span[1]))
        or _meeting_subject(doc, mentions, (after_dateline(doc, span), span[1]))
        or _office(doc, span)
        or _letterhead(doc, mentions)
    )


def _adopting_body(
    doc: Document, mentions: tuple[PartyMention, ...], span: tuple[int, int]
) -> Issuer | None:
    """The organisation named right after a participle of adoption opening the lead.

    "Adopté par le Conseil de paix et de sécurité (CPS) de l'Union africaine (UA) lors de
    911ème réunion …", "Adopted by the Security Council at its 9000th meeting": the body
    that adopts the text issues it, however often its organisation is named below.
    """
    adoption = issuer_cues(doc.lang).adoption.match(doc.original, span[0], span[1])
    if adoption is None:
        return None
    entries = gazetteer(doc.lang).entries
    named = next((m for m in mentions if m.start >= adoption.end()), None)
    if named is None or named.start != adoption.end() or not _organization(entries, named):
        return None
    return Issuer(named.keys[0], (named.start, named.end))


def _letterhead(doc: Document, mentions: tuple[PartyMention, ...]) -> Issuer | None:
    """The organisation whose letterhead heads the text: "PACIFIC OCEAN FORUM SECRETARIAT".

    A header line above the title that is an organisation's name alone, or followed by its
    secretariat or commission (``letterhead_tails``), prints the text as the
    organisation's, or as its organ's when the title or the opening sentence names one.
    Not when the title names a state: a joint statement with a state, on the
    organisation's paper, is between both.
    """
    if doc.title is None or _title_names_state(doc):
        return None
    tail = issuer_cues(doc.lang).letterhead_tail
    entries = gazetteer(doc.lang).entries
    title_start = doc.title.offsets.start(0)
    # The letterhead is a header line, or furniture when contact lines print under it.
    lines: list[tuple[int, str, Callable[[int, int], tuple[int, int]]]] = [
        (u.offsets.start(0), u.text, u.span) for u in doc.header if u.offsets.start(0) < title_start
    ]
    lines += [
        (m.start, m.text, _shifted(m.start)) for m in doc.boilerplate if m.start < title_start
    ]
    for _, text, span in sorted(lines, key=lambda line: line[0]):
        hits = readings.party_hits(doc, text)
        if len(hits) != 1 or len(hits[0].keys) != 1:
            continue
        hit, key = hits[0], hits[0].keys[0]
        if entries[key].kind != "organization" or text[: hit.start].strip():
            continue
        if tail.match(text, hit.end) is not None:
            return _organ_of(doc, mentions, key) or Issuer(key, span(hit.start, hit.end))
    return None


def _organ_of(doc: Document, mentions: tuple[PartyMention, ...], parent: str) -> Issuer | None:
    """The organ the title or the opening sentence names, under its parent's letterhead.

    "AFRICAN UNION" above "Communiqué of the 1200th meeting of the Peace and Security
    Council": the Council issues the text, and the Union is no party of its own.
    """
    parents = party_lexicon(doc.lang).organ_parents
    for mention in mentions:
        key = mention.keys[0]
        if (
            (mention.paragraph is None or mention.lead)
            and key in _organs(doc.lang)
            and f"org:{parents.get(key.removeprefix('org:'), '')}" == parent
        ):
            return Issuer(key, (mention.start, mention.end), parent=parent)
    return None


def _shifted(start: int) -> Callable[[int, int], tuple[int, int]]:
    """Offsets in a furniture line, which is the original's text, as original offsets."""
    return lambda low, high: (start + low, start + high)


def _title_names_state(doc: Document) -> bool:
    """Whether the title names a state."""
    assert doc.title is not None
    entries = gazetteer(doc.lang).entries
    hits = readings.party_hits(doc, doc.title.text)
    return any(entries[key].kind == "state" for hit in hits for key in hit.keys)


def _session_body(
    doc: Document, mentions: tuple[PartyMention, ...], span: tuple[int, int], opening: int
) -> Issuer | None:
    """A body opening the lead at a meeting of its own: "The X Council, at its 50th meeting"."""
    body = issuer_cues(doc.lang).body.match(doc.original, span[0], span[1])
    if body is None or issuer_cues(doc.lang).session.match(doc.original, body.end()) is None:
        return None
    for mention in mentions:
        if opening <= mention.start < body.end() and _organization(
            gazetteer(doc.lang).entries, mention
        ):
            if mention.start == opening or _of_members(doc, opening, mention.start):
                return Issuer(mention.keys[0], (mention.start, mention.end))
            # "The Mediation Council of the Union": the organ speaks, not its organisation.
            return Issuer(None, body.span("body"), parent=mention.keys[0])
    return Issuer(None, body.span("body"))


def _of_members(doc: Document, start: int, end: int) -> bool:
    """Whether the organ's own words name its members: "The Authority of Heads of State"."""
    return issuer_cues(doc.lang).collective.search(doc.original, start, end) is not None


def _members(
    doc: Document, mentions: tuple[PartyMention, ...], span: tuple[int, int]
) -> Issuer | None:
    """The organisation whose members open the lead as one: "We, the Foreign Ministers of X"."""
    cues = issuer_cues(doc.lang)
    entries = gazetteer(doc.lang).entries
    organizations = [
        m for m in mentions if span[0] <= m.start < span[1] and _organization(entries, m)
    ]
    opener = cues.collective_opener.search(doc.original, span[0], min(span[1], span[0] + 40))
    if opener is not None:
        # Only the organisation the collective belongs to: "We, the Leaders of Australia,
        # Japan …, at the G7 summit" is a joint statement of states, not the G7's.
        for mention in organizations:
            if cues.organ_link.fullmatch(doc.original, opener.end(), mention.start):
                return Issuer(mention.keys[0], (mention.start, mention.end))
    first = organizations[0] if organizations else None
    if (
        first is not None
        and cues.opening.fullmatch(doc.original, span[0], first.start) is not None
        and cues.collective.match(doc.original, first.end) is not None
    ):
        # "The EAC Heads of State, Their Excellencies President X of Uganda; … held the
        # Summit": the heads it names sit as its members (states named alone stay sides:
        # "The G7 Foreign Ministers of Japan, Italy … gathered").
        return Issuer(first.keys[0], (first.start, first.end), members_sit=True)
    return _members_subject(doc, mentions, span)


def _members_subject(
    doc: Document, mentions: tuple[PartyMention, ...], span: tuple[int, int]
) -> Issuer | None:
    """The organisation whose members are the lead's subject, without "We".

    "The Heads of State and Government of the member countries of the Organisation …", "The
    Authority of Heads of State and Government of ECOWAS …": the organisation named after
    them. "Les Chefs d'État et de Gouvernement réunis à Dakar …", named by no organisation:
    the one whose meeting the title names ("Déclaration du Sommet de l'OCI"). Members named
    by their states ("The foreign ministers of Egypt and Jordan") speak for their states.
    """
    cues = issuer_cues(doc.lang)
    entries = gazetteer(doc.lang).entries
    found = cues.members.match(doc.original, span[0], span[1])
    if found is None:
        return None
    for mention in mentions:
        if (
            mention.start >= found.end()
            and _organization(entries, mention)
            and cues.organ_link.fullmatch(doc.original, found.end(), mention.start)
        ):
            if cues.member_group.match(doc.original, mention.end) is not None:
                return None  # "The members of the European Parliament delegation …"
            # « La Conférence des Chefs d'État … de la CEDEAO s'est réunie … »: its organ
            # meets, and the heads it lists as present sit as its members.
            return Issuer(mention.keys[0], (mention.start, mention.end), members_sit=True)
    titled = [m for m in mentions if m.paragraph is None]
    if cues.organ_link.match(doc.original, found.end()) is not None or any(
        not _organization(entries, m) for m in titled
    ):
        return None  # members of states, or states meeting at an organisation's summit
    for mention in titled:
        if _organization(entries, mention) and _meeting_of(doc, mention):
            return Issuer(mention.keys[0], (mention.start, mention.end))
    return None


def _meeting_subject(
    doc: Document, mentions: tuple[PartyMention, ...], span: tuple[int, int]
) -> Issuer | None:
    """The organisation whose statutory meeting is the lead's subject.

    "The Thirty-Fourth Regular Meeting of the Conference of Heads of Government of the
    Caribbean Community (CARICOM) was held …", « La quarante-sixième Session ordinaire de la
    Conférence des Chefs d'État … de la CEDEAO s'est tenue … »: the organisation holds the
    meeting and issues its communiqué; the heads attending it sit as its members.
    Only the organisation named before any other party, within the meeting's own name.
    """
    cues = issuer_cues(doc.lang)
    # "- La 66e session ordinaire de la Conférence …": the lead printed as a bullet item
    bullet = _BULLET.match(doc.original, span[0], span[1])
    start = bullet.end() if bullet is not None else span[0]
    meeting = cues.statutory_meeting.match(doc.original, start, span[1])
    if meeting is None:
        meeting = _inverted_meeting(doc, span)
    if meeting is None:
        return None
    entries = gazetteer(doc.lang).entries
    first = next((m for m in mentions if m.start >= meeting.end()), None)
    if first is None or first.start > span[1] or not _organization(entries, first):
        return None
    if _MEETING_NAME.fullmatch(doc.original, meeting.end(), first.start) is None:
        return None  # "The meeting of the ministers, held in Valmont, with the Union …"
    # "The Joint Council of the European Union and Norway", « la Commission mixte entre
    # l'Union européenne et le Sénégal », "the ASEAN-Japan Dialogue": a meeting of two sides.
    if cues.meeting_between.search(doc.original, meeting.end(), first.start) is not None:
        return None
    after = _past_acronym(doc.original, first.end)
    if cues.meeting_sides.match(doc.original, after) or _SIDE_DASH.match(doc.original, after):
        return None
    following = next((m for m in mentions if m.start >= after), None)
    comma = _COMMA.match(doc.original, after)
    if (
        following is not None
        and comma is not None
        and cues.opening.fullmatch(doc.original, comma.end(), following.start) is not None
    ):
        return None  # "the Joint Summit of ECOWAS, ECCAS and the AU": several organisations'
    return Issuer(first.keys[0], (first.start, first.end), members_sit=True)


def _inverted_meeting(doc: Document, span: tuple[int, int]) -> re.Match[str] | None:
    """A statutory meeting as the subject after its verb of holding, opening the main clause.

    « Sur invitation de …, s'est tenue, le 19 janvier 2022, la XXe session ordinaire de … »:
    the verb opens the lead or follows its opening clause's comma, and the meeting, its
    article written, follows it or a comma after a day or a place. Not a relative clause's
    verb (« … lors de la réunion qui s'est tenue à Dakar, en marge de la session … »).
    """
    cues = issuer_cues(doc.lang)
    held = cues.inverted_held.search(doc.original, span[0], span[1])
    if held is None:
        return None
    before = doc.original[span[0] : held.start()].rstrip()
    if before and not before.endswith(","):
        return None
    relatives = folded_agreement_words("clause_relatives", doc.lang)
    if any(phrase_key(word) in relatives for word in _WORDS.findall(before)):
        return None  # « … à Abuja, où, du 2 au 3 mai, s'est tenue la session … »: a relative
    high = min(span[1], held.end() + _HELD_REACH)
    starts = [held.end(), *(m.end() for m in _COMMA.finditer(doc.original, held.end(), high))]
    for start in starts:
        meeting = cues.inverted_meeting.match(doc.original, start, span[1])
        if meeting is not None:
            return meeting
    return None


def _meeting_of(doc: Document, mention: PartyMention) -> bool:
    """Whether the mention names whose meeting it is: "Summit of the OIC", "OIC Summit"."""
    cues = issuer_cues(doc.lang)
    before = max(0, mention.start - _MEETING_REACH)
    return (
        cues.meeting_before.search(doc.original, before, mention.start) is not None
        or cues.meeting_after.match(doc.original, mention.end) is not None
    )


def _office(doc: Document, span: tuple[int, int]) -> Issuer | None:
    """An organisation's bare office opening the lead, or its label before the text."""
    cues = issuer_cues(doc.lang)
    for key, office in cues.offices:
        found = office.match(doc.original, span[0], span[1])
        if found is not None and not cues.organ_link.match(doc.original, found.end()):
            return Issuer(key, found.span("office"), own_name=False)
    before = doc.original[: doc.paragraphs[0].start] if doc.paragraphs else ""
    for key, label in cues.labels:
        if (printed := label.search(before)) is not None:
            return Issuer(key, printed.span(), own_name=False)
    return None


def issuer_name(doc: Document, issuer: Issuer) -> str:
    """The issuer's name as written, on one line."""
    return _SPACES.sub(" ", doc.original[issuer.span[0] : issuer.span[1]]).strip()
