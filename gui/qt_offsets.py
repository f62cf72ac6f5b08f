"""Code-point offsets ↔ Qt positions (UTF-16 units) — the only place the two meet.

Every stored offset is a Python ``str`` index; QTextCursor counts UTF-16 code units, so a
character outside the BMP (𠀀, 😀) counts twice in Qt.  The reader's QTextDocument holds the
display text with one QTextBlock per line, so apart from surrogate pairs the two agree.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

#: A character that takes two UTF-16 units (outside the BMP).
_WIDE = re.compile("[\U00010000-\U0010FFFF]")


class Utf16Index:
    """Converts between code-point offsets and UTF-16 positions of one string."""

    def __init__(self, text: str) -> None:
        # Code-point offsets of characters that take two UTF-16 units.  Found by the regex
        # engine: a Python loop over every character costs ~1 s on a 10 MB report.
        self._wide = [match.start() for match in _WIDE.finditer(text)] if not text.isascii() else []
        # The UTF-16 position of each of those characters.
        self._wide_qt = [offset + n for n, offset in enumerate(self._wide)]
        self.length = len(text)

    @property
    def identity(self) -> bool:
        return not self._wide

    def to_qt(self, offset: int) -> int:
        """UTF-16 position of code-point ``offset`` (0..len)."""
        if not self._wide:
            return offset
        return offset + bisect_left(self._wide, offset)

    def from_qt(self, position: int) -> int:
        """Code-point offset of UTF-16 ``position``; a position inside a pair rounds down."""
        if not self._wide:
            return position
        before = bisect_right(self._wide_qt, position - 1)  # wide chars starting before position
        offset = position - before
        # A position between the two halves of a pair belongs to that character.
        if before and self._wide_qt[before - 1] == position - 1:
            offset = self._wide[before - 1]
        return offset
