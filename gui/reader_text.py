"""The text the reader shows and the offset arithmetic between source, display and Qt.

Source offsets (canonical text, what the store keeps) → display offsets (a script view of the
text) → Qt positions (UTF-16 units in the QTextDocument).  Everything that converts goes
through here so the rule lives in one place.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from document.model import Document
from gui.qt_offsets import Utf16Index


@dataclass
class ReaderText:
    """A document as displayed in one script, with every offset conversion it needs."""

    document: Document
    script: str = "source"
    text: str = field(init=False)

    def __post_init__(self) -> None:
        if self.script == "source":
            self._view = None
            self.text = self.document.text
        else:
            # Imported here so showing the source script never pays for loading OpenCC.
            from document.scripts import script_view

            self._view = script_view(self.document.text, self.script, self.document.unconverted_ranges())
            self.text = self._view.text
        self._utf16 = Utf16Index(self.text)

    # -- source ↔ display -----------------------------------------------------------------
    def to_display(self, source_offset: int) -> int:
        return source_offset if self._view is None else self._view.to_display(source_offset)

    def to_source(self, display_offset: int) -> int:
        return display_offset if self._view is None else self._view.to_source(display_offset)

    def display_range(self, start: int, end: int) -> tuple[int, int]:
        return (start, end) if self._view is None else self._view.to_display_range(start, end)

    def source_range(self, start: int, end: int) -> tuple[int, int]:
        """A display selection → source range (a partial phrase expands to the whole phrase)."""
        return (start, end) if self._view is None else self._view.to_source_range(start, end)

    # -- source ↔ Qt ----------------------------------------------------------------------
    def qt_of_display(self, display_offset: int) -> int:
        return self._utf16.to_qt(display_offset)

    def display_of_qt(self, position: int) -> int:
        return self._utf16.from_qt(position)

    def qt_of_source(self, source_offset: int) -> int:
        return self.qt_of_display(self.to_display(source_offset))

    def source_of_qt(self, position: int) -> int:
        return self.to_source(self.display_of_qt(position))

    def qt_range_of_source(self, start: int, end: int) -> tuple[int, int]:
        ds, de = self.display_range(start, end)
        return self.qt_of_display(ds), self.qt_of_display(de)

    def source_range_of_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.source_range(self.display_of_qt(start), self.display_of_qt(end))
