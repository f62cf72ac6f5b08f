"""``PIZHU_EXIT_AFTER_START=1``: quit once the report is painted and the store is open.

For smoke tests of a build (packaging/smoke_frozen.py) and for measuring start-up
(benchmarks/bench_packaging.py): status 0 when both happened, 1 when the store failed.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication

EXIT_AFTER_START_ENV = "PIZHU_EXIT_AFTER_START"


class _FirstPaint(QObject):
    """Notes the reader's first paint after the document is on screen."""

    def __init__(self, window, done: Callable[[], None]) -> None:
        super().__init__(window)
        self._window, self._done = window, done
        window.documentShown.connect(self._watch)

    def _watch(self, _reader_text) -> None:
        self._window.documentShown.disconnect(self._watch)
        self._window.reader.viewport().installEventFilter(self)
        self._window.reader.viewport().update()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._done)
        return False


def exit_after_start(app: QApplication, window, opened: SignalInstance, failed: SignalInstance) -> None:
    """Quit with 0 once the report has been painted and the store is open (1 if it failed)."""
    state = {"painted": False, "store": None}

    def check() -> None:
        if state["painted"] and state["store"] is not None:
            app.exit(0 if state["store"] else 1)

    def painted() -> None:
        state["painted"] = True
        check()

    def store_done(ok: bool) -> None:
        state["store"] = ok
        check()

    _FirstPaint(window, painted)
    opened.connect(lambda _store: QTimer.singleShot(0, lambda: store_done(True)))
    failed.connect(lambda _message: store_done(False))
