"""Readers for the formats reports are published in: .docx, .html and .pdf.

Each reader turns a file's bytes into :class:`~document.blocks.RawBlock` values — reading text,
inline spans and hints (heading level, bold, page) — and nothing more.  Page-break repair,
numbering ranks, the outline and offsets are the shared pipeline's
(:func:`document.loading.document_from_blocks`), so a report reads the same whichever format
it arrived in.  Markdown and plain text keep their own parser (:mod:`document.blocks`).

Pure Python: no Qt, no SQL.  The third-party libraries are imported lazily so that opening a
Markdown report never pays for them.
"""
from __future__ import annotations

from document.formats.detect import OPEN_DIALOG_PATTERNS, OPENABLE_SUFFIXES, SourceFormat, detect_format
from document.formats.extraction import Extraction

__all__ = ["OPEN_DIALOG_PATTERNS", "OPENABLE_SUFFIXES", "Extraction", "SourceFormat", "detect_format", "extract"]


def extract(raw: bytes, source_format: SourceFormat, label: str) -> Extraction:
    """Read a .docx/.html/.pdf file's bytes into raw blocks (DocumentError on bad input)."""
    if source_format is SourceFormat.DOCX:
        from document.formats.docx_reader import read_docx

        return read_docx(raw, label)
    if source_format is SourceFormat.HTML:
        from document.formats.html_reader import read_html

        return read_html(raw, label)
    if source_format is SourceFormat.PDF:
        from document.formats.pdf_reader import read_pdf

        return read_pdf(raw, label)
    raise ValueError(f"{source_format} is read by the Markdown parser")
