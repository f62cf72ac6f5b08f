"""Domain values of a parsed report.

Everything here is immutable and pure Python so the storage layer, the GUI and the CLI can
share one picture of a document without importing each other.  Offsets are always Python
``str`` indices (code points) into :attr:`Document.text`, end-exclusive.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # pragma: no cover
    from document.sections import SectionIndex


class BlockKind(str, Enum):
    """Kinds of reading blocks; each contributes one line of the canonical text."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    TABLE_CELL = "table_cell"
    CODE = "code"
    HTML = "html"


class BlockRole(str, Enum):
    """What a block is for, beyond its kind: the front matter of a report, or its table of contents.

    Front matter (the speech frame and metadata headers before the body) and a 目录 block are
    part of the canonical text but never outline entries and never joined across page breaks.
    """

    BODY = ""
    TITLE = "title"          # 政府工作报告 — the report's own title line(s)
    DATELINE = "dateline"    # ——2026年1月26日在……会议上
    SPEAKER = "speaker"      # 广东省省长 孟凡利
    META = "meta"            # 来源：…… / 发布机构：…… / 日期：……
    CAPTION = "caption"      # a photo caption left by a news page (……记者 刘彬 摄)
    CONTENTS = "contents"    # a 目录 block: the heading and its listed titles
    HEADING = "heading"      # an unnumbered heading recognised in plain text (“十四五”时期工作回顾)


FRONT_MATTER_ROLES = frozenset({BlockRole.TITLE, BlockRole.DATELINE, BlockRole.SPEAKER, BlockRole.META,
                                BlockRole.CAPTION})


class SpanStyle(str, Enum):
    """Inline styles kept for rendering; the text itself carries no markup."""

    BOLD = "bold"
    ITALIC = "italic"
    CODE = "code"
    LINK = "link"
    STRIKE = "strike"


@dataclass(frozen=True, slots=True)
class InlineSpan:
    """A styled run inside a block, in canonical offsets."""

    start: int
    end: int
    style: SpanStyle
    href: str = ""


class Block(NamedTuple):
    """One reading block and where it sits in the canonical text.

    ``marker`` is a decoration (``1.``, ``•``) that is drawn but is not part of the text, as in
    HTML's text content.  ``depth`` counts list/quote nesting for indentation.  ``role`` marks
    front matter and a table of contents (see :class:`BlockRole`).  An immutable named tuple:
    a table of 500,000 rows makes 1.5 million of these, and a tuple is the cheapest immutable
    value Python builds.
    """

    kind: BlockKind
    start: int
    end: int
    spans: tuple[InlineSpan, ...] = ()
    marker: str = ""
    depth: int = 0
    heading_level: int = 0
    table_row: int = -1
    table_col: int = -1
    role: BlockRole = BlockRole.BODY


class RepairKind(str, Enum):
    JOIN = "join"    # two pieces of one sentence split by a page end or a line break were joined
    DROP = "drop"    # a line of conversion debris (page number, running head, web chrome) was left out


class Repair(NamedTuple):
    """One change the parser made to the source's paragraphs, so that it can be shown and explained.

    ``offset`` is where it happened in the canonical text: for a join, the first character of
    the joined piece; for a drop, where the dropped line would have stood.  ``text`` is the
    dropped line, or the start of the joined piece.  ``origin`` is the 1-based source line (0
    when the reader knows no lines), ``reason`` a short English phrase (``page number``,
    ``running head``, ``sentence split by a page break`` …).
    """

    kind: RepairKind
    offset: int
    text: str
    reason: str
    origin: int = 0

    def to_json(self) -> dict:
        return {"kind": self.kind.value, "offset": self.offset, "text": self.text,
                "reason": self.reason, "line": self.origin}


