"""Loading a document off the GUI thread: read, parse, outline and script view in a worker.

Results come back through signals owned by the loader (which lives on the GUI thread), so Qt
queues them across threads; every result carries its request number and a newer request makes
older results stale.
"""
from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QPalette

from gui.reader_text import ReaderText
from gui.worker import Worker

logger = logging.getLogger(__name__)


class DocumentLoader(QObject):
    """Runs loads and script conversions in the thread pool; numbers them for staleness."""

    loaded = Signal(object, int)   # ReaderText, request number
    failed = Signal(str, int)
    prepared = Signal(object, object, int)   # ReaderText, its QTextDocument, the point size

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._request = 0
        self._worker = Worker(self)

    @property
    def latest(self) -> int:
        return self._request

    def load(self, path: str | None, script: str) -> int:
        """Read and parse ``path`` (None: the bundled report) and view it in ``script``."""

        def work() -> ReaderText:
            # Imported here, on the worker: markdown-it loads while the GUI thread builds the
            # window, which shortens start-up.
            from document.loading import load_document

            return ReaderText(load_document(path), script)

        return self._start(work)

    def cancel(self) -> None:
        """Results of the requests made so far arrive stale (ignored)."""
        self._request += 1

    def convert(self, reader_text: ReaderText, script: str) -> int:
        """Re-derive the display text of an already parsed document in another script."""
        return self._start(lambda: ReaderText(reader_text.document, script))

    def prepare(self, document, script: str, palette: QPalette, point_size: int) -> None:
        """Convert ``document`` to ``script`` and build its QTextDocument in the background, for
        a later switch to show at once: ``prepared`` brings them, nothing is shown.

        The QTextDocument is built in the worker (QTextDocument and its formats are reentrant;
        the reading font's metrics were measured on the GUI thread by the first render) and
        handed to the GUI thread before it is returned.
        """
        gui_thread = QCoreApplication.instance().thread()
        palette = QPalette(palette)

        def work():
            from gui.render import build_document

            reader_text = ReaderText(document, script)
            doc = build_document(reader_text, palette, point_size)
            doc.moveToThread(gui_thread)
            return reader_text, doc, point_size

        self._worker.run(work, lambda result: self.prepared.emit(*result),
                         lambda message: logger.info("preparing the %s view failed: %s", script, message))

    def _start(self, work: Callable[[], ReaderText]) -> int:
        self._request += 1
        request = self._request
        self._worker.run(work, lambda result: self.loaded.emit(result, request),
                         lambda message: self.failed.emit(message, request))
        return request
