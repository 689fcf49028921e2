"""Compile a word list into a trie-shaped regular expression.

A flat alternation of hundreds of names makes the engine try each one at every position;
a trie ("Ja(?:pon|maïque)") shares prefixes so each position costs one path. With the
standard library's engine this runs some forty times faster on the party list.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING, Final

from communique.patterncache import cached_text, compile_pattern, shelved

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

__all__ = [
    "ABBREVIATION_END",
    "MAX_GUARDED_FIRSTS",
    "alternation",
    "bare_initials",
    "casefolded",
    "casefolded_bare",
    "casings",
    "first_letter_trie",
    "fold_name",
    "guarded_trie",
    "headline_casings",
    "phrase_key",
    "trie_branches",
    "trie_pattern",
    "word_pattern",
]

_TITLE_LETTER: Final = compile_pattern(r"(?<![^\s-])(\w)")
"""A word's first letter (after white space or a hyphen): upper-cased in title case."""
_MIN_CACHED_WORDS = 200
"""Shorter lists build their trie in about a millisecond: kept together, not a file each."""


def trie_pattern(words: Iterable[str], *, exact: bool = False) -> str:
    """A pattern matching any of ``words``, longest first.

    Spaces match any run of white space and an apostrophe matches ' or ’, unless
    ``exact``: then each word matches only as spelled. A long list's pattern is kept on
    disk (``communique.patterncache``): building it is a large part of a cold start.

    >>> import re
    >>> pattern = re.compile(trie_pattern(["japon", "japonais", "jamaïque"]))
    >>> pattern.pattern
    'ja(?:maïque|pon(?:ais)?)'
    >>> pattern.fullmatch("japonais") is not None
    True
    """
    listed = sorted({word for word in words if word})
    key = f"{exact}\0" + "\0".join(listed)
    if len(listed) < _MIN_CACHED_WORDS:  # some 200 such lists a first parse: kept together
        return shelved("trie", key, lambda: _build_trie(listed, exact=exact))
    return cached_text("trie", key, lambda: _build_trie(listed, exact=exact))


def _build_trie(words: list[str], *, exact: bool) -> str:
    """The trie pattern of ``words``, sorted and distinct, read off the sorted list itself.

    Words sharing a prefix are neighbours in sorted order, so each node is a run of the
    list: no tree of dictionaries is built (two to three times faster, the same text).
    """
    if not words:
        return "(?!)"
    escape = _escape_exact if exact else _escape_loose
    return _node_pattern(words, 0, len(words), 0, escape) or "(?!)"


@functools.cache
def _escape_exact(char: str) -> str:
    return re.escape(char)


@functools.cache
def _escape_loose(char: str) -> str:
    if char == " ":
        return r"\s+"
    if char in "'’":
        return "['’]"
    return re.escape(char)


def _node_pattern(
    words: list[str], low: int, high: int, depth: int, escape: Callable[[str], str]
) -> str:
    """The pattern of the node that ``words[low:high]`` share their first ``depth`` letters at.

    The word ending at the node, if any, sorts first. Each branch is a run of words with
    the same next letter; a chain of single children without an end is spelled out.
    """
    ends = len(words[low]) == depth
    branches = []
    index = low + 1 if ends else low
    while index < high:
        char = words[index][depth]
        stop = index + 1
        while stop < high and words[stop][depth] == char:
            stop += 1
        first, last = words[index], words[stop - 1]
        pieces, reached = [escape(char)], depth + 1
        # One child and no end: the first and last words of the run agree on the letter.
        while len(first) > reached and first[reached] == last[reached]:
            pieces.append(escape(first[reached]))
            reached += 1
        branches.append("".join(pieces) + _node_pattern(words, index, stop, reached, escape))
        index = stop
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        body = (body if len(branches) > 1 else f"(?:{body})") + "?"
    return body


