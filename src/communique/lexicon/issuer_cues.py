"""Words that tell which organisation issues a communiqué: organs, sessions, offices, members.

The words are data (``resources/<lang>/parties.toml``); this module compiles them once per
language into the patterns ``resolve.issuers`` reads.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.errors import ResourceError
from communique.lexicon import WordLists, string_list, string_table
from communique.lexicon.party_cues import optional_article
from communique.patterncache import compile_pattern
from communique.records import shared_repr
from communique.wordtrie import trie_pattern

if TYPE_CHECKING:
    from communique.model import Language

__all__ = ["IssuerCues", "issuer_cues"]

_ORDINAL = r"\d+(?:st|nd|rd|th|e|ème|eme|er|re)?"


@shared_repr
@attrs.frozen(eq=False, repr=False)
class IssuerCues:
    """The compiled issuer patterns of one language."""

    opening: re.Pattern[str]
    """An article, if any, opening the text matched: "The ", "l'"."""
    adoption: re.Pattern[str]
    """A participle of adoption and an article opening the text matched: "Adopted by the "."""
    body: re.Pattern[str]
    """A capitalised body (group ``body``) after its article, up to a comma or a parenthesis."""
    organ_link: re.Pattern[str]
    """The link between an organ and its organisation, in full: " of the ", " de l'"."""
    session: re.Pattern[str]
    """A meeting of the body before it: ", at its 50th meeting", ", en sa 1200e réunion"."""
    collective_opener: re.Pattern[str]
    """The members speaking as one at the start: "We, the Foreign Ministers", "Nous, chefs"."""
    collective: re.Pattern[str]
    """A collective of members opening the text matched, after a word of its own at most:
    " foreign ministers", " trade ministers", " leaders"."""
    members: re.Pattern[str]
    """The members of an organisation as the subject opening the text matched, before the
    organisation: "The Heads of State and Government of the member countries", "The
    Authority of Heads of State and Government", "Les Chefs d'État"."""
    meeting_before: re.Pattern[str]
    """A meeting of an organisation ending the text searched, before its name: "Summit of
    the ", "Sommet de l'"."""
    meeting_after: re.Pattern[str]
    """A meeting opening the text matched, after an organisation's name: " Summit"."""
    meeting_sides: re.Pattern[str]
    """A word joining a meeting's second side after the first (" and ", « et »)."""
    meeting_between: re.Pattern[str]
    """A word opening a meeting's two sides in its name ("between", « entre »)."""
    statutory_meeting: re.Pattern[str]
    """A meeting opening the text matched, its number and kind before it, and its link:
    "The Thirty-Fourth Regular Meeting of the ", « La quarante-sixième Session ordinaire
    de la »."""
    offices: tuple[tuple[str, re.Pattern[str]], ...]
    """(organisation key, its bare office, group ``office``, after an article: "The
    Secretary-General")."""
    labels: tuple[tuple[str, re.Pattern[str]], ...]
    """(organisation key, a label only its offices print: "Note to Correspondents")."""
    credit: re.Pattern[str] = re.compile("(?!)")
    """A release wire's credit line, up to the issuer it distributes for: "Distributed by
    the Valmont Press Service on behalf of " (the issuer follows the match)."""
    member_group: re.Pattern[str] = re.compile("(?!)")
    """A group's noun right after the organisation its members are named by: "the European
    Parliament delegation", "… Parliament's delegation" (the members are the group's)."""
    inverted_held: re.Pattern[str] = re.compile("(?!)")
    """A verb of holding before its subject, the meeting: « s'est tenue », the text searched
    (« Sur invitation de …, s'est tenue, le 19 janvier, la XXe session ordinaire de … »)."""
    inverted_meeting: re.Pattern[str] = re.compile("(?!)")
    """The meeting after an inverted verb of holding, its article written: « la XXe session
    ordinaire de la »."""
    letterhead_tail: re.Pattern[str] = re.compile("(?!)")
    """What may follow an organisation's name on its letterhead line, to the line's end:
    " SECRETARIAT", " Commission", or nothing."""


_WORD: Final = r"[\w'’]+(?:[‐–-][\w'’]+)*"
"""A word of a meeting's name, a dash inside it ("Extra–Ordinary"), none alone ("Kenya –
Uganda")."""


def _alternation(words: tuple[str, ...]) -> str:
    return trie_pattern(w.casefold() for w in words)


def _keyed(table: dict[str, object], key: str, where: str) -> tuple[tuple[str, str], ...]:
    """The organisation keys of a table of word lists, each with its words as alternation."""
    keyed = string_table(table, key, where=where)
    found: list[tuple[str, str]] = []
    for organization in keyed:
        listed = string_list(keyed, organization, where=f"{where} [{key}]")
        if not listed:
            raise ResourceError(f"{where}: [{key}] {organization} needs words")
        found.append((f"org:{organization}", _alternation(listed)))
    return tuple(found)


