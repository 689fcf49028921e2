"""Find the constructions that name a person in a reading unit, before reading their context.

A name follows an honorific or a chain of them ("H.E. Prof. Dr X", "Senator the Hon. X"),
follows or stands in apposition to a role ("le Premier ministre X", "the President of
France, X", "X, ministre des affaires étrangères,"), follows a plural role as a list
("Ministers A and B", "les juges A, B et C"), carries its family name in capitals
("Kaja KALLAS"), or stands alone on the signature line that closes the text. Bare titles
give role constructions without a name.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.extract.names import Name, parse_name, skip_honorifics, word_at
from communique.extract.roles import read_role, role_at, with_article

if TYPE_CHECKING:
    import regex

    from communique.extract.person_vocabulary import PersonVocabulary
    from communique.gazetteer import Gazetteer

__all__ = [
    "Found",
    "Role",
    "Taken",
    "with_capitals",
    "with_honorifics",
    "with_plural_roles",
    "with_roles",
    "with_signature",
]

_WORD_BEFORE: Final = re.compile(r"([^\W\d_][\w'’-]*)\s+$")
_WORD_AFTER: Final = re.compile(r"\s+([^\W\d_][\w'’-]*)")
_APPOSITION: Final = re.compile(r"\s*,\s*(?:(?P<possessive>\w+)\s+)?")
_LIST_LINK: Final = re.compile(r"\s*,\s*(?:(?:and|et)\s+)?|\s+(?:and|et)\s+")
_SPACES: Final = re.compile(r"[ \t]*")
_POST_NOMINAL_COMMA: Final = re.compile(r"[ \t]*,?")
_COMMA_BEFORE: Final = re.compile(r"[ \t]*,[ \t]*$")
_CAPS_BEFORE: Final = re.compile(r"(?<![\w'’])[^\W\d_a-z]{3,}[ \t]+$")
_NAME_REACH: Final = 60
_ROLE_REACH: Final = 200
"""Characters a role phrase spans at most, head to end of complement."""
"""Characters before an apposed role that can hold the name it follows."""
_NAME_START: Final = re.compile(r"(?:^|[\s(«“\"'‘,;:–—-])$")
_SIGNATURE_MAX: Final = 60
"""Longest signature line read as a name alone."""


@attrs.frozen
class Role:
    """A role phrase in a reading unit: from its article to the end of its complement."""

    start: int
    head_end: int
    end: int
    head: str
    singular: str | None = None
    """For a plural role before a list ("Ministers A and B"): each holder's role."""


@attrs.frozen
class Found:
    """A construction in a unit's reading text, before mapping to the original."""

    anchor: int
    """Start of the whole construction (honorific or role phrase)."""
    start: int
    end: int
    """The mention itself."""
    stop: int
    """End of the construction (apposed role included)."""
    name: Name | None
    role: Role | None
    possessive: bool = False
    signature: bool = False
    """A name alone on a closing line: the statement's signatory."""


