"""The ``show`` page in a real headless browser (Debian's chromium).

.ci/run installs chromium when it is missing; where it cannot be installed or started,
these tests skip and say why.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import lxml.html
import pytest

import communique
from communique.model import DateMention, Mention
from communique.show import render_page
from tests.corpus.texts import FRENCH

_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def _browser() -> str:
    found = os.environ.get("COMMUNIQUE_BROWSER") or next(
        filter(None, map(shutil.which, _NAMES)), None
    )
    if found is None:
        pytest.skip(
            "no chromium found: install it (apt-get install chromium) to run the browser test"
        )
    return found


def _run(browser: str, profile: Path, *arguments: str) -> str:
    command = [
        browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", f"--user-data-dir={profile}", *arguments,
    ]  # fmt: skip
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=90, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        pytest.skip(f"chromium could not run here: {error}")
    if done.returncode != 0:
        pytest.skip(f"chromium could not run here (status {done.returncode}): {done.stderr[-300:]}")
    return done.stdout


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, communique.Communique]:
    folder = tmp_path_factory.mktemp("show")
    doc = communique.parse(FRENCH)
    path = folder / "page.html"
    path.write_text(render_page(doc, FRENCH, name="statement.txt"), encoding="utf-8")
    return path, doc


def test_the_page_renders_with_every_mention(
    page: tuple[Path, communique.Communique], tmp_path: Path
) -> None:
    """The DOM the browser builds holds every mention's element, with its text."""
    path, doc = page
    dom = lxml.html.document_fromstring(_run(_browser(), tmp_path, "--dump-dom", path.as_uri()))
    elements = {
        str(e.get("id")): e
        for e in dom.iter()
        if isinstance(e, lxml.html.HtmlElement) and e.get("id")
    }
    assert dom.findtext(".//h1") == doc.title
    mentions: list[tuple[str, Mention | DateMention]] = [
        (f"person-{n}-{i}", m) for n, p in enumerate(doc.persons) for i, m in enumerate(p.mentions)
    ]
    mentions += [
        (f"party-{n}-{i}", m) for n, p in enumerate(doc.parties) for i, m in enumerate(p.mentions)
    ]
    mentions += [
        (f"agreement-{n}-{i}", m)
        for n, a in enumerate(doc.agreements)
        for i, m in enumerate(a.mentions)
    ]
    mentions += [(f"date-{n}-0", d) for n, d in enumerate(doc.dates)]
    assert len(mentions) >= 8
    for ident, mention in mentions:
        assert ident in elements, ident
        assert mention.text.startswith(elements[ident].text_content())


def test_a_screenshot_is_written(page: tuple[Path, communique.Communique], tmp_path: Path) -> None:
    """The browser paints the page into a PNG file."""
    path, _ = page
    shot = tmp_path / "page.png"
    _run(
        _browser(),
        tmp_path / "profile",
        f"--screenshot={shot}",
        "--window-size=1400,1000",
        path.as_uri(),
    )
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 10_000
