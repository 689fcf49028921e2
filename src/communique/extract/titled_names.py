"""Names after an honorific or a role, and roles in apposition to a name.

A name follows an honorific or a chain of them ("H.E. Prof. Dr X", "Senator the Hon. X"),
follows or stands in apposition to a role ("le Premier ministre X", "the President of
France, X", "X, ministre des affaires étrangères,"). Bare titles give role constructions.
The readers here weigh what the modules beside them find: the office apposed after a name
(``apposed_roles``), the name a role is apposed to (``apposed_names``), words that name no
holder (``holder_doubts``) and the principal an aide's office names (``principal_roles``).
A plural role's list ("Ministers A and B", "les juges A, B et C") is ``plural_roles``'s.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING, Final

from communique.extract.apposed_names import name_before, name_glued_before, name_in_parentheses
from communique.extract.apposed_roles import (
    appointed_role,
    apposed_role,
    fuller_apposed_role,
    titles_next,
)
from communique.extract.holder_doubts import (
    given_name_inside,
    headline_words,
    in_relative_clause,
    indefinite,
    names_party,
    place_noun_before,
)
from communique.extract.names import parse_name, skip_honorifics, skip_post_nominals
from communique.extract.person_constructions import Found, Role, Taken, is_institution
from communique.extract.plural_roles import list_link
from communique.extract.principal_roles import office_before_style, principal_role, served_title
from communique.extract.role_complement import past_acronym
from communique.extract.role_heads import with_article, with_portfolio
from communique.extract.roles import read_role
from communique.letters import CAPITAL
from communique.lexicon.common.given_names import given_name_pattern
from communique.lexicon.persons import person_words, predicate_at
from communique.patterncache import compile_pattern
from communique.wordtrie import alternation

if TYPE_CHECKING:
    from communique.gazetteer import Gazetteer
    from communique.lexicon.persons import PersonVocabulary

__all__ = ["with_honorifics", "with_roles"]


def _office_as_subject(
    text: str, start: int, head_start: int, end: int, vocab: PersonVocabulary
) -> bool:
    """Whether an office with its article is the subject of the verb right after it.

    "On air at Radio Valmont, the Minister held …", "in Washington, D.C., the Minister
    highlighted …": the comma closes a fronted phrase; the words before it name no holder.
    """
    words = text[start:head_start].split(maxsplit=1)
    if not words or words[0].casefold() not in _articles():
        return False
    return predicate_at(text, _BLANKS.match(text, end).end(), vocab)  # type: ignore[union-attr]


_BLANKS: Final = compile_pattern(r"[ \t]*")
"""The blanks between an office's end and the verb after it."""


@functools.cache
def _articles() -> frozenset[str]:
    """The articles that open an office ("the", « le »), case-folded."""
    return frozenset(word.casefold() for word in person_words("articles"))


_ROLE_REACH: Final = 200
"""Characters a role phrase spans at most, head to end of complement."""


@functools.cache
def _comma_article_before() -> re.Pattern[str]:
    """A comma, and an article, ending the text before a titled name."""
    articles = alternation(person_words("articles"))
    return compile_pattern(rf"[ \t]*,[ \t]*(?:(?<![\w'’])(?:{articles})[ \t]+)?$", re.I)


def _acronym_after_article(text: str, match: re.Match[str]) -> bool:
    """Whether a style in capitals without periods follows a determiner ("la SEM", "une SEM").

    « SEM Karl Lirov » styles a name; « la SEM Valmont Aménagement » is a company's acronym
    (société d'économie mixte) that no article would precede as a style.
    """
    style = match.group()
    if not style.isupper() or "." in style:
        return False
    before = _WORD_BEFORE_STYLE.search(text, max(0, match.start() - _STYLE_REACH), match.start())
    return before is not None and before.group(1).casefold() in _acronym_determiners()


@functools.cache
def _acronym_determiners() -> frozenset[str]:
    """Determiners that make a style in capitals an acronym (``acronym_determiners``)."""
    return frozenset(word.casefold() for word in person_words("acronym_determiners"))


