"""Word tries: the guarded spelling finds exactly what the plain one finds."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from communique.wordtrie import (
    first_letter_trie,
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


@given(text=st.text(alphabet="AaBbÉé'’-d ,\n", max_size=60))
def test_first_letter_trie_with_an_elision_guard(text: str) -> None:
    """Capitalised names read at their capital alone find what the look-behind form finds."""
    names = ["Anne", "Ali", "Béa", "B"]
    plain = re.compile(rf"(?:(?<![\w'’-])|(?<=(?<!\w)d['’]))(?:{trie_pattern(names)})")
    guard = r"(?:(?<![\w'’-].)|(?<=(?<!\w)d['’].))"
    guarded = re.compile(first_letter_trie(names, guard))
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in guarded.finditer(text)]
