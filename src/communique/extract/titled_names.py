"""Names after an honorific or a role, and roles in apposition to a name.

A name follows an honorific or a chain of them ("H.E. Prof. Dr X", "Senator the Hon. X"),
follows or stands in apposition to a role ("le Premier ministre X", "the President of
France, X", "X, ministre des affaires étrangères,"), or follows a plural role as a list
("Ministers A and B", "les juges A, B et C"). Bare titles give role constructions.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.extract.names import (
    Name,
    opens_role,
    parse_name,
    skip_honorifics,
    skip_post_nominals,
)
from communique.extract.person_constructions import (
    Found,
    Role,
    Taken,
    is_institution,
    is_plain_name,
)
from communique.extract.role_affiliation import normalize_role
from communique.extract.role_complement import past_acronym
from communique.extract.role_heads import RoleMatch, role_at, with_article, with_portfolio
from communique.extract.roles import read_role
from communique.letters import CAPITAL
from communique.lexicon.common.given_names import given_names
from communique.lexicon.persons import person_words, predicate_at
from communique.patterncache import compile_pattern, compile_regex
from communique.wordtrie import alternation, phrase_key

if TYPE_CHECKING:
    from communique.gazetteer import Gazetteer
    from communique.lexicon.persons import PersonVocabulary

__all__ = ["party_link", "with_honorifics", "with_plural_roles", "with_roles"]

# Possessive quantifiers (*+, ++) in the patterns that end a window: nothing they could
# give back would let the match end there, and a search does not backtrack into each word.
_WORD_BEFORE: Final = compile_pattern(r"([^\W\d_][\w'’-]*+)\s++$")
_VOWELLESS: Final = compile_regex(
    r"(?<![\p{L}'’])(?:[B-DF-HJ-NP-TV-XZ]{2,}-\p{Lu}|[B-DF-HJ-NP-TV-XZ]{3,}(?![\p{L}'’]))"
)
"""A run of capitals without a vowel joined by a hyphen ("SN-LA POSTE") or of three letters
("NPC"): an acronym, no name's part (not "NG", a family name)."""
_APPOSITION: Final = compile_pattern(r"\s*,\s*(?:(?P<possessive>\w+)\s+)?")
_WORD_START: Final = compile_pattern(r"(?:(?<![\w'’.-])|(?<=(?<!\w)[dDlL]['’]))\w")
"""A word's start, after an elided article too: "sous la coprésidence d'Anna Serel, ministre"."""
_SPACES: Final = compile_pattern(r"[ \t]*")
_APPOSED_LIST: Final = compile_pattern(r"[ \t]*[,(][ \t]*")
"""A comma or an opening bracket between a plural role and the list of its holders."""
_APPOSED_COMMA: Final = compile_pattern(r"[ \t]*,[ \t]*")
_OPENING: Final = compile_pattern(r"[ \t]*\([ \t]*")
_GAP_WORD: Final = compile_pattern(r"\w+['’]?|,")
"""The words (an elided article with its apostrophe) and commas between listed states."""
_GAP_OTHER: Final = compile_pattern(r"[^\w\s,'’]")
"""Anything else between two listed states: they are not one list."""
_COUNTERPART_REACH: Final = 120
"""Characters before or after plural counterparts that can hold the states they serve."""
_COMMA_BEFORE: Final = compile_pattern(r"[ \t]*+,[ \t]*+$")
_NAME_REACH: Final = 60
"""Characters before an apposed role that can hold the name it follows."""
_LINK_WORDS: Final = 2
"""Words between an aide's office and the principal's: a link and its article ("du", "de la")."""
_INDEFINITE_REACH: Final = 8
"""Characters before a role phrase searched for its indefinite article."""
_WORD_AT: Final = compile_regex(r"[^\W\d_]+")
"""A word at a position, to read the article opening a role phrase."""
_ROLE_REACH: Final = 200
"""Characters a role phrase spans at most, head to end of complement."""
_APPOINTMENT_REACH: Final = 200
"""Characters after a name that can hold the phrase appointing that person."""
_SENTENCE_END: Final = compile_pattern(r"[.;:!?]\s+[^\W\d_a-zß-ÿ]")
_NAME_START: Final = compile_pattern(r"(?:^|[\s(«“\"'’‘,;:–—-])$")
_HEADLINE_WORDS: Final = 4
"""A name in capitals has fewer words; a headline's verb and object run on."""
_CAPS_WORD: Final = compile_pattern(r"[^\W\d_][\w'’-]*")
"""A word of a run read in capitals."""


_LINK_AFTER: Final = compile_pattern(r"[ \t]+(\w+['’]?)[ \t]*")
"""A link after a name, before the party it comes from: " de ", " of "."""
_ASIDE: Final = compile_pattern(r"[ \t]*\([^()\n]{1,40}\)")
"""A short parenthesis after a name, before its apposed role: a country, an acronym."""
_MODIFIERS: Final = 3
"""Capitalised words that may stand between an apposed role's article and its head."""
_CAPITALISED_WORD: Final = compile_pattern(rf"({CAPITAL}[\w’'-]*)[ \t]+")


