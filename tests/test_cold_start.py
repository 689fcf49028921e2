"""Cold start: what ``import communique`` must not load before it is needed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

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


_RARE = """
import sys
import communique
rare = ["zipfile", "tempfile", "difflib", "html.entities", "importlib.resources", "yaml"]
rare += ["tomllib", "gettext"]
print(*[name for name in rare if name in sys.modules])
communique.parse("Les ministres se sont réunis le 3 mai 2024 à Paris.")
# (With the on-disk cache off, the party names are read from pycountry, whose data
# loading brings importlib.resources, tempfile and zipfile itself.)
later = ["difflib", "html.entities", "yaml"]
print("parsed", *[name for name in later if name in sys.modules])
"""


def test_import_and_a_plain_parse_leave_rare_path_modules_unloaded() -> None:
    """Archives, stored-file writing, alignment, HTML escapes and YAML wait for their input."""
    command = [sys.executable, "-c", _RARE]
    # The on-disk cache off: a first parse on a fresh machine writes files (tempfile).
    env = {**os.environ, "COMMUNIQUE_CACHE_DIR": ""}
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    assert done.stdout.split("\n")[:2] == ["", "parsed"]


_HEAVY = """
import sys
import communique
communique.parse("Le ministre des Affaires étrangères, M. Jean Dupont, a reçu le 3 mai 2024 à "
                 "Paris son homologue du Sénégal. Ils ont signé un accord de coopération.")
communique.parse("On 3 May 2024 the Foreign Minister of Japan, Mr. John Smith, met his "
                 "counterpart from Kenya in Nairobi and signed a memorandum of understanding.")
heavy = ["lxml", "dask", "pandas", "hijridate", "pdfplumber", "pdfminer", "docx", "dateparser",
         "markdown_it", "yaml", "charset_normalizer", "py3langid", "multiprocessing", "tqdm",
         "jsonschema", "cattrs", "tomllib", "babel", "pycountry"]
print(*sorted({name.split(".")[0] for name in sys.modules} & set(heavy)))
"""


def test_a_plain_text_parse_leaves_the_heavy_optional_modules_unloaded(tmp_path: Path) -> None:
    """Readers of other formats, dataframes, dateparser and Hijri tables wait for their use.

    The first process fills an empty pattern cache (reading party names from Babel and
    pycountry, and the TOML files); the second is a cold start on a warm machine.
    """
    env = {**os.environ, "COMMUNIQUE_CACHE_DIR": str(tmp_path)}
    command = [sys.executable, "-c", _HEAVY]
    subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    assert done.stdout.split() == []


_COMPILED = """
import json, re, sys
import regex

outside = []


def spy(original):
    def compile(pattern, flags=0, *args, **kwargs):
        caller = sys._getframe(1).f_globals.get("__name__", "")
        own = caller.startswith("communique") and caller != "communique.patterncache"
        if own and isinstance(pattern, str) and len(pattern) >= 200:
            outside.append(f"{caller}: {pattern[:60]}")
        return original(pattern, flags, *args, **kwargs)

    return compile


re.compile, regex.compile = spy(re.compile), spy(regex.compile)
import communique

communique.parse("Le 3 mai 2024, le ministre des Affaires étrangères du Japon, M. Jean Dupont, "
                 "a signé à Paris un accord de coopération avec le Sénégal.")
communique.parse("On 3 May 2024 the Foreign Minister of Kenya, Mr. John Smith, signed in "
                 "Nairobi a memorandum of understanding with Japan.")
communique.parse_html("<html lang=en><body><h1>Joint statement</h1><p>The ministers of "
                      "France and Ghana met in Accra on 2 June 2025.</p></body></html>")
print(json.dumps(outside))
"""


def test_a_warm_first_parse_compiles_no_long_pattern_outside_the_cache(tmp_path: Path) -> None:
    """Long patterns (200 characters and more) go through ``communique.patterncache``.

    Compiled with ``re.compile`` or ``regex.compile`` in every process, they were what a
    first parse spent most of its time on. The first process fills the cache.
    """
    env = {**os.environ, "COMMUNIQUE_CACHE_DIR": str(tmp_path)}
    command = [sys.executable, "-c", _COMPILED]
    subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    assert json.loads(done.stdout) == []
