"""A "respectivement" list gives the i-th office to the i-th person, offsets kept."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import communique
from communique.extract.person_constructions import Taken
from communique.extract.respective_roles import with_respective_roles
from communique.gazetteer import gazetteer
from communique.lexicon.persons import person_vocabulary

_PERSONS = [
    ("M. Henri Dorval", "Henri Dorval"),
    ("Mme Lucie Varenne", "Lucie Varenne"),
    ("M. Idriss Waberi", "Idriss Waberi"),
    ("Mme Awa Ndiaye", "Awa Ndiaye"),
    ("M. Cheikh Faye", "Cheikh Faye"),
]
_OFFICES = [
    ("ministre de l'Économie", "ministre de l'économie"),
    ("ministre de la Santé", "ministre de la santé"),
    ("secrétaire d'État au Commerce Extérieur", "secrétaire d'état au commerce extérieur"),
    ("ministre délégué chargé du Budget", "ministre délégué chargé du budget"),
    ("ambassadeur auprès de la Cour", "ambassadeur auprès de la cour"),
]


def _listed(items: list[str]) -> str:
    """French list: "A, B et C"."""
    return ", ".join(items[:-1]) + " et " + items[-1]


@settings(max_examples=40, deadline=None)
@given(
    persons=st.lists(st.sampled_from(_PERSONS), min_size=2, max_size=3, unique=True),
    offices=st.lists(st.sampled_from(_OFFICES), min_size=2, max_size=3, unique=True),
)
def test_each_person_holds_the_office_of_its_rank(
    persons: list[tuple[str, str]], offices: list[tuple[str, str]]
) -> None:
    """Equal lists pair up in order; unequal ones give no role; every mention is exact."""
    text = (
        f"Le 12 juin 2024, {_listed([p for p, _ in persons])}, respectivement "
        f"{_listed([o for o, _ in offices])}, ont signé l'accord à Valmont."
    )
    doc = communique.parse(text, language="fr")
    roles = {person.name: person.role for person in doc.persons}
    assert set(roles) == {name for _, name in persons}
    equal = len(persons) == len(offices)
    for (_, name), (_, role) in zip(persons, offices, strict=False):
        assert roles[name] == (role if equal else None)
    for person in doc.persons:
        assert person.participant
        for mention in person.mentions:
            assert text[mention.start : mention.end] == mention.text


def test_offices_are_spans_of_the_text() -> None:
    """Each office given is the exact span of its words, the cue and joins left out."""
    text = "Ali Lebrun et Inès Morel, ministre du Commerce et ministre des Arts respectivement"
    taken = Taken()
    with_respective_roles(text, person_vocabulary("fr"), {}, (), gazetteer("fr"), taken)
    spans = [(f.start, f.end, f.role.start, f.role.end) for f in taken.found if f.role]
    assert [(text[a:b], text[c:d]) for a, b, c, d in spans] == [
        ("Ali Lebrun", "ministre du Commerce"),
        ("Inès Morel", "ministre des Arts"),
    ]


def test_no_cue_no_distribution() -> None:
    """Without the cue the offices are not distributed: the list is read as before."""
    text = "Ali Lebrun et Inès Morel, ministre du Commerce et ministre des Arts"
    taken = Taken()
    with_respective_roles(text, person_vocabulary("fr"), {}, (), gazetteer("fr"), taken)
    assert taken.found == []
