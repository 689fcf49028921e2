"""Read the extent of an instrument's name around its head.

After the head: complements opened by a linking word ("sur la non-prolifération des armes
nucléaires"), adjectives, proper names ("de Paris"), a quoted title ("plan « ReArm
Europe »"), an acronym or a period in parentheses ("(ACSA)", "(2013-2018)"), numbers
("résolutions 2270 et 2321"), a title's dash ("– Préparation à l'horizon 2030") and a short
enumeration after a comma ("pour le développement durable, la santé et la sécurité …").
Before a capitalised head: the capitalised words of a title ("the Paris Agreement").
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.extract.acronyms import spells
from communique.gazetteer import gazetteer
from communique.letters import CAPITAL
from communique.lexicon.agreements import agreement_words
from communique.lexicon.structure import structure_vocabulary
from communique.patterncache import compile_pattern
from communique.records import shared_repr
from communique.wordsearch import token_before
from communique.wordtrie import alternation, phrase_key

if TYPE_CHECKING:
    from communique.lexicon.agreements import AgreementVocabulary

__all__ = [
    "NUMBER",
    "SYMBOL",
    "NameExtent",
    "object_before",
    "read_extent",
    "title_before",
]

_ADJECTIVE_REACH: Final = 30
"""Characters before a lower-case word searched for the state's adjective closing a name."""
_MAX_ADJECTIVES: Final = 2
"""Adjectives at most between a head and the year its link dates it with."""
_SPACED_WORD: Final = compile_pattern(r"\s+(\S+)")
"""A word and the blanks before it, to cut them out of a name."""
# A word may join names or years with a hyphen or an en dash ("Ghana–Togo", "2025–2029").
_TOKEN: Final = compile_pattern(
    r"(?:[dlDLjJnNsScCmMtT]|[qQ]u|[jJ]usqu)['’](?=\w)"
    r"|\w(?:[\w/+.'’–-]*[\w+])?(?:(?<=-[A-Z]\.[A-Z])\.(?=[ \t]+[A-Z]))?"
    rf"(?:(?<=\ws)['’](?=[ \t]+{CAPITAL}))?"
)
"""A word or an elided article or conjunction ("l'", "qu'").

A compound ending with a dotted abbreviation keeps its last dot before a capital ("the
Aldoria-U.S. Trade Partnership"): a compound modifies the next word, it ends no sentence. A
plural possessive before a capitalised word keeps its apostrophe ("Ministers' Meeting")."""
_SPACES: Final = compile_pattern(r"[ \t]*")
_NUMBER_NEXT: Final = compile_pattern(r"[ \t]*(?:(?i:n[o°º]|nr)\.?[ \t]*)?\d")
"""A number right after a head ("Resolution 2231", "résolution n° 2231")."""
_BLANKS: Final = compile_pattern(r"\s*")
_DEMONYMS: Final = compile_pattern(r"[^\W\d_]+o-[^\W\d_]+")
"""A compound of demonyms: "franco-japonais", "sino-africain", "euro-méditerranéen"."""
_ACRONYM: Final = compile_pattern(r"[A-Z][A-Za-z0-9&+/-]{1,11}")
_DOCUMENT_SYMBOL: Final = compile_pattern(r"[A-Z]{1,3}(?:/[A-Z0-9.-]+)*/\d[\w/.-]*")
"""A UN document symbol in parentheses ("S/2020/185", "A/78/L.2"), not an acronym."""
_BRACKETED_PERIOD: Final = compile_pattern(r"[ \t]*\([ \t]*\d{4}[ \t]*[-–][ \t]*\d{2,4}[ \t]*\)")
"""Two years in brackets after a name: " (2021-2025)"."""
_ROMAN_AFTER: Final = compile_pattern(r"[ \t]+(X{0,3}(?:IX|IV|V?I{0,3}))(?![\w'’-])")
"""A Roman numeral after a head: the instrument's rank in a series ("Work Plan IV")."""
_PART_NUMBER: Final = compile_pattern(r"\d{1,3}")
_LAST_WORD: Final = compile_pattern(r"(\w+)\s+$")
_PART_REACH: Final = 24
_PERIOD: Final = compile_pattern(r"\d{4}(?:\s*[-–]\s*\d{2,4})?")
_ELISION_LENGTH: Final = 2
"""Length of an elided article ("s'", "l'"), shorter than any plural possessive."""
_ORDINAL: Final = compile_pattern(r"(\d{1,3})([^\W\d_]+)")
"""An ordinal written with digits and its ending ("12th", "27e", "2ème")."""
_CAPITALISED_NEXT: Final = compile_pattern(rf"[ \t]+{CAPITAL}")
_POSSESSIVE_ENDINGS: Final = ("'s", "’s")
SYMBOL: Final = r"[A-Z]/(?:RES|DEC)/(?:E?S-)?\d+(?:/\d+)?"
"""A UN document symbol: "A/RES/70/291", "S/RES/2231", "A/RES/ES-10/19"."""
# "2231", "68/262" (session/number), "2022/266" (an EU act), "A/RES/70/291", "ES-10/2"
# (an emergency or special session's number); never the first half of a period
# ("2019-2024") or a longer number.
_CORE: Final = (
    rf"{SYMBOL}|(?<![\w/-])E?S-\d{{1,2}}/\d{{1,3}}|(?<![\d/])\d{{2,4}}/\d{{1,4}}"
    rf"|(?<![\d/])\d{{2,5}}"
)
_ONE: Final = rf"(?:{_CORE})(?![\d/]|\s*[-–]\s*\d)"
# "Council Decision (CFSP) 2022/266": a series tag may stand before the number.
_NUMBERED: Final = (
    rf"(?:n°\s*|\([A-Z]{{2,5}}\)\s*)?(?:{_ONE}|\(\s*{SYMBOL}\s*\))(?:\s*\(\d{{4}}\))?"
)
NUMBER: Final = compile_pattern(rf"(?:\(\s*)?({_CORE})(?:\s*\))?(?:\s*\((\d{{4}})\))?")
_CAPITAL_WORD: Final = r"[A-Z][\w'’-]*"
_CAPITALS: Final = compile_pattern(r"\b[A-Z]")
_MIN_SUBTITLE: Final = 2
_SYMBOL_NAME: Final = compile_pattern(
    r"[ \t]+\[?([A-Z][A-Z0-9]*(?:/[A-Z0-9][\w.-]*[\w])+(?:\.?[ \t]*\((?P<session>[MDCLXVI]+)\))?)"
    r"\]?(?:[ \t]*\((\d{4})\))?"
)
"""A document symbol right after a head: "PSC/PR/COMM.1185 (2023)", "S/PRST/2023/1", with
the session in Roman numerals as the Peace and Security Council numbered it, maybe in
brackets ("[PSC/PR/COMM.2 (DCCLXXII)]", "PSC/PR/COMM.(DCCCXIV)")."""
_TITLE_DASH: Final = compile_pattern(r"\s+[–—-]\s+(?=[^\W\d_])")
# A compound of parties joins its names with a hyphen or an en dash ("Ghana–Togo",
# "France-Côte d'Ivoire": an elided particle before a capital stays in the title).
# A period inside a word is followed by a letter ("U.S."). Possessive: a title word is
# followed by a space, so nothing it could give back would let the title go on.
_TITLE_WORD: Final = (
    # "Mekong-U.S.": a dotted abbreviation keeps its last period.
    r"(?:(?:[A-Z]|[dD]['’][A-Z])[\w'’–-]*+(?:\.(?=[\w–-])[\w'’–-]*+)*+(?:(?<=\.[A-Z])\.)?+"
    r"|\d{4}|\([A-Z][A-Za-z0-9&+/-]{1,11}\)"
    # another name of the same instrument inside: "the Lirava (Spring Harvest) Agreement"
    r"|\([A-Z][\w'’-]*+(?:[ \t][A-Z][\w'’-]*+){1,3}\))"
)
_TITLE_BREAKS: Final = (",", "\n", ". ", ";", ":")
"""Characters no title before a head holds: the search for one starts after the last."""
_DOTTED_END: Final = compile_pattern(r"(?<![\w.])(?:[A-Z]\.){2,}$")
"""A dotted abbreviation ending the text searched ("U.S.", "U.K."): its period ends no sentence."""
_MAX_TOKENS: Final = 30
_MAX_RUN: Final = 8
"""Words of a coordinated title read to see whether a head or a verb ends them."""
_FINAL_WORD: Final = compile_pattern(r"[ \t]*+([^\W\d_]+['’]?)$")
"""The last word before a position, an elided one with its apostrophe ("d'")."""
_ARTICLE_REACH: Final = 8
_SELF_NAMING: Final = frozenset({"none", "complement"})
_COUNT_DIGITS: Final = 2
"""Digits of a count of instruments ("et 2 mémorandums"); four make a year ("et 2018")."""
_LINK_WORD: Final = compile_pattern(r"\s+([^\W\d_]+['’]?)\s*")
"""A word after a head, and the space after it ("du ", "d'")."""
"""What heads need that name an instrument with a mere complement ("accord de Paris")."""
"""Characters before a complement's first word searched for its article ("de la ")."""
_PERIOD_END: Final = compile_pattern(r"(?<![\w/])\d{4}(?:\s*[-–]\s*\d{2,4})?$")
"""A period ending the name read so far: a place link after it says where it was made."""
_PERIOD_REACH: Final = 12
_OBJECT_REACH: Final = 48
_MAX_QUOTED: Final = 200
_MAX_PARENTHESIS: Final = 200
"""How far a closing quote or parenthesis is looked for: a name's parts are short, and an
unbounded search from every head would make a text of many open brackets quadratic."""


