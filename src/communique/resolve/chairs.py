"""The states of the chairs of an organisation or its meeting.

"The OSCE Chairperson-in-Office, Finland's Foreign Minister X, welcomed …", "… under the
chairmanship of H.E. X, President of Nigeria", "Le Président en exercice de l'Union
africaine, M. X, Président de l'Angola": the chair speaks for the organisation, so in an
organisation's text their state is no party (``chair_words`` in
``resources/<lang>/parties.toml``). The chair is the person named nearest after the word,
or right before it ("X, President of Nigeria and Chairman of the Authority"); their state
is their affiliation, and any state named between the word and their name.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING, Final

from communique.gazetteer import gazetteer
from communique.lexicon.party_cues import party_cues
from communique.lexicon.persons import person_words
from communique.patterncache import compile_pattern
from communique.wordtrie import alternation, fold_name

if TYPE_CHECKING:
    from communique.document import Document

__all__ = ["chair_states"]

_REACH: Final = 80
"""Characters between a chair word and the chair's name, on either side."""
_ROLE: Final = compile_pattern(r",[ \t]*(?:\w+[ \t]+)?[A-ZÀ-Ý][^,.;:\n]*")
"""A comma, then a capitalised office up to a party: ", Président de la République d'"."""


def chair_states(doc: Document) -> set[str]:
    """Keys of the states the chairs the text names act for."""
    cues = party_cues(doc.lang)
    chair = cues.chair
    table = gazetteer(doc.lang)
    named = sorted(
        ((m.start, m.end, p.affiliation) for p in doc.persons for m in p.mentions),
        key=lambda mention: mention[:2],
    )
    found: set[str] = set()
    for paragraph in doc.paragraphs:
        for word in chair.finditer(doc.original, paragraph.start, paragraph.end):
            person = _nearest(named, word.start(), word.end(), paragraph.start)
            if person is None or _coordinated(doc.original, word.end(), person[0]):
                continue  # "Le Président de la Commission et le Ministre X": another person
            low = min(word.end(), person[1])
            high = max(word.start(), person[0])
            joint = fold_name(word.group()) in cues.joint_chairs
            chairs = _with_cochairs(doc.original, named, person) if joint else [person]
            for _start, end, affiliation in chairs:
                if affiliation and (key := table.key_of(affiliation)) is not None:
                    found.add(key)
                found.update(
                    k
                    for m in doc.party_mentions
                    if low <= m.start < high or _apposition(doc.original, end, m.start)
                    for k in m.keys
                )
    return {key for key in found if table.entries[key].kind == "state"}


def _with_cochairs(
    text: str, named: list[tuple[int, int, str | None]], chair: tuple[int, int, str | None]
) -> list[tuple[int, int, str | None]]:
    """The chair and the persons coordinated right after their apposition, chairs alike.

    After a word of several chairs (``joint_chair_words``): "under the successive
    chairmanships of Mr X, Minister of Foreign Affairs of A, and Mr Y, Minister of Foreign
    Affairs of B": Y chairs too; not "… of X, in the presence of Y". The names are in text
    order: the walk starts past the chair's.
    """
    chairs = [chair]
    for mention in named[bisect.bisect_right(named, chair[0], key=lambda m: m[0]) :]:
        if mention[0] <= chairs[-1][1]:
            continue
        if _cochair_link().fullmatch(text, chairs[-1][1], mention[0]) is None:
            break
        chairs.append(mention)
    return chairs


@functools.cache
def _cochair_link() -> re.Pattern[str]:
    """An apposition, a coordinator and maybe a link between two chairs' names."""
    coordinators = alternation(person_words("coordinators"))
    return compile_pattern(
        rf"(?:,[^.;:\n]{{0,{_REACH}}})?,?\s+(?i:{coordinators})\s+(?:[^\W\d_]{{1,3}}\s+)?"
    )


def _coordinated(text: str, end: int, start: int) -> bool:
    """Whether a coordinator and an article join another person before the name after a chair.

    "Le Président de la Commission et le Ministre X": X is the minister, no chair; "Chairman
    of the Authority of Heads of State and Government, H.E. X" joins no one.
    """
    return start >= end and _another_person().search(text, end, start) is not None


@functools.cache
def _another_person() -> re.Pattern[str]:
    """A coordinator then an article: "et le", "and the" (every shipped language's)."""
    coordinators = alternation(person_words("coordinators"))
    articles = alternation(w for w in person_words("articles") if not w.endswith("'"))
    return compile_pattern(rf"(?<!\w)(?i:{coordinators})\s+(?i:{articles})(?!\w)")


def _apposition(text: str, end: int, start: int) -> bool:
    """Whether a role in apposition joins a name ending at ``end`` to a party at ``start``.

    "M. X, Président de la République d'Angola", "X, the President of Nigeria".
    """
    return end <= start <= end + _REACH and _ROLE.fullmatch(text, end, start) is not None


def _nearest(
    named: list[tuple[int, int, str | None]], start: int, end: int, low: int
) -> tuple[int, int, str | None] | None:
    """The person mention starting soonest after ``end``, else ending last before ``start``.

    Not before ``low``, where the chair word's paragraph starts: the name at the end of the
    paragraph above is no chair's.
    """
    after = [m for m in named if end <= m[0] <= end + _REACH]
    if after:
        return after[0]
    before = [m for m in named if max(low, start - _REACH) <= m[0] and m[1] <= start]
    return before[-1] if before else None
