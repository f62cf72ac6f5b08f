"""The annotations panel's tree model: outline sections as parents, annotations as children.

Why a QStandardItemModel with plain items and not a Python QAbstractItemModel: QTreeView
re-lays out every expanded row after an insertion, calling ``index``/``parent``/``flags`` for
each one — with 10,000 rows in a Python model that is ~10^5 calls into Python (hundreds of ms)
per added highlight.  With C++ items the relayout stays in C++ (~3 ms) and Python is only asked
to paint the visible rows.  Items hold just their display text and annotation id; the
Annotation values stay in a dict here.

The model filters and sorts itself (no QSortFilterProxyModel, which would call a Python
predicate per row on each change): an added highlight is one bisection and one inserted row;
a filter change rebuilds the rows (~50 ms for 10,000).
"""
from __future__ import annotations

import html
from bisect import bisect_left
from collections.abc import Callable, Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
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

SORT_POSITION, SORT_DATE = "position", "date"
ORPHAN_SECTION = 1 << 62   # the group of orphans: after every outline section
ORPHAN_TITLE = QT_TRANSLATE_NOOP("AnnotationsModel", "Orphaned")   # shown translated
TOOLTIP_LIMIT = 1500  # characters of a note shown in a tooltip
FILL_SLICE = 800      # rows created per event-loop turn by a progressive rebuild (~8 ms)


def sort_key(annotation: Annotation, sort: str) -> tuple:
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
    """One outline section: its item and its visible annotations' ids, kept sorted."""

    __slots__ = ("section", "item", "keys", "ids")

    def __init__(self, section: int, item: QStandardItem) -> None:
        self.section = section
        self.item = item
        self.keys: list[tuple] = []
        self.ids: list[str] = []


