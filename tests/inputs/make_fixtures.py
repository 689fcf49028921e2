"""Write the binary golden fixtures: ``python -m tests.inputs.make_fixtures`` from the root.

fixtures/pdf/fr_declaration.pdf (two pages, running header, page numbers, a footnote),
fixtures/docx/en_statement.docx (title, heading, numbered and bulleted items, a
table) and fixtures/docx/{fr,en}_letterhead.docx (a letterhead in a table or in plain
paragraphs, a date line, then the headline). Their parse is checked against
``*.expected.json`` by tests/test_golden.py.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import docx

from tests.inputs import pdfs

ROOT = Path(__file__).parent.parent.parent

PARAGRAPHS = [
    "Les ministres des Affaires étrangères du Canada et du Maroc se sont réunis à Rabat le "
    "14 janvier 2025 pour faire le point sur leur partenariat et sur la situation au Sahel.",
    "Ils ont décidé de créer un groupe de travail sur la sécurité alimentaire, qui se "
    "réunira pour la première fois au printemps, et de renforcer les échanges entre leurs "
    "universités, en particulier dans les domaines des énergies renouvelables et de la santé.",
    "Les deux ministres sont convenus de se retrouver à Ottawa avant la fin de l'année pour "
    "évaluer les progrès accomplis et préparer la prochaine commission mixte.",
]


def statement_docx() -> bytes:
    """An English statement in Word: title, heading, numbered and bulleted items, a table."""
    document = docx.Document()
    document.add_heading("Joint statement on maritime cooperation", 0)
    document.add_paragraph(
        "The foreign ministers of Ghana and Portugal met in Accra on 7 October 2024 and "
        "adopted the following statement."
    )
    document.add_heading("Commitments", 1)
    document.add_paragraph("The two countries will share data on illegal fishing.", "List Number")
    document.add_paragraph("A joint naval exercise will take place in 2025.", "List Number")
    document.add_paragraph("Training of coast guards.", "List Bullet")
    table = document.add_table(rows=2, cols=2)
    cells = {(0, 0): "Programme", (0, 1): "Funding", (1, 0): "Coast guards", (1, 1): "EUR 2m"}
    for (row, col), text in cells.items():
        table.cell(row, col).text = text
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


LETTERHEADS = {
    "fr": (
        [
            ["ROYAUME DU KORANDA", ""],
            [
                "Service public fédéral Affaires étrangères, Commerce extérieur et "
                "Coopération au Développement",
                "",
            ],
        ],
        ["Rue des Petits Carmes 15, 1000 Strelsau", "Tél. : +32 2 501 81 11"],
        "Strelsau, le 3 mars 2026",
        "Visite d'État du Président de la République d'Aldorie au Koranda",
        [
            "Le Président de la République d'Aldorie effectuera une visite d'État au Koranda "
            "du 10 au 12 mars 2026, à l'invitation du Roi.",
            "La visite sera consacrée à la coopération économique et culturelle.",
        ],
    ),
    "en": (
        [],
        [
            "KINGDOM OF KORANDA",
            "Federal Public Service Foreign Affairs, Foreign Trade and Development Cooperation",
            "15 Harbour Road, 1000 Strelsau",
            "Tel: +32 2 501 81 11",
        ],
        "Strelsau, 3 March 2026",
        "State Visit of the President of the Republic of Aldoria to Koranda",
        [
            "The President of the Republic of Aldoria will pay a State Visit to Koranda from "
            "10 to 12 March 2026 at the invitation of the King.",
            "The visit will focus on economic and cultural cooperation.",
        ],
    ),
}
"""A letterhead in a table (French) or in paragraphs (English), the date line, the headline
and the text: (table rows, letterhead lines, date line, headline, paragraphs)."""


def letterhead_docx(language: str) -> bytes:
    """A release in Word under a letterhead: the state, a federal service, its address."""
    rows, letterhead, date_line, headline, paragraphs = LETTERHEADS[language]
    document = docx.Document()
    if rows:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for row, cells in enumerate(rows):
            for col, text in enumerate(cells):
                table.cell(row, col).text = text
    for text in [*letterhead, date_line, headline, *paragraphs]:
        document.add_paragraph(text)
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def main() -> None:
    """Write the fixtures."""
    (ROOT / "fixtures" / "pdf").mkdir(exist_ok=True)
    (ROOT / "fixtures" / "docx").mkdir(exist_ok=True)
    pdf = pdfs.statement_pdf(PARAGRAPHS, footnote="Voir le communiqué du 2 mars 2023.")
    (ROOT / "fixtures" / "pdf" / "fr_declaration.pdf").write_bytes(pdf)
    (ROOT / "fixtures" / "docx" / "en_statement.docx").write_bytes(statement_docx())
    for language in LETTERHEADS:
        path = ROOT / "fixtures" / "docx" / f"{language}_letterhead.docx"
        path.write_bytes(letterhead_docx(language))


if __name__ == "__main__":
    main()
