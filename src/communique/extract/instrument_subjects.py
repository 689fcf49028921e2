"""Instruments a plural head names one per subject it lists.

"The two countries signed Memoranda of Understanding in the areas of Cultural Cooperation,
Health Cooperation and Tourism", « ont signé des accords dans les domaines de la santé, du
commerce et du tourisme »: a plural head signed over a list of subjects names one
instrument per subject, each cited apart ("the memorandum of understanding on health
cooperation"). Each is found at the one mention that names them all, named by the head in
the singular, the words before the list and its own subject.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

from communique.lexicon.agreements import agreement_words
from communique.patterncache import compile_pattern
from communique.wordtrie import alternation, phrase_key

if TYPE_CHECKING:
    from communique.lexicon.agreements import AgreementVocabulary

__all__ = ["listed_after", "subject_names"]

_MAX_SUBJECT_WORDS: Final = 12
"""Words at most of one listed subject ("the establishment of a cultural centre in …")."""
_WORD: Final = compile_pattern(r"[^\W\d_]+['’]?")
_SENTENCE_STOP: Final = compile_pattern(r"[.;:!?](?:\s|$)|\n")
"""Where a listed subject's sentence or clause ends."""


def subject_names(
    name: str, singular: str, vocab: AgreementVocabulary, head_form: str = ""
) -> tuple[str, ...] | None:
    """The instruments' names when ``name`` lists two subjects or more after a subject link.

    ``name`` is the mention's name, its head in the singular or as written (``head_form``,
    "Memoranda of Understanding on …"); ``singular`` the head in the singular.

    >>> from communique.lexicon.agreements import agreement_vocabulary
    >>> en = agreement_vocabulary("en")
    >>> subject_names("memorandum on health, on trade and on tourism", "memorandum", en)
    ('memorandum on health', 'memorandum on trade', 'memorandum on tourism')
    >>> fr = agreement_vocabulary("fr")
    >>> subject_names("accord de coopération dans les domaines de la santé, du commerce et du "
    ...               "tourisme", "accord", fr)[1]
    'accord de coopération dans les domaines du commerce'
    >>> subject_names("accord sur le commerce entre l'Orlan et le Norland", "accord", fr) is None
    True
    """
    heads = [form for form in (singular, head_form) if form]
    written = next((f for f in heads if name.casefold().startswith(f.casefold() + " ")), None)
    if written is None:
        return None
    complement = name[len(written) + 1 :]
    link = _subject_link(vocab.language).search(complement)
    if link is None:
        return None
    lead, listed = complement[: link.end()].rstrip(), complement[link.end() :].strip()
    parts = _subjects(listed, vocab.language)
    if parts is None:
        return None
    bare_lead = lead[: len(lead) - len(link.group().split()[-1])].rstrip()
    repeats = {phrase_key(word) for word in agreement_words("subject_repeats", vocab.language)}
    names = []
    for index, part in enumerate(parts):
        first = _WORD.match(part)
        own_link = index > 0 and first is not None and phrase_key(first.group()) in repeats
        words = (singular, bare_lead, part) if own_link else (singular, lead, part)
        names.append(" ".join(word for word in words if word))
    return tuple(names)


def listed_after(text: str, end: int, singular: str, vocab: AgreementVocabulary) -> str | None:
    """The head and the list of subjects its name stopped before, up to the sentence's end.

    "signed Memoranda of Understanding in the areas of Cultural Cooperation, Health
    Cooperation and …": an English title-case name ends before "in"; the list after it is
    the plural head's all the same.

    >>> from communique.lexicon.agreements import agreement_vocabulary
    >>> listed_after("signed MoUs in the areas of Health, Trade and Tourism. Then", 11,
    ...              "memorandum", agreement_vocabulary("en"))
    'memorandum in the areas of Health, Trade and Tourism'
    """
    link = (
        _subject_link(vocab.language).match(text, end + 1) if text[end : end + 1] == " " else None
    )
    if link is None:
        return None
    stop = _SENTENCE_STOP.search(text, link.end())
    return f"{singular} {text[link.start() : stop.start() if stop else len(text)].strip()}"


def _subjects(listed: str, language: str) -> list[str] | None:
    """The subjects of a list ("A, B and C", "on A and on B"), or None if it lists none.

    Without a comma, the one coordinator splits only before a subject that opens on its own
    link ("on health and on trade"): "trade and investment" is one subject.
    """
    coordinators = agreement_words("coordinators", language)
    joiner = rf"\s+(?:{alternation(coordinators)})\s+"
    pieces = [piece.strip() for piece in listed.split(",")]
    if len(pieces) > 1:
        last = re.split(joiner, pieces[-1], maxsplit=1, flags=re.I)
        tail = re.sub(rf"^(?:{alternation(coordinators)})\s+", "", pieces[-1], flags=re.I)
        pieces = [*pieces[:-1], *(last if len(last) == 2 else [tail])]
    else:
        halves = re.split(joiner, listed, flags=re.I)
        if len(halves) != 2 or not _opens_on_link(halves[1], language):
            return None  # "on trade and investment": one subject
        pieces = halves
    stops = {phrase_key(word) for word in agreement_words("subject_stops", language)}
    if len(pieces) < 2 or any(not piece for piece in pieces):
        return None
    for piece in pieces:
        words = [phrase_key(word) for word in _WORD.findall(piece)]
        if len(words) > _MAX_SUBJECT_WORDS or stops.intersection(words):
            return None
    return pieces


def _opens_on_link(text: str, language: str) -> bool:
    first = _WORD.match(text)
    links = agreement_words("subject_links", language)
    return first is not None and any(
        phrase_key(text).startswith(phrase_key(link) + " ") for link in links
    )


@functools.cache
def _subject_link(language: str) -> re.Pattern[str]:
    """The first subject link of a complement ("in the areas of", « dans les domaines de »)."""
    links = sorted(agreement_words("subject_links", language), key=len, reverse=True)
    pattern = "|".join(r"\s+".join(re.escape(word) for word in link.split()) for link in links)
    return compile_pattern(rf"(?i)(?<!\w)(?:{pattern})(?=\s)")
