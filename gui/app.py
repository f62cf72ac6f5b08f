"""Creating the QApplication and the main window."""
from __future__ import annotations

import logging
import os
import sys
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.main_window import MainWindow
from gui.settings import Settings
from gui.worker import Worker

APP_NAME = "Pizhu"
logger = logging.getLogger(__name__)


def application(argv: list[str] | None = None) -> QApplication:
    """The running QApplication, created once with Pizhu's identity."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName("pizhu")
        QCoreApplication.setApplicationName(APP_NAME)
        app = QApplication(argv if argv is not None else sys.argv[:1])
        app.setApplicationDisplayName("Pizhu 批注")
        app.setDesktopFileName("pizhu")
    return app


def create_window(store=None, path: str | None = None, script: str | None = None,
                  settings: Settings | None = None) -> MainWindow:
    """A main window showing ``path`` (None: the last document, else the bundled report)."""
    settings = settings or Settings()
    if script:
        settings.script = script
    window = MainWindow(settings, store)
    from gui.features import install_features

    install_features(window)
    window.finish_menus()
    if path is None and settings.last_document and os.path.isfile(settings.last_document):
        path = settings.last_document
    window.open_document(path)
    return window


class StoreOpener(QObject):
    """Opens the store through the worker once the first document is on screen.

    Importing SQLAlchemy and opening SQLite costs a few hundred milliseconds; doing it while
    the GUI thread is idle after the first paint lets the report appear at once.
    """

    def __init__(self, window: MainWindow, open_store: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self._open_store = open_store
        self._started = False
        self._worker = Worker(self)
        window.documentShown.connect(self._start)

    def _start(self, _reader_text=None) -> None:
        if self._started:
            return
        self._started = True
        self._worker.run(self._open_store, self._window.attach_store,
                         lambda message: _report_store_failure(self._window, message))


def _report_store_failure(window: MainWindow, message: str) -> None:
    window.show_status(f"无法打开批注库 Cannot open the annotation store: {message}", 0)
    box = QMessageBox(QMessageBox.Icon.Warning, "Pizhu",
                      f"The annotation store could not be opened; you can read but not annotate.\n\n{message}",
                      QMessageBox.StandardButton.Ok, window)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def _log_uncaught(kind, error, trace) -> None:
    """An exception escaping a Qt slot: logged with its traceback (the log file; stderr with
    -v), never printed raw; the window stays up."""
    logger.error("unexpected error", exc_info=(kind, error, trace))


def run(open_store: Callable[[], object] | None = None, path: str | None = None,
        script: str | None = None) -> int:
    """Show the reader at once and open the store (``open_store()``) behind the first paint."""
    sys.excepthook = _log_uncaught
    app = application()
    window = create_window(None, path, script)
    if open_store is not None:
        StoreOpener(window, open_store)
    window.show()
    code = app.exec()
    if window.store is not None:
        window.store.close()
    return code
