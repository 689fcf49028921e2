"""Two instruments named by one plural mention, each by its place.

« les communiqués de Vienne et de Munich », "the Vienna and Munich communiqués": a plural
head with two proper complements coordinated names two instruments, the Vienna communiqué
and the Munich one. Each is its own instrument (an analyst cites them apart), found at the
one mention that names both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.lexicon.agreements import agreement_words
from communique.wordtrie import phrase_key

if TYPE_CHECKING:
    from communique.lexicon.agreements import AgreementVocabulary

__all__ = ["paired_names"]


def paired_names(
    name: str, head_form: str, singular: str, vocab: AgreementVocabulary
) -> tuple[str, str] | None:
    """The two instruments' names when ``name`` coordinates two proper complements.

    ``name`` is the mention's name as read ("communiqués de Vienne et de Munich", "Vienna
    and Munich communiqués"), ``head_form`` the head as written, ``singular`` its singular.
    A singular head names one instrument: "la Déclaration de Paris et de Lomé" is left whole.

    >>> from communique.lexicon.agreements import agreement_vocabulary
    >>> fr = agreement_vocabulary("fr")
    >>> paired_names("communiqués de Valmont et de Brest", "communiqués", "communiqué", fr)
    ('communiqué de Valmont', 'communiqué de Brest')
    >>> paired_names("accords d'Alger et de Lomé", "accords", "accord", fr)
    ("accord d'Alger", 'accord de Lomé')
    >>> paired_names("communiqués de Valmont et de la région", "communiqués", "communiqué", fr)
    >>> en = agreement_vocabulary("en")
    >>> paired_names("Valmont and Brest communiqués", "communiqués", "communiqué", en)
    ('Valmont communiqué', 'Brest communiqué')
    """
    if phrase_key(head_form) == phrase_key(singular):
        return None
    words = name.split()
    folded = [phrase_key(word) for word in words]
    # The name keeps the plural head after it, and may write it singular before it.
    for head in (phrase_key(head_form).split(), phrase_key(singular).split()):
        if folded[: len(head)] == head:
            return _after_head(words[len(head) :], singular, vocab)
        if folded[-len(head) :] == head:
            return _before_head(words[: -len(head)], singular)
    return None


def _after_head(
    words: list[str], singular: str, vocab: AgreementVocabulary
) -> tuple[str, str] | None:
    """« de Vienne et de Munich » → the two complements, each with its link."""
    halves = _halves(words)
    if halves is None:
        return None
    parts = [_complement(part, vocab) for part in halves]
    if parts[0] is None or parts[1] is None:
        return None
    return f"{singular} {parts[0]}", f"{singular} {parts[1]}"


def _complement(words: list[str], vocab: AgreementVocabulary) -> str | None:
    """A link and a proper name ("de Vienne", "d'Alger"), or None."""
    if not words:
        return None
    elided, mark, glued = words[0].replace("’", "'").partition("'")
    # "d'Alger": the link glued to the name
    link, proper = (f"{elided}'", [glued, *words[1:]]) if mark else (elided, words[1:])
    if phrase_key(link) not in vocab.links or not proper:
        return None
    return " ".join(words) if all(word[:1].isupper() for word in proper) else None


def _before_head(words: list[str], singular: str) -> tuple[str, str] | None:
    """The two proper names before the head: "Vienna and Munich"."""
    halves = _halves(words)
    if halves is None:
        return None
    first, second = halves
    if not first or not second or not all(w[:1].isupper() for w in (*first, *second)):
        return None
    if any("," in word for word in first):
        return None  # "Lisbon, Oslo and Rome declarations": three, not read here
    return f"{' '.join(first)} {singular}", f"{' '.join(second)} {singular}"


def _halves(words: list[str]) -> tuple[list[str], list[str]] | None:
    """The words on either side of the one coordinator among ``words`` ("et", "and")."""
    coordinators = agreement_words("coordinators")
    splits = [i for i, word in enumerate(words) if phrase_key(word) in coordinators]
    if len(splits) != 1:
        return None
    return words[: splits[0]], words[splits[0] + 1 :]
