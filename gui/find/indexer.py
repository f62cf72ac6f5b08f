"""Building a document's search index off the GUI thread.

The index converts the whole canonical text (OpenCC plus an exact offset map): about 60 ms for
the bundled report but several hundred for a 1 MB report, so it is built in the thread pool the
first time the find bar needs it and kept per document id.  Results come back through a Qt
signal (queued across threads); an answer for a document no longer shown is ignored.
"""
from __future__ import annotations

import traceback

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from document.find import SearchIndex


class _Signals(QObject):
    built = Signal(str, object)    # document id, SearchIndex
    failed = Signal(str, str)      # document id, message


class _Job(QRunnable):
    def __init__(self, document_id: str, text: str, signals: _Signals) -> None:
        super().__init__()
        self.document_id, self.text, self.signals = document_id, text, signals

    def run(self) -> None:
        try:
            from document.find import search_index  # OpenCC loads with the first search

            index = search_index(self.text)   # shared, thread-safe LRU in document.find
        except Exception as error:  # noqa: BLE001 - a worker must never die silently
            traceback.print_exc()
            self.signals.failed.emit(self.document_id, str(error))
        else:
            self.signals.built.emit(self.document_id, index)


class IndexCache(QObject):
    """The search index of the shown document, built once in the background."""

    ready = Signal(str)            # document id whose index is now available
    failed = Signal(str)           # a one-line message

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._document_id = ""
        self._index: SearchIndex | None = None
        self._building = ""
        # Each job owns its signal object; keep them alive until they report.
        self._signals: dict[str, _Signals] = {}

    def index_for(self, document_id: str, text: str) -> SearchIndex | None:
        """The index if built; otherwise start building it and return None (``ready`` follows)."""
        if document_id == self._document_id and self._index is not None:
            return self._index
        if self._building != document_id:
            self._building = document_id
            signals = _Signals()
            signals.built.connect(self._on_built)
            signals.failed.connect(self._on_failed)
            self._signals[document_id] = signals
            QThreadPool.globalInstance().start(_Job(document_id, text, signals))
        return None

    @property
    def building(self) -> bool:
        return bool(self._building)

    def _on_built(self, document_id: str, index: SearchIndex) -> None:
        self._signals.pop(document_id, None)
        if document_id != self._building:
            return  # another document was opened meanwhile
        self._building = ""
        self._document_id, self._index = document_id, index
        self.ready.emit(document_id)

    def _on_failed(self, document_id: str, message: str) -> None:
        self._signals.pop(document_id, None)
        if document_id == self._building:
            self._building = ""
            self.failed.emit(f"无法建立搜索索引 Search index failed: {message}")
