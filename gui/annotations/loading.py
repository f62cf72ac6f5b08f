"""Reading a document's annotations right after the document's first paint.

With 10,000 highlights the store read takes longer than drawing the whole report, so the read
is deferred to the event loop turn after the document is shown: the text paints at once, the
highlights follow a moment later.

Why not a worker thread: the read is Python (SQLAlchemy rows → dataclasses), so a thread gains
no parallelism under the GIL and makes things worse — the GUI thread's many short calls into
Python (paint events, item delegates) each wait up to the interpreter's switch interval for the
worker to yield (the "convoy effect"); measured, the first paint went from ~60 ms to ~600 ms.
Results are tagged with a request number so a stale one (another document opened meanwhile)
is ignored.
"""
from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from document.annotation import Annotation
from gui.reader_view import Highlight, qt_ranges_of


@dataclass
class LoadResult:
    document_id: str
    request: int
    annotations: list[Annotation] = field(default_factory=list)
    highlights: list[Highlight] = field(default_factory=list)
    reader_text: object = None                 # the text the ranges below were mapped for
    qt_ranges: list | None = None              # reader_view.qt_ranges_of(reader_text, highlights)
    tag_colors: dict[str, str] = field(default_factory=dict)
    error: str = ""


def read_annotations(store, document_id: str, request: int, make_highlight: Callable[[Annotation], Highlight],
                     reader_text=None) -> LoadResult:
    """Everything the reader and the panel need, as plain values (no Qt)."""
    result = LoadResult(document_id, request)
    try:
        result.annotations = store.annotations(document_id)
        result.tag_colors = {t.name: t.color for t in store.tags(document_id) if t.color}
        result.highlights = [make_highlight(a) for a in result.annotations]
        if reader_text is not None:
            result.reader_text = reader_text
            result.qt_ranges = qt_ranges_of(reader_text, result.highlights)
    except Exception as error:  # noqa: BLE001 - reported by the controller, never lost
        traceback.print_exc()
        result.error = str(error) or type(error).__name__
    return result


def read_visible(store, document_id: str, request: int, make_highlight: Callable[[Annotation], Highlight],
                 reader_text, source_range: tuple[int, int]) -> LoadResult:
    """Only the annotations overlapping ``source_range`` (the passage on screen): a small,
    fast read that lets the reader paint the highlights in view before the whole set lands."""
    result = LoadResult(document_id, request, reader_text=reader_text)
    try:
        result.annotations = store.annotations(document_id, overlapping=source_range)
        result.highlights = [make_highlight(a) for a in result.annotations]
        result.qt_ranges = qt_ranges_of(reader_text, result.highlights)
    except Exception as error:  # noqa: BLE001 - the full read that follows reports problems
        result.error = str(error) or type(error).__name__
    return result


class AnnotationLoader(QObject):
    """Schedules reads for the next event-loop turns: first the highlights on screen
    (``visible``), then everything (``loaded``); both carry the newest request only."""

    loaded = Signal(object)   # LoadResult
    visible = Signal(object)  # LoadResult of the passage on screen

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.request = 0

    def load(self, store, document_id: str, make_highlight: Callable[[Annotation], Highlight],
             reader_text=None, visible_range: Callable[[], tuple[int, int] | None] | None = None) -> int:
        self.request += 1
        request = self.request

        def run_all() -> None:
            if request == self.request:   # not superseded or cancelled meanwhile
                self.loaded.emit(read_annotations(store, document_id, request, make_highlight, reader_text))

        def run_visible() -> None:
            if request != self.request:
                return
            source_range = visible_range() if visible_range is not None else None
            if source_range is not None and reader_text is not None:
                self.visible.emit(read_visible(store, document_id, request, make_highlight,
                                               reader_text, source_range))
            QTimer.singleShot(0, self, run_all)   # the rest after this paint

        QTimer.singleShot(0, self, run_visible)
        return request

    def cancel(self) -> None:
        self.request += 1
