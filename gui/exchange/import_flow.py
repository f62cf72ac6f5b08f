"""File › Import Annotations…: choose → dry run (worker) → preview → import (worker) → undoable.

Why this shape: parsing, re-anchoring and merging a big file takes seconds, so both runs go
to the thread pool while a busy bar turns in the status bar and the window stays usable; the
preview is a window-modal dialog opened with ``open()``, never ``exec()``, so nothing blocks
and tests drive it by calling ``accept()``.  The flow keeps its current dialog, question and
error box as attributes and announces each step with a signal, which is all a test needs.

The merge itself runs in the worker between two snapshots of the documents it writes to; the
difference becomes an *applied* operation on the shared undo stack
(:func:`gui.core.operations.applied`): the views follow from the change event like after any
edit, and Ctrl+Z takes the import back (what it added is deleted, what it updated gets its
previous values; importing the file again then skips those items as older — Ctrl+Shift+Z
brings them back).
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressBar

from gui.core import operations
from gui.core.file_filters import report_file_filter, with_all_files
from gui.core.host import FeatureHost
from gui.exchange.importing import ImportPlan, NeedsDocument, commit, load_target, preview, summary_line
from gui.exchange.preview_dialog import ImportPreviewDialog
from gui.worker import Worker

ANNOTATION_SUFFIXES = (".json", ".jsonld")


def merged_undoably(window: FeatureHost, text: str, before, after) -> None:
    """Put a merge the worker already wrote (``before``/``after``: snapshots around it) on the
    undo stack; the change event updates every view."""
    state = window.annotation_state
    operation = operations.applied(state, before, after, text)
    if operation is not None:
        state.execute(operation)


class ImportFlow(QObject):
    """One import at a time, from file choice to status-bar summary."""

    previewReady = Signal(object)     # ImportPreviewDialog, already open
    documentNeeded = Signal(object)   # QMessageBox asking which report the file belongs to
    imported = Signal(object)         # ImportSummary of the real import
    failed = Signal(str)              # the one-line message shown to the user
    busyChanged = Signal(bool)

    def __init__(self, window: FeatureHost) -> None:
        super().__init__(window)
        self.window = window
        self.worker = Worker(self)
        self.dialog: ImportPreviewDialog | None = None
        self.question: QMessageBox | None = None
        self.error_box: QMessageBox | None = None
        self._pending: NeedsDocument | None = None
        self.progress = QProgressBar()
        self.progress.setObjectName("exchangeProgress")
        self.progress.setRange(0, 0)          # busy: the importer reports no fractions
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(False)
        self.progress.hide()
        window.add_status_widget(self.progress)

    @property
    def busy(self) -> bool:
        return self.worker.busy

    # -- entry points ----------------------------------------------------------------------
    def choose_and_start(self) -> None:
        """The menu action: ask for a file, then :meth:`start`."""
        start = os.path.dirname(self.window.document_path) if self.window.document_path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import Annotations"), start, with_all_files(
            self.tr("W3C Web Annotations ({patterns})").format(patterns="*.json *.jsonld")))
        if path:
            self.start(path)

    def start(self, path: str) -> None:
        """Validate and dry-run ``path`` in the background, then show the preview."""
        if self.window.store is None:
            self._fail(self.tr("No annotation store: annotations cannot be imported"))
            return
        if self.busy:
            self.window.show_status(self.tr("An import is already running…"))
            return
        store = self.window.store
        self._busy(self.tr("Reading {name}…").format(name=Path(path).name))
        self.worker.run(lambda: preview(store, path), self._on_previewed, self._fail)

    def use_document(self, document) -> None:
        """Retry the pending file with ``document`` (a loaded report) as its target."""
        pending, self._pending = self._pending, None
        if pending is None:
            return
        store = self.window.store
        self._busy(self.tr("Checking {name}…").format(name=Path(pending.path).name))
        self.worker.run(lambda: preview(store, pending.path, document, pending.data), self._on_previewed, self._fail)

    def use_document_file(self, path: str) -> None:
        """Retry the pending file with the report at ``path`` (loaded in the worker)."""
        pending, self._pending = self._pending, None
        if pending is None:
            return
        store = self.window.store
        self._busy(self.tr("Opening {name}…").format(name=Path(path).name))
        self.worker.run(
            lambda: preview(store, pending.path, load_target(path), pending.data), self._on_previewed, self._fail
        )

    # -- steps -----------------------------------------------------------------------------
    def _on_previewed(self, result: ImportPlan | NeedsDocument) -> None:
        self._idle()
        if isinstance(result, NeedsDocument):
            self._ask_for_document(result)
            return
        dialog = ImportPreviewDialog(result, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._commit(result))
        dialog.finished.connect(lambda _code: self._forget_dialog(dialog))
        self.dialog = dialog
        dialog.open()
        self.previewReady.emit(dialog)

    def _forget_dialog(self, dialog: ImportPreviewDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _commit(self, plan: ImportPlan) -> None:
        store = self.window.store
        self._busy(self.tr("Importing {name}…").format(name=Path(plan.path).name))

        def work():
            before = operations.snapshot(store, plan.target_ids)
            summary = commit(store, plan)
            return summary, before, operations.snapshot(store, plan.target_ids)

        self.worker.run(work, lambda result: self._on_committed(plan, *result), self._fail)

    def _on_committed(self, plan: ImportPlan, summary, before, after) -> None:
        self._idle()
        merged_undoably(self.window, self.tr("Import Annotations"), before, after)
        line = summary_line(summary)
        shown = self.window.document
        if shown is not None and plan.target_ids and shown.id not in plan.target_ids:
            same_title = shown.title in plan.targets
            if same_title:
                line += " — " + self.tr("into an earlier version of this report")
            else:
                line += " — " + self.tr("into {reports}").format(
                    reports="; ".join(f"“{title[:40]}”" for title in plan.targets))
        self.window.show_status(line, 12000)
        self.imported.emit(summary)

    def _ask_for_document(self, pending: NeedsDocument) -> None:
        self._pending = pending
        name = Path(pending.path).name
        document = self.window.document
        if pending.file_title:
            text = self.tr("{name} holds annotations for a report this store has not opened (“{title}”).").format(
                name=name, title=pending.file_title)
        else:
            text = self.tr("{name} holds annotations for a report this store has not opened.").format(name=name)
        text += "\n\n" + self.tr("Choose the report they belong to. If it is another version of that report, "
                                 "the annotations are re-anchored onto its text.")
        if document is not None:
            text += "\n\n" + self.tr("The open report is “{title}”.").format(title=document.title or document.id)
        # One plain-text label: titles come from files and must never be read as HTML.
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import Annotations"), text,
                          QMessageBox.StandardButton.Cancel, self.window)
        box.setObjectName("documentNeededBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.choose_button = box.addButton(self.tr("Choose Report File…"), QMessageBox.ButtonRole.AcceptRole)
        self.current_button = None
        if document is not None:
            self.current_button = box.addButton(self.tr("Use the Open Report"), QMessageBox.ButtonRole.ActionRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(self._on_document_answer)
        box.finished.connect(lambda _code: setattr(self, "question", None) if self.question is box else None)
        self.question = box
        box.open()
        self.documentNeeded.emit(box)

    def _on_document_answer(self, button) -> None:
        if button is self.current_button and self.window.document is not None:
            self.use_document(self.window.document)
        elif button is self.choose_button:
            start = os.path.dirname(self._pending.path) if self._pending else str(Path.home())
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Report the Annotations Belong To"), start,
                                                  report_file_filter())
            if path:
                self.use_document_file(path)
            else:
                self._pending = None
        else:
            self._pending = None

    # -- state -----------------------------------------------------------------------------
    def _busy(self, message: str) -> None:
        self.progress.show()
        self.window.show_status(message, 0)
        self.busyChanged.emit(True)

    def _idle(self) -> None:
        if not self.busy:
            self.progress.hide()
            self.window.clear_status()
        self.busyChanged.emit(self.busy)

    def _fail(self, message: str) -> None:
        """A one-line, plain-text error; the store was not touched (import is all or nothing)."""
        self._idle()
        self._pending = None
        self.window.show_status(self.tr("Import failed: {message}").format(message=message), 12000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import Annotations"), message,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("exchangeErrorBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _code: setattr(self, "error_box", None) if self.error_box is box else None)
        self.error_box = box
        box.open()
        self.failed.emit(message)
