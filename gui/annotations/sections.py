"""Which outline section an offset belongs to, answered by bisection.

``Document.section_path`` walks the tree for one offset; grouping 10,000 annotations or
counting them per outline entry needs something cheaper, so the entries are flattened once in
document order.  Because entries nest and each ends where the next entry of the same or a
higher rank starts, the last entry starting at or before an offset is the deepest one holding
it.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from document.model import Document, OutlineEntry


class SectionIndex:
    """Flattened outline of one document with O(log n) lookups."""

    def __init__(self, document: Document | None) -> None:
        self.entries: list[OutlineEntry] = document.entries() if document is not None else []
        self._starts = [e.start for e in self.entries]
        self.title = document.title if document is not None else ""

    def section_of(self, offset: int) -> int:
        """Index into :attr:`entries` of the deepest section holding ``offset``; -1 before the first."""
        return bisect_right(self._starts, offset) - 1

    def entry(self, index: int) -> OutlineEntry | None:
        return self.entries[index] if 0 <= index < len(self.entries) else None

    def index_of_start(self, start: int) -> int:
        index = bisect_left(self._starts, start)
        return index if index < len(self._starts) and self._starts[index] == start else -1

    def counts(self, ordered: list[int]) -> dict[int, int]:
        """Annotations per outline entry (keyed by entry start), children included.

        ``ordered`` are annotation start offsets, sorted; each entry counts those in
        [start, end).  Kept sorted by the caller so an added highlight costs no sort.
        """
        result: dict[int, int] = {}
        for entry in self.entries:
            count = bisect_left(ordered, entry.end) - bisect_left(ordered, entry.start)
            if count:
                result[entry.start] = count
        return result
