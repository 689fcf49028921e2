"""No French or English function word is written in the package's code: they are data.

Word lists belong in ``resources/<lang>/*.toml`` so that a language is a folder of data.
This test reads every module's string literals (not docstrings, not comments) that are a
regular expression or an item of a set, list, tuple or dict, and fails on a function word
written there as a whole word.
"""

from __future__ import annotations

import ast
import pathlib
import re
from typing import Final

import communique

_ROOT = pathlib.Path(communique.__file__).parent
_WORDS: Final = frozenset(
    # Articles, coordinators, prepositions, indefinites, possessives, auxiliaries.
    [
        "le",
        "la",
        "les",
        "un",
        "une",
        "des",
        "du",
        "au",
        "aux",
        "the",
        "an",
        "this",
        "that",
        "these",
        "its",
        "their",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "et",
        "ou",
        "and",
        "or",
        "de",
        "avec",
        "pour",
        "sur",
        "dans",
        "par",
        "à",
        "of",
        "with",
        "to",
        "in",
        "on",
        "for",
        "by",
        "qui",
        "que",
        "est",
        "sont",
        "ont",
        "été",
        "is",
        "was",
        "has",
        "have",
        "had",
    ]
)
# A word after a letter, digit, backslash (an escape), hyphen ("utf-16-le") or "<" (a
# group name) is no word of the text.
_TOKEN: Final = re.compile(r"(?<![\w\\<-])[^\W\d_]+(?![\w-])")
_REGEX: Final = re.compile(r"\\[bswdSWD]|\(\?|\||\[\^")


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            for statement in node.body:
                if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
                    found.add(id(statement.value))
    return found


def _items(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):  # folded == "the"
            found |= {id(item) for item in (node.left, *node.comparators) if _short(item)}
        elif isinstance(node, ast.Set | ast.List | ast.Tuple):
            found |= {id(item) for item in node.elts if _short(item)}
        elif isinstance(node, ast.Dict):
            found |= {id(key) for key in node.keys if key is not None and _short(key)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript):  # a Literal[...] names labels, not words
            found -= {id(item) for item in ast.walk(node.slice)}
    return found


def _short(node: ast.expr) -> bool:
    """An item of one or two words: a word list's, not a message's."""
    return isinstance(node, ast.Constant) and len(str(node.value).split()) <= 2


def function_words(source: str) -> list[tuple[int, str]]:
    """``(line, word)`` of each function word in a regex or collection literal of ``source``."""
    tree = ast.parse(source)
    docstrings, items = _docstrings(tree), _items(tree)
    hits = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        if id(node) in docstrings or (id(node) not in items and not _REGEX.search(node.value)):
            continue
        words = _TOKEN.findall(node.value)
        hits += [(node.lineno, w) for w in words if w.casefold() in _WORDS]
    return sorted(hits)


def test_the_check_finds_a_listed_word() -> None:
    source = (
        '"""The end of the module."""\n'
        '_SKIP = frozenset({"de", "x"})\n'
        'LABEL: Literal["the"]\n'
        'A = "utf-16-le"\n'
        'PATTERN = r"(?:and|et)\\s+"\n'
        'MESSAGE = "a list of words"\n'
        'ARTICLE = word == "the"\n'
    )
    assert function_words(source) == [(2, "de"), (5, "and"), (5, "et"), (7, "the")]


def test_no_function_word_in_code() -> None:
    found = {}
    for path in sorted(_ROOT.rglob("*.py")):
        name = path.relative_to(_ROOT).as_posix()
        hits = function_words(path.read_text(encoding="utf-8"))
        if hits:
            found[name] = hits
    assert found == {}
