"""Resolve relative dates of an undated wire story against a reference date.

Run: python examples/relative_dates.py
"""

from __future__ import annotations

import datetime

import communique

STORY = """TOKYO, (Reuters) - Le Japon et la France ont déclaré vendredi vouloir renforcer leur
coopération. Le ministre avait annoncé le mois dernier un nouvel accord, et la veille du
sommet, les deux délégations se sont rencontrées."""


def main() -> None:
    doc = communique.parse(STORY, reference_date=datetime.date(2023, 5, 19))
    for date in doc.dates:
        anchor = f"{date.anchor}: {date.anchor_text}" if date.anchor_text else date.anchor
        print(f"{date.text!r:20} {date.kind:9} {date.value!s:11} ({anchor})")


if __name__ == "__main__":
    main()
