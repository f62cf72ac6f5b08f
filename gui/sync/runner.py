"""One sync at a time, off the GUI thread, through the worker funnel (:mod:`gui.worker`).

:class:`SyncRunner` keeps one :class:`storage.sync.TeamServer` between syncs — its pooled
connection and the store's bookkeeping stay open, so a periodic sync with nothing to do costs
a few round trips, not a login — and hands it to one worker job at a time (the API asks for
one thread at a time).  A password typed into the prompt lives in that TeamServer, in memory,
for the session; "remember" stores it with :func:`storage.sync.credentials.save_password`
after the sync it was typed for succeeded, never before (a wrong password is not kept).

Progress arrives on the worker thread through the API's callback and is relayed to the GUI
thread as :attr:`SyncRunner.progressed`.  Cancelling sets a flag the callback checks: it raises
:class:`~storage.sync.SyncCancelled` at the next progress report, which rolls back an open
server transaction or drops a pull not yet merged.  Once the pulled annotations are being
merged it is too late to cancel — that is one local transaction and finishes on its own.

Every way a sync can end becomes a :class:`SyncOutcome` (the job catches everything itself),
so the feature can tell an offline server from a refused password without reading messages.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from enum import Enum
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot

from gui.sync.config import ServerChoice
from gui.worker import Worker

logger = logging.getLogger(__name__)


class Trigger(str, Enum):
    MANUAL = "manual"        # File › Sync, the status bar button: speaks up, may prompt
    PERIODIC = "periodic"    # the timer: quiet, never prompts
    OPENING = "opening"      # a report was opened: quiet, never prompts


class Result(str, Enum):
    DONE = "done"
    CANCELLED = "cancelled"
    OFFLINE = "offline"      # no server answered: try again later
    PASSWORD = "password"    # the server wants a password (none found, or the one given is wrong)
    REFUSED = "refused"      # any other failure: the same sync would fail the same way


@dataclass(frozen=True)
class SyncRequest:
    document_id: str | None          # None: every document
    trigger: Trigger
    password: str | None = None      # typed into the prompt
    remember: bool = False           # keep it (keyring or pgpass) once the sync succeeded


@dataclass(frozen=True)
class SyncOutcome:
    """How a sync ended.  ``message`` is one line, safe to show (no password, no traceback);
    ``merged`` says whether pulled annotations may have reached the store (refresh the views)."""

    request: SyncRequest
    result: Result
    server: str = ""                 # the server's label
    message: str = ""
    summary: Any = None              # storage.sync.SyncSummary when DONE
    password_missing: bool = False   # PASSWORD: none was found (else: the one given was refused)
    saved_to: str = ""               # where a remembered password went
    merged: bool = False


class _Relay(QObject):
    """Carries progress from the worker thread; its signal is queued to the GUI thread."""

    progressed = Signal(object)


class _Run:
    """What one job needs, built on the GUI thread and then only read by the job."""

    def __init__(self, runner: "SyncRunner", request: SyncRequest, store: Any) -> None:
        self.request, self.store = request, store
        self.cancel = runner._cancel
        self.relay = runner._relay
        self.merged = False
        self.logged_in = False

    def progress(self, report) -> None:
        from storage.sync import SyncCancelled, SyncPhase

        if report.phase is not SyncPhase.CONNECTING:
            self.logged_in = True
        merging = report.phase is SyncPhase.APPLYING and report.done > 0
        if self.cancel.is_set() and not merging and report.phase is not SyncPhase.DONE:
            raise SyncCancelled("sync cancelled")
        if report.phase is SyncPhase.APPLYING and report.total:
            self.merged = True          # the merge runs (or ran) after this report
        if shiboken6.isValid(self.relay):   # the window may have closed meanwhile
            self.relay.progressed.emit(report)


class SyncRunner(QObject):
    """Runs syncs one at a time and keeps the team server open between them."""

    progressed = Signal(object)     # SyncProgress, on the GUI thread
    finished = Signal(object)       # SyncOutcome

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = Worker(self)
        self._cancel = threading.Event()
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._relay_progress, Qt.ConnectionType.QueuedConnection)
        self._server: Any = None            # storage.sync.TeamServer, opened by the first job
        self._server_key: tuple[str, str | None] | None = None
        self._running: SyncRequest | None = None
        self._closing = False

    @property
    def busy(self) -> bool:
        return self._running is not None

    @property
    def cancelling(self) -> bool:
        return self.busy and self._cancel.is_set()

    @Slot(object)
    def _relay_progress(self, report) -> None:
        if self._running is not None:
            self.progressed.emit(report)

    def start(self, choice: ServerChoice, store: Any, request: SyncRequest) -> bool:
        """Start ``request`` against ``choice`` (usable) on ``store``; False while one runs."""
        if self.busy or not choice.usable:
            return False
        self._cancel.clear()
        self._closing = False
        self._running = request
        run = _Run(self, request, store)
        server = self._server_for(choice, request.password)
        key = self._server_key
        self.worker.run(lambda: (self._work(server, key, choice, run), key), self._done, self._failed)
        return True

    def cancel(self) -> None:
        if self.busy:
            self._cancel.set()

    def forget_server(self) -> None:
        """The server (or its password) changed: the next sync opens a new connection."""
        if self.busy:
            self._closing = True     # the running job closes its server when it ends
        elif self._server is not None:
            self._server.close()
        self._server = self._server_key = None

    def close(self) -> None:
        """The window closes: stop a running sync at its next step and let go of the server."""
        self.cancel()
        self.forget_server()

    # -- the server kept between syncs -------------------------------------------------------------
    def _server_for(self, choice: ServerChoice, password: str | None) -> Any:
        """The TeamServer kept open for ``choice`` — None when the URL changed or a new password
        was typed (the job then opens one: importing the driver takes most of a second, which
        must not happen on the GUI thread)."""
        url = choice.url.render_as_string(hide_password=False)
        if password is None and self._server_key is not None and self._server_key[0] == url:
            password = self._server_key[1]          # typed earlier in this session
        key = (url, password)
        if key != self._server_key:
            if self._server is not None:
                self._server.close()
            self._server, self._server_key = None, key
        return self._server

    # -- the job (worker thread) -------------------------------------------------------------------
    def _work(self, server: Any, key: tuple[str, str | None], choice: ServerChoice, run: _Run) -> tuple:
        """(the outcome, the TeamServer to keep) — on the worker thread."""
        if server is None:
            from storage.sync import TeamServer

            server = TeamServer(choice.url, password=key[1])
        try:
            return self._sync(server, choice, run), server
        finally:
            if self._closing:
                server.close()

    @staticmethod
    def _sync(server: Any, choice: ServerChoice, run: _Run) -> SyncOutcome:
        from document.errors import PizhuError
        from storage.sync import PasswordNeeded, ServerUnreachable, SyncCancelled
        from storage.sync.credentials import save_password, scrub

        request = run.request
        label = server.label

        def ended(result: Result, message: str = "", **more) -> SyncOutcome:
            return SyncOutcome(request, result, label, message, merged=run.merged, **more)

        try:
            summary = server.sync(run.store, request.document_id, progress=run.progress)
        except SyncCancelled:
            return ended(Result.CANCELLED)
        except PasswordNeeded as error:
            return ended(Result.PASSWORD, str(error), password_missing=error.missing)
        except ServerUnreachable as error:
            return ended(Result.OFFLINE, str(error))
        except PizhuError as error:
            return ended(Result.REFUSED, " ".join(str(error).split()))
        except Exception as error:  # noqa: BLE001 - the window must hear of it in one line
            secrets = [s for s in (request.password, choice.url.password) if s]
            logger.error("sync with %s failed unexpectedly: %s", label,
                         scrub(f"{type(error).__name__}: {error}", secrets))
            return ended(Result.REFUSED, f"the sync with {label} failed unexpectedly "
                                         f"({type(error).__name__}); details are in the log")
        saved_to = ""
        if request.remember and request.password is not None:
            try:
                saved_to = save_password(server.url, request.password)
            except OSError as error:
                logger.warning("the password for %s could not be saved: %s", label, type(error).__name__)
        return SyncOutcome(request, Result.DONE, label, summary.describe(), summary=summary,
                           saved_to=saved_to, merged=run.merged or summary.changed_here)

    # -- back on the GUI thread --------------------------------------------------------------------
    def _done(self, result: tuple) -> None:
        (outcome, server), key = result
        self._running = None
        if self._closing or key != self._server_key:
            server.close()            # forgotten while it ran
        else:
            self._server = server
        if outcome.result is Result.PASSWORD:
            self.forget_server()      # its password (if any) was refused: do not keep it
        self.finished.emit(outcome)

    def _failed(self, message: str) -> None:
        """Only reached if the job itself broke (it catches the sync's errors)."""
        request = self._running or SyncRequest(None, Trigger.MANUAL)
        self._running = None
        self.finished.emit(SyncOutcome(request, Result.REFUSED, message=message, merged=True))
