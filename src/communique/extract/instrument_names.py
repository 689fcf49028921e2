"""Read the extent of an instrument's name around its head.

After the head: complements opened by a linking word ("sur la non-prolifération des armes
nucléaires"), adjectives, proper names ("de Paris"), a quoted title ("plan « ReArm
Europe »"), an acronym or a period in parentheses ("(ACSA)", "(2013-2018)"), numbers
("résolutions 2270 et 2321"), a title's dash ("– Préparation à l'horizon 2030") and a short
enumeration after a comma ("pour le développement durable, la santé et la sécurité …").
Before a capitalised head: the capitalised words of a title ("the Paris Agreement"), read by
``instrument_titles``.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.extract.name_extent import Reader
from communique.extract.name_step import step
from communique.extract.name_tokens import SPACES, function_words
from communique.lexicon.agreements import agreement_words
from communique.patterncache import compile_pattern
from communique.wordtrie import alternation, phrase_key

if TYPE_CHECKING:
    from communique.extract.name_extent import NameExtent
    from communique.lexicon.agreements import AgreementVocabulary

__all__ = ["NUMBER", "SYMBOL", "read_extent"]

_BRACKETED_PERIOD: Final = compile_pattern(r"[ \t]*\([ \t]*\d{4}[ \t]*[-–][ \t]*\d{2,4}[ \t]*\)")
"""Two years in brackets after a name: " (2021-2025)"."""
_ROMAN_AFTER: Final = compile_pattern(r"[ \t]+(X{0,3}(?:IX|IV|V?I{0,3}))(?![\w'’-])")
"""A Roman numeral after a head: the instrument's rank in a series ("Work Plan IV")."""
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
_SYMBOL_NAME: Final = compile_pattern(
    r"[ \t]+\[?([A-Z][A-Z0-9]*(?:/[A-Z0-9][\w.-]*[\w])+(?:\.?[ \t]*\((?P<session>[MDCLXVI]+)\))?)"
    r"\]?(?:[ \t]*\((\d{4})\))?"
)
"""A document symbol right after a head: "PSC/PR/COMM.1185 (2023)", "S/PRST/2023/1", with
the session in Roman numerals as the Peace and Security Council numbered it, maybe in
brackets ("[PSC/PR/COMM.2 (DCCLXXII)]", "PSC/PR/COMM.(DCCCXIV)")."""
_MAX_TOKENS: Final = 30
_FINAL_WORD: Final = compile_pattern(r"[ \t]*+([^\W\d_]+['’]?)$")
"""The last word before a position, an elided one with its apostrophe ("d'")."""


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
    reader = Reader(text, vocab, title, head_end, head_end, head_end)
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


def _reference_after(reader: Reader) -> None:
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


def _without_dangling_article(reader: Reader) -> None:
    """End the name before an indefinite article it ends on, and the link before that.

    A purpose's object is read with its article ("pour la création d'un fonds"); when the
    noun after the article is no part of the name, "d'un" is left hanging: the name is
    "accord pour la création".
    """
    last = _FINAL_WORD.search(reader.text, reader.head_end, reader.end)
    if last is None or phrase_key(last.group(1)) not in function_words("indefinites"):
        return
    end = last.start()
    link = _FINAL_WORD.search(reader.text, reader.head_end, end)
    if link is not None and phrase_key(link.group(1)) in reader.vocab.links:
        end = link.start()
    reader.end = end


def _read_tokens(reader: Reader) -> None:
    """Read the name's words after its head, up to where it ends."""
    text = reader.text
    for _ in range(_MAX_TOKENS):
        spaces = SPACES.match(text, reader.position)
        reader.position = spaces.end() if spaces else reader.position
        if reader.position >= len(text) or not step(reader):
            break


def _period_after(reader: Reader) -> None:
    """Take in a period of two years right after the name, with the words introducing it.

    "plan d'action de Dakar pour la période 2026-2030", "Joint Action Plan for the years
    2026 to 2029", "plan d'action de Kalvora (2021-2025)": the period tells which
    instrument, wherever the name's words stopped. A name ending on a period takes the
    list's other periods: "… pour les années 2026-2027, 2027-2028 et 2028-2029".
    """
    tail = reader.vocab.period_tail.match(reader.text, reader.end)
    low = max(0, reader.end - _PERIOD_CHARS)
    if (
        tail is not None
        and tail.group("more") is not None
        and _ENDS_ON_PERIOD.search(reader.text, low, reader.end) is None
    ):
        tail = None  # the list's other periods follow a period only (not "Agenda 2063, …")
    if tail is None:
        tail = _BRACKETED_PERIOD.match(reader.text, reader.end)  # "… de Kalvora (2021-2025)"
    if tail is None:
        return
    reader.end = reader.position = tail.end()
    reader.period = reader.period or tail.group().strip()


_ENDS_ON_PERIOD: Final = compile_pattern(r"\d{4}[ \t]*[-–][ \t]*\d{2,4}$")
"""Two years joined by a dash, ending the text searched: the name ends on a period."""
_PERIOD_CHARS: Final = 12


def _numbers(text: str, position: int) -> tuple[tuple[int, int], ...]:
    """Spans of the numbers after a head, each with its year: "1718 (2006) and 2397 (2017)"."""
    match = _numbers_pattern().match(text, position)
    if match is None:
        return ()
    return tuple(m.span() for m in NUMBER.finditer(text, match.start(1), match.end()))


@functools.cache
def _numbers_pattern() -> re.Pattern[str]:
    """Numbers of instruments, joined by commas and coordinators: "1325, 1820 et 1888"."""
    joins = alternation(agreement_words("number_joiners"))
    return compile_pattern(rf"\s*({_NUMBERED}(?:\s*(?:,|{joins})\s*{_NUMBERED})*)")