@shared_repr
@attrs.frozen(repr=False)
class NameExtent:
    """What was read after a head, in positions of the reading unit."""

    end: int
    """End of the name (last word, closing quote or parenthesis)."""
    complement: bool = False
    """A complement opened by a linking word, or a quoted title, follows the head."""
    proper: bool = False
    """A capitalised word stands in the complement ("de Paris", "des Nations unies")."""
    quoted: bool = False
    acronym: tuple[int, int] | None = None
    """Span of the acronym inside its parentheses."""
    period: str | None = None
    numbers: tuple[tuple[int, int], ...] = ()
    translation: tuple[int, int] | None = None
    """Span of a parenthesised title in another language, inside its parentheses."""
    inner_titles: tuple[int, ...] = ()
    """Where another quoted instrument starts in the complement ("accord sur le plan «…»")."""
    place: bool = False
    """A capitalised name follows the head's first link ("protocole de Kyoto")."""
    titled: bool = False
    """A capitalised word follows the head without a link ("Plan Marshall")."""
    attached: bool = False
    """The complement attaches it to another instrument ("protocole à l'accord …")."""
    cuts: tuple[tuple[int, int], ...] = ()
    """Spans inside the mention that are no part of the name: another instrument's acronym
    in parentheses, a year dating the instrument ("l'Accord de 2006 sur …")."""
    period_next: bool = False
    """The period follows the head directly ("Agenda 2063", "protocole 2019-2024")."""
    quoted_next: bool = False
    """A quoted title follows the head directly ("plan « ReArm Europe »")."""
    joint: bool = False
    """A shared adjective follows the head ("plan conjoint", "plan franco-japonais")."""
    symbol: tuple[int, int] | None = None
    """Span of a document symbol naming the instrument ("Communiqué PSC/PR/COMM.1185")."""
    year: str | None = None
    """The year in parentheses after the symbol ("(2023)")."""
    parties: int | None = None
    """Where a link opening the instrument's parties or partner stands in the name
    ("between Fiji and Japan", "with Canada", "entre le Royaume …")."""
    purpose: bool = False
    """The first complement states a purpose ("pour la neutralisation …", "visant à …")."""
    capital_complement: bool = False
    """The complement's first word is capitalised, as a title's ("of Free Association")."""
    paired: bool = False
    """A word of the name pairs two parties with a hyphen ("du partenariat Arménie-UE",
    "Japan-France"): the instrument they share."""


@shared_repr
@attrs.define(repr=False)
class _Reader:
    text: str
    vocab: "AgreementVocabulary"  # noqa: UP037 (mypyc: a name imported for typing only)
    title: bool
    head_end: int
    """The head is capitalised: the name may run across a title's dash."""
    end: int
    position: int
    previous: str = "head"
    link: str = ""
    """The last linking word read ("de", "sur")."""
    coordinated: bool = False
    """An "et"/"and" was read: another instrument after it starts a name of its own."""
    after_acronym: bool = False
    complement: bool = False
    proper: bool = False
    quoted: bool = False
    acronym: tuple[int, int] | None = None
    period: str | None = None
    translation: tuple[int, int] | None = None
    inner_titles: list[int] = attrs.Factory(list)
    phrase_start: int = 0
    """Where the words after the last link start."""
    place: bool = False
    titled: bool = False
    attached: bool = False
    cuts: list[tuple[int, int]] = attrs.Factory(list)
    period_next: bool = False
    quoted_next: bool = False
    joint: bool = False
    links_read: set[str] = attrs.Factory(set)
    parties: int | None = None
    purpose: bool = False
    open_purpose: bool = False
    first_word: int = -1
    """Where the first word of the complement (or of its last subject) starts."""
    first_capital: bool | None = None
    """Whether that word is capitalised: a coordinated part of the name is written alike
    ("on Student Mobility and the Mutual Recognition of Diplomas"; "de l'UEMOA sur la libre
    circulation et le droit d'établissement")."""
    subject_opened: bool = False
    """A link opening a subject or purpose was read ("sur", "on", "pour", "for")."""
    outcome: bool = False
    """The head is a meeting's outcome document (see ``read_extent``)."""

    def extent(self, numbers: tuple[tuple[int, int], ...]) -> NameExtent:
        return NameExtent(
            self.end,
            self.complement,
            self.proper,
            self.quoted,
            self.acronym,
            self.period,
            numbers,
            self.translation,
            tuple(self.inner_titles),
            self.place,
            self.titled,
            self.attached,
            tuple(self.cuts),
            self.period_next,
            self.quoted_next,
            self.joint,
            parties=self.parties,
            purpose=self.purpose,
            capital_complement=bool(self.first_capital),
            paired=_pairs_parties(self.text, self.head_end, self.end, self.vocab),
        )


def _pairs_parties(text: str, start: int, end: int, vocab: AgreementVocabulary) -> bool:
    """Whether two parties joined by a hyphen in ``text[start:end]`` qualify the named thing.

    The pair stands right after the head, or after one word of it ("programme stratégique
    Arménie-UE"), or qualifies a relationship noun (``pair_nouns``: "du partenariat
    Maroc-UE"); "the agenda of the EU-China summit" qualifies an event, no instrument.
    """
    parties = gazetteer(vocab.language)
    for pair in _PARTY_PAIR.finditer(text, start, end):
        if parties.key_of(pair.group(1)) is None or parties.key_of(pair.group(2)) is None:
            continue
        after = (
            _TOKEN.match(text, pair.end() + 1) if text[pair.end() : pair.end() + 1] == " " else None
        )
        if after is not None and after.group().casefold() in vocab.pair_nouns:
            return True  # "of the Morocco-EU partnership"
        if after is not None and after.group().casefold() not in vocab.links:
            continue  # "… EU-China summit": the pair's event
        words = [w.casefold() for w in _TOKEN.findall(text, start, pair.start())]
        nouns = [w for w in words if w not in vocab.links and w not in vocab.definite]
        if len(words) <= 1 or (nouns and nouns[-1] in vocab.pair_nouns):
            return True
    return False


