"""Team sync in the window: File › Sync, periodic sync, the last sync time, the password prompt.

The parts, each with one job:

* :class:`~gui.sync.runner.SyncRunner` runs one sync at a time in the worker and keeps the
  team server open between syncs;
* :class:`~gui.sync.periodic.PeriodicSync` says when a periodic sync is due, backing off
  while the server is away;
* :class:`~gui.sync.status.SyncIndicator` shows the last sync, progress and Cancel in the
  status bar;
* :class:`~gui.sync.password.PasswordDialog` asks for a password the server wants;
* :class:`~gui.sync.preferences_page.SyncPreferencesPage` is the Team Sync tab of Preferences.

After a sync that merged anything the feature calls ``annotation_state.refresh()``: the store is
read again and one change with exactly what differs reaches every view (reader, panel, outline
counts, Needs Attention — where re-anchored annotations that need review land by themselves).
A pull is others' work, so it is not on the undo stack; undo and redo afterwards leave alone
what a teammate changed since (:meth:`storage.store.Store.update_unless_newer`, docs/sync.md).

How it speaks: a sync the user started (File › Sync, the status bar button) reports its one
line in the status bar, and a failure also in a box; periodic syncs and syncs on opening a
report stay quiet — one status message the first time the server cannot be reached, no boxes —
and never prompt for a password.  A read-only login is explained once per server.
"""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from document.times import iso_utc, local_minute, local_recent
from gui.core.host import FeatureHost
from gui.sync.config import ServerChoice, current_server
from gui.sync.periodic import PeriodicSync
from gui.sync.runner import Result, SyncOutcome, SyncRequest, SyncRunner, Trigger
from gui.sync.summary_text import summary_text
from gui.sync.status import SyncIndicator

if TYPE_CHECKING:  # pragma: no cover
    from gui.sync.password import PasswordDialog

ALL_DOCUMENTS = "*"           # the key of a sync of every document in the remembered times
SYNC_SHORTCUT = "Ctrl+Shift+S"


