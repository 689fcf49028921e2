"""Markdown with YAML front matter: metadata as facts, markup out of the text, offsets exact."""

from __future__ import annotations

import contextlib
import time
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

import communique
from communique.inputs.markdown import looks_like_markdown, read_markdown

if TYPE_CHECKING:
    from pathlib import Path

FRENCH = """---
title: "Visite d'amitié du ministre au Bénin"
date: 2025-06-03T08:41:07.512+02:00
summary: "Le ministre s'est rendu à Cotonou le 2 juin 2025."
lang: fr
---

# Visite d'amitié du ministre au Bénin

<!-- brouillon : Le ministre Jean Martin a signé le 4 avril 2019 un accord. -->

![Photo officielle](/images/visite.jpg)

Le ministre des Affaires étrangères, **M. Paul Durand**, s'est rendu à Cotonou le
2 juin 2025 pour une visite d'amitié.\\
Il a été reçu par son homologue.

**Principaux résultats**

1. Les deux pays renforceront leur coopération.
1. Un comité mixte se réunira en 2026.
1. Les consultations reprendront à l'automne.

[Lire le communiqué complet](https://example.org/communique.pdf)

\\###
"""

ENGLISH = """---
title: Foreign ministers meet in Ottawa
published_time: "2024-11-05"
---

Foreign ministers meet in Ottawa
================================

The Minister of Foreign Affairs met her counterpart in Ottawa on 4 November 2024.

Priorities
----------

1\\. Trade between the two countries will double by 2030.

2\\. A joint working group will report next year.
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_front_matter_day_wins_and_posting_time_yields(tmp_path: Path) -> None:
    """A day-only date field dates the document; a posting time yields to the text's date."""
    day = communique.parse_file(_write(tmp_path, "ottawa.md", ENGLISH))
    assert day.date == "2024-11-05"  # the text says "on 4 November 2024"
    posted = ENGLISH.replace('published_time: "2024-11-05"', "date: 2024-11-05 09:12:00+00:00")
    stamp = communique.parse_file(_write(tmp_path, "ottawa-posted.md", posted))
    assert stamp.date == "2024-11-04"
    midnight = ENGLISH.replace('published_time: "2024-11-05"', "date: 2024-11-05T00:00:00Z")
    assert communique.parse_file(_write(tmp_path, "ottawa-day.md", midnight)).date == "2024-11-05"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Minister ended her visit to Orlan on 23 October 2026.\n\n"
            "She travelled yesterday to Valmont for talks with Karl Lirov.\n",
            "2026-10-23",
        ),
        (
            "La ministre a achevé le 23 octobre 2026 sa visite à Orlan.\n\n"
            "Elle s'est rendue hier à Valmont pour des entretiens avec M. Karl Lirov.\n",
            "2026-10-23",
        ),
    ],
)
def test_relative_days_count_from_the_front_matter_day(
    tmp_path: Path, body: str, expected: str
) -> None:
    """A day-only date field is the document's date before any date is resolved.

    The text opens with the day before ("ended on 23 October"); "yesterday" is told from
    the day the front matter gives, the day the page reports as its own.
    """
    text = f'---\ntitle: "Visit"\ndate: 2026-10-24\n---\n\n{body}'
    doc = communique.parse_file(_write(tmp_path, "visit.md", text))
    assert doc.date == "2026-10-24"
    relative = [d for d in doc.dates if d.kind == "relative"]
    assert [(d.value, d.anchor) for d in relative] == [(expected, "document")]


def test_a_dateline_glued_to_the_text_counts_over_the_front_matter_day(tmp_path: Path) -> None:
    """The text's own dateline dates its "yesterday"; the front matter's day stays the result's."""
    text = (
        '---\ntitle: "Visit"\ndate: 2026-05-10\n---\n\n'
        "Kalvora, 3 May 2026 — The Foreign Minister of Norland, Karl Lirov, arrived in "
        "Kalvora yesterday for talks with Anna Serel.\n"
    )
    doc = communique.parse_file(_write(tmp_path, "dateline.md", text))
    assert doc.date == "2026-05-10"
    yesterday = next(d for d in doc.dates if d.text == "yesterday")
    assert yesterday.value == "2026-05-02"


@pytest.mark.parametrize(
    ("stamp", "body", "expected"),
    [
        (
            "Mise à jour le 10 novembre 2026",
            "Les 4 et 5 novembre 2026, la conférence ministérielle s'est tenue à Kalvora.",
            "2026-11-04",
        ),
        (
            "Last updated on 10 November 2026",
            "On 4 and 5 November 2026, the ministerial conference met in Kalvora.",
            "2026-11-04",
        ),
    ],
)
def test_a_front_matter_day_printed_as_the_update_stamp_yields_to_the_text(
    tmp_path: Path, stamp: str, body: str, expected: str
) -> None:
    """The front matter's day is the page's last change when the page prints it so."""
    text = f'---\ntitle: "Conférence"\ndate: 2026-11-10\n---\n\n{stamp}\n\n{body}\n'
    doc = communique.parse_file(_write(tmp_path, "updated.md", text))
    assert doc.date == expected
    assert stamp in [mention.text for mention in doc.boilerplate]
    assert all(d.value != "2026-11-10" for d in doc.dates)


