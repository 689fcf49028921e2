"""Whether the parties after an instrument's name belong to it.

"the Youth Mobility Arrangement between Canada and Senegal", "le protocole d'accord relatif
à … entre le Royaume de … et la République de …": a descriptive title needs its parties to
name one instrument. "the Moana Treaty between Fiji and Japan", "the NORDIC security pact
with Canada", "l'accord de Doha entre …": a proper name (a place, a person, a coined word,
an acronym) names it alone, and the parties end the name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.letters import CAPITAL
from communique.patterncache import compile_pattern
from communique.wordtrie import phrase_key

if TYPE_CHECKING:
    from communique.extract.name_extent import NameExtent
    from communique.lexicon.agreements import AgreementVocabulary

__all__ = ["proper_word", "without_parties"]

_WORD: Final = compile_pattern(r"[^\W\d_](?:[\w'’.–-]*\w)?")
_ELIDED: Final = compile_pattern(r"^[dlDL]['’]")
_PARENTHESES: Final = compile_pattern(r"\([^()]*\)")
_CAPITALISED: Final = compile_pattern(rf"(?<!\w){CAPITAL}[\w'’.-]*")


def without_parties(
    text: str, start: int, head: tuple[int, int], extent: NameExtent, vocab: AgreementVocabulary
) -> NameExtent:
    """The extent ending before its parties when the name is a proper one, else ``extent``.

    Args:
        text: the reading unit.
        start: where the mention starts (its title, in English, stands before the head).
        head: where the head starts and ends.
        extent: what was read after the head.
        vocab: the instrument vocabulary of the text's language.
    """
    parties = extent.parties
    if parties is None or not _proper_name(text, start, head, extent, vocab):
        return extent
    head_end = head[1]
    end = parties
    while end > head_end and text[end - 1] in " \t\n,":
        end -= 1
    acronym = extent.acronym if extent.acronym is not None and extent.acronym[1] < end else None
    translation = extent.translation
    return attrs.evolve(
        extent,
        end=end,
        acronym=acronym,
        translation=translation if translation is not None and translation[1] < end else None,
        cuts=tuple(cut for cut in extent.cuts if cut[1] <= end),
        inner_titles=tuple(inner for inner in extent.inner_titles if inner < end),
        parties=None,
    )


def _proper_name(
    text: str, start: int, head: tuple[int, int], extent: NameExtent, vocab: AgreementVocabulary
) -> bool:
    """Whether a proper word titles the name: before the head, or as its place after it.

    "the Moana Treaty", "the NORDIC security pact", "Treaty of Rome", "accord de Doha"; the
    words of a subject ("… on Cooperation in the Field of Agriculture") say nothing.
    """
    title = _PARENTHESES.sub(" ", text[start : head[0]])
    if any(proper_word(word, vocab) for word in _WORD.findall(title)):
        return True
    if extent.parties is None or not (extent.place or extent.titled):
        return False
    after = _CAPITALISED.search(text, head[1], extent.parties)
    return after is not None and proper_word(after.group(), vocab)


def proper_word(word: str, vocab: AgreementVocabulary) -> bool:
    """Whether a capitalised word of a title is a proper name or an acronym.

    A word of descriptive titles ("Trade", "Partenariat"), a head, a link or a generic title
    word ("Final", "Implementation") is none.
    """
    word = _ELIDED.sub("", word)
    parts = re.split(r"[-–]", word)
    for index, part in enumerate(parts):
        if len(part) > 1 and part.isupper():
            return True  # an acronym: "NORDIC", "EU-Australia"
        if index + 1 < len(parts) and parts[index + 1][:1].islower():
            continue  # a prefix before a common word: "Co-operation", "Counter-terrorism"
        key = phrase_key(part)
        if not part[:1].isupper() or key in vocab.descriptive or key in vocab.heads:
            continue
        if key in vocab.generic_titles or key in vocab.joint:
            continue
        if key in vocab.links or key in vocab.title_links or key in vocab.definite:
            continue
        return True
    return False
