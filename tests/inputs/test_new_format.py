"""The "new input format" recipe of docs/extending.md: a reader returning a Reading."""

from __future__ import annotations

import datetime
import re
from typing import Final

from communique.api import parse_reading
from communique.inputs.reading import Facts, Reading
from communique.offsets import Edit, OffsetMap, apply_edits

# A made-up format: "Key: value" header lines, a blank line, then the body.
_HEADER: Final = re.compile(r"(?P<key>[A-Z][a-z]+): (?P<value>[^\n]*)\n")


def read_memo(data: bytes) -> Reading:
    """The recipe's step 1: the source text, the working text without the header, facts."""
    text = data.decode("utf-8")
    facts: dict[str, str] = {}
    position = 0
    while (match := _HEADER.match(text, position)) is not None:
        facts[match["key"]] = match["value"]
        position = match.end()
    # The header's characters leave the working text; offsets still point into ``text``.
    working, offsets = apply_edits(text, OffsetMap.identity(len(text)), [Edit(0, position)])
    date = datetime.date.fromisoformat(facts["Date"]) if "Date" in facts else None
    return Reading(
        text, "text", working, offsets, facts=Facts(title=facts.get("Subject"), date=date)
    )


def test_a_new_format_is_parsed_through_its_reading() -> None:
    data = (
        "Subject: Entretien des deux ministres\n"
        "Date: 2025-02-11\n"
        "\n"
        "Les deux ministres se sont entretenus hier à Paris.\n"
    ).encode()
    reading = read_memo(data)
    assert reading.working.lstrip().startswith("Les deux ministres")
    result = parse_reading(reading)
    assert result.title == "Entretien des deux ministres"
    assert [d.value for d in result.dates] == ["2025-02-10"]
    source = data.decode()
    assert all(source[d.start : d.end] == d.text for d in result.dates)
