"""Read a role phrase and the name it introduces.

"le Premier ministre Fumio Kishida", "la Haute-représentante de l'Union européenne pour les
affaires étrangères … Kaja KALLAS", "Le ministre français de la défense, Sébastien Lecornu,".

A capitalised word after a linking word ("de", "pour", "of") or listed as a complement
word ("Affaires") belongs to the role; any other capitalised word starts the holder's name.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

from communique.extract.names import Name, starts_capital
from communique.extract.role_capitals import capitalised_office_word, in_complement
from communique.extract.role_complement import (
    chained_head,
    next_word,
    opens_infinitive,
    quoted_name,
)
from communique.extract.role_coordination import other_states, portfolio_words, titled_given_name
from communique.extract.role_ends import (
    after_named_item,
    apposed_holder,
    before_period,
    coordinator_between,
    entry_party,
    join_ends,
    next_role,
    predicate_verb,
    to_destination,
)
from communique.extract.role_holders import RolePhrase, apposed_name, with_holder
from communique.lexicon.agreements import agreement_words
from communique.lexicon.common.given_names import given_names
from communique.lexicon.dates import month_words
from communique.lexicon.persons import after_former_qualifier, article_at, person_words
from communique.patterncache import compile_pattern
from communique.wordsearch import token_before

if TYPE_CHECKING:
    from communique.lexicon.persons import PersonVocabulary

__all__ = ["read_role"]

_POSSESSIVE_ENDS: Final = ("'s", "’s")
"""Endings of a possessive owner opening an office: "Kalvora's Minister for …"."""
_MAX_COMPLEMENT: Final = 40
_DAY_NEXT: Final = compile_pattern(r"\.?[ \t]+\d{1,2}(?!\d)")
"""A day's number after a month's name: "Aug. 29" is a date, no part of an office."""
_DATED: Final = compile_pattern(r"[ \t]+\d{4}\b")
"""A year after a word: the word is a month, and the term of office is no part of the role."""


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


_WORDS_AHEAD: Final = compile_pattern(r"[^\W\d_]+['’]?")
_NOUN_REACH: Final = 30
"""Characters read after a coordinated determiner for the noun it opens."""


def _common_noun_after(text: str, position: int, bodies: frozenset[str]) -> bool:
    """Whether the next word (past an article) is another noun, no portfolio.

    In lower case, or a body's noun: « … et des résolutions », "the Office of the Prime
    Minister and the Ministry of …", not « ministre d'État et de la Sécurité intérieure ».
    """
    words = _WORDS_AHEAD.findall(text, position, position + _NOUN_REACH)
    nouns = [w for w in words if w.casefold() not in _joined_determiners()]
    return bool(nouns) and (nouns[0][0].islower() or nouns[0].casefold() in bodies)


@functools.cache
def _joined_determiners() -> frozenset[str]:
    """Determiners that open another noun after a bare head and "et"/"and" (data)."""
    return frozenset(word.casefold() for word in person_words("coordinated_determiners"))


def _in_capitals(text: str, head_start: int, head_end: int) -> bool:
    """Whether an office's head is printed in capitals (two letters at least)."""
    head = text[head_start:head_end]
    return len(head) > 1 and head.isupper()


def _participle(word: str, folded: str, vocab: PersonVocabulary) -> bool:
    """Whether a lower-case word is a present participle, no office's word ("représentant")."""
    return (
        word[:1].islower()
        and folded.endswith(person_words("clause_participle_endings"))
        and folded not in vocab.complement_words
        and vocab.role.fullmatch(word) is None
    )


@functools.cache
def _posting_links() -> frozenset[str]:
    """Links naming where an office is posted ("to", « au »), in every shipped language.

    Read as written, in lower case: "the AU" is no « au ».
    """
    return frozenset(person_words("posting_links"))


