"""Whose office a name after an aide's office or a style holds: the principal's, the one served."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from communique.extract.person_constructions import Found, Role, Taken
from communique.extract.role_heads import RoleMatch
from communique.lexicon.persons import person_words
from communique.wordtrie import phrase_key

if TYPE_CHECKING:
    from communique.lexicon.persons import PersonVocabulary

__all__ = ["office_before_style", "principal_role", "served_title"]

_LINK_WORDS: Final = 2
"""Words between an aide's office and the principal's: a link and its article ("du", "de la")."""


def principal_role(text: str, role: Role, name_start: int, vocab: PersonVocabulary) -> Role:
    """The principal's office when an aide's names the principal before an apposed name.

    "par le Porte-parole du Secrétaire général de l'ONU, M. X": X, after a comma, is the
    Secretary-General (``principal_aides``: the aide's office with the principal's), whose
    office runs to the end of the phrase; a name glued to the office keeps it.
    """
    if not vocab.principal_aides or "," not in text[role.end : name_start]:
        return role
    inner = vocab.role.search(text, role.head_end, role.end)
    if inner is None or len(text[role.head_end : inner.start()].split()) > _LINK_WORDS:
        return role
    if phrase_key(f"{role.head}{text[role.head_end : inner.end()]}") not in vocab.principal_aides:
        return role  # "le Porte-parole du Gouvernement, M. X" is the spokesperson
    return Role(inner.start(), inner.end(), role.end, inner.group())


def served_title(text: str, role: Role, name_start: int, vocab: PersonVocabulary) -> Role | None:
    """The title of the principal an aide's office names right before a name, or None.

    "l'émissaire du Président X", "the Spokesperson for UN Secretary-General X", "an adviser
    to President X", « un émissaire du Président algérien X »: the capitalised title glued to
    the name (maybe past a state's adjective) is the name's own, the aide
    goes unnamed. In English an article before that title makes it the aide's complement
    ("the Spokesperson for the Secretary-General X" names the spokesperson).
    """
    inner = None
    for found in vocab.role.finditer(text, role.head_end, name_start):
        inner = found
    if inner is None or not inner.group()[0].isupper():
        return None
    # "l'émissaire du Président algérien X": a word in lower case (a state's adjective) may
    # stand between the title and the name.
    between = text[inner.end() : name_start].split()
    if len(between) > 1 or (between and not (between[0].isalpha() and between[0].islower())):
        return None  # « du Président algérien, Karl Lirov, porteur … »: the aide's name
    link = text[role.head_end : inner.start()].split()
    if not link or len(link) > _LINK_WORDS or link[0].casefold() not in vocab.complement_links:
        return None
    words = [word.casefold() for word in link[1:]]
    if (
        any(word in person_words("articles") for word in words)
        and not vocab.principal_after_article
    ):
        return None
    end = inner.end() + len(text[inner.end() : name_start].rstrip()) if between else inner.end()
    return Role(inner.start(), inner.end(), end, inner.group())


def office_before_style(
    text: str, style: RoleMatch, vocab: PersonVocabulary, taken: Taken
) -> Found | None:
    """The office apposed before a title worn as a style ("le Commissaire …, l'Ambassadeur X").

    A title of courtesy before a name (``courtesy_titles``: "Ambassadeur") says less than
    the office that a comma joins to it; that office, read with no holder, is the role.
    """
    if style.head.casefold() not in vocab.courtesy_titles:
        return None
    comma = text.rfind(",", 0, style.start)
    if comma < 0 or text[comma + 1 : style.start].strip():
        return None
    return taken.office_ending(comma)
