"""The outline dock: a tree model over the outline with a filter box, annotation counts and
feature badges.

Counts sit in a column of their own, right-aligned: appended to the title they were cut off
with it when a long title was elided.  **Badges** are the declared way for a feature to mark
sections (the commitment ledger shows achieved/tracked per section): a feature calls
``outline_dock.set_badges(owner, {entry start: OutlineBadge})`` after each change and on
``documentShown`` (rendering rebuilds the outline and clears them); they are painted as small
pills in a third column, hidden while no feature shows any.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel, QCoreApplication, QEvent, QModelIndex, QRect, QRectF, QSize, QSortFilterProxyModel, Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView, QDockWidget, QHeaderView, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QTreeView,
    QVBoxLayout, QWidget,
)

from document.model import OutlineEntry

StartRole = Qt.ItemDataRole.UserRole + 1
CountRole = Qt.ItemDataRole.UserRole + 2     # annotations in the section (children included)
BadgeRole = Qt.ItemDataRole.UserRole + 3     # the section's badges: list[OutlineBadge]
TITLE_COLUMN, COUNT_COLUMN, BADGE_COLUMN = 0, 1, 2
ROW_PADDING = 4   # pixels between wrapped titles, so each entry reads as one
WRAP_SLACK = 4


@dataclass(frozen=True)
class OutlineBadge:
    """A short mark on a section (``text`` such as ``1/3``), its plain-text explanation and the
    pill's colour (dark text is drawn on it, so pick a light colour)."""

    text: str
    tooltip: str
    color: str = "#e0e0e0"


class _Node:
    __slots__ = ("entry", "parent", "children", "row", "title")

    def __init__(self, entry: OutlineEntry | None, parent: "_Node | None", row: int, title: str = "") -> None:
        self.entry = entry
        self.parent = parent
        self.children: list[_Node] = []
        self.row = row
        self.title = title


class OutlineModel(QAbstractItemModel):
    """Tree model of outline entries; titles can be shown in another script."""

    badgesChanged = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._root = _Node(None, None, 0)
        self._nodes: list[_Node] = []     # document order
        self._counts: dict[int, int] = {}
        self._badges: dict[str, dict[int, OutlineBadge]] = {}   # owner → entry start → badge

    def set_outline(self, outline: tuple[OutlineEntry, ...], convert=lambda s: s) -> None:
        self.beginResetModel()
        self._root = _Node(None, None, 0)
        self._nodes = []
        self._counts = {}
        self._badges = {}

        def add(parent: _Node, entries: tuple[OutlineEntry, ...]) -> None:
            for row, entry in enumerate(entries):
                node = _Node(entry, parent, row, convert(entry.title))
                parent.children.append(node)
                self._nodes.append(node)
                add(node, entry.children)

        add(self._root, outline)
        self.endResetModel()
        self.badgesChanged.emit()

    def set_counts(self, counts: dict[int, int]) -> None:
        """Annotation counts keyed by entry start offset."""
        if counts == self._counts:
            return
        self._counts = dict(counts)
        if self._nodes:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, COUNT_COLUMN))
            for node in self._nodes:
                if node.children:
                    first = self.createIndex(0, 0, node.children[0])
                    last = self.createIndex(len(node.children) - 1, COUNT_COLUMN, node.children[-1])
                    self.dataChanged.emit(first, last)

    def set_badges(self, owner: str, badges: Mapping[int, OutlineBadge]) -> None:
        """``owner``'s badges keyed by entry start (replacing its previous ones)."""
        if self._badges.get(owner, {}) == dict(badges):
            return
        self._badges[owner] = dict(badges)
        if not self._badges[owner]:
            del self._badges[owner]
        for node in self._nodes:
            index = self.createIndex(node.row, BADGE_COLUMN, node)
            self.dataChanged.emit(index, index)
        self.badgesChanged.emit()

    def badges(self, start: int) -> list[OutlineBadge]:
        """The badges shown for the entry starting at ``start``, in owner order."""
        return [found for owned in self._badges.values() if (found := owned.get(start)) is not None]

    def has_badges(self) -> bool:
        return any(self._badges.values())

    def count(self, start: int) -> int:
        """Annotations shown for the entry starting at ``start``."""
        return self._counts.get(start, 0)

    def entries(self) -> list[OutlineEntry]:
        return [n.entry for n in self._nodes]

    # -- QAbstractItemModel -----------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        node = parent.internalPointer() if parent.isValid() else self._root
        if 0 <= row < len(node.children) and column in (TITLE_COLUMN, COUNT_COLUMN, BADGE_COLUMN):
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node: _Node = index.internalPointer()
        parent = node.parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        if parent.column() > 0:
            return 0
        node = parent.internalPointer() if parent.isValid() else self._root
        return len(node.children)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 3

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()
        count = self._counts.get(node.entry.start, 0)
        if role == StartRole:
            return node.entry.start
        if role == CountRole:
            return count
        if index.column() == BADGE_COLUMN:
            return self._badge_data(node.entry.start, role)
        if index.column() == COUNT_COLUMN:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(count) if count else ""
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ToolTipRole and count:
                return QCoreApplication.translate("OutlineModel", "%n annotation(s) in this section", "", count)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return node.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return node.title if not count else node.title + ", " + QCoreApplication.translate(
                "OutlineModel", "%n annotation(s)", "", count)
        return None

    def _badge_data(self, start: int, role: int):
        badges = self.badges(start)
        if not badges:
            return None
        if role == BadgeRole:
            return badges
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return " ".join(b.text for b in badges)
        if role == Qt.ItemDataRole.ToolTipRole:
            from gui.core.display import plain_tooltip

            return plain_tooltip("\n".join(b.tooltip for b in badges))
        return None

    def index_for_start(self, start: int) -> QModelIndex:
        for node in self._nodes:
            if node.entry.start == start:
                return self.createIndex(node.row, 0, node)
        return QModelIndex()


