"""Links in a name: a linking word, a purpose's opening words, or what else they open."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from communique.extract.name_coordination import coordinated_noun
from communique.extract.name_tokens import LAST_WORD, function_words, next_token
from communique.lexicon.persons import person_vocabulary, person_words
from communique.patterncache import compile_pattern
from communique.wordtrie import phrase_key

if TYPE_CHECKING:
    from communique.extract.name_extent import Reader

__all__ = ["read_link", "read_phrase"]

_PERIOD_END: Final = compile_pattern(r"(?<![\w/])\d{4}(?:\s*[-–]\s*\d{2,4})?$")
"""A period ending the name read so far: a place link after it says where it was made."""
_PERIOD_REACH: Final = 12
_WORD_REACH: Final = 40


def read_link(reader: Reader, folded: str, end: int) -> bool:
    """Read a linking word; False when it opens something else than the name."""
    if _infinitive(reader, folded, end) or coordinated_noun(reader, folded, end):
        return False  # "plan to conduct …", "the Paris Agreement and the …"
    if _where(reader, folded, end):
        return False  # "the agreement in Nairobi": where it was made, not its name
    if _partner_person(reader, folded, end):
        return False  # "a memorandum … with the Minister of …": who signed it, not a party
    if reader.vocab.head_last and not reader.links_read and folded in reader.vocab.definite:
        # "the most ambitious trade deal the EU has concluded": an article right after the
        # head opens a relative clause's subject, no link of the name ("Treaty of the …").
        return False
    if reader.parties is None and (
        folded in reader.vocab.party_links or folded in reader.vocab.partner_links
    ):
        reader.parties = reader.position
    reader.previous, reader.link = "link", folded
    reader.links_read.add(folded)
    reader.subject_opened = reader.subject_opened or folded in reader.vocab.complement_links
    reader.coordinated = reader.coordinated or folded in function_words("coordinators")
    reader.position = reader.phrase_start = end
    return True


def read_phrase(reader: Reader, position: int) -> bool | None:
    """Read a purpose's opening words or an object's noun at ``position``; None if neither.

    Their words may be stop words elsewhere: "visant à", "de mise en œuvre de …".
    """
    vocab = reader.vocab
    if reader.previous != "link" and (opener := vocab.purpose_opener.match(reader.text, position)):
        return _purpose(reader, opener)
    noun = vocab.object_phrase.match(reader.text, position)
    if noun is None or not _first_complement(reader, position):
        return None
    # "de mise en œuvre de …": the noun of an instrument's object, not a participle.
    reader.end = reader.position = len(noun.group().rstrip()) + noun.start()
    reader.previous, reader.complement = "word", True
    return True


def _first_complement(reader: Reader, position: int) -> bool:
    """Whether only links stand between the head and ``position`` ("de", "pour la")."""
    if reader.previous != "link" or reader.coordinated:
        return False
    words = reader.text[reader.head_end : position].replace("’", "'").replace("'", "' ").split()
    return all(phrase_key(word) in reader.vocab.links for word in words)


def _purpose(reader: Reader, opener: re.Match[str]) -> bool:
    """Read the words opening a purpose ("pour", "visant à", "aimed at") as a link."""
    reader.purpose = reader.purpose or not reader.links_read
    reader.previous, reader.link = "link", phrase_key(opener.group()).split()[-1]
    reader.subject_opened = True
    reader.links_read.add(reader.link)
    reader.after_acronym = False
    reader.position = reader.phrase_start = opener.end()
    return True


def _partner_person(reader: Reader, folded: str, end: int) -> bool:
    """Whether a partner's link opens a person: an office or an honorific, maybe its article.

    "signed a Memorandum of Understanding on Political Consultations with the Minister of
    Foreign Affairs of Iceland": the counterpart who signed, no party of the name.
    """
    if folded not in reader.vocab.partner_links:
        return False
    token = next_token(reader.text, end)
    if token is not None and phrase_key(token.group()) in reader.vocab.definite:
        token = next_token(reader.text, token.end())
    if token is None:
        return False
    persons = person_vocabulary(reader.vocab.language)
    start = token.start()
    return bool(
        persons.role.match(reader.text, start) or persons.honorific.match(reader.text, start)
    )


def _where(reader: Reader, folded: str, end: int) -> bool:
    """Whether a place link right after the head or its period opens a place ("the treaty in Bali").

    "l'accord à Nairobi", "the agreement in Nairobi", "the roadmap 2026-2030 in Accra": a
    common noun or a dated name and where it was made; "protocole à l'Accord …" attaches
    another instrument, "the agreement in force" is no place.
    """
    dated = reader.previous == "word" and _PERIOD_END.search(
        reader.text, max(0, reader.end - _PERIOD_REACH), reader.end
    )
    if not (reader.previous == "head" or dated) or folded not in reader.vocab.where_links:
        return False
    after = next_token(reader.text, end)
    return (
        after is not None
        and after.group()[0].isupper()
        and reader.vocab.head.match(reader.text, after.start()) is None
    )


def _infinitive(reader: Reader, folded: str, end: int) -> bool:
    """Whether "to" opens an infinitive ("plan to conduct"), not a complement.

    « l'accord de paix à lancer … »: in French the infinitive has one of its endings
    (``infinitive_endings``), so « à long terme » stays a complement.
    """
    language = reader.vocab.language
    if folded not in function_words("infinitive_markers", language):
        return False
    endings = function_words("infinitive_endings", language)
    if endings and reader.infinitive and reader.link in function_words("coordinators"):
        return False  # « … tendant à éviter … et à prévenir … »: the name's infinitives
    if endings and reader.previous == "word":
        # « Convention tendant à éviter les doubles impositions »: a participle of the name
        # governs the infinitive, which the name goes on with
        before = LAST_WORD.search(
            reader.text, max(0, reader.position - _WORD_REACH), reader.position
        )
        # a present participle (``clause_participle_endings``: "tendant", "visant")
        participles = person_words("clause_participle_endings", language)
        if before is not None and before.group(1).casefold().endswith(participles):
            reader.infinitive = True
            return False
    after = next_token(reader.text, end)
    return (
        after is not None
        and after.group()[0].islower()
        and after.group() not in function_words("link_articles")
        and (not endings or after.group().casefold().endswith(tuple(endings)))
    )
