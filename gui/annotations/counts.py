"""How many annotations each outline section holds, shown in the outline.

Recomputed from the index (two bisections per outline entry) shortly after any change — and
after every rendering of the document, because rendering rebuilds the outline (a script switch,
a zoom): counts that only followed annotation changes vanished on Ctrl+4 until the next edit.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from gui.core.changes import AnnotationChange, Cause
from gui.core.host import FeatureHost

DELAY_MS = 120   # a burst of edits repaints the outline once


class OutlineCounts(QObject):
    def __init__(self, window: FeatureHost) -> None:
        super().__init__(window.outline_dock)
        self.window = window
        self.state = window.annotation_state
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.update)
        self.state.changed.connect(self._on_change)
        window.documentShown.connect(lambda _rt: self.update())

    def _on_change(self, change: AnnotationChange) -> None:
        if change.cause is not Cause.PREVIEW:
            self._timer.start()

    def update(self) -> None:
        self._timer.stop()
        document = self.window.document
        counts = self.state.index.section_counts(document.sections) if document is not None else {}
        self.window.outline_dock.model.set_counts(counts)
