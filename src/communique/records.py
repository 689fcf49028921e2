"""One ``__repr__`` for the package's internal attrs classes, instead of one per class.

attrs writes and compiles the source of a ``__repr__`` for every class it decorates; for
the hundred internal classes (hits, vocabularies, reader states) that is about a sixth of
``import communique``. Their classes are declared with ``repr=False`` and
:func:`shared_repr`, which reads the fields when a value is printed: the same text as
attrs' own (``Marker(number=3, style='.', end=3)``), fields declared ``repr=False`` left
out, a field's own ``repr`` callable used. The public result classes
(:mod:`communique.model`) keep attrs' generated ``__repr__``.
"""

from __future__ import annotations

import reprlib
from typing import TypeVar

import attrs

__all__ = ["shared_repr"]

_T = TypeVar("_T")


def shared_repr(cls: type[_T]) -> type[_T]:
    """Give an attrs class declared with ``repr=False`` the shared ``__repr__``.

    >>> @shared_repr
    ... @attrs.frozen(repr=False)
    ... class Point:
    ...     x: int
    ...     y: int = attrs.field(default=0, repr=False)
    >>> Point(1, 2)
    Point(x=1)
    """
    cls.__repr__ = _attrs_repr  # type: ignore[method-assign]
    return cls


@reprlib.recursive_repr("...")
def _attrs_repr(self: attrs.AttrsInstance) -> str:
    cls = type(self)
    parts = []
    for field in attrs.fields(cls):
        if field.repr is False:
            continue
        value = getattr(self, field.name, attrs.NOTHING)
        shown = field.repr(value) if callable(field.repr) else repr(value)
        parts.append(f"{field.name}={shown}")
    return f"{cls.__qualname__.rsplit('>.', 1)[-1]}({', '.join(parts)})"
