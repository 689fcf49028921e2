"""The states whose office holders the opening sentence names as taking part.

A minister is often named by the state they serve, not by their name: "Foreign Minister A
welcomed the foreign ministers of Albania, Montenegro and Serbia to Berlin", "a reçu ses
homologues du Mali, de la Mauritanie et de la Gambie", "s'est entretenu avec le ministre
d'État, ministre des Affaires étrangères … de la République algérienne démocratique et
populaire, M. X". Each state so listed takes part, as a participant's state does.

A demonym next to the office names its state too: "his Malian and Nigerien counterparts",
"ses homologues malien et nigérien".

Between the office (``delegate_heads``) and its link to the state (``delegate_links``) only
the words of the office's title may stand: capitalised words, its small words
(``office_words``) and, after one of those, a lower-case portfolio of two words at most
("des affaires étrangères"). A verb breaks the title: in "the ministers discussed the future
of Albania", Albania is a topic. An office after a topic preposition ("condemned the attack
against the President of X") is no delegate either, nor are the states of a visit that has
not taken place (``resolve.hosts.future_visit``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from communique.gazetteer import gazetteer
from communique.lexicon.party_cues import party_cues
from communique.resolve.hosts import future_visit, lead_span

if TYPE_CHECKING:
    from communique.document import Document, PartyMention
    from communique.lexicon.party_cues import PartyCues

__all__ = ["delegate_states"]

_REACH: Final = 200
"""Characters before a state searched for the office that serves it."""
_TOPIC_REACH: Final = 30
"""Characters before an office searched for a topic preposition governing it."""
_PORTFOLIO_WORDS: Final = 2
"""Lower-case words of a portfolio at most after a small word ("des affaires étrangères")."""
_ADJOINED_REACH: Final = 40
"""Characters between a demonym and the office it qualifies, at most."""
_PORTFOLIO: Final = re.compile(r"[ \t]+(?:[^\W\d_a-z][\w-]*[ \t]+){0,3}")
"""Capitalised words of a portfolio between a demonym and its office: " Foreign "."""
_TOKEN: Final = re.compile(r"(?i:[dlj]|qu)['’]|[^\W_][\w.-]*|\([^()\n]{1,12}\)|\S")
"""A word, an elided article ("l'", "d'") apart, an acronym in brackets or a sign."""


def delegate_states(doc: Document) -> set[str]:
    """Keys of the states whose office holders the opening sentence names as taking part."""
    span = lead_span(doc)
    if span is None or future_visit(doc) is not None:
        return set()
    cues = party_cues(doc.lang)
    entries = gazetteer(doc.lang).entries
    mentions = [
        m
        for m in doc.party_mentions
        if span[0] <= m.start < span[1] and len(m.keys) == 1 and entries[m.keys[0]].kind == "state"
    ]
    found: set[str] = set()
    for chain in _chains(doc, mentions, cues):
        first, last = chain[0], chain[-1]
        if _served(doc, first, span[0], cues) or (
            (_after_head(doc, first, span[0], cues) or _before_head(doc, last, span[1], cues))
            and not _topic(doc, first.start, span[0], cues)  # "the attack against the Malian …"
        ):
            found.update(m.keys[0] for m in chain)
    return found


def _chains(
    doc: Document, mentions: list[PartyMention], cues: PartyCues
) -> list[list[PartyMention]]:
    """The mentions in lists: "Albania, Montenegro and Serbia", "du Bénin, du Niger et du Togo"."""
    chains: list[list[PartyMention]] = []
    for mention in mentions:
        if chains and cues.coordination.fullmatch(doc.original, chains[-1][-1].end, mention.start):
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


def _served(doc: Document, mention: PartyMention, lead_start: int, cues: PartyCues) -> bool:
    """Whether an office's title leads to the state: "the foreign ministers of" + state."""
    start = max(lead_start, mention.start - _REACH)
    link = cues.delegate_link.search(doc.original, start, mention.start)
    if link is None:
        return False
    heads = list(cues.delegate_head.finditer(doc.original, start, link.start()))
    if not heads:
        return False
    head = heads[-1]
    if _topic(doc, head.start(), lead_start, cues):
        return False
    return _title_words(doc.original[head.end() : link.start()], cues.office_words)


def _topic(doc: Document, position: int, lead_start: int, cues: PartyCues) -> bool:
    """Whether a topic preposition governs the words at ``position``: "against the"."""
    before = max(lead_start, position - _TOPIC_REACH)
    article = cues.article_before.search(doc.original, before, position)
    if article is not None:  # "against the Estonian Prime Minister"
        position = article.start()
    return cues.lead_topic.search(doc.original, before, position) is not None


def _title_words(text: str, small: frozenset[str]) -> bool:
    """Whether ``text`` holds only words of an office's title.

    Capitalised words and small words always; a lower-case word only among the first
    two words after a small word ("des affaires étrangères"), never after the head itself
    or a comma (a verb: "the ministers discussed").

    >>> small = frozenset({"des", "de", "la", "l'", "et", "of", "the", "for", "and"})
    >>> _title_words(" des affaires étrangères ", small)
    True
    >>> _title_words(" for Foreign Affairs and Trade ", small)
    True
    >>> _title_words(" de la Communauté nationale, de l'intégration africaine ", small)
    True
    >>> _title_words(" Weber discussed the future ", small)
    False
    """
    since_small: int | None = None  # words since the last small word; None: none yet
    for token in _TOKEN.findall(text):
        folded = token.casefold().replace("’", "'")
        if folded in small:
            since_small = 0
        elif token == ",":
            since_small = None
        elif token[0].isupper() or token[0] == "(":
            since_small = None if since_small is None else since_small + 1
        elif token[0].isalpha() and since_small is not None and since_small < _PORTFOLIO_WORDS:
            since_small += 1
        else:
            return False
    return True
