"""Agendas: lettered or numbered items under a colon, and the items printed again as titles."""

from __future__ import annotations

import pytest

import communique
from communique.structure.shapes import lettered


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("I/- Ordonnances et décrets", 1),
        ("III/- Présentation de communications", 3),
        ("IV. Questions régionales", 4),
        ("B. Appointments", 2),
        ("C - Culture", 3),
        ("Iran signed the agreement", None),
        ("A Kalvoran delegation", None),
    ],
)
def test_lettered_rank(text: str, rank: int | None) -> None:
    assert lettered(text) == rank


def test_honorifics_under_a_colon_head_no_section() -> None:
    # « M. » ranks like a thirteenth letter, but no line is printed twice: no agenda's repeat.
    text = (
        "Valmont, le 3 mars 2026\n"
        "Le Conseil s'est réuni sous la présidence du Premier ministre. Ont pris part à la "
        "réunion :\nM. Paul Deroux\nM. Ivan Dorsk\nM. Marc Tobin\n"
        "Le Conseil a examiné les dossiers suivants."
    )
    assert communique.parse(text).headings == ()


def test_a_section_title_printed_once_is_no_agenda() -> None:
    # "A. Trade" alone under the colon, prose below it: the colon's paragraph stays its own.
    text = (
        "Valmont, 3 March 2026\n"
        "The Council of Ministers of Kalvora adopted the following conclusions:\n"
        "A. Trade\nThe Council welcomed the progress made in the trade talks with Norland.\n"
        "B. Security\nThe Council condemned the attacks in the north of the country.\n"
    )
    paragraphs = [p.text for p in communique.parse(text).paragraphs]
    assert paragraphs[0] == "The Council of Ministers of Kalvora adopted the following conclusions:"
