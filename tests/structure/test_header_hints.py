"""The cheap test that skips a line in the header scan never skips a paragraph number."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import communique
from communique.structure import header
from communique.structure.shapes import parse_marker

_LINE = st.text(alphabet="0123456789().)/°. \tLeaBcDIVX,«»é-–ivxAZ", max_size=40)


@given(_LINE, st.integers(min_value=0, max_value=40))
@example("Lomé, 3 mai 2026 1. Le comité", 17)
@example("Lomé, 3 mai 2026 1) Le comité", 17)
@example("Apia, 14 May 2026 (2) The", 18)
@example("Suva – 3 May 2026 3/ The", 18)
@example("Dakar, 5 juin 2026 4° Les", 19)
@example("Lomé, 3 mai 2026 1- Le comité", 17)
@example("Apia, 14 May 2026 2.3 The", 18)
@example("0-B", 0)
@example("0.Bc", 0)
@example("Lomé, 3 mai 2026 1 - Le comité", 17)
@example("Lomé, 3 mai 2026 iv. Le comité", 17)
@example("x) 1Z", 0)
@example("e)8°) 6", 3)
@example("0.-A", 0)
def test_a_number_glued_after_a_date_holds_the_hint(line: str, cut: int) -> None:
    """``parse_marker`` on any stripped tail of a line implies the hint in the line."""
    if parse_marker(line[cut:].strip()) is not None:
        assert header._MARKER_HINT.search(line) is not None


def test_datelines_above_or_glued_to_numbered_paragraphs() -> None:
    above = (
        "The ministers held their annual consultations this week in the capital.\n\n"
        "Canberra, 7 May 2026\n"
        "1. The ministers reviewed progress in the bilateral relationship.\n"
        "2. They agreed to meet again in 2027.\n"
    )
    glued = (
        "Compte rendu de la réunion du comité de suivi\n\n"
        "Abidjan, le 7 avril 2026 1. Le comité s'est réuni pour examiner les projets.\n"
        "2. Il a examiné l'état d'avancement des projets.\n"
    )
    for text, date in ((above, "2026-05-07"), (glued, "2026-04-07")):
        doc = communique.parse(text)
        assert doc.date == date
        numbered = [p for p in doc.paragraphs if p.number is not None]
        assert [p.number for p in numbered] == ["1", "2"]
        assert not any("2026" in p.text for p in numbered)
