"""Needs Attention: find, explain and resolve annotations that are not confidently placed.

Why here and not in the annotations panel: review and orphan annotations come from exchange
(imports, carrying to a new version) and need a comparison view and actions of their own; the
panel keeps listing them like any other annotation.  Resolutions are undoable commands
(:mod:`gui.exchange.commands`) on the annotations controller's undo stack, so Ctrl+Z works the
same everywhere.  Candidates are computed only for the selected annotation and cached, because
an approximate search over a long report is not free.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack

from document.annotation import AnchorState, Annotation, TextQuote
from gui.exchange.attention_dock import AttentionDock
from gui.exchange.candidates import Candidate, accepted_state, best_candidate
from gui.exchange.commands import DiscardAnnotation, MoveAnnotation

NEEDS_ATTENTION = (AnchorState.REVIEW, AnchorState.ORPHAN)


class AttentionController(QObject):
    refreshed = Signal(int)    # how many annotations need attention now

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.dock = AttentionDock(window)
        self.dock.display = window.display
        window.add_dock(self.dock)
        self._own_stack: QUndoStack | None = None
        self._candidates: dict[tuple, Candidate] = {}
        self._connected_controller: Any = None
        self.dock.currentChanged.connect(self._on_current)
        self.dock.acceptRequested.connect(self.accept)
        self.dock.reattachRequested.connect(self.reattach)
        self.dock.discardRequested.connect(self.discard)
        self.dock.showRequested.connect(self.show)
        window.reader.selectionChanged.connect(self._on_reader_selection)
        # With the annotations controller present, refresh when its (deferred) read has landed
        # rather than on documentShown: asking earlier would force the read before first paint.
        window.documentShown.connect(self._on_document_shown)
        window.storeAttached.connect(lambda _store: self._on_document_shown(None))
        self._watch_controller()
        annotations_dock = window.findChild(QObject, "annotationsDock")
        if annotations_dock is not None:
            window.tabifyDockWidget(annotations_dock, self.dock)
            annotations_dock.raise_()

    # -- collaborators ------------------------------------------------------------------------
    @property
    def undo_stack(self) -> QUndoStack:
        """The annotations controller's stack (one history for every edit), else our own."""
        stack = getattr(getattr(self.window, "annotations", None), "undo_stack", None)
        if isinstance(stack, QUndoStack):
            return stack
        if self._own_stack is None:
            self._own_stack = QUndoStack(self)
            self._own_stack.setObjectName("attentionUndoStack")
        return self._own_stack

    def _on_document_shown(self, _reader_text) -> None:
        self._watch_controller()
        controller = self._connected_controller
        if controller is not None and getattr(controller, "loading", False):
            return   # annotationsShown will follow
        self.refresh()

    def _refresh_soon(self) -> None:
        """Edits come in bursts (and Ctrl+H must stay within a frame): refresh once, after them."""
        if not hasattr(self, "_refresh_timer"):
            self._refresh_timer = QTimer(self, singleShot=True, interval=0)
            self._refresh_timer.timeout.connect(self.refresh)
        self._refresh_timer.start()

    def _watch_controller(self) -> None:
        controller = getattr(self.window, "annotations", None)
        changed = getattr(controller, "changed", None)
        if controller is not None and controller is not self._connected_controller and changed is not None:
            changed.connect(self._refresh_soon)
            shown = getattr(controller, "annotationsShown", None)
            if shown is not None:
                shown.connect(self.refresh)
            self._connected_controller = controller

    def _current_annotations(self) -> list[Annotation]:
        document = self.window.document
        if document is None:
            return []
        controller = getattr(self.window, "annotations", None)
        if controller is not None and getattr(controller, "document_id", None) == document.id:
            return list(controller.annotations.values())
        if self.window.store is None:
            return []
        return self.window.store.annotations(document.id)

    # -- listing ---------------------------------------------------------------------------------
    def items(self) -> list[Annotation]:
        """Review and orphan annotations of the shown document, in text order."""
        found = [a for a in self._current_annotations() if a.state in NEEDS_ATTENTION and not a.deleted]
        return sorted(found, key=lambda a: (a.start, a.end, a.id))

    def refresh(self) -> int:
        self._watch_controller()
        self.dock.display = self.window.display
        found = self.items()
        self.dock.set_items(found)
        self.refreshed.emit(len(found))
        return len(found)

    def reveal(self) -> None:
        """Bring the dock to the front (after an import left work for the user)."""
        self.dock.show()
        self.dock.raise_()

    def annotation(self, annotation_id: str) -> Annotation | None:
        for a in self._current_annotations():
            if a.id == annotation_id:
                return a
        return None

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

    # -- resolutions (undoable) --------------------------------------------------------------------
    def accept(self, annotation_id: str) -> bool:
        """Move the annotation to its best candidate (state anchored, or changed if the text differs)."""
        annotation, document = self.annotation(annotation_id), self.window.document
        if annotation is None or document is None:
            return False
        candidate = self.candidate(annotation)
        if not candidate.usable:
            self.window.show_status("没有可接受的位置 No match to accept: re-attach or discard it")
            return False
        start, end = candidate.result.start, candidate.result.end
        after = replace(annotation, start=start, end=end, state=accepted_state(document.text, annotation, start, end))
        self.undo_stack.push(MoveAnnotation(self.window, annotation, after, "Accept Match", self.refresh))
        self.window.show_status("已接受 Accepted the match", 4000)
        return True

    def reattach(self, annotation_id: str) -> bool:
        """Attach the annotation to the reader's selection; its quote is taken from the text there."""
        annotation, document = self.annotation(annotation_id), self.window.document
        selected = self.window.reader.selected_source_range()
        if annotation is None or document is None:
            return False
        if selected is None:
            self.window.show_status("先在正文中选中文字 Select the passage in the reader first")
            return False
        start, end = selected
        after = replace(annotation, start=start, end=end, quote=TextQuote.from_text(document.text, start, end),
                        state=AnchorState.ANCHORED)
        self.undo_stack.push(MoveAnnotation(self.window, annotation, after, "Re-attach Annotation", self.refresh))
        self.window.show_status("已重新附着 Re-attached to the selection", 4000)
        return True

    def discard(self, annotation_id: str) -> bool:
        """Delete the annotation (a tombstone, so merges cannot resurrect it); undoable."""
        annotation = self.annotation(annotation_id)
        if annotation is None:
            return False
        self.undo_stack.push(DiscardAnnotation(self.window, annotation, self.refresh))
        self.window.show_status("已舍弃 Discarded (Ctrl+Z brings it back)", 5000)
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
