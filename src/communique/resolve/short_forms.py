"""Short forms of an instrument named in full earlier: the same instrument, not another.

"the Non-Proliferation Treaty" after "the Treaty on the Non-Proliferation of Nuclear
Weapons": the short form's words are all in the full name. "the EEC roadmap" after "the
roadmap of the Economic and Environmental Council (EEC)": the acronym before the head stands
for a name the full form contains.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Protocol, TypeVar

from communique.patterncache import compile_pattern

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from communique.document import InstrumentHit

__all__ = ["Named", "informal_name_of", "short_form_of"]

_ACRONYM: Final = compile_pattern(r"[A-Z][A-Z0-9&+/-]{1,11}")
_REACH: Final = 32
_MAX_SHORT_WORDS: Final = 3
_MIN_INFORMAL_WORDS: Final = 2
"""An informal name under another head says which instrument only with two words or more:
"the Paris Treaty" is not "the Paris Agreement", "the Ocean Floor Treaty" is the "Agreement
on Ocean Floor Minerals"."""
"""A short form says little: more content words than this make a name of its own."""


class Named(Protocol):
    """An instrument being linked: its fullest name and its first mention."""

    @property
    def name(self) -> str:
        """The fullest name used so far."""
        ...

    @property
    def first(self) -> InstrumentHit:
        """Its first mention."""
        ...


_T = TypeVar("_T", bound=Named)


def short_form_of(
    same_head: Sequence[_T],
    hit: InstrumentHit,
    longs: Mapping[str, str],
    words: Callable[[str, str], list[str]],
) -> _T | None:
    """The last instrument of the same head that ``hit`` is a short form of, or None.

    Args:
        same_head: instruments of the hit's head, in text order.
        hit: a specific mention that matched no instrument by acronym or name.
        longs: short form → long form, from the text's acronym definitions.
        words: the content words of a name without its head's words, articles or links.
    """
    own = words(hit.name, hit.head)
    if not own or len(own) > _MAX_SHORT_WORDS:
        return None
    acronym = next((w for w in hit.name.split() if _ACRONYM.fullmatch(w)), None)
    long = longs.get(acronym) if acronym is not None else None
    expanded = set(words(long, hit.head)) if long is not None else set()
    for instrument in reversed(same_head[-_REACH:]):
        theirs = words(instrument.name, hit.head)
        if len(theirs) <= len(own):
            continue
        if set(own) <= set(theirs) or (expanded and expanded <= set(theirs)):
            return instrument
    return None


def informal_name_of(
    recent: Sequence[_T],
    hit: InstrumentHit,
    heads: frozenset[str],
    longs: Mapping[str, str],
    words: Callable[[str, str], list[str]],
) -> _T | None:
    """The last instrument of another binding head that ``hit`` names informally, or None.

    "the Ocean Floor Treaty", "the OFM accord" after "the Agreement on Ocean Floor Minerals
    (OFM)": a treaty, an agreement, an accord or a pact are one instrument under another head
    when the informal name's words (two or more, an acronym spelled out) are all in the full
    name.

    Args:
        recent: the instruments linked so far, in text order.
        hit: a specific mention that matched no instrument of its own head.
        heads: the heads that name binding instruments alike ("agreement", "treaty").
        longs: short form → long form, from the text's acronym definitions.
        words: the content words of a name without its head's words, articles or links.
    """
    if hit.head not in heads:
        return None
    own = set(words(hit.name, hit.head))
    acronym = next((w for w in hit.name.split() if _ACRONYM.fullmatch(w)), None)
    if acronym is not None and acronym in longs:
        own = (own - set(words(acronym, hit.head))) | set(words(longs[acronym], hit.head))
    if len(own) < _MIN_INFORMAL_WORDS or len(own) > _MAX_SHORT_WORDS:
        return None
    for instrument in reversed(recent[-_REACH:]):
        head = instrument.first.head
        if head == hit.head or head not in heads:
            continue
        theirs = set(words(instrument.name, head))
        if own <= theirs:
            return instrument
    return None