_PARTY_PAIR: Final = compile_pattern(rf"(?<![\w-])({CAPITAL}\w*+)[-–]({CAPITAL}\w*+)(?![\w-])")
"""Two capitalised words joined by a hyphen or a dash, as a pair of parties is written."""


def read_extent(
    text: str,
    head_end: int,
    vocab: AgreementVocabulary,
    *,
    title: bool,
    numbered: bool = True,
    open_purpose: bool = False,
    outcome: bool = False,
) -> NameExtent:
    """Read the name that follows a head ending at ``head_end``.

    ``numbered``: the head is named by numbers ("résolution 2231"); other heads read a
    year after them as a period ("Agenda 2063 de l'Union africaine"). ``open_purpose``: no
    proper name titles a capitalised head, so a purpose in lower case after it is part of
    the name ("the AU Roadmap for the resolution of the conflict in …"). ``outcome``: the
    head is a meeting's outcome document (a communiqué, a declaration), which a numbered
    meeting may name ("le communiqué final de la 27e session").
    """
    reader = _Reader(text, vocab, title, head_end, head_end, head_end)
    reader.open_purpose = open_purpose
    reader.outcome = outcome
    numbers = _numbers(text, head_end) if numbered else ()
    if numbers:
        # "résolution 2231 (2015)": the name ends with its numbers and their years.
        reader.end = reader.position = numbers[-1][1]
        return reader.extent(numbers)
    symbol = _SYMBOL_NAME.match(text, head_end)
    numbered = symbol is not None and any(c.isdigit() for c in symbol.group(1))
    if symbol is not None and (numbered or symbol.group("session")):
        # "Communiqué PSC/PR/COMM.1185 (2023)", "statement S/PRST/2023/1": the symbol names
        # it; a subject may follow, as after an acronym ("résolution A/HRC/61/L.15 sur les
        # droits de l'homme", "protocole A/SP1/12/01 sur la démocratie").
        reader.end = reader.position = symbol.end()
        reader.complement = reader.after_acronym = True
        reader.previous = "word"
        _read_tokens(reader)
        if reader.after_acronym:
            reader.end = symbol.end()  # nothing but the symbol was read
        # "[PSC/PR/COMM.2 (DCCLXXII)]": the brackets are no part of the name.
        brackets = (symbol.start(1) - 1, symbol.end(1))
        reader.cuts.extend((i, i + 1) for i in brackets if text[i : i + 1] in ("[", "]"))
        return attrs.evolve(reader.extent(()), symbol=symbol.span(1), year=symbol.group(3))
    ordinal = _ROMAN_AFTER.match(text, head_end)
    if ordinal is not None and ordinal.group(1) not in ("", "I"):
        # "the IAI Work Plan IV (2021-2025)", "Lomé IV": the numeral names which one.
        reader.end = reader.position = ordinal.end()
    _read_tokens(reader)
    _period_after(reader)
    _without_dangling_article(reader)
    _reference_after(reader)
    return reader.extent(numbers)


_REFERENCE: Final = compile_pattern(
    r"(?<!\w)(?:[nN][°º]|N[oO]\.|no\.)[ \t]*\d(?:[\d/.-]*\d)?(?!\w)"
)
"""A reference number after a name: « n° 4471 », "No. 55/2023"."""


def _reference_after(reader: _Reader) -> None:
    """Extend the name over the reference number that ends it: « Accord de prêt n° 5512 ».

    The sign "n°" is no word: the words before it were read, and the name may stop on its
    "n"; the number written after the name is the instrument's own.
    """
    start = max(reader.head_end, reader.end - 1)
    match = _REFERENCE.search(reader.text, start, reader.end + _REFERENCE_GAP + _REFERENCE_CHARS)
    if match is not None and match.start() - reader.end <= _REFERENCE_GAP:
        reader.end = match.end()


_REFERENCE_GAP: Final = 1
"""Spaces at most between a name and its reference number."""
_REFERENCE_CHARS: Final = 24
"""Characters at most of a reference sign and its number ("n° 2100/2026/0012")."""


def _without_dangling_article(reader: _Reader) -> None:
    """End the name before an indefinite article it ends on, and the link before that.

    A purpose's object is read with its article ("pour la création d'un fonds"); when the
    noun after the article is no part of the name, "d'un" is left hanging: the name is
    "accord pour la création".
    """
    last = _FINAL_WORD.search(reader.text, reader.head_end, reader.end)
    if last is None or phrase_key(last.group(1)) not in _words("indefinites"):
        return
    end = last.start()
    link = _FINAL_WORD.search(reader.text, reader.head_end, end)
    if link is not None and phrase_key(link.group(1)) in reader.vocab.links:
        end = link.start()
    reader.end = end


def _read_tokens(reader: _Reader) -> None:
    """Read the name's words after its head, up to where it ends."""
    text = reader.text
    for _ in range(_MAX_TOKENS):
        spaces = _SPACES.match(text, reader.position)
        reader.position = spaces.end() if spaces else reader.position
        if reader.position >= len(text) or not _step(reader):
            break


def _period_after(reader: _Reader) -> None:
    """Take in a period of two years right after the name, with the words introducing it.

    "plan d'action de Dakar pour la période 2026-2030", "Joint Action Plan for the years
    2026 to 2029", "plan d'action de Kalvora (2021-2025)": the period tells which
    instrument, wherever the name's words stopped.
    """
    tail = reader.vocab.period_tail.match(reader.text, reader.end)
    if tail is None:
        tail = _BRACKETED_PERIOD.match(reader.text, reader.end)  # "… de Kalvora (2021-2025)"
    if tail is None:
        return
    reader.end = reader.position = tail.end()
    reader.period = reader.period or tail.group().strip()


def _numbers(text: str, position: int) -> tuple[tuple[int, int], ...]:
    """Spans of the numbers after a head, each with its year: "1718 (2006) and 2397 (2017)"."""
    match = _numbers_pattern().match(text, position)
    if match is None:
        return ()
    return tuple(m.span() for m in NUMBER.finditer(text, match.start(1), match.end()))


def _step(reader: _Reader) -> bool:
    """Read one piece of the name; False when the name ends here."""
    text, position = reader.text, reader.position
    char = text[position]
    if char in reader.vocab.quotes:
        return _quoted(reader, char)
    if char == "(":
        return _parenthesis(reader)
    if char == ",":
        enumeration = _enumeration().match(text, position) if reader.previous == "word" else None
        # After an attached instrument's name a comma ends both.
        listing = reader.complement and not reader.attached
        if enumeration is None or not listing:
            return False
        if _names_in(enumeration.group()) and not _title_enumeration(reader, enumeration.group()):
            return False
        if reader.vocab.head.search(enumeration.group()) is not None:
            return False  # "…, un accord de pêche et …": another instrument of the list
        reader.position = position + 1
        return True
    if char == ":" and reader.title and reader.previous in {"word", "head"}:
        return _subtitle(reader)
    if char == "&" and reader.previous == "word" and _CAPITALISED_NEXT.match(text, position + 1):
        reader.position = position + 1  # "Keppel Offshore & Marine": a name's ampersand
        return True
    if reader.title and (dash := _TITLE_DASH.match(text, position - 1)) is not None:
        if reader.vocab.head.match(text, dash.end()) is not None:
            return False  # "- Déclaration conjointe … - Accord de …": the next item of a list
        reader.position = dash.end()
        return True
    marker = reader.vocab.title_marker.match(text, position)
    if marker is not None and text[marker.end() : marker.end() + 1] in reader.vocab.quotes:
        # "une stratégie intitulée « … »", "the plan known as "…"": the quoted title is
        # the name; the marker is cut from it.
        reader.cuts.append((position, marker.end()))
        reader.position, reader.previous = marker.end(), "head"
        return True
    return _word(reader)


