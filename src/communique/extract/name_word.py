"""One word of a name: read into it, or a new clause, a date or a year that ends or cuts it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from communique.extract.name_ends import ends_before
from communique.extract.name_links import read_link, read_phrase
from communique.extract.name_places import complement_follows, place_first
from communique.extract.name_tokens import LAST_WORD, ORDINAL, TOKEN, function_words, next_token
from communique.lexicon.persons import person_words
from communique.patterncache import compile_pattern
from communique.wordtrie import phrase_key

if TYPE_CHECKING:
    from communique.extract.name_extent import Reader

__all__ = ["read_word"]

_MAX_ADJECTIVES: Final = 2
"""Adjectives at most between a head and the year its link dates it with."""
_GERUND_LETTERS: Final = 5
"""Letters at least of a present participle after « en » ("tenant"; « en avant » is none)."""
_SPACED_WORD: Final = compile_pattern(r"\s+(\S+)")
"""A word and the blanks before it, to cut them out of a name."""
_DEMONYMS: Final = compile_pattern(r"[^\W\d_]+o-[^\W\d_]+")
"""A compound of demonyms: "franco-japonais", "sino-africain", "euro-méditerranéen"."""
_ELISION_LENGTH: Final = 2
"""Length of an elided article ("s'", "l'"), shorter than any plural possessive."""
_POSSESSIVE_ENDINGS: Final = ("'s", "’s")
_HEAD_REACH: Final = 30


def read_word(reader: Reader) -> bool:
    """Read one word of the name; False when the name ends before it."""
    match = TOKEN.match(reader.text, reader.position)
    if match is None:
        return False
    word = match.group()
    folded = word.replace("’", "'").casefold()
    vocab = reader.vocab
    if reader.after_acronym and folded not in vocab.after_acronym:
        return False
    phrase = read_phrase(reader, match.start())
    if phrase is not None:
        return phrase
    if folded in vocab.stops and not _noun_after_article(reader):
        return False
    if _new_clause(reader, word, folded):
        return False
    reader.after_acronym = False
    status = vocab.status_after
    if (
        reader.previous in ("word", "head")
        and status
        and status.pattern.match(reader.text, match.start())
    ):
        # "… continental africain entre en vigueur", "l'accord bilatéral entre en
        # vigueur": its status, not its name
        return False
    if _past_parties(reader, match.start(), word, folded):
        return False
    gerund = reader.previous == "link" and folded in vocab.gerund_links
    if reader.previous in ("head", "word") and _plural_after_singular(reader, folded):
        return False  # « les dispositions de l'accord relatives aux … »: another noun's
    if _opens_gerund(reader, folded, match.end()):
        return False  # « … par la Convention en veillant à … »: a clause, no complement
    if not gerund and (
        (folded in vocab.links and not _noun_here(reader, folded, match.end()))
        or (folded.endswith("'") and not _plural_possessive(folded))
    ):
        if vocab.link_idioms.match(reader.text, match.start()):
            return False  # "the agreement in force", "l'accord en question": no complement
        return read_link(reader, folded, match.end())
    if reader.previous == "link" and (date := vocab.date.match(reader.text, match.start())):
        return _dated_by(reader, date)
    if _year_before_subject(reader, match):
        return True
    if _year_names(reader, match):
        return True
    if len(word) == 4 and word.isdigit() and vocab.range_rest.match(reader.text, match.end()):
        # "… pour les années 2026 à 2029": a period, read by ``_period_after``.
        return False
    if ends_before(reader, match, word, folded):
        return False
    if word[0].isdigit() and ORDINAL.fullmatch(word) is None:  # "the 12th Meeting": no period
        reader.period = reader.period or word
        reader.period_next = reader.period_next or reader.previous == "head"
    _note_word(reader, word, folded)
    place = place_first(reader, match, folded)
    reader.place = reader.place or place
    if reader.previous == "link":
        reader.complement = True
        reader.proper = reader.proper or word[0].isupper()
        if (reader.first_capital is None or reader.subject_opened) and word[0].isalpha():
            reader.first_capital = word[0].isupper()
            reader.first_word = match.start()
            reader.subject_opened = False
    reader.end = reader.position = match.end()
    reader.previous = "word"
    # "accord de Paris", "accords de Minsk": a place right after the head ends the name,
    # unless a complement follows ("Convention d'Ottawa sur l'interdiction des mines …").
    if place:
        return complement_follows(reader)
    return True


def _opens_gerund(reader: Reader, folded: str, end: int) -> bool:
    """Whether the word opens a gerund: « en » before a present participle (« en veillant »)."""
    language = reader.vocab.language
    if folded not in function_words("gerund_markers", language):
        return False
    after = next_token(reader.text, end)
    if after is None:
        return False
    word = after.group().casefold()
    endings = person_words("clause_participle_endings", language)
    return len(word) >= _GERUND_LETTERS and word.endswith(endings)


def _plural_after_singular(reader: Reader, folded: str) -> bool:
    """Whether a plural adjective link follows a singular head, agreeing with another noun.

    « les principales dispositions de l'accord relatives aux arrangements … »: "relatives"
    is the provisions', not the agreement's (``plural_links``, "relatifs", "relatives"); so
    after a singular word of the name (« de l'Accord de Valmont relatives … »), not after a
    plural one, which it qualifies (« l'accord sur les mesures relatives à … »).
    """
    if folded not in function_words("plural_links", reader.vocab.language):
        return False
    plural = tuple(function_words("plural_endings", reader.vocab.language))
    for end in {reader.head_end, reader.end}:
        found = LAST_WORD.search(reader.text, max(0, end - _HEAD_REACH), end)
        if found is None:
            return False
        word = found.group(1)
        # a place's or a name's final s is no plural (« l'Accord de Paris relatives … »)
        proper = end != reader.head_end and word[0].isupper()
        if not proper and word.casefold().endswith(plural):
            return False
    return True


def _new_clause(reader: Reader, word: str, folded: str) -> bool:
    """Whether the word opens a new clause, which ends the name before it.

    A finite verb after the head or a word ("l'accord prévoit …", "l'accord ne …"), a
    pronoun or a verb after "et"/"and" ("… 2025-2030 et nous engageons …", "… and calls on
    partners"), a possessive after "et" ("la charte de l'Union et leur attachement …") unless
    it coordinates parties ("entre l'Union et ses États membres").
    """
    vocab = reader.vocab
    after_link = reader.previous == "link"
    if after_link and reader.link not in function_words("coordinators"):
        return False
    # A capitalised word is a title's ("Agreement on Data Sets"), not a verb.
    if word[0].islower() and (folded in vocab.clause_verbs or folded in vocab.clause_openers):
        return True
    if after_link and folded.endswith(_POSSESSIVE_ENDINGS):
        return True  # "the Charter of the United Nations and Ruritania's Arctic Strategy"
    parties = bool(reader.links_read & vocab.party_links)
    return after_link and folded in vocab.anaphoric and not parties


def _past_parties(reader: Reader, start: int, word: str, folded: str) -> bool:
    """Whether a lower-case word after the parties' names ends the name.

    "an agreement with Orlan took place", "the MoU between Valmont and Norland was hailed":
    where adjectives come before their noun (English), the parties' capitalised names end
    at the first lower-case word that is no link. (French names lower-case adjectives after
    their noun: « avec l'Union européenne ».)
    """
    vocab = reader.vocab
    if (
        not vocab.head_last
        or reader.parties is None
        or reader.previous != "word"
        or not word[:1].islower()
        or folded in vocab.links
    ):
        return False
    words = reader.text[reader.parties : start].split()[1:]  # past the link itself
    return all(w[:1].isupper() or phrase_key(w) in vocab.links for w in words)


def _noun_here(reader: Reader, folded: str, end: int) -> bool:
    """Whether a noun link is a noun here: no link after it ("on mutual respect", « sur le cadre »).

    "with respect to", « dans le cadre de »: before a link it links (``noun_links``).
    """
    if folded not in reader.vocab.noun_links:
        return False
    after = next_token(reader.text, end)
    return after is None or phrase_key(after.group()) not in reader.vocab.links


def _plural_possessive(folded: str) -> bool:
    """Whether a word ending in an apostrophe is a plural possessive ("ministers'"), no elision."""
    return len(folded) > _ELISION_LENGTH and folded.endswith("s'")


def _year_before_subject(reader: Reader, match: re.Match[str]) -> bool:
    """Cut a year between the head and its subject: "l'Accord de 2006 sur la pêche".

    The year dates the instrument, as "the 2006 Agreement on …" does in English; the name
    goes on with its subject ("accord sur la pêche"). The head's adjective may come first
    and stays (« l'Accord international de 2006 sur les bois tropicaux »).
    """
    word = match.group()
    if len(word) != 4 or not word.isdigit() or reader.previous != "link":
        return False
    words = list(_SPACED_WORD.finditer(reader.text, reader.head_end, match.start()))
    link = words[-1].group(1).replace("’", "'") if words else ""
    if link.casefold() not in reader.vocab.date_links:
        return False
    adjectives = [found.group(1) for found in words[:-1]]
    if adjectives and link.casefold() not in reader.vocab.date_name_links:
        return False  # « l'Accord révisé en 2019 sur … »: a participle and its event's year
    if len(adjectives) > _MAX_ADJECTIVES or any(
        not adjective.replace("-", "").isalpha() or adjective.casefold() in reader.vocab.links
        for adjective in adjectives
    ):
        return False
    after = next_token(reader.text, match.end())
    if after is None or phrase_key(after.group()) not in reader.vocab.complement_links:
        return False
    reader.cuts.append((words[-1].start(), match.end()))
    reader.position, reader.previous = match.end(), "head"
    reader.links_read.clear()
    return True


def _year_names(reader: Reader, match: re.Match[str]) -> bool:
    """A year alone after a capitalised head and its link names it: « la Déclaration de 1991 ».

    The year tells which declaration, as "the 1991 Joint Declaration" does in English; a
    head in lower case (« le plan de 2001 ») is a plan of that year. The name reads on (« la
    Déclaration de 1991 sur la coopération »); a period (« de 2026 à 2028 ») is read as one.
    """
    word = match.group()
    if not (reader.title and len(word) == 4 and word.isdigit() and reader.previous == "link"):
        return False
    if reader.end != reader.head_end or reader.link not in reader.vocab.date_name_links:
        return False
    if reader.vocab.range_rest.match(reader.text, match.end()):
        return False  # « le Protocole de 2026 à 2028 »: a period, read as one
    reader.end = reader.position = match.end()
    reader.complement = True
    reader.previous = "word"
    return True


def _dated_by(reader: Reader, date: re.Match[str]) -> bool:
    """A date after a link ends the name ("… of August 2019", "… on Jan. 1").

    Right after the head it is the name of an instrument that has no other ("l'accord-cadre
    du 6 avril 2012"). Returns False: the name ends with the date or before its link.
    """
    if reader.end == reader.head_end and reader.link in reader.vocab.date_name_links:
        reader.end = reader.position = date.end()
        reader.complement = True
        reader.previous = "word"
    return False


def _note_word(reader: Reader, word: str, folded: str) -> None:
    """Record what a word right after the head says: a title word, a shared adjective."""
    if reader.previous != "head":
        return
    reader.titled = reader.titled or word[0].isupper()
    reader.joint = reader.joint or folded in reader.vocab.joint or bool(_DEMONYMS.fullmatch(folded))


def _noun_after_article(reader: Reader) -> bool:
    """Whether a stop word after an article is a noun: "relatif à la mise en valeur des …".

    Not after a coordinator: "… et l'Iran et à la mise en œuvre de …" goes on with
    something else than the name.
    """
    return (
        reader.previous == "link"
        and reader.link in reader.vocab.definite
        and reader.complement is False
        and not reader.coordinated
    )
