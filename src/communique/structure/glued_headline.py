"""Find a headline run into the first paragraph on one line, and where the lead starts.

A page flattened to text may print its headline and its first paragraph on one line, with
no stop between: "Le Chef de l'Etat a échangé avec le Ministre français de l'Europe Le
Président de la République, S.E.M. X, a échangé, ce lundi …". An article in capitals right
after a word, where no sentence ended, opens the lead there, when the word after it is an
office ("Le Président", "The Prime Minister") or in lower case ("Les ministres"), not a
name ("Le Drian", "The Hague"). The line is cut before the article: the headline is a
line of its own, the lead another.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from communique.lexicon.persons import person_vocabulary
from communique.lexicon.structure import structure_vocabulary
from communique.patterncache import compile_regex
from communique.wordtrie import trie_pattern

if TYPE_CHECKING:
    import regex

    from communique.document import Line
    from communique.model import Language

__all__ = ["glued_lead_start"]

_MIN_HEADLINE_WORDS: Final = 5
_MAX_HEADLINE_WORDS: Final = 30
_MIN_LEAD: Final = 120
"""A lead run on after the headline is a paragraph of prose, not a few words."""
_HEAD_WINDOW: Final = 60
"""Characters after the article read for an office's head ("Premier ministre")."""
_SENTENCE_MARKS: Final = '.!?:;«»"“”()[]'
"""Marks that a headline run on to its lead does not hold before the lead."""
_STOPS: Final = ".!?…"
"""Marks that end a sentence, never a headline."""
_MAX_COPY: Final = 250
"""Longest headline read for its copy run into the lead."""
_COPY_LINES: Final = 6
"""Body lines read from the top for the headline and its copy run into the lead."""
_GAP: Final = compile_regex(r"[ \t]+")
"""The blanks between a headline's copy and the lead it runs into."""


def glued_lead_start(text: str, lines: tuple[Line, ...], language: Language) -> int | None:
    """Where the lead starts on the first body line, after a headline glued to it; or None."""
    first = next((line for line in lines if line.kind == "body"), None)
    if first is None:
        return None
    if first.end - first.body_start < _MIN_LEAD:
        return _copy_glued_below(text, lines, language)
    role = person_vocabulary(language).role
    for match in _article_start(language).finditer(text, first.body_start, first.end):
        headline = text[first.body_start : match.start()].strip()
        words = headline.split()
        if len(words) > _MAX_HEADLINE_WORDS:
            return None
        if len(words) < _MIN_HEADLINE_WORDS or any(m in headline for m in _SENTENCE_MARKS):
            continue
        if not headline[:1].isupper() or first.end - match.start(1) < _MIN_LEAD:
            continue
        after = match.end()
        follows = text[after : after + 1]
        if follows.islower() or role.match(text[after : after + _HEAD_WINDOW].lower()):
            return match.start(1)
    return None


def _copy_glued_below(text: str, lines: tuple[Line, ...], language: Language) -> int | None:
    """Where the lead starts after the headline printed again at its head, on its line.

    "Ministers to meet in Dushanbe" / "" / "Ministers to meet in Dushanbe The foreign
    ministers of …": the page prints its headline, then the headline again run into the
    lead with no stop between. The copy is cut off the lead where it opens as a lead does:
    a capitalised article, then a word in lower case or an office ("The foreign ministers",
    « Le Président »); not before a name, a place or a day ("… receives Ambassador Anna
    Serel at …", "… to meet Tuesday in Orlan").
    """
    role = person_vocabulary(language).role
    body = [line for line in lines if line.kind == "body"][:_COPY_LINES]
    for position, top in enumerate(body):
        headline = text[top.body_start : top.end].strip()
        if len(headline.split()) < _MIN_HEADLINE_WORDS or len(headline) > _MAX_COPY:
            continue
        if headline[-1] in _STOPS:
            continue  # a paragraph printed twice, the second time run on: no headline
        for line in body[position + 1 :]:
            words = text[line.body_start : line.end]
            stripped = words.lstrip()
            if not stripped.startswith(headline) or line.end - line.body_start < _MIN_LEAD:
                continue
            at = line.body_start + (len(words) - len(stripped)) + len(headline)
            gap = _GAP.match(text, at)
            article = _article_start(language).match(text, gap.end()) if gap else None
            if article is None or article.end() >= line.end:
                continue
            after = text[article.end() : article.end() + _HEAD_WINDOW]
            if after[:1].islower() or role.match(after.lower()):
                return gap.end() if gap is not None else None
    return None


@functools.cache
def _article_start(language: Language) -> regex.Pattern[str]:
    """A capitalised article after a word and a space, then a space (or its elision).

    Not a one-letter article: "Plan A" ends a name.
    """
    articles = sorted(a for a in structure_vocabulary(language).articles if len(a) > 1)
    capitalised = trie_pattern(a[:1].upper() + a[1:] for a in articles)
    return compile_regex(rf"(?<=[\p{{L}}\p{{N}}][ \t])({capitalised})(?:(?<=['’])|[ \t]+)")
