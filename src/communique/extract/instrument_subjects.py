"""Instruments a plural head names one per subject it lists.

"The two countries signed Memoranda of Understanding in the areas of Culture, Health and
Tourism", « ont signé des accords dans les domaines de la santé, du commerce et du
tourisme »: a plural head signed over a list of subjects names one instrument per subject,
each cited apart ("the memorandum of understanding on health"). Each is found at the one
mention that names them all, named by the head in the singular, the words before the list
and its own subject.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.lexicon.agreements import agreement_words, folded_agreement_words
from communique.patterncache import compile_pattern
from communique.wordtrie import alternation, phrase_key

if TYPE_CHECKING:
    from communique.lexicon.agreements import AgreementVocabulary

__all__ = ["listed_after", "subject_names"]

_MAX_SUBJECT_WORDS: Final = 12
"""Words at most of one listed subject ("the establishment of a cultural centre in …")."""
_WORD: Final = compile_pattern(r"[^\W\d_]+['’]?")
_CLAUSE_STOP: Final = compile_pattern(r"[.;:!?](?:\s|$)|\n")
"""Where a listed subject's sentence or clause ends."""


@attrs.frozen
class _Words:
    """The subject lists' words of one language, read and compiled once."""

    link: re.Pattern[str]
    """A subject link ("in the areas of", « dans les domaines de »)."""
    joiner: re.Pattern[str]
    """A coordinator between two subjects (" and ")."""
    opening_coordinator: re.Pattern[str]
    """A coordinator opening the last piece of a list ("and Tourism" after an Oxford comma)."""
    ender: re.Pattern[str]
    """A comma and a word opening the next clause (", and agreed", ", which")."""
    coordinators: frozenset[str]
    """Coordinators between subjects ("and", « et »), case folded."""
    repeats: frozenset[str]
    """Words repeating the list's link before a later subject (``subject_repeats``)."""
    stops: frozenset[str]
    """Words naming parties inside a subject (``subject_stops``): no list."""
    plural_links: frozenset[str]
    """Links in the plural ("in the fields of"): their list has two subjects or more."""


@functools.cache
def _words(language: str) -> _Words:
    """The subject lists' words and patterns of ``language``, built once."""
    links = sorted(agreement_words("subject_links", language), key=len, reverse=True)
    link = "|".join(r"\s+".join(re.escape(word) for word in each.split()) for each in links)
    coordinators = alternation(agreement_words("coordinators", language))
    enders = alternation(agreement_words("subject_enders", language))
    return _Words(
        link=compile_pattern(rf"(?i)(?<!\w)(?:{link})(?=\s)"),
        joiner=compile_pattern(rf"(?i)\s+(?:{coordinators})\s+"),
        opening_coordinator=compile_pattern(rf"(?i)(?:{coordinators})\s+"),
        ender=compile_pattern(rf"(?i),\s+(?:{enders})(?!\w)\s*(?P<next>[^\W\d_]+)?"),
        coordinators=folded_agreement_words("coordinators", language),
        repeats=folded_agreement_words("subject_repeats", language),
        stops=folded_agreement_words("subject_stops", language),
        plural_links=folded_agreement_words("plural_subject_links", language),
    )


def subject_names(
    name: str, singular: str, vocab: AgreementVocabulary, head_form: str = ""
) -> tuple[str, ...] | None:
    """The instruments' names when ``name`` lists two subjects or more after a subject link.

    ``name`` is the mention's name, its head in the singular or as written (``head_form``,
    "Memoranda of Understanding on …"); ``singular`` the head in the singular. The link is
    the last one before the list's first comma ("on cooperation in the fields of A, B and
    C": the fields of each); a list that names an instrument itself is left whole.

    >>> from communique.lexicon.agreements import agreement_vocabulary
    >>> en = agreement_vocabulary("en")
    >>> subject_names("memorandum on health, on trade and on tourism", "memorandum", en)
    ('memorandum on health', 'memorandum on trade', 'memorandum on tourism')
    >>> subject_names("agreement on cooperation in the fields of health, education and culture",
    ...               "agreement", en)[2]
    'agreement on cooperation in the fields of culture'
    >>> fr = agreement_vocabulary("fr")
    >>> subject_names("accord de coopération dans les domaines de la santé, du commerce et du "
    ...               "tourisme", "accord", fr)[1]
    'accord de coopération dans les domaines du commerce'
    >>> subject_names("accord sur le commerce entre l'Orlan et le Norland", "accord", fr) is None
    True
    """
    words = _words(vocab.language)
    heads = [form for form in (singular, head_form) if form]
    written = next((f for f in heads if name.casefold().startswith(f.casefold() + " ")), None)
    if written is None:
        return None
    complement = name[len(written) + 1 :]
    comma = complement.find(",")
    links = [
        found for found in words.link.finditer(complement) if comma < 0 or found.end() <= comma
    ]
    if not links:
        return None
    plural = [found for found in links if _key(found) in words.plural_links]
    # the last link before the list's comma; without one, a link in the plural, else the first
    link = links[-1] if comma >= 0 else (plural[-1] if plural else links[0])
    lead, listed = complement[: link.end()].rstrip(), complement[link.end() :].strip()
    if vocab.head.search(lead) is not None:
        return None  # "on the implementation of the Kalvora Agreement on A, B …": its own
    several = _key(link) in words.plural_links
    parts = _subjects(listed, words, vocab, several=several)
    if parts is None:
        return None
    bare_lead = lead[: len(lead) - len(link.group().split()[-1])].rstrip()
    names = []
    for index, part in enumerate(parts):
        first = _WORD.match(part)
        own_link = index > 0 and first is not None and phrase_key(first.group()) in words.repeats
        parts_of_name = (singular, bare_lead, part) if own_link else (singular, lead, part)
        names.append(" ".join(word for word in parts_of_name if word))
    return tuple(names)


