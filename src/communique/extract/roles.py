"""Read a role phrase and the name it introduces, and normalise the role.

"le Premier ministre Fumio Kishida", "la Haute-représentante de l'Union européenne pour les
affaires étrangères … Kaja KALLAS", "Le ministre français de la défense, Sébastien Lecornu,".

A capitalised word after a linking word ("de", "pour", "of") or listed as a complement
word ("Affaires") belongs to the role; any other capitalised word starts the holder's name.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.extract.names import (
    Name,
    parse_name,
    skip_honorifics,
    skip_post_nominals,
    starts_capital,
    word_at,
)
from communique.lexicon import LANGUAGES
from communique.lexicon.common.given_names import given_names
from communique.lexicon.dates import date_vocabulary
from communique.lexicon.persons import (
    after_former_qualifier,
    article_at,
    person_vocabulary,
    person_words,
)
from communique.patterncache import compile_pattern
from communique.records import shared_repr
from communique.wordsearch import token_before
from communique.wordtrie import alternation

if TYPE_CHECKING:
    from collections.abc import Sequence

    from communique.gazetteer import PartyHit
    from communique.lexicon.persons import PersonVocabulary

_COMMA_AFTER: Final = compile_pattern(r"[ \t]*,[ \t]*")
"""A comma after a name, a space before it too ("Dhoruk Temsali , Ministre")."""
_POSSESSIVE_ENDS: Final = ("'s", "’s")
"""Endings of a possessive owner opening an office: "Kalvora's Minister for …"."""

__all__ = [
    "RoleMatch",
    "normalize_role",
    "past_acronym",
    "read_role",
    "role_at",
    "with_article",
    "with_portfolio",
]

_MAX_COMPLEMENT: Final = 40
_ORGANISATION: Final = "org:"
"""The prefix of an organisation's gazetteer key."""
_NOUN_AFTER: Final = compile_pattern(r"[ \t]+([^\W\d_])[^\W\d_]")
"""A word right after a party's name inside an office (a noun when capitalised)."""
_COMMA: Final = compile_pattern(r"\s*,\s*")
_DAY_NEXT: Final = compile_pattern(r"\.?[ \t]+\d{1,2}(?!\d)")
"""A day's number after a month's name: "Aug. 29" is a date, no part of an office."""
_ACRONYM: Final = compile_pattern(r"[ \t]*\([ \t]*[A-Z][\w.&-]{0,11}[ \t]*\)")
"""An acronym in parentheses inside a complement: "of the African Union (AU) Commission"."""
_EMPHASIS: Final = compile_pattern(r"[ \t]*[*_]{1,3}(?=\w)")
"""Markdown emphasis opening a name: "le Premier Ministre **Ousmane SONKO**"."""
_ACRONYM_OR_EMPHASIS: Final = compile_pattern(
    r"[ \t]*(?:\([ \t]*[A-Z][\w.&-]{0,11}(?:[ \t]*[-–][ \t]*[A-Z][\w.&-]{0,11})?[ \t]*\)"
    r"|[*_]{1,3}(?=\w))"
)
"""``_ACRONYM`` or else ``_EMPHASIS``, in one call (after the spaces they share); an
acronym may join two with a dash: "(ECOWAS – EOM)"."""
_QUOTED_NAME: Final = compile_pattern(
    r"[ \t]*(?:«[ \t\u00a0\u202f]*(?P<inner>[^«»\n,.;:!?]{1,60}?)[ \t\u00a0\u202f]*»"
    r"|“(?P<inner2>[^“”\n,.;:!?]{1,60})”)"
)
"""A quoted name of a body, in guillemets or curly quotes, without sentence punctuation."""
# Possessive quantifiers (*+, ++) in the patterns that end a window: nothing they could
# give back would let the match end there, and a search does not backtrack into each word.
_WORD_ENDING: Final = compile_pattern(r"(?<![\w'’-])([^\W\d_][\w-]*+)[ \t]++$")
_MAX_PORTFOLIO: Final = 4
"""Words of a portfolio before a role head at most ("Foreign and Home Affairs Minister")."""
_COMMA_AT: Final = compile_pattern(r"[ \t]*,[ \t]*")
_SPACES_AT: Final = compile_pattern(r"[ \t]*")
_HEAD_WINDOW: Final = 60
"""Characters read for a role head in lower case: longer than any head."""
_DATED: Final = compile_pattern(r"[ \t]+\d{4}\b")
"""A year after a word: the word is a month, and the term of office is no part of the role."""
# A few words after a complement word, whose capitalised run may name a body.
_WORD_RUN: Final = compile_pattern(r"[^\W\d_][\w'’-]*+(?:[ \t][^\W\d_][\w'’-]*+){1,4}")
_NAME_PAIR_BEFORE: Final = compile_pattern(
    r"(?<![\w'’.-])([^\W\d_][\w'’-]*+)[ \t]++([^\W\d_][\w'’-]*+)[ \t]*+,[ \t]*+$"
)
"""Two words and a comma ending where a role starts: a holder's name before its office."""
_NAME_PAIR_REACH: Final = 80


@shared_repr
@attrs.frozen(repr=False)
class RoleMatch:
    """A role head in a reading unit, with the article before it if there is one."""

    start: int
    """Start of the article, or of the head when there is none."""
    head_start: int
    head_end: int
    head: str
    """The head, case-folded ("premier ministre")."""

    @property
    def has_article(self) -> bool:
        """Whether an article precedes the head ("le Premier ministre")."""
        return self.start < self.head_start


