"""Read a YAML front-matter block as metadata: title, date, language, source address.

Only ``yaml.safe_load`` is used (no Python tags), on a block of bounded size; only
top-level scalar values are read, so aliases that would expand into a huge structure are
never walked. A block that is not valid YAML states nothing: it is still metadata, never
text.
"""

from __future__ import annotations

import datetime
import re
from typing import Final

import yaml

from communique.inputs.reading import Facts

__all__ = ["MAX_FRONT_MATTER", "read_front_matter"]

MAX_FRONT_MATTER: Final = 64_000
"""Longest front matter read (a page's metadata is a few hundred characters)."""
_MAX_DEPTH: Final = 32
"""Deepest nesting of ``[``/``{`` read; deeper is hostile and states nothing."""
_TITLE_KEYS: Final = ("title", "headline", "name")
_DATE_KEYS: Final = ("date", "published_time", "published", "publishdate", "pubdate", "created")
_LANGUAGE_KEYS: Final = ("language", "lang", "locale")
_URL_KEYS: Final = ("url", "source_url", "canonical", "canonical_url", "permalink", "link")
_ISO_DATE: Final = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d|\s*$)")


def read_front_matter(block: str) -> Facts:
    r"""The facts a front-matter block states (its YAML without the ``---`` fences).

    >>> read_front_matter('title: "Visite"\ndate: 2025-06-03T08:41:07.512+02:00')
    Facts(title='Visite', date=datetime.date(2025, 6, 3), language=None, url=None)
    """
    if len(block) > MAX_FRONT_MATTER or _too_deep(block):
        return Facts()
    try:
        data = yaml.safe_load(block)
    except (yaml.YAMLError, RecursionError, ValueError, OverflowError):
        return Facts()
    if not isinstance(data, dict):
        return Facts()
    fields = {str(key).casefold(): value for key, value in data.items() if isinstance(key, str)}
    return Facts(
        title=_first_text(fields, _TITLE_KEYS),
        date=_first_date(fields),
        language=_first_text(fields, _LANGUAGE_KEYS),
        url=_first_text(fields, _URL_KEYS),
    )


def _too_deep(block: str) -> bool:
    """Whether flow collections nest deeper than metadata ever does (PyYAML recurses)."""
    depth = deepest = 0
    for char in block:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth = max(0, depth - 1)
    return deepest > _MAX_DEPTH


def _first_text(fields: dict[str, object], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = fields.get(key)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return None


def _first_date(fields: dict[str, object]) -> datetime.date | None:
    for key in _DATE_KEYS:
        value = fields.get(key)
        if isinstance(value, datetime.datetime):
            # The date as written: YAML keeps the stated offset, so no shift to UTC.
            return value.date()
        if isinstance(value, datetime.date):
            return value
        if isinstance(value, str) and (match := _ISO_DATE.match(value)) is not None:
            try:
                return datetime.date(*(int(part) for part in match.groups()))
            except ValueError:
                continue
    return None
