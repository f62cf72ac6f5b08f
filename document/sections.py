"""Which outline section holds an offset: the one rule, answered by bisection.

Everything that asks "where is this offset?" — the status bar's section path, the annotations
panel grouping 10,000 rows, the outline counts, export filters and the Markdown brief — asks
:class:`SectionIndex` (through ``Document.sections``), so they can never disagree.

The rule (:meth:`SectionIndex.holds`): an entry holds the offsets in ``[start, end)``, and the
end of the text belongs to the entries that reach it (a passage at the very end still has a
section).  The section of an offset is the deepest entry holding it.

How it is answered in O(log n): the entries are flattened once in document order with each
one's parent.  Bisecting their starts finds the last entry starting at or before the offset;
in a well-formed outline that entry holds it (entries end where the next entry of the same or a
higher rank starts).  Where a parser leaves a gap — front matter, an appendix that ends early —
the walk up the parents finds the entry that really holds it, exactly as a walk down the tree
would.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from document.model import Document, OutlineEntry


class SectionIndex:
    """The flattened outline of one document with O(log n) lookups."""

    def __init__(self, document: Document | None) -> None:
        self.title = document.title if document is not None else ""
        self._length = len(document.text) if document is not None else 0
        self.entries: list[OutlineEntry] = []
        self._parents: list[int] = []
        if document is not None:
            self._flatten(document.outline, -1)
        self._starts = [entry.start for entry in self.entries]

    def _flatten(self, entries, parent: int) -> None:
        for entry in entries:
            self.entries.append(entry)
            self._parents.append(parent)
            self._flatten(entry.children, len(self.entries) - 1)

    # -- the rule ------------------------------------------------------------------------
    def holds(self, entry: OutlineEntry, offset: int) -> bool:
        """Whether ``offset`` lies in ``entry``'s section."""
        return entry.start <= offset < entry.end or entry.start <= offset == entry.end == self._length

    def section_of(self, offset: int) -> int:
        """Index into :attr:`entries` of the deepest entry holding ``offset``; -1 for none."""
        index = bisect_right(self._starts, offset) - 1
        while index >= 0 and not self.holds(self.entries[index], offset):
            index = self._parents[index]
        return index

    def sections_of(self, offsets: Iterable[int]) -> list[int]:
        """:meth:`section_of` of each offset, in one loop (the annotations panel files 10,000
        annotations when a report opens: the same rule, without four calls per offset)."""
        starts, entries, parents, length = self._starts, self.entries, self._parents, self._length
        found: list[int] = []
        for offset in offsets:
            index = bisect_right(starts, offset) - 1
            while index >= 0:
                entry = entries[index]
                # holds(entry, offset), inlined
                if entry.start <= offset < entry.end or entry.start <= offset == entry.end == length:
                    break
                index = parents[index]
            found.append(index)
        return found

    def path(self, offset: int) -> list[OutlineEntry]:
        """The entries holding ``offset``, outermost first (empty before the first section)."""
        chain: list[OutlineEntry] = []
        index = self.section_of(offset)
        while index >= 0:
            chain.append(self.entries[index])
            index = self._parents[index]
        chain.reverse()
        return chain

    # -- lookups -------------------------------------------------------------------------
    def entry(self, index: int) -> OutlineEntry | None:
        return self.entries[index] if 0 <= index < len(self.entries) else None

    def index_of_start(self, start: int) -> int:
        """Index of the entry starting at ``start``; -1 when none does."""
        index = bisect_left(self._starts, start)
        return index if index < len(self._starts) and self._starts[index] == start else -1

    def counts(self, ordered: list[int]) -> dict[int, int]:
        """How many of ``ordered`` (offsets, sorted) each entry holds, keyed by entry start;
        children count towards their parents.  Entries holding none are left out.

        The caller keeps the offsets sorted (:class:`gui.core.index.AnnotationIndex` does, one
        insertion per added highlight), so counting costs two bisections per entry.
        """
        result: dict[int, int] = {}
        for entry in self.entries:
            count = bisect_left(ordered, entry.end) - bisect_left(ordered, entry.start)
            if count:
                result[entry.start] = count
        return result
