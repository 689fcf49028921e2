"""Reading web pages: safety, encodings, furniture, structure and page facts."""

from __future__ import annotations

import datetime
import time
from pathlib import Path

import pytest

import communique
from communique import errors
from communique.cli import main
from communique.html import decode_html, read_page

ARTICLE = (
    "<html lang='fr'><head><title>Communiqué | Site du ministère</title></head><body>"
    "<nav><ul><li>Accueil</li></ul></nav><article><h1>Communiqué conjoint</h1>"
    "<p>Les ministres se sont réunis le 3 mai 2023 à Paris.</p></article></body></html>"
)


def test_external_entities_are_never_loaded(tmp_path: Path) -> None:
    """An XXE attempt reads no file: the entity is not expanded."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    page = (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        "<html><body><article><p>Les ministres ont déclaré &xxe; le 3 mai 2023.</p>"
        "</article></body></html>"
    )
    doc = communique.parse_html(page)
    assert doc.source is not None
    assert "TOP-SECRET" not in doc.source.text


def test_billion_laughs_does_not_expand() -> None:
    """Nested entity definitions are not expanded and parsing ends at once."""
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10)
    )
    page = f"<!DOCTYPE html [{entities}]><html><body><p>Bonjour &lol9; fin.</p></body></html>"
    started = time.monotonic()
    doc = communique.parse_html(page)
    assert time.monotonic() - started < 5
    assert doc.source is not None
    assert doc.source.text.count("lol") < 100


def test_network_is_never_used() -> None:
    """A page referring to external resources is read without fetching them."""
    page = (
        '<!DOCTYPE html SYSTEM "http://example.invalid/x.dtd"><html><head>'
        '<link rel="stylesheet" href="http://example.invalid/s.css"></head>'
        "<body><p>Texte du communiqué publié le 3 mai 2023.</p></body></html>"
    )
    assert communique.parse_html(page).date == "2023-05-03"


def test_pages_over_the_limit_are_refused() -> None:
    """A page larger than max_bytes raises HtmlError, an InputError."""
    with pytest.raises(errors.HtmlError, match="limit"):
        communique.parse_html("<p>" + "x" * 2000 + "</p>", max_bytes=1000)
    assert issubclass(errors.HtmlError, errors.InputError)


def test_broken_markup_is_read() -> None:
    """Unclosed tags and stray end tags still give the text."""
    page = "<html><body><div><p>Les ministres se sont réunis le 3 mai 2023.<div></span><p>Fin <b>"
    doc = communique.parse_html(page)
    assert doc.source is not None
    assert "Les ministres se sont réunis le 3 mai 2023." in doc.source.text
    assert doc.date == "2023-05-03"


def test_hostile_nesting_fails_fast_with_a_clear_error() -> None:
    """Thousands of nested elements raise HtmlError instead of losing text silently."""
    deep = "<div>" * 5000 + "<p>Texte.</p>"
    started = time.monotonic()
    with pytest.raises(errors.HtmlError, match="nests"):
        communique.parse_html(f"<html><body>{deep}</body></html>")
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("value", [None, 3, ["<p>x</p>"]])
def test_non_text_input_is_refused(value: object) -> None:
    """parse_html takes str or bytes only."""
    with pytest.raises(errors.InputTypeError):
        communique.parse_html(value)  # type: ignore[arg-type]


def test_an_empty_page_gives_an_empty_document() -> None:
    """A page without text parses to a document with no paragraphs."""
    doc = communique.parse_html("<html><body></body></html>")
    assert doc.paragraphs == ()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ('<meta charset="utf-8"><p>Réunion à Tōkyō</p>'.encode(), "Réunion à Tōkyō"),
        ("<p>Réunion à Genève</p>".encode("cp1252"), "Réunion à Genève"),
        ('<meta charset="Shift_JIS"><p>外務省 東京</p>'.encode("shift_jis"), "外務省 東京"),
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            "<p>Été</p>".encode("cp1252"),
            "Été",
        ),
        ("\ufeff<p>Déclaration</p>".encode(), "Déclaration"),
    ],
)
def test_encodings_are_declared_or_sniffed(data: bytes, expected: str) -> None:
    """UTF-8, a declared charset (Shift_JIS, Windows-1252), undeclared Windows-1252, a BOM."""
    assert expected in decode_html(data)
    assert expected in read_page(data).text


def test_furniture_is_dropped_and_structure_kept() -> None:
    """Navigation and share widgets go; an ordered list becomes numbered paragraphs."""
    page = (
        "<html><body><div class='share-links'>Partager</div><main><h1>Déclaration</h1>"
        "<p>Ligne un<br>suite de la ligne.</p>"
        "<ol><li>Les ministres se sont réunis.</li><li>Ils ont conclu.</li></ol>"
        "</main><footer>Mentions légales</footer></body></html>"
    )
    doc = communique.parse_html(page)
    assert doc.source is not None
    assert "Partager" not in doc.source.text
    assert "Mentions légales" not in doc.source.text
    assert doc.paragraphs[0].text == "Ligne un suite de la ligne."
    assert [(p.number, p.text) for p in doc.paragraphs[1:]] == [
        ("1", "Les ministres se sont réunis."),
        ("2", "Ils ont conclu."),
    ]


def test_paragraphs_each_in_a_wrapper_of_their_own_are_one_text() -> None:
    """A block editor's page: every paragraph in its own ``<div>``, no content class."""
    wrapped = "".join(
        f"<div class='wp-block-paragraph'><p>{text}</p></div>\n"
        for text in (
            "The Minister of Foreign Affairs of Norland met his counterpart in Orlan on 3 May "
            "to open the first strategic dialogue between the two countries since 1990.",
            "The two ministers signed a Memorandum of Understanding on energy security and "
            "agreed to meet again in the autumn to review the programme of work they adopted.",
            "They also discussed regional security, the situation in the Sahel and the "
            "preparation of the summit of the heads of state and government next year.",
        )
    )
    page = f"<p>Office of the Spokesperson</p><h1>Norland and Orlan Hold Talks</h1>{wrapped}"
    doc = communique.parse_html(page)
    assert [p.text[:20] for p in doc.paragraphs] == [
        "The Minister of Fore",
        "The two ministers si",
        "They also discussed ",
    ]