def test_a_day_apposed_to_today_is_today_whatever_the_front_matter_says(tmp_path: Path) -> None:
    """A day apposed to "today" in a page dated the 24th: the text tells which day it means."""
    text = (
        '---\ntitle: "Visit"\ndate: 2026-10-24\n---\n\n'
        "The Minister arrived in Orlan today, 23 October 2026, for talks with Karl Lirov.\n"
    )
    doc = communique.parse_file(_write(tmp_path, "today.md", text))
    today = next(d for d in doc.dates if d.kind == "relative")
    assert (today.text, today.value, today.anchor, today.anchor_text) == (
        "today",
        "2026-10-23",
        "text",
        "23 October 2026",
    )


def test_front_matter_gives_title_date_and_language(tmp_path: Path) -> None:
    """The front matter's title and language are the document's; its date is a posting time.

    A date with a time of day records when the site posted the page: the day the text
    gives ("le 2 juin 2025") is the document's; a day-only date field is (next test).
    """
    doc = communique.parse_file(_write(tmp_path, "visite.md", FRENCH))
    assert doc.title == "Visite d'amitié du ministre au Bénin"
    assert doc.date == "2025-06-02"
    assert doc.language == "fr"
    assert doc.source is not None
    assert doc.source.format == "markdown"


def test_a_long_markdown_title_is_the_title_not_a_paragraph(tmp_path: Path) -> None:
    """A "# …" headline as long as a paragraph is still the page's title, printed once."""
    headline = (
        "No:433/26, Information of the Press Service Department of the Ministry of Foreign "
        "Affairs of the Republic of Kalvora on the telephone conversation between the Minister "
        "of Foreign Affairs of the Republic of Kalvora Paul Deroux and the Minister of Foreign "
        "Affairs of the Federal Democratic Republic of Norland and Orlan Marc Tavel"
    )
    text = (
        f'---\ntitle: "{headline}"\ndate: "2026-11-29"\n---\n\n# {headline}\n\n'
        "On November 29, 2026, a telephone conversation took place between the two Ministers.\n\n"
        "The Ministers also discussed other issues of mutual interest.\n"
    )
    doc = communique.parse_file(_write(tmp_path, "call.md", text))
    assert doc.title == headline
    assert [p.text[:14] for p in doc.paragraphs] == ["On November 29", "The Ministers "]


def test_nothing_is_extracted_from_the_front_matter_or_comments(tmp_path: Path) -> None:
    """No date, person or agreement comes from the metadata block or an HTML comment."""
    text = FRENCH
    doc = communique.parse_file(_write(tmp_path, "visite.md", text))
    body = text.index("# Visite")
    comment_end = text.index("-->")
    mentions = [(d.start, d.text) for d in doc.dates]
    mentions += [(m.start, m.text) for p in doc.persons for m in p.mentions]
    assert mentions
    assert all(start > comment_end for start, _ in mentions), mentions
    assert all(start > body for start, _ in mentions)
    assert "2019" not in " ".join(d.text for d in doc.dates)


def test_offsets_point_into_the_file_itself(tmp_path: Path) -> None:
    """source.text is the file: every mention slices out of it as written."""
    doc = communique.parse_file(_write(tmp_path, "visite.md", FRENCH))
    assert doc.source is not None
    assert doc.source.text == FRENCH
    spans = [(d.text, d.start, d.end) for d in doc.dates]
    spans += [(m.text, m.start, m.end) for p in doc.persons for m in p.mentions]
    spans += [(b.text, b.start, b.end) for b in doc.boilerplate]
    assert spans
    assert all(FRENCH[start:end] == text for text, start, end in spans)


def test_markup_is_not_in_the_reading_text(tmp_path: Path) -> None:
    """Emphasis, hard-break backslashes and heading marks are gone from paragraph text."""
    doc = communique.parse_file(_write(tmp_path, "visite.md", FRENCH))
    texts = " ".join(p.text for p in doc.paragraphs)
    assert "M. Paul Durand" in texts
    assert "**" not in texts
    assert "\\" not in texts
    assert "#" not in texts
    assert "Photo officielle" not in texts