def _subtitle(reader: _Reader) -> bool:
    """Read a title-case subtitle after a colon ("Agenda 2063: The Africa We Want").

    Only a whole title-case phrase, ended by punctuation or a coordinator, is a subtitle;
    a sentence after the colon ("… Pact: The Council notes …") is not. Returns False: the
    subtitle ends the name.
    """
    match = _subtitle_pattern().match(reader.text, reader.position)
    if match is None:
        return False
    if reader.previous == "head" and len(_CAPITALS.findall(match.group())) < _MIN_SUBTITLE:
        return False  # "… Charter: France …" lists, "… Charter: Call to Action on …" titles
    after = _next_token(reader.text, match.end())
    if (
        after is not None
        and after.group()[0].islower()
        and after.group() not in _words("coordinators")
    ):
        return False
    reader.end = reader.position = match.end()
    return False


def _names_in(enumeration: str) -> bool:
    """Whether an enumeration lists names ("…, l'Acte final d'Helsinki et …"), not nouns."""
    return any(word[:1].isupper() for word in _TOKEN.findall(enumeration))


def _title_enumeration(reader: _Reader, enumeration: str) -> bool:
    """Whether a capitalised complement goes on as a title's enumeration.

    "the Charter on Democracy, Elections and Governance": the nouns after the comma are
    capitalised like the complement's first word and no article opens them; ", the Helsinki
    Final Act and …" names another document, ", Kenya and Ghana agreed" parties.
    """
    if not reader.first_capital:
        return False
    tokens = _TOKEN.findall(enumeration)
    joiners = _words("number_joiners")
    if not tokens or tokens[0].casefold() in _words("enumeration_articles"):
        return False
    nouns = [token for token in tokens if token not in joiners]
    parties = gazetteer(reader.vocab.language)
    return all(noun[:1].isupper() and parties.key_of(noun) is None for noun in nouns)


def _quoted(reader: _Reader, opening: str) -> bool:
    position = reader.position
    closing = reader.text.find(reader.vocab.quotes[opening], position + 1, position + _MAX_QUOTED)
    if closing == -1 or reader.previous == "word":
        return False
    if reader.complement and reader.previous == "link":
        reader.inner_titles.append(reader.position)
    reader.quoted_next = reader.previous == "head"
    reader.end = reader.position = closing + 1
    reader.quoted = reader.complement = True
    reader.previous = "word"
    return False  # a quoted title is the whole name


def _parenthesis(reader: _Reader) -> bool:
    text, position = reader.text, reader.position
    closing = text.find(")", position, position + _MAX_PARENTHESIS)
    if closing == -1:
        return False
    inner = text[position + 1 : closing].strip()
    if _DOCUMENT_SYMBOL.fullmatch(inner):
        return False  # "(S/2020/185)": the document's symbol ends the name
    if (_ACRONYM.fullmatch(inner) and any(c.isupper() for c in inner[1:])) or inner.isupper():
        return _acronym(reader, inner, closing)
    elif _PERIOD.fullmatch(inner):
        reader.period = inner
    elif inner[:1].isupper() and len(inner.split()) >= 2 and reader.translation is None:
        reader.translation = (position + 1, closing)
        return False
    else:
        return False
    reader.end = reader.position = closing + 1
    reader.previous = "word"
    return True


def _acronym(reader: _Reader, inner: str, closing: int) -> bool:
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


def _short_form_goes_on(reader: _Reader, inner: str, closing: int) -> bool:
    """Whether the head's short form in brackets is followed by the rest of the name.

    "Memorandum of Understanding (MOU) on Cultural Cooperation": a link of
    ``short_form_links`` and no date after it ("(MoU) on Tuesday" ends the name).
    """
    if reader.vocab.head.fullmatch(inner) is None:
        return False
    text = reader.text
    spaces = _SPACES.match(text, closing + 1)
    link = _TOKEN.match(text, spaces.end()) if spaces is not None else None
    if link is None or link.group().casefold() not in _words("short_form_links"):
        return False
    following = _NEXT_TOKEN.match(text, link.end())
    return following is not None and reader.vocab.date.match(text, following.end()) is None


_NEXT_TOKEN: Final = compile_pattern(r"[ \t]+(?=\w)")


def _spells_body(reader: _Reader, inner: str, position: int) -> bool:
    """Whether the acronym spells a body named in the complement, from its head word on.

    "Protocole relatif au Conseil de paix et de sécurité de l'Afrique centrale (COPAX)",
    "Protocol relating to the Peace and Security Council (PSC)": the council's acronym.
    """
    heads = structure_vocabulary(reader.vocab.language).organisation_heads
    words = list(_TOKEN.finditer(reader.text, reader.head_end, position))
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


def _subject_only(reader: _Reader) -> bool:
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


def _first_party(reader: _Reader, closing: int) -> bool:
    """Whether the reader is in the first party after "entre"/"between", a coordinator next.

    The party's own name may hold a coordinator ("Union économique et monétaire …").
    """
    if not reader.links_read & reader.vocab.party_links:
        return False
    after = _next_token(reader.text, closing + 1)
    return after is not None and after.group().casefold() in _words("coordinators")


def _word(reader: _Reader) -> bool:
    match = _TOKEN.match(reader.text, reader.position)
    if match is None:
        return False
    word = match.group()
    folded = word.replace("’", "'").casefold()
    vocab = reader.vocab
    if reader.after_acronym and folded not in vocab.after_acronym:
        return False
    phrase = _phrase(reader, match.start())
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
    if folded in vocab.links or (folded.endswith("'") and not _plural_possessive(folded)):
        if vocab.link_idioms.match(reader.text, match.start()):
            return False  # "the agreement in force", "l'accord en question": no complement
        return _link(reader, folded, match.end())
    if reader.previous == "link" and (date := vocab.date.match(reader.text, match.start())):
        return _dated_by(reader, date)
    if _year_before_subject(reader, match):
        return True
    if len(word) == 4 and word.isdigit() and vocab.range_rest.match(reader.text, match.end()):
        # "… pour les années 2026 à 2029": a period, read by ``_period_after``.
        return False
    if _ends_before(reader, match, word, folded):
        return False
    if word[0].isdigit() and _ORDINAL.fullmatch(word) is None:  # "the 12th Meeting": no period
        reader.period = reader.period or word
        reader.period_next = reader.period_next or reader.previous == "head"
    _note_word(reader, word, folded)
    place = _place_first(reader, match, folded)
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
        return _complement_follows(reader)
    return True


def _place_first(reader: _Reader, match: re.Match[str], folded: str) -> bool:
    """Whether the word is a place right after the head's first link ("accord de Paris").

    A descriptive word in capitals is no place ("Accord de Mobilité des Jeunes"); a title
    in capitals writes its link in capitals too ("DÉCLARATION DE LOMÉ").
    """
    if not (
        reader.previous == "link"
        and reader.link in _words("place_links")
        and match.group()[0].isupper()
        and folded not in reader.vocab.descriptive
    ):
        return False
    link = reader.text[reader.head_end : match.start()].strip().casefold()
    return link in _curly(_words("place_links"))


