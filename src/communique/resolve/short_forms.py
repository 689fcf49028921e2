"""Short forms of an instrument named in full earlier: the same instrument, not another.

"the Non-Proliferation Treaty" after "the Treaty on the Non-Proliferation of Nuclear
Weapons": the short form's words are all in the full name. "the EEC roadmap" after "the
roadmap of the Economic and Environmental Council (EEC)": the acronym before the head stands
for a name the full form contains.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final, Protocol, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from communique.document import InstrumentHit

__all__ = ["Named", "short_form_of"]

_ACRONYM: Final = re.compile(r"[A-Z][A-Z0-9&+/-]{1,11}")
_REACH: Final = 32
_MAX_SHORT_WORDS: Final = 3
"""A short form says little: more content words than this make a name of its own."""


class Named(Protocol):
    """An instrument being linked: its fullest name."""

    @property
    def name(self) -> str:
        """The fullest name used so far."""
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
