"""The shown document's annotations: one index, one undo stack, one way in, one change event.

:class:`AnnotationState` is what every feature shares instead of reaching into each other:

* :attr:`index` — the one in-memory copy (:class:`~gui.core.index.AnnotationIndex`);
* :meth:`execute` — the one way to change annotations: an
  :class:`~gui.core.operations.Operation` pushed on :attr:`undo_stack` (so Ctrl+Z undoes any
  of them, whichever feature made it);
* :attr:`changed` — the one change event, an :class:`~gui.core.changes.AnnotationChange`
  emitted after the index took the change; every view refreshes from it;
* :meth:`refresh` — read the store again and report the difference (after another process
  or a sync pull wrote to it).

The state follows the window's document (:meth:`show_document`) and reads its annotations
right after the first paint (:mod:`gui.core.loading`).  Edits made while that read is pending
are remembered and laid over its (older) result, so nothing the user did is lost.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from document.annotation import Annotation
from gui.core.changes import AnnotationChange, Cause
from gui.core.index import AnnotationIndex
from gui.core.loading import AnnotationLoader, LoadResult, read_annotations, tag_colors
from storage.convert import gc_paused

if TYPE_CHECKING:  # pragma: no cover
    from gui.core.operations import Operation, StoreResult

logger = logging.getLogger(__name__)


class AnnotationState(QObject):
    """Annotations of the document the window shows, and the only path that changes them."""

    #: The change event: an AnnotationChange, after :attr:`index` took it.
    changed = Signal(object)
    #: A one-line message for the user (a store error, an edit refused); the window shows it.
    problem = Signal(str)
    #: Someone asks to see an annotation where its place can be fixed (Needs Attention);
    #: the id, or "" for the list as a whole.
    attentionRequested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationState")
        self.index = AnnotationIndex()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")
        self.store: Any = None
        self.document_id: str | None = None
        self._visible_range: Callable[[], tuple[int, int] | None] | None = None
        self._loader = AnnotationLoader(self)
        self._loader.visible.connect(self._on_visible)
        self._loader.loaded.connect(self._on_loaded)
        self._loading_id: str | None = None
        self._local: dict[str, Annotation | None] = {}   # edits made while a read runs

    # -- documents and the store -------------------------------------------------------------
    def show_document(self, document_id: str,
                      visible_range: Callable[[], tuple[int, int] | None] | None = None) -> None:
        """Follow the window to ``document_id``: clear, then read its annotations after this paint.
        Showing the same document again (another script, another font size) changes nothing."""
        self._visible_range = visible_range
        if document_id == self.document_id:
            return
        self.document_id = document_id
        self.undo_stack.clear()
        if len(self.index) or self.index.tag_colors:
            self._emit(AnnotationChange(document_id, Cause.LOAD))  # nothing of the old document
        self._start_load()

    def attach_store(self, store: Any) -> None:
        """The store opens after the first paint: read the shown document's annotations now."""
        self.store = store
        self._start_load()

    def reload(self) -> None:
        """Read the shown document's annotations again, after this event-loop turn (as on
        opening); edits made meanwhile survive the read.  :meth:`refresh` reads now."""
        self._start_load()

    def _start_load(self) -> None:
        if self.store is None or self.document_id is None:
            return
        self._loading_id, self._local = self.document_id, {}
        self._loader.load(self.store, self.document_id, self._visible_range)

    @property
    def loading(self) -> bool:
        """Whether the shown document's annotations are still being read."""
        return self._loading_id is not None

    def flush_load(self) -> None:
        """Run a pending deferred read now (a caller needs the whole set at once)."""
        if self._loading_id is None or self.store is None:
            return
        self._loader.cancel()
        self._on_loaded(read_annotations(self.store, self._loading_id))

    @property
    def annotations(self) -> Mapping[str, Annotation]:
        """The live annotations by id, complete: asking while the deferred read is pending
        performs it now, so callers never see a partial set (nor read the store twice)."""
        self.flush_load()
        return self.index.as_mapping()

    def _on_visible(self, result: LoadResult) -> None:
        if result.document_id == self._loading_id == self.document_id and not result.error:
            self._emit(AnnotationChange(result.document_id, Cause.PREVIEW, added=tuple(result.annotations)))

    def _on_loaded(self, result: LoadResult) -> None:
        if result.document_id != self.document_id or result.document_id != self._loading_id:
            return
        self._loading_id = None
        if result.error:
            self.problem.emit(self.tr("Loading annotations failed: {0}").format(result.error))
        local, self._local = self._local, {}
        values = {a.id: a for a in result.annotations}
        for annotation_id, value in local.items():   # edits made meanwhile win over the read
            if value is None:
                values.pop(annotation_id, None)
            else:
                values[annotation_id] = value
        if local or result.error:
            ordered = sorted(values.values(), key=lambda a: (a.start, a.end, a.created, a.id))
        else:   # the store's order already (Store.annotations: start, end, created, id)
            ordered = list(values.values())
        # The views build their indexes of 10,000 annotations at once: tens of thousands of
        # objects that all survive, which the cyclic collector would otherwise re-examine
        # several times over (full collections included) before the panel shows.
        with gc_paused():
            self._emit(AnnotationChange(result.document_id, Cause.LOAD, added=tuple(ordered),
                                        tag_colors=result.tag_colors))

    # -- changing (operations call these) ---------------------------------------------------------
    def execute(self, operation: "Operation") -> bool:
        """Run ``operation`` and put it on the undo stack; False when its store call failed
        (the user was told; nothing changed)."""
        self.undo_stack.push(operation)
        return not operation.failed

    def apply_result(self, result: "StoreResult", cause: Cause) -> AnnotationChange:
        """Report what an operation's store call left: the difference to the index becomes
        the change event.  Returns the change (possibly empty)."""
        if result.conflicts:
            self.problem.emit(self.tr("%n annotation(s) were deleted elsewhere (another window or a "
                                      "teammate's sync); the edit was not saved", "", len(result.conflicts)))
        if result.superseded:
            self.problem.emit(self.tr("%n annotation(s) were changed since by someone else (a teammate's "
                                      "sync or another window); their newer version was kept", "",
                                      len(result.superseded)))
        if self.document_id is None:
            return AnnotationChange("", cause)
        change = self.index.change_to(self.document_id, result.stored, cause, gone=result.gone)
        if result.tag_colors is not None:
            change = replace(change, tag_colors=result.tag_colors)
        if result.aspects:
            change = replace(change, aspects=frozenset(result.aspects))
        self._emit(change)
        return change

    def refresh(self) -> AnnotationChange:
        """Read the shown document's annotations again and report what differs (another
        process, an import into this document or a sync pull wrote to the store)."""
        if self.store is None or self.document_id is None:
            return AnnotationChange(self.document_id or "", Cause.REFRESH)
        self.flush_load()
        try:
            stored = self.store.annotations(self.document_id)
            colors = tag_colors(self.store, self.document_id)
        except Exception as error:  # noqa: BLE001 - say it, keep what is shown
            logger.exception("re-reading annotations failed")
            self.problem.emit(self.tr("Loading annotations failed: {0}").format(error))
            return AnnotationChange(self.document_id, Cause.REFRESH)
        change = self.index.change_to(self.document_id, stored, Cause.REFRESH, complete=True)
        if colors != self.index.tag_colors:
            change = replace(change, tag_colors=colors)
        self._emit(change)
        return change

    def report(self, message: str) -> None:
        self.problem.emit(message)

    def request_attention(self, annotation_id: str = "") -> None:
        self.attentionRequested.emit(annotation_id)

    # -- the one change event ---------------------------------------------------------------------
    def _emit(self, change: AnnotationChange) -> None:
        if change.empty:
            return
        if self._loading_id is not None and not change.reset:
            self._note_local(change.current(), change.removed)
        self.index.apply(change)
        self.changed.emit(change)

    def _note_local(self, values: Iterable[Annotation], removed: Sequence[Annotation]) -> None:
        """While the deferred read runs, remember edits so its (older) result cannot undo them."""
        self._local.update((a.id, a) for a in values)
        self._local.update((a.id, None) for a in removed)
