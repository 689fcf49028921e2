"""Cold start: what ``import communique`` must not load before it is needed."""

from __future__ import annotations

import subprocess
import sys

_PROBE = """
import sys
import communique
before = sorted(m for m in sys.modules if m.startswith("lxml"))
doc = communique.parse_html("<html><body><p>Les ministres se sont réunis.</p></body></html>")
print(before, "ministres" in doc.source.text, "lxml.html" in sys.modules)
"""


def test_import_leaves_the_html_parser_unloaded() -> None:
    """The first page read loads lxml; ``import communique`` does not."""
    command = [sys.executable, "-c", _PROBE]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["[]", "True", "True"]
