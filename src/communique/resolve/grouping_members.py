"""The states an opening sentence lists as the members of a grouping that acts.

"… the Group of Seven (G7) nations, including Canada, France, Germany, Italy, Japan, the
United Kingdom and the United States, said in a declaration": the grouping is where its
members meet (``parties._without_groupings`` drops it once states are chosen), and the
states its list names (after ``grouping_member_openers``: "including", « dont ») act, each
a party, however often the text names the topic it speaks about.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from communique.gazetteer import gazetteer
from communique.lexicon.parties import party_lexicon
from communique.lexicon.party_cues import party_cues

if TYPE_CHECKING:
    from communique.document import Document
    from communique.model import Language

__all__ = ["grouping_keys", "grouping_members"]

_MIN_MEMBERS: Final = 2
"""States a members' list names at least: one state after "including" is an example."""


def grouping_members(doc: Document) -> set[str]:
    """Keys of the states listed as the members of a grouping in the opening sentence."""
    groupings = grouping_keys(doc.lang)
    mentions = sorted(doc.party_mentions, key=lambda m: m.start)
    cues = party_cues(doc.lang)
    table = gazetteer(doc.lang)
    for index, mention in enumerate(mentions):
        if not mention.lead or groupings.isdisjoint(mention.keys):
            continue
        opener = cues.grouping_members.match(doc.original, mention.end)
        if opener is None:
            continue
        members: set[str] = set()
        position = opener.end()
        for member in mentions[index + 1 :]:
            if member.start < position:
                continue
            gap = doc.original[position : member.start]
            joined = cues.list_join.fullmatch(gap) if members else not gap.strip()
            if not joined or any(table.entries[k].kind != "state" for k in member.keys):
                break
            members.update(member.keys)
            position = member.end
        if len(members) >= _MIN_MEMBERS:
            return members
    return set()


@functools.cache
def grouping_keys(language: Language) -> frozenset[str]:
    """Keys of the informal groupings of ``language``'s gazetteer ("org:G7")."""
    return frozenset(f"org:{code}" for code in party_lexicon(language).groupings)