def _item_flags() -> Qt.ItemFlag:
    return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class AnnotationsModel(QStandardItemModel):
    """Two-level tree; every string it hands out is plain text."""

    rebuilt = Signal()   # rows were replaced wholesale (the panel re-expands its sections)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._groups: list[_Group] = []               # in outline order
        self._group_of: dict[str, _Group] = {}        # visible annotation id → its group
        self._key_of: dict[str, tuple] = {}           # visible annotation id → its sort key
        self._visible: dict[str, Annotation] = {}     # visible annotation id → value
        self._sections = SectionIndex(None)
        self._convert: Callable[[str], str] = lambda s: s
        self._quote_of: Callable[[Annotation], str] | None = None
        self._page_at: Callable[[int], int | None] | None = None
        self._display_cache: dict[str, str] = {}
        self._matches: Callable[[Annotation], bool] = lambda a: True
        self.sort = SORT_POSITION
        self._pending: list[list] = []                # [group, sorted annotations, rows made]
        self._fill_timer = QTimer(self, singleShot=True, interval=0)
        self._fill_timer.timeout.connect(self._fill)

    # -- configuration ----------------------------------------------------------------------
    def set_sections(self, sections: SectionIndex) -> None:
        self._sections = sections

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
        if self._pending:
            self.finish_fill()
        for group in self._groups:
            self._title_changed(group)
            for row, annotation_id in enumerate(group.ids):
                group.item.child(row).setText(self.display_text(self._visible[annotation_id]))

    def rebuild(self, annotations: Iterable[Annotation], matches: Callable[[Annotation], bool], sort: str,
                progressive: bool = False) -> None:
        """Refill from scratch (new document, filter or sort order).

        ``progressive``: create the rows in slices from the event loop, so opening a report
        with 10,000 annotations paints the reader first and fills the panel over a few frames.
        Any other use of the model first completes the fill.
        """
        self._pending = []
        self._matches, self.sort = matches, sort
        by_section: dict[int, list[Annotation]] = {}
        for annotation in annotations:
            if matches(annotation):
                by_section.setdefault(self.section_key(annotation), []).append(annotation)
        # removeRows is several times cheaper than clear() for many items.
        self.removeRows(0, self.rowCount())
        self._groups, self._group_of, self._key_of, self._visible = [], {}, {}, {}
        root = self.invisibleRootItem()
        for section in sorted(by_section):
            items = sorted(by_section[section], key=lambda a: sort_key(a, sort))
            group = _Group(section, self._section_item(section))
            group.keys = [sort_key(a, sort) for a in items]
            group.ids = [a.id for a in items]
            for a, key in zip(items, group.keys):
                self._group_of[a.id], self._key_of[a.id], self._visible[a.id] = group, key, a
            self._title_changed(group)
            root.appendRow([group.item])   # list overloads: PySide hands ownership to Qt
            self._groups.append(group)
            self._pending.append([group, items, 0])
        if progressive and len(self._visible) > FILL_SLICE:
            self._fill_timer.start()
        else:
            self.finish_fill()

    def finish_fill(self) -> None:
        """Create every row still pending from a progressive rebuild."""
        self._fill(len(self._visible) + 1)

    def _fill(self, budget: int = 0) -> None:
        budget = budget or FILL_SLICE
        while self._pending and budget > 0:
            entry = self._pending[0]
            group, items, done = entry
            chunk = items[done:done + budget]
            group.item.appendRows([self._annotation_item(a) for a in chunk])
            entry[2] = done + len(chunk)
            budget -= len(chunk)
            if entry[2] >= len(items):
                self._pending.pop(0)
        if self._pending:
            self._fill_timer.start()
        else:
            self._fill_timer.stop()
            self.rebuilt.emit()

    def _section_item(self, section: int) -> QStandardItem:
        item = QStandardItem()
        item.setFlags(_item_flags())
        item.setData(True, IsSectionRole)
        if section == ORPHAN_SECTION:
            item.setData(-1, StartRole)   # nowhere to jump to
            return item
        entry = self._sections.entry(section)
        item.setData(entry.start if entry is not None else 0, StartRole)
        return item

    def _annotation_item(self, annotation: Annotation) -> QStandardItem:
        item = QStandardItem(self.display_text(annotation))
        item.setFlags(_item_flags())
        item.setData(annotation.id, IdRole)
        return item

    # -- incremental changes -----------------------------------------------------------------
    def insert(self, annotation: Annotation) -> None:
        """Add one annotation if the filter shows it: one bisection, one row inserted."""
        if self._pending:
            self.finish_fill()
        if not self._matches(annotation):
            return
        group = self._group_for(self.section_key(annotation))
        key = sort_key(annotation, self.sort)
        row = bisect_left(group.keys, key)
        group.keys.insert(row, key)
        group.ids.insert(row, annotation.id)
        self._group_of[annotation.id], self._key_of[annotation.id] = group, key
        self._visible[annotation.id] = annotation
        group.item.insertRow(row, [self._annotation_item(annotation)])   # list: Qt takes ownership
        self._title_changed(group)

    def remove(self, annotation_id: str) -> None:
        if self._pending:
            self.finish_fill()
        group = self._group_of.pop(annotation_id, None)
        if group is None:
            return
        row = bisect_left(group.keys, self._key_of.pop(annotation_id))
        self._visible.pop(annotation_id, None)
        self._display_cache.pop(annotation_id, None)
        del group.keys[row]
        del group.ids[row]
        if not group.ids:
            self._groups.remove(group)
            self.removeRow(group.item.row())
            return
        group.item.removeRow(row)
        self._title_changed(group)

    def update(self, annotation: Annotation) -> None:
        """Show a changed annotation: in place when it keeps its row, else moved."""
        if self._pending:
            self.finish_fill()
        group = self._group_of.get(annotation.id)
        if group is not None and self._matches(annotation) \
                and self._key_of[annotation.id] == sort_key(annotation, self.sort) \
                and self.section_key(annotation) == group.section:
            self._visible[annotation.id] = annotation
            self._display_cache.pop(annotation.id, None)
            group.item.child(self._row_of(annotation.id, group)).setText(self.display_text(annotation))
            return
        self.remove(annotation.id)
        self.insert(annotation)

    def _group_for(self, section: int) -> _Group:
        sections = [g.section for g in self._groups]
        row = bisect_left(sections, section)
        if row < len(self._groups) and self._groups[row].section == section:
            return self._groups[row]
        group = _Group(section, self._section_item(section))
        self._groups.insert(row, group)
        self.invisibleRootItem().insertRow(row, [group.item])
        return group

    def _title_changed(self, group: _Group) -> None:
        group.item.setText(f"{self.section_title(group.section)}  ({len(group.ids)})")

    def _row_of(self, annotation_id: str, group: _Group) -> int:
        return bisect_left(group.keys, self._key_of[annotation_id])

    # -- queries -------------------------------------------------------------------------------
    def visible_count(self) -> int:
        return len(self._visible)

    def annotation(self, index: QModelIndex | QPersistentModelIndex) -> Annotation | None:
        if not index.isValid():
            return None
        annotation_id = index.data(IdRole)
        return self._visible.get(annotation_id) if annotation_id else None

    def index_of(self, annotation_id: str) -> QModelIndex:
        if self._pending:
            self.finish_fill()
        group = self._group_of.get(annotation_id)
        if group is None:
            return QModelIndex()
        return self.index(self._row_of(annotation_id, group), 0, group.item.index())

    def convert(self, text: str) -> str:
        """``text`` in the script the panel shows."""
        return self._convert(text)

    def section_key(self, annotation: Annotation) -> int:
        """The group of ``annotation``: its outline section, or the orphans' group (an orphan's
        stale offset must not file it under whatever section now sits there)."""
        if annotation.state is ORPHAN:
            return ORPHAN_SECTION
        return self._sections.section_of(annotation.start)

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
