"""The next word of a role's complement: past an acronym or comma, a chained head, a portfolio."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

from communique.extract.names import word_at
from communique.extract.role_heads import MAX_PORTFOLIO
from communique.letters import CAPITAL
from communique.lexicon.common.given_names import given_names
from communique.lexicon.persons import person_words
from communique.patterncache import compile_pattern
from communique.wordtrie import alternation

if TYPE_CHECKING:
    from communique.lexicon.persons import PersonVocabulary

__all__ = [
    "ACRONYM",
    "chained_head",
    "next_word",
    "opens_infinitive",
    "past_acronym",
    "quoted_name",
]

ACRONYM: Final = compile_pattern(r"[ \t]*\([ \t]*[A-Z][\w.&-]{0,11}[ \t]*\)")
"""An acronym in parentheses inside a complement: "of the African Union (AU) Commission"."""
_EMPHASIS: Final = compile_pattern(r"[ \t]*[*_]{1,3}(?=\w)")
"""Markdown emphasis opening a name: "le Premier Ministre **Ousmane SONKO**"."""
_ACRONYM_OR_EMPHASIS: Final = compile_pattern(
    r"[ \t]*(?:\([ \t]*[A-Z][\w.&-]{0,11}(?:[ \t]*[-–][ \t]*[A-Z][\w.&-]{0,11})?[ \t]*\)"
    r"|[*_]{1,3}(?=\w))"
)
"""``ACRONYM`` or else ``_EMPHASIS``, in one call (after the spaces they share); an
acronym may join two with a dash: "(ECOWAS – EOM)"."""
_QUOTED_NAME: Final = compile_pattern(
    r"[ \t]*(?:«[ \t\u00a0\u202f]*(?P<inner>[^«»\n,.;:!?]{1,60}?)[ \t\u00a0\u202f]*»"
    r"|“(?P<inner2>[^“”\n,.;:!?]{1,60})”)"
)
"""A quoted name of a body, in guillemets or curly quotes, without sentence punctuation."""
_COMMA_AT: Final = compile_pattern(r"[ \t]*,[ \t]*")
_HEAD_WINDOW: Final = 60
"""Characters read for a role head in lower case: longer than any head."""


def past_acronym(text: str, position: int) -> int:
    """Where an acronym in parentheses after ``position`` ends ("(OIF)"), or ``position``.

    >>> past_acronym("de la Francophonie (OIF), Mme X", 18)
    24
    """
    acronym = ACRONYM.match(text, position)
    return acronym.end() if acronym else position


def quoted_name(text: str, cursor: int) -> re.Match[str] | None:
    """A short quoted name after a noun of the complement, not a quoted sentence.

    Its words open with a capital and hold no sentence punctuation: "« Amis de la paix »",
    "“Friends of Peace”", but not "“We agreed,” said …".
    """
    quoted = _QUOTED_NAME.match(text, cursor)
    if quoted is None:
        return None
    inner = quoted.group("inner") or quoted.group("inner2") or ""
    return quoted if inner[:1].isupper() else None


def next_word(text: str, cursor: int, vocab: PersonVocabulary) -> re.Match[str] | None:
    """The next word of a complement, over an acronym in parentheses or a comma before a link.

    "ministre des affaires étrangères, de la coopération africaine": the comma lists offices;
    a role head after the link lists another holder (« …, des ministres des Affaires … »).
    """
    acronym = _ACRONYM_OR_EMPHASIS.match(text, cursor)
    if acronym is not None:
        cursor = acronym.end()
    ordinal = _ORDINAL_AT.match(text, cursor)
    if ordinal is not None:  # "Chairman of the 40th Standing Committee", « de la 15e session »
        cursor = ordinal.end()
    comma = _COMMA_AT.match(text, cursor)
    if comma is not None and comma.end() > cursor and text[cursor : comma.end()].strip():
        after = word_at(text, comma.end())
        if after is None:
            return None
        if after.group().casefold().replace("’", "'") in vocab.comma_links:
            # "…, des représentants des chefs d'État, des ministres …": another holder listed
            following = word_at(text, after.end())
            if following is not None and _heads_office(following.group(), vocab):
                return None
            gap = _SPACES_AFTER.match(text, after.end())
            if vocab.honorific.match(text, gap.end() if gap else after.end()):
                return None  # « Mme X, ambassadrice de France, de M. Y, … »: the next holder
            if following is not None and opens_infinitive(text, following.end(), vocab):
                return None  # « …, chargé de conduire la délégation »: a task, no office
            if vocab.role.match(text, after.start()) is not None:
                return None  # « …, chargé d'affaires a.i. »: another office
            return after
        if chained_head(text, cursor, after, vocab) is not None:
            return after
        if _serial_coordinator(text, cursor, after, vocab):
            return after
        return after if _listed_portfolio(text, after, vocab) else None
    gap = _SPACES_AFTER.match(text, cursor)
    ampersand = _AMPERSAND.match(text, gap.end() if gap else cursor)
    if ampersand is not None:
        return ampersand  # "Minister of State Budget & National Planning": a link as "and"
    match = word_at(text, cursor)
    if match is None or text[cursor : match.start()].strip():
        return None
    return match


_AMPERSAND: Final = compile_pattern(r"&(?=[ \t]+[^\W\d_])")
"""An ampersand between a portfolio's words, read as a word (``complement_links``)."""
_ORDINAL_AT: Final = compile_pattern(
    r"[ \t]+\d{1,4}(?:st|nd|rd|th|e|ème|eme|er|re|ère)(?=[ \t]+[^\W\d_])"
)
"""An ordinal in figures before the next word of a complement ("the 40th Standing …")."""
_SPACES_AFTER: Final = compile_pattern(r"[ \t]*")
"""The spaces after a link, before the word that may be an honorific."""