@dataclass(frozen=True)
class OutlineEntry:
    """A section of the outline.

    ``rank`` is the numbering rank (document/numbering.py: GB/T 9704's 1 ``一、`` … 4 ``（1）``,
    and above them 0 节, -1 章, -2 篇; appendices and unnumbered headings get theirs from the
    outline); ``level`` is the depth in the tree (1 = top).  ``end`` is the start of the next entry of the same or higher rank,
    or the end of the text.
    """

    title: str
    rank: int
    level: int
    start: int
    end: int
    block_index: int
    children: tuple["OutlineEntry", ...] = ()

    def walk(self):
        """Yield this entry and all its descendants in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


def page_label(page: int | None) -> str:
    """How a PDF page is cited in exports and on the command line ("p. 12"); empty without a page.
    The GUI cites pages in the UI language (gui/core/pages.py)."""
    return f"p. {page}" if page else ""


@dataclass(frozen=True)
class Document:
    """A loaded, parsed and repaired report.

    ``source`` is the normalised source text (LF line ends, NFC) whose SHA-256 is the id of a
    Markdown or plain-text report; a .docx/.html/.pdf report's id is the SHA-256 of the file's
    bytes and its ``source`` is the extracted text.  ``text`` is the canonical reading text
    every offset refers to.  ``format`` names the reader (see :mod:`document.formats`);
    ``page_starts`` holds, for paged sources (PDF), the canonical offset where each printed
    page begins and its page number — empty for sources without pages.  ``repairs`` lists every join
    and every dropped line of debris (see :class:`Repair`); ``paragraphing`` says how the
    source marked its paragraphs (``markdown``: blank lines, ``lines``: one per line, ``mixed``).
    """

    id: str
    source: str
    text: str
    blocks: tuple[Block, ...]
    title: str
    outline: tuple[OutlineEntry, ...]
    path: str = ""
    encoding: str = "utf-8"
    notices: tuple[str, ...] = field(default=())
    format: str = "markdown"
    page_starts: tuple[tuple[int, int], ...] = ()
    repairs: tuple[Repair, ...] = field(default=())
    paragraphing: str = "markdown"

    def page_at(self, offset: int) -> int | None:
        """The PDF page (1-based) that holds ``offset``, or None for a source without pages."""
        if not self.page_starts:
            return None
        index = bisect_right(self.page_starts, (offset, float("inf"))) - 1
        return self.page_starts[max(index, 0)][1]

    def page_offset(self, page: int) -> int | None:
        """Where page ``page`` begins; a page with no text of its own (a blank or a picture
        page) goes to the next page that has some, past the last page to the last one.  None
        for a source without pages."""
        if not self.page_starts:
            return None
        for start, number in self.page_starts:
            if number >= page:
                return start
        return self.page_starts[-1][0]

    def block_text(self, block: Block) -> str:
        return self.text[block.start:block.end]

    def unconverted_ranges(self) -> list[tuple[int, int]]:
        """Source ranges a script view must leave as written: code spans and code blocks."""
        ranges = [(s.start, s.end) for b in self.blocks for s in b.spans if s.style is SpanStyle.CODE]
        ranges += [(b.start, b.end) for b in self.blocks if b.kind is BlockKind.CODE]
        return sorted(ranges)

    def front_matter(self) -> list[Block]:
        """The leading blocks that frame the report: title, dateline, speaker, metadata, captions."""
        blocks = []
        for block in self.blocks:
            if block.role not in FRONT_MATTER_ROLES:
                break
            blocks.append(block)
        return blocks

    def entries(self) -> list[OutlineEntry]:
        """All outline entries flattened in document order."""
        return [entry for top in self.outline for entry in top.walk()]

    @cached_property
    def sections(self) -> "SectionIndex":
        """Which section holds an offset (built once per document; see :mod:`document.sections`)."""
        from document.sections import SectionIndex

        return SectionIndex(self)

    def section_path(self, offset: int) -> list[OutlineEntry]:
        """The chain of entries (top first) whose range holds ``offset``."""
        return self.sections.path(offset)
