"""Build the reading text of a title, heading or paragraph from its line pieces.

Lines are unwrapped with one space, a word hyphenated at a line end is rejoined, a page
number glued into a word ("Nations 2unies") is dropped and runs of spaces collapse; the
offset map keeps every character's original position.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections import Counter
from typing import TYPE_CHECKING, Final

import attrs
import regex

from communique.document import Unit, UnitKind
from communique.lexicon.dates import date_vocabulary
from communique.lexicon.structure import StructureVocabulary, structure_vocabulary
from communique.model import Repair
from communique.offsets import TextBuilder
from communique.patterncache import compile_pattern, compile_regex
from communique.records import shared_repr
from communique.structure.lines import stripped_span

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from communique.document import Document

__all__ = ["KnownWords", "build_unit"]

_LAST_DAY: Final = 31
"""The last day of a month: a number glued to a month's name up to it is its day."""
# A number glued before a word ("Nations 2unies"); whether the word is in lower case, and
# that white space comes before the number, are checked in Python. A pattern that opens
# on a digit lets the engine skip ahead to the next digit.
_GLUED_NUMBER: Final = compile_pattern(r"[0-9][0-9]?[0-9]?(?=(?P<word>[^\W\d_]{3,})(?!\w))")
# A footnote reference glued to a year ("in 19962 the", read 1996 and note 2), to the last
# word of a clause ("la Convention3, …") or to a year in brackets ("2334 (2016)1"); the
# bare year case needs a preposition before it.
_FOOTNOTE_YEAR: Final = compile_regex(
    r"(?<![\d.,/-])(?:19|20)\d\d(?P<note>[1-9]\d?)(?=[\s,.;:)]|$)"
)
_FOOTNOTE_WORD: Final = compile_regex(
    r"(?<![\w-])\p{Lu}?\p{Ll}{3,}(?P<note>[1-9])(?=[,.;:)»”](?:\s|$))"
    r"|\(\d{4}\)(?P<note>[1-9]\d?)(?=[\s,.;:])"
)
# What every footnote reference of ``_FOOTNOTE_WORD`` holds (each class here is a superset
# of the full pattern's), found by the faster standard engine: the full pattern runs only on
# the rare texts that have one. Opening on a digit lets the engine skip ahead to the next one.
_FOOTNOTE_HINT: Final = compile_pattern(
    r"[1-9](?:(?<=[^\W\d_][1-9])[,.;:)»”](?:\s|$)|(?<=\d\)[1-9])\d?[\s,.;:])"
)
_HYPHEN_LEFT: Final = compile_regex(r"(?P<word>\p{L}+)-$")
_CUE_WINDOW: Final = 16
"""How far back to look for the preposition before a year ("depuis", "since")."""
_HYPHEN_RIGHT: Final = compile_regex(r"(?P<word>\p{Ll}[\p{L}]*)")
_LETTERS: Final = compile_regex(r"\p{L}+")


class KnownWords:
    """The compounds of a document, to tell "nord-coréen" from "coopé-" + "ration".

    Collected once, when a hyphen at a line end first needs them.
    """

    def __init__(self, text: str) -> None:
        self._text = text

    @functools.cached_property
    def compounds(self) -> frozenset[str]:
        """Every word of the text with a hyphen inside, case-folded.

        Read from each hyphen outwards (``str.find`` jumps between them), so the cost is
        one pass over the text whatever the number of questions.

        >>> sorted(KnownWords("Le régime Nord-Coréen et l'anti-missile, coopé-").compounds)
        ["l'anti-missile", 'nord-coréen']
        """
        text = self._text.casefold()
        found: set[str] = set()
        position = text.find("-")
        while position != -1:
            start, end = position, position + 1
            while start > 0 and _in_word(text[start - 1]):
                start -= 1
            while end < len(text) and _in_word(text[end]):
                end += 1
            word = text[start:end].strip("-'’")
            if "-" in word:
                found.add(word)
            position = text.find("-", end)
        return frozenset(found)

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """Every word of the text written whole (letters only), case-folded.

        >>> "procédures" in KnownWords("les procédures et les pro-").words
        True
        """
        return frozenset(self.counts)

    @functools.cached_property
    def counts(self) -> Counter[str]:
        """How often each word of the text is written (letters only), case-folded.

        The part of a word after a line-end hyphen is itself one of the text's words, so
        "written elsewhere" means written at least twice.

        >>> KnownWords("le conflit et le post- conflit").counts["conflit"]
        2
        """
        return Counter(_LETTERS.findall(self._text.casefold()))


def _in_word(char: str) -> bool:
    return char.isalpha() or char in "'’-"


def build_unit(
    doc: Document,
    kind: UnitKind,
    pieces: Sequence[tuple[int, int]],
    known: KnownWords | None = None,
) -> tuple[Unit, list[Repair]]:
    """Join the working-text spans ``pieces`` into one reading unit.

    Returns:
        The unit, and the repairs that dropped text (leaked page numbers).
    """
    vocab = structure_vocabulary(doc.lang)
    known = known or KnownWords(doc.text)
    spans = [s for s in (stripped_span(doc.text, a, b) for a, b in pieces) if s[0] < s[1]]
    builder = TextBuilder(doc.text, doc.offsets)
    repairs: list[Repair] = []
    for index, (start, end) in enumerate(spans):
        if index + 1 < len(spans):
            hyphen = _hyphen_join(doc.text, (start, end), spans[index + 1], vocab, known)
        else:
            hyphen = None
        _copy(doc, builder, (start, end - (hyphen == "drop")), kind == "paragraph", repairs)
        if index + 1 < len(spans) and hyphen is None:
            builder.insert(" ", end)
    text, offsets = builder.build()
    return Unit(kind, text, offsets), repairs


