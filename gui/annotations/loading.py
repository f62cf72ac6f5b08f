"""Reading a document's annotations off the GUI thread.

With 10,000 highlights the store read alone takes longer than drawing the whole report, so it
runs in a worker started once the document is shown: the text paints at once and the
highlights follow.  (Not earlier, while the reader is still being built: a Python worker
competing for the GIL with the GUI thread's many short Qt calls slows the build tenfold — the
"convoy effect".)  The worker also prepares the plain values the reader needs (``Highlight``s
and their Qt ranges), leaving the GUI thread only the Qt work.  Results come back through a
signal owned by the GUI thread, tagged with a request number so stale results are ignored.
"""
from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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


class _Signals(QObject):
    done = Signal(object)   # LoadResult


class _Job(QRunnable):
    def __init__(self, store, document_id: str, request: int, make_highlight: Callable[[Annotation], Highlight],
                 reader_text, signals: _Signals) -> None:
        super().__init__()
        self.store, self.document_id, self.request = store, document_id, request
        self.make_highlight, self.reader_text, self.signals = make_highlight, reader_text, signals

    def run(self) -> None:
        result = LoadResult(self.document_id, self.request)
        try:
            result.annotations = self.store.annotations(self.document_id)
            result.tag_colors = {t.name: t.color for t in self.store.tags(self.document_id) if t.color}
            result.highlights = [self.make_highlight(a) for a in result.annotations]
            if self.reader_text is not None:
                result.reader_text = self.reader_text
                result.qt_ranges = qt_ranges_of(self.reader_text, result.highlights)
        except Exception as error:  # noqa: BLE001 - reported on the GUI thread, never lost
            traceback.print_exc()
            result.error = str(error) or type(error).__name__
        self.signals.done.emit(result)


class AnnotationLoader(QObject):
    """Starts background reads; ``loaded`` fires on the GUI thread with the newest result."""

    loaded = Signal(object)   # LoadResult

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self.request = 0
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)

    def load(self, store, document_id: str, make_highlight: Callable[[Annotation], Highlight],
             reader_text=None) -> int:
        """Read in the background; with ``reader_text``, also map the highlights for it."""
        self.request += 1
        self.pool.start(_Job(store, document_id, self.request, make_highlight, reader_text, self._signals))
        return self.request

    def cancel(self) -> None:
        self.request += 1

    @property
    def busy(self) -> bool:
        return self.pool.activeThreadCount() > 0

    def _on_done(self, result: LoadResult) -> None:
        if result.request == self.request:
            self.loaded.emit(result)

    def wait(self, msecs: int = 30000) -> None:
        """Block until running reads finish (used on close, so no worker outlives the store)."""
        self.pool.waitForDone(msecs)
