"""The one funnel for work off the GUI thread (parsing, converting, indexing, re-anchoring,
merging, opening the store): every feature that has something slow to do runs it through a
:class:`Worker`.

A job's result or error reaches exactly the callback that asked for it, on the GUI thread: the
job's signals live on an object created there, so Qt queues their delivery back to it.  Bad
input (:class:`PizhuError`) arrives as its one-line message; anything else is logged with its
traceback (the log file; stderr with ``-v``) and reported as one line too, so a worker never
dies silently.  Jobs share Qt's global thread pool.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from document.errors import PizhuError

logger = logging.getLogger(__name__)


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work, self.relay = work, relay

    def run(self) -> None:
        try:
            result = self.work()
        except PizhuError as error:          # bad input: its message is meant for users
            self._report(self.relay.failed, " ".join(str(error).split()))
        except Exception as error:  # noqa: BLE001 - a worker must never die silently
            logger.exception("background job failed")
            self._report(self.relay.failed,
                         QCoreApplication.translate("Worker", "unexpected error: {error}").format(error=error))
        else:
            self._report(self.relay.succeeded, result)

    def _report(self, signal, value) -> None:
        if shiboken6.isValid(self.relay):    # the window may have closed meanwhile
            signal.emit(value)


class Worker(QObject):
    """Starts jobs in the global thread pool; ``busy`` tells whether one is running."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running = 0
        self._relays: set[_Relay] = set()

    @property
    def busy(self) -> bool:
        return self._running > 0

    def run(self, work: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[str], None]) -> None:
        """Run ``work()`` in the pool, then ``done(result)`` or ``failed(message)`` here."""
        relay = _Relay(self)
        self._relays.add(relay)   # keep it alive until the job reports

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._running -= 1
            self._relays.discard(relay)
            relay.deleteLater()
            if shiboken6.isValid(self):
                callback(value)

        relay.succeeded.connect(lambda value: finish(done, value))
        relay.failed.connect(lambda message: finish(failed, message))
        self._running += 1
        QThreadPool.globalInstance().start(_Job(work, relay))
