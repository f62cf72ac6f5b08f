"""Creating the QApplication and the main window.

``pizhu`` shows its window before anything else: :func:`run` makes the window as its first
paint shows it (:func:`new_window`), and only after that paint completes it — the reader, the
menus, the docks, every feature, the session guard — and opens the report and then the store
(docs/architecture.md, "From a file to the screen").  What only that later work needs is
imported there, not at the top of this module.
"""
from __future__ import annotations

import logging
import os
import sys
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication

from gui.language import SOURCE_LANGUAGE, application_name, effective_language, install_language
from gui.main_window import MainWindow
from gui.settings import Settings
from resources import APP_ID, ICON_SIZES, icon_path

APP_NAME = "Pizhu"
logger = logging.getLogger(__name__)


def application(argv: list[str] | None = None) -> QApplication:
    """The running QApplication, created once with Pizhu's identity."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName("pizhu")
        QCoreApplication.setApplicationName(APP_NAME)
        app = QApplication(argv if argv is not None else sys.argv[:1])
        app.setApplicationDisplayName(application_name())
        app.setDesktopFileName(APP_ID)     # Wayland's app id: the desktop entry and its icon
        app.setWindowIcon(application_icon())
    return app


def application_icon():
    """The icon at every rendered size, so each place picks a sharp one."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icon_path(size)), QSize(size, size))
    return icon


def use_language(settings: Settings) -> str:
    """Install the UI language (Preferences, else the system's) before any window is built.

    A Chinese UI needs a font for Chinese: without one it would be boxes only, so Pizhu speaks
    English then (and warns about the font once the window shows, as always).
    """
    from gui.font_check import cjk_families

    language = effective_language(settings.language)
    if language != SOURCE_LANGUAGE and not cjk_families():
        logger.warning("no font for Chinese text: the UI is shown in English instead of %s", language)
        language = SOURCE_LANGUAGE
    install_language(language)
    QApplication.setApplicationDisplayName(application_name())
    return language


def create_window(store=None, path: str | None = None, script: str | None = None,
                  settings: Settings | None = None) -> MainWindow:
    """A main window showing ``path`` (None: the last document, else the bundled report)."""
    window = new_window(store, script, settings)
    complete_window(window, path)
    return window


def new_window(store=None, script: str | None = None, settings: Settings | None = None) -> MainWindow:
    """The window as its first paint shows it (the reading pane's place and the status bar)."""
    settings = settings or Settings()
    if script:
        settings.script = script
    window = MainWindow(settings, store)
    window.setWindowIcon(application_icon())
    return window


def complete_window(window: MainWindow, path: str | None = None) -> None:
    """The rest of the window and every feature, then the document starts loading."""
    window.complete()
    from gui.features import install_features
    from gui.window_layout import apply_default_layout, has_saved_layout

    install_features(window)
    window.finish_menus()
    if not has_saved_layout(window):
        apply_default_layout(window)
    settings = window.settings
    if path is None and settings.last_document and os.path.isfile(settings.last_document):
        path = settings.last_document
    window.open_document(path)


class StoreOpener(QObject):
    """Opens the store through the worker once the first document is on screen.

    Importing SQLAlchemy and opening SQLite costs a few hundred milliseconds; doing it while
    the GUI thread is idle after the first paint lets the report appear at once.
    """

    opened = Signal(object)   # the store, once the window has it
    failed = Signal(str)      # the one-line reason, once the user has been told

    def __init__(self, window: MainWindow, open_store: Callable[[], object]) -> None:
        super().__init__(window)
        from gui.worker import Worker

        self._window = window
        self._open_store = open_store
        self._started = False
        self._worker = Worker(self)
        window.documentShown.connect(self._start)

    def _start(self, _reader_text=None) -> None:
        if self._started:
            return
        self._started = True
        self._worker.run(self._open_store, self._on_opened, self._on_failed)

    def _on_opened(self, store) -> None:
        self._window.attach_store(store)
        self.opened.emit(store)

    def _on_failed(self, message: str) -> None:
        _report_store_failure(self._window, message)
        self.failed.emit(message)


def _report_store_failure(window: MainWindow, message: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    status = QCoreApplication.translate("StoreOpener", "Cannot open the annotation store: {message}")
    window.show_status(status.format(message=message), 0)
    text = QCoreApplication.translate(
        "StoreOpener", "The annotation store could not be opened; you can read but not annotate.")
    box = QMessageBox(QMessageBox.Icon.Warning, application_name(), f"{text}\n\n{message}",
                      QMessageBox.StandardButton.Ok, window)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def _log_uncaught(kind, error, trace) -> None:
    """An exception escaping a Qt slot: logged with its traceback (the log file; stderr with
    -v), never printed raw; the window stays up."""
    logger.error("unexpected error", exc_info=(kind, error, trace))


def run(open_store: Callable[[], object] | None = None, path: str | None = None,
        script: str | None = None, notify: Callable[[str], None] | None = None) -> int:
    """Show the window at once; behind its first paint build the rest of it and the features,
    open the report, and open the store (``open_store()``) behind the report's first paint.

    ``path`` may be an annotation file (the desktop's "Open with Pizhu"): the last report opens
    and the file goes to the import preview once the store is open.  ``notify`` receives the
    one-line notices the shell shows outside the window (stderr), such as a missing CJK font.
    """
    sys.excepthook = _log_uncaught
    app = application()
    settings = Settings()
    use_language(settings)
    window = new_window(None, script, settings)
    guards = []

    def complete() -> None:
        from gui.exit_after_start import EXIT_AFTER_START_ENV, exit_after_start
        from gui.shutdown import SessionGuard

        annotations_file = path if path and is_annotations_file(path) else None
        complete_window(window, None if annotations_file else path)
        if open_store is not None:
            opener = StoreOpener(window, open_store)
            if annotations_file:
                import_when_store_opens(window, annotations_file)
            if os.environ.get(EXIT_AFTER_START_ENV) == "1":
                exit_after_start(app, window, opener.opened, opener.failed)
        guards.append(SessionGuard(app, window.save_session))
        _warn_without_cjk_font(window, notify)

    window.after_first_paint(complete)
    window.show()
    code = app.exec()
    for guard in guards:
        guard.close()
    # A store still opening (a quick quit, a SIGTERM) finishes and is closed, not abandoned to
    # a thread whose window is gone.
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30_000)
    QCoreApplication.sendPostedEvents()
    if window.store is not None:
        window.store.close()
    return code


def is_annotations_file(path: str) -> bool:
    from gui.exchange.import_flow import ANNOTATION_SUFFIXES

    return path.lower().endswith(ANNOTATION_SUFFIXES)


def import_when_store_opens(window: MainWindow, path: str) -> None:
    """Hand ``path`` to the features as a dropped file (the import preview) once the store is open."""
    def once(_store) -> None:
        window.storeAttached.disconnect(once)
        window.fileDropped.emit(path)

    window.storeAttached.connect(once)


def _warn_without_cjk_font(window: MainWindow, notify: Callable[[str], None] | None) -> None:
    """After the first document is shown (showing it clears the status bar)."""
    def once(_reader_text) -> None:
        from gui.font_check import warn_once_without_cjk_font

        window.documentShown.disconnect(once)
        tell = [lambda message: window.show_status(message, 0)] + ([notify] if notify else [])
        warn_once_without_cjk_font(*tell)

    window.documentShown.connect(once)
