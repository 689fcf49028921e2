"""The body that adopted a resolution or decision, as the text states it.

"Security Council resolution 2406 (2018)", "UN General Assembly resolution (A/RES/70/291)",
"la résolution 2231 (2015) du Conseil de sécurité", "résolution 68/262 de l'Assemblée
générale": the body stands right before the head (English) or right after the numbers,
behind a link ("du", "de l'", "of the", "by the").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from communique.patterncache import compile_pattern
from communique.wordtrie import phrase_key

if TYPE_CHECKING:
    from communique.lexicon.agreements import AgreementVocabulary

__all__ = ["body_prefix", "stated_body"]

_REACH_BEFORE: Final = 48
_GAP_BEFORE: Final = compile_pattern(r"(?:['’]s)?\s*")
_BLANK_GAP: Final = compile_pattern(r"[ \t]+(?:\([A-Z]{2,8}\)[ \t]+)?")
"""Blanks between an organ and the head, maybe past the organ's acronym ("Council (UNSC) …")."""
_ADOPTED_BY: Final = compile_pattern(r"\s*,?\s*(?:adopted|adoptée?s?)?\s*", re.IGNORECASE)


def stated_body(text: str, head_start: int, end: int, vocab: AgreementVocabulary) -> str | None:
    """The listed body named right before ``head_start`` or right after ``end``, or None."""
    before = None
    for match in vocab.body.finditer(text, max(0, head_start - _REACH_BEFORE), head_start):
        before = match
    if before is not None and _GAP_BEFORE.fullmatch(text, before.end(), head_start):
        return vocab.bodies[phrase_key(before.group())]
    adopted = _ADOPTED_BY.match(text, end)
    position = adopted.end() if adopted else end
    link = vocab.author.match(text, position)
    if link is None:
        return None
    after = vocab.body.match(text, link.end())
    return vocab.bodies[phrase_key(after.group())] if after else None


def body_prefix(text: str, head_start: int, vocab: AgreementVocabulary) -> tuple[int, str] | None:
    """Where a body written right before the head starts, with its qualifier, and the body.

    "UN Security Council resolution 2722 (2024)": English names a resolution by its organ
    first, and the organ belongs to the name. A possessive ("the Council's resolution") or
    a word between them is no part of it.
    """
    if not vocab.head_last:
        return None
    before = None
    for match in vocab.body.finditer(text, max(0, head_start - _REACH_BEFORE), head_start):
        before = match
    if before is None or not _BLANK_GAP.fullmatch(text, before.end(), head_start):
        return None
    low = max(0, before.start() - _REACH_BEFORE)
    qualifier = vocab.body_qualifier.search(text, low, before.start())
    body = vocab.bodies[phrase_key(before.group())]
    return (qualifier.start() if qualifier is not None else before.start()), body
