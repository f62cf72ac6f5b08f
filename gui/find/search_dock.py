"""The search panel: every match of the find bar's query with its section and context.

A dock (objectName ``searchDock``) with a one-line summary and a list view over
:class:`SearchResultsModel`.  Clicking a result or pressing Enter on it emits its index; the
controller selects that match in the reader.  The query itself is typed in the find bar, so
there is exactly one place where a search is defined.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QLabel, QListView, QVBoxLayout, QWidget

from gui.find.result_delegate import ResultDelegate
from gui.find.results_model import MAX_ROWS, SearchResultsModel


class SearchDock(QDockWidget):
    """Lists matches; emits ``resultActivated(row)`` on click or Enter."""

    resultActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search"))
        self.setObjectName("searchDock")
        self.model = SearchResultsModel(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("searchSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)   # the query is user text
        self.summary.setWordWrap(True)
        self.view = QListView(self)
        self.view.setObjectName("searchResults")
        self.view.setModel(self.model)
        self.view.setItemDelegate(ResultDelegate(self.view))
        self.view.setUniformItemSizes(True)          # long lists: no per-row measuring
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.clicked.connect(self._on_activated)
        self.view.activated.connect(self._on_activated)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.setWidget(body)
        self.set_summary("", 0)

    def set_summary(self, query: str, total: int, building: bool = False) -> None:
        """One line above the list: what was searched and how much was found."""
        if building:
            text = self.tr("Indexing…")
        elif not query.strip():
            text = self.tr("Type in the find bar (Ctrl+F)")
        elif total == 0:
            text = self.tr("“{query}”: no matches").format(query=query)
        elif total > MAX_ROWS:
            text = self.tr("“{query}”: %n match(es), showing the first {shown}", "", total).format(
                query=query, shown=f"{MAX_ROWS:,}")
        else:
            text = self.tr("“{query}”: %n match(es)", "", total).format(query=query)
        self.summary.setText(text)

    def show_current(self, row: int) -> None:
        """Select ``row`` without emitting ``resultActivated`` (the reader already shows it)."""
        if row < 0:
            self.view.clearSelection()
            return
        index = self.model.index(row, 0)
        blocked = self.view.selectionModel().blockSignals(True)
        try:
            self.view.setCurrentIndex(index)
        finally:
            self.view.selectionModel().blockSignals(blocked)
        self.view.viewport().update()
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.resultActivated.emit(index.row())
