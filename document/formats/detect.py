"""Which reader a file needs: its content (magic bytes) first, its suffix second.

A report saved with the wrong suffix (a PDF called ``.txt``, a web page called ``.doc``) is
common in mail attachments, so unambiguous content signatures win.  Where the content does not
decide (HTML and Markdown are both text), the suffix does.
"""
from __future__ import annotations

import re
from enum import Enum
from pathlib import PurePath

from document.errors import DocumentError


class SourceFormat(str, Enum):
    MARKDOWN = "markdown"   # also plain text: a .txt report is read as Markdown
    DOCX = "docx"
    HTML = "html"
    PDF = "pdf"


MARKDOWN_SUFFIXES = (".md", ".markdown", ".txt")
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
OPENABLE_SUFFIXES = MARKDOWN_SUFFIXES + (".docx",) + HTML_SUFFIXES + (".pdf",)

# The name filter for file dialogs ("*.md *.txt … *.pdf"), from the one list of suffixes.
OPEN_DIALOG_PATTERNS = " ".join("*" + suffix for suffix in OPENABLE_SUFFIXES)

_PDF_MAGIC = b"%PDF-"
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"   # .doc, .xls, .wps: the pre-2007 Office container
# A whole web page (not an HTML fragment inside Markdown) opens with a doctype or <html>,
# possibly after a BOM, blank lines and comments.
_HTML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])",
                         re.IGNORECASE | re.DOTALL)


def detect_format(raw: bytes, name: str) -> SourceFormat:
    """The reader for ``raw`` (named ``name``); DocumentError for formats we cannot read."""
    suffix = PurePath(name).suffix.lower()
    label = PurePath(name).name or name
    if _PDF_MAGIC in raw[:1024]:
        return SourceFormat.PDF
    if raw.startswith(_ZIP_MAGIC):
        return SourceFormat.DOCX      # the reader says so if the archive is not a Word document
    if raw.startswith(_OLE_MAGIC):
        raise DocumentError(f"{label} is an old Office (.doc/.wps) file; save it as .docx and open that")
    if suffix == ".pdf":
        raise DocumentError(f"{label} is not a PDF file (it has no PDF header)")
    if suffix == ".docx":
        raise DocumentError(f"{label} is not a Word document (it is not a .docx archive)")
    if suffix in HTML_SUFFIXES or _HTML_START.match(raw[:4096]):
        return SourceFormat.HTML
    return SourceFormat.MARKDOWN