def _new_clause(reader: _Reader, word: str, folded: str) -> bool:
    """Whether the word opens a new clause, which ends the name before it.

    A finite verb after the head or a word ("l'accord prévoit …", "l'accord ne …"), a
    pronoun or a verb after "et"/"and" ("… 2025-2030 et nous engageons …", "… and calls on
    partners"), a possessive after "et" ("la charte de l'Union et leur attachement …") unless
    it coordinates parties ("entre l'Union et ses États membres").
    """
    vocab = reader.vocab
    after_link = reader.previous == "link"
    if after_link and reader.link not in _words("coordinators"):
        return False
    # A capitalised word is a title's ("Agreement on Data Sets"), not a verb.
    if word[0].islower() and (folded in vocab.clause_verbs or folded in vocab.clause_openers):
        return True
    if after_link and folded.endswith(_POSSESSIVE_ENDINGS):
        return True  # "the Charter of the United Nations and Ruritania's Arctic Strategy"
    parties = bool(reader.links_read & vocab.party_links)
    return after_link and folded in vocab.anaphoric and not parties


def _link(reader: _Reader, folded: str, end: int) -> bool:
    """Read a linking word; False when it opens something else than the name."""
    if _infinitive(reader, folded, end) or _coordinated_noun(reader, folded, end):
        return False  # "plan to conduct …", "the Paris Agreement and the …"
    if _where(reader, folded, end):
        return False  # "the agreement in Nairobi": where it was made, not its name
    if reader.parties is None and (
        folded in reader.vocab.party_links or folded in reader.vocab.partner_links
    ):
        reader.parties = reader.position
    reader.previous, reader.link = "link", folded
    reader.links_read.add(folded)
    reader.subject_opened = reader.subject_opened or folded in reader.vocab.complement_links
    reader.coordinated = reader.coordinated or folded in _words("coordinators")
    reader.position = reader.phrase_start = end
    return True


def _ends_before(reader: _Reader, match: re.Match[str], word: str, folded: str) -> bool:
    """Whether the name ends before this word (not a link)."""
    vocab = reader.vocab
    if vocab.head_last and reader.previous == "head" and not word[0].isdigit():
        return True  # "the agreement internationally": English names end at the head
    if (
        vocab.head_last
        and reader.title
        and reader.previous != "head"
        and word[0].islower()
        and not (reader.purpose and reader.open_purpose)
        and not (reader.previous == "link" and _article_of_title(reader, match, folded))
    ):
        # A title's complement is capitalised: "Good Friday Agreement to the …", "Vision 2030
        # guides …"; a purpose after a head without a proper title is not ("the AU Roadmap
        # for the resolution of …").
        return True
    if reader.previous == "link" and _ends_name(reader, match, folded):
        return True
    if reader.previous == "link" and _coordinate_ends(reader, match):
        return True
    if _lower_after_proper(reader, word):
        return True
    if _verb_before_object(reader, match, word):
        return True
    if _after_demonym(reader, match, word):
        return True
    after_coordinator = reader.previous == "link" and reader.link in _words("coordinators")
    if (
        (word[0].islower() or reader.previous == "head")
        and (reader.previous != "link" or after_coordinator)
        and _is_participle(folded, vocab)
        # "le plan harmonisé pour la neutralisation …": an adjective before a purpose
        and not (reader.previous == "head" and _purpose_after(reader, match))
        and not _adjective_in_complement(reader, match)
    ):
        return True  # "la feuille de route définie …", "Protocole Arrivé à terme"
    if _numbered_part(reader, match):
        return False  # "relative à la ligne 5 du tramway", "for Phase 2 of the Project"
    if _numbered_meeting(reader, match):
        return False  # "Joint Communiqué of the 12th Trade Ministers' Meeting"
    # A day, a count, the year of an event are no part of a name.
    return word[0].isdigit() and (not _PERIOD.fullmatch(word) or _event_year(reader, word))


def _after_demonym(reader: _Reader, match: re.Match[str], word: str) -> bool:
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


def _numbered_part(reader: _Reader, match: re.Match[str]) -> bool:
    """Whether a short number numbers the part of a project named right before it."""
    if reader.previous == "link" or _PART_NUMBER.fullmatch(match.group()) is None:
        return False
    before = _LAST_WORD.search(reader.text, max(0, match.start() - _PART_REACH), match.start())
    return before is not None and before.group(1).casefold() in _words("numbered_parts")


def _plural_possessive(folded: str) -> bool:
    """Whether a word ending in an apostrophe is a plural possessive ("ministers'"), no elision."""
    return len(folded) > _ELISION_LENGTH and folded.endswith("s'")


def _numbered_meeting(reader: _Reader, match: re.Match[str]) -> bool:
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
    ordinal = _ORDINAL.fullmatch(match.group())
    if ordinal is None or ordinal.group(2).casefold() not in _words("ordinal_endings"):
        return False
    if _CAPITALISED_NEXT.match(reader.text, match.end()) is not None:
        return True
    # After a head in lower case, the meeting may be too: "de la 27e session ordinaire".
    return reader.outcome and not reader.title


def _year_before_subject(reader: _Reader, match: re.Match[str]) -> bool:
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
    after = _next_token(reader.text, match.end())
    if after is None or phrase_key(after.group()) not in reader.vocab.complement_links:
        return False
    reader.cuts.append((words[-1].start(), match.end()))
    reader.position, reader.previous = match.end(), "head"
    reader.links_read.clear()
    return True


def _purpose_after(reader: _Reader, match: re.Match[str]) -> bool:
    """Whether words opening a purpose follow the word ``match``."""
    position = _BLANKS.match(reader.text, match.end()).end()  # type: ignore[union-attr]
    return reader.vocab.purpose_opener.match(reader.text, position) is not None


def _dated_by(reader: _Reader, date: re.Match[str]) -> bool:
    """A date after a link ends the name ("… of August 2019", "… on Jan. 1").

    Right after the head it is the name of an instrument that has no other ("l'accord-cadre
    du 6 avril 2012"). Returns False: the name ends with the date or before its link.
    """
    if reader.end == reader.head_end and reader.link in reader.vocab.date_name_links:
        reader.end = reader.position = date.end()
        reader.complement = True
        reader.previous = "word"
    return False


def _verb_before_object(reader: _Reader, match: re.Match[str], word: str) -> bool:
    """Whether a lower-case word outside a complement is a verb (opening its object).

    "la feuille de route fixe plusieurs objectifs", "le plan conjoint vise les jeunes", "…
    permettra d'accueillir".
    """
    if reader.previous == "link" or not word[0].islower():
        return False
    if len(word) > 4 and word.endswith(reader.vocab.verb_endings):
        return True  # "… permettra d'accueillir", "… renforcera"
    after = _next_token(reader.text, match.end())
    if after is None or after.group().replace("’", "'").casefold() not in reader.vocab.object_words:
        return False
    # "… de l'Afrique centrale le 24 février 2000": an article before a day is no object.
    following = _next_token(reader.text, after.end())
    return following is None or not following.group()[0].isdigit()


def _note_word(reader: _Reader, word: str, folded: str) -> None:
    """Record what a word right after the head says: a title word, a shared adjective."""
    if reader.previous != "head":
        return
    reader.titled = reader.titled or word[0].isupper()
    reader.joint = reader.joint or folded in reader.vocab.joint or bool(_DEMONYMS.fullmatch(folded))


