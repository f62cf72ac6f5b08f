"""Creating the QApplication and the main window."""
from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from gui.main_window import MainWindow
from gui.settings import Settings

APP_NAME = "Pizhu"


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
    if path is None and settings.last_document and os.path.isfile(settings.last_document):
        path = settings.last_document
    window.open_document(path)
    return window


def run(store=None, path: str | None = None, script: str | None = None) -> int:
    app = application()
    window = create_window(store, path, script)
    window.show()
    return app.exec()