class Taken:
    """The constructions read so far in a unit, indexed to test a new span for overlap.

    Constructions are short, so only those starting at most the longest one's length
    before a span can reach into it: a bisection finds them.
    """

    def __init__(self) -> None:
        self.found: list[Found] = []
        self._starts: list[int] = []
        self._stops: list[int] = []
        self._by_anchor: list[Found] = []
        self._longest = 0

    def add(self, item: Found) -> None:
        """Record ``item``."""
        self.found.append(item)
        index = bisect.bisect_right(self._starts, item.anchor)
        self._starts.insert(index, item.anchor)
        self._stops.insert(index, item.stop)
        self._by_anchor.insert(index, item)
        self._longest = max(self._longest, item.stop - item.anchor)

    def named_at(self, start: int) -> Found | None:
        """The construction whose name starts at ``start``, if one was read."""
        index = bisect.bisect_left(self._starts, start - self._longest)
        while index < len(self._starts) and self._starts[index] <= start:
            item = self._by_anchor[index]
            if item.name is not None and item.name.start == start:
                return item
            index += 1
        return None

    def remove(self, item: Found) -> None:
        """Forget ``item`` (to read it again as part of a longer construction)."""
        index = self._by_anchor.index(item)
        del self._starts[index], self._stops[index], self._by_anchor[index]
        self.found.remove(item)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a construction read so far."""
        first = bisect.bisect_left(self._starts, start - self._longest)
        last = bisect.bisect_left(self._starts, end)
        return any(self._stops[index] > start for index in range(first, last))


def is_institution(name: Name, vocab: PersonVocabulary) -> bool:
    """Whether ``name`` names a body or an event ("General Assembly", "Operation Serval").

    Every word is institution vocabulary, or one word names an event, programme or place.
    """
    words = [word.casefold() for word in (*name.given, *name.family)]
    return all(word in vocab.complement_words for word in words) or any(
        word in vocab.not_name_words for word in words
    )


def is_plain_name(name: Name, vocab: PersonVocabulary, parties: Gazetteer) -> bool:
    """Whether ``name``, found with no honorific, is a name and not a place or a phrase.

    It needs a given name, and none of its words may be a party, a role head,
    institution vocabulary or a function word ("In Paris", "General Assembly").
    """
    words = (*name.given, *name.family)
    if not name.given or is_institution(name, vocab):
        return False
    return not any(
        parties.key_of(word)
        or vocab.role.fullmatch(word)
        or word.casefold() in vocab.function_words
        for word in words
    )


def with_honorifics(
    text: str,
    vocab: PersonVocabulary,
    entities: dict[int, int],
    cues: list[re.Match[str]],
    roles: list[re.Match[str]],
    taken: Taken,
) -> None:
    """Names after honorifics ("M. Jean-Marc Ayrault", "H.E. Dr X"), with an apposed role.

    In "<role>, M. A, <role>, M. B" each role belongs to the name after it: a name that
    is itself apposed to a role before it takes no role after it.
    """
    role_starts = [role.start() for role in roles]
    for match in cues:
        if taken.overlaps(match.start(), match.end()):
            continue  # a later title of a chain already read: "Dr" in "H.E. Dr X"
        name = parse_name(text, skip_honorifics(text, match.end(), vocab), vocab)
        if name is None or is_institution(name, vocab):
            continue
        role, possessive = None, False
        if not _after_role(text, match.start(), vocab, entities, (roles, role_starts), taken):
            role, possessive = _apposed_role(text, name.end, vocab, entities)
        stop = role.end if role else name.end
        taken.add(Found(match.start(), match.start(), name.end, stop, name, role, possessive))


def _after_role(
    text: str,
    position: int,
    vocab: PersonVocabulary,
    entities: dict[int, int],
    cues: tuple[list[re.Match[str]], list[int]],
    taken: Taken,
) -> bool:
    """Whether a role not yet read ends with the comma before ``position`` ("le ministre X, M. A").

    A role already read is the apposition of the name before it ("M. A, ministre X, M. B").
    """
    comma = _COMMA_BEFORE.search(text, max(0, position - 3), position)
    if comma is None:
        return False
    end = comma.start()
    roles, starts = cues
    first = bisect.bisect_left(starts, end - _ROLE_REACH)
    for index in range(bisect.bisect_left(starts, end) - 1, first - 1, -1):
        role = with_article(text, roles[index], vocab)
        phrase = read_role(
            text, role.start, role.head_start, role.head_end, vocab, entities, named=False
        )
        if phrase.end == end:
            return not taken.overlaps(role.start, end)
    return False


def _apposed_role(
    text: str, position: int, vocab: PersonVocabulary, entities: dict[int, int]
) -> tuple[Role | None, bool]:
    """The role after a name: ", ministre de la défense du Japon,", ", son directeur général,"."""
    following = word_at(text, _POST_NOMINAL_COMMA.match(text, position).end())  # type: ignore[union-attr]
    if following is not None and following.group().casefold() in vocab.post_nominals:
        position = following.end()  # "John Howard MP, Prime Minister of Australia"
    comma = _APPOSITION.match(text, position)
    if comma is None:
        return None, False
    possessive = (comma.group("possessive") or "").casefold() in vocab.possessives
    start = (
        comma.end() if possessive or not comma.group("possessive") else comma.start("possessive")
    )
    role = role_at(text, start, vocab)
    if role is None:
        return None, False
    phrase = read_role(
        text, role.start, role.head_start, role.head_end, vocab, entities, named=False
    )
    return Role(role.start, role.head_end, phrase.end, role.head), possessive


def with_roles(
    text: str,
    vocab: PersonVocabulary,
    entities: dict[int, int],
    parties: Gazetteer,
    cues: list[re.Match[str]],
    taken: Taken,
) -> None:
    """Roles not already read, with the name that follows, precedes or is apposed to them."""
    for match in (with_article(text, head, vocab) for head in cues):
        if taken.overlaps(match.start, match.head_end):
            continue
        phrase = read_role(text, match.start, match.head_start, match.head_end, vocab, entities)
        role = Role(match.start, match.head_end, phrase.end, match.head)
        name = phrase.name
        held = taken.named_at(name.start) if name is not None else None
        if held is not None and held.role is None and held.name is not None:
            # "the Vice President, H.E. Dr X", "Foreign Minister the Hon. X": the role of a
            # name read after its honorific.
            taken.remove(held)
            start = match.start if phrase.glued else held.start
            stop = max(held.stop, phrase.end)
            taken.add(Found(match.start, start, held.end, stop, held.name, role, held.possessive))
            continue
        if name is None or taken.overlaps(name.start, name.end):
            before = _name_before(text, match.start, vocab, parties, taken)
            if before is not None:  # "Nasser Bourita, ministre des affaires étrangères,"
                taken.add(Found(before.start, before.start, before.end, phrase.end, before, role))
            else:
                taken.add(Found(match.start, match.start, phrase.end, phrase.end, None, role))
            continue
        start = match.start if phrase.glued else name.start
        stop = max(name.end, phrase.end)
        taken.add(Found(match.start, start, name.end, stop, name, role))


def _name_before(
    text: str, role_start: int, vocab: PersonVocabulary, parties: Gazetteer, taken: Taken
) -> Name | None:
    """The full name that a role stands in apposition after: "X Y, ministre de …"."""
    window_start = max(0, role_start - _NAME_REACH)
    before = text[window_start:role_start]
    possessive = _WORD_BEFORE.search(before)
    if possessive is not None and possessive.group(1).casefold() in vocab.possessives:
        before = before[: possessive.start()]
    comma = _COMMA_BEFORE.search(before)
    if comma is None:
        return None
    end = window_start + comma.start()
    for start in _word_starts_before(text, window_start, end):
        if not _NAME_START.search(text, max(0, start - 1), start):
            continue
        name = parse_name(text, start, vocab)
        if name is not None and name.end == end:
            if not is_plain_name(name, vocab, parties) or taken.overlaps(start, end):
                return None
            return name
    return None


def _word_starts_before(text: str, window_start: int, end: int) -> list[int]:
    """Starts of the words of ``text[window_start:end]``, furthest first."""
    starts = [m.start() for m in re.finditer(r"(?<![\w'’.-])\w", text[window_start:end])]
    return [window_start + start for start in starts]


def with_plural_roles(
    text: str,
    vocab: PersonVocabulary,
    entities: dict[int, int],
    parties: Gazetteer,
    cues: list[re.Match[str]],
    taken: Taken,
) -> None:
    """Names listed after a plural role: "Prime Ministers A and B", "les juges A, B et C"."""
    for match in cues:
        if taken.overlaps(match.start(), match.end()):
            continue
        singular = vocab.plural_roles.get(" ".join(match.group().casefold().split()), "")
        role = Role(match.start(), match.end(), match.end(), singular or "", singular)
        cursor = match.end()
        while True:
            start = skip_honorifics(text, cursor, vocab)
            name = parse_name(text, start, vocab)
            if name is None or name.start in entities:
                break
            titled = start > _SPACES.match(text, cursor).end()  # type: ignore[union-attr]
            if is_institution(name, vocab) or not (titled or is_plain_name(name, vocab, parties)):
                break
            if taken.overlaps(name.start, name.end):
                break
            taken.add(Found(match.start(), name.start, name.end, name.end, name, role))
            link = _LIST_LINK.match(text, name.end)
            if link is None:
                break
            cursor = link.end()


def with_signature(text: str, vocab: PersonVocabulary, parties: Gazetteer, taken: Taken) -> None:
    """A closing line that is a name alone ("Josep Borrell"): the statement's signatory."""
    stripped = text.strip(" \t\n*_")
    named = [found for found in taken.found if found.name is not None]
    if len(named) == 1 and _signs(text, named[0], taken.found):
        read = named[0]  # "Le Ministre …, Porte-Parole du Gouvernement Amadou SARRE"
        taken.remove(read)
        taken.add(attrs.evolve(read, signature=True))
        return
    if not stripped or len(stripped) > _SIGNATURE_MAX or len(taken.found) > 1:
        return
    start = text.index(stripped)
    name = parse_name(text, start, vocab)
    if name is None or name.end != start + len(stripped):
        return
    if not is_plain_name(name, vocab, parties):
        return
    if taken.found:  # "Kaja KALLAS" alone on the line, read from its capitals
        read = taken.found[0]
        if read.role is not None or not name.start <= read.start < read.end <= name.end:
            return
        taken.remove(read)
    taken.add(Found(name.start, name.start, name.end, name.end, name, None, signature=True))


