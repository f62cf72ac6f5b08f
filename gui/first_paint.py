"""Running work once a window is on screen, which is how ``pizhu`` starts: the window is shown
as its first paint needs it and completed behind that paint (gui/app.py)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer


class FirstPaint(QObject):
    """Runs a callable once, after ``watched``'s first paint (or after ``fallback_ms``)."""

    def __init__(self, parent: QObject, watched: QObject, then: Callable[[], None], fallback_ms: int = 1000) -> None:
        super().__init__(parent)
        self._watched, self._then = watched, then
        watched.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self._fire)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._fire)   # after the painted frame reached the screen
        return False

    def _fire(self) -> None:
        if self._then is None:
            return
        then, self._then = self._then, None
        self._watched.removeEventFilter(self)
        then()
