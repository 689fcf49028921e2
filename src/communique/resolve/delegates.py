"""The states whose office holders the opening sentence, or a list of attendance, names.

A minister is often named by the state they serve, not by their name: "Foreign Minister A
welcomed the foreign ministers of Albania, Montenegro and Serbia to Berlin", "a reçu ses
homologues du Mali, de la Mauritanie et de la Gambie", "s'est entretenu avec le ministre
d'État, ministre des Affaires étrangères … de la République algérienne démocratique et
populaire, M. X". Each state so listed takes part, as a participant's state does; so does
each one a sentence listing who attended names so ("Ont également pris part à la réunion
les ministres des Affaires étrangères du Ghana et du Togo").

A group of states whose members a bracket lists stands for its members: "the foreign
ministers of the Benelux countries (Belgium, the Netherlands and Luxembourg) and of the
Baltic countries (Estonia, Latvia and Lithuania)" (a group noun of ``member_group_nouns``
among the group's words); a second group joined to the first's bracket shares its office.

A demonym next to the office names its state too: "his Malian and Nigerien counterparts",
"ses homologues malien et nigérien".

Between the office (``delegate_heads``) and its link to the state (``delegate_links``) only
the words of the office's title may stand: capitalised words, its small words
(``office_words``) and, in French, a lower-case portfolio of two words at most after a link
(``portfolio_links``: "des affaires étrangères"). A verb breaks the title: in "the
ministers discussed the future of Albania", Albania is a topic. An office after a topic
preposition ("condemned the attack against the President of X") is no delegate either, nor
are the states of a visit that has not taken place (``resolve.hosts.future_visit``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import communique.readings as readings
from communique.gazetteer import gazetteer
from communique.letters import CAPITAL
from communique.lexicon.party_cues import party_cues
from communique.lexicon.persons import after_former_qualifier, person_vocabulary
from communique.patterncache import compile_pattern
from communique.resolve.hosts import future_visit, lead_span

if TYPE_CHECKING:
    import re

    from communique.document import Document, PartyMention
    from communique.lexicon.party_cues import PartyCues

__all__ = ["delegate_states", "former_office_state"]

_REACH: Final = 200
"""Characters before a state searched for the office that serves it."""
_TOPIC_REACH: Final = 30
"""Characters before an office searched for a topic preposition governing it."""
_PORTFOLIO_WORDS: Final = 2
"""Lower-case words of a portfolio at most after a link ("des affaires étrangères")."""
_ADJOINED_REACH: Final = 40
"""Characters between a demonym and the office it qualifies, at most."""
_PORTFOLIO: Final = compile_pattern(rf"[ \t]+(?:{CAPITAL}[\w-]*[ \t]+){{0,3}}")
"""Capitalised words of a portfolio between a demonym and its office: " Foreign "."""
_GROUP_REACH: Final = 60
"""Characters before a bracket searched for the group of states whose members it lists."""
_GROUP_WORDS: Final = 5
"""Words of a group's name at most: "Baltic countries", "pays du groupe de Visegrád"."""
_OPENING_BRACKET: Final = compile_pattern(r"\([ \t]*$")
"""A bracket opening a list of members, ending the text searched."""
_CLOSING_BRACKET: Final = compile_pattern(r"[ \t]*\)")
"""The bracket closing a list of members, after its last state."""
_GROUP_WORD: Final = compile_pattern(r"[^\W\d_][\w'’-]*")
"""A word of a group's name: "Benelux", "countries", "du"."""
_TOKEN: Final = compile_pattern(r"(?i:[dlj]|qu)['’]|[^\W_][\w.-]*|\([^()\n]{1,12}\)|\S")
"""A word, an elided article ("l'", "d'") apart, an acronym in brackets or a sign."""


