"""Write the binary golden fixtures: ``python -m tests.inputs.make_fixtures`` from the root.

fixtures/pdf/fr_declaration.pdf (two pages, running header, page numbers, a footnote)
and fixtures/docx/en_statement.docx (title, heading, numbered and bulleted items, a
table). Their parse is checked against ``*.expected.json`` by tests/test_golden.py.
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


def main() -> None:
    """Write both fixtures."""
    (ROOT / "fixtures" / "pdf").mkdir(exist_ok=True)
    (ROOT / "fixtures" / "docx").mkdir(exist_ok=True)
    pdf = pdfs.statement_pdf(PARAGRAPHS, footnote="Voir le communiqué du 2 mars 2023.")
    (ROOT / "fixtures" / "pdf" / "fr_declaration.pdf").write_bytes(pdf)
    (ROOT / "fixtures" / "docx" / "en_statement.docx").write_bytes(statement_docx())


if __name__ == "__main__":
    main()