def with_article(text: str, head: re.Match[str], vocab: PersonVocabulary) -> RoleMatch:
    """The role whose head is ``head``, with the article before it if there is one."""
    start = head.start()
    qualifier = vocab.qualifier_before.search(text, max(0, start - 40), start)
    if qualifier is not None:  # "the acting foreign minister", "l'ancien ministre"
        start = qualifier.start()
    article = vocab.article.search(text, max(0, start - 5), start)
    start = article.start() if article else start
    return RoleMatch(start, head.start(), head.end(), head.group().casefold())


def with_portfolio(
    text: str, head: re.Match[str], vocab: PersonVocabulary, party_ends: frozenset[int]
) -> RoleMatch:
    """The role with its article, and in English the portfolio before its head.

    "Indian External Affairs Minister X", "the Home Affairs Minister": the words of a
    complement before the head belong to the role; a party's name there does not ("UN
    Secretary-General X" keeps the UN for the affiliation).
    """
    match = with_article(text, head, vocab)
    if not vocab.portfolio_before_head or match.has_article:
        return match
    start = match.start
    for _ in range(_MAX_PORTFOLIO):
        word = _WORD_ENDING.search(text, max(0, start - 30), start)
        if word is None or word.end(1) in party_ends:
            break
        folded = word.group(1).casefold()
        if folded not in vocab.complement_words or folded in vocab.organ_words:
            break
        start = word.start(1)
    if start == match.start:
        return match
    article = vocab.article.search(text, max(0, start - 5), start)
    return attrs.evolve(match, start=article.start() if article else start)


def role_at(text: str, position: int, vocab: PersonVocabulary) -> RoleMatch | None:
    """The role (article included) starting exactly at ``position``, if any."""
    article = article_at().match(text, position)
    cursor = article.end() if article else position
    head = vocab.role.match(text, cursor)
    qualifier = vocab.qualifier_at.match(text, cursor) if head is None else None
    if qualifier is not None:  # "the acting foreign minister"
        head = vocab.role.match(text, qualifier.end())
    if head is None:
        return None
    return RoleMatch(position, head.start(), head.end(), head.group().casefold())


@shared_repr
@attrs.frozen(repr=False)
class RolePhrase:
    """A role at ``text[start:end]`` (article, head and complement), and its holder if named."""

    start: int
    head_start: int
    end: int
    name: Name | None = None
    glued: bool = False
    """The name follows the head directly ("le Premier ministre Fumio Kishida")."""


def _closes_head(text: str, cursor: int, match: re.Match[str], vocab: PersonVocabulary) -> bool:
    """Whether the word closes an office with the word before it, honorific as it may be.

    "Special Representative of the Secretary General, X": "General" ends the office
    "Secretary General", it does not style the holder ("General X").
    """
    start, stop = token_before(text, cursor, "'’-")
    if start == stop:
        return False
    head = vocab.role.match(text, start)
    return head is not None and head.end() == match.end()


