"""Persons listed as taking part: signatories listed with their instruments, attendance lists.

After a state visit, "Les accords suivants ont été signés :" or "The following agreements
were signed:" opens a list; the persons named in its items ("– accord de coopération
culturelle : M. A, ministre …, et Mme B, ministre …") sign them and take part. The items may
be paragraphs of their own below the announcement, or follow its colon in the same sentence.
An attendance phrase opens such a list too, with or without a colon: an inverted subject
("Also present were A and B", "Du côté malien, ont pris part aux entretiens M. A") or the
members of a delegation ("accompagné d'une délégation comprenant notamment M. A, …").
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Final

from communique.lexicon.persons import entry_list, styled_entry
from communique.patterncache import compile_pattern

if TYPE_CHECKING:
    import re
    from collections.abc import Sequence

    from communique.document import Document
    from communique.extract.person_context import Parties
    from communique.lexicon.persons import PersonVocabulary

__all__ = ["delegation_sides", "entry_lists", "signing_ends", "signing_items"]

_ITEM: Final = compile_pattern(r"\s*(?:[-–—•·▪*]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s")
"""A bullet, a dash or a number opening a list item."""
_COLON_END: Final = compile_pattern(r":\s*$")
_GLUED: Final = compile_pattern(r"[ \t]*")
_SIDE_REACH: Final = 30
"""Characters before an attendance phrase that can hold the side's demonym ("The Indian")."""


def signing_items(doc: Document, vocab: PersonVocabulary) -> frozenset[int]:
    """Indices of the paragraphs that are items of a list a signing announces.

    One pass: each run of items belongs to the paragraph before it, which must end with a
    signing announcement and its colon ("The following agreements were signed:"), or an
    attendance phrase and its colon ("Ont participé à la réunion :"), or hold the first item
    after it. An item opens with a bullet or a number, or, printed without one, with a
    person's style and a name followed by an office ("S.E.M. Karl LIROV, Président …"); a
    bulleted paragraph that announces a list is no item.
    """
    found: set[int] = set()
    announced = False
    for index, paragraph in enumerate(doc.paragraphs):
        text = paragraph.unit.text
        # The colon ends the paragraph, or the first item was joined to it ("… included:
        # - Mr A, Director" / "- Ms B, …").
        # Both patterns end with the announcement's colon: most paragraphs have none.
        announces = ":" in text and any(
            _COLON_END.match(text, m.end() - 1) or _ITEM.match(text, m.end())
            for pattern in (vocab.signing_list, vocab.attendance_list)
            for m in pattern.finditer(text)
        )
        # Items without a bullet name a person each: "S.E.M. Karl LIROV, Président de …".
        named = announced and styled_entry(text, vocab)
        # A text that bullets every paragraph bullets the announcement too: "- Étaient
        # présents à ce Sommet, les Chefs d'État ci-après :" opens the list, no item of one.
        if (_ITEM.match(text) or named) and not announces:
            if announced:
                found.add(index)
            continue
        announced = announces
    return frozenset(found)


def delegation_sides(
    text: str, attendance: Sequence[re.Match[str]], parties: Parties
) -> tuple[tuple[int, str], ...]:
    """Where an attendance phrase naming one side ends, and that side's party.

    "The Indian side included A, Joint Secretary; B, …", "La délégation indienne
    comprenait A, …", "Attending the talks on the Ghanaian side were …": the members
    listed act for the party named inside the phrase or glued before it. A phrase naming
    two parties or none gives none. ``attendance`` holds the matches of the vocabulary's
    attendance phrase in ``text`` (read once for this and :func:`signing_ends`).
    """
    sides = []
    for match in attendance:
        keys = {
            key
            for hit in parties.inside(max(0, match.start() - _SIDE_REACH), match.end())
            if hit.start >= match.start()
            or _GLUED.fullmatch(text, hit.end, match.start()) is not None
            for key in hit.keys
        }
        if len(keys) == 1:
            sides.append((match.end(), keys.pop()))
    return tuple(sides)


def signing_ends(
    text: str,
    vocab: PersonVocabulary,
    attendance: Sequence[re.Match[str]],
    item: bool,
    last: int,
) -> tuple[int, ...]:
    """Where a signing announcement's colon or an attendance phrase ends in ``text``.

    The signatories, or those who took part, follow in the sentence. A list item of such
    an announcement is signed (or attended) from its start. Announcements starting past
    ``last`` (the last mention read) are not looked for: they serve no mention.
    """
    signed = []
    if ":" in text:
        found = vocab.signing_list.finditer(text)
        signed = [m.end() for m in itertools.takewhile(lambda m: m.start() <= last, found)]
    ends = tuple(sorted(signed + [m.end() for m in attendance]))
    return (0, *ends) if item else ends


def entry_lists(
    text: str, sentences: Sequence[tuple[int, int]], vocab: PersonVocabulary
) -> tuple[int, ...]:
    """Where the sentences that list persons present start: styled entries and semicolons.

    "H.E. A, President of the Republic of X; H.E. B, President of Y; and H.E. C, …": a
    summit's attendance printed without a verb (``entry_list``). Everyone the sentence
    names attended.
    """
    if ";" not in text:
        return ()
    return tuple(start for start, end in sentences if entry_list(text, vocab, start, end))
