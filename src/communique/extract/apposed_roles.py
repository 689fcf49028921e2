"""The office after a name: apposed, its comma lost, or appointed to; a titled name's role."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

from communique.extract.apposed_names import WORD_START, indefinite_articles
from communique.extract.names import opens_role, parse_name, skip_honorifics, skip_post_nominals
from communique.extract.person_constructions import Role
from communique.extract.role_heads import RoleMatch, role_at
from communique.extract.role_holders import apposed_name
from communique.extract.roles import read_role
from communique.letters import CAPITAL
from communique.lexicon.agreements import instrument_head
from communique.lexicon.common.given_names import given_names
from communique.lexicon.persons import person_words, predicate_at
from communique.patterncache import compile_pattern
from communique.wordtrie import alternation, phrase_key

if TYPE_CHECKING:
    from communique.lexicon.persons import PersonVocabulary

__all__ = ["appointed_role", "apposed_role", "fuller_apposed_role", "titles_next"]

_APPOSITION: Final = compile_pattern(r"(?:\s*,|[ \t]+[-–—](?=[ \t]))\s*(?:(?P<possessive>\w+)\s+)?")
"""A comma after a name, or a dash set off by spaces ("Hon. X – Minister of …"), before its
office (and a possessive: ", his adviser")."""
_SPACES: Final = compile_pattern(r"[ \t]*")
_APPOINTMENT_REACH: Final = 200
"""Characters after a name that can hold the phrase appointing that person."""
_SENTENCE_END: Final = compile_pattern(r"[.;:!?]\s+[^\W\d_a-zß-ÿ]")
_LINK_AFTER: Final = compile_pattern(r"[ \t]+(\w+['’]?)[ \t]*")
"""A link after a name, before the party it comes from: " de ", " of "."""
_NAME_AFTER: Final = compile_pattern(rf"\s*{CAPITAL}")
_SPACES_ONLY: Final = compile_pattern(r"\s*")
"""A capital after a style: the name it styles."""
_ASIDE: Final = compile_pattern(r"[ \t]*\([^()\n]{1,40}\)")
"""A short parenthesis after a name, before its apposed role: a country, an acronym."""
_MODIFIERS: Final = 3
"""Capitalised words that may stand between an apposed role's article and its head."""
_CAPITALISED_WORD: Final = compile_pattern(rf"({CAPITAL}[\w’'-]*)[ \t]+")


@functools.cache
def _article_at() -> re.Pattern[str]:
    """An article and the spaces after it."""
    return compile_pattern(rf"(?:{alternation(person_words('articles'))})[ \t]+", re.I)


def appointed_role(
    text: str, position: int, vocab: PersonVocabulary, entities: dict[int, int]
) -> Role | None:
    """The office a person is appointed to: "M. X, Inspecteur des Impôts, est nommé Directeur …".

    The appointment phrase follows within the same sentence, with no other person between.
    """
    phrase = vocab.appointment.search(text, position, position + _APPOINTMENT_REACH)
    if phrase is None or _styles_a_name(text, position, phrase.start(), vocab):
        return None
    if _SENTENCE_END.search(text, position, phrase.start()):
        return None
    start = _SPACES.match(text, phrase.end()).end()  # type: ignore[union-attr]
    role = role_at(text, start, vocab)
    if role is None:
        return None
    read = read_role(text, role.start, role.head_start, role.head_end, vocab, entities, named=False)
    return Role(role.start, role.head_end, read.end, role.head)


def _styles_a_name(text: str, start: int, end: int, vocab: PersonVocabulary) -> bool:
    """Whether a style before a capitalised word, another person's name, lies in the span.

    A degree apposed to the appointee's name ("M. X, Professeur titulaire, est nommé …")
    uses a style's word before a lower-case word: it names no one else; a style before an
    office's article (« Mme la ministre Y ») does.
    """
    for style in vocab.honorific.finditer(text, start, end):
        if _NAME_AFTER.match(text, style.end(), end):
            return True
        # « conseiller de Mme la ministre Anna SEREL »: a style before an office's article
        after = _SPACES_ONLY.match(text, style.end(), end)
        if after is not None and _article_at().match(text, after.end(), end):
            return True
    return False


