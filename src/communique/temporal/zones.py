"""The zone written after a time gives it its zone: "14h30 GMT", "6:42 AM GMT+7".

The zone stays out of the mention's text, as the annotations keep the time alone ("14h55";
"21h55, heure du Japon" is "21h55"): "10:00 (heure de Paris)" is the time "10:00" with the
zone ``Europe/Paris``. An offset after GMT or UTC gives an IANA ``Etc`` zone, whose sign
POSIX inverts: GMT+7 is ``Etc/GMT-7``.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.patterncache import compile_pattern
from communique.wordtrie import phrase_key

if TYPE_CHECKING:
    from communique.hits import Found
    from communique.lexicon.dates import DateVocabulary

__all__ = ["offset_zone", "with_zone"]

_UTC_NAMES: Final = frozenset({"gmt", "utc", "tu"})
_CLOSE: Final = compile_pattern(r"[^\S\n]*\)")


@functools.cache
def _zone_after(vocab: DateVocabulary) -> re.Pattern[str]:
    names = []
    for phrase in sorted(vocab.timezones, key=len, reverse=True):
        escaped = r"\s+".join(re.escape(word) for word in phrase.split()).replace("'", "['’]")
        # "ET", "GMT": capitals only, or "et" would be a zone.
        names.append(escaped if phrase.isupper() else f"(?i:{escaped})")
    zones = "|".join(names) or "(?!)"
    return compile_pattern(
        rf"(?P<open>[^\S\n]*\([^\S\n]*|[^\S\n]+)(?P<zone>{zones})"
        r"(?P<offset>[^\S\n]?[+\-−][^\S\n]?(?:[01]?\d|2[0-3])(?::?[0-5]\d)?)?(?![\w+\-−])"
    )


def with_zone(text: str, found: Found, vocab: DateVocabulary) -> tuple[Found, int]:
    """``found`` with the zone written after it, when it is a time (its text unchanged).

    And where the zone ends (``found.end`` if none): its offset is no time of its own
    ("09:15 (UTC +05:00)").
    """
    if found.meaning.kind != "time":
        return found, found.end
    match = _zone_after(vocab).match(text, found.end)
    if match is None:
        return found, found.end
    if "(" in match.group("open") and _CLOSE.match(text, match.end()) is None:
        return found, found.end
    zone = phrase_key(match.group("zone"))
    timezone = next((z for p, z in vocab.timezones.items() if p.casefold() == zone), None)
    if match.group("offset") and zone in _UTC_NAMES:
        timezone = offset_zone(match.group("offset").strip())
    zoned = attrs.evolve(found, meaning=attrs.evolve(found.meaning, timezone=timezone))
    return zoned, match.end()


def offset_zone(offset: str) -> str | None:
    """The IANA zone of an offset from UTC; None for a fraction of an hour.

    >>> offset_zone("+7"), offset_zone("-05:00"), offset_zone("+0"), offset_zone("+5:30")
    ('Etc/GMT-7', 'Etc/GMT+5', 'Etc/UTC', None)
    """
    sign, digits = offset[0], offset[1:].strip().replace(":", "")
    hours = int(digits[:-2] if len(digits) > 2 else digits)
    if len(digits) > 2 and int(digits[-2:]):
        return None
    if hours == 0:
        return "Etc/UTC"
    # IANA's Etc zones count the other way: UTC+7 is Etc/GMT-7.
    return f"Etc/GMT{'-' if sign == '+' else '+'}{hours}"
