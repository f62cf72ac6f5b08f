"""Reading a PDF with a text layer into raw blocks, every block knowing its page.

PDFium (through pypdfium2) opens the file and reads each page's characters with positions and
fonts (:mod:`document.formats.pdf_lines`); :mod:`document.formats.pdf_layout` rebuilds
paragraphs, headings and tables from that geometry.  Encrypted, damaged and scanned files are
refused with one line each — a scan also when a phone scanner stamped its name on every page
as text.
"""
from __future__ import annotations

import logging

from document.errors import DocumentError
from document.formats.extraction import Extraction
from document.formats.pdf_layout import layout_blocks
from document.formats.pdf_lines import page_lines

log = logging.getLogger(__name__)

_MIN_CHARS_PER_PAGE = 5    # fewer on average: the "text" is stray marks on scanned pages
SCAN_IMAGE_SHARE = 0.6     # an image this much of the page, and little text: a scanned page
SCAN_MAX_CHARS = 40        # a phone scanner's watermark ("扫描全能王 创建") is text, but not the page's


def _open(raw: bytes, label: str):
    import pypdfium2 as pdfium   # imported here so Markdown reports never load PDFium

    try:
        return pdfium.PdfDocument(raw)
    except pdfium.PdfiumError as error:
        log.info("PDFium could not open %s: %s", label, error)
        if "password" in str(error).lower():
            raise DocumentError(f"{label} is encrypted (password-protected); open an unprotected copy") from None
        raise DocumentError(f"{label} is a damaged PDF file") from None


def _scanned_page(pdf, index: int, lines) -> bool:
    """A page that is a picture of text: an image covers most of it and the little text it has
    is a scanner's stamp, not the page's words."""
    if sum(len(line.text.strip()) for line in lines) >= SCAN_MAX_CHARS:
        return False
    import pypdfium2.raw as pdfium_c

    page = pdf[index]
    try:
        width, height = page.get_size()
        for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
            left, bottom, right, top = image.get_bounds()
            if (right - left) * (top - bottom) >= SCAN_IMAGE_SHARE * width * height:
                return True
        return False
    finally:
        page.close()


def read_pdf(raw: bytes, label: str) -> Extraction:
    pdf = _open(raw, label)
    try:
        count = len(pdf)
        if count == 0:
            raise DocumentError(f"{label} is a PDF with no pages")
        pages = [page_lines(pdf, index)[0] for index in range(count)]
        title = (pdf.get_metadata_dict().get("Title") or "").strip()
        scanned = all(_scanned_page(pdf, index, lines) for index, lines in enumerate(pages))
    except DocumentError:
        raise
    except Exception as error:   # PDFium reports damage inside pages as generic errors
        log.info("PDFium failed on %s: %r", label, error)
        raise DocumentError(f"{label} is a damaged PDF file") from None
    finally:
        pdf.close()
    chars = sum(len(line.text.strip()) for page in pages for line in page)
    if scanned or chars < _MIN_CHARS_PER_PAGE * count:
        raise DocumentError(f"{label} has no text layer (a scanned PDF?); OCR is not supported")
    return Extraction(blocks=layout_blocks(pages), title=title, paged=True)
