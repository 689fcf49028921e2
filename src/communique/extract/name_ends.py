"""Whether a name ends before a word that is no link: a verb, a participle, a day, a count."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from communique.extract.inner_instruments import article_of_title, ends_name
from communique.extract.name_coordination import coordinate_ends, lower_after_proper
from communique.extract.name_tokens import (
    BLANKS,
    CAPITALISED_NEXT,
    ORDINAL,
    PERIOD,
    function_words,
    next_token,
)
from communique.gazetteer import gazetteer
from communique.patterncache import compile_pattern
from communique.wordtrie import phrase_key

if TYPE_CHECKING:
    from communique.extract.name_extent import Reader
    from communique.lexicon.agreements import AgreementVocabulary

__all__ = ["ends_before"]

_ADJECTIVE_REACH: Final = 30
"""Characters before a lower-case word searched for the state's adjective closing a name."""
_PAIR_REACH: Final = 60
"""Characters before a participle searched for the noun and adjective it is coordinated with."""
_PART_NUMBER: Final = compile_pattern(r"\d{1,3}")
_LAST_WORD: Final = compile_pattern(r"(\w+)\s+$")
_PART_REACH: Final = 24


def ends_before(reader: Reader, match: re.Match[str], word: str, folded: str) -> bool:
    """Whether the name ends before this word (not a link)."""
    vocab = reader.vocab
    if vocab.head_last and reader.previous == "head" and not word[0].isdigit():
        return True  # "the agreement internationally": English names end at the head
    if reader.previous == "head" and folded in vocab.head_stops:
        return True  # « le communiqué sans plus de détails »
    if (
        vocab.head_last
        and reader.title
        and reader.previous != "head"
        and word[0].islower()
        and not (reader.purpose and reader.open_purpose)
        and not (reader.previous == "link" and article_of_title(reader, match, folded))
    ):
        # A title's complement is capitalised: "Good Friday Agreement to the …", "Vision 2030
        # guides …"; a purpose after a head without a proper title is not ("the AU Roadmap
        # for the resolution of …").
        return True
    if reader.previous == "link" and ends_name(reader, match, folded):
        return True
    if reader.previous == "link" and coordinate_ends(reader, match):
        return True
    if lower_after_proper(reader, word):
        return True
    if _verb_before_object(reader, match, word):
        return True
    if _after_demonym(reader, match, word):
        return True
    after_coordinator = reader.previous == "link" and reader.link in function_words("coordinators")
    if (
        (word[0].islower() or reader.previous == "head")
        and (reader.previous != "link" or after_coordinator)
        and _is_participle(folded, vocab)
        # "le plan harmonisé pour la neutralisation …": an adjective before a purpose
        and not (reader.previous == "head" and _purpose_after(reader, match))
        and not _adjective_in_complement(reader, match)
        and not _coordinated_adjective(reader, match, folded)
    ):
        return True  # "la feuille de route définie …", "Protocole Arrivé à terme"
    if _numbered_part(reader, match):
        return False  # "relative à la ligne 5 du tramway", "for Phase 2 of the Project"
    if _numbered_meeting(reader, match):
        return False  # "Joint Communiqué of the 12th Trade Ministers' Meeting"
    if folded in vocab.date_links and folded not in vocab.links and _digit_after(reader, match):
        return True  # « un accord universel dès 2020 », "since 2015": a time, no name's word
    # A day, a count, the year of an event are no part of a name.
    return word[0].isdigit() and (not PERIOD.fullmatch(word) or _event_year(reader, word))


def _digit_after(reader: Reader, match: re.Match[str]) -> bool:
    """Whether the word after ``match`` opens with a digit (a year, a day)."""
    after = next_token(reader.text, match.end())
    return after is not None and after.group()[:1].isdigit()


def _after_demonym(reader: Reader, match: re.Match[str], word: str) -> bool:
    """Whether a lower-case word follows a state's adjective closing the complement.

    "l'accord sur le programme spatial libyen progresse": the adjective of a state ends its noun
    phrase, and the verb after it is the sentence's, not the name's.
    """
    if reader.vocab.head_last or reader.previous != "word" or not word[0].islower():
        return False
    before = _LAST_WORD.search(reader.text, max(0, match.start() - _ADJECTIVE_REACH), match.start())
    if before is None:
        return False
    return phrase_key(before.group(1)) in gazetteer(reader.vocab.language).adjectives


def _numbered_part(reader: Reader, match: re.Match[str]) -> bool:
    """Whether a short number numbers the part of a project named right before it."""
    if reader.previous == "link" or _PART_NUMBER.fullmatch(match.group()) is None:
        return False
    before = _LAST_WORD.search(reader.text, max(0, match.start() - _PART_REACH), match.start())
    return before is not None and before.group(1).casefold() in function_words("numbered_parts")