def _heads_office(word: str, vocab: PersonVocabulary) -> bool:
    """Whether a word is a role head, singular or plural ("ministre", "représentants")."""
    return vocab.role.fullmatch(word) is not None or word.casefold() in vocab.plural_roles


def opens_infinitive(text: str, position: int, vocab: PersonVocabulary) -> bool:
    """Whether a lower-case verb follows ("to attend"), not an article or a name ("to the")."""
    following = word_at(text, position)
    if following is None:
        return False
    word = following.group()
    if not word[0].islower() or word.casefold() in vocab.complement_links:
        return False
    if not vocab.infinitive_endings:
        return True
    # « à prendre la parole », not « à l'Intérieur » nor « à titre provisoire »
    return (
        word.isalpha()
        and word.endswith(vocab.infinitive_endings)
        and (word.casefold() not in vocab.not_infinitives)
    )


def chained_head(
    text: str,
    cursor: int,
    word: re.Match[str],
    vocab: PersonVocabulary,
    *,
    coordinated: bool = True,
) -> tuple[int, str] | None:
    """The end and last word of the head of a second office of the same holder.

    "le ministre d'État, ministre des affaires étrangères, …", "Minister of State, Minister
    of Foreign Affairs": a role head without article, after a comma, whose complement opens
    with a link word or that ends at a comma itself ("le Premier ministre, Chef du
    Gouvernement, M. X"). A head followed by a name ("the President, Prime Minister X") is
    another person's title, and an article ("…, le Premier ministre") opens another role.
    """
    head = word.start()
    coordinated_head = "," not in text[cursor:head]
    if coordinated_head:
        # "la ministre des Relations internationales et ministre responsable de la région
        # des Laurentides, X": a head after a bare coordinator, without article, is the
        # same holder's second office.
        following = word_at(text, word.end())
        if (
            not coordinated
            or text[cursor:head].strip()
            or word.group().casefold() not in person_words("coordinators")
            or following is None
            or text[word.end() : following.start()].strip()
        ):
            return None
        head = following.start()
        # "… Development and Second Minister for Health X": a rank may open the second head.
        qualifier = vocab.qualifier_at.match(text, head)
        end = _head_end(text, qualifier.end() if qualifier else head, vocab)
    else:
        end = _head_end(text, head, vocab)
    if end is None:
        return None
    last = text[head:end].split()[-1].casefold()
    if _COMMA_AT.match(text, end) and not coordinated_head:
        return end, last
    link = word_at(text, end)
    if link is None or text[end : link.start()].strip():
        return None
    folded = link.group().casefold().replace("’", "'")
    linked = link.group()[0].islower() and (
        folded in vocab.complement_links or coordinated_head  # "et ministre responsable de"
    )
    # "…, représentant le président X": an article after the head opens its object (a
    # participle's), never a complement, which opens with a preposition.
    article = folded in person_words("articles") or folded in person_words("elided_articles")
    return (end, last) if linked and not article else None