def fuller_apposed_role(
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
    role, possessive = apposed_role(text, position, vocab, entities, held=rank)
    if role is None or possessive or (role.end == role.head_end and not rank):
        return None
    if titles_next(text, role, vocab, entities):
        return None  # "Secretary of State X, Secretary of Defense Y, …": Y's own title
    return role


_STATE_FORM_REACH: Final = 60
"""How far before a name a state's long form may open ("République Fédérale du …")."""


def titles_next(text: str, role: Role, vocab: PersonVocabulary, entities: dict[int, int]) -> bool:
    """Whether an office after a name's comma is glued to a full name of its own.

    "Sir X, Prime Minister Y Z and …", "…, Prime Minister Z and …": the office is Z's, the
    next of a list, not X's; so is one glued to Z's honorifics ("…, Minister of Foreign
    Affairs of China His Excellency Mr. Z is paying …").
    """
    if _article_at().match(text, role.start):
        # « …, le général X, le secrétaire général du département, Y Z et … »: an office
        # with its article between two names' commas presents the full name after it
        after = apposed_name(text, role.end, vocab, entities)
        if (
            after is not None
            and after.given
            and "\n" not in text[role.end : after.start]  # next entry's line: not a list
            and after.start not in entities
            and _closes_list_item(text, after.end)
            and apposed_role(text, after.end, vocab, entities, held=False)[0] is None
        ):
            # not a list opening on names (« M. X, le ministre des Finances, Mme Y, la
            # ministre du Commerce, … ») nor a clause (« Y étant absente », « Y sera … »)
            return True
    named = read_role(text, role.start, role.start, role.head_end, vocab, entities)
    following = named.name
    if following is None:
        return False
    # "Hon. X, State Councilor and Minister … of China His Excellency Mr. Y is paying …":
    # the office glued to the next name's honorifics is that name's.
    if text[named.end : following.start].strip():
        # Not when the next name has an office of its own: "H.E. Mr X, President of Benin
        # H.E. Mr Y, President of Niger", a list's lines joined.
        return (
            skip_honorifics(text, named.end, vocab) == following.start
            and apposed_role(text, following.end, vocab, entities, held=False)[0] is None
        )
    if not following.given and (
        text[following.start : following.end].isupper()
        or _coordinated_after().match(text, following.end) is None
    ):
        # "…, PRÉSIDENT DE KALVORA, ET …": a headline's capitals; "…, Prime Minister
        # Designate, and …": a word of the office. A family name alone is the next name
        # of a list only before its coordinator ("…, Prime Minister Lirov and …").
        return False
    if following.given and following.given[0].casefold() in given_names():
        return True  # "…, Deputy Attorney General Lisa Monaco, and …": a state's name as surname
    # "Président de la République Fédérale du Nigeria": a state's long form is no name.
    return not any(
        entities.get(at, -1) > following.start
        for at in range(max(0, following.start - _STATE_FORM_REACH), following.end)
    )


def _closes_list_item(text: str, end: int) -> bool:
    """Whether a name ending at ``end`` closes a list's item: a comma, a stop or "and"."""
    return (
        text[end : end + 1] in {",", ";", "."} or _coordinated_after().match(text, end) is not None
    )


@functools.cache
def _coordinated_after() -> re.Pattern[str]:
    """A coordinator right after a name, no comma between: the name is a list's item."""
    joins = alternation(person_words("coordinators"))
    return compile_pattern(rf"[ \t]+(?:{joins})(?![\w'’])", re.I)


def apposed_role(
    text: str,
    position: int,
    vocab: PersonVocabulary,
    entities: dict[int, int],
    *,
    held: bool = True,
) -> tuple[Role | None, bool]:
    """The role after a name's comma or spaced dash: ", ministre de la défense du Japon,".

    Or ", son directeur général,", " – Minister of Foreign Affairs".

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
    apposition = _APPOSITION.match(text, aside.end() if aside else position)
    if apposition is None:
        return _unpunctuated_role(text, position, vocab, entities), False
    word = (apposition.group("possessive") or "").casefold()
    possessive = word in vocab.possessives
    # "Mr X, an analyst at …": the indefinite article is no part of the role.
    skipped = possessive or not word or word in indefinite_articles()
    start = apposition.end() if skipped else apposition.start("possessive")
    holding = vocab.holding.match(text, start) if held and not possessive else None
    if holding is not None:  # "Mme X, qui occupait le poste de Président du …": X's office
        start = _SPACES.match(text, holding.end()).end()  # type: ignore[union-attr]
        # « en qualité d'ambassadeur … »: the link elided before the office
        start += next((len(e) for e in _holding_elisions() if text.startswith(e, start)), 0)
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
    if article and _styled_subject(text, apposed.end, vocab):
        # « A l'invitation de S.M. le Roi X, le Président du Gouvernement norlandais, S.E.
        # Y, a effectué … »: the office is its styled holder's, the subject after it.
        return None, False
    return apposed, possessive


def _styled_subject(text: str, position: int, vocab: PersonVocabulary) -> bool:
    """Whether a styled name in apposition, then its verb, follows an office's end.

    ", S.E. Paul Deroux, a effectué …", ", H.E. Paul Deroux, paid …": the office names the
    subject after it; not a list's next item (", M. Paul Deroux, le ministre de …").
    """
    comma = _COMMA_GAP.match(text, position)
    if comma is None or vocab.honorific.match(text, comma.end()) is None:
        return False
    name = parse_name(text, skip_honorifics(text, comma.end(), vocab), vocab)
    if name is None:
        return False
    after = _COMMA_GAP.match(text, name.end) or _SPACES.match(text, name.end)
    return after is not None and predicate_at(text, after.end(), vocab)


_COMMA_GAP: Final = compile_pattern(r"[ \t]*,[ \t]*")
"""A comma with its spaces, between an office and a styled name or a name and its verb."""


@functools.cache
def _holding_elisions() -> tuple[str, ...]:
    """Elided links between a holding phrase and its office (« en qualité d'… »)."""
    return tuple(e for w in person_words("holding_elisions") for e in (w, w.replace("'", "’")))


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
    named = any(w.start() in entities for w in WORD_START.finditer(text, start, apposed.end))
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
        if word is None or instrument_head(word.group(1)):
            return None  # "…, un Accord Général de Coopération": an instrument, no office
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