class SyncFeature(QObject):
    """Builds and wires the parts; the window exposes it as ``window.sync``."""

    #: A sync ended and the views were refreshed: the SyncOutcome (for tests and tools).
    synced = Signal(object)

    def __init__(self, window: FeatureHost) -> None:
        super().__init__(window)
        self.setObjectName("syncFeature")
        self.window = window
        self.settings = window.settings
        self.state = window.annotation_state
        self.runner = SyncRunner(self)
        self.runner.progressed.connect(self._show_progress)
        self.runner.finished.connect(self._finished)
        self.periodic = PeriodicSync(self)
        self.periodic.due.connect(self._periodic_due)
        self.indicator = SyncIndicator()
        self.indicator.hide()                        # until the store is open and a server set
        self.indicator.syncRequested.connect(self.sync_document)
        self.indicator.cancelRequested.connect(self.cancel)
        window.add_status_widget(self.indicator)
        window.menu("&File").addSeparator()
        self.sync_action = window.add_action("&File", self.tr("S&ync"), self.sync_document,
                                             SYNC_SHORTCUT, "syncAction")
        self.sync_all_action = window.add_action("&File", self.tr("Sync &All Documents"), self.sync_all,
                                                 None, "syncAllAction")
        window.preference_pages.add(self._preferences_page)
        window.storeAttached.connect(self._store_attached)
        window.documentShown.connect(self._document_shown)
        window.installEventFilter(self)               # closing the window stops syncing
        application = QApplication.instance()
        if application is not None:                   # so does quitting (Ctrl+Q, SIGTERM, logout)
            application.aboutToQuit.connect(self.shut_down)
        self.choice = ServerChoice()
        self.password_dialog: "PasswordDialog | None" = None
        self.message_box: QMessageBox | None = None
        self._document_id: str | None = None
        self._quiet_told = False                      # the one status message of quiet failures
        if window.store is not None:                  # a window built on an open store
            self.reconfigure()

    # -- configuration ---------------------------------------------------------------------------
    def reconfigure(self) -> None:
        """Preferences were saved (or the store opened): take the server and timing again."""
        choice = current_server(self.settings)
        if choice != self.choice:
            self.runner.forget_server()
        self.choice = choice
        self._quiet_told = False
        self.periodic.configure(self.settings.sync_periodically and choice.usable,
                                self.settings.sync_interval_minutes)
        self._show_idle()

    def _preferences_page(self, parent):
        from gui.sync.preferences_page import SyncPreferencesPage   # built when Preferences opens

        return SyncPreferencesPage(self.settings, self.reconfigure, parent)

    def _store_attached(self, _store) -> None:
        self.reconfigure()
        if self.window.document is not None:
            self._document_id = self.window.document.id
            self._sync_on_open()

    def _document_shown(self, reader_text) -> None:
        document_id = reader_text.document.id
        if document_id == self._document_id:
            return                                    # a re-render (script, zoom)
        self._document_id = document_id
        self._show_idle()
        if self.window.store is not None:
            self._sync_on_open()

    def _sync_on_open(self) -> None:
        if self.settings.sync_on_open and self.choice.usable:
            self.start(self._document_id, Trigger.OPENING)

    # -- starting and stopping --------------------------------------------------------------------
    def sync_document(self) -> bool:
        """File › Sync: the shown report."""
        document = self.window.document
        if document is None:
            self.window.show_status(self.tr("Open a report to sync it"))
            return False
        return self.start(document.id, Trigger.MANUAL)

    def sync_all(self) -> bool:
        """File › Sync All Documents."""
        return self.start(None, Trigger.MANUAL)

    def start(self, document_id: str | None, trigger: Trigger, password: str | None = None,
              remember: bool = False) -> bool:
        """Start a sync; False (and, for a manual one, a word why) when it cannot start."""
        manual = trigger is Trigger.MANUAL
        if manual:
            self.choice = current_server(self.settings)   # the environment may have changed
        why = self._cannot_start()
        if why:
            if manual:
                self.window.show_status(why, 10000)
            return False
        request = SyncRequest(document_id, trigger, password, remember)
        if not self.runner.start(self.choice, self.window.store, request):
            return False
        self.sync_action.setEnabled(False)
        self.sync_all_action.setEnabled(False)
        self.indicator.show()
        self.indicator.show_running(self.tr("Connecting…"))
        return True

    def _cannot_start(self) -> str:
        if self.choice.problem:
            return self.tr("Team sync: {0}").format(self.choice.problem)
        if not self.choice.usable:
            return self.tr("No team server is set: choose one in Edit › Preferences › Team Sync")
        if self.window.store is None:
            return self.tr("The annotation store is not open yet; try again in a moment")
        if self.runner.busy:
            return self.tr("A sync is already running")
        return ""

    def cancel(self) -> None:
        if self.runner.busy:
            self.runner.cancel()
            self.indicator.show_cancelling(self.tr("Cancelling…"))

    def _periodic_due(self) -> None:
        """The timer: sync every document unless that would get in the user's way."""
        if self.runner.busy or QApplication.activeModalWidget() is not None or self.window.store is None:
            self.periodic.skipped()
            return
        if not self.start(None, Trigger.PERIODIC):
            self.periodic.skipped()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.shut_down()
        return super().eventFilter(watched, event)

    def shut_down(self) -> None:
        """No more syncs; a running one stops at its next step and the server is let go."""
        self.periodic.stop()
        self.runner.close()

    # -- while it runs -------------------------------------------------------------------------------
    def _show_progress(self, report) -> None:
        if self.runner.cancelling:
            return
        from storage.sync import SyncPhase

        texts = {
            SyncPhase.CONNECTING: self.tr("Connecting…"),
            SyncPhase.PUSHING: self.tr("Sending {0}/{1}").format(report.done, report.total),
            SyncPhase.PULLING: self.tr("Receiving…"),
            SyncPhase.APPLYING: self.tr("Merging {0}/{1}").format(report.done, report.total),
            SyncPhase.DONE: self.tr("Finishing…"),
        }
        self.indicator.show_step(texts[report.phase], report.done, report.total)

    # -- when it ends --------------------------------------------------------------------------------
    def _finished(self, outcome: SyncOutcome) -> None:
        self.sync_action.setEnabled(True)
        self.sync_all_action.setEnabled(True)
        if outcome.merged:
            self.state.refresh()           # not undoable: others' edits (docs/sync.md)
        handlers = {Result.DONE: self._succeeded, Result.CANCELLED: self._cancelled,
                    Result.PASSWORD: self._password_needed, Result.OFFLINE: self._offline,
                    Result.REFUSED: self._refused}
        handlers[outcome.result](outcome)
        self._show_idle(outcome)
        self.synced.emit(outcome)

    def _succeeded(self, outcome: SyncOutcome) -> None:
        summary = outcome.summary
        when = iso_utc(summary.finished) if summary.finished else iso_utc(datetime.now().astimezone())
        document_id = outcome.request.document_id
        self.settings.set_last_synced(outcome.server, document_id or ALL_DOCUMENTS, when)
        self._quiet_told = False
        said = summary_text(summary)
        if outcome.request.trigger is Trigger.MANUAL or summary.pulled or summary.pushed:
            self.window.show_status(said, 15000)
        if outcome.saved_to:
            place = QCoreApplication.translate("Credentials", outcome.saved_to)   # a path stays itself
            self.window.show_status(self.tr("{0} — password saved in {1}").format(said, place), 15000)
        if summary.not_pushed and outcome.server not in self.settings.read_only_servers_told:
            self.settings.tell_read_only_server(outcome.server)
            self._tell(QMessageBox.Icon.Information, self.tr(
                "Your login on the team server {0} may read but not write. Teammates' annotations "
                "arrive as usual; your own changes stay in your local store and are not shared. "
                "Ask the team's administrator for write access to share them.").format(outcome.server))
        if self.periodic.enabled:
            self.periodic.succeeded()

    def _cancelled(self, outcome: SyncOutcome) -> None:
        self.window.show_status(self.tr("Sync cancelled; nothing was left half-written"), 10000)
        self._rearm(outcome)

    def _password_needed(self, outcome: SyncOutcome) -> None:
        if outcome.request.trigger is not Trigger.MANUAL:
            self.periodic.pause()
            self._quietly(self.tr("Team sync paused: the server {0} asks for a password; "
                                  "use File › Sync to enter it").format(outcome.server))
            return
        from gui.sync.password import PasswordDialog

        problem = "" if outcome.password_missing else outcome.message
        if problem:
            self.window.show_status(problem, 15000)
        dialog = PasswordDialog(outcome.server, problem, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        request = outcome.request
        dialog.accepted.connect(lambda: self.start(request.document_id, Trigger.MANUAL,
                                                   dialog.password, dialog.remember))
        dialog.rejected.connect(lambda: self.window.show_status(
            self.tr("Not synced: no password was given"), 10000))
        self.password_dialog = dialog
        dialog.open()

    def _offline(self, outcome: SyncOutcome) -> None:
        if outcome.request.trigger is Trigger.MANUAL:
            self._failed_aloud(outcome)
            self._rearm(outcome)
            return
        first = self.periodic.failed_offline() if outcome.request.trigger is Trigger.PERIODIC else True
        if first:
            self._quietly(self.tr("Team server unreachable; reading and annotating go on, and "
                                  "Pizhu will try again later ({0})").format(outcome.message))

    def _refused(self, outcome: SyncOutcome) -> None:
        if outcome.request.trigger is Trigger.MANUAL:
            self._failed_aloud(outcome)
            self._rearm(outcome)
            return
        self.periodic.pause()            # waiting would not help: wait for a manual sync
        self._quietly(outcome.message)

    def _rearm(self, outcome: SyncOutcome) -> None:
        """A manual sync ended without success: periodic sync resumes its usual rhythm."""
        if self.periodic.enabled and outcome.request.trigger is Trigger.MANUAL:
            self.periodic.skipped()

    def _failed_aloud(self, outcome: SyncOutcome) -> None:
        self.window.show_status(outcome.message, 15000)
        self._tell(QMessageBox.Icon.Warning, outcome.message)

    def _quietly(self, message: str) -> None:
        """One status message for a run of quiet failures, then silence until a success."""
        if not self._quiet_told:
            self._quiet_told = True
            self.window.show_status(message, 15000)

    def _tell(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(icon, self.tr("Team Sync"), text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("syncMessageBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()

    # -- the last sync -------------------------------------------------------------------------------
    def last_synced(self) -> tuple[datetime | None, datetime | None]:
        """(last sync covering the shown report, last sync of every document) with the server."""
        times = self.settings.last_synced(self.choice.label) if self.choice.usable else {}

        def parse(text: str | None) -> datetime | None:
            try:
                return datetime.fromisoformat(text) if text else None
            except ValueError:
                return None

        everything = parse(times.get(ALL_DOCUMENTS))
        mine = parse(times.get(self._document_id or ""))
        shown = max((t for t in (mine, everything) if t is not None), default=None)
        return shown, everything

    def _show_idle(self, outcome: SyncOutcome | None = None) -> None:
        if self.runner.busy:
            return
        if not self.choice.usable or self.window.store is None:
            self.indicator.setVisible(bool(self.choice.problem) and self.window.store is not None)
            self.indicator.show_idle(self.tr("Sync: check Preferences"), self.choice.problem)
            return
        shown, everything = self.last_synced()
        failed = outcome is not None and outcome.result not in (Result.DONE, Result.CANCELLED)
        if failed:
            text = self.tr("Offline") if outcome.result is Result.OFFLINE else self.tr("Sync failed")
        else:
            text = self.tr("Synced {0}").format(local_recent(shown)) if shown else self.tr("Not synced yet")
        never = self.tr("never")
        lines = [self.tr("Team server: {0}").format(self.choice.label),
                 self.tr("This report last synced: {0}").format(local_minute(shown) if shown else never),
                 self.tr("All documents last synced: {0}").format(local_minute(everything) if everything else never)]
        if self.periodic.enabled:
            lines.append(self.tr("Periodic sync: every {0} min").format(self.periodic.minutes)
                         + (self.tr(" (paused until a sync from the File menu works)") if self.periodic.paused else ""))
        if failed:
            lines.append(outcome.message)
        lines.append(self.tr("Click to sync this report ({0})").format(SYNC_SHORTCUT))
        tooltip = "\n".join(lines)
        self.indicator.show_idle(text, tooltip)
        self.indicator.show()
        self.sync_action.setStatusTip(lines[1])
        self.sync_action.setToolTip(lines[1])
