"""The annotations panel's tree model: outline sections as parents, annotations as children.

The model filters and sorts itself instead of sitting under a QSortFilterProxyModel: with
10,000 annotations a proxy calls back into Python for every row on each change, while here an
added highlight is one bisection and one ``beginInsertRows`` — the panel costs a few
microseconds per edit, not a rebuild.  A filter change rebuilds the lists in plain Python
(cheap) behind one model reset.
"""
from __future__ import annotations

import html
from bisect import bisect_left
from collections.abc import Callable, Iterable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from document.annotation import Annotation
from gui.annotations.sections import SectionIndex

IdRole = Qt.ItemDataRole.UserRole + 1          # annotation id (None on section rows)
AnnotationRole = Qt.ItemDataRole.UserRole + 2  # the Annotation
StartRole = Qt.ItemDataRole.UserRole + 3       # source offset to jump to
ColorRole = Qt.ItemDataRole.UserRole + 4       # "#rrggbb"
QuoteRole = Qt.ItemDataRole.UserRole + 5       # quote in the current script
MetaRole = Qt.ItemDataRole.UserRole + 6        # "author · date"
IsSectionRole = Qt.ItemDataRole.UserRole + 7

SORT_POSITION, SORT_DATE = "position", "date"
TOOLTIP_LIMIT = 1500  # characters of a note shown in a tooltip


def sort_key(annotation: Annotation, sort: str) -> tuple:
    if sort == SORT_DATE:
        return (-annotation.created.timestamp(), annotation.id)
    return (annotation.start, annotation.end, annotation.id)


def format_date(annotation: Annotation) -> str:
    return annotation.created.astimezone().strftime("%Y-%m-%d %H:%M")


class _Root:
    """Marker object: the internal pointer of top-level (section) indexes."""


class _Group:
    """One outline section and its visible annotations, kept sorted."""

    __slots__ = ("section", "items", "keys", "row")

    def __init__(self, section: int) -> None:
        self.section = section
        self.items: list[Annotation] = []
        self.keys: list[tuple] = []
        self.row = 0


