"""Case-insensitive tries: the folded spelling finds exactly what the plain one finds."""

from __future__ import annotations

import importlib
import re
import sys

from hypothesis import given
from hypothesis import strategies as st

from communique.foldedtrie import case_variants, folded_alternation, folded_trie
from communique.wordtrie import alternation, trie_pattern

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


_TAILS = st.sampled_from(["", r"(?!\w)", r"(?=\s)", "[.]?"])


@given(
    text=st.text(alphabet=_FOLDED_LETTERS, max_size=60),
    forms=st.lists(
        st.tuples(st.text(alphabet="aAsSkKbéÉiIİ' -", min_size=1, max_size=5), _TAILS),
        min_size=1,
        max_size=5,
    ),
)
def test_folded_alternation_matches_like_a_look_behind_first(
    text: str, forms: list[tuple[str, str]]
) -> None:
    """Each phrase with its own tail, in order: the same spans as the plain alternation."""
    before = r"[\w'’-]"
    plain_body = "|".join(alternation([phrase]) + tail for phrase, tail in forms)
    plain = re.compile(rf"(?<!{before})(?:{plain_body})", re.I)
    folded = re.compile(folded_alternation(forms, before), re.I)
    for position in range(len(text) + 1):
        spans = [p.match(text, position) for p in (plain, folded)]
        assert len({m.span() if m else None for m in spans}) == 1, (text, position)
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in folded.finditer(text)]


def test_folded_alternation_opens_with_a_case_sensitive_class() -> None:
    """The engine can skip to the first letters; each phrase keeps its own tail."""
    pattern = folded_alternation([("que", r"(?!\w)"), ("qu'", "")], r"[\w'’]")
    assert pattern.startswith("(?-i:[")
    compiled = re.compile(pattern, re.I)
    assert [m.group() for m in compiled.finditer("QUE, quel, qu’il, presque")] == ["QUE", "qu’"]


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
