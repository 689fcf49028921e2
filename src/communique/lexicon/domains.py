"""The home state an Internet address tells: "www.gov.uk" → GB, "canada.ca" → CA.

The data is ``resources/common/domains.toml``: the US federal domains, country codes sold
as generic names, codes that differ from ISO 3166.
"""

from __future__ import annotations

import functools
from typing import Final
from urllib.parse import urlsplit

import attrs

from communique.lexicon import load_table, string_list, string_table
from communique.records import shared_repr

__all__ = ["address_state", "government_address"]

_WHERE: Final = "common/domains.toml"


@shared_repr
@attrs.frozen(repr=False)
class _Domains:
    us_government: frozenset[str]
    government: frozenset[str]
    generic: frozenset[str]
    codes: dict[str, str]


@functools.cache
def _domains() -> _Domains:
    """The domain data, loaded once.

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    table = load_table("common", "domains")
    codes = string_table(table, "country_codes", where=_WHERE)
    return _Domains(
        frozenset(string_list(table, "us_government_domains", where=_WHERE)),
        frozenset(string_list(table, "government_labels", where=_WHERE)),
        frozenset(string_list(table, "generic_country_codes", where=_WHERE)),
        {str(code): str(key) for code, key in codes.items()},
    )


def address_state(url: str | None) -> str | None:
    """The state (ISO 3166-1 alpha-2) whose country code or federal domain ends the host.

    >>> address_state("https://www.gov.uk/government/news/pm-call")
    'GB'
    >>> address_state("https://www.lessentiel.lu/fr/story/1"), address_state("https://x.io/")
    ('LU', None)
    """
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:  # a malformed address ("http://[::1")
        return None
    labels = host.casefold().rstrip(".").split(".")
    domains = _domains()
    if len(labels) < 2:
        return None
    if labels[-1] in domains.us_government:
        return "US"
    code = labels[-1]
    if len(code) != 2 or not code.isalpha() or code in domains.generic:
        return None
    import pycountry  # already imported by the gazetteer when a document is parsed

    key = domains.codes.get(code, code.upper())
    return key if pycountry.countries.get(alpha_2=key) is not None else None  # not "eu"


def government_address(url: str | None) -> bool:
    """Whether an address is a government's own site, whose state ``address_state`` gives.

    >>> government_address("https://www.diplomatie.gouv.fr/fr/"), government_address("lemonde.fr")
    (True, False)
    >>> government_address("https://go.journal.fr/a"), government_address("https://x.gouv.qc.ca")
    (False, False)
    """
    if address_state(url) is None:
        return False
    host = urlsplit(url if url and "//" in url else f"//{url}").hostname or ""
    labels = host.casefold().rstrip(".").split(".")
    domains = _domains()
    # "diplomatie.gouv.fr", "mofa.go.jp": the label right before the country code; not a
    # site's subdomain ("go.journal.fr") nor a region's government ("mrif.gouv.qc.ca")
    return labels[-1] in domains.us_government or labels[-2] in domains.government
