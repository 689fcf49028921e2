"""Results computed from a piece of text, kept for the parse of one document.

Several stages read the same paragraphs (sentences, party names); the memo lets the
second reader reuse the first one's work. It lives on one ``Document`` only, so nothing
carries over from one document to the next and memory is released with the document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, TypeVar, cast

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["Memo"]

_T = TypeVar("_T")
_MISSING: Final = object()


class Memo:
    """A per-document store of derived results, keyed by what was computed and from what."""

    __slots__ = ("_store",)

    def __init__(self) -> None:
        self._store: dict[tuple[str, str], object] = {}

    def get(self, kind: str, text: str, compute: Callable[[], _T]) -> _T:
        """The result of ``compute()`` for ``(kind, text)``, computed at most once."""
        key = (kind, text)
        # One dictionary lookup on a hit (the common case): ``in`` then ``[]`` cost two.
        found = self._store.get(key, _MISSING)
        if found is _MISSING:
            found = self._store[key] = compute()
        return cast("_T", found)
