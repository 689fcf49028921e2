"""Tell the holders of an office the opening sentence met, as a group, for several states.

« M. X a eu hier une série de rencontres avec les ambassadeurs du Maroc, de Tchéquie et du
Gabon. » / « L'ambassadeur du Gabon, M. Y, est venu l'informer … »: the opening counts the
ambassadors of the states it lists as taking part; each one named later took part, however
the later sentence tells of the meeting (« Avec l'ambassadeur d'Égypte, M. Z, il a été
question de … »).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

from communique.lexicon.persons import after_former_qualifier, person_vocabulary, person_words
from communique.patterncache import compile_pattern
from communique.resolve.hosts import lead_span
from communique.wordtrie import alternation

if TYPE_CHECKING:
    from communique.document import Document
    from communique.hits import PersonHit

__all__ = ["met_as_listed_office"]

_FIRST_PARTY_REACH: Final = 12
"""Characters at most between the plural office and the first state it lists (« du »)."""
_HEAD_REACH: Final = 160
"""Characters before a name read for its office's head (« L'ambassadeur du Kenya, M. X »)."""


def met_as_listed_office(hit: PersonHit, doc: Document) -> bool:
    """Whether the opening sentence lists the mention's state after its office in the plural.

    The mention's role head must be that office (« ambassadeur » for « les ambassadeurs
    de … ») and its affiliation one of the states listed right after it.
    """
    if hit.lead or hit.head is None or hit.affiliation is None:
        return False
    low = max(hit.sentence[0], hit.start - _HEAD_REACH)
    head = doc.original[low : hit.start].lower().rfind(hit.head.lower())
    if head >= 0 and after_former_qualifier(doc.original, low + head):
        return False  # « l'ancien ambassadeur du Maroc »: a former holder, not the one met
    offices = doc.memo.get("lead_offices", "", lambda: _lead_offices(doc))
    return (hit.head.casefold(), hit.affiliation) in offices


@functools.cache
def _list_gap() -> re.Pattern[str]:
    """What stands between two listed states: a comma, a coordinator, the list's link.

    « du Maroc, de Tchéquie et du Gabon », "of Kenya, Norway and Ghana"; not « au » (« du
    Gabon au Sénégal »: the state where they serve).
    """
    listed = [
        *person_words("coordinators"),
        *person_words("name_party_links"),
        *person_words("articles"),
    ]
    whole = alternation([word for word in listed if not word.endswith("'")])
    elided = alternation(
        [form for word in listed if word.endswith("'") for form in (word, word[:-1] + "’")]
    )
    words = rf"(?:{whole})(?![\w'’])[ \t]*" + (rf"|(?:{elided})" if elided else "")
    return compile_pattern(rf"[\s,]*(?:{words})*", re.IGNORECASE)


def _lead_offices(doc: Document) -> frozenset[tuple[str, str]]:
    """The (office, state) pairs the opening sentence lists: « les ambassadeurs du Maroc, … »."""
    lead = lead_span(doc)
    vocabulary = person_vocabulary(doc.lang)
    if lead is None or vocabulary.plural_role is None:
        return frozenset()
    mentions = [m for m in doc.party_mentions if lead[0] <= m.start < lead[1]]
    pairs: set[tuple[str, str]] = set()
    for match in vocabulary.plural_role.finditer(doc.original, lead[0], lead[1]):
        office = vocabulary.plural_roles.get(match.group().casefold())
        if not office:
            continue
        end = match.end()
        reach = end + _FIRST_PARTY_REACH
        for mention in mentions:
            if mention.start < end:
                continue
            if mention.start > reach or len(mention.keys) != 1:
                break
            pairs.add((office, mention.keys[0]))
            gap = _list_gap().match(doc.original, mention.end)
            end = mention.end
            reach = gap.end() if gap is not None else end
    return frozenset(pairs)