def read_role(
    text: str,
    start: int,
    head_start: int,
    head_end: int,
    vocab: PersonVocabulary,
    entities: dict[int, int],
    *,
    named: bool = True,
) -> RolePhrase:
    """Read the complement after a role head and the name that may follow.

    Args:
        text: the reading unit.
        start: where the phrase starts (its article).
        head_start: where the head starts.
        head_end: where the head ends.
        vocab: the person vocabulary.
        entities: party names by start → end, skipped whole inside a complement.
        named: whether a name may follow (not for a role in apposition after a name).
    """
    cursor, end, previous = head_end, head_end, ""
    # "l'ancienne ministre de la Défense et présidente de la fondation X": the office after
    # "et" is today's, not a second one of the past.
    current = not after_former_qualifier(text, start)
    term_end: int | None = None  # where a term after the office ends ("for May 2024")
    coordinators = person_words("coordinators")
    for _ in range(_MAX_COMPLEMENT):
        quoted = _quoted_name(text, cursor) if previous else None
        if quoted is not None and previous not in vocab.complement_links:
            # "président de l'organisation « Amis de la paix » X": the body's quoted name
            cursor = end = quoted.end()
            continue
        match = _next_word(text, cursor, vocab)
        if match is None:
            break
        chained = _chained_head(text, cursor, match, vocab, coordinated=current)
        if chained is not None:  # "ministre d'État, ministre des affaires étrangères"
            (cursor, previous), end = chained, chained[0]
            continue
        word = match.group()
        folded = word.casefold().replace("’", "'")
        if _join_ends(text, match, folded, vocab) or vocab.role_break.match(text, match.start()):
            break  # "… arménien à l'occasion du décès de X": a circumstance, not the office
        stop = folded in vocab.stop_words and word not in vocab.capitalised_names
        if previous in vocab.complement_links and folded in vocab.indefinite_articles:
            break  # "president for a third term", « président pour un mandat »: a term
        if previous in coordinators and folded in vocab.possessives:
            break  # « du Président de la République et sa disponibilité … »: another noun
        if stop or _next_role(text, match, previous, vocab, named=named):
            break
        if _predicate_verb(text, match, previous, vocab):
            break  # "Mme X, secrétaire générale de l'Organisation salue le …"
        if folded in vocab.infinitive_markers and _opens_infinitive(text, match.end(), vocab):
            break
        if _to_destination(text, match, text[head_start:head_end], vocab) and _to_destination(
            text, match, text[head_start:end], vocab
        ):
            # "Visit of the Prime Minister to Malaysia": where, not the office; but "Head of
            # the Observation Mission to the Election in X": the mission is posted there
            break
        dated = _DATED.match(text, match.end())  # "Chairperson of the PSC for May 2024"
        if dated is not None or folded.rstrip(".") in _month_words():
            period = _before_period(text, head_end, end, vocab)  # "… pour le mois de mars"
            if dated is not None or period < end:
                # The term is no part of the office; the holder's name may follow it.
                end, term_end = period, dated.end() if dated is not None else match.end()
                break
            if previous in vocab.complement_links or _DAY_NEXT.match(text, match.end()):
                # "le séjour du Premier ministre ghanéen en mai", "the Spokesperson on Aug.
                # 29": when, not the office
                break
        office = _styled_office(text, match, previous, vocab)
        if office is not None:  # "conseillère auprès de Madame la ministre": no holder
            cursor = end = office.end()
            previous = office.group().casefold()
            continue
        if vocab.honorific.match(text, match.start()) and _coordinator_between(
            text, end, match.start()
        ):
            # "Président du Burkina Faso et de Son Excellence M. X": X's own office; « le
            # président de la République et madame X »: another person, after the office
            break
        if word.endswith(_POSSESSIVE_ENDS) and _coordinator_between(text, end, match.start()):
            break  # "the Secretary of State and Kalvora's Minister …": another holder's office
        if (
            previous in vocab.complement_links
            and starts_capital(word)
            and (_coordinator_between(text, end, match.start()) or "," in text[end : match.start()])
            and _apposed_holder(text, match.start(), vocab, entities)
        ):
            # "ministre … de Madagascar et de Dhoruk Temsali, ministre …", "… des Comores,
            # d'Henri X, ministre …": another holder, listed after a coordinator or a comma
            break
        if (  # "Minister the Hon. X", but "of the General Assembly" is a complement
            named
            and previous not in vocab.complement_links
            and vocab.honorific.match(text, match.start())
            and not _closes_head(text, cursor, match, vocab)
        ):
            return _holder(
                text, (start, head_start, end), match.start(), vocab, entities, glued=True
            )
        if starts_capital(word) and not _in_complement(
            text, previous, folded, match.start(), vocab, entities
        ):
            if not named:
                if not _capitalised_office_word(text, match, vocab):
                    break
            else:
                found = _holder(
                    text,
                    (start, head_start, end),
                    match.start(),
                    vocab,
                    entities,
                    glued=end == head_end,
                )
                # French capitalises the nouns of an office: "de la Formation Professionnelle".
                if found.name is not None or vocab.lowercase_after_link_only or found.glued:
                    return found
        if (
            vocab.lowercase_after_link_only
            and word[0].islower()
            and folded not in vocab.complement_links
            and previous not in vocab.complement_links
        ):
            break
        if word.endswith(".") and len(word) > 2 and match.start() not in entities:
            # the sentence ends with this word (not "St." opening a state's name: "St. Lucia")
            end = match.end() - 1
            break
        cursor = entities.get(match.start(), match.end())
        # Never end on "de", "le", "of", nor on a preposition: "de la vice-présidente avec le
        # président X" is no office "vice-présidente avec"; "chargé des relations avec le
        # Parlement" goes on past it.
        if folded not in vocab.complement_links and folded not in vocab.name_breaks:
            end = cursor
        previous = folded
    bare = start == head_start or article_at().match(text, start) is None  # "former Minister"
    if named and bare and _after_named_item(text, start, vocab, entities):
        named = False  # "X Y, Minister of Trade, Z W, …": the office is X Y's, not Z W's
    holder = _apposed_name(text, term_end or end, vocab, entities) if named else None
    return RolePhrase(start, head_start, end, holder)


def _after_named_item(
    text: str, start: int, vocab: PersonVocabulary, entities: dict[int, int]
) -> bool:
    """Whether a role without an article follows a full name and a comma inside a sentence.

    In "received by Idris Lirov, Minister of Trade, Anselm Valmont, Ambassador to …" each
    office is in apposition after its holder's name: the name after the office is the next
    item of the list. A place before the comma (a party name, a dateline at the start of
    a line) is no holder.
    """
    pair = _NAME_PAIR_BEFORE.search(text, max(0, start - _NAME_PAIR_REACH), start)
    if pair is None or not (pair.group(1)[0].isupper() and pair.group(2)[0].isupper()):
        return False
    before = text[max(0, pair.start() - _NAME_PAIR_REACH) : pair.start()]
    if not before.rpartition("\n")[2].strip(" \t"):
        return False  # "Addis Ababa, Minister …" opening a line is a dateline
    if any(vocab.role.fullmatch(word) for word in pair.group(1, 2)):
        return False
    # "… of Sierra Leone, Minister …": a party's name is no holder's.
    return pair.end(2) not in {entities.get(pair.start(1)), entities.get(pair.start(2))}


def _predicate_verb(text: str, word: re.Match[str], previous: str, vocab: PersonVocabulary) -> bool:
    """Whether a lower-case verb of the subject opens the predicate after the complement.

    An apposed role left without its closing comma ends at the verb: "de l'Organisation
    salue le déroulement", and so does a bare head: "La ministre salue …", "La ministre
    rencontrera son homologue", « le président kalvorien ira à … ». After a link a noun
    is due ("auprès du président"), and a role head is no verb there.
    """
    if previous in vocab.complement_links or not word.group()[0].islower():
        return False
    verb = vocab.subject_verb.match(text, word.start())
    if verb is None:
        # After the head, any verb of the future by its ending; after an adjective (« le
        # président sénégalais ira »), only a listed one: an ending may close a noun.
        future = vocab.future_verb if not previous else vocab.future_word
        verb = future.match(text, word.start())
    return verb is not None and vocab.role.fullmatch(word.group()) is None


