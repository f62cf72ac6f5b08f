"""Pages of a PDF report in the window: the current page in the status bar and Go to Page.

The window owns this as it owns the section label: both say where the reader is.  Pages are
the document's (``Document.page_starts``; docs/formats.md) — a Markdown, .docx or .html report
has none, and then the label hides and Go to Page is disabled.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QInputDialog, QLabel

from document.model import Document
from gui.core.pages import page_of

if TYPE_CHECKING:  # pragma: no cover
    from gui.main_window import MainWindow

GO_TO_PAGE_SHORTCUT = "Ctrl+G"


class PageNavigation(QObject):
    """Follows the reading position to show its page; asks for a page to go to."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.document: Document | None = None
        self.page: int | None = None
        self.label = QLabel()
        self.label.setObjectName("pageLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setToolTip(self.tr("The PDF page at the top of the reader (Ctrl+G: go to a page)"))
        self.label.hide()
        self.label.setContentsMargins(0, 0, 8, 0)
        window.statusBar().insertWidget(0, self.label)   # "p. 5 / 18  一、… › （二）…"

        self.action = window.add_action("&View", self.tr("Go to &Page…"), self.ask, GO_TO_PAGE_SHORTCUT,
                                        "goToPageAction")
        self.action.setEnabled(False)
        self.dialog: QInputDialog | None = None

    @property
    def last_page(self) -> int:
        return self.document.page_starts[-1][1] if self.document and self.document.page_starts else 0

    def set_document(self, document: Document) -> None:
        paged = bool(document.page_starts)
        self.document = document if paged else None
        self.page = None
        self.label.setVisible(paged)
        self.action.setEnabled(paged)

    def show_offset(self, offset: int) -> None:
        """The reader's top is at ``offset``: show its page."""
        if self.document is None:
            return
        self.page = self.document.page_at(offset)
        self.label.setText(page_of(self.page, self.last_page))

    def ask(self) -> None:
        """A small window-modal dialog for the page number (opened, not exec'd)."""
        if self.document is None:
            return
        dialog = QInputDialog(self.window)
        dialog.setObjectName("goToPageDialog")
        dialog.setWindowTitle(self.tr("Go to Page"))
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setLabelText(self.tr("Page (1–{last}):").format(last=self.last_page))
        dialog.setIntRange(1, self.last_page)
        dialog.setIntValue(self.page or 1)
        dialog.intValueSelected.connect(self.go_to_page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def go_to_page(self, page: int) -> None:
        """Put the first line of ``page`` at the top of the reader."""
        if self.document is None:
            return
        offset = self.document.page_offset(page)
        if offset is not None:
            self.window.go_to_offset(offset)
