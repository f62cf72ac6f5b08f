"""Loading a document off the GUI thread: read, parse, outline and script view in a worker.

Results come back through signals owned by the loader (which lives on the GUI thread), so Qt
queues them across threads; every result carries its request number and a newer request makes
older results stale.
"""
from __future__ import annotations

import traceback
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from document.errors import PizhuError
from gui.reader_text import ReaderText


class _Signals(QObject):
    loaded = Signal(object, int)   # ReaderText, request number
    failed = Signal(str, int)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], ReaderText], request: int, signals: _Signals) -> None:
        super().__init__()
        self.work, self.request, self.signals = work, request, signals

    def run(self) -> None:
        try:
            result = self.work()
        except PizhuError as error:
            self._emit(self.signals.failed, str(error))
        except Exception as error:  # noqa: BLE001 - never let a worker die silently
            traceback.print_exc()
            self._emit(self.signals.failed, f"unexpected error: {error}")
        else:
            self._emit(self.signals.loaded, result)

    def _emit(self, signal, value) -> None:
        try:
            signal.emit(value, self.request)
        except RuntimeError:
            pass   # the window closed while we worked: nobody is waiting for the answer


class DocumentLoader(QObject):
    """Runs loads and script conversions in the thread pool."""

    loaded = Signal(object, int)
    failed = Signal(str, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._request = 0
        self._signals = _Signals(self)
        self._signals.loaded.connect(self.loaded)
        self._signals.failed.connect(self.failed)

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

    def convert(self, reader_text: ReaderText, script: str) -> int:
        """Re-derive the display text of an already parsed document in another script."""
        return self._start(lambda: ReaderText(reader_text.document, script))

    def _start(self, work: Callable[[], ReaderText]) -> int:
        self._request += 1
        QThreadPool.globalInstance().start(_Job(work, self._request, self._signals))
        return self._request