def test_a_teaser_list_of_wrapped_paragraphs_does_not_outweigh_the_text() -> None:
    """Wrappers count as paragraphs only when their class names one (``paragraph_words``)."""
    text = "".join(
        f"<p>{sentence}</p>"
        for sentence in (
            "The Minister of Foreign Affairs of Norland, Karl Lirov, met Anna Serel on 3 May.",
            "They discussed trade, energy and the preparation of the next summit in Valmont.",
            "Both ministers agreed to meet again in Orlan before the end of the year.",
        )
    )
    teaser = "Read more about the work of the ministry in the region and beyond, " * 3
    teasers = "".join(f"<div class='widget'><p>{teaser}</p></div>" for _ in range(3))
    page = (
        f"<body><div class='x1'><h1>Norland and Orlan Hold Talks</h1>{text}</div>"
        f"<div class='x3'>{teasers}</div></body>"
    )
    doc = communique.parse_html(page)
    assert [p.text[:20] for p in doc.paragraphs] == [
        "The Minister of Fore",
        "They discussed trade",
        "Both ministers agree",
    ]


def test_page_facts_fill_what_the_text_does_not_state() -> None:
    """Title (site suffix removed), date and language come from the page when needed."""
    page = (
        "<html lang='en-GB'><head>"
        "<title>Joint statement on cooperation - Ministry of Foreign Affairs</title>"
        "<meta property='article:published_time' content='2024-02-01T10:00:00Z'></head>"
        "<body><article><p>The ministers met yesterday and agreed to deepen cooperation.</p>"
        "</article></body></html>"
    )
    doc = communique.parse_html(page, url="https://example.org/statement")
    assert doc.language == "en"
    assert doc.title == "Joint statement on cooperation"
    assert doc.date == "2024-02-01"
    assert [d.value for d in doc.dates] == ["2024-01-31"]
    assert doc.source is not None
    assert doc.source.url == "https://example.org/statement"


def test_json_ld_date_is_read() -> None:
    """A JSON-LD datePublished dates the page."""
    page = (
        '<html><head><script type="application/ld+json">{"datePublished": "2022-11-05"}</script>'
        "</head><body><p>Les ministres ont salué la coopération.</p></body></html>"
    )
    assert communique.parse_html(page).date == "2022-11-05"


def test_parse_file_and_cli_read_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A .html file, or HTML content under another name, is read as a page."""
    named = tmp_path / "page.html"
    named.write_text(ARTICLE, encoding="utf-8")
    unnamed = tmp_path / "page.dat"
    unnamed.write_text("<!DOCTYPE html>" + ARTICLE, encoding="utf-8")
    for path in (named, unnamed):
        doc = communique.parse_file(path)
        assert doc.source is not None
        assert doc.date == "2023-05-03"
        assert "Accueil" not in doc.source.text
    assert main(["parse", "--format", "outline", str(named)]) == 0
    assert "date: 2023-05-03" in capsys.readouterr().out


def test_round_trip_keeps_the_source() -> None:
    """A parsed page survives to_dict/from_dict with its source blocks."""
    doc = communique.parse_html(ARTICLE)
    assert communique.Communique.from_dict(doc.to_dict()) == doc
    assert doc.source is not None
    assert (doc.source.blocks[0].xpath or "").startswith("/html/body")


def test_reference_date_is_the_page_date() -> None:
    """Relative dates resolve against the page's own date when the text has none."""
    page = (
        "<html><head><meta name='date' content='2021-06-10'></head>"
        "<body><p>Il est arrivé hier.</p></body></html>"
    )
    doc = communique.parse_html(page)
    assert [d.value for d in doc.dates] == [(datetime.date(2021, 6, 9)).isoformat()]
