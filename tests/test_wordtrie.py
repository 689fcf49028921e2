"""Word tries: the guarded spelling finds exactly what the plain one finds."""

from __future__ import annotations

import importlib
import re
import sys

from hypothesis import given
from hypothesis import strategies as st

from communique.wordtrie import (
    case_variants,
    first_letter_trie,
    folded_trie,
    guarded_trie,
    trie_pattern,
    word_pattern,
)

_LETTERS = "aAbé'’- .,\n"
_words = st.lists(
    st.text(alphabet="aAbé' ", min_size=1, max_size=5), min_size=1, max_size=6, unique=True
)


@given(text=st.text(alphabet=_LETTERS, max_size=60), words=_words)
def test_guarded_trie_matches_like_a_look_behind_first(text: str, words: list[str]) -> None:
    """Same spans from ``finditer``, ``search`` and ``match`` at every position."""
    before = r"[\w'’]"
    plain = re.compile(rf"(?<!{before})(?:{trie_pattern(words)})(?![\w'’])")
    guarded = re.compile(rf"{guarded_trie(words, before)}(?![\w'’])")
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in guarded.finditer(text)]
    for position in range(len(text) + 1):
        spans = [p.match(text, position) for p in (plain, guarded)]
        assert len({m.span() if m else None for m in spans}) == 1


def test_guarded_trie_starts_with_literal_characters() -> None:
    """The engine can skip to a first character: the pattern does not open with a look-behind."""
    pattern = guarded_trie(["nous", "notre", "Nous"], r"\w")
    assert pattern.startswith("(?:N(?<!")
    assert "|n(?<!" in pattern


def test_word_pattern_needs_whole_words() -> None:
    """A word inside another one, or after an apostrophe, is not found; a capitalised one is."""
    pattern = word_pattern(["nous", "notre"])
    text = "Nous et vous, l'nous, nousnous, NOTRE notre-dame"
    assert [m.group() for m in pattern.finditer(text)] == ["Nous", "NOTRE", "notre"]


def test_guarded_trie_keeps_the_plain_form_for_many_first_letters() -> None:
    """Words starting with many letters (or an apostrophe) keep the look-behind first."""
    assert guarded_trie([f"{letter}x" for letter in "abcdefgh"], r"\w").startswith("(?<!")
    assert guarded_trie(["'s", "nous"], r"\w").startswith("(?<!")


_FOLDED_LETTERS = "aAsSſkKKbBéÉiIİı'’- .,\n"
_folded_words = st.lists(
    st.text(alphabet="aAsSkKbéÉiIİ' ", min_size=1, max_size=5), min_size=1, max_size=6, unique=True
)


@given(text=st.text(alphabet=_FOLDED_LETTERS, max_size=60), words=_folded_words)
def test_folded_trie_matches_like_a_look_behind_first(text: str, words: list[str]) -> None:
    """Case aside, the same spans as the plain form, the Kelvin sign and the long s included."""
    before = r"[\w'’-]"
    folded = (w.casefold() for w in words)
    plain = re.compile(rf"(?<!{before})(?:{trie_pattern(folded)})(?![\w'’])", re.I)
    guarded = re.compile(rf"{folded_trie(words, before)}(?![\w'’])", re.I)
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in guarded.finditer(text)]
    for position in range(len(text) + 1):
        spans = [p.match(text, position) for p in (plain, guarded)]
        assert len({m.span() if m else None for m in spans}) == 1


def test_folded_trie_opens_with_a_case_sensitive_class() -> None:
    """The engine can skip to the first letters: the pattern opens with a class."""
    pattern = folded_trie(["signed by", "Endorsed by"], r"[\w'’]")
    assert pattern.startswith("(?-i:[")
    found = re.compile(pattern, re.I).search("It was ENDORSED  BY them")
    assert found is not None
    assert found.group() == "ENDORSED  BY"
    many = folded_trie(list("abcdefghij"), r"\w")
    assert many.startswith("(?<!\\w)")


def test_case_variants_cover_the_engine_case_table() -> None:
    """Every character a case-insensitive literal matches is among that literal's variants.

    Characters fall in classes by the engine's own lower-case mapping, joined by its extra
    cases ("s" and the long s); each member of a class must list every other one.
    """
    lower_of = importlib.import_module("_sre").unicode_tolower  # the engine's case table
    extra: dict[int, tuple[int, ...]] = importlib.import_module("re._casefix")._EXTRA_CASES
    members: dict[int, set[int]] = {}
    for code in range(sys.maxunicode + 1):
        if not 0xD800 <= code < 0xE000:
            members.setdefault(lower_of(code), set()).add(code)
    for lower, codes in members.items():
        group = set(codes).union(*(members.get(e, set()) for e in extra.get(lower, ())))
        if len(group) > 1:
            for code in group:
                assert set(case_variants(chr(code))) == {chr(c) for c in group}, hex(code)


@given(text=st.text(alphabet="AaBbÉé'’-d ,\n", max_size=60))
def test_first_letter_trie_with_an_elision_guard(text: str) -> None:
    """Capitalised names read at their capital alone find what the look-behind form finds."""
    names = ["Anne", "Ali", "Béa", "B"]
    plain = re.compile(rf"(?:(?<![\w'’-])|(?<=(?<!\w)d['’]))(?:{trie_pattern(names)})")
    guard = r"(?:(?<![\w'’-].)|(?<=(?<!\w)d['’].))"
    guarded = re.compile(first_letter_trie(names, guard))
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in guarded.finditer(text)]
