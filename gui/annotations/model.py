"""The annotations panel's tree model: outline sections as parents, annotations as children.

Rows are virtual.  Sections are real QStandardItems (a few dozen); an annotation row is an
empty slot in its section (``QStandardItem.setRowCount``), so the tree's structure —
``index``/``parent``/``rowCount``/``flags``, which QTreeView asks for every row whenever it
lays itself out — stays in C++, and no item is ever built per annotation.  Python is asked only
for the rows on screen: :meth:`data` (and the delegate) find an annotation by its section's
row and its row.  A Python QAbstractItemModel would answer those layout calls itself, ~10^5
calls into Python per layout with 10,000 rows; a QStandardItem per annotation costs ~5 µs each
to make, so every filter change would pay ~50 ms.

Filtering and sorting need no items either: the sort keys of all annotations are kept sorted
(one list per order, kept in step by bisection), so a filter or sort change is one pass over
that list — the predicate, the section (cached) — and a model reset that gives each section its
row count.  An added highlight is one bisection and one inserted row.
"""
from __future__ import annotations

import html
from bisect import bisect_left, insort
from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel

from document.annotation import Annotation
from document.sections import SectionIndex
from document.times import local_minute
from gui.core.anchor_states import state_label
from gui.core.index import ORPHAN
from gui.core.pages import page_citation

IdRole = Qt.ItemDataRole.UserRole + 1          # annotation id (None on section rows)
StartRole = Qt.ItemDataRole.UserRole + 3       # section rows: source offset to jump to
IsSectionRole = Qt.ItemDataRole.UserRole + 7
_DISPLAY = 0                                   # Qt.ItemDataRole.DisplayRole (roles arrive as int)

SORT_POSITION, SORT_DATE = "position", "date"
ORPHAN_SECTION = 1 << 62   # the group of orphans: after every outline section
ORPHAN_TITLE = QT_TRANSLATE_NOOP("AnnotationsModel", "Orphaned")   # shown translated
TOOLTIP_LIMIT = 1500  # characters of a note shown in a tooltip


def sort_key(annotation: Annotation, sort: str) -> tuple:
    """The row order within a section; the id comes last (ties, and finding the row back)."""
    if sort == SORT_DATE:
        return (-annotation.created.timestamp(), annotation.id)
    return (annotation.start, annotation.end, annotation.id)


_DATES: dict = {}


def format_date(annotation: Annotation) -> str:
    """When it was made, in local time; memoised because formatting 10,000 rows is measurable."""
    created = annotation.created
    text = _DATES.get(created)
    if text is None:
        if len(_DATES) > 50_000:
            _DATES.clear()
        text = _DATES[created] = local_minute(created)
    return text


class _Group:
    """One outline section on screen: its item and its shown annotations' sort keys, in row
    order (a row's annotation id is its key's last element)."""

    __slots__ = ("section", "item", "keys")

    def __init__(self, section: int, item: QStandardItem, keys: list[tuple] | None = None) -> None:
        self.section = section
        self.item = item
        self.keys: list[tuple] = keys if keys is not None else []

    def id_at(self, row: int) -> str | None:
        return self.keys[row][-1] if 0 <= row < len(self.keys) else None

    def row_of(self, key: tuple) -> int:
        """The row showing ``key``, or -1."""
        row = bisect_left(self.keys, key)
        return row if row < len(self.keys) and self.keys[row] == key else -1