class _WrappingDelegate(QStyledItemDelegate):
    """Row heights for wrapped titles: QTreeView asks for a size hint without telling the
    delegate how wide the column is, so the hint is computed here from the column width."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt API
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self._tree.columnWidth(index.column())
        if index.column() == TITLE_COLUMN:
            levels = depth + (1 if self._tree.rootIsDecorated() else 0)
            # A few pixels to spare: a title that just fits must not lose its last character
            # to rounding between this estimate and the painted layout.
            width -= self._tree.indentation() * levels + WRAP_SLACK
        width = max(40, width)
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, width, 10_000)
        hint = super().sizeHint(sized, index)
        return QSize(hint.width(), hint.height() + ROW_PADDING)


class OutlineTree(QTreeView):
    """The outline's tree: rows fit their wrapped titles again whenever the viewport's width
    changes (the dock resized, a scroll bar appearing)."""

    def viewportEvent(self, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize and event.oldSize().width() != event.size().width():
            self.scheduleDelayedItemsLayout()
        return super().viewportEvent(event)


class BadgeDelegate(QStyledItemDelegate):
    """Paints a section's badges as pills, right-aligned, dark text on the badge's colour (the
    same in light and dark palettes)."""

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        badges = index.data(BadgeRole)
        if not badges:
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = option.fontMetrics
        right = option.rect.right() - 2
        height = min(option.rect.height() - 4, metrics.height() + 2)
        top = option.rect.top() + (option.rect.height() - height) / 2
        for badge in reversed(badges):
            width = metrics.horizontalAdvance(badge.text) + 10
            pill = QRectF(right - width, top, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(badge.color))
            painter.drawRoundedRect(pill, height / 2, height / 2)
            painter.setPen(QColor("#202124"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, badge.text)
            right -= width + 3
        painter.restore()


class OutlineDock(QDockWidget):
    """Outline tree with a filter box; emits the source offset of the chosen entry."""

    entryActivated = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Outline"))
        self.setObjectName("outlineDock")
        self.model = OutlineModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setObjectName("outlineFilter")
        self.filter.setPlaceholderText(self.tr("Filter the outline…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter)
        self.tree = OutlineTree()
        self.tree.setObjectName("outlineTree")
        self.tree.setHeaderHidden(True)
        self.tree.setModel(self.proxy)
        # Long titles wrap instead of ending in "…" (a wide outline would take the reading
        # column's room); a few hundred rows of varying height cost nothing noticeable.
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setIndentation(14)
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        # A fixed width that fits four digits: sizing to contents would ask every row of a long
        # outline for its count whenever the tree is laid out.
        header.setSectionResizeMode(COUNT_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COUNT_COLUMN, self.tree.fontMetrics().horizontalAdvance("0000") + 12)
        header.setSectionResizeMode(BADGE_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(BADGE_COLUMN, self.tree.fontMetrics().horizontalAdvance("00/00") + 16)
        header.setSectionHidden(BADGE_COLUMN, True)
        self.tree.setItemDelegateForColumn(BADGE_COLUMN, BadgeDelegate(self.tree))
        self.model.badgesChanged.connect(self._show_badge_column)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.clicked.connect(self._on_activated)
        self.tree.activated.connect(self._on_activated)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        self.setWidget(body)
        self._syncing = False

    def set_outline(self, outline, convert=lambda s: s) -> None:
        self.model.set_outline(outline, convert)
        self.tree.expandAll()

    def _show_badge_column(self) -> None:
        hidden = not self.model.has_badges()
        if self.tree.header().isSectionHidden(BADGE_COLUMN) != hidden:
            self.tree.header().setSectionHidden(BADGE_COLUMN, hidden)
            self.tree.scheduleDelayedItemsLayout()   # the titles' column changed width: re-wrap

    def set_badges(self, owner: str, badges: Mapping[int, OutlineBadge]) -> None:
        """A feature's badges per section (see the module documentation)."""
        self.model.set_badges(owner, badges)

    def _on_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self.tree.expandAll()

    def _on_activated(self, proxy_index: QModelIndex) -> None:
        if self._syncing:
            return
        start = self.proxy.data(proxy_index, StartRole)
        if start is not None:
            self.entryActivated.emit(int(start))

    def show_current(self, entry: OutlineEntry | None) -> None:
        """Select ``entry`` without emitting entryActivated (reading position follows scroll)."""
        self._syncing = True
        try:
            if entry is None:
                self.tree.clearSelection()
                return
            proxy_index = self.proxy.mapFromSource(self.model.index_for_start(entry.start))
            if proxy_index.isValid():
                self.tree.setCurrentIndex(proxy_index)
                self.tree.scrollTo(proxy_index)
        finally:
            self._syncing = False

    def current_start(self) -> int | None:
        index = self.tree.currentIndex()
        start = self.proxy.data(index, StartRole) if index.isValid() else None
        return int(start) if start is not None else None
