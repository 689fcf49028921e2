"""Quotes and parentheses in a name: a quoted title, an acronym, a period, a translation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from communique.extract.acronyms import spells
from communique.extract.name_tokens import (
    LAST_WORD,
    PERIOD,
    SPACES,
    TOKEN,
    function_words,
    next_token,
)
from communique.gazetteer import gazetteer
from communique.lexicon.structure import structure_vocabulary
from communique.patterncache import compile_pattern

if TYPE_CHECKING:
    from communique.extract.name_extent import Reader

__all__ = ["parenthesis", "quoted"]

_ACRONYM: Final = compile_pattern(r"(?:[A-Z]|[a-z](?=[A-Z]{2}))[A-Za-z0-9&+/-]{1,11}")
_DOCUMENT_SYMBOL: Final = compile_pattern(r"[A-Z]{1,3}(?:/[A-Z0-9.-]+)*/\d[\w/.-]*")
"""A UN document symbol in parentheses ("S/2020/185", "A/78/L.2"), not an acronym."""
_MAX_QUOTED: Final = 200
_MAX_PARENTHESIS: Final = 200
"""How far a closing quote or parenthesis is looked for: a name's parts are short, and an
unbounded search from every head would make a text of many open brackets quadratic."""


def quoted(reader: Reader, opening: str) -> bool:
    """Read a quoted title, unless a word stands right before it; False: it ends the name."""
    position = reader.position
    closing = reader.text.find(reader.vocab.quotes[opening], position + 1, position + _MAX_QUOTED)
    if closing == -1 or reader.previous == "word":
        return False
    if opening == reader.vocab.quotes[opening] and position and reader.text[position - 1].isalnum():
        return False  # 'reach "a good deal" but …': a straight quote glued to a word closes
    if reader.complement and reader.previous == "link":
        reader.inner_titles.append(reader.position)
    reader.quoted_next = reader.previous == "head"
    reader.end = reader.position = closing + 1
    reader.quoted = reader.complement = True
    reader.previous = "word"
    return False  # a quoted title is the whole name


def parenthesis(reader: Reader) -> bool:
    """Read a parenthesis (an acronym, a period, a translation); False when the name ends there."""
    text, position = reader.text, reader.position
    closing = text.find(")", position, position + _MAX_PARENTHESIS)
    if closing == -1:
        return False
    inner = text[position + 1 : closing].strip()
    if _DOCUMENT_SYMBOL.fullmatch(inner):
        return False  # "(S/2020/185)": the document's symbol ends the name
    if (_ACRONYM.fullmatch(inner) and any(c.isupper() for c in inner[1:])) or inner.isupper():
        return _acronym(reader, inner, closing)
    elif PERIOD.fullmatch(inner):
        reader.period = inner
    elif inner[:1].isupper() and len(inner.split()) >= 2 and reader.translation is None:
        reader.translation = (position + 1, closing)
        return False
    else:
        return False
    reader.end = reader.position = closing + 1
    reader.previous = "word"
    return True


def _acronym(reader: Reader, inner: str, closing: int) -> bool:
    """An acronym in parentheses: the name's, an attached instrument's, or its complement's.

    "protocole à l'accord de partenariat … (APPD)": the acronym is the attached accord's;
    "… entre le Sénégal et l'Union européenne (UE)": it spells the complement's last words,
    a party's acronym that ends the name.
    """
    position, text = reader.position, reader.text
    phrase = text[reader.phrase_start : position]
    if reader.previous == "head" and _short_form_goes_on(reader, inner, closing):
        # "Memorandum of Understanding (MOU) on Cultural Cooperation": the head's short
        # form, the acronym a text goes on calling it by; the name goes on after it.
        if reader.acronym is None:
            reader.acronym = (position + 1, closing)
        else:
            reader.cuts.append((position, closing + 1))
        reader.position = closing + 1
        return True
    if reader.previous == "word" and reader.complement and _first_party(reader, closing):
        # "accord entre la Communauté … (CEDEAO) et la Mauritanie": the first party's acronym
        # is cut from the name, which goes on with the other party.
        reader.cuts.append((position, closing + 1))
        reader.position = closing + 1
        return True
    if (
        reader.previous == "word"
        and reader.complement
        and spells(inner, phrase.strip())
        and not _subject_only(reader)
        and not _head_last(reader, inner, phrase)
    ):
        return False
    if reader.complement and _spells_body(reader, inner, position):
        return False  # "relatif au Conseil de paix … de l'Afrique centrale (COPAX)": the body's
    if reader.acronym is not None:
        return False
    if reader.attached:
        # The attached instrument's acronym: the protocol's own name goes on after it.
        reader.cuts.append((position, closing + 1))
    else:
        reader.acronym = (position + 1, closing)
        reader.after_acronym = True
    reader.end = reader.position = closing + 1
    reader.previous = "word"
    return True


def _head_last(reader: Reader, inner: str, phrase: str) -> bool:
    """Whether the acronym reads the subject's initials, then the head's, as the short name does.

    "Agreement on the Avoidance of Double Taxation (DTA)": the Double Taxation Agreement, the
    head's initial last, not a body named by "Double Taxation"; a body's own acronym that
    happens to end on that letter is known to the gazetteer ("… Programme (UNDP)").
    """
    head = LAST_WORD.search(reader.text, max(0, reader.head_end - _HEAD_REACH), reader.head_end)
    if head is None or len(inner) < 3 or inner[-1].casefold() != head.group(1)[0].casefold():
        return False
    initials = "".join(word[0] for word in _WORD_PARTS.findall(phrase)).casefold()
    if not initials.startswith(inner[0].casefold()):
        return False
    position = 0
    for letter in inner[:-1].casefold():
        position = initials.find(letter, position) + 1
        if position == 0:
            return False
    return gazetteer(reader.vocab.language).key_of(inner) is None


_HEAD_REACH: Final = 40
"""Characters before a head's end read for its word."""
_WORD_PARTS: Final = compile_pattern(r"[^\W\d_]+")
"""Words and the parts of hyphened words, whose initials an acronym spells ("Non-Proliferation")."""


