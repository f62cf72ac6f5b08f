"""The search panel's model: one row per match, text made only when a row is shown.

A two-character query finds thousands of matches in a long report; computing a section path
and a context for all of them would stall every keystroke.  Rows hold only source ranges; the
section titles (converted to the display script) and the context are built in :meth:`data` for
the rows the view paints, and cached until the results or the script change.
"""
from __future__ import annotations

import html
from bisect import bisect_left
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from gui.reader_text import ReaderText

CONTEXT_CHARS = 20
MAX_ROWS = 5000

RangeRole = Qt.ItemDataRole.UserRole + 1      # (source start, source end)
RowRole = Qt.ItemDataRole.UserRole + 2        # Row (section, left, match, right)

_BREAKS = str.maketrans({"\n": " ", "\u2028": " ", "\t": " "})


@dataclass(frozen=True)
class Row:
    """What one result shows: where it is and the match inside its context (display script)."""

    section: str
    left: str
    match: str
    right: str

    def plain(self) -> str:
        """The row as plain text with the match in brackets (accessibility, copy, tests)."""
        return f"{self.section}\n{self.left}【{self.match}】{self.right}"


class SearchResultsModel(QAbstractListModel):
    """Matches of the current query, capped at :data:`MAX_ROWS` rows."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._matches: list[tuple[int, int]] = []
        self._total = 0
        self._reader_text: ReaderText | None = None
        self._display: Callable[[str], str] = lambda s: s
        self._rows: dict[int, Row] = {}
        self._titles: dict[str, str] = {}

    def set_results(self, matches: list[tuple[int, int]], reader_text: ReaderText | None,
                    display: Callable[[str], str]) -> None:
        """New matches (or the same ones in another script): rebuilt lazily."""
        self.beginResetModel()
        self._total = len(matches)
        self._matches = matches[:MAX_ROWS]
        self._reader_text = reader_text
        self._display = display
        self._rows.clear()
        self._titles.clear()
        self.endResetModel()

    @property
    def total(self) -> int:
        """All matches, including those beyond the row cap."""
        return self._total

    @property
    def capped(self) -> bool:
        return self._total > len(self._matches)

    def row_of(self, match: tuple[int, int] | None) -> int:
        """The row showing ``match``, -1 if none (not a match, or beyond the cap)."""
        if match is None:
            return -1
        row = bisect_left(self._matches, match)
        return row if row < len(self._matches) and self._matches[row] == match else -1

    def row(self, row: int) -> Row | None:
        if not 0 <= row < len(self._matches) or self._reader_text is None:
            return None
        cached = self._rows.get(row)
        if cached is None:
            cached = self._rows[row] = self._make_row(*self._matches[row])
        return cached

    def _make_row(self, start: int, end: int) -> Row:
        rt = self._reader_text
        assert rt is not None
        path = rt.document.section_path(start)
        section = " › ".join(self._title(e.title) for e in path) if path else self._title(rt.document.title)
        ds, de = rt.display_range(start, end)
        text = rt.text
        left = text[max(0, ds - CONTEXT_CHARS):ds].translate(_BREAKS)
        right = text[de:de + CONTEXT_CHARS].translate(_BREAKS)
        if ds > CONTEXT_CHARS:
            left = "…" + left
        if de + CONTEXT_CHARS < len(text):
            right = right + "…"
        return Row(section, left, text[ds:de].translate(_BREAKS), right)

    def _title(self, title: str) -> str:
        shown = self._titles.get(title)
        if shown is None:
            shown = self._titles[title] = self._display(title)
        return shown

    # -- QAbstractListModel ------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._matches)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == RangeRole:
            return self._matches[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.AccessibleTextRole, RowRole):
            return None
        row = self.row(index.row())
        if row is None:
            return None
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            # Qt guesses whether a tooltip is rich text: escape, so document text is never markup.
            return f"<p style='white-space:pre-wrap'>{html.escape(row.plain())}</p>"
        return row.plain()
