"""Patterns spelled for speed find exactly what their plain spelling finds.

Each plain spelling below is the one the module used before it was made faster
(possessive quantifiers, a search window that starts after a mark no match can hold).
"""

from __future__ import annotations

import re
from unittest import mock

import regex
from hypothesis import example, given
from hypothesis import strategies as st

from communique.extract import (
    apposed_names,
    bare_names,
    instrument_acronyms,
    instrument_naming,
    instrument_titles,
    names,
    person_context,
    role_complement,
    role_heads,
    titled_names,
)
from communique.letters import CAPITAL
from communique.lexicon.agreements import agreement_vocabulary, agreement_words
from communique.lexicon.common.instruments import known_instruments
from communique.lexicon.persons import article_at
from communique.temporal import hijri
from communique.wordtrie import alternation, trie_pattern

_HEADS = agreement_vocabulary("en").head
_TITLE_TEXT = st.text(alphabet="AaDdPoflne'’.-–, \t\n(U)S1;", max_size=50)
_PLAIN_TITLE_WORD = (
    r"(?:(?:[A-Z]|[dD]['’][A-Z])(?:[\w'’–-]|\.(?!(?<=[a-z]{2}\.)[A-Z][a-z])(?=[\w–-]))*"
    r"(?:(?<=(?<![\w.])(?:[A-Z]\.)+[A-Z])\.)?|\d{4}|\([A-Z][A-Za-z0-9&+/-]{1,11}\)"
    r"|\([A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){1,3}\))"
)


def _plain_title_before(text: str, head_start: int) -> int | None:
    links = alternation(agreement_words("title_links"))
    word = _PLAIN_TITLE_WORD
    # `regex`: a dotted abbreviation's last period is read by a lookbehind of any width.
    pattern = regex.compile(rf"(?:(?:{word}|{links})[ \t]+)*{word}[ \t]+$")
    with (
        mock.patch.object(instrument_titles, "_TITLE_BREAKS", ()),
        mock.patch.object(instrument_titles, "_title_before", return_value=pattern),
    ):
        return instrument_titles.title_before(text, head_start, _HEADS)


@given(text=_TITLE_TEXT)
@example(text="(A A)")  # another name in brackets opens the title
@example(text="Aad.Ad")  # a stop glued between two words ends the title
@example(text="the U.S.")  # a dotted abbreviation keeps its last period
@example(text=".A.")  # one capital and its period is no abbreviation
def test_title_before_reads_as_the_plain_search(text: str) -> None:
    """The capitalised words before a head: the same start as a search of the whole window."""
    text += " Agreement"
    head = len(text) - len("Agreement")
    assert instrument_titles.title_before(text, head, _HEADS) == _plain_title_before(text, head)


def test_title_before_finds_a_title_after_a_comma() -> None:
    """A comma before the title ends the search window, not the title."""
    text = "In Paris, the leaders welcomed the Paris Climate Agreement"
    start = instrument_titles.title_before(text, text.index("Agreement"), _HEADS)
    assert start == text.index("Paris Climate")


@given(text=st.text(alphabet="ab'’s \t\n.", max_size=30), width=st.integers(0, 30))
def test_previous_word_reads_as_the_plain_pattern(text: str, width: int) -> None:
    """The word before a position: possessive quantifiers change no match."""
    plain = re.compile(r"(\w+(?:['’]s?)?)[ \t]*$")
    start = max(0, len(text) - width)
    expected = plain.search(text, start, len(text))
    found = instrument_naming._PREVIOUS.search(text, start, len(text))
    assert (expected and expected.span(1)) == (found and found.span(1))


_PLAIN_WINDOW_ENDINGS = {
    (bare_names, "_WORD_BEFORE"): r"([^\W\d_][\w'’-]*)\s+$",
    (bare_names, "_CAPS_BEFORE"): rf"(?<![\w'’]){CAPITAL}{{3,}}[ \t]+$",
    (bare_names, "_LAST_WORD"): r"([^\W\d_][\w'’-]*)\s*$",
    (person_context, "_WORD_BEFORE"): r"([^\W\d_][\w-]*)[ \t]+$",
    (role_heads, "WORD_ENDING"): r"(?<![\w'’-])([^\W\d_][\w-]*)[ \t]+$",
    (apposed_names, "_WORD_BEFORE"): r"([^\W\d_][\w'’-]*)\s+$",
    (apposed_names, "_COMMA_BEFORE"): r"[ \t]*,[ \t]*$",
    (titled_names, "_NAME_WORD_BEFORE"): r"[^\W\d_][\w'’-]*[ \t]+$",
}


