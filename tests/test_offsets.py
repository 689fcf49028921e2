"""Offset maps stay monotonic and map every derived span back onto the original."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.offsets import Edit, OffsetMap, TextBuilder, apply_edits


@st.composite
def edited(draw: st.DrawFn) -> tuple[str, list[Edit]]:
    text = draw(st.text(min_size=1, max_size=80))
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=12)))
    edits = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        width = end - start
        edits.append(Edit(start, end, draw(st.text(max_size=max(width, 0)))))
    return text, edits


@given(edited())
def test_edited_map_is_non_decreasing_and_in_range(case: tuple[str, list[Edit]]) -> None:
    """After any edits, positions never go backwards and stay inside the original."""
    text, edits = case
    derived, offsets = apply_edits(text, OffsetMap.identity(len(text)), edits)
    positions = list(offsets.positions())
    assert len(positions) == len(derived)
    assert positions == sorted(positions)
    assert all(0 <= p < len(text) for p in positions)


@given(edited())
def test_untouched_characters_keep_their_position(case: tuple[str, list[Edit]]) -> None:
    """Each derived character that was copied maps onto the same character."""
    text, edits = case
    derived, offsets = apply_edits(text, OffsetMap.identity(len(text)), edits)
    replaced = {i for e in edits for i in range(e.start, e.end)}
    for index, char in enumerate(derived):
        origin = offsets.start(index)
        if origin not in replaced:
            assert text[origin] == char


def test_overlapping_edits_are_refused() -> None:
    """Edits must be sorted and disjoint."""
    with pytest.raises(ValueError, match="overlap"):
        apply_edits("abcdef", OffsetMap.identity(6), [Edit(2, 4), Edit(3, 5)])


def test_builder_maps_a_joined_span_over_the_deleted_text() -> None:
    """A span across a dropped hyphen and newline covers them in the original."""
    source = "coopé-\nration"
    builder = TextBuilder(source, OffsetMap.identity(len(source)))
    builder.copy(0, 5)
    builder.copy(7, 13)
    text, offsets = builder.build()
    assert text == "coopération"
    start, end = offsets.span(0, len(text))
    assert source[start:end] == source


def test_span_outside_the_text_is_an_index_error() -> None:
    """Asking for an empty or out-of-range span raises IndexError."""
    offsets = OffsetMap.identity(3)
    with pytest.raises(IndexError):
        offsets.span(2, 2)
    with pytest.raises(IndexError):
        offsets.span(0, 4)
