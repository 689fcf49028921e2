"""A plural head with two coordinated places names two instruments."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from communique.extract.instrument_pairs import paired_names
from communique.lexicon.agreements import agreement_vocabulary

if TYPE_CHECKING:
    from communique.model import Language


@pytest.mark.parametrize(
    ("language", "name", "head", "singular", "expected"),
    [
        (
            "fr",
            "accords d'Alvor et de Lomé",
            "accords",
            "accord",
            ("accord d'Alvor", "accord de Lomé"),
        ),
        (
            "en",
            "Lisbon and Oslo declarations",
            "declarations",
            "declaration",
            ("Lisbon declaration", "Oslo declaration"),
        ),
        ("fr", "déclaration de Paris et de Lomé", "déclaration", "déclaration", None),
        ("fr", "accords de Valmont et de la région", "accords", "accord", None),
        ("en", "Lisbon, Oslo and Rome declarations", "declarations", "declaration", None),
    ],
)
def test_paired_names(
    language: Language, name: str, head: str, singular: str, expected: tuple[str, str] | None
) -> None:
    vocab = agreement_vocabulary(language)
    assert paired_names(name, head, singular, vocab) == expected