def _short_form_goes_on(reader: Reader, inner: str, closing: int) -> bool:
    """Whether the head's short form in brackets is followed by the rest of the name.

    "Memorandum of Understanding (MOU) on Cultural Cooperation": a link of
    ``short_form_links`` and no date after it ("(MoU) on Tuesday" ends the name).
    """
    if reader.vocab.head.fullmatch(inner) is None:
        return False
    text = reader.text
    spaces = SPACES.match(text, closing + 1)
    link = TOKEN.match(text, spaces.end()) if spaces is not None else None
    if link is None or link.group().casefold() not in function_words("short_form_links"):
        return False
    following = _NEXT_TOKEN.match(text, link.end())
    return following is not None and reader.vocab.date.match(text, following.end()) is None


_NEXT_TOKEN: Final = compile_pattern(r"[ \t]+(?=\w)")


def _spells_body(reader: Reader, inner: str, position: int) -> bool:
    """Whether the acronym spells a body named in the complement, from its head word on.

    "Protocole relatif au Conseil de paix et de sécurité de l'Afrique centrale (COPAX)",
    "Protocol relating to the Peace and Security Council (PSC)": the council's acronym.
    """
    heads = structure_vocabulary(reader.vocab.language).organisation_heads
    words = list(TOKEN.finditer(reader.text, reader.head_end, position))
    if not words:
        return False
    # The body's name opens on its head ("Conseil de paix …") or ends on it ("… Council").
    starts = [w for w in words if w.group()[:1] == inner[:1] and w.group()[0].isupper()]
    ends_on_head = words[-1].group().casefold() in heads
    return any(
        (ends_on_head or word.group().casefold() in heads)
        and spells(inner, reader.text[word.start() : position].strip())
        for word in starts
    )


def _subject_only(reader: Reader) -> bool:
    """Whether the name's only complement is its subject ("Agreement on Ocean Floor Minerals").

    An acronym spelling that subject is the instrument's ("(OFM)"), not a party's ("… entre
    le Sénégal et l'Union européenne (UE)").
    """
    between = reader.text[reader.head_end : reader.phrase_start].replace("’", "'")
    words = between.replace("'", "' ").split()
    return (
        bool(words)
        and words[0].casefold() in reader.vocab.complement_links
        and all(w.casefold() in reader.vocab.links for w in words)
    )


def _first_party(reader: Reader, closing: int) -> bool:
    """Whether the reader is in the first party after "entre"/"between", a coordinator next.

    The party's own name may hold a coordinator ("Union économique et monétaire …").
    """
    if not reader.links_read & reader.vocab.party_links:
        return False
    after = next_token(reader.text, closing + 1)
    return after is not None and after.group().casefold() in function_words("coordinators")
