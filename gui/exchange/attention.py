"""Needs Attention: find, explain and resolve annotations that are not confidently placed.

Why here and not in the annotations panel: review and orphan annotations come from exchange
(imports, carrying to a new version, a sync pull) and need a comparison view and actions of
their own; the panel keeps listing them like any other annotation.  The list is the index's
(:meth:`gui.core.index.AnnotationIndex.needs_attention`), refreshed from the change event, so
whatever put an annotation there — an import, an undo, another window's edit read back — it
shows.  Resolutions are ordinary operations on the shared undo stack (Ctrl+Z works the same
everywhere), written against the value shown as base so another window's edits survive.
Candidates are computed only for the selected annotation and cached, because an approximate
search over a long report is not free.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack

from document.annotation import NEEDS_ATTENTION, AnchorState, Annotation, TextQuote
from gui.core import operations
from gui.core.changes import AnnotationChange, Cause
from gui.core.host import FeatureHost
from gui.exchange.attention_dock import AttentionDock
from gui.exchange.candidates import Candidate, accepted_state, best_candidate


class AttentionController(QObject):
    refreshed = Signal(int)    # how many annotations need attention now

    def __init__(self, window: FeatureHost) -> None:
        super().__init__(window)
        self.window = window
        self.state = window.annotation_state
        self.dock = AttentionDock(window)
        self.dock.display = window.display
        window.add_dock(self.dock, tabbed=True)
        self._candidates: dict[tuple, Candidate] = {}
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self._refresh_when_loaded)
        self.dock.currentChanged.connect(self._on_current)
        self.dock.acceptRequested.connect(self.accept)
        self.dock.reattachRequested.connect(self.reattach)
        self.dock.discardRequested.connect(self.discard)
        self.dock.showRequested.connect(self.show)
        window.reader.selectionChanged.connect(self._on_reader_selection)
        window.documentShown.connect(lambda _rt: self._refresh_timer.start())
        self.state.changed.connect(self._on_change)
        self.state.attentionRequested.connect(self._on_requested)

    @property
    def undo_stack(self) -> QUndoStack:
        return self.state.undo_stack

    def _on_change(self, change: AnnotationChange) -> None:
        """Refresh when the change can matter here: it involves an annotation that needs (or
        needed) attention.  A plain Ctrl+H does not, so it costs nothing here."""
        if change.cause is Cause.PREVIEW:
            return
        shown = set(self.dock.ids())
        if change.reset or any(a.state in NEEDS_ATTENTION or a.id in shown for a in change.involved()):
            if self.state.loading:
                self._refresh_timer.start()
            else:
                self.refresh()

    def _refresh_when_loaded(self) -> None:
        """The list follows changes; while the document's annotations are still being read it
        waits for them (the read's change event comes next) rather than forcing the read."""
        if not self.state.loading:
            self.refresh()

    # -- listing ---------------------------------------------------------------------------------
    def items(self) -> list[Annotation]:
        """Review and orphan annotations of the shown document, in text order (complete: a
        pending read of the document's annotations is done first)."""
        self.state.flush_load()
        return self.state.index.needs_attention()

    def refresh(self) -> int:
        self._refresh_timer.stop()
        self.dock.display = self.window.display
        found = self.items()
        self.dock.set_items(found)
        self.refreshed.emit(len(found))
        return len(found)

    def reveal(self) -> None:
        """Bring the dock to the front (after an import left work for the user)."""
        self.dock.show()
        self.dock.raise_()

    def _on_requested(self, annotation_id: str) -> None:
        """Someone (the annotations panel) asked to see an annotation here."""
        self.refresh()
        self.reveal()
        if annotation_id:
            self.dock.select(annotation_id)

    def annotation(self, annotation_id: str) -> Annotation | None:
        return self.state.annotations.get(annotation_id)

    def candidate(self, annotation: Annotation) -> Candidate:
        document = self.window.document
        key = (document.id if document else "", annotation.id, annotation.start, annotation.end, annotation.quote)
        if key not in self._candidates:
            if len(self._candidates) > 256:
                self._candidates.clear()
            self._candidates[key] = best_candidate(document.text if document else "", annotation)
        return self._candidates[key]

    def _on_current(self, annotation_id: str) -> None:
        annotation = self.annotation(annotation_id) if annotation_id else None
        if annotation is None:
            return
        self.dock.show_details(annotation, self.candidate(annotation),
                               self.window.reader.selected_source_range() is not None)

    def _on_reader_selection(self) -> None:
        self.dock.set_selection_available(self.window.reader.selected_source_range() is not None)

    # -- resolutions (undoable operations) ----------------------------------------------------------
    def accept(self, annotation_id: str) -> bool:
        """Move the annotation to its best candidate (state anchored, or changed if the text differs)."""
        annotation, document = self.annotation(annotation_id), self.window.document
        if annotation is None or document is None:
            return False
        candidate = self.candidate(annotation)
        if not candidate.usable:
            self.window.show_status(self.tr("No match to accept: re-attach or discard it"))
            return False
        start, end = candidate.result.start, candidate.result.end
        after = replace(annotation, start=start, end=end, state=accepted_state(document.text, annotation, start, end))
        if self.state.execute(operations.edit(self.state, [annotation], [after], self.tr("Accept Match"))):
            self.window.show_status(self.tr("Accepted the match"), 4000)
        return True

    def reattach(self, annotation_id: str) -> bool:
        """Attach the annotation to the reader's selection; its quote is taken from the text there."""
        annotation, document = self.annotation(annotation_id), self.window.document
        selected = self.window.reader.selected_source_range()
        if annotation is None or document is None:
            return False
        if selected is None:
            self.window.show_status(self.tr("Select the passage in the reader first"))
            return False
        start, end = selected
        after = replace(annotation, start=start, end=end, quote=TextQuote.from_text(document.text, start, end),
                        state=AnchorState.ANCHORED)
        if self.state.execute(operations.edit(self.state, [annotation], [after], self.tr("Re-attach Annotation"))):
            self.window.show_status(self.tr("Re-attached to the selection"), 4000)
        return True

    def discard(self, annotation_id: str) -> bool:
        """Delete the annotation (a tombstone, so merges cannot resurrect it); undoable."""
        annotation = self.annotation(annotation_id)
        if annotation is None:
            return False
        if self.state.execute(operations.delete(self.state, [annotation], self.tr("Discard Annotation"))):
            self.window.show_status(self.tr("Discarded (Ctrl+Z brings it back)"), 5000)
        return True

    def show(self, annotation_id: str) -> None:
        """Select the candidate in the reader (or scroll to the old position of an orphan)."""
        annotation = self.annotation(annotation_id)
        if annotation is None:
            return
        candidate = self.candidate(annotation)
        if candidate.usable:
            self.window.reader.select_source_range(candidate.result.start, candidate.result.end)
        else:
            self.window.go_to_offset(annotation.start)
        self.window.reader.setFocus(Qt.FocusReason.OtherFocusReason)
