"""The panel's ledger export: a save dialog, then rendering and writing in the worker.

The formats are ``LEDGER_FORMATS`` (storage.exchange.ledger_export — the list the CLI's
``pizhu commitments --format`` uses too).  What is written is what the table shows: every row
that passes the panel's filter (dismissed suggestions only when they are shown).  The dialog is
opened with ``open()``; :meth:`LedgerExport.export_to` is the part after it.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog

from gui.core.host import FeatureHost
from gui.worker import Worker
from storage.exchange.exporting import write_atomically
from storage.exchange.ledger_export import LEDGER_FORMATS, render_ledger
from storage.ledger import LedgerEntry



def name_filters() -> dict[str, str]:
    """The save dialog's filter for each of ``LEDGER_FORMATS`` (UI strings: built when asked)."""
    names = {"xlsx": QCoreApplication.translate("LedgerExport", "Excel workbook"),
             "csv": QCoreApplication.translate("LedgerExport", "CSV, UTF-8")}
    ordered = sorted(LEDGER_FORMATS, key=lambda fmt: fmt != "xlsx")
    return {fmt: f"{names.get(fmt, fmt.upper())} (*{LEDGER_FORMATS[fmt]})" for fmt in ordered}


def format_of(path: str, name_filter: str = "") -> str:
    """The ledger format a chosen file name asks for: its suffix, else the chosen filter's."""
    suffix = Path(path).suffix.lower()
    for fmt, known in LEDGER_FORMATS.items():
        if suffix == known:
            return fmt
    for fmt, text in name_filters().items():
        if text == name_filter:
            return fmt
    return "xlsx"


def default_name(title: str) -> str:
    safe = "".join("_" if c in '\\/:*?"<>|' else c for c in (title or "ledger").strip())[:80].strip()
    return f"{safe or 'ledger'} 承诺{LEDGER_FORMATS['xlsx']}"


class LedgerExport(QObject):
    exported = Signal(int, str)    # rows written, path
    failed = Signal(str)

    def __init__(self, window: FeatureHost, rows: Callable[[], Sequence[LedgerEntry]]) -> None:
        super().__init__(window.annotation_state)
        self.window = window
        self.rows = rows
        self.worker = Worker(self)
        self.dialog: QFileDialog | None = None
        self._directory = ""

    def choose(self) -> QFileDialog | None:
        document = self.window.document
        if document is None:
            return None
        directory = self._directory or (os.path.dirname(self.window.document_path) if self.window.document_path
                                        else str(Path.home()))
        dialog = QFileDialog(self.window, self.tr("Export Commitments"),
                             os.path.join(directory, default_name(document.title)))
        dialog.setObjectName("ledgerExportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(list(name_filters().values()))
        dialog.fileSelected.connect(lambda path: self.export_to(path, format_of(path, dialog.selectedNameFilter())))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def export_to(self, path: str, fmt: str) -> None:
        """Render the shown rows as ``fmt`` and write them to ``path`` (suffix added if missing)."""
        document = self.window.document
        if document is None:
            return
        suffix = LEDGER_FORMATS[fmt]
        if Path(path).suffix.lower() != suffix:
            path += suffix
        entries = list(self.rows())
        title = document.title
        self._directory = os.path.dirname(path)
        self.window.show_status(self.tr("Exporting to {0}…").format(Path(path).name), 0)

        def work() -> int:
            write_atomically(render_ledger(fmt, entries, title), path)
            return len(entries)

        self.worker.run(work, lambda count: self._done(count, path), self._fail)

    def _done(self, count: int, path: str) -> None:
        self.window.show_status(self.tr("Exported %n commitment(s) to {0}", "", count).format(Path(path).name), 10000)
        self.exported.emit(count, path)

    def _fail(self, message: str) -> None:
        self.window.show_status(self.tr("Export failed: {0}").format(message), 12000)
        self.failed.emit(message)