def _complement_follows(reader: _Reader) -> bool:
    """Whether the name goes on after a capitalised word right after the head.

    "Convention d'Ottawa sur l'interdiction …" (a complement), "Traité d'Amitié et de
    Coopération" (a coordinated title word).
    """
    after = _next_token(reader.text, reader.position)
    if after is None:
        return False
    folded = after.group().casefold()
    links = reader.vocab.complement_links | reader.vocab.party_links
    if folded in links or _title_goes_on(reader, after) or _attaches(reader, after):
        return True
    if _dated_place(reader, after):
        return True  # "Déclaration de Paris de 2005 sur l'efficacité de l'aide"
    if folded in reader.vocab.purpose_links and reader.title:
        # Only an official, capitalised title goes on: "les accords de Minsk pour le
        # règlement du conflit" states a purpose.
        article = _next_token(reader.text, after.end())
        return article is not None and phrase_key(article.group()) in reader.vocab.definite
    if folded not in _words("coordinators"):
        return False
    link = _next_token(reader.text, after.end())
    title = _next_token(reader.text, link.end()) if link is not None else None
    return (
        link is not None
        and link.group().replace("’", "'").casefold() in _words("place_links")
        and title is not None
        and title.group()[0].isupper()
        and reader.vocab.head.match(reader.text, title.start()) is None
    )


def _dated_place(reader: _Reader, after: re.Match[str]) -> bool:
    """Cut the year after a place when a subject follows it ("… de Paris de 2005 sur …")."""
    if after.group().replace("’", "'").casefold() not in reader.vocab.date_links:
        return False
    year = _next_token(reader.text, after.end())
    if year is None or len(year.group()) != 4 or not year.group().isdigit():
        return False
    subject = _next_token(reader.text, year.end())
    if subject is None or phrase_key(subject.group()) not in reader.vocab.complement_links:
        return False
    reader.cuts.append((after.start(), year.end()))
    reader.position = year.end()
    return True


def _attaches(reader: _Reader, after: re.Match[str]) -> bool:
    """Whether an attaching link after a place opens another instrument's name.

    "Amendement de Kigali au Protocole de Montréal", "Kigali Amendment to the Montreal
    Protocol": the amendment is named through the protocol.
    """
    if after.group().replace("’", "'").casefold() not in reader.vocab.attach_links:
        return False
    following = _next_token(reader.text, after.end())
    while following is not None and phrase_key(following.group()) in reader.vocab.definite:
        following = _next_token(reader.text, following.end())
    return (
        following is not None
        and reader.vocab.head.match(reader.text, following.start()) is not None
    )


def _title_goes_on(reader: _Reader, after: re.Match[str]) -> bool:
    """Whether a title-case name goes on after its place-like word ("Roadmap of Practical Steps").

    Another capitalised word, or a small word then a capitalised one ("Declaration of
    Commitment to Protect …"), continues the title of a capitalised head.
    """
    if not reader.title or reader.vocab.head.match(reader.text, after.start()) is not None:
        return False
    word = after.group()
    if word[0].isupper():
        return word not in _words("sentence_articles") and word.casefold() not in reader.vocab.stops
    if word.casefold() not in reader.vocab.title_links:
        return False
    following = _next_token(reader.text, after.end())
    return (
        following is not None
        and following.group()[0].isupper()
        and following.group() not in _words("sentence_articles")
        and reader.vocab.head.match(reader.text, following.start()) is None
    )


def _coordinated_noun(reader: _Reader, folded: str, end: int) -> bool:
    """Whether "and"/"et" right after the head, "and the", or "and of", starts another phrase.

    After a title-case complement, "and the" and a capitalised word coordinate another part
    of it ("on Student Mobility and the Mutual Recognition of Diplomas"), which
    ``_coordinate_ends`` reads.
    """
    if folded in _words("coordinators"):
        return reader.previous == "head"
    after_coordinator = reader.previous == "link" and reader.link in _words("coordinators")
    parties = bool(reader.links_read & reader.vocab.party_links)
    if after_coordinator and not parties and folded in _words("repeated_prepositions"):
        # "… to the 2030 Agenda and of the Vienna Programme …": a second complement, unless
        # the name's own object goes on ("sur le droit à l'eau et à l'assainissement").
        return _head_ahead(reader, end)
    # "between the Government of Japan and the Government of Canada" coordinates parties.
    if not (
        reader.vocab.head_last
        and folded in _words("link_articles")
        and reader.previous == "link"
        and reader.link in _words("coordinators")
        and not reader.links_read & reader.vocab.party_links
    ):
        return False
    if _head_after_title(reader, end):
        return True  # "of the Morocco-EU partnership and the EU-Armenia agenda": another name
    after = _next_token(reader.text, end)
    return not (reader.first_capital and after is not None and after.group()[0].isupper())


def _head_after_title(reader: _Reader, position: int) -> bool:
    """Whether a head follows a few capitalised words at ``position``: another instrument.

    "… and the EU-Armenia agenda", "… and the Valmont Accord"; not "… and the Reconstruction
    of the North" (a word in lower case that is no head ends the look).
    """
    token = _next_token(reader.text, position)
    for _ in range(_MAX_RUN):
        if token is None:
            return False
        if reader.vocab.head.match(reader.text, token.start()) is not None:
            return True
        if not token.group()[0].isupper():
            return False
        token = _next_token(reader.text, token.end())
    return False


def _head_ahead(reader: _Reader, position: int, *, titled: bool = False) -> bool:
    """Whether an instrument's head comes within a few words of ``position``, before a comma.

    ``titled``: only through capitalised words or figures, a title of its own ("the IAI
    Work Plan", "the Valmont Accord").
    """
    token = _next_token(reader.text, position)
    for _ in range(_MAX_RUN):
        if token is None:
            return False  # punctuation ends the look
        if titled and not (token.group()[0].isupper() or token.group().isdigit()):
            return False
        if reader.vocab.head.match(reader.text, token.start()) is not None:
            return True
        token = _next_token(reader.text, token.end())
    return False


def _coordinate_ends(reader: _Reader, match: re.Match[str]) -> bool:
    """Whether the noun after "et la"/"and the" in a complement opens something else.

    The coordinated part of a name is written like its first complement ("sur la Mobilité
    des étudiants et la Reconnaissance mutuelle …"; "on Fisheries and the protection of …"
    ends at "Fisheries"), and is no actor: a party, its government, a person ("… and the
    Government of Norway agreed", "sur la pêche et la France"), nor, in English, the subject
    of a verb ("… and the Fisheries Commission agreed") or another instrument.
    """
    if not reader.complement or reader.links_read & reader.vocab.party_links:
        return False
    between = reader.text[reader.end : match.start()].replace("’", "'").replace("'", "' ")
    words = between.split()
    if (
        len(words) != 2
        or words[0].casefold() not in _words("coordinators")
        or phrase_key(words[1]) not in reader.vocab.definite
    ):
        return False
    capital = match.group()[0].isupper()
    if capital != bool(reader.first_capital):
        return True
    if not capital and _owner_last(reader):
        return True  # « stratégie … de la CEDEAO et le dialogue … »: the owner ends the name
    if not capital and not (_with_article(reader, reader.first_word) or _last_article(reader)):
        return True  # "traité de paix et le calendrier …": "de paix" takes no "et le"
    if capital and _head_ahead(reader, match.start(), titled=True):
        return True  # "on ASEAN Connectivity and the IAI Work Plan": another instrument's title
    if not capital or _actor_at(reader, reader.first_word):
        return False  # "Déclaration conjointe de la Guinée et du Ghana": parties coordinated
    return _actor_at(reader, match.start()) or _subject_run(reader, match.start())


