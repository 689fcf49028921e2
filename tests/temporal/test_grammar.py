"""The date grammar's word lists as tries find what their flat alternations found."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from communique.lexicon.dates import date_vocabulary
from communique.temporal.grammar import _Builder, _flat_phrases, phrase_pattern

_phrases = st.lists(
    st.text(alphabet="aAb' -ſsS", min_size=1, max_size=6), min_size=1, max_size=6, unique=True
)


def _spans(pattern: str, text: str) -> list[tuple[int, int] | None]:
    """Each position's match span, then the scan's spans (one list to compare)."""
    compiled = re.compile(rf"(?:{pattern})(?!\w)")
    at = [m.span() if (m := compiled.match(text, i)) else None for i in range(len(text) + 1)]
    return at + [m.span() for m in compiled.finditer(text)]


@given(text=st.text(alphabet="aAb'’ -\n.ſsS", max_size=40), phrases=_phrases)
def test_phrase_trie_matches_like_the_flat_alternation(text: str, phrases: list[str]) -> None:
    """Same spans at every position and in a scan, longest phrase first."""
    if any(phrase.split() for phrase in phrases):
        words = tuple(phrases)
        assert _spans(phrase_pattern(words), text) == _spans(_flat_phrases(words), text)


def test_phrase_pattern_keeps_a_typographic_apostrophe_as_written() -> None:
    """A phrase written with ’ keeps the flat form: its apostrophe matches only itself."""
    assert re.fullmatch(phrase_pattern(("l’an",)), "l'an") is None
    assert re.fullmatch(phrase_pattern(("l'an",)), "L’AN") is not None


def test_month_trie_matches_like_the_flat_alternation() -> None:
    """Every month form, abbreviated with or without its dot, in context, read the same."""
    for language in ("fr", "en"):
        builder = _Builder(date_vocabulary(language))
        forms = sorted(builder._name_forms(builder.vocab.months))
        text = " ".join(f"{form}. {form.upper()} {form}x 3 {form}" for form in forms)
        names = builder._name_forms(builder.vocab.months)
        trie, flat = builder._month_trie(names), builder._flat_months(names)
        assert _spans(trie, text) == _spans(flat, text)
