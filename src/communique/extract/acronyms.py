"""Extract the short forms a text defines, in both orders, with their long forms.

"… mutuel (ACSA)", "TNP (traité sur la non-prolifération …)", "l'Union européenne (UE)".
The long form is the shortest run of words before the parenthesis whose letters spell the
short form in order, first letter on a word start (after Schwartz and Hearst, 2003); a
short form in another language than its long form ("accord d'accès réciproque (RAA)") gets
its long form from the instrument it follows, when linking.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

from communique.hits import AcronymHit
from communique.lexicon.agreements import agreement_words
from communique.patterncache import compile_pattern

if TYPE_CHECKING:
    from communique.document import Document, Unit

__all__ = ["AcronymHit", "extract_acronyms", "spells"]

_SHORT: Final = r"[A-Z][A-Za-z0-9&+/-]{0,10}[A-Z0-9+]"
_AFTER: Final = compile_pattern(rf"\((?P<short>{_SHORT})\)")
# "SHORT (long)": found from each parenthesis, looking back for the short form; a pattern
# that starts with the short form would be tried at every character.
_PARENTHESIS: Final = compile_pattern(r"\((?P<long>[^()]{4,160})\)")
_SHORT_BEFORE: Final = compile_pattern(rf"(?<![\w'’])(?P<short>{_SHORT})\s*\Z")
_SHORT_REACH: Final = 40
_WORDS: Final = compile_pattern(r"[\w'’-]+")
_SYMBOL: Final = compile_pattern(r"/\d")
_ELISION: Final = compile_pattern(r"^[a-z]{1,2}['’]")
_STOP: Final = compile_pattern(r"[.;:!?()«»\"“”]")


def spells(short: str, long: str) -> bool:
    """Whether the letters of ``short`` appear in order in ``long``, starting its first word.

    >>> spells("TNP", "traité sur la non-prolifération"), spells("RAA", "accord d'accès réciproque")
    (True, False)
    """
    letters = [c.casefold() for c in short if c.isalnum()]
    text = _ELISION.sub("", long.casefold())
    if not letters or not text.startswith(letters[0]):
        return False
    position = 0
    for letter in letters:
        position = text.find(letter, position)
        if position == -1:
            return False
        position += 1
    return True


def extract_acronyms(doc: Document) -> tuple[AcronymHit, ...]:
    """Every "long (SHORT)" and "SHORT (long)" definition in the title and paragraphs."""
    units = ([doc.title] if doc.title is not None else []) + [p.unit for p in doc.paragraphs]
    hits: list[AcronymHit] = []
    for unit in units:
        if "(" in unit.text:
            hits.extend(_after_long(unit))
            hits.extend(_before_long(unit))
    return tuple(hits)


def _after_long(unit: Unit) -> list[AcronymHit]:
    text = unit.text
    hits = []
    for match in _AFTER.finditer(text):
        short = match.group("short")
        if sum(c.isupper() for c in short) < 2 or _SYMBOL.search(short):
            continue  # "(S/2020/185)" is a document symbol
        start = _clause_start(text, match.start())
        words = list(_WORDS.finditer(text, start, match.start()))
        long_span = _shortest_spelling(short, words)
        hits.append(
            AcronymHit(
                short,
                _ELISION.sub("", " ".join(text[slice(*long_span)].split())) if long_span else None,
                unit.span(*match.span("short")),
                unit.span(*long_span) if long_span else None,
            )
        )
    return hits


def _before_long(unit: Unit) -> list[AcronymHit]:
    text = unit.text
    hits = []
    for parenthesis in _PARENTHESIS.finditer(text):
        before = parenthesis.start()
        match = _SHORT_BEFORE.search(text, max(0, before - _SHORT_REACH), before)
        if match is None:
            continue
        short, long = match.group("short"), parenthesis.group("long").strip()
        if sum(c.isupper() for c in short) < 2 or len(long.split()) < 2 or not spells(short, long):
            continue
        hits.append(
            AcronymHit(
                short,
                " ".join(long.split()),
                unit.span(*match.span("short")),
                unit.span(*parenthesis.span("long")),
            )
        )
    return hits


def _clause_start(text: str, end: int) -> int:
    stops = [m.end() for m in _STOP.finditer(text, max(0, end - 200), end)]
    return stops[-1] if stops else max(0, end - 200)


def _shortest_spelling(short: str, words: list[re.Match[str]]) -> tuple[int, int] | None:
    """The shortest run of the last words whose letters spell ``short``, or None."""
    limit = 2 * len(short) + 3
    for count in range(1, min(limit, len(words)) + 1):
        first = words[-count]
        initial = _ELISION.sub("", first.group().casefold())[:1]
        if first.group().casefold() in _skipped() or initial != short[0].casefold():
            continue  # the long form starts with the short form's first letter
        span = (first.start(), words[-1].end())
        if spells(short, " ".join(w.group() for w in words[-count:])):
            return span
    return None


@functools.cache
def _skipped() -> frozenset[str]:
    """Small words a short form's letters skip in its long form, in any shipped language."""
    return frozenset(agreement_words("acronym_skipped"))
