"""The name a role is apposed to, before it or in brackets after it: a bare role's holder."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

from communique.extract.names import Name, parse_name, skip_honorifics
from communique.extract.person_constructions import Taken, is_plain_name
from communique.letters import CAPITAL
from communique.lexicon.persons import person_words
from communique.patterncache import compile_pattern, compile_regex
from communique.wordtrie import alternation

if TYPE_CHECKING:
    from communique.gazetteer import Gazetteer
    from communique.lexicon.persons import PersonVocabulary

__all__ = [
    "WORD_START",
    "indefinite_articles",
    "name_before",
    "name_glued_before",
    "name_in_parentheses",
]

# Possessive quantifiers (*+, ++) in the patterns that end a window: nothing they could
# give back would let the match end there, and a search does not backtrack into each word.
_WORD_BEFORE: Final = compile_pattern(r"([^\W\d_][\w'’-]*+)\s++$")
_VOWELLESS: Final = compile_regex(
    r"(?<![\p{L}'’])(?:[B-DF-HJ-NP-TV-XZ]{2,}-\p{Lu}|[B-DF-HJ-NP-TV-XZ]{3,}(?![\p{L}'’]))"
)
"""A run of capitals without a vowel joined by a hyphen ("SN-LA POSTE") or of three letters
("NPC"): an acronym, no name's part (not "NG", a family name)."""
WORD_START: Final = compile_pattern(r"(?:(?<![\w'’.-])|(?<=(?<!\w)[dDlL]['’]))\w")
"""A word's start, after an elided article too: "sous la coprésidence d'Anna Serel, ministre"."""
_OPENING: Final = compile_pattern(r"[ \t]*\([ \t]*")
_COMMA_BEFORE: Final = compile_pattern(r"[ \t]*+,[ \t]*+$")
_NAME_REACH: Final = 60
"""Characters before an apposed role that can hold the name it follows."""
_NAME_START: Final = compile_pattern(r"(?:^|[\s(«“\"'’‘,;:–—-])$")


@functools.cache
def _owner_before() -> re.Pattern[str]:
    """A possessive owner between the comma and an apposed role, maybe after an article.

    "X, Ethiopia's envoy", "X, the Bank's Vice-President".
    """
    articles = alternation(person_words("articles"))
    # Only the article ignores case: ``CAPITAL`` is a capital letter, case-sensitively.
    return compile_pattern(
        rf"(?<=,)\s*(?:(?i:{articles})\s+)?(?:{CAPITAL}[\w.-]*\s+){{0,3}}"
        rf"{CAPITAL}[\w.-]*['’]s?\s+$"
    )


@functools.cache
def _article_before() -> re.Pattern[str]:
    """An article ending the text, with its spaces: "sur le ", "of the "."""
    articles = alternation(person_words("articles"))
    return compile_pattern(rf"(?<![\w'’])(?:{articles})[ \t]+$", re.I)


_ARTICLE_REACH: Final = 8
"""Characters before a name searched for an article that makes it a common noun's phrase."""


@functools.cache
def _peerage_before() -> re.Pattern[str]:
    """A peer's style, name and link ending the text: "Lord Cameron of " (``peerage_styles``).

    What follows is the peerage's place, no person's name.
    """
    styles = alternation(person_words("peerage_styles"))
    links = alternation(person_words("peerage_links"))
    if not styles or not links:
        return compile_pattern("(?!)")
    return compile_pattern(
        rf"(?<![\w'’])(?:{styles})[ \t]+(?:{CAPITAL}[\w'’-]*[ \t]+){{1,3}}(?:{links})[ \t]+$"
    )


@functools.cache
def _article_after_comma() -> re.Pattern[str]:
    """An article right after a comma, ending the text before an apposed role."""
    articles = alternation(person_words("articles"))
    return compile_pattern(rf"(?<=,)[ \t]*(?:{articles})[ \t]+$", re.I)


@functools.cache
def indefinite_articles() -> frozenset[str]:
    """The indefinite articles: "Mr X, an analyst at …" apposes no office."""
    return frozenset(person_words("indefinite_articles"))


def name_in_parentheses(
    text: str, end: int, vocab: PersonVocabulary, parties: Gazetteer, taken: Taken
) -> Name | None:
    """The holder named in parentheses right after a role: "Official Spokesperson (X):"."""
    opening = _OPENING.match(text, end)
    if opening is None:
        return None
    start = skip_honorifics(text, opening.end(), vocab)
    name = parse_name(text, start, vocab)
    if name is None or not text.startswith(")", name.end):
        return None
    if start == opening.end() and _VOWELLESS.search(text, name.start, name.end):
        return None  # "La Poste (SN-LA POSTE)": a body's acronym, no holder's name
    held = taken.named_at(name.start)
    if held is not None or is_plain_name(name, vocab, parties):
        return name
    return None