def with_honorifics(
    text: str,
    vocab: PersonVocabulary,
    entities: dict[int, int],
    cues: list[re.Match[str]],
    roles: list[re.Match[str]],
    taken: Taken,
    party_ends: frozenset[int] = frozenset(),
) -> None:
    """Names after honorifics ("M. Jean-Marc Ayrault", "H.E. Dr X"), with an apposed role.

    In "<role>, M. A, <role>, M. B" each role belongs to the name after it: a name that
    is itself apposed to a role before it takes no role after it. A title that is also an
    office, after a state's name or demonym ("Japanese Ambassador X"), is left to be read
    as that office.
    """
    role_starts = [role.start() for role in roles]
    for match in cues:
        if taken.overlaps(match.start(), match.end()):
            continue  # a later title of a chain already read: "Dr" in "H.E. Dr X"
        if _office_of_party(text, match, vocab, party_ends):
            continue
        if _acronym_after_article(text, match):
            continue  # « la SEM Valmont Aménagement »: a company's acronym, no « S.E.M. »
        if match.group().casefold() in vocab.inner_titles and _inside_name(
            text, match.start(), vocab
        ):
            continue  # "President Hassan Sheikh Mohamud": read whole after the role
        office = vocab.role.match(text, match.start())
        if office is not None and office.end() > match.end():
            continue  # "the Lord Mayor, X": the title opens an office, read as a role
        start = skip_honorifics(text, match.end(), vocab)
        if _role_then_name(text, start, vocab):
            continue  # "His Excellency President X": read after the role
        name = parse_name(text, start, vocab, entities)
        if name is None or is_institution(name, vocab):
            continue
        if _saint_named(text[name.start : name.end]):
            continue  # « le Navire de Sa Majesté St. John's »: a ship or a place, no one
        role, possessive = None, False
        if not _after_role(text, match.start(), vocab, entities, (roles, role_starts), taken):
            role, possessive = apposed_role(text, name.end, vocab, entities)
            if role is not None and titles_next(text, role, vocab, entities):
                role, possessive = None, False  # "Sir X, Prime Minister Y Z": Y Z's office
        stop = role.end if role else skip_post_nominals(text, name.end, vocab)
        appointed = appointed_role(text, name.end, vocab, entities)
        role = appointed or role
        # "their Excellencies Mr A": the list's style opens the construction, not the mention
        first = match.start()
        if _plural_style(match.group()):
            first = match.end()
            while text[first : first + 1] in (" ", "\t"):
                first += 1
        taken.add(Found(match.start(), first, name.end, stop, name, role, possessive))
        if match.group() in person_words("plural_honorifics"):
            _styled_together(text, name.end, vocab, entities, taken, bare=not name.given)


def _plural_style(style: str) -> bool:
    """Whether an honorific is the plural style of a list ("their Excellencies")."""
    return style.casefold() in _plural_styles()


@functools.cache
def _plural_styles() -> frozenset[str]:
    """The plural styles of every language, case-folded."""
    return frozenset(style.casefold() for style in person_words("plural_styles"))


def _styled_together(
    text: str,
    end: int,
    vocab: PersonVocabulary,
    entities: dict[int, int],
    taken: Taken,
    *,
    bare: bool = False,
) -> None:
    """The names a plural honorific styles after the first: "MM. X et Y", "Messrs X and Y".

    Each name after a comma or a coordinator is one of them, known given name or not; the
    list ends at the first word that opens no name. After a family name alone (``bare``:
    « MM. Lirov et Deroux »), the others may be family names alone too.
    """
    for _ in range(_MAX_STYLED):
        link = list_link().match(text, end)
        if link is None or not text[link.end() : link.end() + 1].isupper():
            return
        if taken.overlaps(link.end(), link.end() + 1):
            return
        name = parse_name(text, link.end(), vocab, entities)
        if name is None or is_institution(name, vocab) or not name.family:
            return
        closed = text[name.end : name.end + 1] in _ITEM_ENDS or list_link().match(text, name.end)
        if not name.given and not (bare and closed):
            return
        if given_name_pattern().match(text, name.start) is None:
            # A listed given name is read later, with the list's offices and states
            # ("ses homologues sénégalais et ivoirien, MM. X et Paul Y").
            taken.add(Found(name.start, name.start, name.end, name.end, name, None))
        end = name.end


