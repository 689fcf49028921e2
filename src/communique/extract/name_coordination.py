"""A coordinator in a name ("et", "and"): a coordinated part of it, or something else."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from communique.extract.name_tokens import TOKEN, function_words, next_token
from communique.gazetteer import gazetteer
from communique.wordsearch import token_before
from communique.wordtrie import phrase_key

if TYPE_CHECKING:
    from communique.extract.name_extent import Reader

__all__ = ["coordinate_ends", "coordinated_noun", "lower_after_proper"]

_MAX_RUN: Final = 8
"""Words of a coordinated title read to see whether a head or a verb ends them."""
_ARTICLE_REACH: Final = 8
"""Characters before a complement's first word searched for its article ("de la ")."""


def coordinated_noun(reader: Reader, folded: str, end: int) -> bool:
    """Whether "and"/"et" right after the head, "and the", or "and of", starts another phrase.

    After a title-case complement, "and the" and a capitalised word coordinate another part
    of it ("on Student Mobility and the Mutual Recognition of Diplomas"), which
    ``coordinate_ends`` reads.
    """
    if folded in function_words("coordinators"):
        return reader.previous == "head"
    after_coordinator = reader.previous == "link" and reader.link in function_words("coordinators")
    if after_coordinator and _indefinite_head(reader, end):
        return True  # « … diplomatiques et d'une feuille de route … »: the list's next text
    if after_coordinator and not reader.complement and folded in reader.vocab.links:
        # "the Agenda 2063 and of the African Continental …", « l'Agenda 2063 et de la Zone … »:
        # no complement before the coordinator for a link to coordinate with; the verb's object
        return True
    parties = bool(reader.links_read & reader.vocab.party_links)
    if after_coordinator and not parties and folded in function_words("repeated_prepositions"):
        # "… to the 2030 Agenda and of the Vienna Programme …": a second complement, unless
        # the name's own object goes on ("sur le droit à l'eau et à l'assainissement").
        return _head_ahead(reader, end)
    if (
        after_coordinator
        and folded in function_words("clause_prepositions")
        and folded not in reader.links_read
    ):
        # « … sur l'Agenda 2063 et sur la préparation du sommet »: the verb's next object
        return True
    # "between the Government of Japan and the Government of Canada" coordinates parties.
    if not (
        reader.vocab.head_last
        and folded in function_words("link_articles")
        and reader.previous == "link"
        and reader.link in function_words("coordinators")
        and not reader.links_read & reader.vocab.party_links
    ):
        return False
    if _head_after_title(reader, end):
        return True  # "of the Morocco-EU partnership and the EU-Armenia agenda": another name
    after = next_token(reader.text, end)
    return not (reader.first_capital and after is not None and after.group()[0].isupper())


def _indefinite_head(reader: Reader, position: int) -> bool:
    """Whether an indefinite article and a head come next: another instrument of a list.

    « d'un accord relatif à … et d'une feuille de route », "of an agreement on … and of a
    memorandum on …": each item of a list of texts has its article and its head.
    """
    article = next_token(reader.text, position)
    if article is None or phrase_key(article.group()) not in function_words("indefinites"):
        return False
    head = next_token(reader.text, article.end())
    return head is not None and reader.vocab.head.match(reader.text, head.start()) is not None


def _head_after_title(reader: Reader, position: int) -> bool:
    """Whether a head follows a few capitalised words at ``position``: another instrument.

    "… and the EU-Armenia agenda", "… and the Valmont Accord"; not "… and the Reconstruction
    of the North" (a word in lower case that is no head ends the look).
    """
    token = next_token(reader.text, position)
    for _ in range(_MAX_RUN):
        if token is None:
            return False
        if reader.vocab.head.match(reader.text, token.start()) is not None:
            return True
        if not token.group()[0].isupper():
            return False
        token = next_token(reader.text, token.end())
    return False


def _head_ahead(reader: Reader, position: int, *, titled: bool = False) -> bool:
    """Whether an instrument's head comes within a few words of ``position``, before a comma.

    ``titled``: only through capitalised words or figures, a title of its own ("the IAI
    Work Plan", "the Valmont Accord").
    """
    token = next_token(reader.text, position)
    for _ in range(_MAX_RUN):
        if token is None:
            return False  # punctuation ends the look
        if titled and not (token.group()[0].isupper() or token.group().isdigit()):
            return False
        if reader.vocab.head.match(reader.text, token.start()) is not None:
            return True
        token = next_token(reader.text, token.end())
    return False


