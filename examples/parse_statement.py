"""Parse a joint statement and print its outline, dates and furniture.

Run: python examples/parse_statement.py [FILE]
"""

from __future__ import annotations

import sys
from pathlib import Path

import communique
from communique.outline import render_outline

DEFAULT = Path(__file__).parent.parent / "fixtures" / "fr" / "004_631169b4c1a26a88.txt"


def main(path: Path) -> None:
    doc = communique.parse_file(path)
    print(render_outline(doc))
    print(f"\n{len(doc.dates)} date mentions, e.g.:")
    for date in doc.dates[:5]:
        print(f"  {date.text!r:24} {date.kind:9} {date.value}")
    text = path.read_text(encoding="utf-8")
    # Every mention points back into the original text.
    assert all(text[d.start : d.end] == d.text for d in doc.dates)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