def _posted_before(text: str, start: int, end: int, entities: dict[int, int]) -> bool:
    """Whether the office's complement between the two already posts it to a party.

    "Ambassador of France to New Zealand": a link, maybe an article, then a state's name
    (``entities``); « délégué aux Relations extérieures » names a portfolio, no posting.
    """
    links = _posting_links()
    for link in _LINK_WORD.finditer(text, start, end):
        if link.group() not in links:
            continue
        position = _LINK_GAP.match(text, link.end(), end).end()  # type: ignore[union-attr]
        article = article_at().match(text, position, end)
        if (article.end() if article is not None else position) in entities:
            return True
    return False


_LINK_WORD: Final = compile_pattern(r"(?<![\w'’-])[^\W\d_]+(?![\w'’-])")
"""A word of an office's complement, read for its posting link."""
_LINK_GAP: Final = compile_pattern(r"[ \t]*")
"""The spaces after a posting link, before the party's article or name."""


_LINK_REACH: Final = 16
"""Characters before a possessive read for the coordinator and link before it ("et de ")."""


_NAME_WORDS: Final = 2
"""Words of a name beyond which a listed given name inside it may open the holder's name."""
_BLANKS: Final = compile_pattern(r"[ \t]*\n?[ \t]*")
"""Spaces, and a single line break (a hard-wrapped line)."""


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
    paired = False  # the word before paired with a portfolio's word in lower case
    after_party = False  # only links read since a party's name ("of Qatar on the …")
    cut: int | None = None  # where the office ends unless a holder's name follows
    # "l'ancienne ministre de la Défense et présidente de la fondation X": the office after
    # "et" is today's, not a second one of the past.
    current = not after_former_qualifier(text, start)
    term_end: int | None = None  # where a term after the office ends ("for May 2024")
    coordinators = person_words("coordinators")
    for _ in range(_MAX_COMPLEMENT):
        quoted = quoted_name(text, cursor) if previous else None
        if quoted is not None and previous not in vocab.complement_links:
            # "président de l'organisation « Amis de la paix » X": the body's quoted name
            cursor = end = quoted.end()
            continue
        match = next_word(text, cursor, vocab)
        if match is None:
            break
        chained = chained_head(text, cursor, match, vocab, coordinated=current)
        if chained is not None and other_states(
            text, (head_end, match.start()), chained[0], entities
        ):
            break  # "Prime Minister of India and President of Maldives": two holders
        if chained is not None:  # "ministre d'État, ministre des affaires étrangères"
            (cursor, previous), end = chained, chained[0]
            continue
        word = match.group()
        folded = word.casefold().replace("’", "'")
        if join_ends(text, match, folded, vocab) or vocab.role_break.match(text, match.start()):
            break  # "… arménien à l'occasion du décès de X": a circumstance, not the office
        if previous not in vocab.complement_links and entry_party(
            text, match.start(), vocab, entities
        ):
            break  # "…, Vice President" / "Namibia H.E. Y, …": the next entry's party
        stop = folded in vocab.stop_words and word not in vocab.capitalised_names
        if previous in vocab.complement_links and folded in vocab.indefinite_articles:
            break  # "president for a third term", « président pour un mandat »: a term
        if previous in coordinators and folded in vocab.possessives:
            break  # « du Président de la République et sa disponibilité … »: another noun
        if folded in vocab.possessives and previous in person_words("cause_links"):
            break  # « ministre des Affaires étrangères pour leurs efforts »: a cause
        if folded in vocab.possessives and previous in vocab.complement_links:
            before = text[max(0, match.start() - _LINK_REACH) : match.start()].split()
            if len(before) >= 2 and before[-2].casefold() in coordinators:
                break  # « du ministre des Affaires étrangères et de son homologue »: another
        if (
            previous in coordinators
            and end == head_end
            and folded in _joined_determiners()
            and _common_noun_after(text, match.end(), vocab.not_name_words)
        ):
            # « le secrétaire général et des résolutions … », "the President and the
            # ministers": the bare head coordinated with another noun, no portfolio yet
            break
        if stop or next_role(text, match, previous, vocab, named=named):
            break
        if predicate_verb(text, match, previous, vocab):
            break  # "Mme X, secrétaire générale de l'Organisation salue le …"
        if end == head_end and _participle(word, folded, vocab):
            # « martèle le Ministre soulignant … », "the President visiting Paris"; inside
            # a complement it is the complement's (« … des Marocains résidant à l'étranger »)
            break
        if folded in vocab.infinitive_markers and opens_infinitive(text, match.end(), vocab):
            break
        if word in _posting_links() and _posted_before(text, head_end, match.start(), entities):
            # "Ambassador of France to New Zealand to the Governor-General, X": the second
            # link names whom the act is addressed to, no second posting of the office
            break
        if to_destination(text, match, text[head_start:head_end], vocab) and to_destination(
            text, match, text[head_start:end], vocab
        ):
            # "Visit of the Prime Minister to Malaysia": where, not the office; but "Head of
            # the Observation Mission to the Election in X": the mission is posted there
            break
        dated = _DATED.match(text, match.end())  # "Chairperson of the PSC for May 2024"
        if dated is not None or folded.rstrip(".") in month_words():
            period = before_period(text, head_end, end, vocab)  # "… pour le mois de mars"
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
        if vocab.honorific.match(text, match.start()) and coordinator_between(
            text, end, match.start()
        ):
            # "Président du Burkina Faso et de Son Excellence M. X": X's own office; « le
            # président de la République et madame X »: another person, after the office
            break
        if word.endswith(_POSSESSIVE_ENDS) and coordinator_between(text, end, match.start()):
            break  # "the Secretary of State and Kalvora's Minister …": another holder's office
        if (
            previous in vocab.complement_links
            and starts_capital(word)
            and not portfolio_words(text, match, vocab)
            and (coordinator_between(text, end, match.start()) or "," in text[end : match.start()])
            and apposed_holder(text, match.start(), vocab, entities)
        ):
            # "ministre … de Madagascar et de Dhoruk Temsali, ministre …", "… des Comores,
            # d'Henri X, ministre …": another holder, listed after a coordinator or a comma;
            # not a portfolio's word ("Minister of National Planning and Infrastructure X, …")
            break
        if (  # "Minister the Hon. X", but "of the General Assembly" is a complement
            named
            and previous not in vocab.complement_links
            and vocab.honorific.match(text, match.start())
            and not _closes_head(text, cursor, match, vocab)
        ):
            return with_holder(
                text, (start, head_start, end), match.start(), vocab, entities, glued=True
            )
        if named and end > head_end and titled_given_name(text, match):
            # "Acting Foreign Minister of Valmont Amir Karl Lirov": the title after the
            # office opens its holder's name.
            return with_holder(
                text, (start, head_start, end), match.start(), vocab, entities, glued=False
            )
        # "LE PRÉSIDENT DE LA TRANSITION": in an office printed in capitals, its links are
        # capitals too, and open its complement, not a holder's name ("DE GAULLE").
        capital_link = (
            word.isupper()
            and folded in vocab.complement_links
            and _in_capitals(text, head_start, head_end)
        )
        if (
            starts_capital(word)
            and not capital_link
            and not in_complement(text, previous, folded, match.start(), vocab, entities)
        ):
            if not named:
                if not capitalised_office_word(text, match, vocab):
                    break
            else:
                found = with_holder(
                    text,
                    (start, head_start, end),
                    match.start(),
                    vocab,
                    entities,
                    glued=end == head_end,
                )
                if found.name is not None and (
                    _honorific_next(text, found.name.end, vocab) or _given_inside(found.name, vocab)
                ):
                    # "Director of National Drug Control Policy Dr. X": an honorific opens
                    # the holder's name; "Minister of Development Strategies Karl X": a
                    # listed given name does. The capitalised words before it end the office.
                    cursor = end = match.end()
                    previous = folded
                    continue
                # French capitalises the nouns of an office: "de la Formation Professionnelle".
                if found.name is not None or vocab.lowercase_after_link_only or found.glued:
                    return found
        if (
            cut is None
            and vocab.lowercase_after_link_only
            and after_party
            and word[0].islower()
            and folded not in vocab.complement_links
            and folded not in vocab.complement_words
            and vocab.period_before.search(text, end, match.end()) is None
            and not _link_next(text, match.end(), vocab)
        ):
            # "the Amir of Qatar on excellent arrangement of …": past the state's name, a
            # link and a word in lower case tell what is done, not the office, unless a
            # holder's name follows ("… of Kenya at large Paul X") or a link goes on ("in
            # charge of", "with responsibility for"; "for the month of …": its term)
            cut = end
        if (
            vocab.lowercase_after_link_only
            and word[0].islower()
            and folded not in vocab.complement_links
            and previous not in vocab.complement_links
            # "minister of foreign affairs and foreign trade": a portfolio in lower case, a
            # word's pair at most ("of finance economic policy reform was …" ends at "economic")
            and not (
                previous in vocab.complement_words
                and folded in vocab.complement_words
                and not paired
            )
        ):
            break
        # A word in lower case past another, no link between: the portfolio's pair.
        paired = (
            word[0].islower()
            and previous in vocab.complement_words
            and not (folded in vocab.complement_links or previous in vocab.complement_links)
        )
        if word.endswith(".") and len(word) > 2 and match.start() not in entities:
            # the sentence ends with this word (not "St." opening a state's name: "St. Lucia")
            end = match.end() - 1
            break
        cursor = entities.get(match.start(), match.end())
        if match.start() in entities:
            after_party = True
        elif folded not in vocab.complement_links:
            after_party = False
        # Never end on "de", "le", "of", nor on a preposition: "de la vice-présidente avec le
        # président X" is no office "vice-présidente avec"; "chargé des relations avec le
        # Parlement" goes on past it.
        if folded not in vocab.complement_links and folded not in vocab.name_breaks:
            end = cursor
        previous = folded
    if cut is not None and not (named and apposed_name(text, term_end or end, vocab, entities)):
        end = cut  # "the Amir of Qatar on excellent arrangement …"; not "… at large, Paul X,"
    bare = start == head_start or article_at().match(text, start) is None  # "former Minister"
    if named and bare and after_named_item(text, start, vocab, entities):
        named = False  # "X Y, Minister of Trade, Z W, …": the office is X Y's, not Z W's
    holder = apposed_name(text, term_end or end, vocab, entities) if named else None
    return RolePhrase(start, head_start, end, holder)


