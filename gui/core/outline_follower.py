"""A base for what a feature shows in the outline (annotation counts, commitment badges).

Such marks are recomputed from the state's index shortly after a burst of changes — coalesced,
because they repaint the whole outline — and after every rendering of the document, because
rendering rebuilds the outline (a script switch, a zoom): marks that only followed annotation
changes vanished on Ctrl+4 until the next edit.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from gui.core.changes import AnnotationChange, Cause
from gui.core.host import FeatureHost

DELAY_MS = 120   # a burst of edits repaints the outline once


class OutlineFollower(QObject):
    """Calls :meth:`update` after relevant changes (coalesced) and after every rendering."""

    def __init__(self, window: FeatureHost) -> None:
        super().__init__(window.outline_dock)
        self.window = window
        self.state = window.annotation_state
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self._update_now)
        self.state.changed.connect(self._on_change)
        window.documentShown.connect(lambda _rt: self._update_now())

    def relevant(self, change: AnnotationChange) -> bool:
        """Whether ``change`` may alter the marks (a preview never does: the index ignores it)."""
        return change.cause is not Cause.PREVIEW

    def _on_change(self, change: AnnotationChange) -> None:
        if self.relevant(change):
            self._timer.start()

    def _update_now(self) -> None:
        self._timer.stop()
        self.update()

    def update(self) -> None:
        raise NotImplementedError
