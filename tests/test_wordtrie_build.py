"""Trie patterns read off the sorted list: the same text as a tree of dictionaries gives."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from communique.wordtrie import trie_pattern

_Node = dict[str, "_Node"]


def _reference(words: list[str], *, exact: bool) -> str:
    """The trie built as a tree of dictionaries, one letter per level (the former code)."""
    root: _Node = {}
    for word in sorted({w for w in words if w}):
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def escape(char: str) -> str:
        if not exact and char == " ":
            return r"\s+"
        if not exact and char in "'’":
            return "['’]"
        return re.escape(char)

    def pattern(node: _Node) -> str:
        branches = []
        for char in sorted(node):
            if not char:
                continue
            child, pieces = node[char], [escape(char)]
            while len(child) == 1 and "" not in child:
                ((char, child),) = child.items()
                pieces.append(escape(char))
            branches.append("".join(pieces) + pattern(child))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            body = (body if len(branches) > 1 else f"(?:{body})") + "?"
        return body

    return pattern(root) or "(?!)"


_WORDS = st.lists(st.text(alphabet="abAéè '’-.\\(\n", max_size=8), max_size=30)


@given(_WORDS, st.booleans())
def test_the_trie_text_is_the_tree_s(words: list[str], exact: bool) -> None:
    assert trie_pattern(words, exact=exact) == _reference(words, exact=exact)


@given(_WORDS)
def test_the_trie_matches_each_word_whole(words: list[str]) -> None:
    pattern = re.compile(trie_pattern(words, exact=True))
    for word in words:
        if word:
            assert pattern.fullmatch(word) is not None


def test_genre_word_lists() -> None:
    months = ["janvier", "juin", "juillet", "June", "July", "January", "mai", "May"]
    titles = ["Premier ministre", "Président", "Présidente", "Prime Minister", "President"]
    for words in (months, titles, ["l'Union", "l’Union", "Union africaine"], []):
        for exact in (True, False):
            assert trie_pattern(words, exact=exact) == _reference(words, exact=exact)
    assert trie_pattern(["juin", "juillet", "janvier"]) == "j(?:anvier|ui(?:llet|n))"
