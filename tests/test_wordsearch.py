"""Whole-word search: both strategies find the same occurrences."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from communique.wordsearch import _find_each, _find_many, find_words, token_before

_LETTERS = "aAbé'’- .,"
_words = st.lists(
    st.text(alphabet="aAbé", min_size=1, max_size=4), min_size=1, max_size=6, unique=True
)


@given(text=st.text(alphabet=_LETTERS, max_size=60), words=_words, elision=st.booleans())
def test_one_scan_finds_what_a_search_per_word_finds(
    text: str, words: list[str], elision: bool
) -> None:
    """The trie scan for many words and str.find per word agree, order aside."""
    each = sorted(_find_each(text, words, 0, len(text), elision=elision), key=lambda f: f[1:])
    many = sorted(_find_many(text, words, 0, len(text), elision=elision), key=lambda f: f[1:])
    assert each == many


def test_occurrences_are_whole_words() -> None:
    """Inside a longer word or a compound, a word is not found; after an elision it is."""
    text = "Kishida, KISHIDA-san, Kishidas et l'Kishida"
    assert [f[1] for f in find_words(text, ["Kishida"])] == [0]
    elided = text.rindex("Kishida")
    assert sorted(f[1] for f in find_words(text, ["Kishida"], elision=True)) == [0, elided]


def test_many_words_take_one_scan() -> None:
    """Past a few hundred words the scan still finds each occurrence once."""
    words = [f"Nom{chr(0x61 + i % 26)}{chr(0x61 + i // 26 % 26)}x" for i in range(400)]
    text = " ".join(words[::-1])
    found = list(find_words(text, words))
    assert len(found) == len(words)
    assert all(text[start:end] == word for word, start, end in found)


def test_token_before_skips_white_space_and_reads_the_word() -> None:
    """The word before a position, and an empty span after punctuation."""
    text = "selon le ministre,  M."
    start, stop = token_before(text, text.index("M."))
    assert (start, stop) == (stop, stop)
    assert text[stop - 1] == ","
    start, stop = token_before(text, text.index(","))
    assert text[start:stop] == "ministre"
