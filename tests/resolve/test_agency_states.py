"""The national news agencies of ``resources/common/wire.toml`` and their states."""

from __future__ import annotations

import pycountry

from communique.lexicon.common.wire import agencies, agency_states


def test_every_agency_state_is_an_iso_code() -> None:
    """Each agency names a state by its ISO 3166-1 alpha-2 code."""
    codes = {country.alpha_2 for country in pycountry.countries}
    assert agency_states()
    assert set(agency_states().values()) <= codes


def test_international_agencies_name_no_state() -> None:
    """Agencies of no government (AFP, Reuters, AP) tell no author's state."""
    for name in ("AFP", "Reuters", "AP", "Bloomberg"):
        assert name in agencies()
        assert name not in agency_states()
