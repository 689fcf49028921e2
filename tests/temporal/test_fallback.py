"""dateparser as the normaliser of last resort."""

from __future__ import annotations

import datetime

from communique.temporal.fallback import normalise
from communique.temporal.relative import Anchor, resolve
from communique.temporal.values import RelativeSpec

BASE = datetime.date(2024, 6, 12)


def test_fallback_values_a_phrase_at_its_own_precision() -> None:
    """Days give a day, weeks an ISO week, from the anchor and not from today."""
    assert normalise("twenty-five days ago", "en", BASE) == "2024-05-18"
    assert normalise("in a fortnight", "en", BASE) == "2024-W26"


def test_fallback_reads_the_tense() -> None:
    """A weekday alone lies ahead in a future sentence and behind otherwise."""
    assert normalise("Friday", "en", BASE, future=True) == "2024-06-14"
    assert normalise("Friday", "en", BASE) == "2024-06-07"


def test_fallback_has_no_value_for_what_it_cannot_read() -> None:
    """A phrase dateparser does not know stays without value, without raising."""
    assert normalise("quatre-vingt-dix jours plus tôt", "fr", BASE) is None


def test_phrase_specs_resolve_through_the_fallback() -> None:
    """A phrase the grammar leaves unvalued is resolved against the mention's anchor."""
    spec = RelativeSpec("phrase", phrase="seventy-five days ago", language="en")
    assert resolve(spec, Anchor("2024-06-12", "document")).value == "2024-03-29"
    assert resolve(spec, Anchor("2024-06", "document")).value is None