def _head_end(text: str, position: int, vocab: PersonVocabulary) -> int | None:
    """Where a role head starting at ``position`` ends, in any casing ("Chef du Gouvernement").

    The head list holds the usual casings; read in lower case, a head capitalised word by
    word is found too.
    """
    window = text[position : position + _HEAD_WINDOW]
    lowered = window.lower()
    head = vocab.role.match(window) if len(lowered) != len(window) else vocab.role.match(lowered)
    return position + head.end() if head is not None else None


def _listed_portfolio(text: str, word: re.Match[str], vocab: PersonVocabulary) -> bool:
    """Whether a comma lists one more portfolio of the office.

    "Minister for Political, Legal and Security Affairs", "Minister of Education, Culture,
    Sports, Science and Technology": a capitalised complement word followed by another
    comma or "and". Where lower-case words go anywhere in a complement, so may a listed
    one: « commissaire aux Affaires politiques, paix et sécurité ».
    """
    if not vocab.comma_portfolios:
        return False
    if not word.group()[0].isupper() and vocab.lowercase_after_link_only:
        return False
    if word.group().casefold() not in vocab.complement_words:
        return False
    end = word.end()
    for _ in range(MAX_PORTFOLIO):  # "…, National Community Abroad and African Affairs"
        following = _capitalised_complement(text, end, vocab)
        if following is None:
            break
        end = following
    return _list_goes_on().match(text, end) is not None


def _serial_coordinator(
    text: str, cursor: int, word: re.Match[str], vocab: PersonVocabulary
) -> bool:
    """Whether a comma and a coordinator join the last portfolio of a listed office.

    "Minister of Foreign Affairs, African Cooperation, and Moroccan Expatriates": the serial
    comma before "and", after a capitalised portfolio word, with a capitalised word after it
    that opens no name (no honorific, no listed given name).
    """
    if not vocab.comma_portfolios or word.group() not in person_words("coordinators"):
        return False
    before = _LAST_WORD.search(text, max(0, cursor - _LAST_WORD_CHARS), cursor)
    if before is None or not before.group()[0].isupper():
        return False
    following = word_at(text, word.end())
    if following is None or text[word.end() : following.start()] not in {" ", "\t"}:
        return False
    name = following.group()
    if (
        not name[0].isupper()
        or vocab.honorific.match(text, following.start()) is not None
        or name.casefold() in given_names()
    ):
        return False
    # The portfolio's words end the office: at a comma (not before another's office, "…,
    # and Deroux, Minister of Health"), or at the sentence's end; not before a verb.
    run = _PORTFOLIO_RUN.match(text, following.start())
    if run is None:
        return False
    # A portfolio's last word is a complement word ("… and Moroccan Expatriates"), and no
    # office stands in it ("…, and Ghanaian Ambassador Marc Tavel": another holder).
    words = run.group().split()
    if words[-1].casefold() not in vocab.complement_words or any(
        vocab.role.fullmatch(word) is not None for word in words
    ):
        return False
    comma = _COMMA_AT.match(text, run.end())
    if comma is None:
        return _RUN_END.match(text, run.end()) is not None
    return vocab.role.match(text, comma.end()) is None


_PORTFOLIO_RUN: Final = compile_pattern(rf"[^\W\d_][\w'’-]*(?:[ \t]+{CAPITAL}[\w'’-]*){{0,3}}")
"""The last portfolio's capitalised words after the coordinator ("Moroccan Expatriates")."""
_RUN_END: Final = compile_pattern(r"[ \t]*(?:[.;)]|$)", re.M)
"""The end of a sentence or a clause right after the last portfolio."""


_LAST_WORD: Final = compile_pattern(r"[^\W\d_][\w'’-]*[ \t]*$")
"""The word ending the text before a comma."""
_LAST_WORD_CHARS: Final = 40
"""Characters before a comma searched for the word ending there."""


def _capitalised_complement(text: str, position: int, vocab: PersonVocabulary) -> int | None:
    """Where the next word ends if it is a capitalised complement word after a space."""
    following = word_at(text, position)
    if following is None or text[position : following.start()] not in {" ", "\t"}:
        return None
    word = following.group()
    return (
        following.end() if word[0].isupper() and word.casefold() in vocab.complement_words else None
    )


@functools.cache
def _list_goes_on() -> re.Pattern[str]:
    joins = alternation(person_words("coordinators"), r"[ \t]+")
    return compile_pattern(rf"[ \t]*,|[ \t]+(?:{joins})[ \t]+[^\W\d_]")