def test_lists_printing_one_are_numbered_as_rendered(tmp_path: Path) -> None:
    """Items that all print "1." read 1, 2, 3 as CommonMark renders them."""
    doc = communique.parse_file(_write(tmp_path, "visite.md", FRENCH))
    numbers = [p.number for p in doc.paragraphs if p.number]
    assert numbers == ["1", "2", "3"]


def test_lists_split_by_comments_keep_one_paragraph_per_item(tmp_path: Path) -> None:
    """A converter's "<!-- -->" between items makes lists of one "1." item: each a paragraph."""
    items = ["EXPAND cooperation on fisheries;", "ENHANCE coastal security;", "SEEK new partners."]
    text = "# Joint Vision of Kalvora and Valmont\n\nThe two sides commit to:\n\n" + (
        "\n\n<!-- -->\n\n".join(
            f"1.  **{item.split()[0]}** {item.split(' ', 1)[1]}" for item in items
        )
    )
    doc = communique.parse_file(_write(tmp_path, "vision.md", text + "\n"))
    numbered = [(p.number, p.text) for p in doc.paragraphs if p.number]
    assert numbered == [("1", item) for item in items]


_DATED_POSTS = [
    (
        "14 April 2026",
        "Kalvora and Valmont ministers meet in Orlan",
        "The ministers of Kalvora and Valmont met in Orlan to discuss trade.",
    ),
    (
        "April 14, 2026",
        "Kalvora and Valmont ministers meet in Orlan",
        "The ministers of Kalvora and Valmont met in Orlan to discuss trade.",
    ),
    (
        "14 avril 2026",
        "Les ministres de Kalvora et de Valmont se réunissent à Orlan",
        "Les ministres de Kalvora et de Valmont se sont réunis à Orlan pour parler du commerce.",
    ),
]


@pytest.mark.parametrize(("dated", "headline", "body"), _DATED_POSTS)
def test_a_date_printed_as_a_link_dates_the_page(
    tmp_path: Path, dated: str, headline: str, body: str
) -> None:
    """A blog prints its date as the post's permalink: a date, not a link-only furniture line."""
    text = (
        f"# {headline}\n\n[{dated}](https://example.org/kalvora-valmont/)\n\n"
        f"[Kalvora News](https://example.org/news/)\n\n{body}\n"
    )
    doc = communique.parse_file(_write(tmp_path, "post.md", text))
    assert str(doc.date) == "2026-04-14"
    assert [d.text for d in doc.dates] == [dated]
    assert [b.text for b in doc.boilerplate] == ["[Kalvora News](https://example.org/news/)"]
    assert all(text[b.start : b.end] == b.text for b in doc.boilerplate)


@pytest.mark.parametrize(
    ("opening", "clause", "items"),
    [
        (
            "The two sides met in Orlan.",
            "**WE HEREBY** **COMMIT TO:**",
            ["EXPAND cooperation on fisheries;", "ENHANCE security."],
        ),
        (
            "Les deux parties se sont réunies à Orlan.",
            "**Nous nous engageons à :**",
            ["RENFORCER la pêche durable ;", "DÉVELOPPER les échanges."],
        ),
    ],
)
def test_a_bold_clause_introducing_a_list_is_a_paragraph(
    tmp_path: Path, opening: str, clause: str, items: list[str]
) -> None:
    """A bold line opened by a subject pronoun and closed by a colon is text, not a heading."""
    text = f"# Kalvora et Valmont\n\n{opening}\n\n{clause}\n\n" + "\n".join(
        f"- {item}" for item in items
    )
    doc = communique.parse_file(_write(tmp_path, "vision.md", text + "\n"))
    assert not doc.headings
    assert clause.replace("*", "") in [p.text for p in doc.paragraphs]


def test_link_only_lines_and_end_marks_are_furniture(tmp_path: Path) -> None:
    """A line that is only a link, or only an escaped end mark, is boilerplate, not prose."""
    doc = communique.parse_file(_write(tmp_path, "visite.md", FRENCH))
    furniture = " ".join(b.text for b in doc.boilerplate)
    assert "Lire le communiqué complet" in furniture
    assert all("Lire le communiqué" not in p.text for p in doc.paragraphs)
    assert all("###" not in p.text for p in doc.paragraphs)


def test_setext_headings_and_escaped_numbers(tmp_path: Path) -> None:
    r"""Setext H1 is the title when the front matter has none; ``1\.`` is a paragraph number."""
    text = ENGLISH.replace("title: Foreign ministers meet in Ottawa\n", "")
    doc = communique.parse_file(_write(tmp_path, "ottawa.md", text))
    assert doc.title == "Foreign ministers meet in Ottawa"
    assert doc.date == "2024-11-05"
    assert doc.language == "en"
    assert [p.number for p in doc.paragraphs if p.number] == ["1", "2"]
    assert "Priorities" in [h.text for h in doc.headings]