class AnnotationsModel(QAbstractItemModel):
    """Two-level tree; every string it hands out is plain text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._root = _Root()
        self._groups: list[_Group] = []
        self._group_of: dict[str, _Group] = {}       # visible annotation id → its group
        self._key_of: dict[str, tuple] = {}           # visible annotation id → its sort key
        self._sections = SectionIndex(None)
        self._convert: Callable[[str], str] = lambda s: s
        self._display_cache: dict[str, str] = {}
        self._matches: Callable[[Annotation], bool] = lambda a: True
        self.sort = SORT_POSITION

    # -- configuration ----------------------------------------------------------------------
    def set_sections(self, sections: SectionIndex) -> None:
        self._sections = sections

    def set_convert(self, convert: Callable[[str], str]) -> None:
        """Show quotes and titles in another script (caches dropped, views repainted)."""
        self._convert = convert
        self._display_cache.clear()
        if self._groups:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._groups) - 1, 0))
            for group in self._groups:
                parent = self.createIndex(group.row, 0, self._root)
                self.dataChanged.emit(self.index(0, 0, parent), self.index(len(group.items) - 1, 0, parent))

    def rebuild(self, annotations: Iterable[Annotation], matches: Callable[[Annotation], bool], sort: str) -> None:
        """Refill from scratch (new document, filter or sort order)."""
        self.beginResetModel()
        self._matches, self.sort = matches, sort
        by_section: dict[int, _Group] = {}
        self._group_of, self._key_of = {}, {}
        for annotation in annotations:
            if not matches(annotation):
                continue
            section = self._sections.section_of(annotation.start)
            group = by_section.get(section)
            if group is None:
                group = by_section[section] = _Group(section)
            group.items.append(annotation)
            self._group_of[annotation.id] = group
        self._groups = [by_section[k] for k in sorted(by_section)]
        for row, group in enumerate(self._groups):
            group.row = row
            group.items.sort(key=lambda a: sort_key(a, sort))
            group.keys = [sort_key(a, sort) for a in group.items]
            self._key_of.update(zip((a.id for a in group.items), group.keys))
        self.endResetModel()

    # -- incremental changes -----------------------------------------------------------------
    def insert(self, annotation: Annotation) -> None:
        """Add one annotation if the filter shows it: one bisection, one row inserted."""
        if not self._matches(annotation):
            return
        section = self._sections.section_of(annotation.start)
        group = self._group_for(section)
        key = sort_key(annotation, self.sort)
        row = bisect_left(group.keys, key)
        self.beginInsertRows(self.createIndex(group.row, 0, self._root), row, row)
        group.items.insert(row, annotation)
        group.keys.insert(row, key)
        self._group_of[annotation.id] = group
        self._key_of[annotation.id] = key
        self.endInsertRows()
        self._section_changed(group)

    def remove(self, annotation_id: str) -> None:
        group = self._group_of.pop(annotation_id, None)
        if group is None:
            return
        row = bisect_left(group.keys, self._key_of.pop(annotation_id))
        self._display_cache.pop(annotation_id, None)
        if len(group.items) == 1:
            self.beginRemoveRows(QModelIndex(), group.row, group.row)
            del self._groups[group.row]
            for later in self._groups[group.row:]:
                later.row -= 1
            self.endRemoveRows()
            return
        self.beginRemoveRows(self.createIndex(group.row, 0, self._root), row, row)
        del group.items[row]
        del group.keys[row]
        self.endRemoveRows()
        self._section_changed(group)

    def update(self, annotation: Annotation) -> None:
        """Show a changed annotation: in place when it keeps its row, else moved."""
        group = self._group_of.get(annotation.id)
        if group is not None and self._matches(annotation):
            row = self._row_of(annotation.id, group)
            if group.keys[row] == sort_key(annotation, self.sort) and \
                    self._sections.section_of(annotation.start) == group.section:
                group.items[row] = annotation
                self._display_cache.pop(annotation.id, None)
                index = self.createIndex(row, 0, group)
                self.dataChanged.emit(index, index)
                return
        self.remove(annotation.id)
        self.insert(annotation)

    def _group_for(self, section: int) -> _Group:
        rows = [g.section for g in self._groups]
        row = bisect_left(rows, section)
        if row < len(self._groups) and self._groups[row].section == section:
            return self._groups[row]
        group = _Group(section)
        group.row = row
        self.beginInsertRows(QModelIndex(), row, row)
        self._groups.insert(row, group)
        for later in self._groups[row + 1:]:
            later.row += 1
        self.endInsertRows()
        return group

    def _section_changed(self, group: _Group) -> None:
        index = self.createIndex(group.row, 0, self._root)
        self.dataChanged.emit(index, index)

    # -- queries -------------------------------------------------------------------------------
    def visible_count(self) -> int:
        return len(self._group_of)

    def annotation(self, index: QModelIndex | QPersistentModelIndex) -> Annotation | None:
        if not index.isValid() or index.internalPointer() is self._root:
            return None
        group: _Group = index.internalPointer()
        return group.items[index.row()] if index.row() < len(group.items) else None

    def index_of(self, annotation_id: str) -> QModelIndex:
        group = self._group_of.get(annotation_id)
        if group is None:
            return QModelIndex()
        return self.createIndex(self._row_of(annotation_id, group), 0, group)

    def _row_of(self, annotation_id: str, group: _Group) -> int:
        return bisect_left(group.keys, self._key_of[annotation_id])

    def section_title(self, section: int) -> str:
        entry = self._sections.entry(section)
        return self._convert(entry.title if entry is not None else (self._sections.title or "开头 Opening"))

    # -- QAbstractItemModel ----------------------------------------------------------------------
    def index(self, row: int, column: int = 0, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, self._root) if row < len(self._groups) else QModelIndex()
        if parent.internalPointer() is not self._root:
            return QModelIndex()
        group = self._groups[parent.row()]
        return self.createIndex(row, 0, group) if row < len(group.items) else QModelIndex()

    def parent(self, index: QModelIndex = QModelIndex()):  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        pointer = index.internalPointer()
        if pointer is self._root:
            return QModelIndex()
        return self.createIndex(pointer.row, 0, self._root)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        if not parent.isValid():
            return len(self._groups)
        if parent.internalPointer() is self._root and parent.row() < len(self._groups):
            return len(self._groups[parent.row()].items)
        return 0

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 1

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalPointer() is self._root:
            return self._section_data(self._groups[index.row()], role)
        annotation = self.annotation(index)
        return None if annotation is None else self._annotation_data(annotation, role)

    def _section_data(self, group: _Group, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.section_title(group.section)}  ({len(group.items)})"
        if role == IsSectionRole:
            return True
        if role == StartRole:
            entry = self._sections.entry(group.section)
            return entry.start if entry is not None else 0
        return None

    def _annotation_data(self, a: Annotation, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            parts = [self.quote(a)]
            if a.tags:
                parts.append(" ".join(f"#{t}" for t in a.tags))
            if a.note:
                parts.append(a.note)
            parts.append(self.meta(a))
            return "\n".join(parts)
        if role == QuoteRole:
            return self.quote(a)
        if role == MetaRole:
            return self.meta(a)
        if role == IdRole:
            return a.id
        if role == AnnotationRole:
            return a
        if role == StartRole:
            return a.start
        if role == ColorRole:
            return a.color
        if role == IsSectionRole:
            return False
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(a)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._annotation_data(a, Qt.ItemDataRole.DisplayRole)
        return None

    def quote(self, a: Annotation) -> str:
        cached = self._display_cache.get(a.id)
        if cached is None:
            cached = self._display_cache[a.id] = self._convert(a.quote.exact)
        return cached

    @staticmethod
    def meta(a: Annotation) -> str:
        return f"{a.author} · {format_date(a)}" if a.author else format_date(a)

    def tooltip(self, a: Annotation) -> str:
        """Rich text built only from escaped strings: a note is shown, never rendered."""
        note = a.note if len(a.note) <= TOOLTIP_LIMIT else a.note[:TOOLTIP_LIMIT] + "…"
        parts = [html.escape(self.quote(a)[:TOOLTIP_LIMIT])]
        if a.tags:
            parts.append(html.escape("  ".join(f"#{t}" for t in a.tags)))
        if note:
            parts.append(html.escape(note))
        parts.append(html.escape(self.meta(a)))
        return "<div style='white-space:pre-wrap; max-width:32em'>" + "<hr/>".join(parts) + "</div>"
