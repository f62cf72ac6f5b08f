"""File › Export Annotations…: dialog → save dialog → render and write in the worker → status.

The save-file dialog is the only blocking step (a native dialog the user is looking at);
:meth:`ExportFlow.export_to` is the part after it, public so tests and scripts can skip the
native dialog.
"""
from __future__ import annotations

import os
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui.core.file_filters import with_all_files
from gui.core.host import FeatureHost
from gui.exchange.export_dialog import ExportDialog
from gui.exchange.exporting import ExportRequest, default_name, export, formats
from gui.worker import Worker


class ExportFlow(QObject):
    dialogOpened = Signal(object)     # ExportDialog, open
    exported = Signal(int, str)       # live annotations written, path
    failed = Signal(str)

    def __init__(self, window: FeatureHost) -> None:
        super().__init__(window)
        self.window = window
        self.worker = Worker(self)
        self.dialog: ExportDialog | None = None
        self.error_box: QMessageBox | None = None
        self._last_directory = ""

    def open_dialog(self) -> ExportDialog | None:
        document, store = self.window.document, self.window.store
        if document is None or store is None:
            self.window.show_status(self.tr("Nothing to export: no report or no annotation store"))
            return None
        try:
            annotations = store.annotations(document.id, include_deleted=True)
        except Exception as error:  # noqa: BLE001 - say what happened, keep reading
            self._fail(str(error))
            return None
        dialog = ExportDialog(document, annotations, self.window.display, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._choose_target(dialog.request()))
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None) if self.dialog is dialog else None)
        self.dialog = dialog
        dialog.open()
        self.dialogOpened.emit(dialog)
        return dialog

    def _choose_target(self, request: ExportRequest) -> None:
        document = self.window.document
        if document is None:
            return
        directory = self._last_directory or (
            os.path.dirname(self.window.document_path) if self.window.document_path else str(Path.home())
        )
        fmt = formats()[request.format]
        file_type = QCoreApplication.translate("ExportFormats", fmt.file_type)
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export Annotations"), os.path.join(directory, default_name(document, request.format)),
            with_all_files(f"{file_type} ({' '.join(fmt.patterns)})"),
        )
        if path:
            self.export_to(request, path)

    def export_to(self, request: ExportRequest, path: str) -> None:
        """Write the export in the thread pool; ``exported`` or ``failed`` reports the outcome."""
        document, store = self.window.document, self.window.store
        if document is None or store is None:
            return
        self._last_directory = os.path.dirname(path)
        self.window.show_status(self.tr("Exporting to {name}…").format(name=Path(path).name), 0)
        self.worker.run(lambda: export(store, document, request, path),
                        lambda count: self._done(count, path), self._fail)

    def _done(self, count: int, path: str) -> None:
        self.window.show_status(
            self.tr("Exported %n annotation(s) to {name}", "", count).format(name=Path(path).name), 10000)
        self.exported.emit(count, path)

    def _fail(self, message: str) -> None:
        self.window.show_status(self.tr("Export failed: {message}").format(message=message), 12000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export Annotations"), message,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("exchangeErrorBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.error_box = box
        box.open()
        self.failed.emit(message)
