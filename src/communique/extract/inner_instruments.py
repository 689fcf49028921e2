"""The word after a link in a name: an end of it, or another instrument the name runs through."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from communique.extract.name_tokens import LAST_WORD, TOKEN, function_words, next_token
from communique.patterncache import compile_pattern
from communique.wordtrie import phrase_key

if TYPE_CHECKING:
    from communique.extract.name_extent import Reader
    from communique.lexicon.agreements import AgreementVocabulary

__all__ = ["article_of_title", "ends_name", "object_before"]

_NUMBER_NEXT: Final = compile_pattern(r"[ \t]*(?:(?i:n[o°º]|nr)\.?[ \t]*)?\d")
"""A number right after a head ("Resolution 2231", "résolution n° 2231")."""
_ACRONYM_NEXT: Final = compile_pattern(r"[^.;()\n]{0,80}\([ \t]*([A-Z][A-Z0-9-]+)[ \t]*\)")
"""An acronym in brackets closing a name in the words after a head ("… global (RCEP)")."""
_SELF_NAMING: Final = frozenset({"none", "complement"})
"""What heads need that name an instrument with a mere complement ("accord de Paris")."""
_COUNT_DIGITS: Final = 2
"""Digits of a count of instruments ("et 2 mémorandums"); four make a year ("et 2018")."""
_LINK_WORD: Final = compile_pattern(r"\s+([^\W\d_]+['’]?)\s*")
"""A word after a head, and the space after it ("du ", "d'")."""
_OBJECT_REACH: Final = 48


def ends_name(reader: Reader, match: re.Match[str], folded: str) -> bool:
    """Whether the word after a link starts something else than the name.

    "le Livre blanc d'une coopération …" (an indefinite article), "… pour ces trois exercices"
    (a demonstrative), "l'accord sur le plan « ReArm Europe »" (another named instrument:
    the name is the inner one's).
    """
    if folded in function_words("indefinites"):
        return not (article_of_title(reader, match, folded) or _purpose_object(reader, match))
    count = (folded.isdigit() and len(folded) <= _COUNT_DIGITS) or folded in function_words(
        "counts"
    )
    if reader.coordinated and count:
        return True  # "un accord de pêche et trois mémorandums": other, counted items
    parties = reader.links_read & reader.vocab.party_links  # "entre A et son homologue"
    if match.group()[0].islower() and folded in reader.vocab.anaphoric and not parties:
        return True  # "… des arts pour ces trois exercices": a demonstrative refers, names none
    inner = reader.vocab.head.match(reader.text, match.start())
    if inner is None:
        return False
    inner_head = reader.vocab.head_of(inner.group())
    if reader.coordinated:  # "la charte … et l'accord de Paris": two instruments
        # "accord de coopération et de partenariat dans …": a weak head in lower case and
        # without an article, naming nothing alone, is a noun of the complement.
        article = reader.link in reader.vocab.definite
        return inner_head.needs in _SELF_NAMING or inner.group()[0].isupper() or article
    if reader.title and inner_head.needs == "capital" and inner.group()[0].isupper():
        return False  # "Agreement on the Framework for …": the framework is its subject
    if inner_head.needs == "acronym":
        acronym = _ACRONYM_NEXT.match(reader.text, inner.end())
        if acronym is None or _outer_short_name(reader, inner.group(), acronym.group(1)):
            # « l'Accord de Partenariat Stratégique et Économique »: a partnership names an
            # instrument only with its acronym; without one it is the title's word, and so
            # when the acronym ends on the outer head's initial ("Framework Agreement on
            # Partnership and Cooperation (PCA)": the Partnership and Cooperation Agreement)
            return False
    if (
        reader.title
        and inner_head.needs == "number"
        and inner.group()[0].isupper()
        and not _NUMBER_NEXT.match(reader.text, inner.end())
    ):
        # "Agreement on the Resolution of the Conflict in …": a resolution without its number
        # is the title's word (the act of resolving), not a resolution of a body.
        return False
    if inner_head.needs == "period" and inner.group()[0].islower():
        return False  # "… à l'horizon 2030": a phrase ("by 2030"), not another instrument
    if _attached_by(reader, match.start()) or _object_of(reader, match.start()):
        # "protocole à l'accord …": the protocol's name runs through the accord's name.
        reader.attached = True
        reader.inner_titles.append(match.start())
        return False
    after = reader.text[inner.end() : inner.end() + 3].lstrip()
    named = (
        after[:1] in reader.vocab.quotes
        or after[:1].isdigit()
        or match.group()[0].isupper()
        or _dated_after(reader, inner.end())  # "en remplacement de l'accord du 14 juin 1971"
    )
    if named:
        reader.inner_titles.append(match.start())
    return named


def _outer_short_name(reader: Reader, inner: str, acronym: str) -> bool:
    """Whether ``acronym`` ends on the outer head's initial and not on the inner head's."""
    head = LAST_WORD.search(reader.text, max(0, reader.head_end - _HEAD_REACH), reader.head_end)
    if head is None:
        return False
    last = acronym[-1].casefold()
    return last == head.group(1)[0].casefold() and last != inner[0].casefold()


_HEAD_REACH: Final = 40
"""Characters before a head's end read for its word."""


def _dated_after(reader: Reader, position: int) -> bool:
    """Whether a date link and a calendar date follow a head: "l'accord du 14 juin 1971"."""
    link = _LINK_WORD.match(reader.text, position)
    if link is None or phrase_key(link.group(1)) not in reader.vocab.date_name_links:
        return False
    return reader.vocab.date.match(reader.text, link.end()) is not None


def _purpose_object(reader: Reader, match: re.Match[str]) -> bool:
    """Whether an indefinite article names what the instrument's purpose sets up.

    "Accord pour la mise en place d'un fonds commun de garantie", "mémorandum portant sur
    l'établissement d'un comité mixte": after a purpose or subject link and the noun of an
    action, or right after a link that creates (« établissant un partenariat … »,
    ``creating_links``), the object it creates belongs to the name; "le
    Livre blanc d'une coopération" has no purpose, "l'accord pour un cessez-le-feu" no action.
    """
    vocab = reader.vocab
    if reader.link in function_words("coordinators"):
        return False  # "… et un Mémorandum …": another instrument
    if reader.link in function_words("creating_links"):
        return True  # « mémorandum d'entente établissant un partenariat stratégique … »
    words = [phrase_key(w) for w in TOKEN.findall(reader.text, reader.head_end, match.start())]
    for index, word in enumerate(words):
        # "pour la mise en place d'un …", "portant sur l'établissement d'un …"
        if word in vocab.purpose_links or word in vocab.complement_links:
            action = [w for w in words[index + 1 :] if w not in vocab.links and w[-1:] != "'"]
            return bool(action)
    return False


def article_of_title(reader: Reader, match: re.Match[str], folded: str) -> bool:
    """Whether an indefinite article after a link goes on with a title-case name.

    "Framework for an Agreement on …", "Agreement between A and B for an Economic
    Partnership", and after a purpose link ("la Feuille de Route pour un retour à
    l'ordre constitutionnel"); not "… et d'une Convention" (another instrument), not
    "d'une coopération".
    """
    if folded not in function_words("indefinites") or not reader.title:
        return False
    if reader.link in function_words("coordinators") or (
        reader.coordinated and reader.parties is None
    ):
        return False
    following = next_token(reader.text, match.end())
    if following is None:
        return False
    # "la Feuille de Route pour un retour à …": a head in capitals names its purpose.
    return following.group()[0].isupper() or reader.link in reader.vocab.purpose_links


def _object_of(reader: Reader, position: int) -> bool:
    """Whether the instrument at ``position`` is the object of the name being read."""
    return object_before(reader.text, position, reader.vocab, low=reader.head_end)


def object_before(text: str, position: int, vocab: AgreementVocabulary, *, low: int = 0) -> bool:
    """Whether the words before ``position`` make the instrument there another name's object.

    "plan d'action de mise en œuvre de la Stratégie …", "roadmap for the implementation of
    the Paris Agreement": an instrument about another one, whose name runs through it. The
    links, articles and capitalised title words before the head are passed over.
    """
    start = max(low, position - _OBJECT_REACH)
    words = text[start:position].replace("’", "'").replace("'", "' ").split()
    while words and (phrase_key(words[-1]) in vocab.links or words[-1][:1].isupper()):
        if vocab.head.fullmatch(words[-1]) is not None:
            # "implementation of the Agreement on the Resolution …": the object is the
            # agreement, whose title holds the word after it.
            return False
        words.pop()
    tail = phrase_key(" ".join(words))
    return any(tail.endswith(phrase) for phrase in vocab.object_phrases)


def _attached_by(reader: Reader, position: int) -> bool:
    """Whether an attaching link opens the words before ``position``.

    Right after the head ("protocole à l'accord") or after its place ("Amendement de Kigali
    au Protocole de Montréal").
    """
    starts = (reader.head_end, reader.end) if reader.place else (reader.head_end,)
    for start in starts:
        words = reader.text[start:position].replace("’", "'").replace("'", " ").split()
        folded = " ".join(words).casefold()
        # "to" or "to amend", then at most an article: "Protocol to Amend the Agreement …"
        if any(
            len(folded[len(link) :].split()) <= 1
            for link in reader.vocab.attach_links
            if folded == link or folded.startswith(f"{link} ")
        ):
            return True
    return False