def _link_next(text: str, position: int, vocab: PersonVocabulary) -> bool:
    """Whether the word after ``position`` is a link of a complement ("charge of")."""
    following = next_word(text, position, vocab)
    return following is not None and following.group().casefold() in vocab.complement_links


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


def _honorific_next(text: str, position: int, vocab: PersonVocabulary) -> bool:
    """Whether an honorific follows ``position``, past spaces ("… Policy Dr. X")."""
    after = _BLANKS.match(text, position)
    return after is not None and vocab.honorific.match(text, after.end()) is not None


def _given_inside(name: Name, vocab: PersonVocabulary) -> bool:
    """Whether a listed given name stands inside a name but not first ("Strategies Karl X").

    The words before it, none a listed given name, are the office's last words.
    """
    words = [*name.given, *name.family]
    listed = given_names()
    plurals = tuple(agreement_words("plural_endings"))
    return (
        len(words) > _NAME_WORDS
        # "Jean-Marc": a compound of given names is one
        and not any(part in listed for part in words[0].casefold().split("-"))
        # after plural nouns of the office only ("Development Strategies", « Stratégies
        # Nationales »): not "Badr Ahmed X", an unlisted given name
        and any(
            words[i].casefold() in listed
            and words[i].casefold() not in vocab.particles
            and all(word.casefold().endswith(plurals) for word in words[:i])
            for i in range(1, len(words) - 1)
        )
    )
