"""``communique.letters.CAPITAL`` is a capital letter for every Latin-1 letter and "œ"."""

from __future__ import annotations

import re

import pytest

from communique.letters import CAPITAL

_LATIN = [chr(code) for code in range(0x20, 0x100) if chr(code).isalpha()] + ["œ", "Œ"]


@pytest.mark.parametrize("letter", _LATIN)
def test_capital_matches_upper_case_letters_only(letter: str) -> None:
    assert (re.fullmatch(CAPITAL, letter) is not None) == letter.isupper()


@pytest.mark.parametrize("other", ["1", "_", " ", "-", "'"])
def test_capital_takes_no_digit_nor_sign(other: str) -> None:
    assert re.fullmatch(CAPITAL, other) is None
