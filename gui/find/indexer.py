"""Building a document's search index off the GUI thread.

The index converts the whole canonical text (OpenCC plus an exact offset map): about 60 ms for
the bundled report but several hundred for a 1 MB report, so it is built through the worker
(:mod:`gui.worker`) the first time the find bar needs it and kept per document id.  An answer
for a document no longer shown is ignored.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from gui.worker import Worker

if TYPE_CHECKING:
    from document.find import SearchIndex


def _build(text: str) -> "SearchIndex":
    from document.find import search_index  # OpenCC loads with the first search

    return search_index(text)   # shared, thread-safe LRU in document.find


class IndexCache(QObject):
    """The search index of the shown document, built once in the background."""

    ready = Signal(str)            # document id whose index is now available
    failed = Signal(str)           # a one-line message

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._document_id = ""
        self._index: SearchIndex | None = None
        self._building = ""
        self._worker = Worker(self)

    def index_for(self, document_id: str, text: str) -> SearchIndex | None:
        """The index if built; otherwise start building it and return None (``ready`` follows)."""
        if document_id == self._document_id and self._index is not None:
            return self._index
        if self._building != document_id:
            self._building = document_id
            self._worker.run(lambda: _build(text), lambda index: self._on_built(document_id, index),
                             lambda message: self._on_failed(document_id, message))
        return None

    @property
    def building(self) -> bool:
        return bool(self._building)

    def _on_built(self, document_id: str, index: SearchIndex) -> None:
        if document_id != self._building:
            return  # another document was opened meanwhile
        self._building = ""
        self._document_id, self._index = document_id, index
        self.ready.emit(document_id)

    def _on_failed(self, document_id: str, message: str) -> None:
        if document_id == self._building:
            self._building = ""
            self.failed.emit(self.tr("Search index failed: {0}").format(message))