def test_a_text_file_with_front_matter_is_read_by_its_body(tmp_path: Path) -> None:
    """A .txt with front matter: metadata either way; a body in Markdown is read as such."""
    assert looks_like_markdown(ENGLISH)
    assert not looks_like_markdown("---\n\nA rule, then prose.\n\n---\n")
    plain = communique.parse_file(_write(tmp_path, "ottawa.txt", ENGLISH))
    assert plain.title == "Foreign ministers meet in Ottawa"
    assert plain.source is None  # plain UTF-8 text: offsets point into the file's text
    marked = communique.parse_file(_write(tmp_path, "visite.txt", FRENCH))
    assert marked.source is not None
    assert marked.source.format == "markdown"
    assert "**" not in " ".join(p.text for p in marked.paragraphs)


def test_language_and_reference_date_of_the_caller_win(tmp_path: Path) -> None:
    """parse_file honours language= and reference_date= over the front matter."""
    import datetime

    text = "---\nlang: en\n---\n\nLes ministres se sont réunis hier à Paris.\n"
    path = _write(tmp_path, "hier.md", text)
    doc = communique.parse_file(path, language="fr", reference_date=datetime.date(2024, 3, 9))
    assert doc.language == "fr"
    assert [d.value for d in doc.dates] == ["2024-03-08"]


def test_hostile_yaml_is_metadata_that_states_nothing(tmp_path: Path) -> None:
    """Alias bombs, Python tags and deep nesting in front matter: fast, nothing executed."""
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(9)
    )
    hostile = [
        bomb + "title: Bombe\n",
        "title: !!python/object/apply:os.system ['echo pwned']\n",
        "title: " + "[" * 10_000 + "]" * 10_000 + "\n",
        "title: [unclosed\n",
    ]
    communique.parse("Les ministres se sont réunis.")  # load the language data first
    for index, front in enumerate(hostile):
        text = f"---\n{front}---\n\nLes ministres se sont réunis le 3 mai 2023.\n"
        started = time.perf_counter()
        doc = communique.parse_file(_write(tmp_path, f"h{index}.md", text))
        assert time.perf_counter() - started < 10
        assert doc.date == "2023-05-03"
        assert doc.title in (None, "Bombe")


def test_deeply_nested_lists_stay_fast(tmp_path: Path) -> None:
    """A 10,000-level nested list is read without recursion errors, quickly."""
    for index, text in enumerate(["- " * 10_000 + "niveau\n", ">" * 10_000 + " citation\n"]):
        started = time.perf_counter()
        with contextlib.suppress(communique.errors.CommuniqueError):
            communique.parse_file(_write(tmp_path, f"deep{index}.md", text))
        assert time.perf_counter() - started < 20


_PIECES = st.sampled_from(
    [
        "# Titre\n",
        "Le ministre **Paul Durand** est venu le 3 mai 2023.\n",
        "1. Premier point.\n",
        "1) Second point\\\n",
        "- [lien](https://example.org)\n",
        "<!-- commentaire -->\n",
        "![image](a.png)\n",
        "\n",
        "> citation *du* jour\n",
        "| a | b |\n|---|---|\n| 1 | 2 |\n",
        "```\ncode\n```\n",
        "2\\. Point échappé &amp; entité\n",
        "***\n",
        "Titre\n=====\n",
        '<ol start="3">\n<li><p>Point en HTML.</p></li>\n<li>Autre point</li>\n</ol>\n',
        '<span class="a"><p>Un.</p><p>Deux.</p></span> fin<br>suite\n',
        '        <span class="b"/><p>Indenté.</p>\n',
    ]
)


@given(st.lists(_PIECES, max_size=12), st.text(max_size=40))
def test_every_block_and_mention_maps_into_the_file(pieces: list[str], noise: str) -> None:
    """For any Markdown, the working text maps into the file and blocks slice it."""
    text = "".join(pieces) + noise
    reading = read_markdown(text)
    assert len(reading.offsets) == len(reading.working)
    for index, char in enumerate(reading.working):
        # List markers are written as rendered: "-", a number, "3. " for an HTML "<li>";
        # a block tag inside a line is the line break it prints.
        start = reading.offsets.start(index)
        in_tag = text.rfind("<", 0, start + 1) > text.rfind(">", 0, start)
        assert text[start] == char or char in "-0123456789. " or (char == "\n" and in_tag)
    for block in reading.blocks:
        assert 0 <= block.start < block.end <= len(text)


def test_a_bold_paragraph_is_not_a_heading() -> None:
    """A short line all in bold is a heading; a bold sentence stays a paragraph."""
    reading = read_markdown(
        "**Priorités communes**\n\n**Les ministres ont adopté la déclaration finale.**\n"
    )
    assert [block.role for block in reading.blocks] == ["heading", "paragraph"]