def delegate_states(doc: Document) -> set[str]:
    """Keys of the states whose office holders the text names as taking part.

    Read in the opening sentence, and in the sentences that list who attended ("Taking part
    were the foreign ministers of A and B", ``attendance`` of the persons vocabulary).
    """
    span = lead_span(doc)
    if span is None or future_visit(doc) is not None:
        return set()
    cues = party_cues(doc.lang)
    entries = gazetteer(doc.lang).entries
    found: set[str] = set()
    for start, end in (span, *_attendance_sentences(doc)):
        mentions = [
            m
            for m in doc.party_mentions
            if start <= m.start < end and len(m.keys) == 1 and entries[m.keys[0]].kind == "state"
        ]
        listed_end: int | None = None  # where the last bracketed list of members ends
        for chain in _chains(doc, mentions, cues):
            first, last = chain[0], chain[-1]
            group = _group_start(doc, first.start, start, cues)
            anchor = first.start if group is None else group
            if (
                _served(doc, anchor, start, cues)
                or (listed_end is not None and _goes_on(doc, listed_end, anchor, cues))
                or (
                    (_after_head(doc, first, start, cues) or _before_head(doc, last, end, cues))
                    and not _topic(doc, first.start, start, cues)  # "against the Malian"
                )
            ):
                found.update(m.keys[0] for m in chain)
                closing = _CLOSING_BRACKET.match(doc.original, last.end, end)
                listed_end = closing.end() if group is not None and closing else None
            else:
                listed_end = None
    return found


def _attendance_sentences(doc: Document) -> list[tuple[int, int]]:
    """Original spans of the paragraphs' sentences that list who attended."""
    attendance = person_vocabulary(doc.lang).attendance
    found: list[tuple[int, int]] = []
    for paragraph in doc.paragraphs:
        text = paragraph.unit.text
        for start, end in readings.sentences(doc, text):
            if attendance.search(text, start, end) is not None:
                found.append(paragraph.unit.span(start, end))
    return found


def _chains(
    doc: Document, mentions: list[PartyMention], cues: PartyCues
) -> list[list[PartyMention]]:
    """The mentions in lists: "Albania, Montenegro and Serbia", "du Bénin, du Niger et du Togo"."""
    chains: list[list[PartyMention]] = []
    for mention in mentions:
        if chains and cues.list_join.fullmatch(doc.original, chains[-1][-1].end, mention.start):
            chains[-1].append(mention)
        else:
            chains.append([mention])
    return chains


def _after_head(doc: Document, mention: PartyMention, lead_start: int, cues: PartyCues) -> bool:
    """Whether a demonym follows an office directly: "ses homologues malien et nigérien"."""
    start = max(lead_start, mention.start - _ADJOINED_REACH)
    heads = list(cues.delegate_head.finditer(doc.original, start, mention.start))
    return bool(heads) and not doc.original[heads[-1].end() : mention.start].strip()


def _before_head(doc: Document, mention: PartyMention, lead_end: int, cues: PartyCues) -> bool:
    """Whether an office follows a demonym, after its portfolio if any.

    "his Malian and Nigerien counterparts", "the Japanese Foreign Minister".
    """
    end = min(lead_end, mention.end + _ADJOINED_REACH)
    head = cues.delegate_head.search(doc.original, mention.end, end)
    return (
        head is not None
        and _PORTFOLIO.fullmatch(doc.original, mention.end, head.start()) is not None
    )


def _group_start(doc: Document, position: int, lead_start: int, cues: PartyCues) -> int | None:
    """Where a group of states starts whose members a bracket lists from ``position`` on.

    "the foreign ministers of the Benelux countries (Belgium, …)", "des pays baltes
    (Estonie, …)": the group's words, one of them a group noun (``member_group_nouns``),
    stand between the office's link and the bracket; the office serves each member.
    """
    bracket = _OPENING_BRACKET.search(
        doc.original, max(lead_start, position - _GROUP_REACH), position
    )
    if bracket is None:
        return None
    words = list(
        _GROUP_WORD.finditer(
            doc.original, max(lead_start, bracket.start() - _GROUP_REACH), bracket.start()
        )
    )
    for count in range(1, min(len(words), _GROUP_WORDS) + 1):
        group = words[-count:]
        if any(word.group().casefold() in cues.member_groups for word in group):
            start = group[0].start()
            if cues.delegate_link.search(doc.original, max(lead_start, start - _REACH), start):
                return start
    return None


