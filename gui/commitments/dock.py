"""The Commitments dock: filters, the overview chart, the ledger table and the details pane.

It opens below the reader, where a table of a dozen columns has room (the side docks are kept
narrow so the reading column stays wide): the table on the left, the chart above the details on
the right.  Dragged to a side, it stacks them instead: chart, table, details.

The dock gathers the user's criteria and forwards intentions as signals (jump, track, dismiss,
change status, export); :class:`gui.commitments.feature.CommitmentsFeature` turns them into
operations.  Keyboard: Tab walks the filter row; in the table Enter jumps to the passage,
Ctrl+Return tracks the selected suggestions, Del dismisses them, F2 or a double click edits a
cell of a tracked commitment; the header's context menu shows or hides columns.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QDockWidget, QGridLayout, QHeaderView, QLabel,
    QLineEdit, QMenu, QSplitter, QTableView, QToolButton, QVBoxLayout, QWidget,
)

from document.annotation import CommitmentStatus
from document.commitment_lexicon import CATEGORY_NAMES
from gui.commitments.chart import CATEGORY_MODE, STATUS_MODE, OverviewChart
from gui.commitments.columns import COLUMN_INDEX, COLUMNS, STRETCH_COLUMN, header_text
from gui.commitments.delegate import LedgerDelegate
from gui.commitments.details import DetailsPane
from gui.commitments.labels import STATUS_COLORS, STATUS_LABELS, SUGGESTED_LABEL, SUGGESTED_VALUE
from gui.commitments.model import LedgerModel
from gui.commitments.proxy import LedgerFilter, LedgerProxy
from gui.core.display import swatch_icon
from storage.ledger import LedgerEntry


class LedgerTable(QTableView):
    """Enter jumps, Ctrl+Return tracks, Del dismisses (when not editing a cell)."""

    jumpRequested = Signal()
    trackRequested = Signal()
    dismissRequested = Signal()
    contextRequested = Signal(object)   # global QPoint

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.state() != QAbstractItemView.State.EditingState:
            key, modifiers = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if modifiers == Qt.KeyboardModifier.ControlModifier:
                    self.trackRequested.emit()
                    event.accept()
                    return
                if modifiers == Qt.KeyboardModifier.NoModifier:
                    self.jumpRequested.emit()
                    event.accept()
                    return
            if event.matches(QKeySequence.StandardKey.Delete) or key == Qt.Key.Key_Backspace:
                self.dismissRequested.emit()
                event.accept()
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.contextRequested.emit(event.globalPos())


class _Body(QWidget):
    """The dock's contents; its size hint is the first size below the reader (wide, short)."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("中") * 60, metrics.height() * 19)