def _numbered_meeting(reader: Reader, match: re.Match[str]) -> bool:
    """Whether an ordinal in digits after an article opens a capitalised meeting's name.

    "the Declaration of the 5th Valmont Summit", "le communiqué de la 27e Session
    ordinaire": the outcome document of that meeting, named with its number. Only after a
    capitalised head or an outcome document's head: "the agreement of the 9th Trade
    Ministers' Meeting to open …" is their consent.
    """
    if not (reader.title or reader.outcome):
        return False
    if reader.previous != "link" or reader.link not in reader.vocab.definite:
        return False
    ordinal = ORDINAL.fullmatch(match.group())
    if ordinal is None or ordinal.group(2).casefold() not in function_words("ordinal_endings"):
        return False
    if CAPITALISED_NEXT.match(reader.text, match.end()) is not None:
        return True
    # After a head in lower case, the meeting may be too: "de la 27e session ordinaire".
    return reader.outcome and not reader.title


def _purpose_after(reader: Reader, match: re.Match[str]) -> bool:
    """Whether words opening a purpose follow the word ``match``."""
    position = BLANKS.match(reader.text, match.end()).end()  # type: ignore[union-attr]
    return reader.vocab.purpose_opener.match(reader.text, position) is not None


def _verb_before_object(reader: Reader, match: re.Match[str], word: str) -> bool:
    """Whether a lower-case word outside a complement is a verb (opening its object).

    "la feuille de route fixe plusieurs objectifs", "le plan conjoint vise les jeunes", "…
    permettra d'accueillir".
    """
    if reader.previous == "link" or not word[0].islower():
        return False
    if len(word) > 4 and word.endswith(reader.vocab.verb_endings):
        return True  # "… permettra d'accueillir", "… renforcera"
    after = next_token(reader.text, match.end())
    if after is None or after.group().replace("’", "'").casefold() not in reader.vocab.object_words:
        return False
    # "… de l'Afrique centrale le 24 février 2000": an article before a day is no object.
    following = next_token(reader.text, after.end())
    return following is None or not following.group()[0].isdigit()


def _event_year(reader: Reader, word: str) -> bool:
    """A lone year after "in"/"en" dates an event ("agreement in 2012"), not the name."""
    return reader.previous == "link" and reader.link in reader.vocab.date_links and len(word) == 4


def _adjective_in_complement(reader: Reader, match: re.Match[str]) -> bool:
    """Whether a participle inside a complement qualifies its noun ("gestion concertée des …").

    A link of its own follows it, and the complement goes on: "relatif à la gestion
    concertée des ressources"; "l'accord sur la pêche signé le …" ends (a status word).
    """
    if reader.previous != "word" or not reader.complement:
        return False
    after = next_token(reader.text, match.end())
    return after is not None and phrase_key(after.group()) in reader.vocab.adjective_links


def _coordinated_adjective(reader: Reader, match: re.Match[str], folded: str) -> bool:
    """Whether a participle is coordinated with an adjective that qualifies the same noun.

    « pour des migrations sûres, ordonnées et régulières »: after a comma or a coordinator,
    a plural participle goes on with the plural adjective that follows the noun before it;
    « l'accord sur la pêche, signé … » (a noun after its article, then the status) and
    « sur les pêches durables, signé … » (a singular status) end. English puts its
    adjectives before the noun.
    """
    vocab = reader.vocab
    if vocab.head_last or not reader.complement or not _plural(folded, vocab):
        return False
    pair = _ADJECTIVE_PAIR.search(reader.text, max(0, match.start() - _PAIR_REACH), match.start())
    if pair is None:
        return False
    noun, adjective, coordinator = pair.groups()
    if coordinator is not None and phrase_key(coordinator) not in function_words("coordinators"):
        return False
    if not adjective[0].islower() or _is_participle(adjective.casefold(), vocab):
        return False
    if phrase_key(noun) in vocab.links or phrase_key(adjective) in vocab.links:
        return False
    return _plural(adjective.casefold(), vocab)


def _plural(word: str, vocab: AgreementVocabulary) -> bool:
    """Whether a word ends as a plural does (« sûres », « ordonnées »)."""
    return word.endswith(tuple(function_words("plural_endings", vocab.language)))


_ADJECTIVE_PAIR: Final = compile_pattern(
    r"([^\W\d_][\w'’-]*)\s+([^\W\d_][\w'’-]*)\s*(?:,\s*|\s(\w+)\s+)$"
)
"""A noun, the adjective after it, then a comma or a coordinator ("migrations sûres, ")."""


def _is_participle(word: str, vocab: AgreementVocabulary) -> bool:
    if "-" in word or word in vocab.adjective_exceptions:
        return False
    return word.endswith(vocab.participle_endings) or word in vocab.participles