def _item_flags() -> Qt.ItemFlag:
    return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class AnnotationsModel(QStandardItemModel):
    """Two-level tree; every string it hands out is plain text."""

    rebuilt = Signal()   # rows were replaced wholesale (the panel re-expands its sections)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: dict[str, Annotation] = {}          # every annotation the panel may show
        # sort → section → the sort keys of all its annotations, sorted; made on first use of an
        # order and kept in step with every change, so a filter or sort change never sorts.
        self._sorted: dict[str, dict[int, list[tuple]]] = {}
        self._section_of: dict[str, int] = {}          # id → its group, for every annotation
        self._groups: list[_Group] = []                # shown, in outline order
        self._by_section: dict[int, _Group] = {}       # shown groups by section
        self._by_item: dict[int, _Group] = {}          # shown groups by their item's address
        self._sections = SectionIndex(None)
        self._convert: Callable[[str], str] = lambda s: s
        self._quote_of: Callable[[Annotation], str] | None = None
        self._page_at: Callable[[int], int | None] | None = None
        self._display_cache: dict[str, str] = {}
        self._matches: Callable[[Annotation], bool] | None = None   # None: every annotation
        self.sort = SORT_POSITION

    # -- configuration ----------------------------------------------------------------------
    def set_sections(self, sections: SectionIndex) -> None:
        self._sections = sections
        self._forget_order()
        if self._groups:
            self.apply(self._matches, self.sort)   # rows filed under the old outline

    def set_convert(self, convert: Callable[[str], str],
                    quote_of: Callable[[Annotation], str] | None = None) -> None:
        """Show quotes and titles in another script (caches dropped, texts refreshed).

        ``quote_of``: an annotation's quote as displayed (cheaper than converting the string
        when the position is known); ``convert`` is used for titles and otherwise.
        """
        if convert is self._convert and quote_of is self._quote_of:
            return
        self._convert, self._quote_of = convert, quote_of
        self._display_cache.clear()
        self._retext()

    def set_pages(self, page_at: Callable[[int], int | None] | None) -> None:
        """Cite each annotation's PDF page ("p. 12") in its row: ``page_at`` is the shown
        document's :meth:`~document.model.Document.page_at`, None for a report without pages."""
        if page_at == self._page_at:
            return
        self._page_at = page_at
        self._retext()

    def _retext(self) -> None:
        """Section titles and row texts again, after what they are made of changed."""
        for group in self._groups:
            self._title_changed(group)
        # Every row's text changed: a layout change makes the view re-ask what it shows (a
        # dataChanged over all rows would make it re-measure every row at once, in Python).
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()

    # -- the whole set: new document, filter, sort order ---------------------------------------
    def set_annotations(self, annotations: Iterable[Annotation]) -> None:
        """The annotations the panel may show (rows follow with :meth:`apply`)."""
        self._all = {a.id: a for a in annotations}
        self._display_cache.clear()
        self._forget_order()

    def _forget_order(self) -> None:
        self._sorted.clear()
        self._section_of.clear()

    def rebuild(self, annotations: Iterable[Annotation], matches: Callable[[Annotation], bool] | None,
                sort: str) -> None:
        """Refill from scratch: :meth:`set_annotations` then :meth:`apply`."""
        self.set_annotations(annotations)
        self.apply(matches, sort)

    def apply(self, matches: Callable[[Annotation], bool] | None, sort: str) -> None:
        """Show the annotations ``matches`` accepts (None: all), in ``sort`` order."""
        self._matches, self.sort = matches, sort
        grouped = self._grouped(sort)
        if matches is None:
            shown = {section: list(keys) for section, keys in grouped.items() if keys}
        else:
            every = self._all
            shown = {}
            for section, keys in grouped.items():
                kept = [key for key in keys if matches(every[key[-1]])]
                if kept:
                    shown[section] = kept
        self._reset_rows(shown)

    def _grouped(self, sort: str) -> dict[int, list[tuple]]:
        grouped = self._sorted.get(sort)
        if grouped is None:
            self._file_all()
            grouped = self._sorted[sort] = {}
            section_of = self._section_of
            for annotation in self._all.values():
                keys = grouped.get(section_of[annotation.id])
                if keys is None:
                    keys = grouped[section_of[annotation.id]] = []
                keys.append(sort_key(annotation, sort))
            for keys in grouped.values():
                keys.sort()
        return grouped

    def _file_all(self) -> None:
        """The section of every annotation not filed yet, in one pass over the outline."""
        section_of = self._section_of
        placed = [a for a in self._all.values() if a.id not in section_of and a.state is not ORPHAN]
        for annotation, section in zip(placed, self._sections.sections_of(a.start for a in placed)):
            section_of[annotation.id] = section
        for annotation in self._all.values():
            if annotation.id not in section_of:
                section_of[annotation.id] = ORPHAN_SECTION

    def _reset_rows(self, shown: dict[int, list[tuple]]) -> None:
        """One model reset: sections as items, each with as many empty rows as it shows."""
        self.beginResetModel()
        blocked = self.blockSignals(True)   # the view hears the reset only, not each row
        try:
            self.removeRows(0, self.rowCount())
            self._groups, self._by_section, self._by_item = [], {}, {}
            for section in sorted(shown):
                group = _Group(section, self._section_item(section), shown[section])
                group.item.setRowCount(len(group.keys))
                self._title_changed(group)
                self._add_group(len(self._groups), group)
            if self._groups:
                # List overloads: Qt takes ownership.
                self.invisibleRootItem().appendRows([group.item for group in self._groups])
        finally:
            self.blockSignals(blocked)
            self.endResetModel()
        self.rebuilt.emit()

    def _add_group(self, row: int, group: _Group) -> None:
        self._groups.insert(row, group)
        self._by_section[group.section] = group
        self._by_item[shiboken6.getCppPointer(group.item)[0]] = group

    def _section_item(self, section: int) -> QStandardItem:
        item = QStandardItem()
        item.setColumnCount(1)   # without a column its empty rows would have no index
        item.setFlags(_item_flags())
        item.setData(True, IsSectionRole)
        if section == ORPHAN_SECTION:
            item.setData(-1, StartRole)   # nowhere to jump to
            return item
        entry = self._sections.entry(section)
        item.setData(entry.start if entry is not None else 0, StartRole)
        return item

    # -- incremental changes -----------------------------------------------------------------
    def insert(self, annotation: Annotation) -> None:
        """Add one annotation; if the filter shows it, one bisection and one inserted row."""
        if annotation.id in self._all:
            self.update(annotation)
            return
        self._all[annotation.id] = annotation
        section = self._section_key(annotation)
        for sort, grouped in self._sorted.items():
            insort(grouped.setdefault(section, []), sort_key(annotation, sort))
        if self._matches is not None and not self._matches(annotation):
            return
        group = self._group_for(section)
        key = sort_key(annotation, self.sort)
        row = bisect_left(group.keys, key)
        group.keys.insert(row, key)
        group.item.insertRows(row, 1)
        self._title_changed(group)

    def remove(self, annotation_id: str) -> None:
        annotation = self._all.pop(annotation_id, None)
        if annotation is None:
            return
        section = self._section_of.pop(annotation_id, None)
        for sort, grouped in self._sorted.items():
            keys = grouped.get(section, [])
            key = sort_key(annotation, sort)
            at = bisect_left(keys, key)
            if at < len(keys) and keys[at] == key:
                del keys[at]
        self._display_cache.pop(annotation_id, None)
        group = self._by_section.get(section)
        row = group.row_of(sort_key(annotation, self.sort)) if group is not None else -1
        if row < 0:
            return
        del group.keys[row]
        if not group.keys:
            self._drop_group(group)
            return
        group.item.removeRow(row)
        self._title_changed(group)

    def _drop_group(self, group: _Group) -> None:
        self._groups.remove(group)
        del self._by_section[group.section]
        del self._by_item[shiboken6.getCppPointer(group.item)[0]]
        self.removeRow(group.item.row())

    def update(self, annotation: Annotation) -> None:
        """Show a changed annotation: in place when it keeps its place, else moved."""
        old = self._all.get(annotation.id)
        if old is not None and self.section_key(annotation) == self._section_of.get(annotation.id) \
                and all(sort_key(old, sort) == sort_key(annotation, sort) for sort in (*self._sorted, self.sort)):
            index = self.index_of(annotation.id)
            if index.isValid() == (self._matches is None or self._matches(annotation)):
                self._all[annotation.id] = annotation
                self._display_cache.pop(annotation.id, None)
                if index.isValid():
                    self.dataChanged.emit(index, index)
                return
        self.remove(annotation.id)
        self.insert(annotation)

    def _group_for(self, section: int) -> _Group:
        group = self._by_section.get(section)
        if group is not None:
            return group
        row = bisect_left([g.section for g in self._groups], section)
        group = _Group(section, self._section_item(section))
        self._add_group(row, group)
        self.invisibleRootItem().insertRow(row, [group.item])
        return group

    def _title_changed(self, group: _Group) -> None:
        group.item.setText(f"{self.section_title(group.section)}  ({len(group.keys)})")

    # -- rows ----------------------------------------------------------------------------------
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        """Section rows are items; an annotation row answers from the annotation itself."""
        annotation_id = self._id_at(index)
        if annotation_id is None:
            return super().data(index, role)
        if role == _DISPLAY:
            return self.display_text(self._all[annotation_id])
        if role == IdRole:
            return annotation_id
        return None

    def _id_at(self, index: QModelIndex | QPersistentModelIndex) -> str | None:
        """The annotation on an index's row: an annotation row's internal id is the address of
        its section's item (QStandardItemModel's rule), so one lookup finds the group."""
        group = self._by_item.get(index.internalId())
        return group.id_at(index.row()) if group is not None else None

    # -- queries -------------------------------------------------------------------------------
    def visible_count(self) -> int:
        return sum(len(group.keys) for group in self._groups)

    def annotation(self, index: QModelIndex | QPersistentModelIndex) -> Annotation | None:
        annotation_id = self._id_at(index)
        return self._all.get(annotation_id) if annotation_id else None

    def index_of(self, annotation_id: str) -> QModelIndex:
        annotation = self._all.get(annotation_id)
        group = self._by_section.get(self._section_of.get(annotation_id, -1)) if annotation else None
        row = group.row_of(sort_key(annotation, self.sort)) if group is not None else -1
        return self.index(row, 0, group.item.index()) if row >= 0 else QModelIndex()

    def convert(self, text: str) -> str:
        """``text`` in the script the panel shows."""
        return self._convert(text)

    def section_key(self, annotation: Annotation) -> int:
        """The group of ``annotation``: its outline section, or the orphans' group (an orphan's
        stale offset must not file it under whatever section now sits there)."""
        if annotation.state is ORPHAN:
            return ORPHAN_SECTION
        return self._sections.section_of(annotation.start)

    def _section_key(self, annotation: Annotation) -> int:
        """:meth:`section_key`, remembered by id (forgotten when the sections or the set change)."""
        section = self._section_of[annotation.id] = self.section_key(annotation)
        return section

    def section_title(self, section: int) -> str:
        if section == ORPHAN_SECTION:
            return self.tr(ORPHAN_TITLE)
        entry = self._sections.entry(section)
        return self._convert(entry.title if entry is not None else (self._sections.title or self.tr("Beginning")))

    # -- texts ---------------------------------------------------------------------------------
    def display_text(self, a: Annotation) -> str:
        """The row's DisplayRole: quote, tags, note, author and date as plain text lines."""
        parts = [self.quote(a)]
        if a.tags:
            parts.append(" ".join(f"#{t}" for t in a.tags))
        if a.note:
            parts.append(a.note)
        parts.append(self.meta(a))
        badge = state_label(a)
        if badge:
            parts.append(badge)
        return "\n".join(parts)

    def quote(self, a: Annotation) -> str:
        cached = self._display_cache.get(a.id)
        if cached is None:
            shown = self._quote_of(a) if self._quote_of is not None else self._convert(a.quote.exact)
            cached = self._display_cache[a.id] = shown
        return cached

    def meta(self, a: Annotation) -> str:
        """Page (PDF reports), author and date: the row's muted line.  An orphan's offsets are
        stale, so it cites no page."""
        who_when = f"{a.author} · {format_date(a)}" if a.author else format_date(a)
        if self._page_at is None or a.state is ORPHAN:
            return who_when
        page = page_citation(self._page_at(a.start))
        return f"{page} · {who_when}" if page else who_when

    def tooltip(self, a: Annotation) -> str:
        """Rich text built only from escaped strings: a note is shown, never rendered."""
        note = a.note if len(a.note) <= TOOLTIP_LIMIT else a.note[:TOOLTIP_LIMIT] + "…"
        parts = [html.escape(self.quote(a)[:TOOLTIP_LIMIT])]
        if a.tags:
            parts.append(html.escape("  ".join(f"#{t}" for t in a.tags)))
        if note:
            parts.append(html.escape(note))
        parts.append(html.escape(self.meta(a) + (f" · {state_label(a)}" if state_label(a) else "")))
        return "<div style='white-space:pre-wrap; max-width:32em'>" + "<hr/>".join(parts) + "</div>"
