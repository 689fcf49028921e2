"""The capitalised words of a title before an instrument's head ("the Paris Agreement")."""

from __future__ import annotations

import functools
import itertools
import re
from typing import Final

from communique.extract.name_tokens import BLANKS, function_words
from communique.lexicon.agreements import agreement_words
from communique.patterncache import compile_pattern
from communique.wordtrie import alternation

__all__ = ["title_before"]

# A compound of parties joins its names with a hyphen or an en dash ("Ghana–Togo",
# "France-Côte d'Ivoire": an elided particle before a capital stays in the title).
# A period inside a word is followed by a letter ("U.S."). Possessive: a title word is
# followed by a space, so nothing it could give back would let the title go on.
_TITLE_WORD: Final = (
    # "Mekong-U.S.": a dotted abbreviation keeps its last period; "Coleman.This" is two words.
    r"(?:(?:[A-Z]|[dD]['’][A-Z])[\w'’–-]*+(?:\.(?!(?<=[a-z]{2}\.)[A-Z][a-z])(?=[\w–-])[\w'’–-]*+)*+"
    r"(?:(?<=\.[A-Z])\.)?+"
    r"|\d{4}|\([A-Z][A-Za-z0-9&+/-]{1,11}\)"
    # another name of the same instrument inside: "the Lirava (Spring Harvest) Agreement"
    r"|\([A-Z][\w'’-]*+(?:[ \t][A-Z][\w'’-]*+){1,3}\))"
)
_TITLE_BREAKS: Final = (",", "\n", ". ", ";", ":")
"""Characters no title before a head holds: the search for one starts after the last."""
_DOTTED_END: Final = compile_pattern(r"(?<![\w.])(?:[A-Z]\.){2,}$")
"""A dotted abbreviation ending the text searched ("U.S.", "U.K."): its period ends no sentence."""


_ACRONYM_WORD: Final = compile_pattern(r"\([A-Z][A-Za-z0-9&+/-]{1,11}\)")
"""A bracketed acronym among a title's words: after a head's name, it closes that name."""


def title_before(
    text: str, head_start: int, heads: re.Pattern[str], *, year_title: bool = False
) -> int | None:
    """Start of the capitalised words of a title before its head ("the Paris Agreement").

    None when those words name something else that the head only qualifies ("Government
    of National Accord": the head is in the complement of another noun). A year right before
    the head is part of the title only when ``year_title`` (the head names a horizon: "the
    2030 Agenda"); elsewhere it dates the instrument ("the 2006 Agreement on …"). ``heads``
    matches an instrument's head: a bracketed acronym after one's name closes that
    instrument's name ("… Agreement (SPA) and Economic Partnership Agreement"); a party's
    acronym inside a name follows no head ("the European Union (EU) and Kalvora Free Trade
    Agreement" is one).
    """
    window = max(0, head_start - 80)
    # A title cannot hold a comma or a line break: starting after the last one finds the
    # same match as a search of the whole window, which tries the pattern at each position.
    for mark in _TITLE_BREAKS:
        found = text.rfind(mark, window, head_start)
        while mark == ". " and found > 0 and _DOTTED_END.search(text, max(0, found - 8), found + 1):
            found = text.rfind(mark, window, found)  # "the U.S. Partnership": no sentence end
        window = max(window, found + 1)
    match = _title_before().search(text, window, head_start)
    if match is None or match.end() != head_start:
        return head_start
    words = list(re.finditer(r"\S+", text[match.start() : head_start]))
    # The title starts at its first capitalised word that is not an article or a count
    # opening the sentence ("Ten agreements were signed"), or at a year right before a
    # horizon's head ("the 2030 Agenda"; "the 1995 Dayton Agreement" is Dayton's).
    counts = _sentence_counts()
    first = next(
        (
            w
            for w in words
            if (
                # "(Spring Harvest) Agreement": another name in brackets opens the title
                w.group().removeprefix("(")[:1].isupper()
                and w.group() not in function_words("sentence_articles")
                and not (w is words[0] and w.group() in counts)
            )
            or (year_title and w.group().isdigit() and w is words[-1])
        ),
        None,
    )
    if first is None:
        return head_start
    # "… in the U.S. The Partnership": a sentence ends with the abbreviation's period.
    opened = [
        w
        for previous, w in itertools.pairwise(words)
        if previous.group().endswith(".") and w.group() in function_words("sentence_articles")
    ]
    if opened:
        after = [w for w in words if w.start() > opened[-1].start()]
        if not after:
            return head_start
        first = after[0]
    headline_verbs, process_nouns = (
        function_words("headline_verbs"),
        function_words("process_nouns"),
    )
    links, articles = function_words("inside_links"), function_words("link_articles")
    verbs = [w for w in words if w.group() in headline_verbs]
    if verbs:  # "Council Hails Framework Accord": the title follows the verb
        after = [w for w in words if w.start() > verbs[-1].start()]
        if not after:
            return head_start
        first = after[0]
    acted = [
        index
        for index, w in enumerate(words)
        if 0 < index < len(words) - 1
        and w.start() > first.start()
        and w.group() in links
        and words[index - 1].group().casefold() in process_nouns
    ]
    if acted:  # "Full Implementation of the Valmont Accord": the title follows the act's link
        after = [w for w in words[acted[-1] + 1 :] if w.group() not in articles]
        if not after or not after[0].group()[:1].isupper():
            return head_start
        first = after[0]
    base = match.start()
    closed = [
        index
        for index, w in enumerate(words[:-1])
        if w.start() >= first.start()
        and _ACRONYM_WORD.fullmatch(w.group())
        and words[index + 1].group() in function_words("coordinators")
        and heads.search(text, base, base + w.start()) is not None
    ]
    if closed:  # "… Agreement (SPA) and Economic Partnership Agreement": another one's name
        after = words[closed[-1] + 2 :]
        if not after or not after[0].group()[:1].isupper():
            return head_start
        first = after[0]
    inside = [
        w
        for w in words
        if w.start() > first.start() and w.group() in function_words("inside_links")
    ]
    if inside and _owned(words, words.index(inside[0])):
        return None
    if first is words[-1] and first.group() in counts:
        return head_start  # "… Signs Three MoUs": a headline's count, no title
    possessive = [w for w in words if w.group().endswith(("'s", "’s"))]
    if possessive:  # "New Zealand's Refugee Quota Programme": the owner is no part of it
        return BLANKS.match(text, match.start() + possessive[-1].end()).end()  # type: ignore[union-attr]
    return match.start() + first.start()


@functools.cache
def _sentence_counts() -> frozenset[str]:
    """Counts as they open a sentence ("Ten", "Plusieurs"): no title word before a head."""
    return frozenset(word.capitalize() for word in function_words("counts"))


def _owned(words: list[re.Match[str]], link: int) -> bool:
    """Whether the word before a title's inside link names a body that owns what follows.

    "Government of National Accord": the head is in a body's name; "the Status of Forces
    Agreement", "the Cessation of Hostilities Agreement" are titles.
    """
    return link > 0 and words[link - 1].group().casefold() in function_words("owner_nouns")


@functools.cache
def _title_before() -> re.Pattern[str]:
    """Capitalised words (and the links inside a title) ending just before a head."""
    links = alternation(agreement_words("title_links"))
    return compile_pattern(rf"(?:(?:{_TITLE_WORD}|{links})[ \t]++)*{_TITLE_WORD}[ \t]++$")