@functools.cache
def _article_at() -> re.Pattern[str]:
    """An article and the spaces after it."""
    return compile_pattern(rf"(?:{alternation(person_words('articles'))})[ \t]+", re.I)


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
def _article_after_comma() -> re.Pattern[str]:
    """An article right after a comma, ending the text before an apposed role."""
    articles = alternation(person_words("articles"))
    return compile_pattern(rf"(?<=,)[ \t]*(?:{articles})[ \t]+$", re.I)


@functools.cache
def _comma_article_before() -> re.Pattern[str]:
    """A comma, and an article, ending the text before a titled name."""
    articles = alternation(person_words("articles"))
    return compile_pattern(rf"[ \t]*,[ \t]*(?:(?<![\w'’])(?:{articles})[ \t]+)?$", re.I)


@functools.cache
def _indefinite_articles() -> frozenset[str]:
    return frozenset(person_words("indefinite_articles"))


@functools.cache
def _list_link() -> re.Pattern[str]:
    """Between the items of a list of names: a comma, a coordinator or both."""
    joins = alternation(person_words("coordinators"))
    return compile_pattern(rf"\s*,\s*(?:(?:{joins})\s+)?|\s+(?:{joins})\s+")


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
        if match.group().casefold() in vocab.inner_titles and _inside_name(
            text, match.start(), vocab
        ):
            continue  # "President Hassan Sheikh Mohamud": read whole after the role
        start = skip_honorifics(text, match.end(), vocab)
        if _role_then_name(text, start, vocab):
            continue  # "His Excellency President X": read after the role
        name = parse_name(text, start, vocab, entities)
        if name is None or is_institution(name, vocab):
            continue
        role, possessive = None, False
        if not _after_role(text, match.start(), vocab, entities, (roles, role_starts), taken):
            role, possessive = _apposed_role(text, name.end, vocab, entities)
            if role is not None and _titles_next(text, role, vocab, entities):
                role, possessive = None, False  # "Sir X, Prime Minister Y Z": Y Z's office
        stop = role.end if role else skip_post_nominals(text, name.end, vocab)
        appointed = _appointed_role(text, name.end, vocab, entities)
        role = appointed or role
        taken.add(Found(match.start(), match.start(), name.end, stop, name, role, possessive))


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


_PARTY_WORD_BEFORE: Final = compile_pattern(r"([^\W\d_][\w-]*+)(?:['’]s)?[ \t]++$")
_NAME_WORD_BEFORE: Final = compile_pattern(r"[^\W\d_][\w'’-]*+[ \t]++$")
_CAPITALISED: Final = compile_pattern(rf"[ \t]+{CAPITAL}")


def _role_then_name(text: str, position: int, vocab: PersonVocabulary) -> bool:
    """Whether a capitalised role head, then a capitalised word, stands at ``position``.

    The head may come after its qualifiers: "His Excellency Deputy President X".
    """
    qualifiers = vocab.qualifier_at.match(text, position)
    role = vocab.role.match(text, qualifiers.end() if qualifiers else position)
    return (
        role is not None
        and text[position : position + 1].isupper()
        and _CAPITALISED.match(text, role.end()) is not None
    )


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


def _appointed_role(
    text: str, position: int, vocab: PersonVocabulary, entities: dict[int, int]
) -> Role | None:
    """The office a person is appointed to: "M. X, Inspecteur des Impôts, est nommé Directeur …".

    The appointment phrase follows within the same sentence, with no other person between.
    """
    phrase = vocab.appointment.search(text, position, position + _APPOINTMENT_REACH)
    if phrase is None or vocab.honorific.search(text, position, phrase.start()):
        return None
    if _SENTENCE_END.search(text, position, phrase.start()):
        return None
    start = _SPACES.match(text, phrase.end()).end()  # type: ignore[union-attr]
    role = role_at(text, start, vocab)
    if role is None:
        return None
    read = read_role(text, role.start, role.head_start, role.head_end, vocab, entities, named=False)
    return Role(role.start, role.head_end, read.end, role.head)


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
            return not taken.overlaps(role.start, end) and not _in_relative_clause(text, role.start)
    return False


def _fuller_apposed_role(
    text: str,
    position: int,
    vocab: PersonVocabulary,
    entities: dict[int, int],
    *,
    rank: bool = False,
) -> Role | None:
    """The office in apposition after a name held under a bare title, if it says more.

    "l'Ambassadeur X, Représentant permanent de l'Éthiopie et Président du CPS": the
    apposed office, with its complement, is the one stated; a bare one adds nothing,
    unless the title is a ``rank`` and no office ("Prince X, Minister of State"). An
    office glued to the name after it titles that person, the next of a list.
    """
    # "Prime Minister X, who is the incoming president of …": a further office, not a fuller
    # one; under a rank ("Prince X, who is the Minister of State"), the office it holds.
    role, possessive = _apposed_role(text, position, vocab, entities, held=rank)
    if role is None or possessive or (role.end == role.head_end and not rank):
        return None
    if _titles_next(text, role, vocab, entities):
        return None  # "Secretary of State X, Secretary of Defense Y, …": Y's own title
    return role


