"""The state an address tells, and the address a page declares."""

from __future__ import annotations

import pytest

from communique.html import read_page
from communique.lexicon.domains import address_state, government_address


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://www.gov.uk/government/news/x", "GB"),
        ("https://www.state.gov/readout", "US"),
        ("https://www.defense.mil/News", "US"),
        ("https://www.diplomatie.gouv.fr/fr/", "FR"),
        ("www.canada.ca/fr/affaires-mondiales.html", "CA"),
        ("https://WWW.PRESIDENCE.SN./actualites", "SN"),
        ("https://startup.io/post", None),
        ("https://www.un.org/press", None),
        ("https://europa.eu/news", None),
        ("http://[::1", None),
        ("localhost", None),
        ("", None),
        (None, None),
    ],
)
def test_address_names_its_state(url: str | None, key: str | None) -> None:
    """A country code ends the host ("uk" is GB); generic or malformed addresses tell none."""
    assert address_state(url) == key


@pytest.mark.parametrize(
    ("head", "url"),
    [
        ('<link rel="canonical" href=" https://www.gov.uk/a ">', "https://www.gov.uk/a"),
        ('<meta property="og:url" content="https://mfa.gov.sg/b">', "https://mfa.gov.sg/b"),
        ('<link rel="alternate" href="https://x.fr/">', None),
    ],
)
def test_page_declares_its_address(head: str, url: str | None) -> None:
    """The canonical link, else ``og:url``; other links are no address of the page."""
    page = read_page(f"<html><head>{head}</head><body><p>Texte.</p></body></html>")
    assert page.facts.url == url


@pytest.mark.parametrize(
    ("url", "official"),
    [
        ("https://www.gov.uk/government/news/x", True),
        ("https://www.state.gov/readout", True),
        ("https://www.diplomatie.gouv.fr/fr/", True),
        ("https://www.mofa.go.jp/press", True),
        ("https://www.eda.admin.ch/fr", True),
        ("https://www.lemonde.fr/international", False),
        ("https://go.journal-exemple.fr/a", False),
        ("https://www.mrif.gouv.qc.ca/fr", False),
        ("https://www.un.org/press", False),
        (None, False),
    ],
)
def test_government_address(url: str | None, official: bool) -> None:
    """A government's own site ("gov", "gouv", "go", "admin" before the country code)."""
    assert government_address(url) is official
