"""A day closing a "since" phrase of the subject's own event dates no text."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from communique.structure.since_days import closes_since

if TYPE_CHECKING:
    from communique.model import Language


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("la première visite depuis son élection le 12 décembre 2025", "fr", True),
        ("the first visit since her election on 12 December 2025", "en", True),
        ("s'est adressé depuis Valmont le 12 décembre 2025 aux participants", "fr", False),
        ("the first visit since 2019 on 12 December 2025", "en", False),
        ("depuis son élection, le 12 décembre 2025, il a", "fr", False),
    ],
)
def test_closes_since(text: str, language: Language, expected: bool) -> None:
    assert closes_since(text, text.index("12"), language) is expected