_STATE_FORM_REACH: Final = 60
"""How far before a name a state's long form may open ("République Fédérale du …")."""


def _titles_next(text: str, role: Role, vocab: PersonVocabulary, entities: dict[int, int]) -> bool:
    """Whether an office after a name's comma is glued to a full name of its own.

    "Sir X, Prime Minister Y Z and …", "…, Prime Minister Z and …": the office is Z's, the
    next of a list, not X's.
    """
    named = read_role(text, role.start, role.start, role.head_end, vocab, entities)
    following = named.name
    if following is None or text[named.end : following.start].strip():
        return False
    if not following.given and (
        text[following.start : following.end].isupper()
        or _coordinated_after().match(text, following.end) is None
    ):
        # "…, PRÉSIDENT DE KALVORA, ET …": a headline's capitals; "…, Prime Minister
        # Designate, and …": a word of the office. A family name alone is the next name
        # of a list only before its coordinator ("…, Prime Minister Lirov and …").
        return False
    # "Président de la République Fédérale du Nigeria": a state's long form is no name.
    return not any(
        entities.get(at, -1) > following.start
        for at in range(max(0, following.start - _STATE_FORM_REACH), following.end)
    )


@functools.cache
def _coordinated_after() -> re.Pattern[str]:
    """A coordinator right after a name, no comma between: the name is a list's item."""
    joins = alternation(person_words("coordinators"))
    return compile_pattern(rf"[ \t]+(?:{joins})(?![\w'’])", re.I)


def _apposed_role(
    text: str,
    position: int,
    vocab: PersonVocabulary,
    entities: dict[int, int],
    *,
    held: bool = True,
) -> tuple[Role | None, bool]:
    """The role after a name: ", ministre de la défense du Japon,", ", son directeur général,".

    With ``held``, also the office a relative clause says the person holds (« , qui occupait
    le poste de Président du … »), for a name with no office of its own.
    """
    position = skip_post_nominals(text, position, vocab)  # "John Howard MP, Prime Minister"
    origin = _LINK_AFTER.match(text, position)
    from_state = (
        origin is not None
        and phrase_key(origin.group(1)) in vocab.complement_links
        and origin.end() in entities
    )
    if from_state and origin is not None:
        # "S.E.M. X de Côte d'Ivoire, président en exercice …": past the holder's state
        position = entities[origin.end()]
    aside = _ASIDE.match(text, position)  # "Ms X (Senegal), Deputy Secretary-General"
    comma = _APPOSITION.match(text, aside.end() if aside else position)
    if comma is None:
        return _unpunctuated_role(text, position, vocab, entities), False
    word = (comma.group("possessive") or "").casefold()
    possessive = word in vocab.possessives
    # "Mr X, an analyst at …": the indefinite article is no part of the role.
    skipped = possessive or not word or word in _indefinite_articles()
    start = comma.end() if skipped else comma.start("possessive")
    holding = vocab.holding.match(text, start) if held and not possessive else None
    if holding is not None:  # "Mme X, qui occupait le poste de Président du …": X's office
        start = _SPACES.match(text, holding.end()).end()  # type: ignore[union-attr]
    role = role_at(text, start, vocab) or _modified_role(text, start, vocab, entities)
    if role is None:
        return None, False
    apposed = _read_apposed(text, role, vocab, entities)
    article = not skipped and _article_at().match(text, start) is not None
    if from_state and article:
        return None, False  # « M. X du Sénégal, le représentant du Ghana et … »: the next item
    if article and predicate_at(text, apposed.end, vocab):
        # "Sur invitation de S.E X, le chef de l'État français arrive …": the comma closes a
        # fronted phrase; the office with its article is the subject of the verb after it.
        return None, False
    return apposed, possessive


def _read_apposed(
    text: str, role: RoleMatch, vocab: PersonVocabulary, entities: dict[int, int]
) -> Role:
    """The role apposed to a name, its complement read: no name follows it."""
    phrase = read_role(
        text, role.start, role.head_start, role.head_end, vocab, entities, named=False
    )
    return Role(role.start, role.head_end, phrase.end, role.head)


def _unpunctuated_role(
    text: str, position: int, vocab: PersonVocabulary, entities: dict[int, int]
) -> Role | None:
    """A capitalised office with its complement right after a name, its comma lost.

    "H.E. X Y Minister of Foreign Affairs of Kalvora and H.E. Z …": the name ends where the
    office starts (see ``opens_role``), and the office is the name's.
    """
    start = _SPACES.match(text, position).end()  # type: ignore[union-attr]
    if start == position:
        return None
    if not text[start : start + 1].isupper():
        return _lowercase_office(text, start, vocab, entities)
    office = _after_state_acronym(text, start, entities)  # "X Y US Ambassador to Kenya"
    if not opens_role(text, office, vocab):
        return None
    role = role_at(text, office, vocab)
    # The acronym stays out of the role: it gives the affiliation, as "UK" does in
    # "Paul Deroux, UK Ambassador to Valmont".
    return None if role is None else _read_apposed(text, role, vocab, entities)