def test_text_inside_html_blocks_is_kept_without_its_tags() -> None:
    """An HTML block's text is read; tags, scripts and comments are not."""
    reading = read_markdown(
        '<div class="lead"><p>Le ministre est venu le 3 mai 2023.</p></div>\n\n'
        '<script>var cache = "texte caché";</script>\n\n<!-- note interne -->\n'
    )
    assert reading.working.split() == ["Le", "ministre", "est", "venu", "le", "3", "mai", "2023."]
    assert [block.role for block in reading.blocks] == ["paragraph"]


def test_items_of_an_html_ordered_list_are_numbered_as_a_browser_shows_them(
    tmp_path: Path,
) -> None:
    """``<ol>`` items in an HTML block read "1.", "2." (``start`` honoured); ``<ul>`` ones not."""
    page = (
        '---\ntitle: Rencontres bilatérales\n---\n\n<div>\n<ol type="1">\n'
        "  <li>\n    <p>Le ministre a rencontré son homologue du Koranda le 7 août 2026.</p>\n"
        "  </li>\n  <li><p>Il a ensuite reçu la ministre de la Justice de l'Aldorie.</p></li>\n"
        "</ol>\n</div>\n\n"
        '<ol start="3"><li>Les deux ministres ont signé un mémorandum.</li></ol>\n\n'
        "<ul><li>Une liste sans numéros.</li></ul>\n\n"
        '<ol type="a"><li>Une liste de lettres.</li></ol>\n'
    )
    doc = communique.parse_file(_write(tmp_path, "rencontres.md", page))
    assert [(p.number, p.text.split()[0]) for p in doc.paragraphs] == [
        ("1", "Le"),
        ("2", "Il"),
        ("3", "Les"),
        (None, "Une"),
        (None, "Une"),
    ]
    assert "<li>" in page[doc.paragraphs[0].start : doc.paragraphs[0].end]


def test_plain_text_with_front_matter_keeps_a_plain_body() -> None:
    """parse(text) reads an archive's front matter as metadata and its body as plain text."""
    text = (
        '---\ntitle: "Joint statement of the ministers [Archive]"\ndate: "2019-04-02"\n'
        "source_url: http://example.org/statement\n---\n\n JOINT STATEMENT\n ---------\n\n"
        " 1. The ministers met in Lima on 1 April 2019.\n\n"
        " 2. They will meet again in *2020*.\n"
    )
    doc = communique.parse(text)
    assert doc.title == "Joint statement of the ministers"
    assert doc.date == "2019-04-02"
    assert doc.source is None
    assert all(text[d.start : d.end] == d.text for d in doc.dates)
    assert all(d.start > text.index("\n---\n") for d in doc.dates)
    assert [p.number for p in doc.paragraphs if p.number] == ["1", "2"]
    assert "*2020*" in doc.paragraphs[-1].text


BYLINE_BLOCK = """---
title: Paul Serel et Marc Valmont ont discuté de la mise en œuvre de l'accord de pêche
date: 2026-04-14T21:01:25.887Z
---

# Paul Serel et Marc Valmont ont discuté de la mise en œuvre de l'accord de pêche

* [Partager sur Facebook](https://www.facebook.com/sharer/sharer.php?u=x)

[14 avril 2026](https://www.example.org/entretien/)

–

par

[Anna Koranda](https://www.example.org/author/akoranda/)

[Actualités](https://www.example.org/categorie/actualites/)

©example.org

Le ministre des Affaires étrangères de Lirava, Paul Serel, a reçu le 14 avril 2026
son homologue aldorien, Marc Valmont.

Les deux ministres ont passé en revue la mise en œuvre de l'accord de pêche.
"""


def test_the_markdown_headline_is_the_title_above_a_byline_block(tmp_path: Path) -> None:
    """The Markdown "# …" is the title when nothing in the head looks like one more than it."""
    doc = communique.parse_file(_write(tmp_path, "entretien.md", BYLINE_BLOCK))
    headline = BYLINE_BLOCK.split("\n# ")[1].split("\n")[0]
    assert doc.title == headline
    assert [p.text[:24] for p in doc.paragraphs] == [
        "Le ministre des Affaires",
        "Les deux ministres ont p",
    ]


LEAD_DAY = """---
title: Entretien des ministres de Lirava et d'Aldorie
date: 2026-03-10T09:30:00Z
---

# Entretien des ministres de Lirava et d'Aldorie

Le 9 mars, le ministre des Affaires étrangères de Lirava, Paul Serel, a reçu son homologue.
"""