@given(text=st.text(alphabet="aÉéB1_'’-, \t\n.", max_size=30), width=st.integers(0, 30))
def test_window_endings_read_as_their_plain_patterns(text: str, width: int) -> None:
    """The words and commas ending a window: possessive quantifiers change no match."""
    start = max(0, len(text) - width)
    for (module, name), plain in _PLAIN_WINDOW_ENDINGS.items():
        expected = re.compile(plain).search(text, start, len(text))
        found = getattr(module, name).search(text, start, len(text))
        assert (expected and expected.regs) == (found and found.regs), name


_ACRONYM_PAIR = re.compile(
    r"[ \t]*\([ \t]*[A-Z][\w.&-]{0,11}[ \t]*[-–][ \t]*[A-Z][\w.&-]{0,11}[ \t]*\)"
)
"""Two acronyms joined by a dash in parentheses ("(ECOWAS – EOM)"), as the fast pattern reads."""


@given(text=st.text(alphabet="aB(AU) *_\t.,'-é", max_size=20))
def test_one_call_skips_what_the_acronym_or_emphasis_skips(text: str) -> None:
    """An acronym in parentheses (two joined by a dash too), else emphasis: the same ends."""
    for position in range(len(text) + 1):
        acronym = role_complement.ACRONYM.match(text, position) or _ACRONYM_PAIR.match(
            text, position
        )
        plain = acronym or role_complement._EMPHASIS.match(text, position)
        fast = role_complement._ACRONYM_OR_EMPHASIS.match(text, position)
        assert (plain and plain.end()) == (fast and fast.end())


@given(text=st.text(alphabet="aB' \t\n.-é1", max_size=20))
def test_word_at_reads_as_after_skipping_spaces(text: str) -> None:
    """The word at a position, spaces skipped: the shortcut for no space changes nothing."""
    for position in range(len(text) + 2):
        spaces = names._SPACES.match(text, position)
        plain = names._WORD.match(text, spaces.end() if spaces else position)
        found = names.word_at(text, position)
        assert (plain and plain.span()) == (found and found.span())


@given(role=st.text(alphabet="lestha' ’Lmin\t", max_size=15))
def test_cutting_the_opening_article_reads_as_the_substitution(role: str) -> None:
    """One match at the start and a slice do what an anchored ``sub`` does."""
    pattern = article_at()
    anchored = re.compile(f"^(?:{pattern.pattern})", pattern.flags)
    article = pattern.match(role)
    assert (role[article.end() :] if article else role) == anchored.sub("", role)


@given(text=st.text(alphabet="aZÉéß1²Ⓐǅ _-İ\n", max_size=40) | st.text(max_size=40))
def test_capitals_are_counted_as_letter_by_letter(text: str) -> None:
    """Whether most letters are capitals: counted in C, as a loop over the letters did."""
    letters = [c for c in text if c.isalpha()]
    assert instrument_acronyms._upper_case(text) == (
        sum(c.isupper() for c in letters) * 2 > len(letters)
    )


_ACRONYM_TEXT = st.lists(
    st.sampled_from(["TNP", "TICE", "CTBT", "NPT", "E3", "-", "/", " ", "x", "1", "é", "\n"]),
    max_size=12,
).map("".join)


@given(text=_ACRONYM_TEXT)
def test_known_acronyms_read_as_the_plain_trie(text: str) -> None:
    """Known acronyms, first letters before the look-behind: what the plain trie finds."""
    for language in ("fr", "en"):
        known = known_instruments(language)
        words = trie_pattern(known.by_acronym, exact=True)
        plain = re.compile(rf"(?<![\w-])(?:{words})(?![\w-])")
        found = [m.span() for m in known.pattern.finditer(text)]
        assert found == [m.span() for m in plain.finditer(text)]


@given(text=st.text(alphabet="0123456789 1-/.a", max_size=30))
def test_hijri_year_guard_reads_as_the_look_behind_first(text: str) -> None:
    """The "1" before the look-behind: the same possible Hijri years as the plain spelling."""
    plain = re.compile(r"(?<!\d)1(?:3[4-9]|4\d|500)\d?(?!\d)")
    assert [m.span() for m in hijri._YEAR_SPAN.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]
