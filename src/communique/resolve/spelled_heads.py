"""Spell out a head's short form in instrument names when the text spells it out itself.

Names are "the fullest name used in the text": a release that writes "memoranda of
understanding (MoU)" and then "an MoU on Trade" names a "memorandum of understanding on
Trade"; one that only ever writes "MoU" names an "MoU on Trade". The short forms and what
they stand for are data (``written_out`` of a head in ``agreements.toml``).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

import attrs

from communique.lexicon.agreements import agreement_vocabulary
from communique.patterncache import compile_pattern
from communique.wordtrie import phrase_key

if TYPE_CHECKING:
    from communique.document import Document, InstrumentHit
    from communique.model import Language


def spelled_out_hits(doc: Document) -> tuple[InstrumentHit, ...]:
    """The instrument hits, their names spelling out each short form the text defines."""
    defined = _defined_short_forms(doc)
    if not defined:
        return doc.instrument_hits
    pattern = _short_form_pattern(doc.lang)
    if pattern is None:
        return doc.instrument_hits

    def spell(match: re.Match[str]) -> str:
        return defined.get(_singular_key(match.group()), match.group())

    return tuple(
        attrs.evolve(hit, name=pattern.sub(spell, hit.name)) if pattern.search(hit.name) else hit
        for hit in doc.instrument_hits
    )


def _defined_short_forms(doc: Document) -> dict[str, str]:
    """Singular key of each short form the text spells out ("mou") → its written-out head.

    A definition counts when its long form is a head of the same kind ("memoranda of
    understanding (MoU)"), unless the short form is one instrument's acronym ("a Memorandum
    of Understanding (MOU) on Cultural Cooperation" names that memorandum "MOU"; a later
    "MOU between …" is written as the text writes it).
    """
    vocab = agreement_vocabulary(doc.lang)
    acronyms = {phrase_key(hit.acronym) for hit in doc.instrument_hits if hit.acronym}
    defined: dict[str, str] = {}
    for hit in doc.acronym_hits:
        if phrase_key(hit.short) in acronyms:
            continue
        short = vocab.heads.get(phrase_key(hit.short))
        long = vocab.heads.get(phrase_key(hit.long)) if hit.long else None
        if short is None or short.written_out is None or long is None:
            continue
        if long.kind == short.kind:
            defined[_singular_key(hit.short)] = short.written_out
    return defined


def _singular_key(form: str) -> str:
    """A short form's key without its plural "s": "MoUs" → "mou"."""
    return phrase_key(form.removesuffix("s"))


@functools.cache
def _short_form_pattern(language: Language) -> re.Pattern[str] | None:
    """Matches, as a whole word, any short form that stands for a written-out head."""
    vocab = agreement_vocabulary(language)
    forms = sorted(
        (
            form
            for form in vocab.head_forms
            if (head := vocab.heads.get(phrase_key(form)))
            and head.written_out is not None
            and sum(c.isupper() for c in form) > 1
        ),
        key=len,
        reverse=True,
    )
    if not forms:
        return None
    return compile_pattern(rf"(?<![\w-])(?:{'|'.join(map(re.escape, forms))})(?![\w-])")