def casings(words: Iterable[str]) -> set[str]:
    """Each word as given, in lower case, capitalised, in title case and in upper case.

    A case-sensitive trie of these runs faster than a case-insensitive one.

    >>> sorted(casings(["secretary-general"]))
    ['SECRETARY-GENERAL', 'Secretary-General', 'Secretary-general', 'secretary-general']
    """
    variants: set[str] = set()
    for word in words:
        title = _TITLE_LETTER.sub(_upper, word)
        variants.update((word, word.lower(), word[:1].upper() + word[1:], title, word.upper()))
    return variants


def bare_initials(words: Iterable[str]) -> set[str]:
    """Each phrase, and the phrase with its first letter's accent dropped, when it has one.

    French often prints a capital without its accent ("Etaient présents", "A l'issue"): a
    phrase matched without case opens so at the start of a sentence.

    >>> sorted(bare_initials(["étaient présents", "ont participé"]))
    ['etaient présents', 'ont participé', 'étaient présents']
    """
    variants: set[str] = set()
    for word in words:
        variants.add(word)
        bare = unicodedata.normalize("NFD", word[:1])[:1]
        if bare != word[:1]:
            variants.add(bare + word[1:])
    return variants


def headline_casings(words: Iterable[str]) -> set[str]:
    """Each phrase with its nouns capitalised and its short words kept, first word either way.

    Offices are often printed so: "Chef du Gouvernement", "chef du Gouvernement",
    "Minister of State for Foreign Affairs". A word of three letters or fewer ("du", "of",
    "the") keeps its case; a letter after an elision or a hyphen counts as a word's first.

    >>> sorted(headline_casings(["chef du gouvernement"]))
    ['Chef du Gouvernement', 'chef du Gouvernement']
    >>> sorted(headline_casings(["chef de l'état"]))
    ["Chef de l'État", "chef de l'État"]
    """
    variants: set[str] = set()
    for phrase in words:
        tokens = phrase.split(" ")
        if len(tokens) < 2:
            continue
        rest = " ".join(_headline_word(t) for t in tokens[1:])
        first = tokens[0]
        variants.update((f"{first[:1].upper()}{first[1:]} {rest}", f"{first.lower()} {rest}"))
    return variants


_ELIDED_LETTER: Final = compile_pattern(r"(?<=^\w['’])(\w)")
"""The first letter after an elided article ("l'état")."""


def _headline_word(token: str) -> str:
    if _ELIDED_LETTER.search(token):
        return _ELIDED_LETTER.sub(_upper, token)
    return token if len(token) <= 3 else _TITLE_LETTER.sub(_upper, token)


def _upper(match: re.Match[str]) -> str:
    return match.group(1).upper()


def phrase_key(text: str) -> str:
    """The key under which a trie's match is looked up: case-folded, quotes and spaces unified.

    >>> phrase_key("Nations  Unies"), phrase_key("L’entrée en vigueur")
    ('nations unies', "l'entrée en vigueur")
    """
    return " ".join(text.replace("’", "'").split()).casefold()