def _goes_on(doc: Document, listed_end: int, anchor: int, cues: PartyCues) -> bool:
    """Whether a group follows the bracketed list of another, joined to it by a coordinator.

    "… of the Benelux countries (…) and of the Baltic countries (…)": one office serves both.
    """
    return cues.list_join.fullmatch(doc.original, listed_end, anchor) is not None


def _served(doc: Document, position: int, lead_start: int, cues: PartyCues) -> bool:
    """Whether an office's title leads to what stands at ``position``.

    There stands a state ("the foreign ministers of" + state) or a group of states whose
    members a bracket lists. Not an office after a topic preposition, nor a past one ("led
    by X, former President of Ghana": no office held for it).
    """
    head = _office_head(doc, position, lead_start, cues)
    return (
        head is not None
        and not _topic(doc, head.start(), lead_start, cues)
        and not after_former_qualifier(doc.original, head.start())
    )


def former_office_state(doc: Document, position: int) -> bool:
    """Whether the state at ``position`` completes a past office: "former President of Ghana".

    "The mission, led by X, former President of Ghana, arrived …": X holds no office of
    that state now, and the state takes no part through X.
    """
    head = _office_head(doc, position, 0, party_cues(doc.lang))
    return head is not None and after_former_qualifier(doc.original, head.start())


def _office_head(doc: Document, position: int, low: int, cues: PartyCues) -> re.Match[str] | None:
    """The head of the office whose title, from ``low`` on, leads to ``position``, or None.

    "the foreign ministers of" + state: a head (``delegate_heads``), only the words of an
    office's title, then its link to the state (``delegate_links``).
    """
    start = max(low, position - _REACH)
    link = cues.delegate_link.search(doc.original, start, position)
    if link is None:
        return None
    heads = list(cues.delegate_head.finditer(doc.original, start, link.start()))
    if not heads:
        return None
    words = doc.original[heads[-1].end() : link.start()]
    return heads[-1] if _title_words(words, cues.office_words, cues.portfolio_links) else None


def _topic(doc: Document, position: int, lead_start: int, cues: PartyCues) -> bool:
    """Whether a topic preposition governs the words at ``position``: "against the"."""
    before = max(lead_start, position - _TOPIC_REACH)
    article = cues.article_before.search(doc.original, before, position)
    if article is not None:  # "against the Estonian Prime Minister"
        position = article.start()
    return cues.lead_topic.search(doc.original, before, position) is not None


def _title_words(text: str, small: frozenset[str], links: frozenset[str]) -> bool:
    """Whether ``text`` holds only words of an office's title.

    Capitalised words and small words always; a lower-case word only among the first two
    words after one of the ``links`` ("des affaires étrangères"), never after the head
    itself or a comma (a verb: "the ministers discussed").

    >>> small = frozenset({"des", "de", "la", "l'", "et", "of", "the", "for", "and"})
    >>> links = frozenset({"des", "de", "la", "l'", "et"})
    >>> _title_words(" des affaires étrangères ", small, links)
    True
    >>> _title_words(" for Foreign Affairs and Trade ", small, links)
    True
    >>> _title_words(" de la Communauté nationale, de l'intégration africaine ", small, links)
    True
    >>> _title_words(" Weber discussed the future ", small, links)
    False
    >>> _title_words(" of civil society ", small, frozenset())
    False
    """
    since_link: int | None = None  # words since the last link; None: no lower case here
    for token in _TOKEN.findall(text):
        folded = token.casefold().replace("’", "'")
        if folded in small:
            since_link = 0 if folded in links else None
        elif token == ",":
            since_link = None
        elif token[0].isupper() or token[0] == "(":
            since_link = None if since_link is None else since_link + 1
        elif token[0].isalpha() and since_link is not None and since_link < _PORTFOLIO_WORDS:
            since_link += 1
        else:
            return False
    return True
