"""PDFs made for the tests: with reportlab, or written byte by byte when hostile."""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

HEADER = "Ministère des Affaires étrangères - Communiqué de presse"
_WIDTH, _HEIGHT = float(A4[0]), float(A4[1])
_LEFT = 60
_BODY = 12
_LEADING = 16
_PER_PAGE = 9


def _lines(paragraph: str, width: int = 80) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in paragraph.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return [*lines, current]


def statement_pdf(paragraphs: list[str], *, footnote: str | None = None) -> bytes:
    """A statement laid out over pages of at most 9 lines, with furniture.

    Running header, centred bold title, page numbers, and an optional footnote (small
    print) on the first page whose reference mark is a raised small "1" after the first
    paragraph's first word.
    """
    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    page = 1
    y = _start_page(pdf, page, title=True)
    rows = [(line, index) for index, text in enumerate(paragraphs) for line in _lines(text)]
    previous = -1
    for count, (line, index) in enumerate(rows):
        if count and count % _PER_PAGE == 0:
            _finish_page(pdf, page, footnote if page == 1 else None)
            page += 1
            y = _start_page(pdf, page, title=False)
        if index != previous and previous >= 0:
            y -= _LEADING  # a blank line between paragraphs
        indent = 20 if index != previous else 0
        pdf.setFont("Helvetica", _BODY)
        if count == 0 and footnote:
            first, rest = line.split(" ", 1)
            pdf.drawString(_LEFT + indent, y, first)
            x = _LEFT + indent + pdf.stringWidth(first, "Helvetica", _BODY)
            pdf.setFont("Helvetica", 7)
            pdf.drawString(x, y + 5, "1")
            pdf.setFont("Helvetica", _BODY)
            pdf.drawString(x + 5, y, " " + rest)
        else:
            pdf.drawString(_LEFT + indent, y, line)
        y -= _LEADING
        previous = index
    _finish_page(pdf, page, footnote if page == 1 else None)
    pdf.save()
    return buffer.getvalue()


def _start_page(pdf: canvas.Canvas, page: int, *, title: bool) -> float:
    pdf.setFont("Helvetica", 8)
    pdf.drawString(_LEFT, _HEIGHT - 40, HEADER)
    y = _HEIGHT - 90
    if title:
        pdf.setFont("Helvetica-Bold", 16)
        pdf.drawCentredString(_WIDTH / 2, y, "Déclaration conjointe des ministres")
        y -= 40
    return y


def _finish_page(pdf: canvas.Canvas, page: int, footnote: str | None) -> None:
    if footnote:
        pdf.setFont("Helvetica", 8)
        pdf.drawString(_LEFT, 90, "1 " + footnote)
    pdf.setFont("Helvetica", 10)
    pdf.drawCentredString(_WIDTH / 2, 40, str(page))
    pdf.showPage()


def image_only_pdf() -> bytes:
    """A page with a drawing and no text: what a scan looks like to a text reader."""
    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.rect(100, 100, 300, 400, fill=1)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def encrypted_pdf() -> bytes:
    """A PDF that needs a password to be opened."""
    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, encrypt="secret")
    pdf.drawString(100, 700, "Les ministres se sont réunis le 3 mai 2023.")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF written by hand from numbered objects (1 is the catalog), with a valid xref."""
    out = BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def page_tree_loop_pdf() -> bytes:
    """A page tree whose node lists itself among its kids."""
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
            b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 1 /Parent 2 0 R >>",
        ]
    )


def many_pages_pdf(count: int) -> bytes:
    """``count`` empty pages, each its own object, under a root that claims a billion."""
    kids = b" ".join(b"%d 0 R" % (3 + n) for n in range(count))
    pages = [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] >>"] * count
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count 1000000000 >>",
            *pages,
        ]
    )


def stream_bomb_pdf(unpacked: int) -> bytes:
    """One page whose content stream unpacks to ``unpacked`` bytes of blanks."""
    import zlib

    packed = zlib.compress(b" " * unpacked, 9)
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed)
            + packed
            + b"\nendstream",
        ]
    )
