"""How the GUI cites a PDF page, in the UI language ("p. 12", "第 12 页").

Exports and the command line cite pages with :func:`document.model.page_label`, whatever the
UI language; the panel's rows, the reader's margin and the status bar use these.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def page_citation(page: int | None) -> str:
    """``page`` as a short citation; empty without a page."""
    return QCoreApplication.translate("Pages", "p. {page}").format(page=page) if page else ""


def page_of(page: int | None, last: int) -> str:
    """The status bar's "p. 5 / 18"; empty without a page."""
    return QCoreApplication.translate("Pages", "p. {page} / {last}").format(page=page, last=last) if page else ""