def test_a_year_less_opening_day_before_a_posting_time_dates_the_text(tmp_path: Path) -> None:
    """The day the text opens with, resolved against a posting time days later, is its date."""
    doc = communique.parse_file(_write(tmp_path, "entretien.md", LEAD_DAY))
    assert doc.date == "2026-03-09"
    late = LEAD_DAY.replace("2026-03-10T09:30:00Z", "2026-05-30T09:30:00Z")
    assert communique.parse_file(_write(tmp_path, "archive.md", late)).date == "2026-05-30"


def test_block_tags_inside_a_line_end_its_paragraphs(tmp_path: Path) -> None:
    """Block tags inside a line ("…</p><p>…") end a paragraph there, as a browser prints it."""
    page = (
        "---\ntitle: Entretien\n---\n\n"
        '<span class="lead"><p>The minister met Anna Serel in Valmont on Monday.</p>'
        '<span id="cut"/><p>They spoke about trade and energy.</p>\n\n'
        "<div><p>Le ministre a reçu Paul Deroux.</p><p>Ils ont parlé de l'énergie.</p></div>\n\n"
        "Une ligne<br>puis une autre.\n"
    )
    doc = communique.parse_file(_write(tmp_path, "entretien.md", page))
    assert [p.text for p in doc.paragraphs] == [
        "The minister met Anna Serel in Valmont on Monday.",
        "They spoke about trade and energy.",
        "Le ministre a reçu Paul Deroux.",
        "Ils ont parlé de l'énergie.",
        "Une ligne puis une autre.",
    ]
    for paragraph in doc.paragraphs:
        assert "<" not in paragraph.text
        assert paragraph.text.split()[0] in page[paragraph.start : paragraph.end]


def test_indented_markup_is_html_not_code(tmp_path: Path) -> None:
    """Exports indent a page's markup; an indented block that opens with a tag is printed text."""
    page = (
        "---\ntitle: Talks in Valmont\n---\n\n"
        "<p>The ministers met in Valmont on 4 May 2026.</p>\n\n"
        '        <span class="divide"/><p>They agreed to meet again in June.</p>\n\n'
        "    x = 1  # code stays code\n"
    )
    doc = communique.parse_file(_write(tmp_path, "talks.md", page))
    texts = [p.text for p in doc.paragraphs]
    assert "They agreed to meet again in June." in texts
    assert not any("<" in text for text in texts)
    assert "x = 1  # code stays code" in read_markdown(page).working


def test_metadata_lines_without_fences_are_metadata(tmp_path: Path) -> None:
    """Pelican's "Title: …" lines, or a front matter that lost its opening "---", are facts."""
    pelican = (
        "Title: Ministers of Kalvora and Valmont meet on trade\nDate: 2021-09-30 18:05\n"
        "Category: news\nSlug: ministers-meet\n\n"
        "The foreign ministers of Kalvora and Valmont met on Thursday in Valmont.\n"
    )
    lost_fence = (
        "layout: post\ntitle: Valmont et Kalvora signent un accord\ndate: 2020-09-12\n---\n\n"
        "Les deux délégations ont paraphé le texte samedi à Valmont.\n"
    )
    for name, page, title, day in (
        ("talks.md", pelican, "Ministers of Kalvora and Valmont meet on trade", "2021-09-30"),
        ("accord.md", lost_fence, "Valmont et Kalvora signent un accord", "2020-09-12"),
    ):
        doc = communique.parse_file(_write(tmp_path, name, page))
        assert (doc.title, str(doc.date)) == (title, day)
        assert len(doc.paragraphs) == 1
        assert doc.paragraphs[0].text.split()[0] in {"The", "Les"}
    # Lines of the text's own ("Lieu : …") are not metadata without a title or an ISO date.
    plain = "Objet: visite officielle\nLieu: Valmont\n\nLe ministre est arrivé à Valmont.\n"
    doc = communique.parse_file(_write(tmp_path, "visite.md", plain))
    assert doc.paragraphs[0].text.startswith("Objet")


def test_wordpress_export_keys_and_entities(tmp_path: Path) -> None:
    """``post_title``/``post_date`` of WordPress exports; the page's entities decoded."""
    page = (
        "---\npost_title: 'Kalvora&#039;s minister meets Anna Serel'\n"
        "post_date: 2019-03-08 07:40:02\n---\n\nThe minister met Anna Serel on Friday.\n"
    )
    doc = communique.parse_file(_write(tmp_path, "post.md", page))
    assert doc.title == "Kalvora's minister meets Anna Serel"
    assert str(doc.date) == "2019-03-08"
    assert doc.dates[0].value == "2019-03-08"


