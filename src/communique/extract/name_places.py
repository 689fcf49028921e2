"""A place right after a head's link ("accord de Paris"), and whether the name goes on after it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from communique.extract.name_tokens import function_words, next_token
from communique.wordtrie import phrase_key

if TYPE_CHECKING:
    from communique.extract.name_extent import Reader

__all__ = ["complement_follows", "place_first"]


def place_first(reader: Reader, match: re.Match[str], folded: str) -> bool:
    """Whether the word is a place right after the head's first link ("accord de Paris").

    A descriptive word in capitals is no place ("Accord de Mobilité des Jeunes"), nor an
    abstract noun ("Treaty of Good-Neighborliness, Friendship and …"); a title
    in capitals writes its link in capitals too ("DÉCLARATION DE LOMÉ").
    """
    if not (
        reader.previous == "link"
        and reader.link in function_words("place_links")
        and match.group()[0].isupper()
        and folded not in reader.vocab.descriptive
        and not folded.endswith(reader.vocab.descriptive_endings)
    ):
        return False
    link = reader.text[reader.head_end : match.start()].strip().casefold()
    return link in _curly(function_words("place_links"))


def complement_follows(reader: Reader) -> bool:
    """Whether the name goes on after a capitalised word right after the head.

    "Convention d'Ottawa sur l'interdiction …" (a complement), "Traité d'Amitié et de
    Coopération" (a coordinated title word).
    """
    after = next_token(reader.text, reader.position)
    if after is None:
        return False
    folded = after.group().casefold()
    links = reader.vocab.complement_links | reader.vocab.party_links
    if folded in links or _title_goes_on(reader, after) or _attaches(reader, after):
        return True
    if _dated_place(reader, after):
        return True  # "Déclaration de Paris de 2005 sur l'efficacité de l'aide"
    if folded in reader.vocab.purpose_links and reader.title:
        # Only an official, capitalised title goes on: "les accords de Minsk pour le
        # règlement du conflit" states a purpose.
        article = next_token(reader.text, after.end())
        return article is not None and phrase_key(article.group()) in reader.vocab.definite
    if folded not in function_words("coordinators"):
        return False
    link = next_token(reader.text, after.end())
    title = next_token(reader.text, link.end()) if link is not None else None
    return (
        link is not None
        and link.group().replace("’", "'").casefold() in function_words("place_links")
        and title is not None
        and title.group()[0].isupper()
        and reader.vocab.head.match(reader.text, title.start()) is None
    )


def _dated_place(reader: Reader, after: re.Match[str]) -> bool:
    """Cut the year after a place when a subject follows it ("… de Paris de 2005 sur …")."""
    if after.group().replace("’", "'").casefold() not in reader.vocab.date_links:
        return False
    year = next_token(reader.text, after.end())
    if year is None or len(year.group()) != 4 or not year.group().isdigit():
        return False
    subject = next_token(reader.text, year.end())
    if subject is None or phrase_key(subject.group()) not in reader.vocab.complement_links:
        return False
    reader.cuts.append((after.start(), year.end()))
    reader.position = year.end()
    return True


def _attaches(reader: Reader, after: re.Match[str]) -> bool:
    """Whether an attaching link after a place opens another instrument's name.

    "Amendement de Kigali au Protocole de Montréal", "Kigali Amendment to the Montreal
    Protocol": the amendment is named through the protocol.
    """
    if after.group().replace("’", "'").casefold() not in reader.vocab.attach_links:
        return False
    following = next_token(reader.text, after.end())
    while following is not None and phrase_key(following.group()) in reader.vocab.definite:
        following = next_token(reader.text, following.end())
    return (
        following is not None
        and reader.vocab.head.match(reader.text, following.start()) is not None
    )


def _title_goes_on(reader: Reader, after: re.Match[str]) -> bool:
    """Whether a title-case name goes on after its place-like word ("Roadmap of Practical Steps").

    Another capitalised word, or a small word then a capitalised one ("Declaration of
    Commitment to Protect …"), continues the title of a capitalised head.
    """
    if not reader.title or reader.vocab.head.match(reader.text, after.start()) is not None:
        return False
    word = after.group()
    if word[0].isupper():
        return (
            word not in function_words("sentence_articles")
            and word.casefold() not in reader.vocab.stops
        )
    if word.casefold() not in reader.vocab.title_links:
        return False
    following = next_token(reader.text, after.end())
    return (
        following is not None
        and following.group()[0].isupper()
        and following.group() not in function_words("sentence_articles")
        and reader.vocab.head.match(reader.text, following.start()) is None
    )


def _curly(words: frozenset[str]) -> frozenset[str]:
    return words | {word.replace("'", "’") for word in words}
