"""Names merged across a text of many persons: looked up by index, never a pairwise search."""

from __future__ import annotations

import itertools

import communique

_SYLLABLES = ("ka", "ro", "mi", "ta", "lu", "ve", "no", "sa")
# Each syllable printed twice: any two families differ by two letters at least, no slip.
_FAMILIES = [("".join(parts) * 2).upper() for parts in itertools.product(_SYLLABLES, repeat=3)][
    :150
]


def _crowd() -> str:
    """A list of 150 persons sharing their given name, one sentence each."""
    return "".join(f"M. Paul {family} a pris la parole. " for family in _FAMILIES)


def test_a_one_letter_slip_merges_among_many_names() -> None:
    """Paul DEROUX TAVELIN and Paul DEROUX TAVELLIN are one person, whatever stands between."""
    text = (
        "Valmont, le 3 mars 2026\n\nM. Paul DEROUX TAVELIN a ouvert la séance. "
        f"{_crowd()}M. Paul DEROUX TAVELLIN l'a close."
    )
    names = [person.name for person in communique.parse(text).persons]
    assert sum("Deroux" in name for name in names) == 1
    assert len(names) == len(_FAMILIES) + 1


def test_a_shortened_name_joins_the_one_longer_name_among_many() -> None:
    """Luis Serel joins Luis Serel Caso, the one longer name it opens, in a crowd."""
    text = (
        "Valmont, le 3 mars 2026\n\nM. Luis Serel Caso a ouvert la séance. "
        f"{_crowd()}M. Luis Serel l'a close."
    )
    names = [person.name for person in communique.parse(text).persons]
    assert [name for name in names if "Serel" in name] == ["Luis Serel Caso"]