class CommitmentsDock(QDockWidget):
    filterChanged = Signal()
    chartModeChanged = Signal(str)
    exportRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("commitmentsDock")
        self.setWindowTitle(self.tr("Commitments"))
        self._wide: bool | None = None      # below the reader (True) or on a side (False)
        self.model = LedgerModel(self)
        self.proxy = LedgerProxy(self.model, self)
        body = _Body()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        self._build_filters()
        self._build_options()
        self.controls = QGridLayout()
        self.controls.setContentsMargins(0, 0, 0, 0)
        self.controls.setSpacing(4)
        layout.addLayout(self.controls)
        self.chart = OverviewChart()
        self.empty_label = QLabel()
        self.empty_label.setObjectName("commitmentsEmpty")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)
        layout.addWidget(self.empty_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("commitmentsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.table = self._table()
        self.details = DetailsPane()
        self.side = QWidget()
        side_layout = QVBoxLayout(self.side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(4)
        side_layout.addWidget(self.details, 1)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        self._body_layout = layout
        self.setWidget(body)
        self.arrange(wide=True)
        self.dockLocationChanged.connect(self._on_location)
        self.topLevelChanged.connect(lambda floating: self.arrange(wide=True) if floating else None)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.model.dataChanged.connect(lambda *_: self._show_current())
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(lambda *_: self._update_empty())
        self.detecting = False
        self._update_empty()

    # -- arrangement ------------------------------------------------------------------------------
    def _on_location(self, area: Qt.DockWidgetArea) -> None:
        self.arrange(wide=area in (Qt.DockWidgetArea.BottomDockWidgetArea, Qt.DockWidgetArea.TopDockWidgetArea))

    def arrange(self, wide: bool) -> None:
        """Below the reader (wide and short): the table beside the chart over the details.
        On a side (narrow and tall): the chart on top, the table, the details below it."""
        if wide == self._wide:
            return
        self._wide = wide
        self._place_controls(wide)
        # The indicator takes the room left over below the reader; on a side the columns may
        # not fit, and a stretched indicator would push the others out of view.
        header = self.table.horizontalHeader()
        stretch = COLUMN_INDEX[STRETCH_COLUMN]
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch if wide
                                    else QHeaderView.ResizeMode.Interactive)
        if not wide:
            header.resizeSection(stretch, self._column_width(COLUMNS[stretch]))
        side_layout = self.side.layout()
        if wide:
            self._body_layout.removeWidget(self.chart)
            side_layout.insertWidget(0, self.chart)
            self.splitter.setOrientation(Qt.Orientation.Horizontal)
            self.splitter.setStretchFactor(1, 2)
        else:
            side_layout.removeWidget(self.chart)
            self._body_layout.insertWidget(self._body_layout.indexOf(self.empty_label), self.chart)
            self.splitter.setOrientation(Qt.Orientation.Vertical)
            self.splitter.setStretchFactor(1, 1)
        self.chart.show()

    # -- building ---------------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("commitmentSearch")
        self.search.setPlaceholderText(self.tr("Filter commitments…"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.focus_table)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("commitmentStatusFilter")
        self.status_filter.setToolTip(self.tr("Filter by status"))
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("All statuses"), "")
        self.status_filter.addItem(SUGGESTED_LABEL, SUGGESTED_VALUE)
        self.status_filter.setItemData(1, SUGGESTED_VALUE, Qt.ItemDataRole.ToolTipRole)
        for status in CommitmentStatus:
            self.status_filter.addItem(swatch_icon(STATUS_COLORS[status], 12), STATUS_LABELS[status], status.value)
            self.status_filter.setItemData(self.status_filter.count() - 1, status.value, Qt.ItemDataRole.ToolTipRole)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.category_filter = QComboBox()
        self.category_filter.setObjectName("commitmentCategoryFilter")
        self.category_filter.setToolTip(self.tr("Filter by category"))
        self.category_filter.setAccessibleName(self.tr("Filter by category"))
        self.category_filter.addItem(self.tr("All categories"), "")
        for name in CATEGORY_NAMES:
            self.category_filter.addItem(name, name)
        self.category_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())

    def _build_options(self) -> None:
        self.mode_buttons = QButtonGroup(self)
        for mode, text in ((STATUS_MODE, self.tr("By status")), (CATEGORY_MODE, self.tr("By category"))):
            button = QToolButton()
            button.setObjectName(f"chart_{mode}")
            button.setText(text)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setProperty("mode", mode)
            self.mode_buttons.addButton(button)
        self.mode_buttons.buttons()[0].setChecked(True)
        self.mode_buttons.buttonClicked.connect(lambda b: self.set_chart_mode(b.property("mode"), emit=True))
        self.show_dismissed = QCheckBox(self.tr("Show &dismissed"))
        self.show_dismissed.setObjectName("showDismissed")
        self.show_dismissed.toggled.connect(lambda _c: self.apply_filter())
        self.detecting_label = QLabel(self.tr("Finding commitments…"))
        self.detecting_label.setObjectName("detectingLabel")
        self.detecting_label.setEnabled(False)
        self.detecting_label.hide()
        self.export_button = QToolButton()
        self.export_button.setObjectName("exportLedgerButton")
        self.export_button.setText(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Export the ledger as CSV or Excel"))
        self.export_button.clicked.connect(self.exportRequested.emit)

    def _place_controls(self, wide: bool) -> None:
        """One row below the reader; three rows on a side (the dock is narrow there)."""
        grid = self.controls
        for widget in self._controls():
            grid.removeWidget(widget)
        for column in range(grid.columnCount()):
            grid.setColumnStretch(column, 0)
        status, category = self.mode_buttons.buttons()
        if wide:
            cells = [(self.search, 0, 0), (self.status_filter, 0, 1), (self.category_filter, 0, 2),
                     (status, 0, 3), (category, 0, 4), (self.show_dismissed, 0, 5),
                     (self.detecting_label, 0, 6), (self.export_button, 0, 7)]
            grid.setColumnStretch(0, 1)
        else:
            cells = [(self.search, 0, 0), (self.export_button, 0, 3), (self.status_filter, 1, 0),
                     (self.category_filter, 1, 1), (status, 2, 0), (category, 2, 1), (self.show_dismissed, 2, 2),
                     (self.detecting_label, 1, 2)]
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 1)
        for widget, row, column in cells:
            span = 3 if not wide and widget is self.search else 1
            grid.addWidget(widget, row, column, 1, span)

    def _controls(self) -> list[QWidget]:
        return [self.search, self.status_filter, self.category_filter, *self.mode_buttons.buttons(),
                self.show_dismissed, self.detecting_label, self.export_button]

    def _table(self) -> LedgerTable:
        table = LedgerTable()
        table.setObjectName("commitmentsTable")
        table.setModel(self.proxy)
        self.delegate = LedgerDelegate(parent=table)
        table.setItemDelegate(self.delegate)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed)
        table.setSortingEnabled(True)
        table.sortByColumn(COLUMN_INDEX["section"], Qt.SortOrder.AscendingOrder)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.reset_columns(table)
        return table

    def reset_columns(self, table: QTableView | None = None) -> None:
        """The default columns and widths (each fits its sample text; the indicator stretches)."""
        table = table or self.table
        header = table.horizontalHeader()
        for index, column in enumerate(COLUMNS):
            header.setSectionHidden(index, not column.shown)
            header.resizeSection(index, self._column_width(column, table))
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
        if self._wide is not False:
            header.setSectionResizeMode(COLUMN_INDEX[STRETCH_COLUMN], QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)

    def _column_width(self, column, table: QTableView | None = None) -> int:
        """Fits the column's sample text and its header (with room for the sort arrow)."""
        metrics = (table or self.table).fontMetrics()
        return max(metrics.horizontalAdvance(column.sample), metrics.horizontalAdvance(header_text(column))) + 18

    def _header_menu(self, position) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.setObjectName("columnsMenu")
        for index, column in enumerate(COLUMNS):
            action = menu.addAction(header_text(column))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(index))
            action.setEnabled(column.id != STRETCH_COLUMN)
            action.toggled.connect(lambda shown, i=index: self.set_column_shown(i, shown))
        menu.addSeparator()
        menu.addAction(self.tr("Reset Columns"), self.reset_columns)
        menu.exec(header.mapToGlobal(position))
        menu.deleteLater()

    def set_column_shown(self, index: int, shown: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(index, not shown)

    # -- filters ----------------------------------------------------------------------------------
    def current_filter(self) -> LedgerFilter:
        return LedgerFilter(text=self.search.text().strip(), status=self.status_filter.currentData() or "",
                            category=self.category_filter.currentData() or "",
                            show_dismissed=self.show_dismissed.isChecked())

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.proxy.set_filter(self.current_filter())
        self._update_empty()
        self.filterChanged.emit()

    def set_chart_mode(self, mode: str, emit: bool = False) -> None:
        for button in self.mode_buttons.buttons():
            button.setChecked(button.property("mode") == mode)
        self.chart.set_mode(mode)
        if emit:
            self.chartModeChanged.emit(mode)

    def set_labels_display(self, display) -> None:
        """Filter choices and editors in the window's script (the labels are report words)."""
        for i in range(1, self.status_filter.count()):
            value = self.status_filter.itemData(i)
            label = SUGGESTED_LABEL if value == SUGGESTED_VALUE else STATUS_LABELS[CommitmentStatus(value)]
            self.status_filter.setItemText(i, display(label))
        for i in range(1, self.category_filter.count()):
            self.category_filter.setItemText(i, display(self.category_filter.itemData(i)))
        self.delegate.display = display

    # -- entries and selection --------------------------------------------------------------------
    def set_entries(self, entries: list[LedgerEntry]) -> None:
        self.model.set_entries(entries)
        self.chart.set_entries(entries)
        self._update_empty()

    def patch_entries(self, patched: list[LedgerEntry], entries: list[LedgerEntry]) -> None:
        """Some entries changed in place (``entries``: the whole ledger, for the chart)."""
        self.model.patch(patched)
        self.chart.set_entries(entries)

    def set_detecting(self, detecting: bool) -> None:
        self.detecting = detecting
        self.detecting_label.setVisible(detecting)
        self._update_empty()

    def selected_entries(self) -> list[LedgerEntry]:
        model = self.table.selectionModel()
        rows = sorted(model.selectedRows(), key=lambda i: i.row()) if model else []
        return [e for e in (self.proxy.entry_at(i) for i in rows) if e is not None]

    def current_entry(self) -> LedgerEntry | None:
        return self.proxy.entry_at(self.table.currentIndex())

    def select_keys(self, keys) -> bool:
        """Select the rows with these keys (the first one current); False when none is shown."""
        selection = self.table.selectionModel()
        first = None
        selection.clearSelection()
        for key in keys:
            source = self.model.index_of_key(key)
            index = self.proxy.mapFromSource(source) if source.isValid() else QModelIndex()
            if not index.isValid():
                continue
            if first is None:
                first = index
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            selection.select(index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        if first is not None:
            self.table.scrollTo(first)
        return first is not None

    def focus_table(self) -> None:
        """Show the dock, put the focus in the table, the first row selected when none is current."""
        self.show()
        self.raise_()
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ensure_selection()

    def ensure_selection(self) -> None:
        """A focused table always has a selected row (the current one, else the first)."""
        if not self.proxy.rowCount() or self.table.selectionModel().hasSelection():
            return
        current = self.table.currentIndex()
        self.select_row(current.row() if current.isValid() else 0)

    def select_row(self, row: int) -> None:
        """Make ``row`` (of the shown rows) the current and only selected one.  Not
        ``QTableView.selectRow``: that one reads the keyboard modifiers still held from the
        shortcut that got here (Ctrl+Shift+M) and extends or toggles the selection instead."""
        index = self.proxy.index(row, self.table.horizontalHeader().logicalIndex(0))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _show_current(self) -> None:
        self.details.show_entry(self.current_entry())

    def _update_empty(self) -> None:
        empty = self.proxy.rowCount() == 0
        self.empty_label.setVisible(empty)
        if not empty:
            return
        if self.detecting:
            self.empty_label.setText(self.tr("Finding commitments in this report…"))
        elif self.model.rowCount():
            self.empty_label.setText(self.tr("No commitments match the filter."))
        else:
            self.empty_label.setText(self.tr("No commitments found. Select a passage and choose "
                                             "Track as Commitment (Ctrl+Shift+H) to add one."))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
