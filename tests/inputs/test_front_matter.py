"""Front matter read with libyaml's safe loader: the same facts as the pure-Python one."""

from __future__ import annotations

import datetime

import pytest
import yaml

from communique.inputs import front_matter
from communique.inputs.front_matter import read_front_matter

_BLOCKS = [
    'title: "Communiqué conjoint [Archives]"\ndate: 2024-11-05\nlang: fr\n',
    "headline: Joint Statement on Maritime Cooperation\npublished: 2023-02-14T09:30:00+01:00\n",
    "title: >\n  Déclaration des ministres\n  des affaires étrangères\nlocale: fr_FR\n",
    "name: Press release\nurl: https://example.org/press/42\ntags: [a, [b, {c: d}]]\n",
    "title: 'Visite d''État'\ncreated: '2021-06-30'\n",
    "date: 2022-02-30\ntitle: Réunion\n",
    "- a list\n- not a mapping\n",
]


def test_the_fast_loader_is_used_when_pyyaml_has_libyaml() -> None:
    expected = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    assert front_matter._safe_loader() is expected
    # Safe: it builds plain data only, never the full or unsafe constructors' objects.
    assert issubclass(expected, yaml.constructor.SafeConstructor)
    assert not issubclass(expected, yaml.constructor.FullConstructor)


@pytest.mark.parametrize("block", _BLOCKS)
def test_both_loaders_state_the_same_facts(block: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = read_front_matter(block)
    monkeypatch.setattr(front_matter, "_safe_loader", lambda: yaml.SafeLoader)
    assert read_front_matter(block) == fast


def test_facts_of_a_front_matter() -> None:
    facts = read_front_matter(_BLOCKS[1])
    assert facts.title == "Joint Statement on Maritime Cooperation"
    assert facts.date == datetime.date(2023, 2, 14)
    assert (
        read_front_matter(_BLOCKS[2]).title == "Déclaration des ministres des affaires étrangères"
    )


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ("title: Visite\nmodified: 2021-11-04 09:12:30 +0100\n", datetime.date(2021, 11, 4)),
        ("title: Visit\nlastmod: 2024-02-01\n", datetime.date(2024, 2, 1)),
        # The publication date wins over the last edit, whatever their order.
        ("updated: 2024-05-02\ndate: 2024-04-30\n", datetime.date(2024, 4, 30)),
    ],
)
def test_the_last_edit_dates_a_page_only_without_a_publication_date(
    block: str, expected: datetime.date
) -> None:
    assert read_front_matter(block).date == expected


def test_unencodable_or_tagged_yaml_states_nothing() -> None:
    """A lone surrogate (libyaml reads UTF-8) and a Python tag: no facts, no exception."""
    for block in ("title: Visite \ud800\n", "title: !!python/name:os.system\n"):
        assert read_front_matter(block).authoritative is False


def test_nesting_depth_is_read_from_the_brackets_alone() -> None:
    deepest = front_matter._MAX_DEPTH
    allowed = "x: " + "[" * deepest + "]" * deepest + "\n"
    refused = "x: " + "[{" * deepest + "}]" * deepest + "\n"
    assert not front_matter._too_deep(allowed)
    assert front_matter._too_deep(refused)
    # Closing brackets never drive the depth below zero: "]]][[" nests two deep.
    assert not front_matter._too_deep("]" * 50 + "[" * deepest)
    assert front_matter._too_deep("]" * 50 + "[" * (deepest + 1))


@pytest.mark.skipif(not getattr(yaml, "__with_libyaml__", False), reason="PyYAML without libyaml")
def test_a_tab_inside_a_plain_value_is_read() -> None:
    """A tab inside a plain scalar is read (libyaml, as YAML allows; PyYAML's reader refused)."""
    facts = read_front_matter("title: Joint\tStatement\nlang: en\n")
    assert facts.title == "Joint Statement"
    assert facts.language == "en"


@pytest.mark.parametrize(
    ("block", "url"),
    [
        (
            "title: Communiqué\nsource: https://www.example.gouv.sn/a",
            "https://www.example.gouv.sn/a",
        ),
        ("title: Communiqué\nsource: Ministère des Affaires étrangères", None),
        ("url: https://a.example/x\nsource: https://b.example/y", "https://a.example/x"),
    ],
)
def test_a_source_key_is_the_page_address_only_when_it_is_one(block: str, url: str | None) -> None:
    """Exports write the page's address or the publisher's name under "source"."""
    assert read_front_matter(block).url == url


def test_a_front_matter_source_address_tells_the_author_state() -> None:
    """A government page's address under "source" gives the state of its office's release."""
    import communique

    text = (
        "---\ntitle: Communiqué du Conseil des ministres\nsource: https://www.gouv.example.sn/c\n"
        "---\n\nLe Président de la République a présidé ce mercredi la réunion hebdomadaire du "
        "Conseil des ministres, au Palais de la République. Il a évoqué la visite de travail "
        "qu'il a effectuée au Maroc et rendu hommage au Sénégal des champions."
    )
    assert [party.name for party in communique.parse(text).parties] == ["Sénégal"]