def _signs(text: str, read: Found, found: list[Found]) -> bool:
    """Whether a role and its holder's name make the closing line, with only roles before.

    "Le Ministre de la Formation professionnelle, Porte-Parole du Gouvernement X Y".
    """
    if read.name is None or read.role is None or not read.name.given:
        return False
    if text[read.end :].strip(" \t\n.*_"):
        return False
    rest = text[: read.anchor]
    for other in sorted(found, key=lambda item: item.anchor, reverse=True):
        if other is not read and other.stop <= read.anchor:
            rest = rest[: other.anchor] + rest[other.stop :]
    return not rest.strip(" \t\n,;:*_")


def with_capitals(
    text: str,
    vocab: PersonVocabulary,
    parties: Gazetteer,
    acronyms: frozenset[str],
    cues: list[regex.Match[str]],
    taken: Taken,
) -> None:
    """Names without honorific or role whose family name is in capitals ("Kaja KALLAS")."""
    for match in cues:
        capitals = match.group()
        if not capitals.isupper() or capitals in acronyms or parties.key_of(capitals):
            continue
        neighbour = _titled_neighbour(text, match)
        if neighbour is None:
            continue
        other, start = neighbour
        if parties.key_of(other) or other.casefold() in vocab.particles:
            continue
        if other.casefold() in vocab.stop_words or taken.overlaps(start, match.end()):
            continue
        if _in_headline(text, match):
            continue
        name = parse_name(text, start, vocab)
        if name is None or is_institution(name, vocab) or _names_a_place(text, start, vocab):
            continue
        taken.add(Found(name.start, name.start, name.end, name.end, name, None))


