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
from communique.patterncache import compile_pattern
from communique.temporal.grammar import phrase_pattern
from communique.temporal.values import Interpretation

if TYPE_CHECKING:
    from communique.lexicon.dates import DateVocabulary

__all__ = ["with_coordinated_months"]

_LOOK_BACK: Final = 80
_YEAR_AFTER: Final = compile_pattern(r"[^\S\n]+(?:1[89]|20)\d\d(?![\w]|[.,/]\d)")


@functools.cache
def _names(vocab: DateVocabulary) -> str:
    """Full month names (no abbreviation), capitalised where the language requires it."""
    months = vocab.months
    full = [
        n
        for n in months
        if not any(o != n and o.startswith(n) and months[o] == months[n] for o in months)
    ]
    forms = [n.capitalize() for n in full] if vocab.case_sensitive_names else full
    body = "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
    return body if vocab.case_sensitive_names else f"(?i:{body})"


@functools.cache
def _months_before(vocab: DateVocabulary) -> re.Pattern[str]:
    """A list of month names and a coordinator ending where a month with its year starts."""
    names = _names(vocab)
    links = phrase_pattern(vocab.word_list("month_coordinators"))
    return compile_pattern(
        rf"(?<![\w'’-])(?P<list>{names}(?:[^\S\n]*,[^\S\n]*{names})*)"
        rf"(?:[^\S\n]*,?[^\S\n]+{links}[^\S\n]+|[^\S\n]*,[^\S\n]*)\Z"
    )


@functools.cache
def _name_pattern(vocab: DateVocabulary) -> re.Pattern[str]:
    return compile_pattern(rf"{_names(vocab)}(?!\w)")


@functools.cache
def _next_month(vocab: DateVocabulary) -> re.Pattern[str]:
    """A coordinator, an optional preposition, then a full month name (``name``)."""
    names = _names(vocab)
    links = phrase_pattern(vocab.word_list("month_coordinators"))
    preposition = phrase_pattern(vocab.word_list("month_in"))
    return compile_pattern(
        rf"(?:[^\S\n]*,[^\S\n]*(?:(?P<link>{links})[^\S\n]+)?|[^\S\n]+(?P<link2>{links})[^\S\n]+)"
        rf"(?P<month>(?:{preposition}(?:(?<=-)|[^\S\n]+))?(?P<name>{names}))(?!\w)"
    )


def with_coordinated_months(text: str, found: list[Found], vocab: DateVocabulary) -> list[Found]:
    """``found`` with the months coordinated with a found month, before or after it.

    >>> from communique.temporal.finder import find_dates
    >>> text = "Talks were held in April and May."
    >>> [text[f.start : f.end] for f in find_dates(text, "en")]
    ['in April', 'May']
    """
    result: list[Found] = []
    for index, item in enumerate(found):
        low = result[-1].end if result else 0
        result.extend(_preceding_months(text, item, low, vocab))
        following = found[index + 1] if index + 1 < len(found) else None
        chain = [item, *_following_months(text, item, following, vocab)]
        result.extend(_with_year(text, chain, following, vocab))
    return result


def _preceding_months(text: str, item: Found, low: int, vocab: DateVocabulary) -> list[Found]:
    """The months listed before a month with its year: "April and May 2026" (each in 2026)."""
    value = item.meaning.value
    if item.meaning.kind != "month" or item.meaning.relative is not None or value is None:
        return []
    match = _months_before(vocab).search(text, max(low, item.start - _LOOK_BACK), item.start)
    if match is None:
        return []
    months = []
    for name in _name_pattern(vocab).finditer(text, match.start(), match.end("list")):
        month = vocab.months[name.group().casefold()]
        meaning = Interpretation("month", f"{value[:4]}-{month:02d}")
        months.append(Found(name.start(), name.end(), meaning))
    return months


def _following_months(
    text: str, item: Found, following: Found | None, vocab: DateVocabulary
) -> list[Found]:
    """The months after ``item`` joined to it by a coordinator, up to a found mention."""
    spec = item.meaning.relative
    if spec is None or not _is_month(item):
        return []
    chain: list[Found] = []
    closed = 0  # months up to the last one after a coordinator: "April, May" is no list
    end = item.end
    limit = following.start if following is not None else len(text)
    while (match := _next_month(vocab).match(text, end)) is not None:
        start = match.start("month")
        linked = bool(match.group("link") or match.group("link2"))
        if start >= limit or _YEAR_AFTER.match(text, match.end()):
            closed = len(chain) if linked else closed
            break  # "and May 2026": the grammar's mention
        month = vocab.months[match.group("name").casefold()]
        meaning = attrs.evolve(item.meaning, relative=attrs.evolve(spec, month=month))
        chain.append(Found(start, match.end(), meaning))
        if linked:
            closed = len(chain)
        end = match.end()
    return chain[:closed]


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
    if not (match.group("link") or match.group("link2")):
        return chain  # "In April, May 2026 …": no list
    year = (following.meaning.value or "")[:4]
    dated = []
    for item in chain:
        spec = item.meaning.relative
        if spec is None or spec.month is None:
            return chain
        meaning = Interpretation("month", f"{year}-{spec.month:02d}")
        dated.append(attrs.evolve(item, meaning=meaning))
    return dated