def test_soft_line_breaks_keep_one_paragraph_and_list_items_their_numbers(
    tmp_path: Path,
) -> None:
    """A Markdown paragraph's lines are one paragraph, full stops or not; not a hard break's.

    Each item of an ordered list is its own numbered paragraph, and the paragraph after the
    list is not the last item's.
    """
    page = (
        "---\ntitle: Valmont summit\n---\n\n"
        "The summit of Kalvora and Valmont was held in Valmont on 4 May 2026.\n"
        "Its theme was maritime security in the region.\n\n"
        "Three priorities were set for the year:\n\n"
        "1. Port security\n"
        "2. Fisheries control\n"
        "3. Joint patrols\n\n"
        "These priorities build on the talks held in 2025.\\\n"
        "The next summit will be held in Kalvora in 2027.\n"
    )
    doc = communique.parse_file(_write(tmp_path, "summit.md", page))
    assert [(p.number, p.text) for p in doc.paragraphs] == [
        (
            None,
            "The summit of Kalvora and Valmont was held in Valmont on 4 May 2026. "
            "Its theme was maritime security in the region.",
        ),
        (None, "Three priorities were set for the year:"),
        ("1", "Port security"),
        ("2", "Fisheries control"),
        ("3", "Joint patrols"),
        (None, "These priorities build on the talks held in 2025."),
        (None, "The next summit will be held in Kalvora in 2027."),
    ]


def test_an_image_between_two_sentences_breaks_the_paragraph(tmp_path: Path) -> None:
    """A photo glued between a full stop and a capital marks the break the export lost."""
    page = (
        "---\ntitle: Rencontre\n---\n\n"
        "Le ministre a reçu Paul Deroux à Valmont lundi.[![Photo - 120 ko](/img/a.jpg)](/img/"
        "a-grand.jpg)Ils ont parlé de la pêche et de l'énergie.\n\n"
        "The minister met Anna Serel in Valmont.![Photo](/img/b.jpg)They spoke about trade, "
        "![map](/img/c.png) ports and fisheries.\n"
    )
    doc = communique.parse_file(_write(tmp_path, "rencontre.md", page))
    assert [p.text for p in doc.paragraphs] == [
        "Le ministre a reçu Paul Deroux à Valmont lundi.",
        "Ils ont parlé de la pêche et de l'énergie.",
        "The minister met Anna Serel in Valmont.",
        "They spoke about trade, ports and fisheries.",
    ]
    for paragraph in doc.paragraphs:
        assert page[paragraph.start : paragraph.end].startswith(paragraph.text[:8])


def test_footnote_references_are_markup_and_notes_are_furniture(tmp_path: Path) -> None:
    """A footnote reference ("[^1]") is no part of the sentence; the note below is furniture."""
    page = (
        "The ambassador Karl Lirov will leave Valmont for Kalvora in May[^1].\n\n"
        "He arrived in Valmont in 2022.\n\n"
        "[^1]: [Announcement of the appointment](https://example.org/appointment), "
        "published on 3 March 2026.\n"
    )
    doc = communique.parse_file(_write(tmp_path, "ambassador.md", page))
    assert [p.text for p in doc.paragraphs] == [
        "The ambassador Karl Lirov will leave Valmont for Kalvora in May.",
        "He arrived in Valmont in 2022.",
    ]
    assert any("Announcement" in item.text for item in doc.boilerplate)
    assert all(mention.text != "3 March 2026" for mention in doc.dates)


@pytest.mark.parametrize(
    ("standfirst", "first"),
    [
        (
            "*A new initiative for closer cooperation in\nsupport of the region's priorities*",
            "The Valmont region is home to many of the most urgent challenges of our time.",
        ),
        (
            "*Une nouvelle initiative pour une coopération plus étroite au\nservice des priorités "
            "de la région*",
            "La région de Valmont fait face à de nombreux défis urgents de notre temps.",
        ),
    ],
)
def test_two_blank_lines_between_markdown_paragraphs_are_no_page_break(
    tmp_path: Path, standfirst: str, first: str
) -> None:
    """A Markdown export's blank and space-only lines separate its paragraphs.

    In extracted text two blank lines stand for a page break, across which a sentence cut
    short goes on; between marked-up paragraphs they do not join a standfirst without a
    full stop to the paragraph below.
    """
    page = f"---\ntitle: Statement\n---\n \n{standfirst}\n\n  \n{first}  \n  \nThe end.\n"
    doc = communique.parse_file(_write(tmp_path, "statement.md", page))
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == " ".join(standfirst.strip("*").split())
    assert texts[1] == first


