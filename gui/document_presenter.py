"""The window's document life cycle: loading a report → laying it out → showing it → preparing
the previously shown script in the background.

Kept out of :class:`gui.main_window.MainWindow` so the window stays the frame (panes, docks,
menus, the extension points features use) and this one object decides which text the reader
shows: every load, conversion and layout is numbered or cancelled here, so a slow result never
replaces a newer one.  The window tells it what the reader asked for (a file, a script, a size,
a new palette) and hears back through :attr:`DocumentPresenter.shown`.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from document.script_ids import SCRIPT_IDS
from gui import typography
from gui.language import application_name
from gui.loader import DocumentLoader

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtGui import QTextDocument

    from document.model import Document
    from gui.main_window import MainWindow
    from gui.reader_text import ReaderText
    from gui.render import DocumentBuilder
    from gui.status_widgets import StatusWidgets

logger = logging.getLogger(__name__)

PREPARE_DELAY_MS = 1500   # after a report is shown: its annotations and the store come first


class DocumentPresenter(QObject):
    """Which report the reader shows, in which script and size, and the one built ahead."""

    # A (re)rendered text is in the reader, not yet at its reading position: the window updates
    # its outline, title and labels and announces it (documentShown) before the position is set.
    shown = Signal(object)   # ReaderText

    def __init__(self, window: MainWindow, status: StatusWidgets) -> None:
        super().__init__(window)
        self._window, self._reader, self._status = window, window.reader, status
        self.reader_text: ReaderText | None = None
        self.document_path: str | None = None    # None: the bundled report
        self._pending_path: str | None = None     # the file being loaded (None: bundled report)
        self._pending_offset: int | None = None
        self._pending_selection: tuple[int, int] | None = None   # kept across re-renders
        self._builder: DocumentBuilder | None = None
        self._rendered_palette: tuple[str, ...] | None = None   # colours the text was laid out with
        self._prepared: tuple[ReaderText, QTextDocument, int] | None = None   # a view built ahead
        self._prepared_palette: tuple[str, ...] | None = None   # colours the prepared view has
        self.loader = DocumentLoader(self)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self._on_failed)
        self.loader.prepared.connect(self._on_prepared)
        self._prepare_timer = QTimer(self, singleShot=True, interval=PREPARE_DELAY_MS)
        self._prepare_timer.timeout.connect(self.prepare_previous_script)

    @property
    def document(self) -> Document | None:
        return self.reader_text.document if self.reader_text else None

    # -- what the reader asks for ----------------------------------------------------------
    def open(self, path: str | None) -> None:
        """Load ``path`` (None: the bundled report) in the background, then show it."""
        self.remember_position()
        self._pending_path = path
        self._status.busy()
        self._window.show_status(self.tr("Opening {name}…").format(name=Path(path).name) if path
                                 else self.tr("Opening the bundled report…"), 0)
        self.loader.load(path, self._window.script)

    def switch_script(self, script: str) -> None:
        """Show the current report in ``script``: at once when it was prepared, else converted."""
        if self.reader_text is None:
            return
        prepared = self._take_prepared(script)
        if prepared is not None:
            self._render_prepared(*prepared)
            return
        self._status.busy()
        self.loader.convert(self.reader_text, script)

    def rerender(self) -> None:
        """Lay the shown text out again at the reading position (a new size)."""
        if self.reader_text is not None:
            self._render(self.reader_text, self._reader.top_offset())

    def follow_palette(self) -> None:
        """Quotes, links and code blocks carry colours taken from the palette when the text was
        laid out: lay it out again if the palette changed since (light ↔ dark)."""
        if self.reader_text is not None and self._palette_key() != self._rendered_palette:
            self.rerender()

    def remember_position(self) -> None:
        if self.document is not None:
            self._window.settings.set_reading_position(self.document.id, self._reader.top_offset())

    # -- loading ------------------------------------------------------------------------------
    def _on_loaded(self, reader_text: ReaderText, request: int) -> None:
        if request != self.loader.latest:
            return
        same_document = self.document is not None and self.document.id == reader_text.document.id
        if same_document:
            offset = self._reader.top_offset()
        else:
            settings = self._window.settings
            self.document_path = self._pending_path
            offset = settings.reading_position(reader_text.document.id)
            self.record_document(reader_text.document)
            settings.last_document = self.document_path or ""
            if self.document_path:
                settings.add_recent_file(self.document_path)
            for notice in reader_text.document.notices:
                self._window.show_status(notice, 10000)
        self._render(reader_text, offset)

    def record_document(self, document: Document) -> None:
        """Put ``document`` in the store (if open), so annotations can refer to it."""
        store = self._window.store
        if store is None:
            return
        try:
            store.ensure_document(document)
        except Exception as error:  # noqa: BLE001 - reading goes on without the store
            logger.warning("recording the document in the store failed", exc_info=True)
            self._window.show_status(self.tr("Annotation store error: {error}").format(error=error), 10000)

    def _on_failed(self, message: str, request: int) -> None:
        if request != self.loader.latest:
            return
        self._status.idle()
        self._window.clear_status()
        self._window.show_status(message, 0)
        if self._window.isVisible():
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QMessageBox

            # Window-modal and non-blocking: the reader keeps what it was showing.
            box = QMessageBox(QMessageBox.Icon.Warning, application_name(), message,
                              QMessageBox.StandardButton.Ok, self._window)
            box.setObjectName("errorBox")
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    # -- laying out and showing -----------------------------------------------------------------
    def _render(self, reader_text: ReaderText, offset: int) -> None:
        """Build the QTextDocument (in slices for big documents) and show it at ``offset``."""
        if self._builder is not None:
            self._builder.cancel()
        self._pending_offset = offset
        same = self.document is not None and self.document.id == reader_text.document.id
        # A script switch or zoom re-renders the same text: the selection (source offsets) stays.
        self._pending_selection = self._reader.selected_source_range() if same else None
        from gui.render import DocumentBuilder

        self._rendered_palette = self._palette_key()
        builder = DocumentBuilder(reader_text, self._reader.palette(), self._window.point_size, self)
        self._builder = builder
        self._status.expect(len(reader_text.document.blocks))
        builder.progress.connect(self._status.advance)
        builder.finished.connect(lambda doc: self._show(reader_text, doc, builder))
        builder.start()

    def _render_prepared(self, reader_text: ReaderText, doc) -> None:
        """Show a view built ahead (same document, another script) at the reading position."""
        if self._builder is not None:
            self._builder.cancel()
            self._builder = None
        self.loader.cancel()
        self._pending_offset = self._reader.top_offset()
        self._pending_selection = self._reader.selected_source_range()
        self._rendered_palette = self._prepared_palette
        self._present(reader_text, doc)

    def _show(self, reader_text: ReaderText, doc, builder: DocumentBuilder) -> None:
        if builder is not self._builder:
            return
        self._builder = None
        self._present(reader_text, doc)

    def _present(self, reader_text: ReaderText, doc) -> None:
        same_document = self.document is not None and self.document.id == reader_text.document.id
        self.reader_text = reader_text
        self._reader.set_content(reader_text, doc, self._window.point_size)
        self._status.idle()
        if not same_document:
            self._drop_prepared()
            self._prepare_timer.start()
        self.shown.emit(reader_text)
        if self._pending_offset:
            self._reader.scroll_to_offset(self._pending_offset)
        else:
            self._reader.scroll_to_top()
        self._pending_offset = None
        if self._pending_selection is not None:
            bar = self._reader.verticalScrollBar()
            top = bar.value()
            self._reader.select_source_range(*self._pending_selection, scroll=False)
            bar.setValue(top)   # selecting must not move the reading position
            self._pending_selection = None

    # -- the previous script, built ahead ---------------------------------------------------------
    def prepare_previous_script(self) -> None:
        """Once a report has settled on screen, convert it to the script shown before the
        current one and build that view in the background, so switching to it (Ctrl+1…6) shows
        it at once."""
        script, document = self._window.settings.previous_script, self.document
        if document is not None and script in SCRIPT_IDS and script != self._window.script:
            self._prepared_palette = self._palette_key()
            self.loader.prepare(document, script, self._reader.palette(), self._window.point_size)

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
                and reader_text.script == script and point_size == self._window.point_size
                and self._prepared_palette == self._palette_key()):
            return reader_text, doc
        doc.deleteLater()
        return None

    def _drop_prepared(self) -> None:
        if self._prepared is not None:
            self._prepared[1].deleteLater()
            self._prepared = None

    def _palette_key(self) -> tuple[str, ...]:
        return typography.palette_key(self._reader.palette())