def _lowercase_office(
    text: str, start: int, vocab: PersonVocabulary, entities: dict[int, int]
) -> Role | None:
    """An office in lower case with its complement right after a name, no comma between.

    « accueil par S.E X Y président de la République du Kalvora » (a programme's note):
    the office is the name's when its complement names a party, as a holder's office does.
    """
    role = role_at(text, start, vocab)
    if role is None or role.has_article:
        return None
    apposed = _read_apposed(text, role, vocab, entities)
    # The office's own words only, each looked up: no pass over the text's parties.
    named = any(w.start() in entities for w in _WORD_START.finditer(text, start, apposed.end))
    return apposed if apposed.end > role.head_end and named else None


def _after_state_acronym(text: str, start: int, entities: dict[int, int]) -> int:
    """Past a party's acronym and one space at ``start`` ("US ", "UK "), else ``start``."""
    end = entities.get(start)
    if end is None or not text[start:end].isupper() or text[end : end + 1] != " ":
        return start
    return end + 1


def _modified_role(
    text: str, position: int, vocab: PersonVocabulary, entities: dict[int, int]
) -> RoleMatch | None:
    """A role head after a few capitalised words: "the Emirati envoy", "Government Spokesperson".

    The words of a portfolio belong to the role ("government spokesperson"); one that is
    not (a demonym: "the Emirati envoy") is left to give the affiliation. A role followed
    by its own holder ("…, Thai Permanent Secretary Dato' X") is the next item of a list,
    not an apposition.
    """
    article = _article_at().match(text, position)
    cursor = article.end() if article else position
    first = cursor
    for _ in range(_MODIFIERS):
        word = _CAPITALISED_WORD.match(text, cursor)
        if word is None:
            return None
        cursor = word.end()
        if word.group(1).casefold() not in vocab.complement_words:
            first = cursor  # "the Emirati envoy": the demonym gives the affiliation
        role = role_at(text, cursor, vocab)
        if role is not None:
            held = read_role(text, role.start, role.head_start, role.head_end, vocab, entities)
            if held.name is not None:
                return None
            return RoleMatch(first, role.head_start, role.head_end, role.head)
    return None


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
        if name is not None and (is_institution(name, vocab) or _names_party(name, vocab, parties)):
            # "President of the Bank, Islamic Solidarity Fund": a body, no one;
            # "L'AMBASSADEUR DE FRANCE": in capitals, the state reads like a name.
            name = None
        if name is not None and _place_noun_before(text, name.start, vocab):
            name = None  # "le président de la région Provence-Alpes-Côte d'Azur": a place
        if name is not None and _headline_words(text, name, vocab):
            # "LE SECRÉTAIRE GÉNÉRAL DÉPLORE LA FERMETURE DU …"; "LA MINISTRE DES AFFAIRES
            # ÉTRANGÈRES JULIA X": the name opens at its given name.
            name = _given_name_inside(text, name, vocab)
        if name is None:  # "Official Spokesperson (Shri X):"
            name = _name_in_parentheses(text, phrase.end, vocab, parties, taken)
        apposed = name is not None and "," in text[phrase.end : name.start]
        if apposed and _in_relative_clause(text, match.start):
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
            role = _principal_role(text, role, held.start, vocab)
            taken.add(Found(match.start, start, held.end, stop, held.name, role, held.possessive))
            continue
        if name is None or taken.overlaps(name.start, name.end):
            before = _name_before(text, match.start, vocab, parties, taken) or _name_glued_before(
                text, match.start, match.head_end, vocab, parties, taken
            )
            if before is not None:  # "Nasser Bourita, ministre des affaires étrangères,"
                taken.add(Found(before.start, before.start, before.end, phrase.end, before, role))
            elif not _indefinite(text, match.start, vocab):  # « un Président humble »: nobody
                taken.add(Found(match.start, match.start, phrase.end, phrase.end, None, role))
            continue
        start = match.start if phrase.glued else name.start
        stop = max(skip_post_nominals(text, name.end, vocab), phrase.end)
        if phrase.glued and phrase.end == match.head_end:
            rank = match.head.casefold() in vocab.courtesy_roles
            fuller = _fuller_apposed_role(text, name.end, vocab, entities, rank=rank)
            role, stop = (fuller, fuller.end) if fuller is not None else (role, stop)
            office = _office_before_style(text, match, vocab, taken) if fuller is None else None
            if office is not None:  # "le Commissaire à la Paix, l'Ambassadeur X"
                taken.remove(office)
                taken.add(Found(office.anchor, start, name.end, stop, name, office.role))
                continue
        role = _appointed_role(text, name.end, vocab, entities) or role
        role = _principal_role(text, role, name.start, vocab)
        served = _served_title(text, role, name.start, vocab)
        if served is not None:  # "l'émissaire du Président X": X is the President
            # A spokesperson's words are the principal's: the construction acts as a whole.
            voiced = match.head.casefold() in vocab.voice_aides
            anchor = match.start if voiced else served.start
            taken.add(Found(anchor, served.start, name.end, stop, name, served))
            continue
        taken.add(Found(match.start, start, name.end, stop, name, role))