_LINK_AFTER: Final = compile_pattern(r"[ \t]+([a-zà-ÿ]+)[ \t]")
"""The word in lower case right after an office's head: its complement's link ("of")."""
_ITEM_ENDS: Final = frozenset({",", ".", ";", ")", ""})
"""What may follow a family name alone in a styled list: its item ends there."""
_MAX_STYLED: Final = 6
"""Names at most a plural honorific styles after its first."""


def _office_of_party(
    text: str, match: re.Match[str], vocab: PersonVocabulary, party_ends: frozenset[int]
) -> bool:
    """Whether a title that is also an office follows a party's name or demonym.

    "Japanese Ambassador X", "South Korean Ambassador X", "Japan's Ambassador X": the
    ambassador of that state, an office. ``party_ends``: where the unit's party names end.
    """
    if not party_ends or vocab.role.fullmatch(match.group()) is None:
        return False
    before = _PARTY_WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
    return before is not None and before.end(1) in party_ends


# Possessive quantifiers (*+, ++) in the patterns that end a window: nothing they could
# give back would let the match end there, and a search does not backtrack into each word.
_WORD_BEFORE_STYLE: Final = compile_pattern(r"([^\W\d_]+)[ \t]+$")
_STYLE_REACH: Final = 12
"""Characters before a style searched for the word standing before it."""
_PARTY_WORD_BEFORE: Final = compile_pattern(r"([^\W\d_][\w-]*+)(?:['’]s)?[ \t]++$")
_NAME_WORD_BEFORE: Final = compile_pattern(r"[^\W\d_][\w'’-]*+[ \t]++$")
_CAPITALISED: Final = compile_pattern(rf"[ \t]+{CAPITAL}")


def _role_then_name(text: str, position: int, vocab: PersonVocabulary) -> bool:
    """Whether a capitalised role head, then a capitalised word, stands at ``position``.

    The head may come after its qualifiers: "His Excellency Deputy President X"; a link
    may open its complement instead: "His Excellency President of Egypt, X".
    """
    qualifiers = vocab.qualifier_at.match(text, position)
    role = vocab.role.match(text, qualifiers.end() if qualifiers else position)
    if role is None or not text[position : position + 1].isupper():
        return False
    if _CAPITALISED.match(text, role.end()) is not None:
        return True
    # "His Excellency President of Egypt, X": the office's complement, then its holder.
    link = _LINK_AFTER.match(text, role.end())
    return link is not None and link.group(1).casefold() in vocab.complement_links


def _saint_named(name: str) -> bool:
    """Whether a styled name is a saint's title and one word, or a possessive after it.

    « Sa Majesté St. John's », "Her Majesty's Ship St. Valmont": a ship or a place; "Mr St.
    Clair Lirov" (a given name, a family name after it) is someone.
    """
    words = name.split()
    if not words or words[0].rstrip(".") not in _saint_titles():
        return False
    return len(words) <= _SAINT_WORDS or name.endswith(("'s", "’s"))


@functools.cache
def _saint_titles() -> frozenset[str]:
    """A saint's titles without their stop ("St", "Saint")."""
    return frozenset(title.rstrip(".") for title in person_words("saint_titles"))


_SAINT_WORDS: Final = 2
"""Words of a saint's name alone ("St. John's"): a person named so has a family name more."""


def _inside_name(text: str, position: int, vocab: PersonVocabulary) -> bool:
    """Whether a title at ``position`` follows the given names of a role's holder.

    "President Hassan Sheikh Mohamud": one or two capitalised words, a role head before.
    """
    cursor = position
    for _ in range(2):
        word = _NAME_WORD_BEFORE.search(text, max(0, cursor - 30), cursor)
        if word is None or not word.group()[0].isupper():
            return False
        if vocab.role.fullmatch(word.group().strip()) is not None:
            return False
        cursor = word.start()
        before = text[max(0, cursor - 40) : cursor].rstrip()
        if any(head.end() == len(before) for head in vocab.role.finditer(before)):
            return True
    return False


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
    # "le ministre de la Santé, le Professeur X": an article may open the titled name.
    comma = _comma_article_before().search(text, max(0, position - 8), position)
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
        if past_acronym(text, phrase.end) == end:
            # "M. X, qui reste Chef du Gouvernement, M. Y": the relative clause's office is X's.
            return not taken.overlaps(role.start, end) and not in_relative_clause(text, role.start)
    return False