def _names_a_place(text: str, start: int, vocab: PersonVocabulary) -> bool:
    """Whether the name ends a place's name ("l'Aéroport international Blaise DIAGNE")."""
    before = text[max(0, start - _NAME_REACH) : start].split()[-2:]
    folded = (re.split(r"['’]", word)[-1].casefold() for word in before)
    return any(word in vocab.not_name_words for word in folded)


def _in_headline(text: str, capitals: regex.Match[str]) -> bool:
    """Whether the word in capitals follows another one: a headline ("CROSS BORDER TERRORISM")."""
    before = _CAPS_BEFORE.search(text, max(0, capitals.start() - 40), capitals.start())
    return before is not None


def _titled_neighbour(text: str, capitals: regex.Match[str]) -> tuple[str, int] | None:
    """A capitalised word next to a word in capitals, and where the name starts.

    "Kaja KALLAS" starts at "Kaja", "IWAYA Takashi" at "IWAYA".
    """
    before = _WORD_BEFORE.search(text, max(0, capitals.start() - 40), capitals.start())
    if before is not None and _is_titled(before.group(1)):
        return before.group(1), before.start(1)
    after = _WORD_AFTER.match(text, capitals.end())
    if after is not None and _is_titled(after.group(1)):
        return after.group(1), capitals.start()
    return None


def _is_titled(word: str) -> bool:
    """Capitalised, the rest lower case ("Kaja", "Jean-Marc")."""
    return all(part[:1].isupper() and part[1:].islower() for part in word.split("-"))