@pytest.mark.parametrize(
    ("stated", "printed", "printed_wins"),
    [
        (
            "Président Karl Lirov à la conférence sur l'éducation",
            "Discours du président Karl Lirov à la conférence sur l'éducation",
            True,
        ),
        (
            "President Karl Lirov at the education conference",
            "Speech by President Karl Lirov at the education conference",
            True,
        ),
        (
            "Karl Lirov at the education conference",
            "Karl Lirov at the education conference, with the ministers of Valmont and Norland",
            False,
        ),
        ("Talks in Valmont", "VIDEO: Talks in Valmont", False),
        ("Visite du ministre à Valmont", "EN IMAGES – Visite du ministre à Valmont", False),
        (
            "Joint communique on the visit of the Prime Minister of Kalvora to Norland",
            "JOINT COMMUNIQUE ON THE VISIT OF THE PRIME MINISTER OF KALVORA, THE HON. KARL "
            "LIROV, TO NORLAND",
            False,
        ),
    ],
)
def test_a_fuller_printed_headline_is_the_title(
    tmp_path: Path, stated: str, printed: str, printed_wins: bool
) -> None:
    """A page's "# …" adding a few opening words to the front matter's title is the title.

    The metadata cut the headline's first words ("Speech by"); a printed line adding words
    at its end or inside, or a section's label set off by a colon or a dash ("VIDEO:"), is
    another title, and the metadata's stays.
    """
    body = "President Karl Lirov delivered a speech in Valmont on Tuesday."
    text = f'---\ntitle: "{stated}"\ndate: "2026-03-10"\n---\n\n# {printed}\n\n{body}\n'
    doc = communique.parse_file(_write(tmp_path, "discours.md", text))
    assert doc.title == (printed if printed_wins else stated)


@pytest.mark.parametrize("name", ["m1.md", "m2.md"])
def test_lines_of_several_sentences_are_paragraphs_without_blank_lines(
    tmp_path: Path, name: str
) -> None:
    """Each line a paragraph when an export prints them long, of several sentences each.

    No blank line stands between them; Markdown would join them into one.
    """
    sentences = {
        "m1.md": [
            "Valmont, 2 August 2026 – The President of Orlan, Karl Lirov, arrived in Valmont on "
            "the afternoon of Thursday 1 August 2026 for a state visit of two days. This first "
            "visit strengthens the ties between the two countries.",
            "At the foot of the stairs, President Anna Serel welcomed her counterpart. After the "
            "national anthems, she accompanied her guest to his residence in the city centre.",
        ],
        "m2.md": [
            "Valmont, 2 août 2026 – Le Président d'Orlan, Karl Lirov, est arrivé à Valmont dans "
            "l'après-midi du jeudi 1er août 2026 pour une visite d'État de 48 heures. Cette "
            "première visite renforce les liens entre les deux pays.",
            "Au bas de la passerelle, la Présidente Anna Serel a accueilli son homologue. Après "
            "les hymnes nationaux, elle a conduit son hôte à sa résidence du centre-ville.",
        ],
    }[name]
    page = '---\ntitle: "Visit"\ndate: "2026-08-02"\n---\n\n' + "\n".join(sentences) + "\n"
    doc = communique.parse_file(_write(tmp_path, name, page))
    assert [p.text for p in doc.paragraphs] == sentences


def test_one_long_line_among_wrapped_lines_keeps_one_paragraph(tmp_path: Path) -> None:
    """One long line of several sentences among an author's wrapped lines keeps one paragraph.

    It is no export printing a paragraph per line.
    """
    lines = [
        "The Prime Minister of Norland, Anna Serel, arrived in Valmont on 1 August 2026.",
        "She was welcomed at the airport by the Minister of Foreign Affairs of Orlan.",
        "The two leaders held talks on trade and energy. They also discussed the situation in "
        "Kalvora. They agreed to coordinate their positions ahead of the regional summit.",
        "The visit ends on Sunday.",
    ]
    page = '---\ntitle: "Visit"\ndate: "2026-08-02"\n---\n\n' + "\n".join(lines) + "\n"
    doc = communique.parse_file(_write(tmp_path, "visit.md", page))
    assert [p.text for p in doc.paragraphs] == [" ".join(lines)]


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        (
            "Le Kalvora et le Norland renforcent leur coopération",
            "Le ministre du Kalvora a reçu son homologue du Norland à Valmont.",
        ),
        (
            "Kalvora and Norland deepen their cooperation",
            "The Foreign Minister of Kalvora received his Norland counterpart in Valmont.",
        ),
    ],
)
def test_a_printed_headline_wins_over_the_lead_stored_as_title(
    tmp_path: Path, headline: str, lead: str
) -> None:
    """A front matter storing the lead's first sentence as its title: the page's headline is."""
    body = f"{headline}\n\n{lead}\nThe two ministers discussed economic cooperation.\n"
    text = f'---\ntitle: "{lead}"\ndate: "2026-03-10"\n---\n{body}'
    doc = communique.parse_file(_write(tmp_path, "readout.md", text))
    assert doc.title == headline
    assert doc.paragraphs[0].text.startswith(lead)
