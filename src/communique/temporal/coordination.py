"""Months coordinated with a month: "in April and May", "en avril, mai et juin 2026".

The grammar finds a month only with its preposition or its year, so the months that follow a
coordinator alone ("and May") would be lost, and a month before another month's year ("en
avril et mai 2026") would be placed from the anchor. Each month of the list is a mention of
its own; without a year they are placed like the first ("in April"), and a year written
after the last one is every month's.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.hits import Found
from communique.temporal.grammar import phrase_pattern
from communique.temporal.values import Interpretation

if TYPE_CHECKING:
    from communique.lexicon.dates import DateVocabulary

__all__ = ["with_coordinated_months"]

_YEAR_AFTER: Final = re.compile(r"[^\S\n]+(?:1[89]|20)\d\d(?![\w]|[.,/]\d)")


@functools.cache
def _next_month(vocab: DateVocabulary) -> re.Pattern[str]:
    """A coordinator, an optional preposition, then a full month name (``name``)."""
    months = vocab.months
    full = [
        n
        for n in months
        if not any(o != n and o.startswith(n) and months[o] == months[n] for o in months)
    ]
    forms = [n.capitalize() for n in full] if vocab.case_sensitive_names else full
    body = "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
    names = body if vocab.case_sensitive_names else f"(?i:{body})"
    links = phrase_pattern(vocab.word_list("month_coordinators"))
    preposition = phrase_pattern(vocab.word_list("month_in"))
    return re.compile(
        rf"(?:[^\S\n]*,[^\S\n]*(?:{links}[^\S\n]+)?|[^\S\n]+{links}[^\S\n]+)"
        rf"(?P<month>(?:{preposition}(?:(?<=-)|[^\S\n]+))?(?P<name>{names}))(?!\w)"
    )


def with_coordinated_months(text: str, found: list[Found], vocab: DateVocabulary) -> list[Found]:
    """``found`` with the months that follow a month and a coordinator.

    >>> from communique.temporal.finder import find_dates
    >>> text = "Talks were held in April and May."
    >>> [text[f.start : f.end] for f in find_dates(text, "en")]
    ['in April', 'May']
    """
    result: list[Found] = []
    for index, item in enumerate(found):
        if result and result[-1].start == item.start:
            continue  # already added as the month after a coordinator
        following = found[index + 1] if index + 1 < len(found) else None
        chain = [item, *_following_months(text, item, following, vocab)]
        result.extend(_with_year(text, chain, following, vocab))
    return result


def _following_months(
    text: str, item: Found, following: Found | None, vocab: DateVocabulary
) -> list[Found]:
    """The months after ``item`` joined to it by a coordinator, up to a found mention."""
    spec = item.meaning.relative
    if spec is None or not _is_month(item):
        return []
    chain: list[Found] = []
    end = item.end
    limit = following.start if following is not None else len(text)
    while (match := _next_month(vocab).match(text, end)) is not None:
        start = match.start("month")
        if start >= limit or _YEAR_AFTER.match(text, match.end()):
            break  # "and May 2026": the grammar's mention
        month = vocab.months[match.group("name").casefold()]
        meaning = attrs.evolve(item.meaning, relative=attrs.evolve(spec, month=month))
        chain.append(Found(start, match.end(), meaning))
        end = match.end()
    return chain


def _is_month(item: Found) -> bool:
    spec = item.meaning.relative
    return (
        spec is not None
        and spec.unit == "month_name"
        and item.meaning.bound is None
        and item.meaning.kind == "relative"
    )


def _with_year(
    text: str, chain: list[Found], following: Found | None, vocab: DateVocabulary
) -> list[Found]:
    """The months of ``chain`` in the year of the month that closes the list, if it has one."""
    if following is None or following.meaning.kind != "month" or not _is_month(chain[0]):
        return chain
    match = _next_month(vocab).match(text, chain[-1].end)
    if match is None or match.start("month") != following.start:
        return chain
    year = (following.meaning.value or "")[:4]
    dated = []
    for item in chain:
        spec = item.meaning.relative
        if spec is None or spec.month is None:
            return chain
        meaning = Interpretation("month", f"{year}-{spec.month:02d}")
        dated.append(attrs.evolve(item, meaning=meaning))
    return dated