def _place_noun_before(text: str, start: int, vocab: PersonVocabulary) -> bool:
    """Whether a place's noun stands right before a name ("… de la région X", "province X")."""
    word = _LAST_WORD_BEFORE.search(text, max(0, start - _PLACE_NOUN_REACH), start)
    # In lower case: "Nakuru County" ends a place's own name, before its governor's.
    return word is not None and word.group(1).islower() and word.group(1) in vocab.place_nouns


_PLACE_NOUN_REACH: Final = 24
"""Characters before a name searched for the place noun right before it."""
_LAST_WORD_BEFORE: Final = compile_pattern(r"([^\W\d_]+)[ \t]+$")
"""The word ending a window, before the spaces that end it."""


def _in_relative_clause(text: str, start: int) -> bool:
    """Whether a relative clause about a person named before opens the role's clause.

    "…, who continues in his role as Head of Government, Mr Y": the clause from the last
    comma to the role opens with a relative pronoun (``relative_pronouns``) and a verb that
    keeps an office (``office_keeping_verbs``); "…, which included the Minister X" does not.
    """
    low = max(0, start - _RELATIVE_REACH)
    stop = max(text.rfind(mark, low, start) for mark in _CLAUSE_MARKS)
    if stop < 0:
        return False
    first = _FIRST_WORD.match(text, stop + 1, start)
    if first is None or first.group(1).casefold() not in person_words("relative_pronouns"):
        return False
    # "qui reste", "who continues": a verb keeping the office; "which included" names others.
    verb = _FIRST_WORD.match(text, first.end(), start)
    return verb is not None and verb.group(1).casefold() in person_words("office_keeping_verbs")


_RELATIVE_REACH: Final = 80
"""Characters before a role searched for the comma that opens its clause."""
_CLAUSE_MARKS: Final = (",", ";", "(")
_FIRST_WORD: Final = compile_pattern(r"\s*([^\W\d_]+)")


def _principal_role(text: str, role: Role, name_start: int, vocab: PersonVocabulary) -> Role:
    """The principal's office when an aide's names the principal before an apposed name.

    "par le Porte-parole du Secrétaire général de l'ONU, M. X": X, after a comma, is the
    Secretary-General (``principal_aides``: the aide's office with the principal's), whose
    office runs to the end of the phrase; a name glued to the office keeps it.
    """
    if not vocab.principal_aides or "," not in text[role.end : name_start]:
        return role
    inner = vocab.role.search(text, role.head_end, role.end)
    if inner is None or len(text[role.head_end : inner.start()].split()) > _LINK_WORDS:
        return role
    if phrase_key(f"{role.head}{text[role.head_end : inner.end()]}") not in vocab.principal_aides:
        return role  # "le Porte-parole du Gouvernement, M. X" is the spokesperson
    return Role(inner.start(), inner.end(), role.end, inner.group())


def _indefinite(text: str, start: int, vocab: PersonVocabulary) -> bool:
    """Whether an indefinite article ("a", « un ») opens the role phrase at ``start``.

    The article opens the phrase or stands right before it: « un Président humble »,
    "a President who …" name nobody.
    """
    first = _WORD_AT.match(text, start)
    before = text[max(0, start - _INDEFINITE_REACH) : start]
    last = before.split()[-1:] if before[-1:].isspace() else []
    words = [*last, *([first.group()] if first is not None else [])]
    return any(word.casefold() in vocab.indefinite_articles for word in words)


def _served_title(text: str, role: Role, name_start: int, vocab: PersonVocabulary) -> Role | None:
    """The title of the principal an aide's office names right before a name, or None.

    "l'émissaire du Président X", "the Spokesperson for UN Secretary-General X", "an adviser
    to President X": the capitalised title glued to the name is the name's own, the aide
    goes unnamed. In English an article before that title makes it the aide's complement
    ("the Spokesperson for the Secretary-General X" names the spokesperson).
    """
    inner = None
    for found in vocab.role.finditer(text, role.head_end, name_start):
        inner = found
    if inner is None or text[inner.end() : name_start].strip() or not inner.group()[0].isupper():
        return None
    link = text[role.head_end : inner.start()].split()
    if not link or len(link) > _LINK_WORDS or link[0].casefold() not in vocab.complement_links:
        return None
    words = [word.casefold() for word in link[1:]]
    if (
        any(word in person_words("articles") for word in words)
        and not vocab.principal_after_article
    ):
        return None
    return Role(inner.start(), inner.end(), inner.end(), inner.group())


def _given_name_inside(text: str, run: Name, vocab: PersonVocabulary) -> Name | None:
    """The name opening at a listed given name inside a run of capitals, if any."""
    for word in _CAPS_WORD.finditer(text, run.start, run.end):
        if word.start() > run.start and word.group().casefold() in given_names():
            name = parse_name(text, word.start(), vocab)
            return name if name is not None and name.given and name.family else None
    return None


