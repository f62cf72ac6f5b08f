"""Periodic sync: when the next one is due, and backing off while the server is away.

A single-shot timer is armed after each sync ends (never a free-running one), so syncs never
overlap and a slow one pushes the next back.  When the server cannot be reached the wait
doubles each time, up to :data:`MAX_BACKOFF` intervals, so a laptop on a train is not
hammering a server it cannot see; the first such failure is the only one the user hears of
(the feature shows one quiet status message, never a box).  A sync that cannot succeed by
waiting — the login is refused, a password is needed, Pizhu is too old for the server — pauses
periodic sync until the next manual sync works.  A tick that comes while another sync runs or
a modal dialog is open is skipped (the feature decides) and the timer simply waits one
interval more.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

MINUTE_MS = 60_000       # tests shorten it
MAX_BACKOFF = 8          # at most 8 intervals between tries while offline


class PeriodicSync(QObject):
    """Emits :attr:`due` when a periodic sync should run."""

    due = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setObjectName("periodicSyncTimer")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.due)
        self.enabled = False
        self.paused = False
        self.minutes = 15
        self.failures = 0         # offline failures in a row

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    @property
    def next_delay_ms(self) -> int:
        return self.minutes * MINUTE_MS * min(MAX_BACKOFF, 2 ** self.failures)

    def configure(self, enabled: bool, minutes: int) -> None:
        """New preferences: start afresh (no back-off, not paused)."""
        self.enabled, self.minutes = enabled, max(1, minutes)
        self.failures, self.paused = 0, False
        self._arm()

    def succeeded(self) -> None:
        self.failures, self.paused = 0, False
        self._arm()

    def skipped(self) -> None:
        self._arm()

    def failed_offline(self) -> bool:
        """Back off; True for the first failure in a row (the one the user hears of)."""
        self.failures += 1
        self._arm()
        return self.failures == 1

    def pause(self) -> None:
        """Waiting will not help (login refused, password needed): wait for a manual sync."""
        self.paused = True
        self._timer.stop()

    def stop(self) -> None:
        self.enabled = False
        self._timer.stop()

    def _arm(self) -> None:
        self._timer.stop()
        if self.enabled and not self.paused:
            self._timer.start(self.next_delay_ms)