def _lower_after_proper(reader: _Reader, word: str) -> bool:
    """Whether a bare lower-case word after "et"/"and" follows a capitalised complement.

    A proper complement's coordinated part is written alike or opens with an article ("de la
    Charte des Nations Unies et du droit …"); a bare lower-case word there is a verb or a
    noun of the sentence ("… la Charte des Nations Unies et sapons les fondements …"). Parties
    are no complement of that kind ("entre l'agence de Koranda et son homologue …").
    """
    if not (
        reader.complement
        and reader.previous == "link"
        and reader.link in _words("coordinators")
        and word[0].islower()
        and not reader.links_read & reader.vocab.party_links
    ):
        return False
    start, stop = token_before(reader.text, reader.end, "'’-")
    return start < stop and start >= reader.head_end and reader.text[start].isupper()


def _last_article(reader: _Reader) -> bool:
    """Whether the complement read last opens with a definite article.

    "dans le domaine de la culture et des arts": "des arts" goes on with "de la
    jeunesse", not with the first complement ("de coopération").
    """
    for word in reversed(_TOKEN.findall(reader.text, reader.head_end, reader.end)):
        key = phrase_key(word)
        if key in reader.vocab.definite:
            return True
        if key in reader.vocab.links:
            return False
    return False


def _with_article(reader: _Reader, position: int) -> bool:
    """Whether the complement word at ``position`` follows a definite article.

    A coordinated part of a name in lower case is built like the first complement: "sur la
    libre circulation et le droit …" coordinates, "de paix et le calendrier …" does not (a
    title in capitals has its own style: "on Student Mobility and the Mutual …").
    """
    start = max(reader.head_end, position - _ARTICLE_REACH)
    before = reader.text[start:position].replace("’", "'").replace("'", "' ").split()
    return bool(before) and phrase_key(before[-1]) in reader.vocab.definite


def _owner_last(reader: _Reader) -> bool:
    """Whether the name read so far ends on a party's name, the instrument's owner.

    "… du capital humain de la CEDEAO": a lower-case noun coordinated after it ("et le
    dialogue de haut niveau …") is no part of the name.
    """
    parties = gazetteer(reader.vocab.language)
    return any(
        found.end() == reader.end and phrase_key(found.group()) in parties.forms
        for found in parties.pattern.finditer(reader.text, reader.head_end, reader.end)
    )


def _actor_at(reader: _Reader, position: int) -> bool:
    """Whether a party's name, an actor's noun or an honorific starts at ``position``."""
    word = _TOKEN.match(reader.text, position)
    if word is not None and phrase_key(word.group()) in reader.vocab.coordinated_actors:
        return True
    parties = gazetteer(reader.vocab.language)
    found = parties.pattern.match(reader.text, position)
    return found is not None and phrase_key(found.group()) in parties.forms


def _subject_run(reader: _Reader, position: int) -> bool:
    """Whether the capitalised words at ``position`` hold a head, an actor or a verb's subject.

    "… and the Kigali Declaration": another instrument; "… and the Fisheries Commission",
    "… and the Sustainable Development Goals": an actor's or a goal's noun; "… and the Timber
    Board agreed": in English, a lower-case word that is neither a link nor a word ending
    names follows.
    """
    text, vocab = reader.text, reader.vocab
    token = _next_token(text, position)
    for _ in range(_MAX_RUN):
        if token is None:
            return False
        word = token.group()
        folded = word.replace("’", "'").casefold()
        if vocab.head.match(text, token.start()) is not None or folded in vocab.coordinated_actors:
            return True
        if folded in _words("coordinators"):
            return False  # "… and the Reconstruction of the North and the Joint Declaration …"
        if not word[0].isupper() and folded not in vocab.title_links:
            verb = word[0].isalpha() and folded not in vocab.links and folded not in vocab.stops
            return vocab.head_last and verb
        token = _next_token(text, token.end())
    return False


def _phrase(reader: _Reader, position: int) -> bool | None:
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


def _first_complement(reader: _Reader, position: int) -> bool:
    """Whether only links stand between the head and ``position`` ("de", "pour la")."""
    if reader.previous != "link" or reader.coordinated:
        return False
    words = reader.text[reader.head_end : position].replace("’", "'").replace("'", "' ").split()
    return all(phrase_key(word) in reader.vocab.links for word in words)


def _purpose(reader: _Reader, opener: re.Match[str]) -> bool:
    """Read the words opening a purpose ("pour", "visant à", "aimed at") as a link."""
    reader.purpose = reader.purpose or not reader.links_read
    reader.previous, reader.link = "link", phrase_key(opener.group()).split()[-1]
    reader.subject_opened = True
    reader.links_read.add(reader.link)
    reader.after_acronym = False
    reader.position = reader.phrase_start = opener.end()
    return True


def _where(reader: _Reader, folded: str, end: int) -> bool:
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
    after = _next_token(reader.text, end)
    return (
        after is not None
        and after.group()[0].isupper()
        and reader.vocab.head.match(reader.text, after.start()) is None
    )


def _infinitive(reader: _Reader, folded: str, end: int) -> bool:
    """Whether "to" opens an infinitive ("plan to conduct"), not a complement."""
    if folded not in _words("infinitive_markers"):
        return False
    after = _next_token(reader.text, end)
    return (
        after is not None
        and after.group()[0].islower()
        and after.group() not in _words("link_articles")
    )


def _next_token(text: str, position: int) -> re.Match[str] | None:
    return _TOKEN.match(text, _BLANKS.match(text, position).end())  # type: ignore[union-attr]


def _event_year(reader: _Reader, word: str) -> bool:
    """A lone year after "in"/"en" dates an event ("agreement in 2012"), not the name."""
    return reader.previous == "link" and reader.link in reader.vocab.date_links and len(word) == 4


def _ends_name(reader: _Reader, match: re.Match[str], folded: str) -> bool:
    """Whether the word after a link starts something else than the name.

    "le Livre blanc d'une coopération …" (an indefinite article), "… pour ces trois exercices"
    (a demonstrative), "l'accord sur le plan « ReArm Europe »" (another named instrument:
    the name is the inner one's).
    """
    if folded in _words("indefinites"):
        return not (_article_of_title(reader, match, folded) or _purpose_object(reader, match))
    count = (folded.isdigit() and len(folded) <= _COUNT_DIGITS) or folded in _words("counts")
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


def _dated_after(reader: _Reader, position: int) -> bool:
    """Whether a date link and a calendar date follow a head: "l'accord du 14 juin 1971"."""
    link = _LINK_WORD.match(reader.text, position)
    if link is None or phrase_key(link.group(1)) not in reader.vocab.date_name_links:
        return False
    return reader.vocab.date.match(reader.text, link.end()) is not None


def _purpose_object(reader: _Reader, match: re.Match[str]) -> bool:
    """Whether an indefinite article names what the instrument's purpose sets up.

    "Accord pour la mise en place d'un fonds commun de garantie", "mémorandum portant sur
    l'établissement d'un comité mixte": after a purpose or subject link and the noun of an
    action, the object it creates belongs to the name; "le
    Livre blanc d'une coopération" has no purpose, "l'accord pour un cessez-le-feu" no action.
    """
    vocab = reader.vocab
    if reader.link in _words("coordinators"):
        return False  # "… et un Mémorandum …": another instrument
    words = [phrase_key(w) for w in _TOKEN.findall(reader.text, reader.head_end, match.start())]
    for index, word in enumerate(words):
        # "pour la mise en place d'un …", "portant sur l'établissement d'un …"
        if word in vocab.purpose_links or word in vocab.complement_links:
            action = [w for w in words[index + 1 :] if w not in vocab.links and w[-1:] != "'"]
            return bool(action)
    return False


