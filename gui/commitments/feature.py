"""The commitments feature: the Commitments panel, tracking from the reader, outline badges.

Each part has one job and they meet only through the shared state's change event:

* :class:`~gui.commitments.ledger_view.LedgerView` builds the ledger (detection in the worker,
  cached per document; histories and dismissals from the store) and follows every change;
* :class:`~gui.commitments.dock.CommitmentsDock` shows it: filters, chart, table, details;
* :class:`~gui.commitments.editing.LedgerEditor` turns intentions into undoable operations;
* :class:`~gui.commitments.badges.OutlineBadges` marks sections in the outline;
* :class:`~gui.commitments.evidence.EvidenceOpener` opens an evidence passage's report;
* :class:`~gui.commitments.export.LedgerExport` writes the ledger as CSV or XLSX.

Flow of Ctrl+Return: the table asks the editor to track the selected suggestions → one
``TrackCommitments`` operation (``store.track``) → the state emits one change → the reader
paints the highlights in the 承诺 colour, the ledger replaces the suggestion rows with tracked
ones, the badges follow.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMenu

from gui.commitments.badges import OutlineBadges
from gui.commitments.dock import CommitmentsDock
from gui.commitments.editing import LedgerEditor
from gui.commitments.evidence import EvidenceOpener, EvidenceReports
from gui.commitments.export import LedgerExport
from gui.commitments.ledger_view import LedgerView
from gui.commitments.model import row_key
from gui.commitments.status_dialog import StatusDialog
from gui.core.host import FeatureHost
from gui.core.index import is_placed
from storage.ledger import LedgerEntry

PANEL_SHORTCUT = "Ctrl+Shift+M"
TRACK_SELECTION_SHORTCUT = "Ctrl+Shift+H"   # Ctrl+H highlights; with Shift, as a commitment


class CommitmentsFeature(QObject):
    """Builds and wires the parts; the window exposes it as ``window.commitments``."""

    def __init__(self, window: FeatureHost) -> None:
        super().__init__(window)
        self.setObjectName("commitmentsFeature")
        self.window = window
        self.state = window.annotation_state
        self.dock = CommitmentsDock(window)
        if window.settings.window_state()[1] is None:
            self.dock.hide()         # first run: shown on demand (View › Commitments)
        # Below the reader: a wide table does not take the reading column's width (dock.py).
        window.add_dock(self.dock, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.ledger = LedgerView(window)
        self.editor = LedgerEditor(window)
        self.badges = OutlineBadges(window)
        self.reports = EvidenceReports(window)
        self.opener = EvidenceOpener(window)
        self.export = LedgerExport(window, self.dock.proxy.visible_entries)
        self.dialog: StatusDialog | None = None
        self._restore_view()
        self._build_actions()
        self._connect()

    # -- wiring -------------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        w = self.window
        view = w.menu("&View")
        view.removeAction(self.dock.toggleViewAction())   # replaced by the entry below (it focuses)
        self.panel_action = w.add_action("&View", self.tr("&Commitments"), self.focus_panel, PANEL_SHORTCUT,
                                         "commitmentsAction")
        self.track_selection_action = w.add_action("&Edit", self.tr("Track as &Commitment"), self.track_selection,
                                                    TRACK_SELECTION_SHORTCUT, "trackCommitmentAction")
        self.track_selection_action.setIconText(self.tr("Commitment"))   # short: the bar is small
        self.track_selection_action.setToolTip(
            self.tr("Track the selected passage as a commitment ({0})").format(TRACK_SELECTION_SHORTCUT))
        w.selection_actions.add(self.track_selection_action)
        # The table's own keys (Enter, Ctrl+Return, Del) are handled by the table; these entries
        # show them in its context menu.
        self.track_action = QAction(self.tr("&Track"), self.dock)
        self.track_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.track_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.track_action.triggered.connect(self.track_selected)
        self.status_action = QAction(self.tr("Change &Status…"), self.dock)
        self.status_action.triggered.connect(self.open_status_dialog)

    def _connect(self) -> None:
        dock, table = self.dock, self.dock.table
        self.ledger.entriesChanged.connect(self._on_entries)
        self.ledger.entriesPatched.connect(lambda patched: dock.patch_entries(patched, self.ledger.entries))
        self.ledger.detectingChanged.connect(lambda _b: dock.set_detecting(self.ledger.detecting))
        dock.visibilityChanged.connect(self.ledger.set_active)
        table.jumpRequested.connect(lambda: self.jump_to(dock.current_entry()))
        table.clicked.connect(lambda index: self.jump_to(dock.proxy.entry_at(index)))
        table.trackRequested.connect(self.track_selected)
        table.dismissRequested.connect(self.dismiss_selected)
        table.contextRequested.connect(self._table_menu)
        dock.model.editRequested.connect(self.editor.edit)
        dock.model.statusRequested.connect(lambda i, s: self.editor.change_status(i, s))
        dock.details.changeStatusRequested.connect(self.open_status_dialog)
        dock.details.trackRequested.connect(self.track_selected)
        dock.details.dismissRequested.connect(self.dismiss_selected)
        dock.details.sourceClicked.connect(self.open_source)
        dock.details.evidenceClicked.connect(self.opener.open)
        dock.details.report_title = self._report_title
        dock.chart.rowClicked.connect(self._select_section)
        dock.chartModeChanged.connect(self._chart_mode_chosen)
        dock.show_dismissed.toggled.connect(self._dismissed_toggled)
        dock.exportRequested.connect(self.export.choose)
        self.window.documentShown.connect(self._on_document_shown)
        header = table.horizontalHeader()
        self._save_timer = QTimer(self, singleShot=True, interval=400)
        self._save_timer.timeout.connect(self._save_header)
        for signal in (header.sectionResized, header.sectionMoved, header.sortIndicatorChanged):
            signal.connect(lambda *_: self._save_timer.start())

    def _save_header(self) -> None:
        self.window.settings.commitments_header = self.dock.table.horizontalHeader().saveState()

    def _restore_view(self) -> None:
        settings = self.window.settings
        state = settings.commitments_header
        if state is not None:
            self.dock.table.horizontalHeader().restoreState(state)
        self.dock.show_dismissed.setChecked(settings.show_dismissed_commitments)
        self.dock.set_chart_mode(settings.commitments_chart)

    # -- following the window -----------------------------------------------------------------------
    def _on_document_shown(self, _reader_text) -> None:
        display = self.window.display
        self.dock.model.set_convert(display)
        self.dock.chart.set_display(display)
        self.dock.details.display = display
        self.dock.set_labels_display(display)
        self.dock.details.show_entry(self.dock.current_entry())

    def _on_entries(self, entries: list[LedgerEntry]) -> None:
        table = self.dock.table
        self.dock.set_entries(entries)
        if table.hasFocus():
            self.dock.ensure_selection()

    # -- commands ----------------------------------------------------------------------------------------
    def focus_panel(self) -> None:
        """View › Commitments: show the panel, focus its table (first row selected)."""
        self.dock.show()
        self.dock.raise_()
        self.ledger.set_active(True)
        self.dock.focus_table()

    def jump_to(self, entry: LedgerEntry | None) -> None:
        """Select the entry's passage in the reader (an orphan goes to Needs Attention)."""
        if entry is None:
            return
        reader = self.window.reader
        if entry.annotation is not None and not is_placed(entry.annotation):
            self.window.show_status(self.tr("This commitment lost its place in the text: re-attach it in "
                                            "Needs Attention."), 10000)
            self.state.request_attention(entry.annotation.id)
            return
        reader.select_source_range(entry.start, entry.end)
        reader.set_focused_highlight(entry.annotation.id if entry.annotation is not None else None)

    def track_selected(self) -> None:
        made = self.editor.track(self.dock.selected_entries())
        if made:
            self.dock.select_keys([("a", a.id) for a in made])

    def dismiss_selected(self) -> None:
        entries = self.dock.selected_entries()
        rows = {row_key(e) for e in entries}
        current = self.dock.table.currentIndex().row()
        self.editor.dismiss(entries)
        if rows and not self.dock.selected_entries():     # dismissed rows left: keep a row current
            row = min(current, self.dock.proxy.rowCount() - 1)
            if row >= 0:
                self.dock.select_row(row)

    def track_selection(self) -> None:
        """Edit › Track as Commitment: the reader's selection (or the focused highlight)."""
        reader = self.window.reader
        selected = reader.selected_source_range()
        if selected is not None:
            made = self.editor.track_passage(*selected)
            if made is not None:
                cursor = reader.textCursor()
                cursor.setPosition(cursor.selectionEnd())
                reader.setTextCursor(cursor)
                self.window.show_status(self.tr("Tracked as a commitment: {0}").format(
                    self.window.display(made.commitment.indicator if made.commitment else made.quote.exact)))
                self.dock.select_keys([("a", made.id)])
            return
        focused = reader.focused_highlight()
        annotation = self.state.index.get(focused) if focused else None
        if annotation is None:
            self.window.show_status(self.tr("Select the passage to track as a commitment first"))
            return
        self.editor.make_commitment(annotation)

    def open_status_dialog(self) -> StatusDialog | None:
        entry = self.dock.current_entry()
        if entry is None or entry.annotation is None:
            self.window.show_status(self.tr("Select a tracked commitment first (Ctrl+Return tracks a suggestion)"))
            return None
        if self.dialog is not None:
            self.dialog.close()
        annotation_id = entry.annotation.id
        dialog = StatusDialog(entry, self.reports, self.window.settings.author, self.window.display, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.editor.change_status(
            annotation_id, dialog.chosen_status(), **dialog.values()))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None) if self.dialog is dialog else None)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_source(self, url: QUrl) -> None:
        """A source link was clicked: only now does anything leave the application."""
        QDesktopServices.openUrl(url)

    def _report_title(self, document_id: str) -> str:
        store = self.window.store
        try:
            record = store.document_record(document_id) if store is not None else None
        except Exception:  # noqa: BLE001 - a title is a nicety
            record = None
        return record.title if record is not None else ""

    def _select_section(self, title: str) -> None:
        keys = [row_key(e) for e in self.dock.proxy.visible_entries()
                if e.section == title or e.section.startswith(title + " › ")]
        if keys and self.dock.select_keys(keys[:1]):
            self.dock.table.setFocus()

    def _chart_mode_chosen(self, mode: str) -> None:
        self.window.settings.commitments_chart = mode

    def _dismissed_toggled(self, shown: bool) -> None:
        self.window.settings.show_dismissed_commitments = shown

    # -- context menu ---------------------------------------------------------------------------------
    def _table_menu(self, global_pos) -> None:
        entries = self.dock.selected_entries()
        if not entries:
            return
        menu = QMenu(self.dock)
        menu.setObjectName("commitmentsContextMenu")
        menu.addAction(self.tr("&Go to Passage") + "\tEnter", lambda: self.jump_to(self.dock.current_entry()))
        if any(not e.tracked for e in entries):
            menu.addAction(self.track_action)
            dismissed = all(e.dismissed for e in entries if not e.tracked)
            menu.addAction((self.tr("&Restore Suggestion") if dismissed else self.tr("&Dismiss Suggestion")) + "\tDel",
                           self.dismiss_selected)
        if any(e.tracked for e in entries):
            menu.addAction(self.status_action)
            menu.addAction(self.tr("Stop Trac&king"), lambda: self.editor.untrack(
                [e for e in self.dock.selected_entries() if e.tracked]))
        menu.addSeparator()
        menu.addAction(self.tr("E&xport Ledger…"), self.export.choose)
        menu.exec(global_pos)
        menu.deleteLater()