def word_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Whole-word matcher of ``words`` in their usual casings; an apostrophe joins words.

    >>> pattern = word_pattern(["entrée en vigueur"])
    >>> pattern.search("son Entrée  en vigueur").group(), pattern.search("l'entrée en vigueur")
    ('Entrée  en vigueur', None)
    """
    # a phrase ending on an elided word ends at its apostrophe: « en sa qualité d'envoyée »
    return compile_pattern(rf"{guarded_trie(casings(words), _WORD_BEFORE)}(?:(?<=['’])|(?![\w'’]))")


_WORD_BEFORE = r"[\w'’]"
ABBREVIATION_END = r"(?:(?<=\.)(?=[^\W\d_])|(?!\w))"
"""The end of a listed word: no letter follows, but an abbreviation's period may touch the
next word ("M.Idris Lirov")."""
MAX_GUARDED_FIRSTS = 7
"""First letters (case aside) beyond which a guarded trie scans slower than a plain one."""


def guarded_trie(words: Iterable[str], before: str) -> str:
    r"""``(?<!{before})(?:{trie_pattern(words)})``, spelled so that a scan runs faster.

    A pattern opening with a look-behind is tried at every position of a text; one opening
    with a branch of literal characters is tried only where one of them stands (the engine
    skips to them in C). So each first character comes first and the look-behind, two
    characters wide, follows it: the matches are the same, a scan finds them two to three
    times faster. ``before`` is one character (a class). Words starting with a space or an
    apostrophe (matched loosely, not as one literal) keep the plain form, and so do lists
    whose words start with many letters: where most letters start a branch, the branch is
    tried at most positions, which costs more than the look-behind that rules out the
    inside of each word (measured on the development documents: slower beyond 7 letters).

    >>> guarded_trie(["nous", "nos"], r"\w")
    '(?:n(?<!\\w.)(?:o(?:s|us)))'
    >>> re.compile(guarded_trie(["nous"], r"\w")).findall("vous nous, nousnous")
    ['nous', 'nous']
    """
    listed = sorted({word for word in words if word})
    firsts = {word[0].casefold() for word in listed}
    if (
        not listed
        or len(firsts) > MAX_GUARDED_FIRSTS
        or any(first.isspace() or first in "'’" for first in firsts)
    ):
        return rf"(?<!{before})(?:{trie_pattern(listed)})"
    return first_letter_trie(listed, rf"(?<!{before}.)")


def first_letter_trie(words: Iterable[str], guard: str) -> str:
    r"""A trie of ``words`` branching on each first character, ``guard`` right after it.

    ``guard`` is a look-behind written for the position after the first character (two
    characters wide for one before the word): the engine skips in C to the characters that
    open a branch and tries the pattern there alone. That pays where those characters are
    rare in running text (few letters, or capitals only); see :func:`guarded_trie`.

    >>> first_letter_trie(["Anne", "Ali", "Bo"], r"(?<!\w.)")
    '(?:A(?<!\\w.)(?:(?:li|nne))|B(?<!\\w.)(?:o))'
    """
    branches = (f"{re.escape(first)}{guard}{rest}" for first, rest in trie_branches(words))
    return "(?:" + "|".join(branches) + ")"


def trie_branches(words: Iterable[str]) -> list[tuple[str, str]]:
    """Each first character of ``words`` and the pattern of what follows it in them."""
    rests: dict[str, list[str]] = {}
    for word in sorted({word for word in words if word}):
        rests.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, tails in rests.items():
        rest = trie_pattern(tails) if any(tails) else ""
        optional = "?" if "" in tails else ""
        branches.append((first, f"(?:{rest}){optional}" if rest else ""))
    return branches


def casefolded_bare(words: Iterable[str]) -> frozenset[str]:
    """The words case-folded, with and without their accents.

    Lines in capitals often drop every accent ("MINISTERE DES AFFAIRES ETRANGERES").

    >>> sorted(casefolded_bare(["Ministère", "office"]))
    ['ministere', 'ministère', 'office']
    """
    folded = casefolded(words)
    return folded | frozenset(fold_name(word) for word in folded)


def casefolded(words: Iterable[str]) -> frozenset[str]:
    """The words case-folded, as a set to look a case-folded word up in.

    >>> sorted(casefolded(["Hereby", "DÉCIDE"]))
    ['décide', 'hereby']
    """
    return frozenset(word.casefold() for word in words)


def fold_name(text: str) -> str:
    """``text`` without case or accents, as names are compared ("Élysée" → "elysee")."""
    return without_marks(text.casefold())


def without_marks(text: str) -> str:
    """``text`` without its letters' accents and other combining marks, case kept.

    >>> without_marks("Mevlüt Çavuşoğlu")
    'Mevlut Cavusoglu'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def alternation(phrases: Iterable[str], space: str = r"\s+") -> str:
    r"""The phrases, in their order, as one alternation (nothing matches for no phrase).

    A space matches ``space`` and an apostrophe ' or ’.

    >>> alternation(["de la", "d'"], r"[ \t]+")
    "de[ \\t]+la|d['’]"
    """
    parts = [space.join(re.escape(word) for word in phrase.split()) for phrase in phrases]
    return "|".join(part.replace("'", "['’]") for part in parts) or "(?!)"