def listed_after(text: str, end: int, singular: str, vocab: AgreementVocabulary) -> str | None:
    """The head and the list of subjects its name stopped before, up to the list's end.

    "signed Memoranda of Understanding in the areas of Culture, Health and Tourism": an
    English title-case name ends before "in"; the list after it is the plural head's all
    the same. The list ends with its clause, or where a comma opens the next one (", and
    agreed to …", ", which …").

    >>> from communique.lexicon.agreements import agreement_vocabulary
    >>> en = agreement_vocabulary("en")
    >>> listed_after("signed MoUs in the areas of Health, Trade and Tourism. Then", 11,
    ...              "memorandum", en)
    'memorandum in the areas of Health, Trade and Tourism'
    >>> listed_after("signed MoUs in the areas of Health and Trade, and agreed to meet", 11,
    ...              "memorandum", en)
    'memorandum in the areas of Health and Trade'
    """
    words = _words(vocab.language)
    if text[end : end + 1] != " ":
        return None
    link = words.link.match(text, end + 1)
    if link is None:
        return None
    stop = _CLAUSE_STOP.search(text, link.end())
    high = stop.start() if stop else len(text)
    for ender in words.ender.finditer(text, link.end(), high):
        coordinator = phrase_key(ender.group().strip(", ").split()[0]) in words.coordinators
        still_open = words.joiner.search(text, link.end(), ender.start()) is None
        after = _CLAUSE_STOP.search(text, ender.end())
        piece = text[ender.end() : after.start() if after else high]
        if coordinator and still_open and vocab.head.search(piece) is None:
            continue  # "…, Trade, and Tourism": an Oxford comma before the last subject
        high = ender.start()  # "… and Tourism, and Orlan will host …", "…, which …"
        break
    return f"{singular} {text[link.start() : high].strip()}"


def _subjects(
    listed: str, words: _Words, vocab: AgreementVocabulary, *, several: bool = False
) -> list[str] | None:
    """The subjects of a list ("A, B and C", "on A and on B"), or None if it lists none.

    Without a comma, the one coordinator splits only before a subject that opens on its own
    link ("on health and on trade"), or after a link in the plural (``several``) before a
    repeated one (« dans les domaines de la santé et du tourisme »): "on trade and
    investment", "in the areas of Peace and Security" are one subject. A subject that
    holds an instrument's head ("the Kalvora Agreement on Fisheries") names an instrument
    of its own: the list is left whole.
    """
    pieces = [piece.strip() for piece in listed.split(",")]
    if len(pieces) > 1:
        last = words.joiner.split(pieces[-1], maxsplit=1)
        if len(last) == 2:
            pieces = [*pieces[:-1], *last]
        else:  # "…, Trade, and Tourism": an Oxford comma before the last subject
            pieces = [*pieces[:-1], words.opening_coordinator.sub("", pieces[-1], count=1)]
    else:
        halves = words.joiner.split(listed)
        repeated = several and len(halves) == 2 and _repeats_link(halves[1], words)
        if not repeated and (len(halves) != 2 or not _opens_on_link(halves[1], words)):
            return None  # "on trade and investment", "in the areas of Peace and Security"
        pieces = halves
    if len(pieces) < 2 or any(not piece for piece in pieces):
        return None
    for piece in pieces:
        found = [phrase_key(word) for word in _WORD.findall(piece)]
        if len(found) > _MAX_SUBJECT_WORDS or words.stops.intersection(found):
            return None
        if vocab.head.search(piece) is not None:
            return None
    return pieces


def _key(link: re.Match[str]) -> str:
    """A link as written, its spaces made single and case folded ("in the  Fields of")."""
    return phrase_key(" ".join(link.group().split()))


def _repeats_link(text: str, words: _Words) -> bool:
    """Whether a second subject opens on a repeated link (« du tourisme », "on tourism")."""
    first = _WORD.match(text)
    return first is not None and phrase_key(first.group()) in words.repeats


def _opens_on_link(text: str, words: _Words) -> bool:
    """Whether a subject opens on a subject link of its own ("on trade", « sur le tourisme »)."""
    link = words.link.match(text)
    return link is not None