def coordinate_ends(reader: Reader, match: re.Match[str]) -> bool:
    """Whether the noun after "et la"/"and the" in a complement opens something else.

    The coordinated part of a name is written like its first complement ("sur la Mobilité
    des étudiants et la Reconnaissance mutuelle …"; "on Fisheries and the protection of …"
    ends at "Fisheries"), and is no actor: a party, its government, a person ("… and the
    Government of Norway agreed", "sur la pêche et la France"), nor, in English, the subject
    of a verb ("… and the Fisheries Commission agreed") or another instrument.
    """
    if not reader.complement or reader.links_read & reader.vocab.party_links:
        return False
    between = reader.text[reader.end : match.start()].replace("’", "'").replace("'", "' ")
    words = between.split()
    if (
        len(words) != 2
        or words[0].casefold() not in function_words("coordinators")
        or phrase_key(words[1]) not in reader.vocab.definite
    ):
        return False
    capital = match.group()[0].isupper()
    if capital != bool(reader.first_capital):
        return True
    if not capital and _owner_last(reader):
        return True  # « stratégie … de la CEDEAO et le dialogue … »: the owner ends the name
    if not capital and not (_with_article(reader, reader.first_word) or _last_article(reader)):
        return True  # "traité de paix et le calendrier …": "de paix" takes no "et le"
    if capital and _head_ahead(reader, match.start(), titled=True):
        return True  # "on ASEAN Connectivity and the IAI Work Plan": another instrument's title
    if not capital or _actor_at(reader, reader.first_word):
        return False  # "Déclaration conjointe de la Guinée et du Ghana": parties coordinated
    return _actor_at(reader, match.start()) or _subject_run(reader, match.start())


def lower_after_proper(reader: Reader, word: str) -> bool:
    """Whether a bare lower-case word after "et"/"and" follows a capitalised complement.

    A proper complement's coordinated part is written alike or opens with an article ("de la
    Charte des Nations Unies et du droit …"); a bare lower-case word there is a verb or a
    noun of the sentence ("… la Charte des Nations Unies et sapons les fondements …"). Parties
    are no complement of that kind ("entre l'agence de Koranda et son homologue …").
    """
    if not (
        reader.complement
        and reader.previous == "link"
        and reader.link in function_words("coordinators")
        and word[0].islower()
        and not reader.links_read & reader.vocab.party_links
    ):
        return False
    start, stop = token_before(reader.text, reader.end, "'’-")
    return start < stop and start >= reader.head_end and reader.text[start].isupper()


def _last_article(reader: Reader) -> bool:
    """Whether the complement read last opens with a definite article.

    "dans le domaine de la culture et des arts": "des arts" goes on with "de la
    jeunesse", not with the first complement ("de coopération").
    """
    for word in reversed(TOKEN.findall(reader.text, reader.head_end, reader.end)):
        key = phrase_key(word)
        if key in reader.vocab.definite:
            return True
        if key in reader.vocab.links:
            return False
    return False


def _with_article(reader: Reader, position: int) -> bool:
    """Whether the complement word at ``position`` follows a definite article.

    A coordinated part of a name in lower case is built like the first complement: "sur la
    libre circulation et le droit …" coordinates, "de paix et le calendrier …" does not (a
    title in capitals has its own style: "on Student Mobility and the Mutual …").
    """
    start = max(reader.head_end, position - _ARTICLE_REACH)
    before = reader.text[start:position].replace("’", "'").replace("'", "' ").split()
    return bool(before) and phrase_key(before[-1]) in reader.vocab.definite


def _owner_last(reader: Reader) -> bool:
    """Whether the name read so far ends on a party's name, the instrument's owner.

    "… du capital humain de la CEDEAO": a lower-case noun coordinated after it ("et le
    dialogue de haut niveau …") is no part of the name.
    """
    parties = gazetteer(reader.vocab.language)
    return any(
        found.end() == reader.end and phrase_key(found.group()) in parties.forms
        for found in parties.pattern.finditer(reader.text, reader.head_end, reader.end)
    )


def _actor_at(reader: Reader, position: int) -> bool:
    """Whether a party's name, an actor's noun or an honorific starts at ``position``."""
    word = TOKEN.match(reader.text, position)
    if word is not None and phrase_key(word.group()) in reader.vocab.coordinated_actors:
        return True
    parties = gazetteer(reader.vocab.language)
    found = parties.pattern.match(reader.text, position)
    return found is not None and phrase_key(found.group()) in parties.forms


def _subject_run(reader: Reader, position: int) -> bool:
    """Whether the capitalised words at ``position`` hold a head, an actor or a verb's subject.

    "… and the Kigali Declaration": another instrument; "… and the Fisheries Commission",
    "… and the Sustainable Development Goals": an actor's or a goal's noun; "… and the Timber
    Board agreed": in English, a lower-case word that is neither a link nor a word ending
    names follows.
    """
    text, vocab = reader.text, reader.vocab
    token = next_token(text, position)
    for _ in range(_MAX_RUN):
        if token is None:
            return False
        word = token.group()
        folded = word.replace("’", "'").casefold()
        if vocab.head.match(text, token.start()) is not None or folded in vocab.coordinated_actors:
            return True
        if folded in function_words("coordinators"):
            return False  # "… and the Reconstruction of the North and the Joint Declaration …"
        if not word[0].isupper() and folded not in vocab.title_links:
            verb = word[0].isalpha() and folded not in vocab.links and folded not in vocab.stops
            return vocab.head_last and verb
        token = next_token(text, token.end())
    return False