def _before_period(text: str, head_end: int, end: int, vocab: PersonVocabulary) -> int:
    """Where a complement ends before the period of a term ("pour le mois" of "… mars 2026")."""
    period = vocab.period_before.search(text, head_end, end)
    return period.start() if period is not None else end


def _to_destination(text: str, link: re.Match[str], head: str, vocab: PersonVocabulary) -> bool:
    """Whether ``link`` leads to where the holder of ``head`` goes, not into the office.

    "to" always may ("Visit of the Prime Minister to Malaysia"); French "en" only before a
    capitalised place ("du Premier ministre du Sénégal en France"; "président en exercice"
    stays an office).
    """
    folded = link.group().casefold()
    if folded not in vocab.destination_links:
        place = word_at(text, link.end())
        if folded not in vocab.destination_place_links or place is None:
            return False
        if not starts_capital(place.group()):
            return False
    return _destination(head, vocab)


def _destination(head: str, vocab: PersonVocabulary) -> bool:
    """Whether a link after ``head`` leads to a destination: the head is not posted there."""
    head = " ".join(head.casefold().split())
    return not any(head.endswith(posted) for posted in vocab.posted_heads)


def _opens_infinitive(text: str, position: int, vocab: PersonVocabulary) -> bool:
    """Whether a lower-case verb follows ("to attend"), not an article or a name ("to the")."""
    following = word_at(text, position)
    if following is None:
        return False
    word = following.group()
    return word[0].islower() and word.casefold() not in vocab.complement_links


def past_acronym(text: str, position: int) -> int:
    """Where an acronym in parentheses after ``position`` ends ("(OIF)"), or ``position``.

    >>> past_acronym("de la Francophonie (OIF), Mme X", 18)
    24
    """
    acronym = _ACRONYM.match(text, position)
    return acronym.end() if acronym else position


def _quoted_name(text: str, cursor: int) -> re.Match[str] | None:
    """A short quoted name after a noun of the complement, not a quoted sentence.

    Its words open with a capital and hold no sentence punctuation: "« Amis de la paix »",
    "“Friends of Peace”", but not "“We agreed,” said …".
    """
    quoted = _QUOTED_NAME.match(text, cursor)
    if quoted is None:
        return None
    inner = quoted.group("inner") or quoted.group("inner2") or ""
    return quoted if inner[:1].isupper() else None


def _next_word(text: str, cursor: int, vocab: PersonVocabulary) -> re.Match[str] | None:
    """The next word of a complement, over an acronym in parentheses or a comma before a link.

    "ministre des affaires étrangères, de la coopération africaine": the comma lists offices;
    a role head after the link lists another holder (« …, des ministres des Affaires … »).
    """
    acronym = _ACRONYM_OR_EMPHASIS.match(text, cursor)
    if acronym is not None:
        cursor = acronym.end()
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
            return after
        if _chained_head(text, cursor, after, vocab) is not None:
            return after
        return after if _listed_portfolio(text, after, vocab) else None
    match = word_at(text, cursor)
    if match is None or text[cursor : match.start()].strip():
        return None
    return match


def _heads_office(word: str, vocab: PersonVocabulary) -> bool:
    """Whether a word is a role head, singular or plural ("ministre", "représentants")."""
    return vocab.role.fullmatch(word) is not None or word.casefold() in vocab.plural_roles


