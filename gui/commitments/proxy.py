"""Filtering of the ledger table (the model sorts itself: :meth:`LedgerProxy.sort` passes the
header's request on, and the proxy keeps the model's order).

The criteria are a :class:`LedgerFilter` value (free text, status or "untracked", category,
whether dismissed suggestions show); the free text matches the stored text and the text as
shown, so a query typed in either script finds the row.
"""
from __future__ import annotations

from dataclasses import dataclass

import PySide6
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from gui.commitments.labels import SUGGESTED_VALUE
from gui.commitments.model import LedgerModel
from storage.ledger import LedgerEntry

_FILTER_CHANGE = tuple(PySide6.__version_info__[:2]) >= (6, 9)


@dataclass(frozen=True)
class LedgerFilter:
    text: str = ""
    status: str = ""            # a CommitmentStatus value, SUGGESTED_VALUE, or "" for all
    category: str = ""
    show_dismissed: bool = False

    def accepts(self, entry: LedgerEntry, shown: str) -> bool:
        """``shown``: the row's text as displayed (for a query typed in the view's script)."""
        if entry.dismissed and not self.show_dismissed:
            return False
        if self.status:
            value = entry.status.value if entry.status is not None else SUGGESTED_VALUE
            if value != self.status:
                return False
        if self.category and entry.commitment.category != self.category:
            return False
        if self.text:
            needle = self.text.casefold()
            c = entry.commitment
            stored = " ".join((entry.section, entry.quote, c.indicator, c.value, c.unit, c.qualifier,
                               c.horizon, c.category))
            return needle in stored.casefold() or needle in shown.casefold()
        return True


class LedgerProxy(QSortFilterProxyModel):
    def __init__(self, model: LedgerModel, parent=None) -> None:
        super().__init__(parent)
        self.ledger = model
        self.criteria = LedgerFilter()
        self.setSourceModel(model)
        self.setDynamicSortFilter(True)

    def set_filter(self, criteria: LedgerFilter) -> None:
        if criteria == self.criteria:
            return
        if _FILTER_CHANGE:          # Qt 6.9+: the replacement of the deprecated invalidate…()
            self.beginFilterChange()
            self.criteria = criteria
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.criteria = criteria
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        entry = self.ledger.entry(source_row)
        shown = ""
        if self.criteria.text:
            display = self.ledger.display
            c = entry.commitment
            shown = " ".join(display(t) for t in (entry.section, entry.quote, c.indicator, c.unit, c.category))
        return self.criteria.accepts(entry, shown)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The header asks for an order: the model sorts (the proxy keeps its order)."""
        self.ledger.sort(column, order)

    def entry_at(self, proxy_index: QModelIndex) -> LedgerEntry | None:
        if not proxy_index.isValid():
            return None
        return self.ledger.entry(self.mapToSource(proxy_index).row())

    def visible_entries(self) -> list[LedgerEntry]:
        return [self.ledger.entry(self.mapToSource(self.index(r, 0)).row()) for r in range(self.rowCount())]

