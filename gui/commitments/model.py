"""The ledger table's model: one row per :class:`storage.ledger.LedgerEntry`, kept by key.

Rows are keyed (a tracked commitment by its annotation id, a suggestion by its place and
quote), and :meth:`LedgerModel.set_entries` applies the difference to the previous set —
inserting, removing and updating rows — so the selection, the current row and an open editor
survive every change event.

The model sorts itself (:meth:`LedgerModel.sort`, a Python sort by a key per row, then one
``layoutChanged``); the proxy (:mod:`gui.commitments.proxy`) only filters.  Sorting in the
proxy called a Python ``lessThan`` through two ``data()`` calls per comparison — a quarter of a
second for a thousand rows.

Every string is handed out as plain text.  Text the report wrote (indicator, section, quote,
units, values, categories, labels) is shown through the window's script conversion; the edit
role gives the stored text, so editing in a Traditional view never rewrites what was stored.
Edits are not applied here: :attr:`editRequested` / :attr:`statusRequested` go to the
feature, which runs an undoable operation; the change event then updates the row.
"""
from __future__ import annotations

import re
from enum import Enum
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from document.annotation import COMMITMENT_ENUMS, CommitmentStatus, commitment_field_text
from document.times import local_minute
from gui.commitments.columns import COLUMN_INDEX, COLUMNS, header_text, header_tip
from gui.commitments.labels import (
    ENUM_LABELS, STATUS_COLORS, SUGGESTED_LABEL, SUGGESTED_VALUE, value_label, value_tooltip,
)
from gui.core.display import plain_tooltip, swatch_icon
from storage.ledger import SECTION_SEPARATOR, LedgerEntry

EntryRole = Qt.ItemDataRole.UserRole + 1     # the LedgerEntry
KeyRole = Qt.ItemDataRole.UserRole + 2       # the row's key
STATUS_ORDER = {status: i for i, status in enumerate(CommitmentStatus)}
_MARKER = re.compile(r"^\s*([（(]?[一二三四五六七八九十百零〇\d]+[)）]?)[、.．]?")
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?")

RowKey = tuple
_DISPLAY, _EDIT, _TOOLTIP, _FONT, _DECORATION, _ACCESSIBLE = (int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.AccessibleTextRole))
_ENTRY, _KEY = int(EntryRole), int(KeyRole)
_ROLES = frozenset({_DISPLAY, _EDIT, _TOOLTIP, _FONT, _DECORATION, _ACCESSIBLE, _ENTRY, _KEY})


def row_key(entry: LedgerEntry) -> RowKey:
    if entry.annotation is not None:
        return ("a", entry.annotation.id)
    return ("s", entry.start, entry.end, entry.quote)


def short_section(section: str) -> str:
    """``三、2023 年重点工作 › （五）大力推进…`` → ``三（五）``: the numbering of each level (the
    column stays narrow and still reads as a place); the last title when a level has none."""
    parts = [p for p in section.split(SECTION_SEPARATOR) if p]
    if not parts:
        return ""
    markers = [_MARKER.match(p) for p in parts]
    if all(markers):
        return "".join(m.group(1) for m in markers if m)
    return parts[-1]


def _value_key(text: str) -> tuple:
    """Numbers by magnitude before text (``2.5`` < ``10`` < ``建成通车``)."""
    found = _NUMBER.match(text)
    return (0, float(found.group()), text) if found else (1, 0.0, text)


