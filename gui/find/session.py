"""The state of one find: the query, its matches in source offsets and which one is current.

Kept free of widgets so the rules users feel — where an incremental search starts, how next
and previous wrap, which match stays current when the view is re-rendered in another script —
live in one small place and are easy to reason about.  Matches are SOURCE ranges, so nothing
here changes when the display script does; painting maps them through the ReaderText.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class Step:
    """Where a move landed and whether it wrapped around an end of the document."""

    index: int
    wrapped: bool = False


@dataclass
class FindSession:
    """Matches of the current query and the current one (``-1``: none)."""

    query: str = ""
    matches: list[tuple[int, int]] = field(default_factory=list)
    current: int = -1

    @property
    def count(self) -> int:
        return len(self.matches)

    @property
    def current_match(self) -> tuple[int, int] | None:
        return self.matches[self.current] if 0 <= self.current < len(self.matches) else None

    def set_matches(self, query: str, matches: list[tuple[int, int]], anchor: int,
                    keep: tuple[int, int] | None = None) -> None:
        """New results: ``keep`` stays current if it is still a match, else the first match at or
        after ``anchor`` (an incremental search continues from where the reader is, as in a
        browser), else the first one."""
        self.query = query
        self.matches = matches
        if not matches:
            self.current = -1
            return
        if keep is not None:
            index = bisect_left(matches, keep)
            if index < len(matches) and matches[index] == keep:
                self.current = index
                return
        index = bisect_left(matches, (anchor, -1))
        self.current = index if index < len(matches) else 0

    def clear(self) -> None:
        self.query, self.matches, self.current = "", [], -1

    def step(self, forward: bool) -> Step | None:
        """Move to the next (or previous) match, wrapping around; None when there is none."""
        if not self.matches:
            return None
        if self.current < 0:
            self.current = 0 if forward else len(self.matches) - 1
            return Step(self.current)
        index = self.current + (1 if forward else -1)
        wrapped = not 0 <= index < len(self.matches)
        self.current = index % len(self.matches)
        return Step(self.current, wrapped)

    def choose(self, index: int) -> None:
        """Make ``matches[index]`` current (a click in the search panel)."""
        if 0 <= index < len(self.matches):
            self.current = index

    def label(self) -> str:
        """The counter shown in the find bar: ``3 / 17``, "No matches" or nothing."""
        if not self.query.strip():
            return ""
        if not self.matches:
            return QCoreApplication.translate("FindSession", "No matches")
        total = f"{len(self.matches):,}"
        return f"{self.current + 1:,} / {total}" if self.current >= 0 else f"– / {total}"