def _chained_head(
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


def _apposed_holder(
    text: str, position: int, vocab: PersonVocabulary, entities: dict[int, int]
) -> bool:
    """Whether a name starts at ``position`` with its own office in apposition after it.

    "… et de Dhoruk Temsali , Ministre des Affaires étrangères …": no party's name, a comma
    after the name (a space before it too), then a role head.
    """
    if position in entities:
        return False
    name = parse_name(text, position, vocab)
    if name is None or len(name.given) + len(name.family) < 2:
        return False
    comma = _COMMA_AFTER.match(text, name.end)
    return comma is not None and vocab.role.match(text, comma.end()) is not None


def _coordinator_between(text: str, start: int, end: int) -> bool:
    """Whether a coordinator ("et", "and") stands among the words of ``text[start:end]``."""
    coordinators = person_words("coordinators")
    return any(word.casefold() in coordinators for word in text[start:end].split())


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
    for _ in range(_MAX_PORTFOLIO):  # "…, National Community Abroad and African Affairs"
        following = _capitalised_complement(text, end, vocab)
        if following is None:
            break
        end = following
    return _list_goes_on().match(text, end) is not None


def _capitalised_complement(text: str, position: int, vocab: PersonVocabulary) -> int | None:
    """Where the next word ends if it is a capitalised complement word after a space."""
    following = word_at(text, position)
    if following is None or text[position : following.start()] not in {" ", "\t"}:
        return None
    word = following.group()
    return (
        following.end() if word[0].isupper() and word.casefold() in vocab.complement_words else None
    )


def _holder(
    text: str,
    span: tuple[int, int, int],
    position: int,
    vocab: PersonVocabulary,
    entities: dict[int, int],
    *,
    glued: bool,
) -> RolePhrase:
    """The role and the name after it; after a complement, a name needs a given name.

    "le ministre Asselborn" holds the role, but in "the Minister … on the Trilateral
    Meeting" a lone capitalised word after the complement is no one's name.
    """
    position = skip_honorifics(text, position, vocab)
    title = vocab.role.match(text, position)
    if title is not None:  # "his counterpart Prince X": a title glued to the name
        position = skip_honorifics(text, title.end(), vocab)
    holder = parse_name(text, position, vocab, entities)
    if (
        holder is not None
        and not glued
        and not holder.given
        and not _lone_holder(text, holder, vocab)
    ):
        holder = None
    return RolePhrase(*span, holder, glued=glued)


def _lone_holder(text: str, holder: Name, vocab: PersonVocabulary) -> bool:
    """Whether a one-word name after a complement names its holder.

    "Le ministre coordinateur Suharto et son homologue …": after a lower-case word, ending
    its noun phrase (a verb, a coordinator or a comma follows); after a capitalised word,
    which in French may be the office's own ("de la Formation Professionnelle"), only in
    English and before a verb.
    """
    before = _WORD_ENDING.search(text, max(0, holder.start - 40), holder.start)
    if before is None or text[holder.start : holder.end].casefold() in _calendar_words():
        return False  # "the Minister for Trade Monday announced": a day, not a holder
    position = holder.end
    verb = vocab.subject_verb.match(text, position) or vocab.past_verb.match(text, position)
    if not before.group(1)[0].islower():
        # English offices do not end on an adjective after their noun: "Minister for
        # Political, Legal and Security Affairs Wiranto said" (but "de la Formation
        # Professionnelle a …").
        return vocab.lowercase_after_link_only and verb is not None
    return verb is not None or _clause_link().match(text, position) is not None


@functools.cache
def _abroad() -> re.Pattern[str]:
    """What says, after a demonym in an office, that a state's nationals live abroad."""
    phrases = [phrase for lang in LANGUAGES for phrase in person_vocabulary(lang).nationals_abroad]
    return compile_pattern(rf"[ \t]+(?i:{alternation(phrases)})(?!\w)")


@functools.cache
def _calendar_words() -> frozenset[str]:
    """Month and weekday names of every language, case-folded."""
    weekdays = (word for lang in LANGUAGES for word in date_vocabulary(lang).weekdays)
    return _month_words() | frozenset(weekdays)


@functools.cache
def _month_words() -> frozenset[str]:
    """Month names of every language, case-folded: the term of an office, not its body."""
    return frozenset(word for lang in LANGUAGES for word in date_vocabulary(lang).months)


@functools.cache
def _clause_link() -> re.Pattern[str]:
    """A comma, a closing parenthesis or a coordinator after a name."""
    joins = alternation(person_words("coordinators"))
    return compile_pattern(rf"[ \t]*(?:[,;)]|(?:{joins})(?![\w'’]))")


def _next_role(
    text: str, match: re.Match[str], previous: str, vocab: PersonVocabulary, *, named: bool
) -> bool:
    """Whether another role starts here ("… de la République et le Premier ministre …").

    In apposition after a name, "and" joins a second office of the same holder
    ("X, Permanent Representative … and Chairperson of the PSC,"); after a link, a role
    is the complement's ("Special Representative of the Secretary-General").
    """
    if match.group().casefold() in _joins():
        return named and role_at(text, match.end() + 1, vocab) is not None
    if previous in vocab.complement_links and previous not in _joins():
        return False
    role = role_at(text, match.start(), vocab)
    return role is not None and role.has_article


def _in_complement(
    text: str,
    previous: str,
    folded: str,
    position: int,
    vocab: PersonVocabulary,
    entities: dict[int, int],
) -> bool:
    """Whether a capitalised word continues the role rather than starting a name.

    It does after a link, as a listed complement word or a body's noun, as a party's name,
    as another role's head ("Deputy Minister at the Prime Minister's Office") or, where the
    language says so, after a body's noun ("de l'Organisation Mondiale de la Santé").
    """
    word = folded.rstrip(".")
    return (
        previous in vocab.complement_links
        or word in vocab.complement_words
        # "International Co-operation" is the listed "cooperation" with its prefix hyphened
        or ("-" in word and word.replace("-", "") in vocab.complement_words)
        or word in vocab.not_name_words  # a body's noun opens no name: "… Team"
        or position in entities
        or (
            previous != ""  # and not a link: the first test above
            and vocab.role.fullmatch(folded.removesuffix("'s")) is not None
        )
        or (previous != "" and _names_a_body(text, position, vocab))
        or (vocab.body_name_after_noun and _after_body_noun(text, position, previous, vocab))
    )


def _after_body_noun(text: str, position: int, previous: str, vocab: PersonVocabulary) -> bool:
    """Whether the word at ``position`` follows a body's noun and a link follows it.

    "de l'Organisation Mondiale de …", "de la Banque Africaine de Développement": the
    body's name goes on. A quoted name between ("la fondation « X » Ines Serel") or a
    capitalised word after ("du Gouvernement Moussa Ibrahima KANE") leaves it to a name.
    """
    start = position - 1 - len(previous)
    if previous not in vocab.not_name_words or text[position - 1 : position] != " ":
        return False
    if text[max(0, start) : position - 1].casefold() != previous:
        return False
    word = word_at(text, position)
    following = word_at(text, word.end()) if word is not None else None
    return following is not None and following.group().casefold() in vocab.complement_links


def _capitalised_office_word(text: str, word: re.Match[str], vocab: PersonVocabulary) -> bool:
    """Whether a capitalised word after another goes on with an apposed French office.

    French capitalises the words of a body's name: "M. X, directeur du Centre de Formation
    Judiciaire, …". After a capitalised word, a capitalised word that a comma, a period or a
    lower-case word follows ends that name; one that another capital follows may open a name.
    """
    if vocab.lowercase_after_link_only:
        return False
    before = _WORD_ENDING.search(text, max(0, word.start() - 40), word.start())
    if before is None or not before.group(1)[0].isupper():
        return False
    following = word_at(text, word.end())
    if following is None or text[word.end() : following.start()].strip():
        return True
    return following.group()[0].islower()


def _names_a_body(text: str, position: int, vocab: PersonVocabulary) -> bool:
    """Whether capitalised words from ``position`` end on a body's noun, naming that body.

    "Director of the Judicial Training Centre", "Head of the Regional Monitoring Unit": a
    word that is no listed complement word still belongs to the office when the run of
    capitals it opens closes on "Centre", "Unit", "Authority"… A name never does.
    """
    run = _WORD_RUN.match(text, position)
    if run is None:
        return False
    for word in run.group().split()[1:]:
        if not word[0].isupper():
            return False
        if word.casefold() in vocab.not_name_words:
            return True
    return False


def _apposed_name(
    text: str, end: int, vocab: PersonVocabulary, entities: dict[int, int]
) -> Name | None:
    """The name in ", Sébastien Lecornu," after a role, when one stands there."""
    comma = _COMMA.match(text, past_acronym(text, end))  # "… Francophonie (OIF), Mme X"
    if comma is None:
        return None
    position = comma.end()
    article = article_at().match(text, position)
    if article is not None and vocab.honorific.match(text, article.end()):
        position = article.end()  # "le ministre de la Santé, le Professeur X"
    position = skip_honorifics(text, position, vocab)
    title = vocab.role.match(text, position)
    if title is not None:  # "The Saudi foreign minister, Prince X": a title glued to the name
        styled = title.group().casefold()
        if styled not in vocab.courtesy_roles and styled not in vocab.courtesy_titles:
            return None  # "The Chief of Staff, Minister X": X holds the office before them
        position = skip_honorifics(text, title.end(), vocab)
    name = parse_name(text, position, vocab, entities)
    if name is None or _opens_participle(name):
        return None
    # French sets a space before ";" and ":" ("M. X ; Mme Y"); post-nominal letters
    # belong to the name ("The Hon Julia X MP,").
    gap = _SPACES_AT.match(text, skip_post_nominals(text, name.end, vocab)).end()  # type: ignore[union-attr]
    after = text[gap : gap + 1]
    # "(Suisse)": the holder's state or party in parentheses ends the apposition too.
    if after in {",", ".", ";", ":", ")", "(", ""} or vocab.subject_verb.match(text, name.end):
        return name
    # "du Haut représentant …, Josep Borrell sur les …": a full name ends the apposition.
    following = word_at(text, name.end)
    if name.given and following is not None and following.group()[0].islower():
        return name
    return None


def _opens_participle(name: Name) -> bool:
    """Whether the would-be name opens a participle clause: "…, Urging Adherence to …".

    A headline in title case capitalises the participle after an office and its comma; a
    listed given name with that ending stays a name. Both languages' endings are read, as
    for the other words of names (« …, Appelant au Dialogue »).
    """
    first = (*name.given, *name.family)[0].casefold()
    return (
        len(first) >= _PARTICIPLE_LENGTH
        and first.endswith(_participle_endings())
        and first not in given_names()
    )


_PARTICIPLE_LENGTH: Final = 6
"""Letters at least of a participle read so ("Urging"; not "Jing", "Ming")."""


@functools.cache
def _participle_endings() -> tuple[str, ...]:
    """Every shipped language's endings of a present participle ("ing", « ant »)."""
    return person_words("clause_participle_endings")


def _closes_role(text: str, hit: PartyHit, end: int) -> bool:
    """Whether a demonym ends the role after a common noun.

    "secrétaire aux affaires étrangères indien" is India's; "présidente de la Commission
    européenne" names a body; after a link or an article the demonym is a noun of people,
    the office's complement: "ministre chargé des Marocains".
    """
    if hit.end != end:
        return False
    before = _WORD_ENDING.search(text, max(0, hit.start - 40), hit.start)
    if before is None or before.group(1).casefold() in _noun_links():
        return False
    if before.group(1).casefold() in person_words("coordinators"):
        return False  # "ministre des Affaires étrangères et européennes": a portfolio's
    # "conseiller spécial du Président togolais": an office in capitals is no body's name.
    return before.group(1)[0].islower() or _is_office(before.group(1))


def _is_office(word: str) -> bool:
    """Whether ``word`` alone is an office's head in a shipped language ("Président")."""
    return any(person_vocabulary(code).role.fullmatch(word) is not None for code in LANGUAGES)


@functools.cache
def _noun_links() -> frozenset[str]:
    """Links and articles after which a demonym is a noun: "des", "les", "the"."""
    return frozenset(
        word
        for key in ("party_links", "articles")
        for phrase in person_words(key)
        for word in phrase.split()[-1:]
    )


def normalize_role(
    text: str, start: int, end: int, hits: Sequence[PartyHit], head_end: int | None = None
) -> tuple[str, str | None]:
    """The role of ``text[start:end]`` in lower case, and the party it names.

    The party ("de la République française", "du Japon", a demonym right after the head
    as in "ministre français de la défense") moves out of the role into the affiliation,
    as an analyst records it; "présidente de la Commission européenne" keeps its adjective.

    >>> from communique.gazetteer import gazetteer
    >>> phrase = "le ministre de la défense du Japon"
    >>> normalize_role(phrase, 0, len(phrase), gazetteer("fr").find(phrase))
    ('ministre de la défense', 'JP')
    """
    pieces, cursor, affiliation = [], start, None
    abroad: str | None = None  # the state whose nationals abroad the office serves
    for hit in sorted(hits, key=lambda h: h.start):
        if not start <= hit.start < hit.end <= end or len(hit.keys) != 1:
            continue
        cut, stop = hit.start, hit.end
        state = _state_named(text, hit, cursor, end, head_end) if hit.form == "adjective" else None
        if state is not None:  # "de la République algérienne": the state, not the office
            (cut, stop), affiliation = state, affiliation or hit.keys[0]
            pieces.append(text[cursor:cut])
            cursor = stop
            continue
        if (
            hit.form == "adjective"
            and head_end is not None
            and (hit.start < head_end or text[head_end : hit.start].strip())
            and not _closes_role(text, hit, end)
        ):
            if _abroad().match(text, hit.end):  # "… et des Sénégalais de l'extérieur"
                abroad = abroad or hit.keys[0]
            continue  # part of the head, or not next to it: "Commission européenne"
        if hit.form == "name":
            if affiliation is not None:  # the post's place: "auprès de la République …"
                continue
            if _in_longer_name(text, hit.end, end):
                continue  # "Head of the EU and Multilateral Affairs Department": a unit's name
            linked = _linked_party().search(text, cursor, hit.start)
            if linked is None:
                linked = _styled_state_before(text, hit, cursor)
            if linked is None:
                continue
            if hit.keys[0].startswith(_ORGANISATION) and _coordinated().search(
                text, cursor, linked.start()
            ):
                # "ministre de l'Intégration régionale, de la CEDEAO et de …",
                # "aux affaires étrangères et du Commonwealth": a portfolio, not the employer.
                continue
            # "of the African Union Commission": the party qualifies the noun after it,
            # which keeps the link ("chairperson of the commission").
            noun = _NOUN_AFTER.match(text, hit.end, end)
            cut = hit.start if noun is not None and noun.group(1).isupper() else linked.start()
            # "de la République coopérative du Guyana": a long form the gazetteer lacks.
            formal = _formal_state_before().search(text, cursor, linked.start())
            cut = formal.start() if formal is not None and cut == linked.start() else cut
        pieces.append(text[cursor:cut])
        cursor = stop
        affiliation = affiliation or hit.keys[0]
    pieces.append(text[cursor:end])
    role = " ".join(pieces)
    if "(" in role:  # "of the African Union (AU) Commission"
        role = _ACRONYM.sub("", role)
    # "président de la République X, président en exercice": no space left before the comma.
    role = " ".join(role.split()).replace(" ,", ",").strip(" ,")
    # A match at the start and a slice, not a scan.
    article = article_at().match(role)
    role = (role[article.end() :] if article else role).casefold()
    if affiliation is not None:
        role = _republic_office(text[start:end], role)
    return role, affiliation or abroad


def _republic_office(source: str, role: str) -> str:
    """The role with its republic kept when the office is named by it.

    « Président de la République du Niger, Chef de l'État »: the state's formal name moves
    to the affiliation, but « président de la République » is the office's own title
    (``republic_offices``), as analysts record it.
    """
    words = " ".join(source.split()).casefold().replace("’", "'")
    article = article_at().match(words)
    words = words[article.end() :] if article else words
    for office in _republic_offices():
        head = office.split()[0]
        if words.startswith(office) and (role == head or role.startswith(f"{head},")):
            return office + role[len(head) :]
    return role


@functools.cache
def _republic_offices() -> tuple[str, ...]:
    """``republic_offices`` of every shipped language, longest first, gathered once."""
    offices = {o for code in LANGUAGES for o in person_vocabulary(code).republic_offices}
    return tuple(sorted(offices, key=len, reverse=True))


def _state_named(
    text: str, hit: PartyHit, cursor: int, end: int, head_end: int | None = None
) -> tuple[int, int] | None:
    """The span of a state named by a noun and a demonym, from its link, if ``hit`` is one.

    "de la République algérienne", "of the Philippine Republic": the link, the state noun
    and the demonym leave the role; not a state noun of the head itself ("secrétaire
    d'État américain": the demonym after the head).
    """
    before = _state_before().search(text, cursor, hit.start)
    if before is not None and (head_end is None or before.start() >= head_end):
        return before.start(), hit.end
    linked = _linked_party().search(text, cursor, hit.start)
    after = _state_after().match(text, hit.end, end)
    if linked is None or after is None:
        return None
    return linked.start(), after.end()


@functools.cache
def _state_before() -> re.Pattern[str]:
    """A link and a state noun ending the text before a demonym: "de la République "."""
    links = alternation(person_words("linked_party_ends"))
    nouns = alternation(person_words("state_nouns"))
    return compile_pattern(rf"\b(?:{links})\s*(?:{nouns})\s+$", re.I)


def _styled_state_before(text: str, hit: PartyHit, cursor: int) -> re.Match[str] | None:
    """The link and style words before an official name the gazetteer holds in part.

    "of the Islamic Republic of the Gambia": the gazetteer knows "Republic of the Gambia";
    "of the Islamic" leaves the role with it.
    """
    styled = _styled_before().search(text, cursor, hit.start)
    # The style words end on a space, so the state noun opening the name follows one.
    if styled is None or _state_after().match(text, hit.start - 1) is None:
        return None
    return styled


_STYLE_WORD: Final = r"[^\W\d_][\w’'-]*+"
"""A word styling a state's official name ("Islamic", "coopérative")."""


@functools.cache
def _styled_before() -> re.Pattern[str]:
    """A link and one to three style words ending the text before a state's long name."""
    links = alternation(person_words("linked_party_ends"))
    return compile_pattern(rf"\b(?:{links})\s*+(?:{_STYLE_WORD}\s+){{1,3}}$", re.I)


@functools.cache
def _formal_state_before() -> re.Pattern[str]:
    """A link, a state noun with a word of its style, ending the text before a state's link.

    "de la République coopérative" before "du Guyana", "of the Socialist Republic" before
    "of X": an official long form the gazetteer lacks leaves the role with the name it styles.
    A state noun alone ("président de la République du Sénégal") is read as before.
    """
    links = alternation(person_words("linked_party_ends"))
    nouns = alternation(person_words("state_nouns"))
    word = _STYLE_WORD
    return compile_pattern(
        rf"\b(?:{links})\s*+(?:(?:{word}\s+){{1,3}}(?:{nouns})|(?:{nouns})(?:\s+{word}){{1,3}})"
        r"\s*+$",
        re.I,
    )


@functools.cache
def _state_after() -> re.Pattern[str]:
    """A state noun right after a demonym: " Republic" in "of the Philippine Republic"."""
    return compile_pattern(rf"\s+(?:{alternation(person_words('state_nouns'))})\b", re.I)


@functools.cache
def _linked_party() -> re.Pattern[str]:
    """A link ending the text before a party: "de la", "du", "of the"."""
    return compile_pattern(rf"(?:\b(?:{alternation(person_words('linked_party_ends'))})\s*)$", re.I)


@functools.cache
def _coordinated() -> re.Pattern[str]:
    """A comma or a coordinator ending the text before a link: the complement is listed."""
    joins = alternation(person_words("coordinators"), r"[ \t]+")
    return compile_pattern(rf"(?:,|(?<![\w'’])(?:{joins}))[ \t]*$", re.I)


@functools.cache
def _list_goes_on() -> re.Pattern[str]:
    joins = alternation(person_words("coordinators"), r"[ \t]+")
    return compile_pattern(rf"[ \t]*,|[ \t]+(?:{joins})[ \t]+[^\W\d_]")


def _styled_office(
    text: str, word: re.Match[str], previous: str, vocab: PersonVocabulary
) -> re.Match[str] | None:
    """An office styled with an honorific after a link: "auprès de Madame la ministre"."""
    if previous not in vocab.complement_links:
        return None
    honorific = vocab.honorific.match(text, word.start())
    if honorific is None:
        return None
    position = honorific.end()
    while position < len(text) and text[position] in " \t":
        position += 1
    article = article_at().match(text, position)
    return vocab.role.match(text, article.end() if article is not None else position)


_CLOSING_BEFORE: Final = compile_pattern(r"\)\s*$")
"""A closing parenthesis right before a joining word (spaces between)."""
_CLOSING_REACH: Final = 24
"""Characters searched back for it: a bounded window, not the text before."""


def _join_ends(text: str, word: re.Match[str], folded: str, vocab: PersonVocabulary) -> bool:
    """Whether a joining word ``word`` (``folded``) ends the office instead of joining another.

    Or a link to where the office sits, after the body's acronym (``office_place_links``).

    "auprès de Madame la ministre et Marie X": a listed given name or an honorific opens
    another person;
    "de l'Agence aldorienne (AAC) et de X": the body's acronym closed the office.
    """
    place = folded in vocab.office_place_links  # "… (CFJ) au Ministère de la Justice"
    if not place and folded not in _joins():
        return False
    closed = _CLOSING_BEFORE.search(text, max(0, word.start() - _CLOSING_REACH), word.start())
    if closed is not None:
        return True
    if place:
        return False
    # "… of the Coastal Planning Authority and H.E. X, the Speaker": an honorific opens a person.
    spaces = _SPACES_AT.match(text, word.end())
    after = spaces.end() if spaces is not None else word.end()
    return (
        vocab.honorific.match(text, after) is not None
        or vocab.retinue.match(text, after) is not None  # "… and senior officials"
        or _given_name_at(text, word.end(), vocab)
    )


def _given_name_at(text: str, position: int, vocab: PersonVocabulary) -> bool:
    """Whether a capitalised given name of the list is the next word ("et (de) Marie …")."""
    word = word_at(text, position)
    if word is not None and word.group().casefold() in vocab.complement_links:
        word = word_at(text, word.end())  # "et de Marc X": the link repeated
    return (
        word is not None
        and starts_capital(word.group())
        and word.group().casefold() in given_names()
    )


def _in_longer_name(text: str, position: int, end: int) -> bool:
    """Whether a joining word and capitalised words alone end the role after ``position``.

    "the EU and Multilateral Affairs Department": the party opens the name of a
    unit, which stays whole in the role; not "of Valmont and Minister of Trade".
    """
    following = _COORDINATED_NAME.fullmatch(text, position, end)
    if following is None or following.group(1).casefold() not in _joins():
        return False
    return all(word[0].isupper() for word in following.group(2).split())


_COORDINATED_NAME: Final = compile_pattern(r"[ \t]+([^\W\d_]+)((?:[ \t]+[^\W\d_][\w'’-]*)+)[ \t]*")


@functools.cache
def _joins() -> frozenset[str]:
    """Words joining two offices: "and", "et", "or", "ou"."""
    return frozenset({*person_words("coordinators"), *person_words("alternatives")})