class LedgerModel(QAbstractTableModel):
    """The ledger's rows (see the module documentation)."""

    editRequested = Signal(str, str, str)        # annotation id, field, new text
    statusRequested = Signal(str, str)           # annotation id, new status value

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[LedgerEntry] = []
        self._keys: list[RowKey] = []
        self._row_of: dict[RowKey, int] = {}
        self._convert: Callable[[str], str] = lambda s: s
        self._cache: dict[str, str] = {}
        self._italic = QFont()
        self._italic.setItalic(True)
        self._struck = QFont()
        self._struck.setItalic(True)
        self._struck.setStrikeOut(True)
        self._icons = {status: swatch_icon(color, 12) for status, color in STATUS_COLORS.items()}
        self.sort_column = COLUMN_INDEX["section"]
        self.sort_order = Qt.SortOrder.AscendingOrder

    # -- content -------------------------------------------------------------------------------
    def set_entries(self, entries: Sequence[LedgerEntry]) -> None:
        """Show ``entries``: rows whose key left are removed, new keys appended, changed rows
        updated in place (nothing is reset, so selection and editors survive)."""
        new = {row_key(e): e for e in entries}
        gone = sorted((self._row_of[k] for k in self._row_of if k not in new), reverse=True)
        for first, last in _runs(gone):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._entries[first:last + 1]
            del self._keys[first:last + 1]
            self.endRemoveRows()
        if gone:
            self._row_of = {k: i for i, k in enumerate(self._keys)}
        changed: list[int] = []
        for key, entry in new.items():
            row = self._row_of.get(key)
            if row is not None and self._entries[row] != entry:
                self._entries[row] = entry
                changed.append(row)
        if changed:
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), len(COLUMNS) - 1))
        fresh = [(k, e) for k, e in new.items() if k not in self._row_of]
        if fresh:
            first = len(self._entries)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            for offset, (key, entry) in enumerate(fresh):
                self._entries.append(entry)
                self._keys.append(key)
                self._row_of[key] = first + offset
            self.endInsertRows()
        if fresh or changed:
            self._resort()

    def patch(self, entries: Sequence[LedgerEntry]) -> None:
        """Replace rows whose keys are known (entries changed in place), then keep the order."""
        rows = []
        for entry in entries:
            row = self._row_of.get(row_key(entry), -1)
            if row >= 0 and self._entries[row] != entry:
                self._entries[row] = entry
                rows.append(row)
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        if rows:
            self._resort()

    # -- sorting -------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.sort_column, self.sort_order = column, order
        self._resort()

    def _resort(self) -> None:
        """Put the rows in the chosen order (ties in document order), keeping persistent indexes."""
        if len(self._entries) < 2:
            return
        column = COLUMNS[self.sort_column].id
        keys = [(self._sort_key(e, column), e.start, e.end) for e in self._entries]
        order = sorted(range(len(keys)), key=keys.__getitem__,
                       reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        if order == list(range(len(order))):
            return
        self.layoutAboutToBeChanged.emit()
        new_row = {old: new for new, old in enumerate(order)}
        self._entries = [self._entries[i] for i in order]
        self._keys = [self._keys[i] for i in order]
        self._row_of = {k: i for i, k in enumerate(self._keys)}
        before = self.persistentIndexList()
        after = [self.index(new_row[i.row()], i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def set_convert(self, convert: Callable[[str], str]) -> None:
        """Show report text through ``convert`` (the window's script); refreshes every row."""
        self._convert = convert
        self._cache.clear()
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, len(COLUMNS) - 1))

    def display(self, text: str) -> str:
        """``text`` in the window's script (cached: each distinct string converts once)."""
        found = self._cache.get(text)
        if found is None:
            found = self._cache[text] = self._convert(text) if text else text
        return found

    def entry(self, row: int) -> LedgerEntry:
        return self._entries[row]

    def entries(self) -> list[LedgerEntry]:
        return list(self._entries)

    def row_of(self, key: RowKey) -> int:
        return self._row_of.get(key, -1)

    # -- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return header_text(COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return header_tip(COLUMNS[section]) or None
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and COLUMNS[index.column()].field and self._entries[index.row()].tracked:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # Qt asks a dozen roles per painted cell: the ones answered are plain ints, tested first.
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = COLUMNS[index.column()].id
        if role == _DISPLAY:
            return self._text(entry, column)
        if role == _FONT:
            return None if entry.tracked else (self._struck if entry.dismissed else self._italic)
        if role == _DECORATION:
            return self._icons.get(entry.status) if column == "status" and entry.status is not None else None
        if role == _EDIT:
            return self._stored(entry, column)
        if role == _TOOLTIP:
            return self._tooltip(entry, column)
        if role == _ENTRY:
            return entry
        if role == _KEY:
            return self._keys[index.row()]
        return self._text(entry, column) or "—"     # accessible text

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        entry = self._entries[index.row()]
        field = COLUMNS[index.column()].field
        if not field or entry.annotation is None:
            return False
        text = value.value if isinstance(value, Enum) else str(value)
        if text == self._stored(entry, COLUMNS[index.column()].id):
            return False
        if field == "status":
            self.statusRequested.emit(entry.annotation.id, text)
        else:
            self.editRequested.emit(entry.annotation.id, field, text.strip())
        return True

    # -- cell texts ----------------------------------------------------------------------------
    def _stored(self, entry: LedgerEntry, column: str) -> str:
        if column == "status":
            return entry.status.value if entry.status is not None else ""
        if column in ("section", "quote"):
            return entry.section if column == "section" else entry.quote
        if column == "changed":
            return ""
        return commitment_field_text(entry.commitment, column)

    def _text(self, entry: LedgerEntry, column: str) -> str:
        if column == "section":
            return self.display(short_section(entry.section))
        if column == "quote":
            return self.display(entry.quote)
        if column == "status":
            return self.display(value_label(entry.status) if entry.status is not None else SUGGESTED_LABEL)
        if column == "changed":
            last = entry.history[-1] if entry.history else None
            return f"{local_minute(last.at)} {last.author}".strip() if last else ""
        if column in ENUM_LABELS:
            return self.display(value_label(_enum_value(entry, column)))
        return self.display(commitment_field_text(entry.commitment, column))

    def _tooltip(self, entry: LedgerEntry, column: str) -> str | None:
        if column == "status":
            return plain_tooltip(entry.status.value if entry.status is not None else SUGGESTED_VALUE)
        if column in ENUM_LABELS:
            return plain_tooltip(value_tooltip(_enum_value(entry, column)))
        if column in ("section", "quote", "indicator"):
            lines = [self.display(entry.section), self.display(entry.quote)]
            if column == "indicator":
                lines.insert(0, self.display(entry.commitment.indicator))
            return plain_tooltip("\n".join(lines))
        text = self._text(entry, column)
        return plain_tooltip(text) if text else None

    def _sort_key(self, entry: LedgerEntry, column: str):
        if column in ("section", "quote"):
            return (entry.start, entry.end)
        if column == "status":
            return STATUS_ORDER.get(entry.status, -1) if entry.status is not None else -1
        if column == "value":
            return _value_key(entry.commitment.value)
        if column == "changed":
            return entry.history[-1].at.timestamp() if entry.history else 0.0
        return (self._text(entry, column), entry.start)

    def index_of_key(self, key: RowKey, column: int = 0) -> QModelIndex:
        row = self._row_of.get(key, -1)
        return self.index(row, column) if row >= 0 else QModelIndex()


def _enum_value(entry: LedgerEntry, column: str) -> Enum:
    return COMMITMENT_ENUMS[column](commitment_field_text(entry.commitment, column))


def _runs(descending: list[int]):
    """Contiguous runs (first, last) of row numbers given in descending order, last run first."""
    run: list[int] = []
    for row in descending:
        if run and row != run[-1] - 1:
            yield run[-1], run[0]
            run = []
        run.append(row)
    if run:
        yield run[-1], run[0]


__all__ = ["COLUMN_INDEX", "EntryRole", "KeyRole", "LedgerModel", "row_key", "short_section"]