def name_before(
    text: str, role_start: int, vocab: PersonVocabulary, parties: Gazetteer, taken: Taken
) -> Name | None:
    """The full name that a role stands in apposition after: "X Y, ministre de …"."""
    window_start = max(0, role_start - _NAME_REACH)
    before = text[window_start:role_start]
    possessive = _WORD_BEFORE.search(before)
    if possessive is not None and (
        possessive.group(1).casefold() in vocab.possessives
        or possessive.group(1).casefold() in indefinite_articles()
    ):  # "X Y, son directeur", "X Y, an analyst at …"
        before = before[: possessive.start()]
    elif owner := _owner_before().search(before):
        before = before[: owner.start()]  # "X Y, Ethiopia's envoy", "X Y, the Bank's envoy"
    elif possessive is not None and parties.key_of(possessive.group(1)):
        before = before[: possessive.start()]  # "X Y, AU Commissioner for …"
    if article := _article_after_comma().search(before):
        before = before[: article.start()]  # "X Y, the Emirati envoy"
    comma = _COMMA_BEFORE.search(before)
    if comma is None:
        return None
    end = _before_post_nominals(text, window_start, window_start + comma.start(), vocab)
    for start in _word_starts_before(text, window_start, end):
        if not _NAME_START.search(text, max(0, start - 1), start):
            continue
        name = parse_name(text, start, vocab)
        if name is not None and name.end == end:
            if _nationality_first(name, parties):
                continue  # "le Sénégalais Moussa X, ministre …": the name after it
            if _article_before().search(text, max(0, start - _ARTICLE_REACH), start):
                return None  # "la paix sur le Continent Africain, le Président …": a noun
            if _peerage_before().search(text, max(0, start - _NAME_REACH), start):
                return None  # "Lord Cameron of Chipping Norton, Secretary …": a peer's seat
            if not is_plain_name(name, vocab, parties) or taken.overlaps(start, end):
                return None
            if parties.key_of(text[start:end]) is not None:
                return None  # "… et le Royaume d'Arabie Saoudite, le Premier ministre …": a party
            return name
    return None


_POST_NOMINAL_BEFORE: Final = compile_pattern(r"[ \t,]+([A-Z][A-Za-z.]{0,7})$")
"""The last word before a position, after a space or a comma: maybe post-nominal letters."""
_POST_NOMINALS: Final = 3
"""Post-nominal letters at most read back from an apposed role's comma ("KCB MP")."""


def _before_post_nominals(text: str, low: int, end: int, vocab: PersonVocabulary) -> int:
    """Where a name ends before the post-nominal letters that end at ``end``.

    "Marc Tavel MP, Assistant Minister …", "Anna Serel KC, Attorney General": the letters
    follow the name, before the role's comma.
    """
    for _ in range(_POST_NOMINALS):
        letters = _POST_NOMINAL_BEFORE.search(text, low, end)
        if (
            letters is None
            or letters.group(1).replace(".", "").casefold() not in vocab.post_nominals
        ):
            return end
        end = letters.start()
    return end


def _nationality_first(name: Name, parties: Gazetteer) -> bool:
    """Whether a name's first word is a nationality ("Sénégalais", "Kenyan") and more follow."""
    words = (*name.given, *name.family)
    return len(words) > 2 and parties.nationality_of(words[0]) is not None


def name_glued_before(
    text: str,
    role_start: int,
    head_end: int,
    vocab: PersonVocabulary,
    parties: Gazetteer,
    taken: Taken,
) -> Name | None:
    """A full name right before an office that opens a list of offices: "X Y Ambassadeur, …".

    "… et Marie Koranda Ambassadeur, directrice du protocole": with no comma between, the
    office still follows the name when a comma sets it apart from what comes after.
    """
    if not text.startswith(",", head_end):
        return None
    end = role_start
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    if end == role_start:
        return None
    window_start = max(0, end - _NAME_REACH)
    for start in _word_starts_before(text, window_start, end):
        if not _NAME_START.search(text, max(0, start - 1), start):
            continue
        name = parse_name(text, start, vocab)
        if name is not None and name.end == end and len(name.given) > 0:
            if any(word.isupper() for word in text[start:end].split()):
                return None  # "VALMET Transitional Administrator,": an acronym's office
            if not is_plain_name(name, vocab, parties) or taken.overlaps(start, end):
                return None
            return name
    return None


def _word_starts_before(text: str, window_start: int, end: int) -> list[int]:
    """Starts of the words of ``text[window_start:end]``, furthest first."""
    starts = [m.start() for m in WORD_START.finditer(text[window_start:end])]
    return [window_start + start for start in starts]
