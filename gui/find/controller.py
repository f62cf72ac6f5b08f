"""Find in the reader: wires the find bar, the search panel, the Edit menu and the reader.

Flow: the query (any script) is debounced, looked up in the document's SearchIndex (built in
the background, see :mod:`gui.find.indexer`), and the SOURCE ranges it returns drive three
views — the reader paints them (its match layer maps source → display → Qt itself), the bar
counts them, the panel lists them.  The current match is the reader's text selection, so after
Esc it is what Ctrl+H highlights.  On ``documentShown`` (script switch, zoom, new document) the
matches are recomputed and re-mapped and the current one is kept; the window itself keeps the
reading position and the selection across the re-render.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QTextCursor

from gui.core.host import FeatureHost
from gui.find.find_bar import FindBar
from gui.find.indexer import IndexCache
from gui.find.query_script import query_in_script
from gui.find.search_dock import SearchDock
from gui.find.session import FindSession
from gui.reader_text import ReaderText

#: Debounce for incremental search: short for normal reports, longer for very big ones where a
#: one-character query can match tens of thousands of times.
DEBOUNCE_MS = 40
DEBOUNCE_BIG_MS = 120
BIG_DOCUMENT_CHARS = 200_000
#: A selection longer than this (or spanning lines) does not seed the query on Ctrl+F.
SEED_MAX_CHARS = 64


class FindController(QObject):
    """Owns the find bar, the search dock and the find actions of one main window."""

    def __init__(self, window: FeatureHost) -> None:
        super().__init__(window)
        self.window = window
        self.reader = window.reader
        self.session = FindSession()
        self.indexes = IndexCache(self)
        self.indexes.ready.connect(self._on_index_ready)
        self.indexes.failed.connect(lambda message: self._show_status(message, 10000))
        self._anchor = 0
        self._document_id = ""
        self._script = window.script
        self._reveal_when_indexed = True
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)

        self.bar = FindBar()
        window.add_reader_bar(self.bar)
        self.bar.hide()
        self.bar.queryEdited.connect(self._on_query_edited)
        self.bar.nextRequested.connect(self.find_next)
        self.bar.previousRequested.connect(self.find_previous)
        self.bar.closeRequested.connect(self.close_bar)
        self.bar.allRequested.connect(self.show_panel)

        self.dock = SearchDock(window)
        self.dock.hide()
        window.add_dock(self.dock, Qt.DockWidgetArea.RightDockWidgetArea)
        self.dock.resultActivated.connect(self._on_result_activated)

        edit = "&Edit"
        if window.menu(edit).actions():
            window.menu(edit).addSeparator()
        self.find_action = window.add_action(edit, self.tr("&Find…"), self.open_bar, "Ctrl+F", "findAction")
        self.next_action = window.add_action(edit, self.tr("Find &Next"), self.find_next, "F3", "findNextAction")
        self.previous_action = window.add_action(edit, self.tr("Find &Previous"), self.find_previous, "Shift+F3",
                                                 "findPreviousAction")
        self.panel_action = window.add_action(edit, self.tr("&Search Panel"), self.show_panel, "Ctrl+Shift+F",
                                              "searchPanelAction")

        window.documentShown.connect(self._on_document_shown)

    # -- actions --------------------------------------------------------------------------------
    def open_bar(self) -> None:
        """Ctrl+F: show the bar, seeded with a short selection, and search from where we are."""
        seed = self._selection_seed()
        self._anchor = self._reading_anchor()
        first_open = self.bar.isHidden()
        self.bar.show()
        self._request_index()
        if seed and seed != self.bar.text():
            self.bar.set_text(seed, notify=False)
            self.search_now()
        elif first_open and self.bar.text().strip():
            self.search_now()
        self.bar.focus_query()

    def close_bar(self) -> None:
        """Esc: hide the bar and its paint, keep the current match selected, read on."""
        if self._timer.isActive():
            self.search_now()
        self.bar.hide()
        self.reader.clear_search_matches()
        self.reader.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def find_next(self) -> None:
        self._step(True)

    def find_previous(self) -> None:
        self._step(False)

    def show_panel(self) -> None:
        """Ctrl+Shift+F: the panel listing every match, and the query field to type in."""
        if self.dock.isHidden():
            # Share the right edge as a tab with the dock there rather than squeezing both into
            # half height; a placement the user chose (restored) is kept.
            self.window.tabify_with_neighbour(self.dock)
        self.dock.show()
        self.dock.raise_()
        self.open_bar()

    # -- searching -------------------------------------------------------------------------------
    def _on_query_edited(self, _text: str) -> None:
        document = self.window.document
        big = document is not None and len(document.text) > BIG_DOCUMENT_CHARS
        self._timer.start(DEBOUNCE_BIG_MS if big else DEBOUNCE_MS)

    def search_now(self, keep: tuple[int, int] | None = None, reveal: bool = True) -> None:
        """Run the query now; ``keep`` stays current if still a match (re-render, same query)."""
        self._timer.stop()
        document = self.window.document
        query = self.bar.text()
        if document is None or not query.strip():
            self.session.clear()
            self._update_views(results_changed=True)
            return
        index = self.indexes.index_for(document.id, document.text)
        if index is None:
            self._reveal_when_indexed = reveal
            self.bar.set_count(self.tr("Indexing…"), True)
            self.dock.set_summary(query, 0, building=True)
            return  # _on_index_ready searches again
        matches = [(m.start, m.end) for m in index.find(query)]
        self.session.set_matches(query, matches, self._anchor, keep)
        self._update_views(results_changed=True)
        current = self.session.current_match
        if current is not None and reveal:
            self._select(current, scroll=True)

    def _step(self, forward: bool) -> None:
        if self.bar.isHidden():
            self.bar.show()
            self._request_index()
            if not self.session.query and not self.bar.text().strip():
                self.bar.focus_query()
                return
        if self._timer.isActive() or self.session.query != self.bar.text():
            self.search_now()
            return  # the fresh search already selected the match nearest the reader
        step = self.session.step(forward)
        if step is None:
            if self.bar.text().strip():
                self._show_status(self.tr("No matches"))
            return
        if step.wrapped:
            self._show_status(self.tr("Reached the end; continued from the top") if forward
                              else self.tr("Reached the beginning; continued from the bottom"))
        current = self.session.current_match
        assert current is not None
        self._anchor = current[0]
        self._update_views(results_changed=False)
        self._select(current, scroll=True)

    def _on_result_activated(self, row: int) -> None:
        self.session.choose(row)
        current = self.session.current_match
        if current is None:
            return
        self._anchor = current[0]
        self._update_views(results_changed=False)
        self._select(current, scroll=True)

    def _on_index_ready(self, document_id: str) -> None:
        document = self.window.document
        if document is not None and document.id == document_id and self.bar.text().strip():
            self.search_now(keep=self.session.current_match, reveal=self._reveal_when_indexed)

    def _request_index(self) -> None:
        document = self.window.document
        if document is not None:
            self.indexes.index_for(document.id, document.text)

    # -- showing ---------------------------------------------------------------------------------
    def _update_views(self, results_changed: bool) -> None:
        session = self.session
        self.bar.set_count(session.label(), bool(session.matches))
        if self.bar.isVisible():
            self.reader.set_search_matches(session.matches, session.current if session.current >= 0 else None)
        if results_changed:
            self.dock.model.set_results(session.matches, self.window.reader_text, self.window.display)
        self.dock.set_summary(session.query, session.count)
        self.dock.show_current(self.dock.model.row_of(session.current_match))

    def _select(self, match: tuple[int, int], scroll: bool) -> None:
        """Make ``match`` the reader's selection and, if asked, bring it comfortably into view."""
        start, end = match
        self.reader.select_source_range(start, end, scroll=False)
        if scroll:
            self._center(start)

    def _center(self, start: int) -> None:
        """Put a match that sits near an edge (or off screen) a third of the way down."""
        reader = self.reader
        rt = reader.reader_text
        if rt is None:
            return
        cursor = QTextCursor(reader.document())
        cursor.setPosition(rt.qt_of_source(start))
        rect = reader.cursorRect(cursor)
        height = reader.viewport().height()
        if rect.top() < height * 0.12 or rect.bottom() > height * 0.88:
            bar = reader.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - height // 3)

    def _on_document_shown(self, reader_text: ReaderText) -> None:
        document = reader_text.document
        new_document = document.id != self._document_id
        script_changed = reader_text.script != self._script
        self._document_id = document.id
        self._script = reader_text.script
        if script_changed and self.bar.text():
            # Same matches in any script: the field simply follows the page.
            self.bar.set_text(query_in_script(self.bar.text(), reader_text.script), notify=False)
        if new_document:
            # Another text: old ranges mean nothing here (the reader drops its layer as well).
            self.session.clear()
            self._update_views(results_changed=True)
            self._anchor = 0
            if self.bar.isHidden() and self.dock.isHidden():
                return  # nobody is looking: index and search when find is next used (F3 does)
        if not self.bar.text().strip():
            self._update_views(results_changed=True)
            return
        # Same text re-rendered: keep the current match and do not scroll — the window restores
        # the reading position and the selection (in source offsets) itself.
        keep = None if new_document else self.session.current_match
        self.search_now(keep=keep, reveal=False)

    # -- helpers ---------------------------------------------------------------------------------
    def _reading_anchor(self) -> int:
        selected = self.reader.selected_source_range()
        return selected[0] if selected else self.reader.top_offset()

    def _selection_seed(self) -> str:
        """A short one-line selection becomes the query, as editors and browsers do."""
        cursor = self.reader.textCursor()
        if not cursor.hasSelection():
            return ""
        if self.session.current_match is not None and self.reader.selected_source_range() == self.session.current_match:
            return ""  # reopening on our own match: keep the query as the user typed it
        text = cursor.selectedText()
        if len(text) > SEED_MAX_CHARS or "\u2029" in text or "\u2028" in text:
            return ""
        return text.strip()

    def _show_status(self, message: str, timeout_ms: int = 4000) -> None:
        self.window.show_status(message, timeout_ms)