@shared_repr
@attrs.frozen(repr=False)
class _Inner:
    """A run of spaces to collapse, or a number glued before ``word`` to drop."""

    start: int
    end: int
    word: str | None = None
    note: bool = False
    """A footnote reference glued to a year or a word, to drop."""


def _inner_repairs(doc: Document) -> tuple[list[int], list[_Inner]]:
    """Runs of spaces and glued numbers of the whole working text, in order.

    Runs of spaces never cross a line, so the whole text is read at once.
    """
    text = doc.text
    found = []
    position = text.find("  ")
    while position != -1:
        end = position + 2
        while end < len(text) and text[end] == " ":
            end += 1
        found.append(_Inner(position, end))
        position = text.find("  ", end)
    for match in _GLUED_NUMBER.finditer(text):
        if match.start() == 0 or text[match.start() - 1].isspace():
            found.append(_Inner(match.start(), match.end(), match.group("word")))
    cues = structure_vocabulary(doc.lang).footnote_year_cues
    for year in _FOOTNOTE_YEAR.finditer(text):
        before = text[max(0, year.start() - _CUE_WINDOW) : year.start()].split()
        if before and before[-1].casefold() in cues:
            found.append(_Inner(year.start("note"), year.end("note"), note=True))
    found.extend(
        _Inner(word.start("note"), word.end("note"), note=True) for word in _footnote_words(text)
    )
    found.sort(key=lambda inner: inner.start)
    return [inner.start for inner in found], found


def _footnote_words(text: str) -> Iterator[regex.Match[str]]:
    """``_FOOTNOTE_WORD.finditer(text)``, run only on the lines that hold a hint.

    The full pattern costs the slower engine about a millisecond per thousand characters;
    its matches never cross a line end, and each holds a hint, so the lines without one
    have none. Each line is read with its line break, which the lookaheads may need.
    """
    done = -1
    for hint in _FOOTNOTE_HINT.finditer(text):
        if hint.start() < done:
            continue
        start = text.rfind("\n", 0, hint.start()) + 1
        end = text.find("\n", hint.start())
        done = len(text) if end == -1 else end + 1
        yield from _FOOTNOTE_WORD.finditer(text, start, done)


def _copy(
    doc: Document,
    builder: TextBuilder,
    span: tuple[int, int],
    glued: bool,
    repairs: list[Repair],
) -> None:
    """Copy ``span`` of the working text, collapsing spaces.

    In a paragraph (``glued``) a number glued before a word is a leaked page number and is
    dropped; a title or heading is one printed line and keeps it ("Annexe 1bis").
    """
    start, end = span
    vocab = structure_vocabulary(doc.lang)
    starts, inners = doc.memo.get("inner repairs", doc.text, lambda: _inner_repairs(doc))
    position = start
    index = bisect_left(starts, start)
    while index < len(starts) and starts[index] < end:
        inner = inners[index]
        index += 1
        if inner.end > end:
            break
        if inner.note:
            if glued:
                builder.copy(position, inner.start)
                original = doc.offsets.span(inner.start, inner.end)
                repairs.append(Repair("footnote", doc.original[slice(*original)], *original))
                position = inner.end
        elif inner.word is None:
            builder.copy(position, inner.start + 1)
            position = inner.end
        elif (
            glued
            and inner.word.islower()
            and inner.word not in vocab.glued_suffixes
            and not _glued_day(doc.text[inner.start : inner.end], inner.word, doc)
        ):
            builder.copy(position, inner.start)
            original = doc.offsets.span(inner.start, inner.end)
            repairs.append(Repair("page_number", doc.original[slice(*original)], *original))
            position = inner.end
    builder.copy(position, end)


def _glued_day(number: str, word: str, doc: Document) -> bool:
    """Whether a number glued before a month's name, or its link to it, is its day.

    "le 16mai 2022", "the 24thof May 2013".

    A page that lost its non-breaking space glues them; the number is no leaked page number.
    """
    vocab = date_vocabulary(doc.lang)
    if int(number) > _LAST_DAY:
        return False
    # "the 24thof May 2013": a PDF's text glues the day's suffix to the link to its month.
    links = [link for link in vocab.word_list("day_month_links") if " " not in link]
    suffixes = vocab.word_list("day_suffixes")
    if any(word == suffix + link for suffix in suffixes for link in links):
        return True
    # Where month names are capitalised, a lower-case "may" after a page number is a verb.
    return not vocab.case_sensitive_names and word in vocab.months


def _hyphen_join(
    text: str,
    left: tuple[int, int],
    right: tuple[int, int],
    vocab: StructureVocabulary,
    known: KnownWords,
) -> str | None:
    """How a word hyphenated across two pieces joins: ``keep`` "-", ``drop`` it, or None."""
    if left[1] <= left[0] or text[left[1] - 1] != "-":
        return None
    left_match = _HYPHEN_LEFT.search(text, max(left[0], left[1] - 40), left[1])
    right_match = _HYPHEN_RIGHT.match(text, right[0], right[1])
    if left_match is None or right_match is None:
        return None
    head, tail = left_match.group("word").casefold(), right_match.group("word").casefold()
    if f"{head}-{tail}" in known.compounds:
        return "keep"
    # "pro-" + "cédures" is "procédures" when the text writes that word whole elsewhere.
    if head in vocab.compound_prefixes and head + tail not in known.words:
        # "pré-" + "sident": a welded prefix keeps its hyphen only before a whole word.
        if head in vocab.welded_prefixes and known.counts[tail] < 2:
            return "drop"
        return "keep"
    return "drop"
