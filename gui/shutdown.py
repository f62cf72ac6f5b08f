"""Ending the session without losing it: SIGTERM, SIGHUP, Ctrl+C and the desktop's logout.

A Python signal handler only runs when the interpreter gets control, and while Qt's event loop
waits in C++ it never does.  So the handler's real work is done through a socket pair: Python
writes the signal number into one end (``signal.set_wakeup_fd``), a QSocketNotifier on the other
end wakes the event loop, and the slot then saves the session exactly as Ctrl+Q does and ends
the event loop with status 128 + the signal number, as shells report a signal.

Session managers (X11 XSMP) ask through QGuiApplication.commitDataRequest before logging out;
that saves the same way and lets the logout go on.
"""
from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

# SIGHUP does not exist on Windows.
HANDLED_SIGNALS = tuple(
    signal.Signals[name] for name in ("SIGTERM", "SIGHUP", "SIGINT") if name in signal.Signals.__members__
)


class SessionGuard(QObject):
    """Saves the session through ``save`` on a termination signal or a logout request."""

    def __init__(self, app: QApplication, save: Callable[[], None]) -> None:
        super().__init__(app)
        self._app = app
        self._save = save
        self._saved_for_signal = False
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous_handlers = {number: signal.signal(number, _note_signal) for number in HANDLED_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wakeup)
        app.commitDataRequest.connect(self.save_for_logout)
        app.saveStateRequest.connect(self.save_for_logout)

    def _on_wakeup(self, *_args) -> None:
        try:
            data = self._reader.recv(64)
        except BlockingIOError:
            return
        numbers = [number for number in data if number in HANDLED_SIGNALS]
        if not numbers or self._saved_for_signal:
            return
        self._saved_for_signal = True
        number = numbers[0]
        log.info("signal %s: saving the session and quitting", signal.Signals(number).name)
        self._save_quietly()
        # exit() leaves nested loops (an open modal dialog) as well as the main one.
        self._app.exit(128 + number)

    def save_for_logout(self, _manager=None) -> None:
        """The desktop is logging out: keep everything, let the logout go on."""
        self._save_quietly()

    def _save_quietly(self) -> None:
        try:
            self._save()
        except Exception:  # noqa: BLE001 - a failed save must not stop the shutdown
            log.exception("could not save the session")

    def close(self) -> None:
        """Give the signals back to their previous handlers (the event loop is over)."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous_handlers.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)
        self._reader.close()
        self._writer.close()


def _note_signal(_number, _frame) -> None:
    """The wake-up byte carries the signal; the slot does the work in the event loop."""