def _headline_words(text: str, name: Name, vocab: PersonVocabulary) -> bool:
    """Whether words read as a name after an office are a headline's words in capitals.

    On a line in capitals every word looks like a name: a run that no listed given name
    opens and no comma sets off, of four words or more or with a particle-like word after
    its first ("LE SECRÉTAIRE GÉNÉRAL DÉPLORE LA FERMETURE DU POSTE …"), is the headline's
    verb and object, and a run opening with a particle and no given name is the office's
    complement ("LA MINISTRE DES AFFAIRES ÉTRANGÈRES"); "LE PRÉSIDENT TOMAS BRANDT" and
    ", JEAN PING, SE REND" are names.
    """
    line_start = text.rfind("\n", 0, name.start) + 1
    line_end = text.find("\n", name.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if any(char.islower() for char in line) or len(name.given) + len(name.family) < 2:
        return False
    words = text[name.start : name.end].split()
    if words[0].casefold() in vocab.particles and (not name.given or len(words) > 2):
        return True  # "LA MINISTRE DES AFFAIRES ÉTRANGÈRES, …": the office's complement
    if words[0].casefold() in given_names() or text[name.end : name.end + 1] in {",", ";", ")"}:
        return False
    return len(words) >= _HEADLINE_WORDS or any(
        word.casefold() in vocab.particles for word in words[1:]
    )


def _office_before_style(
    text: str, style: RoleMatch, vocab: PersonVocabulary, taken: Taken
) -> Found | None:
    """The office apposed before a title worn as a style ("le Commissaire …, l'Ambassadeur X").

    A title of courtesy before a name (``courtesy_titles``: "Ambassadeur") says less than
    the office that a comma joins to it; that office, read with no holder, is the role.
    """
    if style.head.casefold() not in vocab.courtesy_titles:
        return None
    comma = text.rfind(",", 0, style.start)
    if comma < 0 or text[comma + 1 : style.start].strip():
        return None
    return taken.office_ending(comma)


def _names_party(name: Name, vocab: PersonVocabulary, parties: Gazetteer) -> bool:
    """Whether the words of ``name`` but its particles are a party's name ("DE FRANCE")."""
    words = [w for w in (*name.given, *name.family) if w.casefold() not in vocab.particles]
    return bool(words) and parties.key_of(" ".join(words)) is not None


def _name_in_parentheses(
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


def _name_before(
    text: str, role_start: int, vocab: PersonVocabulary, parties: Gazetteer, taken: Taken
) -> Name | None:
    """The full name that a role stands in apposition after: "X Y, ministre de …"."""
    window_start = max(0, role_start - _NAME_REACH)
    before = text[window_start:role_start]
    possessive = _WORD_BEFORE.search(before)
    if possessive is not None and (
        possessive.group(1).casefold() in vocab.possessives
        or possessive.group(1).casefold() in _indefinite_articles()
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
    end = window_start + comma.start()
    for start in _word_starts_before(text, window_start, end):
        if not _NAME_START.search(text, max(0, start - 1), start):
            continue
        name = parse_name(text, start, vocab)
        if name is not None and name.end == end:
            if _nationality_first(name, parties):
                continue  # "le Sénégalais Moussa X, ministre …": the name after it
            if _article_before().search(text, max(0, start - _ARTICLE_REACH), start):
                return None  # "la paix sur le Continent Africain, le Président …": a noun
            if not is_plain_name(name, vocab, parties) or taken.overlaps(start, end):
                return None
            return name
    return None


def _nationality_first(name: Name, parties: Gazetteer) -> bool:
    """Whether a name's first word is a nationality ("Sénégalais", "Kenyan") and more follow."""
    words = (*name.given, *name.family)
    return len(words) > 2 and parties.nationality_of(words[0]) is not None


def _name_glued_before(
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
    starts = [m.start() for m in _WORD_START.finditer(text[window_start:end])]
    return [window_start + start for start in starts]


def with_plural_roles(
    text: str,
    vocab: PersonVocabulary,
    entities: dict[int, int],
    parties: Gazetteer,
    cues: list[re.Match[str]],
    taken: Taken,
    *,
    body: str | None = None,
) -> None:
    """Names listed after a plural role: "Prime Ministers A and B", "les juges A, B et C".

    The list may stand in apposition, after a comma, when it names two holders at least:
    "Les deux ministres, Mme A et M. B, poursuivront …", "their Foreign Ministers, A and B,".
    In a headline (``body`` given: the text below it), only names the body names again:
    "Ministers Stress Swift and Full Delivery of …" lists no one.
    """
    for match in cues:
        if taken.overlaps(match.start(), match.end()):
            continue
        singular = vocab.plural_roles.get(" ".join(match.group().casefold().split()), "")
        role = Role(match.start(), match.end(), match.end(), singular or "", singular)
        apposed = _APPOSED_LIST.match(text, match.end())
        states: list[str] = []
        paired: list[Found] = []
        pair = vocab.pair_complement.match(text, match.end()) if singular else None
        if apposed is None and pair is not None:  # "the presidents of the two countries, A and B"
            apposed = _APPOSED_LIST.match(text, pair.end())
        if apposed is None and singular:  # "the co-chairs of the Council, A and B"
            paired = _paired_counterparts(text, vocab, entities, parties, (match, role), taken)
            if not paired:  # "les ambassadeurs du Soudan, M. A, et de la Chine, M. B": paired
                fuller, end, states = _plural_complement(text, vocab, entities, parties, role)
                apposed = _APPOSED_LIST.match(text, end) if end > match.end() else None
                role, states = (fuller, states) if apposed is not None else (role, [])
        elif not singular and phrase_key(match.group()) in vocab.unstated_roles:
            end, states = _counterpart_states(text, vocab, parties, match)
            apposed = _APPOSED_LIST.match(text, end) if end > match.end() else apposed
            if not states:  # "ses homologues du Niger, M. A, et du Tchad, M. B"
                paired = _paired_counterparts(text, vocab, entities, parties, (match, role), taken)
        cursor = apposed.end() if apposed else match.end()
        listed = paired or _plural_list(
            text, vocab, entities, parties, (match, cursor, role), taken
        )
        if body is not None:
            listed = [f for f in listed if f.name is None or _named_again(f.name, body)]
        if len(states) == len(listed):  # "the Ministers of A and B, X and Y": respectively
            listed = [_held_for(found, state) for found, state in zip(listed, states, strict=True)]
        for found in listed if apposed is None or len(listed) > 1 else ():
            prior = taken.named_at(found.start)
            if prior is not None:  # "les ministres, M. A et Mme B": titled, now with a role
                taken.remove(prior)
                found = attrs.evolve(
                    found, start=prior.start, anchor=min(found.anchor, prior.anchor)
                )
            taken.add(found)


def _named_again(name: Name, body: str) -> bool:
    """Whether ``body`` writes the name's words again, in order, as whole words."""
    words = (*name.given, *name.family)
    spelled = r"\s+".join(re.escape(word) for word in words)
    return bool(words) and re.search(rf"(?<!\w){spelled}(?!\w)", body) is not None


def _plural_complement(
    text: str, vocab: PersonVocabulary, entities: dict[int, int], parties: Gazetteer, role: Role
) -> tuple[Role, int, list[str]]:
    """A plural role with its complement, where the complement ends, and the states it names.

    "les coprésidents du Conseil, A et B": each holder is "coprésident du conseil". "the
    Foreign Ministers of Aldoria and Lirava, A and B": each is "foreign minister", and the
    states, when as many as the holders, are theirs in order.
    """
    phrase = read_role(text, role.start, role.start, role.head_end, vocab, entities, named=False)
    if phrase.end <= role.head_end:
        return role, role.end, []
    hits = [h for h in parties.find(text[role.head_end : phrase.end]) if len(h.keys) == 1]
    piece = text[role.head_end : phrase.end]
    listed = len(hits) > 1 and all(
        _only_links(piece[left.end : right.start], vocab)
        for left, right in itertools.pairwise(hits)
    )
    if listed:  # one state each: the shared office stops before the first
        piece = _without_last_links(piece[: hits[0].start], vocab)
    complement, _ = normalize_role(piece, 0, len(piece), [] if listed else hits)
    singular = f"{role.singular} {complement}".strip() if complement else role.singular
    if listed:
        return attrs.evolve(role, singular=singular), phrase.end, [h.keys[0] for h in hits]
    return attrs.evolve(role, end=phrase.end, singular=singular), phrase.end, []


def _counterpart_states(
    text: str, vocab: PersonVocabulary, parties: Gazetteer, match: re.Match[str]
) -> tuple[int, list[str]]:
    """The states of plural counterparts, one each in order, and where their list ends.

    "his Norwegian and Swedish counterparts, A and B", "ses homologues sénégalais et
    ivoirien, MM. A et B", "her counterparts from Ghana and Kenya, A and B": the states
    stand just before the word, or just after it (maybe after a link), joined by links.
    Fewer than two states give none: one is every counterpart's or the first one's.
    """
    start = max(0, match.start() - _COUNTERPART_REACH)
    hits = [h for h in parties.find(text[start : match.start()]) if len(h.keys) == 1]
    before: list[str] = []
    edge = match.start() - start
    for hit in reversed(hits):
        gap = text[start + hit.end : start + edge]
        if not (gap.isspace() if not before else _only_links(gap, vocab)):
            break
        before.insert(0, hit.keys[0])
        edge = hit.start
    if len(before) > 1:
        return match.end(), before
    piece = text[match.end() : match.end() + _COUNTERPART_REACH]
    after: list[str] = []
    end = 0
    for hit in parties.find(piece):
        gap = piece[end : hit.start]
        if len(hit.keys) != 1 or not (
            _counterpart_link().fullmatch(gap) if not after else _only_links(gap, vocab)
        ):
            break
        after.append(hit.keys[0])
        end = hit.end
    return (match.end() + end, after) if len(after) > 1 else (match.end(), [])


def _paired_counterparts(
    text: str,
    vocab: PersonVocabulary,
    entities: dict[int, int],
    parties: Gazetteer,
    where: tuple[re.Match[str], Role],
    taken: Taken,
) -> list[Found]:
    """Plural counterparts each named after the state they serve, two pairs at least.

    "ses homologues du Niger, M. A, et du Tchad, M. B", "his counterparts from Ghana,
    A, and from Kenya, B", "ses homologues nigérien, M. A, et tchadien, M. B".
    """
    match, role = where
    found: list[Found] = []
    cursor = match.end()
    while True:
        piece = text[cursor : cursor + _COUNTERPART_REACH]
        hit = next(iter(parties.find(piece)), None)
        lead = _counterpart_link() if not found else _next_counterpart()
        if hit is None or len(hit.keys) != 1 or not lead.fullmatch(piece, 0, hit.start):
            break
        comma = _APPOSED_COMMA.match(text, cursor + hit.end)
        if comma is None:
            break
        listed = _plural_list(text, vocab, entities, parties, (match, comma.end(), role), taken)
        if len(listed) != 1:
            break
        item = listed[0] if not found else attrs.evolve(listed[0], anchor=listed[0].start)
        found.append(_held_for(item, hit.keys[0]))
        cursor = item.end
    return found if len(found) > 1 else []


@functools.cache
def _next_counterpart() -> re.Pattern[str]:
    """Between a paired counterpart and the next state: ", et du ", ", and from "."""
    joins = alternation(person_words("coordinators"))
    return compile_pattern(rf",?[ \t]+(?:{joins})[ \t]+{_counterpart_linked()}", re.I)


@functools.cache
def _counterpart_link() -> re.Pattern[str]:
    """Spaces, or a link, between plural counterparts and their first state: " from "."""
    return compile_pattern(rf"[ \t]+{_counterpart_linked()}", re.I)


@functools.cache
def _counterpart_linked() -> str:
    """An optional link before a counterpart's state, and the space after it unless elided."""
    links = alternation(person_words("counterpart_links"), r"[ \t]+")
    return rf"(?:(?:{links})(?:(?<=['’])|[ \t]+))?"


def _only_links(gap: str, vocab: PersonVocabulary) -> bool:
    """Whether ``gap`` between two states holds commas and links only: ", et de la "."""
    return all(
        word == "," or word.casefold().replace("’", "'") in vocab.complement_links
        for word in _GAP_WORD.findall(gap)
    ) and not _GAP_OTHER.search(gap)


def _without_last_links(phrase: str, vocab: PersonVocabulary) -> str:
    """``phrase`` without the links that end it: "des Affaires étrangères du " → "… étrangères"."""
    words = list(_GAP_WORD.finditer(phrase))
    while words and words[-1].group().casefold().replace("’", "'") in vocab.complement_links:
        phrase = phrase[: words.pop().start()]
    return phrase.rstrip()


def _held_for(found: Found, state: str) -> Found:
    """``found`` with its role held for ``state``."""
    assert found.role is not None  # a plural list always carries its role
    return attrs.evolve(found, role=attrs.evolve(found.role, party=state))


def _state_after(
    text: str, end: int, entities: dict[int, int], parties: Gazetteer
) -> tuple[int, str | None]:
    """The state a listed holder acts for, named after the name, and where it ends.

    "the Co-Chairs (A of France, B of the Russian Federation and C)": each holder's state
    follows the name; without one, the list goes on at ``end``.
    """
    link = party_link().match(text, end)
    state_end = entities.get(link.end()) if link is not None else None
    if link is None or state_end is None:
        return end, None
    key = parties.key_of(text[link.end() : state_end])
    return (state_end, key) if key else (end, None)


@functools.cache
def party_link() -> re.Pattern[str]:
    """Between a listed name and its state: "of the", "de la", "du"."""
    links = alternation(person_words("party_links"), r"[ \t]+")
    return compile_pattern(rf"[ \t]+(?:{links})[ \t]*")


def _plural_list(
    text: str,
    vocab: PersonVocabulary,
    entities: dict[int, int],
    parties: Gazetteer,
    where: tuple[re.Match[str], int, Role],
    taken: Taken,
) -> list[Found]:
    """The names listed from ``cursor`` after the plural ``role`` found by ``match``."""
    match, cursor, role = where
    found: list[Found] = []
    while True:
        start = skip_honorifics(text, cursor, vocab)
        name = parse_name(text, start, vocab, entities)
        if name is None or name.start in entities:
            break
        titled = start > _SPACES.match(text, cursor).end()  # type: ignore[union-attr]
        # "Ministers Wong and Marles": a family name alone names the holder of the role.
        plain = is_plain_name(name, vocab, parties, need_given=False)
        if is_institution(name, vocab) or not (titled or plain):
            break
        prior = taken.named_at(name.start)
        untitled = prior is not None and prior.role is None and prior.end == name.end
        if taken.overlaps(name.start, name.end) and not (titled and untitled):
            break
        anchor = match.start() if not found else name.start
        item = Found(anchor, name.start, name.end, name.end, name, role)
        after, state = _state_after(text, name.end, entities, parties)
        found.append(item if state is None else _held_for(item, state))
        link = _list_link().match(text, after)
        if link is None:
            break
        cursor = link.end()
    return found
