"""Instruments named by a well-known acronym alone: "in accordance with the NPT", "le TNP".

A text need not define the acronym of a treaty every reader knows; the acronym is a mention
of the instrument all the same, named as the data file ``resources/common/instruments.toml``
names it. An acronym inside a mention already found ("… Weapons (NPT)") is that mention's,
and an upper-case unit (a title in capitals) is left alone: its words are not acronyms.
"""

from __future__ import annotations

import bisect
import string
from typing import TYPE_CHECKING, Final

import attrs

from communique.document import InstrumentHit
from communique.lexicon.common.instruments import known_instruments
from communique.patterncache import compile_pattern

if TYPE_CHECKING:
    from collections.abc import Callable

    from communique.document import StatusHit, Unit
    from communique.lexicon.agreements import AgreementVocabulary
    from communique.model import Language

__all__ = ["known_acronym_hits"]

_ASCII_LETTERS: Final = string.ascii_letters.encode("ascii")
_ASCII_UPPER: Final = string.ascii_uppercase.encode("ascii")
_NON_ASCII: Final = compile_pattern(r"[^\x00-\x7f]")


def known_acronym_hits(
    unit: Unit,
    paragraph: int | None,
    language: Language,
    vocab: AgreementVocabulary,
    found: list[InstrumentHit],
    statuses: Callable[[int, int], tuple[StatusHit, ...]],
) -> list[InstrumentHit]:
    """``found`` and one mention per well-known acronym outside them, in text order.

    An acronym inside a mention without one is its acronym ("the BBNJ Agreement").
    ``statuses`` gives the status phrases around a span of the unit ("the entry into force
    of the CTBT").
    """
    known = known_instruments(language)
    if not known.by_acronym or _upper_case(unit.text):
        return found
    found = sorted(found, key=lambda hit: (hit.start, -hit.end))
    starts = [hit.start for hit in found]
    hits = []
    for match in known.pattern.finditer(unit.text):
        start, end = unit.span(*match.span())
        before = bisect.bisect_right(starts, start) - 1
        if before >= 0 and found[before].end >= end:
            if found[before].acronym is None:
                found[before] = attrs.evolve(found[before], acronym=match.group())
            continue
        instrument = known.by_acronym[match.group()]
        hits.append(
            InstrumentHit(
                start,
                end,
                name=instrument.name,
                kind=instrument.kind,
                head=_head(instrument.name, vocab),
                specific=True,
                referring=False,
                acronym=match.group(),
                paragraph=paragraph,
                statuses=statuses(*match.span()),
            )
        )
    return sorted([*found, *hits], key=lambda hit: hit.start) if hits else found


def _upper_case(text: str) -> bool:
    """Whether most letters of ``text`` are capitals (a title written in capitals).

    >>> _upper_case("DÉCLARATION CONJOINTE sur le TNP"), _upper_case("Déclaration du G7")
    (True, False)
    """
    # Counted in C: the ASCII letters by deleting them from the bytes, the few other
    # characters one by one (a loop over every character cost more than the whole search).
    plain = text.encode("ascii", "ignore")
    letters = len(plain) - len(plain.translate(None, _ASCII_LETTERS))
    upper = len(plain) - len(plain.translate(None, _ASCII_UPPER))
    for char in _NON_ASCII.findall(text):
        if char.isalpha():
            letters += 1
            upper += char.isupper()
    return upper * 2 > letters


def _head(name: str, vocab: AgreementVocabulary) -> str:
    """The head of a listed name: its last head word in English, its first in French."""
    heads = [m.group() for m in vocab.head.finditer(name)]
    if not heads:
        return name
    return vocab.head_of(heads[-1] if vocab.head_last else heads[0]).singular