def _article_of_title(reader: _Reader, match: re.Match[str], folded: str) -> bool:
    """Whether an indefinite article after a link goes on with a title-case name.

    "Framework for an Agreement on …", "Agreement between A and B for an Economic
    Partnership", and after a purpose link ("la Feuille de Route pour un retour à
    l'ordre constitutionnel"); not "… et d'une Convention" (another instrument), not
    "d'une coopération".
    """
    if folded not in _words("indefinites") or not reader.title:
        return False
    if reader.link in _words("coordinators") or (reader.coordinated and reader.parties is None):
        return False
    following = _next_token(reader.text, match.end())
    if following is None:
        return False
    # "la Feuille de Route pour un retour à …": a head in capitals names its purpose.
    return following.group()[0].isupper() or reader.link in reader.vocab.purpose_links


def _object_of(reader: _Reader, position: int) -> bool:
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


def _attached_by(reader: _Reader, position: int) -> bool:
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


def _noun_after_article(reader: _Reader) -> bool:
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


def _adjective_in_complement(reader: _Reader, match: re.Match[str]) -> bool:
    """Whether a participle inside a complement qualifies its noun ("gestion concertée des …").

    A link of its own follows it, and the complement goes on: "relatif à la gestion
    concertée des ressources"; "l'accord sur la pêche signé le …" ends (a status word).
    """
    if reader.previous != "word" or not reader.complement:
        return False
    after = _next_token(reader.text, match.end())
    return after is not None and phrase_key(after.group()) in reader.vocab.adjective_links


def _is_participle(word: str, vocab: AgreementVocabulary) -> bool:
    if "-" in word or word in vocab.adjective_exceptions:
        return False
    return word.endswith(vocab.participle_endings) or word in vocab.participles


def title_before(text: str, head_start: int, *, year_title: bool = False) -> int | None:
    """Start of the capitalised words of a title before its head ("the Paris Agreement").

    None when those words name something else that the head only qualifies ("Government
    of National Accord": the head is in the complement of another noun). A year right before
    the head is part of the title only when ``year_title`` (the head names a horizon: "the
    2030 Agenda"); elsewhere it dates the instrument ("the 2006 Agreement on …").
    """
    window = max(0, head_start - 80)
    # A title cannot hold a comma or a line break: starting after the last one finds the
    # same match as a search of the whole window, which tries the pattern at each position.
    for mark in _TITLE_BREAKS:
        found = text.rfind(mark, window, head_start)
        while mark == ". " and found > 0 and _DOTTED_END.search(text, max(0, found - 8), found + 1):
            found = text.rfind(mark, window, found)  # "the U.S. Partnership": no sentence end
        window = max(window, found + 1)
    match = _title_before().search(text, window, head_start)
    if match is None or match.end() != head_start:
        return head_start
    words = list(re.finditer(r"\S+", text[match.start() : head_start]))
    # The title starts at its first capitalised word that is not an article or a count
    # opening the sentence ("Ten agreements were signed"), or at a year right before a
    # horizon's head ("the 2030 Agenda"; "the 1995 Dayton Agreement" is Dayton's).
    counts = _sentence_counts()
    first = next(
        (
            w
            for w in words
            if (
                w.group()[:1].isupper()
                and w.group() not in _words("sentence_articles")
                and not (w is words[0] and w.group() in counts)
            )
            or (year_title and w.group().isdigit() and w is words[-1])
        ),
        None,
    )
    if first is None:
        return head_start
    # "… in the U.S. The Partnership": a sentence ends with the abbreviation's period.
    opened = [
        w
        for previous, w in itertools.pairwise(words)
        if previous.group().endswith(".") and w.group() in _words("sentence_articles")
    ]
    if opened:
        after = [w for w in words if w.start() > opened[-1].start()]
        if not after:
            return head_start
        first = after[0]
    headline_verbs, process_nouns = _words("headline_verbs"), _words("process_nouns")
    links, articles = _words("inside_links"), _words("link_articles")
    verbs = [w for w in words if w.group() in headline_verbs]
    if verbs:  # "Council Hails Framework Accord": the title follows the verb
        after = [w for w in words if w.start() > verbs[-1].start()]
        if not after:
            return head_start
        first = after[0]
    acted = [
        index
        for index, w in enumerate(words)
        if 0 < index < len(words) - 1
        and w.start() > first.start()
        and w.group() in links
        and words[index - 1].group().casefold() in process_nouns
    ]
    if acted:  # "Full Implementation of the Valmont Accord": the title follows the act's link
        after = [w for w in words[acted[-1] + 1 :] if w.group() not in articles]
        if not after or not after[0].group()[:1].isupper():
            return head_start
        first = after[0]
    inside = [w for w in words if w.start() > first.start() and w.group() in _words("inside_links")]
    if inside and _owned(words, words.index(inside[0])):
        return None
    possessive = [w for w in words if w.group().endswith(("'s", "’s"))]
    if possessive:  # "New Zealand's Refugee Quota Programme": the owner is no part of it
        return _BLANKS.match(text, match.start() + possessive[-1].end()).end()  # type: ignore[union-attr]
    return match.start() + first.start()


@functools.cache
def _sentence_counts() -> frozenset[str]:
    """Counts as they open a sentence ("Ten", "Plusieurs"): no title word before a head."""
    return frozenset(word.capitalize() for word in _words("counts"))


def _owned(words: list[re.Match[str]], link: int) -> bool:
    """Whether the word before a title's inside link names a body that owns what follows.

    "Government of National Accord": the head is in a body's name; "the Status of Forces
    Agreement", "the Cessation of Hostilities Agreement" are titles.
    """
    return link > 0 and words[link - 1].group().casefold() in _words("owner_nouns")


@functools.cache
def _words(key: str, *codes: str) -> frozenset[str]:
    """The function words under ``key`` of every shipped language (or of ``codes``)."""
    if not codes:
        return frozenset(agreement_words(key))
    return frozenset(w for code in codes for w in agreement_words(key, code))


def _curly(words: frozenset[str]) -> frozenset[str]:
    return words | {word.replace("'", "’") for word in words}


@functools.cache
def _numbers_pattern() -> re.Pattern[str]:
    """Numbers of instruments, joined by commas and coordinators: "1325, 1820 et 1888"."""
    joins = alternation(agreement_words("number_joiners"))
    return compile_pattern(rf"\s*({_NUMBERED}(?:\s*(?:,|{joins})\s*{_NUMBERED})*)")


@functools.cache
def _enumeration() -> re.Pattern[str]:
    """An enumeration going on after a comma: ", la sécurité et …".

    Or a list of single words: ", commerciale, culturelle et …".
    """
    articles = alternation(agreement_words("enumeration_articles"))
    joins = alternation(agreement_words("number_joiners"))
    return compile_pattern(
        rf",\s*(?:(?:{articles})\s*)?[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){{0,3}}"
        # or a list of single words: "économique, commerciale, culturelle et technique"
        rf"(?:\s*,\s*[^\W\d_][\w'’-]*){{0,6}}\s+(?:{joins})\s"
    )


@functools.cache
def _subtitle_pattern() -> re.Pattern[str]:
    """A title-case subtitle after a colon: capitalised words, small words between them."""
    small = alternation(agreement_words("subtitle_small_words"))
    return compile_pattern(
        rf":[ \t]+{_CAPITAL_WORD}(?:(?:[ \t]+(?:{small}))*[ \t]+{_CAPITAL_WORD}){{0,7}}"
    )


@functools.cache
def _title_before() -> re.Pattern[str]:
    """Capitalised words (and the links inside a title) ending just before a head."""
    links = alternation(agreement_words("title_links"))
    return compile_pattern(rf"(?:(?:{_TITLE_WORD}|{links})[ \t]++)*{_TITLE_WORD}[ \t]++$")