def with_roles(
    text: str,
    vocab: PersonVocabulary,
    entities: dict[int, int],
    parties: Gazetteer,
    cues: list[re.Match[str]],
    taken: Taken,
) -> None:
    """Roles not already read, with the name that follows, precedes or is apposed to them."""
    party_ends = frozenset(entities.values())
    for match in (with_portfolio(text, head, vocab, party_ends) for head in cues):
        if taken.overlaps(match.start, match.head_end):
            continue
        phrase = read_role(text, match.start, match.head_start, match.head_end, vocab, entities)
        role = Role(match.start, match.head_end, phrase.end, match.head)
        name = phrase.name
        if name is not None and (is_institution(name, vocab) or names_party(name, vocab, parties)):
            # "President of the Bank, Islamic Solidarity Fund": a body, no one;
            # "L'AMBASSADEUR DE FRANCE": in capitals, the state reads like a name.
            name = None
        if name is not None and place_noun_before(text, name.start, vocab):
            name = None  # "le président de la région Provence-Alpes-Côte d'Azur": a place
        if name is not None and headline_words(text, name, vocab):
            # "LE SECRÉTAIRE GÉNÉRAL DÉPLORE LA FERMETURE DU …"; "LA MINISTRE DES AFFAIRES
            # ÉTRANGÈRES JULIA X": the name opens at its given name.
            name = given_name_inside(text, name, vocab)
        if name is None:  # "Official Spokesperson (Shri X):"
            name = name_in_parentheses(text, phrase.end, vocab, parties, taken)
        apposed = name is not None and "," in text[phrase.end : name.start]
        if apposed and in_relative_clause(text, match.start):
            # "M. X, qui continue sa mission de Chef du Gouvernement, M. Y, nouveau …":
            # the office is X's; Y, the next item of the list, does not hold it.
            continue
        held = taken.named_at(name.start) if name is not None else None
        if held is not None and held.role is None and held.name is not None:
            # "the Vice President, H.E. Dr X", "Foreign Minister the Hon. X": the role of a
            # name read after its honorific.
            taken.remove(held)
            start = match.start if phrase.glued else held.start
            stop = max(held.stop, phrase.end)
            role = principal_role(text, role, held.start, vocab)
            taken.add(Found(match.start, start, held.end, stop, held.name, role, held.possessive))
            continue
        if name is None or taken.overlaps(name.start, name.end):
            before = None
            if not _office_as_subject(text, match.start, match.head_start, phrase.end, vocab):
                before = name_before(text, match.start, vocab, parties, taken)
            before = before or name_glued_before(
                text, match.start, match.head_end, vocab, parties, taken
            )
            if before is not None:  # "Nasser Bourita, ministre des affaires étrangères,"
                taken.add(Found(before.start, before.start, before.end, phrase.end, before, role))
            elif not indefinite(text, match.start, vocab):  # « un Président humble »: nobody
                taken.add(Found(match.start, match.start, phrase.end, phrase.end, None, role))
            continue
        start = match.start if phrase.glued else name.start
        stop = max(skip_post_nominals(text, name.end, vocab), phrase.end)
        if phrase.glued and phrase.end == match.head_end:
            rank = match.head.casefold() in vocab.courtesy_roles
            fuller = fuller_apposed_role(text, name.end, vocab, entities, rank=rank)
            role, stop = (fuller, fuller.end) if fuller is not None else (role, stop)
            office = office_before_style(text, match, vocab, taken) if fuller is None else None
            if office is not None:  # "le Commissaire à la Paix, l'Ambassadeur X"
                taken.remove(office)
                taken.add(Found(office.anchor, start, name.end, stop, name, office.role))
                continue
        role = appointed_role(text, name.end, vocab, entities) or role
        role = principal_role(text, role, name.start, vocab)
        served = served_title(text, role, name.start, vocab)
        if served is not None and served.head.casefold() == match.head:
            served = None  # "the Sultan of Brunei Sultan X": the office's title again
        if served is not None:  # "l'émissaire du Président X": X is the President
            # A spokesperson's words are the principal's: the construction acts as a whole.
            voiced = match.head.casefold() in vocab.voice_aides
            anchor = match.start if voiced else served.start
            taken.add(Found(anchor, served.start, name.end, stop, name, served))
            continue
        taken.add(Found(match.start, start, name.end, stop, name, role))