def _whole(alternatives: str) -> str:
    """The alternatives as whole words: no letter or apostrophe right before or after."""
    return rf"(?<![\w'’])(?:{alternatives})(?![\w'’])"


@functools.cache
def issuer_cues(language: Language) -> IssuerCues:
    """Compile the issuer words of ``<language>/parties.toml`` once.

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    lists = WordLists(language, "parties")
    table, where = lists.table, lists.where

    def words(key: str) -> str:
        return _alternation(lists(key))

    elided = {w.replace("'", "’") for w in lists("articles")}
    articles = _alternation((*lists("articles"), *elided))
    article = optional_article(articles)
    required_article = rf"(?:(?:{articles})(?<=['’])|(?:{articles})[ \t]+)"
    link = rf"[ \t]+(?:{words('organ_links')})(?:(?<=['’])|[ \t]+)"
    groups = words("member_group_nouns_after")
    return IssuerCues(
        member_group=compile_pattern(rf"(?:['’]s)?[ \t]+(?:{groups or '(?!)'})(?![\w'’-])", re.I),
        opening=compile_pattern(rf"[ \t]*{article}", re.I),
        adoption=compile_pattern(rf"[ \t]*(?:{words('adoption_openers')})[ \t]+{article}", re.I),
        body=compile_pattern(
            rf"(?i:{article})(?P<body>[A-ZÀ-Ý][^\n,;:.()]{{2,120}}?)(?=[ \t]*[(,])"
        ),
        organ_link=compile_pattern(link, re.I),
        session=compile_pattern(
            rf"(?:[ \t]*\([^()\n]{{1,20}}\))?[ \t]*,[ \t]*(?:{words('session_links')})[ \t]+"
            rf"{_ORDINAL}[ \t]+(?:{words('session_words')})(?![\w'’])",
            re.I,
        ),
        collective_opener=compile_pattern(
            rf"(?:{words('collective_openers')})[ \t]*,[ \t]*{article}"
            rf"(?:{words('member_collectives')})(?![\w'’])",
            re.I,
        ),
        collective=compile_pattern(
            rf"(?:[ \t]+[\w-]+)?[ \t]+(?:{words('member_collectives')})(?![\w'’])", re.I
        ),
        members=compile_pattern(
            rf"[ \t]*{article}(?:(?-i:[A-ZÀ-Ý])[\w'’-]*{link})?(?:{words('member_collectives')})"
            rf"(?:{link}{article}(?:{words('member_words')}))?(?![\w'’-])",
            re.I,
        ),
        meeting_before=compile_pattern(
            rf"(?<![\w'’])(?:{words('session_words')}){link}{article}$", re.I
        ),
        meeting_after=compile_pattern(rf"[ \t]+(?:{words('session_words')})(?![\w'’])", re.I),
        meeting_sides=compile_pattern(rf"[ \t]*{_whole(words('meeting_side_links'))}", re.I),
        meeting_between=compile_pattern(_whole(words("meeting_between_links")), re.I),
        statutory_meeting=compile_pattern(
            rf"[ \t]*{article}(?:{_WORD}[ \t]+){{0,3}}(?:{words('session_words')})"
            rf"(?:[ \t]+[\w'’-]+)?{link}",
            re.I,
        ),
        inverted_meeting=compile_pattern(
            rf"[ \t]*{required_article}(?:{_WORD}[ \t]+){{0,3}}(?:{words('session_words')})"
            rf"(?:[ \t]+[\w'’-]+)?{link}",
            re.I,
        ),
        offices=tuple(
            (key, compile_pattern(rf"{article}(?P<office>{pattern})(?![\w'’-])", re.I))
            for key, pattern in _keyed(table, "issuing_offices", where)
        ),
        labels=tuple(
            (key, compile_pattern(_whole(pattern), re.I))
            for key, pattern in _keyed(table, "issuing_labels", where)
        ),
        credit=compile_pattern(
            rf"[ \t]*(?:{words('credit_verbs')})[ \t][^\n]{{1,80}}?"
            rf"[ \t](?:{words('behalf_links')})[ \t]+",
            re.I,
        ),
        inverted_held=compile_pattern(_whole(words("inverted_held_verbs") or "(?!)"), re.I),
        letterhead_tail=compile_pattern(
            rf"(?:[ \t]+(?:{words('letterhead_tails')}))?[ \t]*$", re.I
        ),
    )
