"""Which annotation is focused: the one Ctrl+T, Ctrl+Shift+N, Alt+n and Delete act on.

Focus follows the user: a click on a highlight, the caret moving into one by keyboard, the row
chosen in the panel, a highlight just made.  The reader underlines the focused highlight and
the panel selects its row (after the frame, so Ctrl+H stays within one).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from document.annotation import Annotation
from gui.annotations.panel import AnnotationsDock
from gui.core.changes import AnnotationChange
from gui.core.state import AnnotationState
from gui.reader_view import ReaderView


class Focus(QObject):
    """The focused annotation's id, kept valid across changes."""

    def __init__(self, reader: ReaderView, dock: AnnotationsDock, state: AnnotationState) -> None:
        super().__init__(dock)
        self.reader, self.dock, self.state = reader, dock, state
        self.focused_id: str | None = None
        self._hidden_message = ""
        reader.cursorPositionChanged.connect(self._on_caret_moved)
        dock.tree.selectionModel().currentChanged.connect(self._on_panel_current)
        state.changed.connect(self._on_change)

    def focused(self) -> Annotation | None:
        return self.state.index.get(self.focused_id) if self.focused_id else None

    def focus(self, annotation_id: str, quiet: bool = False, panel: bool = True) -> bool:
        """Mark ``annotation_id`` in the reader and select it in the panel.  ``quiet``: the
        panel follows after this frame; ``panel=False``: it keeps its place.  Returns False
        when the panel's filter hides the annotation (the caller may say so)."""
        self.focused_id = annotation_id
        self.reader.set_focused_highlight(annotation_id)
        if not panel:
            return True
        if quiet:
            # Selecting a row among 10,000 costs a few ms that Ctrl+H should not wait for.
            QTimer.singleShot(0, self, lambda: self._select_in_panel(annotation_id))
            return True
        return self.dock.select_annotation(annotation_id)

    def clear(self) -> None:
        self.focused_id = None
        self.reader.set_focused_highlight(None)

    def mark(self, annotation_id: str | None) -> None:
        """Focus without touching the panel or the reader's mark (an orphan has no place)."""
        self.focused_id = annotation_id

    def _select_in_panel(self, annotation_id: str) -> None:
        if self.focused_id == annotation_id:
            self.dock.select_annotation(annotation_id)

    def _on_change(self, change: AnnotationChange) -> None:
        if self.focused_id is None:
            return
        if change.reset and not any(a.id == self.focused_id for a in change.added):
            self.focused_id = None
        elif any(a.id == self.focused_id for a in change.removed):
            self.focused_id = None

    def _on_caret_moved(self) -> None:
        """The caret moved into a highlight by keyboard (no selection): focus it, as a click does.

        Only while the reader has focus — programmatic moves made for other widgets (a section
        jump from the panel) must not steal the panel's current row.  Cost: one scan of the
        highlights (``highlights_at``), skipped when nothing changes.
        """
        reader, rt = self.reader, self.reader.reader_text
        if rt is None or not len(self.state.index) or not reader.hasFocus():
            return
        cursor = reader.textCursor()
        if cursor.hasSelection():
            return
        hits = [h for h in reader.highlights_at(rt.source_of_qt(cursor.position())) if h.id in self.state.index]
        if not hits:
            return
        chosen = min(hits, key=lambda h: h.end - h.start).id
        if chosen != self.focused_id:
            self.focus(chosen, quiet=True)

    def _on_panel_current(self, current, _previous) -> None:
        annotation = self.dock.model.annotation(current)
        if annotation is not None:
            self.focused_id = annotation.id
            self.reader.set_focused_highlight(annotation.id)
