"""The annotations dock: filters on top, the section-grouped tree below.

The dock only gathers the user's criteria and forwards intentions (jump, delete, edit) to the
controller; the model does the filtering.  Every widget is reachable by keyboard: Tab walks the
filter row, arrows move in the tree, Enter jumps, Delete deletes the selected rows.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDockWidget, QGridLayout, QLabel, QLineEdit, QSizePolicy, QStyle,
    QStyleOptionComboBox, QToolTip, QTreeView, QVBoxLayout, QWidget,
)

from gui.annotations.delegate import AnnotationDelegate
from gui.annotations.filters import AnnotationFilter
from gui.annotations.model import SORT_DATE, SORT_POSITION, AnnotationsModel, IsSectionRole, StartRole
from gui.core.index import is_placed
from gui.core.display import swatch_icon

if TYPE_CHECKING:  # pragma: no cover
    from document.annotation import Annotation

# The filter row's fixed entries: short enough that two combos side by side show them whole.
# English sources, shown in the UI language.
ALL_TAGS = QT_TRANSLATE_NOOP("AnnotationsDock", "All tags")
ALL_COLORS = QT_TRANSLATE_NOOP("AnnotationsDock", "All colours")
ALL_AUTHORS = QT_TRANSLATE_NOOP("AnnotationsDock", "All authors")
ALL_SECTIONS = QT_TRANSLATE_NOOP("AnnotationsDock", "All sections")
ANY_STATE = QT_TRANSLATE_NOOP("AnnotationsDock", "Any state")
ATTENTION_ONLY = QT_TRANSLATE_NOOP("AnnotationsDock", "Needs attention")
BY_POSITION = QT_TRANSLATE_NOOP("AnnotationsDock", "By position")
NEWEST_FIRST = QT_TRANSLATE_NOOP("AnnotationsDock", "Newest first")


class AnnotationsTree(QTreeView):
    """The tree; Delete removes the selected annotations, Enter jumps (via ``activated``)."""

    deleteRequested = Signal()
    contextRequested = Signal(object)   # global QPoint

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
            self.deleteRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.contextRequested.emit(event.globalPos())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.scheduleDelayedItemsLayout()   # row heights depend on how the quote wraps

    def viewportEvent(self, event) -> bool:  # noqa: N802 - Qt API
        """Tooltips come from the model's escaped rich text (items store no tooltip)."""
        if event.type() == QEvent.Type.ToolTip:
            index = self.indexAt(event.pos())
            annotation = self.model().annotation(index) if index.isValid() else None
            if annotation is not None:
                QToolTip.showText(event.globalPos(), self.model().tooltip(annotation), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


class FilterCombo(QComboBox):
    """A filter choice whose preferred width fits its fixed entries ("All tags", the sort
    orders) but not the user's (a long section title must not widen the dock); it may still
    shrink below that when the user narrows the dock."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.fixed_texts: list[str] = []
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(4)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        if not self.fixed_texts:
            return hint
        text = max(self.fontMetrics().horizontalAdvance(t) for t in self.fixed_texts)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, 1000, hint.height())   # frame, arrow and margins around the text
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        return QSize(max(hint.width(), text + 1000 - field.width() + 10), hint.height())


class AnnotationsDock(QDockWidget):
    """Right-hand dock listing the document's annotations."""

    filterChanged = Signal()
    jumpRequested = Signal(object)        # Annotation, or a section start (int; -1: the orphans)
    orphanClicked = Signal(object)        # Annotation, or None for the orphans' group row
    deleteRequested = Signal()
    contextRequested = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Annotations"))
        self.setObjectName("annotationsDock")
        self.model = AnnotationsModel(self)
        self.delegate = AnnotationDelegate(self)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)

        self.search = QLineEdit()
        self.search.setObjectName("annotationSearch")
        self.search.setPlaceholderText(self.tr("Search quotes and notes…"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.filterChanged.emit)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._focus_tree)
        layout.addWidget(self.search)

        # Two equal columns, three rows: at the dock's default width every combo shows its
        # whole text (three in a row were cut to "All colou", "By positio").
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        self.tag_filter = self._combo("tagFilter", self.tr("Filter by tag"), [self.tr(ALL_TAGS)])
        self.color_filter = self._combo("colorFilter", self.tr("Filter by colour"), [self.tr(ALL_COLORS)])
        self.author_filter = self._combo("authorFilter", self.tr("Filter by author"), [self.tr(ALL_AUTHORS)])
        self.section_filter = self._combo("sectionFilter", self.tr("Filter by section"), [self.tr(ALL_SECTIONS)])
        self.attention_filter = self._combo("attentionFilter", self.tr("Filter by anchoring state"),
                                            [self.tr(ANY_STATE), self.tr(ATTENTION_ONLY)])
        self.attention_filter.addItem(self.tr(ANY_STATE), False)
        self.attention_filter.addItem(self.tr(ATTENTION_ONLY), True)
        self.attention_filter.setItemData(1, self.tr("Only annotations to review or orphaned"),
                                          Qt.ItemDataRole.ToolTipRole)
        self.sort_combo = self._combo("sortCombo", self.tr("Sort order"),
                                      [self.tr(BY_POSITION), self.tr(NEWEST_FIRST)])
        self.sort_combo.addItem(self.tr(BY_POSITION), SORT_POSITION)
        self.sort_combo.addItem(self.tr(NEWEST_FIRST), SORT_DATE)
        for index, combo in enumerate((self.tag_filter, self.color_filter, self.author_filter,
                                       self.attention_filter, self.section_filter, self.sort_combo)):
            grid.addWidget(combo, index // 2, index % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

        self.empty_label = QLabel(self.tr("No annotations yet: select text and press Ctrl+H."))
        self.empty_label.setObjectName("annotationsEmpty")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)
        layout.addWidget(self.empty_label)

        self.tree = AnnotationsTree()
        self.tree.setObjectName("annotationsTree")
        self.tree.setHeaderHidden(True)
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(self.delegate)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Per item, not per pixel: per-pixel scrolling sums every row's height (a Python
        # sizeHint call each) whenever the tree changes.
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.tree.setIndentation(10)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.activated.connect(self._on_activated)
        self.tree.clicked.connect(self._on_clicked)
        self.tree.deleteRequested.connect(self.deleteRequested.emit)
        self.tree.contextRequested.connect(self.contextRequested.emit)
        self.model.rebuilt.connect(self._after_reset)
        self.model.rowsInserted.connect(self._on_rows_inserted)
        self.model.rowsRemoved.connect(lambda *_: self._update_empty())
        layout.addWidget(self.tree, 1)
        self.setWidget(body)
        self.setMinimumWidth(260)
        self._update_empty()

    def _combo(self, name: str, tip: str, fixed: list[str]) -> FilterCombo:
        combo = FilterCombo()
        combo.setObjectName(name)
        combo.setToolTip(tip)
        combo.setAccessibleName(tip)
        combo.fixed_texts = fixed
        combo.currentIndexChanged.connect(lambda _i: self.filterChanged.emit())
        return combo

    # -- choices -------------------------------------------------------------------------------
    def set_choices(self, tags: list[str], colors: list[tuple[str, str]], authors: list[str],
                    sections: list[tuple[str, int, int]]) -> None:
        """Refill the filter combos, keeping what was chosen when it still exists.

        ``sections``: (title, level, start) in outline order.
        """
        self._fill(self.tag_filter, self.tr(ALL_TAGS), [(t, t, None) for t in tags])
        self._fill(self.color_filter, self.tr(ALL_COLORS), [(n, c, swatch_icon(c)) for c, n in colors])
        self._fill(self.author_filter, self.tr(ALL_AUTHORS), [(a, a, None) for a in authors])
        self._fill(self.section_filter, self.tr(ALL_SECTIONS),
                   [("\u3000" * (level - 1) + title, start, None) for title, level, start in sections])

    def _fill(self, combo: QComboBox, everything: str, items: list) -> None:
        current = combo.currentData()
        wanted = [(text, data) for text, data, _icon in items]
        existing = [(combo.itemText(i), combo.itemData(i)) for i in range(1, combo.count())]
        if combo.count() and wanted == existing:
            return
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(everything, None)
            for text, data, icon in items:
                if icon is not None:
                    combo.addItem(icon, text, data)
                else:
                    combo.addItem(text, data)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(0, index))
        finally:
            combo.blockSignals(False)
        if current is not None and combo.currentData() != current:
            self.filterChanged.emit()

    def current_filter(self) -> AnnotationFilter:
        return AnnotationFilter(
            tag=self.tag_filter.currentData() or "",
            color=self.color_filter.currentData() or "",
            author=self.author_filter.currentData() or "",
            section=self.section_filter.currentData(),
            text=self.search.text(),
            attention=bool(self.attention_filter.currentData()),
        )

    def current_sort(self) -> str:
        return self.sort_combo.currentData() or SORT_POSITION

    def choose(self, combo: QComboBox, data) -> None:
        """Select the combo entry carrying ``data`` (None: everything)."""
        combo.setCurrentIndex(max(0, combo.findData(data)) if data is not None else 0)

    # -- selection -----------------------------------------------------------------------------
    def selected_annotations(self) -> list["Annotation"]:
        rows = self.tree.selectionModel().selectedRows() if self.tree.selectionModel() else []
        found = [self.model.annotation(index) for index in rows]
        return [a for a in found if a is not None]

    def select_annotation(self, annotation_id: str) -> bool:
        index = self.model.index_of(annotation_id)
        if not index.isValid():
            return False
        # Scroll first: made current off screen, the tree would find the row's place by
        # measuring every row between the old scroll position and it (a Python sizeHint each,
        # thousands after a sort or filter change); scrolled to first, it measures a page.
        self.tree.scrollTo(index)
        self.tree.setCurrentIndex(index)
        return True

    def focus_panel(self) -> None:
        self.show()
        self.raise_()
        self._focus_tree()

    def _focus_tree(self) -> None:
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.tree.currentIndex().isValid() and self.model.rowCount():
            first = self.model.index(0, 0, self.model.index(0, 0))
            self.tree.setCurrentIndex(first if first.isValid() else self.model.index(0, 0))

    def _on_clicked(self, index: QModelIndex) -> None:
        """A click jumps like Enter, except on orphans: those have nowhere to jump, and bringing
        Needs Attention forward (hiding this tab) is left to Enter / double-click."""
        annotation = self.model.annotation(index)
        if annotation is not None and not is_placed(annotation):
            self.orphanClicked.emit(annotation)
        elif index.data(IsSectionRole) and int(index.data(StartRole) or 0) < 0:
            self.orphanClicked.emit(None)
        else:
            self._on_activated(index)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.data(IsSectionRole):
            self.jumpRequested.emit(int(index.data(StartRole) or 0))
            return
        annotation = self.model.annotation(index)
        if annotation is not None:
            self.jumpRequested.emit(annotation)

    # -- view upkeep -----------------------------------------------------------------------------
    def _after_reset(self) -> None:
        """Every section open again (a reset closes them; the layout is still pending, so each
        expansion is only recorded)."""
        root = QModelIndex()
        for row in range(self.model.rowCount()):
            self.tree.expand(self.model.index(row, 0, root))
        self._update_empty()

    def _on_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        """A new section opens, and so does a section whose first row arrives."""
        if not parent.isValid():
            for row in range(first, last + 1):
                self.tree.expand(self.model.index(row, 0))
        elif first == 0 and not self.tree.isExpanded(parent):
            self.tree.expand(parent)
        if self.empty_label.isVisible() == (self.model.rowCount() > 0):
            self._update_empty()

    def _update_empty(self) -> None:
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        if empty and not self.current_filter().empty:
            self.empty_label.setText(self.tr("No annotations match the filter."))
        elif empty:
            self.empty_label.setText(self.tr("No annotations yet: select text and press Ctrl+H."))
