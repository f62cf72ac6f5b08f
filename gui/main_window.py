"""The main window: outline dock, reader, status bar, menus and the document life cycle.

Features (annotations, find, exchange; next commitments and sync) attach through the extension
points the :class:`gui.core.host.FeatureHost` protocol lists — menus, docks, reader bars, the
``documentShown``/``storeAttached``/``fileDropped`` signals — and share the annotation state
and the highlight styles the window owns.  The window knows no feature; gui/features.py
installs them and exposes each as a typed attribute (``window.annotations`` …) for the
application, tools and tests — never for another feature.
"""
from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QTextEdit, QVBoxLayout, QWidget

from document.script_ids import SCRIPT_IDS
from gui.language import application_name
from gui.settings import MAX_FONT_SIZE, MIN_FONT_SIZE, Settings

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QCloseEvent, QTextDocument
    from PySide6.QtWidgets import QDockWidget, QMenu

    from document.model import Document, OutlineEntry
    from gui.annotations.feature import AnnotationsFeature
    from gui.commitments.feature import CommitmentsFeature
    from gui.core.preference_pages import PreferencePages
    from gui.core.selection_actions import SelectionActions
    from gui.core.state import AnnotationState
    from gui.core.styles import HighlightStyles
    from gui.exchange.controller import ExchangeFeature
    from gui.find.controller import FindController
    from gui.loader import DocumentLoader
    from gui.outline_dock import OutlineDock
    from gui.page_navigation import PageNavigation
    from gui.reader_text import ReaderText
    from gui.reader_view import ReaderView
    from gui.render import DocumentBuilder
    from gui.sync.feature import SyncFeature
    from gui.window_menus import WindowMenus

DEFAULT_WINDOW_SIZE = (1280, 860)

logger = logging.getLogger(__name__)

PREPARE_DELAY_MS = 1500   # after a report is shown: its annotations and the store come first
PROGRESS_INTERVAL_S = 0.25


class _FirstPaint(QObject):
    """Runs a callable once, after ``watched``'s first paint (or after ``fallback_ms``)."""

    def __init__(self, parent: QObject, watched: QObject, then: Callable[[], None], fallback_ms: int = 1000) -> None:
        super().__init__(parent)
        self._watched, self._then = watched, then
        watched.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self._fire)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._fire)   # after the painted frame reached the screen
        return False

    def _fire(self) -> None:
        if self._then is None:
            return
        then, self._then = self._then, None
        self._watched.removeEventFilter(self)
        then()


