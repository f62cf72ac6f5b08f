"""Opening reports in their published formats, against the library's bare text extraction.

    python benchmarks/bench_formats.py

A ~100-page PDF and a ~1 MB .docx are rendered from synthetic reports (the bundled report's
sections repeated) with the same renderers the tests use.  "Open" is Pizhu's whole
``parse_document`` (format reader + page-break repair + outline); the floor is the bare text
extraction of the library the reader builds on, measured in the same run: PDFium's
``get_text_range`` for every page, and python-docx's ``paragraph.text`` for every paragraph.
Figures are printed, never asserted.
"""
from __future__ import annotations

import io
import sys

from common import ROOT, best_of, isolate, ratio_line, synthetic_report

sys.path.insert(0, str(ROOT / "tests" / "document" / "formats"))

PDF_PAGES = 100
DOCX_BYTES = 1_000_000


def bare_pdf_text(data: bytes) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    parts = []
    for index in range(len(pdf)):
        page = pdf[index]
        textpage = page.get_textpage()
        parts.append(textpage.get_text_range())
        textpage.close()
        page.close()
    pdf.close()
    return "\n".join(parts)


def bare_docx_text(data: bytes) -> str:
    import docx

    return "\n".join(paragraph.text for paragraph in docx.Document(io.BytesIO(data)).paragraphs)


def pdf_of_pages(pages: int) -> bytes:
    import pypdfium2 as pdfium
    from render_pdf import render_pdf

    size = 320_000
    for _ in range(4):
        data = render_pdf(synthetic_report(size))
        count = len(pdfium.PdfDocument(data))
        if abs(count - pages) <= 3:
            break
        size = int(size * pages / count)
    return data


def docx_of_size(target: int) -> bytes:
    from render_docx import render_docx

    size = target
    for _ in range(4):
        data = render_docx(synthetic_report(size))
        if abs(len(data) - target) < target * 0.05:
            break
        size = int(size * target / len(data))
    return data


def main() -> None:
    isolate()
    import pypdfium2 as pdfium

    from document.loading import parse_document

    print("Pizhu format benchmarks (best of 3, in process)")
    print()
    pdf = pdf_of_pages(PDF_PAGES)
    pages = len(pdfium.PdfDocument(pdf))
    ours = best_of(lambda: parse_document(pdf, name="bench.pdf"), 3)
    floor = best_of(lambda: bare_pdf_text(pdf), 3)
    print(ratio_line(f"open {pages}-page PDF ({len(pdf) / 1e3:.0f} kB)", ours, floor, "PDFium text"))
    word = docx_of_size(DOCX_BYTES)
    ours = best_of(lambda: parse_document(word, name="bench.docx"), 3)
    floor = best_of(lambda: bare_docx_text(word), 3)
    print(ratio_line(f"open .docx ({len(word) / 1e6:.2f} MB)", ours, floor, "python-docx text"))


if __name__ == "__main__":
    main()
