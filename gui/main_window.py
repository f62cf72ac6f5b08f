"""The main window: the frame around the reader — outline dock, status bar, menus, docks, drops,
the saved session — and the extension points features use.

What it shows is decided elsewhere: loading, laying out and showing a report, and preparing the
previously shown script, belong to :class:`gui.document_presenter.DocumentPresenter`; the status
bar's labels to :class:`gui.status_widgets.StatusWidgets`.  The window keeps the FeatureHost
members (``reader_text``, ``document``, ``open_document`` …) and passes them on.

Features (annotations, find, exchange; next commitments and sync) attach through the extension
points the :class:`gui.core.host.FeatureHost` protocol lists — menus, docks, reader bars, the
``documentShown``/``storeAttached``/``fileDropped`` signals — and share the annotation state
and the highlight styles the window owns.  The window knows no feature; gui/features.py
installs them and exposes each as a typed attribute (``window.annotations`` …) for the
application, tools and tests — never for another feature.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QTextEdit, QVBoxLayout, QWidget

from document.script_ids import SCRIPT_IDS
from gui.first_paint import FirstPaint
from gui.language import application_name
from gui.settings import MAX_FONT_SIZE, MIN_FONT_SIZE, Settings

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QCloseEvent
    from PySide6.QtWidgets import QDockWidget, QMenu

    from document.model import Document, OutlineEntry
    from gui.annotations.feature import AnnotationsFeature
    from gui.commitments.feature import CommitmentsFeature
    from gui.core.preference_pages import PreferencePages
    from gui.core.selection_actions import SelectionActions
    from gui.core.state import AnnotationState
    from gui.core.styles import HighlightStyles
    from gui.document_presenter import DocumentPresenter
    from gui.exchange.controller import ExchangeFeature
    from gui.find.controller import FindController
    from gui.loader import DocumentLoader
    from gui.outline_dock import OutlineDock
    from gui.page_navigation import PageNavigation
    from gui.reader_text import ReaderText
    from gui.reader_view import ReaderView
    from gui.status_widgets import StatusWidgets
    from gui.sync.feature import SyncFeature
    from gui.window_menus import WindowMenus

DEFAULT_WINDOW_SIZE = (1280, 860)


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
    status_widgets: "StatusWidgets"
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
        self.point_size = settings.font_size
        self.script = settings.script if settings.script in SCRIPT_IDS else "source"
        self.presenter: DocumentPresenter | None = None   # the document life cycle, from complete()
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
        FirstPaint(self, self, then)

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
        from gui.document_presenter import DocumentPresenter
        from gui.outline_dock import OutlineDock
        from gui.page_navigation import PageNavigation
        from gui.reader_view import ReaderView
        from gui.status_widgets import StatusWidgets
        from gui.window_menus import WindowMenus

        self._drop_suffixes = tuple(dict.fromkeys(OPENABLE_SUFFIXES + self._drop_suffixes))
        self.reader = ReaderView(self)
        self.reader_pane.layout().replaceWidget(self._placeholder, self.reader)
        self._placeholder.deleteLater()
        self._placeholder = None
        self.status_widgets = StatusWidgets(self.statusBar())
        # The labels and the progress bar under the names the application, tools and tests read.
        status = self.status_widgets
        self.section_label, self.counts_label, self.script_label, self.progress = (
            status.section_label, status.counts_label, status.script_label, status.progress)
        self.annotation_state = AnnotationState(self)
        self.annotation_state.store = self.store
        self.annotation_state.problem.connect(lambda message: self.show_status(message, 10000))
        self.highlight_styles = HighlightStyles(self)
        self.selection_actions = SelectionActions(self)
        self.preference_pages = PreferencePages()      # features' tabs in Edit › Preferences…
        self._menus = WindowMenus(self)
        self.presenter = DocumentPresenter(self, self.status_widgets)
        self.presenter.shown.connect(self._on_document_shown)
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

    # -- menus ------------------------------------------------------------------------------
    def finish_menus(self) -> None:
        """After the features added their actions: Quit last, no doubled separators."""
        self._menus.finish()

    @property
    def script_actions(self):
        return self._menus.script_actions

    # -- documents (loaded, laid out and shown by gui/document_presenter.py) ----------------------
    @property
    def reader_text(self) -> ReaderText | None:
        return self.presenter.reader_text if self.presenter else None

    @property
    def document_path(self) -> str | None:
        """The shown report's file (None: the bundled report)."""
        return self.presenter.document_path if self.presenter else None

    @property
    def document(self) -> Document | None:
        return self.reader_text.document if self.reader_text else None

    @property
    def loader(self) -> DocumentLoader:
        return self.presenter.loader

    def open_document(self, path: str | None) -> None:
        """Load ``path`` (None: the bundled report) in the background, then show it."""
        self.presenter.open(path)

    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from gui.core.file_filters import report_file_filter

        start = os.path.dirname(self.document_path) if self.document_path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Report"), start, report_file_filter())
        if path:
            self.open_document(path)

    def attach_store(self, store) -> None:
        """Adopt the annotation store once it is open.

        The store (and SQLAlchemy) is opened after the first paint so the report appears at
        once; features listen to ``storeAttached`` to read the shown document's annotations.
        """
        self.store = store
        if self.document is not None:
            self.presenter.record_document(self.document)
        self.annotation_state.attach_store(store)
        self.storeAttached.emit(store)

    def _on_document_shown(self, reader_text: ReaderText) -> None:
        """The presenter put a (re)rendered text in the reader: the outline, title and labels
        follow it, then the annotation state and, through ``documentShown``, the features."""
        self.outline_dock.set_outline(reader_text.document.outline, self._title_converter())
        self.statusBar().clearMessage()
        self._update_title()
        self._update_script_label()
        self.pages.set_document(reader_text.document)
        # The state follows first, so every view reacting to documentShown sees its document.
        self.annotation_state.show_document(reader_text.document.id, self.visible_source_range)
        self.documentShown.emit(reader_text)

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

    # -- view -------------------------------------------------------------------------------
    def set_font_size(self, size: int) -> None:
        size = max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, size))
        if size == self.point_size:
            return
        self.point_size = size
        self.settings.font_size = size
        self.presenter.rerender()

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
        self.presenter.switch_script(script)

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
        if self.presenter is not None:    # nothing is laid out before complete()
            self.presenter.follow_palette()

    def save_session(self) -> None:
        """What Ctrl+Q, closing the window, SIGTERM and a logout all keep: the window's
        geometry and docks, and the reading position."""
        if self.presenter is not None:
            self.presenter.remember_position()
        self.settings.save_window_state(self.saveGeometry(), self.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_session()
        super().closeEvent(event)