class MainWindow(QMainWindow):
    """Pizhu's reader window."""

    documentShown = Signal(object)      # ReaderText, after (re)rendering in any script
    storeAttached = Signal(object)      # the Store, once it is open (after the first paint)
    fileDropped = Signal(str)           # a dropped file whose suffix a feature accepted

    # Features, installed by gui/features.py (None until then).  For the application, tools
    # and tests: a feature never uses another one through these.
    annotations: "AnnotationsFeature | None" = None
    finder: "FindController | None" = None
    exchange: "ExchangeFeature | None" = None
    commitments: "CommitmentsFeature | None" = None
    sync: "SyncFeature | None" = None

    # Built by complete() (the first paint shows the window without them).
    reader: "ReaderView"
    annotation_state: "AnnotationState"
    highlight_styles: "HighlightStyles"
    loader: "DocumentLoader"
    outline_dock: "OutlineDock"
    pages: "PageNavigation"
    selection_actions: "SelectionActions"
    preference_pages: "PreferencePages"

    def __init__(self, settings: Settings, store=None, parent=None) -> None:
        """The part of the window its first paint shows: the reading pane's place, the status
        bar.  :meth:`complete` adds the rest (the reader, the annotation state, the outline dock,
        the menus), and features attach after it.  ``pizhu`` shows the window in between
        (gui/app.py), before Python has imported and built what the report and every interaction
        need — PySide6 creating its ``Qt`` namespace alone takes ~50 ms.
        """
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings
        self.store = store
        self._drop_suffixes: tuple[str, ...] = ()   # none until complete()
        self.reader_text: ReaderText | None = None
        self.document_path: str | None = None   # None: the bundled report
        self.point_size = settings.font_size
        self.script = settings.script if settings.script in SCRIPT_IDS else "source"
        self._pending_offset: int | None = None
        self._pending_path: str | None = None     # the file being loaded (None: bundled report)
        self._pending_selection: tuple[int, int] | None = None   # kept across re-renders
        self._builder: DocumentBuilder | None = None
        self._rendered_palette: tuple[str, ...] | None = None   # colours the text was laid out with
        self._prepared: tuple[ReaderText, QTextDocument, int] | None = None   # a view built ahead
        self._prepared_palette: tuple[str, ...] | None = None   # colours the prepared view has
        self._progress_at = 0.0
        self._complete = False

        # The reader sits in a pane so features can add bars above or below it (find, notices)
        # without covering any text.  Until complete() puts the reader there, a plain read-only
        # text view of the same look holds its place.
        self.reader_pane = QWidget(self)
        self.reader_pane.setObjectName("readerPane")
        pane_layout = QVBoxLayout(self.reader_pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.setSpacing(0)
        self._placeholder: QTextEdit | None = QTextEdit(self.reader_pane)
        self._placeholder.setReadOnly(True)
        pane_layout.addWidget(self._placeholder, 1)
        self.setCentralWidget(self.reader_pane)
        self.statusBar().setObjectName("statusBar")
        self.setAcceptDrops(True)
        self.resize(*DEFAULT_WINDOW_SIZE)
        geometry, _state = settings.window_state()
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)    # the docks' state: once they exist (complete)
        self._update_title()

    def after_first_paint(self, then: Callable[[], None]) -> None:
        """Call ``then`` on the event loop's next turn after the window's first paint (it is on
        screen), or after a second should no paint come (a window opened minimised)."""
        _FirstPaint(self, self, then)

    def complete(self) -> None:
        """Build what the first paint does not show: the reader, the annotation state, the
        outline dock, the menus (then features attach, gui/features.py)."""
        if self._complete:
            return
        self._complete = True
        from PySide6.QtCore import Qt

        from document.formats import OPENABLE_SUFFIXES
        from gui.core.preference_pages import PreferencePages
        from gui.core.selection_actions import SelectionActions
        from gui.core.state import AnnotationState
        from gui.core.styles import HighlightStyles
        from gui.loader import DocumentLoader
        from gui.outline_dock import OutlineDock
        from gui.page_navigation import PageNavigation
        from gui.reader_view import ReaderView
        from gui.window_menus import WindowMenus

        self._drop_suffixes = tuple(dict.fromkeys(OPENABLE_SUFFIXES + self._drop_suffixes))
        self.reader = ReaderView(self)
        self.reader_pane.layout().replaceWidget(self._placeholder, self.reader)
        self._placeholder.deleteLater()
        self._placeholder = None
        self._build_status_bar()
        self.annotation_state = AnnotationState(self)
        self.annotation_state.store = self.store
        self.annotation_state.problem.connect(lambda message: self.show_status(message, 10000))
        self.highlight_styles = HighlightStyles(self)
        self.selection_actions = SelectionActions(self)
        self.preference_pages = PreferencePages()      # features' tabs in Edit › Preferences…
        self._menus = WindowMenus(self)
        self.loader = DocumentLoader(self)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self._on_failed)
        self.loader.prepared.connect(self._on_prepared)
        self._prepare_timer = QTimer(self, singleShot=True, interval=PREPARE_DELAY_MS)
        self._prepare_timer.timeout.connect(self._prepare_previous_script)
        self.reader.topOffsetChanged.connect(self._on_top_offset)
        self.outline_dock = OutlineDock(self)
        self.outline_dock.entryActivated.connect(self.go_to_offset)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline_dock)
        self._menus.build()
        self.pages = PageNavigation(self)   # the current page and Go to Page (PDF reports)
        self._restore_window()

    # -- extension points (gui.core.host.FeatureHost) --------------------------------------
    def menu(self, title: str) -> QMenu:
        """The top-level menu called ``title``, created (before Help) if needed."""
        return self._menus.menu(title)

    def add_action(self, menu_title: str, text: str, slot, shortcut=None, object_name: str = "") -> QAction:
        return self._menus.add_action(menu_title, text, slot, shortcut, object_name)

    def add_reader_bar(self, bar: QWidget, above: bool = False) -> None:
        """Put ``bar`` directly above or below the reader."""
        layout = self.reader_pane.layout()
        layout.insertWidget(0 if above else layout.count(), bar)

    def add_dock(self, dock: QDockWidget, area: "Qt.DockWidgetArea | None" = None, tabbed: bool = False) -> None:
        """Add ``dock`` (listed in View) in ``area`` (None: the right edge).  ``tabbed``: share
        ``area`` as a tab with the dock already there rather than halving its height; the dock
        that was there stays in front."""
        from PySide6.QtCore import Qt

        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea if area is None else area, dock)
        self.menu("&View").addAction(dock.toggleViewAction())
        if tabbed:
            self.tabify_with_neighbour(dock)
        self._restore_window()

    def tabify_with_neighbour(self, dock: QDockWidget) -> None:
        """Make ``dock`` a tab of another shown dock in its area (unless it already is one)."""
        if self.tabifiedDockWidgets(dock):
            return
        from PySide6.QtWidgets import QDockWidget

        from gui.window_layout import dock_is_placed

        for other in self.findChildren(QDockWidget):
            if (other is not dock and dock_is_placed(other)
                    and self.dockWidgetArea(other) == self.dockWidgetArea(dock)):
                self.tabifyDockWidget(other, dock)
                other.raise_()
                return

    def add_status_widget(self, widget: QWidget) -> None:
        """A permanent widget at the right end of the status bar (a feature's progress)."""
        self.statusBar().addPermanentWidget(widget)

    def accept_drops(self, suffixes: Sequence[str]) -> None:
        """Files with these suffixes may be dropped on the window; they arrive as ``fileDropped``."""
        self._drop_suffixes = tuple(dict.fromkeys(self._drop_suffixes + tuple(s.lower() for s in suffixes)))

    def show_status(self, message: str, timeout_ms: int = 5000) -> None:
        self.statusBar().showMessage(message, timeout_ms)

    def clear_status(self) -> None:
        self.statusBar().clearMessage()

    # -- building ---------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLabel, QProgressBar

        bar = self.statusBar()
        self.section_label = QLabel()
        self.section_label.setObjectName("sectionLabel")
        self.section_label.setTextFormat(Qt.TextFormat.PlainText)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("countsLabel")
        self.script_label = QLabel()
        self.script_label.setObjectName("scriptLabel")
        self.progress = QProgressBar()
        self.progress.setObjectName("loadProgress")
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.progress.hide()
        bar.addWidget(self.section_label, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.counts_label)
        bar.addPermanentWidget(self.script_label)

    def finish_menus(self) -> None:
        """After the features added their actions: Quit last, no doubled separators."""
        self._menus.finish()

    @property
    def script_actions(self):
        return self._menus.script_actions

    # -- documents --------------------------------------------------------------------------
    @property
    def document(self) -> Document | None:
        return self.reader_text.document if self.reader_text else None

    def open_document(self, path: str | None) -> None:
        """Load ``path`` (None: the bundled report) in the background, then show it."""
        self._remember_position()
        self._pending_path = path
        self.progress.setRange(0, 0)
        self.progress.show()
        self.show_status(self.tr("Opening {name}…").format(name=Path(path).name) if path
                         else self.tr("Opening the bundled report…"), 0)
        self.loader.load(path, self.script)

    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from gui.core.file_filters import report_file_filter

        start = os.path.dirname(self.document_path) if self.document_path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Report"), start, report_file_filter())
        if path:
            self.open_document(path)

    def _on_loaded(self, reader_text: ReaderText, request: int) -> None:
        if request != self.loader.latest:
            return
        same_document = self.document is not None and self.document.id == reader_text.document.id
        if same_document:
            offset = self.reader.top_offset()
        else:
            self.document_path = self._pending_path
            offset = self.settings.reading_position(reader_text.document.id)
            self._record_document(reader_text.document)
            self.settings.last_document = self.document_path or ""
            if self.document_path:
                self.settings.add_recent_file(self.document_path)
            for notice in reader_text.document.notices:
                self.show_status(notice, 10000)
        self._render(reader_text, offset)

    def _record_document(self, document: Document) -> None:
        if self.store is None:
            return
        try:
            self.store.ensure_document(document)
        except Exception as error:  # noqa: BLE001 - reading goes on without the store
            logger.warning("recording the document in the store failed", exc_info=True)
            self.show_status(self.tr("Annotation store error: {error}").format(error=error), 10000)

    def attach_store(self, store) -> None:
        """Adopt the annotation store once it is open.

        The store (and SQLAlchemy) is opened after the first paint so the report appears at
        once; features listen to ``storeAttached`` to read the shown document's annotations.
        """
        self.store = store
        if self.document is not None:
            self._record_document(self.document)
        self.annotation_state.attach_store(store)
        self.storeAttached.emit(store)

    def _on_failed(self, message: str, request: int) -> None:
        if request != self.loader.latest:
            return
        self.progress.hide()
        self.clear_status()
        self.show_status(message, 0)
        if self.isVisible():
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QMessageBox

            # Window-modal and non-blocking: the reader keeps what it was showing.
            box = QMessageBox(QMessageBox.Icon.Warning, application_name(), message, QMessageBox.StandardButton.Ok, self)
            box.setObjectName("errorBox")
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    def _render(self, reader_text: ReaderText, offset: int) -> None:
        """Build the QTextDocument (in slices for big documents) and show it at ``offset``."""
        if self._builder is not None:
            self._builder.cancel()
        self._pending_offset = offset
        same = self.document is not None and self.document.id == reader_text.document.id
        # A script switch or zoom re-renders the same text: the selection (source offsets) stays.
        self._pending_selection = self.reader.selected_source_range() if same else None
        from gui import typography
        from gui.render import DocumentBuilder

        self._rendered_palette = typography.palette_key(self.reader.palette())
        builder = DocumentBuilder(reader_text, self.reader.palette(), self.point_size, self)
        self._builder = builder
        total = len(reader_text.document.blocks)
        self.progress.setRange(0, max(1, total))
        builder.progress.connect(self._show_progress)
        builder.finished.connect(lambda doc: self._show(reader_text, doc, builder))
        builder.start()

    def _render_prepared(self, reader_text: ReaderText, doc) -> None:
        """Show a view built ahead (same document, another script) at the reading position."""
        if self._builder is not None:
            self._builder.cancel()
            self._builder = None
        self.loader.cancel()
        self._pending_offset = self.reader.top_offset()
        self._pending_selection = self.reader.selected_source_range()
        self._rendered_palette = self._prepared_palette
        self._present(reader_text, doc)

    def _show_progress(self, done: int, _total: int) -> None:
        """At most a few progress updates a second: QProgressBar repaints at once on every
        new value, and a 10 MB report is built in a hundred slices."""
        now = time.monotonic()
        if now - self._progress_at >= PROGRESS_INTERVAL_S:
            self._progress_at = now
            self.progress.setValue(done)

    def _show(self, reader_text: ReaderText, doc, builder: DocumentBuilder) -> None:
        if builder is not self._builder:
            return
        self._builder = None
        self._present(reader_text, doc)

    def _present(self, reader_text: ReaderText, doc) -> None:
        same_document = self.document is not None and self.document.id == reader_text.document.id
        self.reader_text = reader_text
        self.reader.set_content(reader_text, doc, self.point_size)
        convert = self._title_converter()
        self.outline_dock.set_outline(reader_text.document.outline, convert)
        self.progress.hide()
        self.statusBar().clearMessage()
        self._update_title()
        self._update_script_label()
        self.pages.set_document(reader_text.document)
        if not same_document:
            self._drop_prepared()
            self._prepare_timer.start()
        # The state follows first, so every view reacting to documentShown sees its document.
        self.annotation_state.show_document(reader_text.document.id, self.visible_source_range)
        self.documentShown.emit(reader_text)
        if self._pending_offset:
            self.reader.scroll_to_offset(self._pending_offset)
        else:
            self.reader.verticalScrollBar().setValue(0)
            self._on_top_offset(0)
        self._pending_offset = None
        if self._pending_selection is not None:
            bar = self.reader.verticalScrollBar()
            top = bar.value()
            self.reader.select_source_range(*self._pending_selection, scroll=False)
            bar.setValue(top)   # selecting must not move the reading position
            self._pending_selection = None

    def _prepare_previous_script(self) -> None:
        """Once a report has settled on screen, convert it to the script shown before the
        current one and build that view in the background, so switching to it (Ctrl+1…6) shows
        it at once."""
        script, document = self.settings.previous_script, self.document
        if document is not None and script in SCRIPT_IDS and script != self.script:
            from gui import typography

            self._prepared_palette = typography.palette_key(self.reader.palette())
            self.loader.prepare(document, script, self.reader.palette(), self.point_size)

    def _on_prepared(self, reader_text: ReaderText, doc, point_size: int) -> None:
        self._drop_prepared()
        if self.document is not None and reader_text.document.id == self.document.id:
            self._prepared = (reader_text, doc, point_size)
        else:
            doc.deleteLater()

    def _take_prepared(self, script: str):
        """The view built ahead for ``script`` if it still fits what the window shows."""
        prepared, self._prepared = self._prepared, None
        if prepared is None:
            return None
        reader_text, doc, point_size = prepared
        if (self.document is not None and reader_text.document.id == self.document.id
                and reader_text.script == script and point_size == self.point_size
                and self._prepared_palette == self._palette_key()):
            return reader_text, doc
        doc.deleteLater()
        return None

    def _palette_key(self) -> tuple[str, ...]:
        from gui import typography

        return typography.palette_key(self.reader.palette())

    def _drop_prepared(self) -> None:
        if self._prepared is not None:
            self._prepared[1].deleteLater()
            self._prepared = None

    def _title_converter(self):
        if self.reader_text is None or self.script == "source":
            return lambda s: s
        from document.scripts import convert, is_traditional

        traditional = is_traditional(self.reader_text.document.text)  # cached; same verdict as the view
        return lambda s: convert(s, self.script, traditional)

    def display(self, text: str) -> str:
        """``text`` (a title, a quote) in the current script."""
        return self._title_converter()(text)

    # -- reading position ---------------------------------------------------------------------
    def go_to_offset(self, offset: int) -> None:
        self.reader.scroll_to_offset(offset)
        self.reader.setFocus()

    def _on_top_offset(self, offset: int) -> None:
        document = self.document
        if document is None:
            return
        path = document.section_path(offset)
        self.outline_dock.show_current(path[-1] if path else None)
        self.pages.show_offset(offset)
        convert = self._title_converter()
        self.section_label.setText(" › ".join(convert(e.title) for e in path) if path else convert(document.title))

    def visible_source_range(self) -> tuple[int, int] | None:
        """Source offsets of the passage on screen (None before a document is shown)."""
        rt = self.reader_text
        if rt is None:
            return None
        first, last = self.reader.visible_qt_range()
        end = self.reader.document().characterCount() - 1   # the last valid Qt position
        return rt.source_of_qt(min(first, end)), rt.source_of_qt(min(last, end))

    def current_section(self) -> OutlineEntry | None:
        if self.document is None:
            return None
        path = self.document.section_path(self.reader.top_offset())
        return path[-1] if path else None

    def _remember_position(self) -> None:
        if self.document is not None:
            self.settings.set_reading_position(self.document.id, self.reader.top_offset())

    # -- view -------------------------------------------------------------------------------
    def set_font_size(self, size: int) -> None:
        size = max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, size))
        if size == self.point_size:
            return
        self.point_size = size
        self.settings.font_size = size
        if self.reader_text is not None:
            self._render(self.reader_text, self.reader.top_offset())

    def set_script(self, script: str) -> None:
        if script not in SCRIPT_IDS:
            return
        self._menus.check_script(script)
        if script == self.script:
            return
        self.settings.previous_script = self.script
        self.script = script
        self.settings.script = script
        self._update_script_label()
        if self.reader_text is None:
            return
        prepared = self._take_prepared(script)
        if prepared is not None:
            self._render_prepared(*prepared)
            return
        self.progress.setRange(0, 0)
        self.progress.show()
        self.loader.convert(self.reader_text, script)

    def _update_script_label(self) -> None:
        from gui.script_names import script_name

        self.script_label.setText(script_name(self.script))

    def set_counts_text(self, text: str) -> None:
        self.counts_label.setText(text)

    def _update_title(self) -> None:
        if self.document is None:
            self.setWindowTitle(application_name())
            return
        self.setWindowTitle(self.tr("{title} — {application}").format(
            title=self.display(self.document.title), application=application_name()))

    def focus_outline_filter(self) -> None:
        self.outline_dock.show()
        self.outline_dock.filter.setFocus()
        self.outline_dock.filter.selectAll()

    def menu_actions(self) -> list[QAction]:
        """Every action reachable from the menu bar, submenus included."""
        return self._menus.actions()

    # -- drag and drop ------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        """A report opens here; any other accepted file goes to the features as ``fileDropped``."""
        path = self._dropped_path(event)
        if path is None:
            return
        event.acceptProposedAction()
        if path.lower().endswith(self._openable_suffixes()):
            self.open_document(path)
        else:
            self.fileDropped.emit(path)

    @staticmethod
    def _openable_suffixes() -> tuple[str, ...]:
        from document.formats import OPENABLE_SUFFIXES

        return OPENABLE_SUFFIXES

    def _dropped_path(self, event) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        for url in urls:
            if url.isLocalFile() and url.toLocalFile().lower().endswith(self._drop_suffixes):
                return url.toLocalFile()
        return None

    # -- persistence --------------------------------------------------------------------------
    def _restore_window(self) -> None:
        geometry, state = self.settings.window_state()
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """The system switched between light and dark: quotes, links and code blocks carry
        colours taken from the palette when the text was laid out, so lay it out again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            QTimer.singleShot(0, self._follow_palette)    # the children get the palette after us

    def _follow_palette(self) -> None:
        from gui import typography

        if self.reader_text is not None and typography.palette_key(self.reader.palette()) != self._rendered_palette:
            self._render(self.reader_text, self.reader.top_offset())

    def save_session(self) -> None:
        """What Ctrl+Q, closing the window, SIGTERM and a logout all keep: the window's
        geometry and docks, and the reading position."""
        self._remember_position()
        self.settings.save_window_state(self.saveGeometry(), self.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_session()
        super().closeEvent(event)
