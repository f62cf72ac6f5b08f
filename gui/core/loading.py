"""Reading a document's annotations right after the document's first paint.

With 10,000 highlights the store read takes longer than drawing the whole report, so the read
is deferred to the event loop turns after the document is shown: first the annotations on
screen (a small ranged read, so the reader paints their highlights at once), then all of them.
The text paints at once, the highlights follow a moment later, the panel after them.

Why not a worker thread: the read is Python (SQLAlchemy rows → dataclasses), so a thread gains
no parallelism under the GIL and makes things worse — the GUI thread's many short calls into
Python (paint events, item delegates) each wait up to the interpreter's switch interval for the
worker to yield (the "convoy effect"); measured, the first paint went from ~60 ms to ~600 ms.
Results are tagged with a request number so a stale one (another document opened meanwhile)
is ignored.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from document.annotation import Annotation
from storage.errors import StoreDamaged

logger = logging.getLogger(__name__)


@dataclass
class LoadResult:
    document_id: str
    request: int
    annotations: list[Annotation] = field(default_factory=list)
    tag_colors: dict[str, str] = field(default_factory=dict)
    error: str = ""


def read_annotations(store, document_id: str, request: int = 0) -> LoadResult:
    """The document's live annotations and tag colours, as plain values."""
    result = LoadResult(document_id, request)
    try:
        try:
            result.annotations = store.annotations(document_id)
        except StoreDamaged as damaged:  # show what can be read; the error says what cannot
            result.annotations, result.error = list(damaged.readable), str(damaged)
        result.tag_colors = tag_colors(store, document_id)
    except Exception as error:  # noqa: BLE001 - reported by the state, never lost
        logger.exception("reading the annotations of %s failed", document_id)
        result.error = str(error) or type(error).__name__
    return result


def tag_colors(store, document_id: str) -> dict[str, str]:
    """The colours of the tags ``document_id`` uses (tags without one left out)."""
    return {t.name: t.color for t in store.tags(document_id) if t.color}


def read_visible(store, document_id: str, request: int, source_range: tuple[int, int]) -> LoadResult:
    """Only the annotations overlapping ``source_range`` (the passage on screen)."""
    result = LoadResult(document_id, request)
    try:
        result.annotations = store.annotations(document_id, overlapping=source_range)
    except Exception as error:  # noqa: BLE001 - the full read that follows reports problems
        result.error = str(error) or type(error).__name__
    return result


class AnnotationLoader(QObject):
    """Schedules reads for the next event-loop turns: first the annotations on screen
    (``visible``), then everything (``loaded``); both carry the newest request only."""

    loaded = Signal(object)   # LoadResult
    visible = Signal(object)  # LoadResult of the passage on screen

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.request = 0

    def load(self, store, document_id: str,
             visible_range: Callable[[], tuple[int, int] | None] | None = None) -> int:
        self.request += 1
        request = self.request

        def run_all() -> None:
            if request == self.request:   # not superseded or cancelled meanwhile
                self.loaded.emit(read_annotations(store, document_id, request))

        def run_visible() -> None:
            if request != self.request:
                return
            source_range = visible_range() if visible_range is not None else None
            if source_range is not None:
                self.visible.emit(read_visible(store, document_id, request, source_range))
            QTimer.singleShot(0, self, run_all)   # the rest after this paint

        QTimer.singleShot(0, self, run_visible)
        return request

    def cancel(self) -> None:
        self.request += 1
