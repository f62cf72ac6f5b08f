"""Fast paths around markdown-it for the two shapes that make big reports slow.

markdown-it-py spends about 10 µs per token: a 4 MB report of plain paragraphs takes 15 s and
a 500,000-row table almost a minute and two gigabytes.  Most of a real report needs none of
that machinery, so before parsing we take out

* **plain chunks** — blank-line-delimited runs of lines that contain no character Markdown
  could give a meaning to (no ``* _ ` [ < & \\ ~ |``, no list, heading, quote or code start, no
  leading or trailing spaces).  markdown-it would turn each into one paragraph of text and soft
  breaks, so we build those paragraphs directly.  A run of consecutive plain chunks is replaced
  by one placeholder paragraph, which keeps everything around it parsing as before (a
  paragraph ends a list, separates two lists, …).
* **tall tables** — the body rows of a top-level pipe table after its first one, when they are
  many and each has exactly the header's number of cells and no backslash or backtick.  Their
  cells are split the way markdown-it's table rule splits them; only cells holding inline
  markup go through markdown-it's inline parser.

Everything else, and the whole file when an HTML block that can span blank lines is opened
(``<!--``, ``<script`` …) and never closed on the same chunk, goes to markdown-it unchanged.
The result is exactly what markdown-it alone produces (tests/document/test_prescan.py checks
this on generated Markdown).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

try:
    # markdown-it-py 4 trims paragraphs and table cells with the CommonMark whitespace set.
    from markdown_it.common.utils import MD_TRIM_CHARS
except ImportError:  # pragma: no cover - markdown-it-py 3 trims with str.strip()
    MD_TRIM_CHARS = None

from document.cjk import is_cjk

#: Characters that can start inline markup (emphasis, code, links, autolinks, HTML, entities,
#: escapes, strikethrough) or a table cell border.
_INLINE_SPECIAL = frozenset("\\`*_[]<&~|\x00")
_INLINE_SPECIAL_RE = re.compile("[" + re.escape("".join(sorted(_INLINE_SPECIAL))) + "]")
#: First characters that can start a block other than a paragraph.
_BLOCK_START = frozenset("#>-+*=|`~<[ \t")
_ORDERED_START = re.compile(r"\d{1,9}[.)]")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_HTML_SPANNING = re.compile(r" {0,3}<(script|pre|style|textarea|!--|\?|![A-Za-z]|!\[CDATA\[)", re.IGNORECASE)
_HTML_END = {"script": "</script>", "pre": "</pre>", "style": "</style>", "textarea": "</textarea>",
             "!--": "-->", "?": "?>", "![CDATA[": "]]>"}
_DELIMITER_ROW = re.compile(r"\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*")
_TABLE_ROW_SPECIAL = re.compile(r"[\\`\[\]]")
_CELL_INLINE = re.compile(r"[*_<&~!]")

#: Body rows a table needs before its rows are split here instead of by markdown-it.
TALL_TABLE_ROWS = 64
PLACEHOLDER = "pizhu-plain-chunk"


@dataclass
class PlainParagraph:
    """A paragraph read without markdown-it: its source lines and where they start."""

    lines: list[str]
    first_line: int   # 0-based line in the original source


@dataclass
class TableRows:
    """Body rows of a tall table, read here: one list of trimmed cell texts per row.

    ``marked[i]`` says whether row ``i`` holds characters of inline markup, so that only those
    rows' cells go through markdown-it's inline parser."""

    rows: list[list[str]]
    first_line: int   # 0-based source line of the first of these rows
    marked: list[bool] = field(default_factory=list)


@dataclass
class Prescan:
    """What markdown-it should parse, and what was read without it.

    ``plain`` maps a placeholder's line in ``markdown`` to the paragraphs it stands for;
    ``tables`` maps the line of a table's first body row in ``markdown`` to the rows that
    followed it in the source.  ``source_line`` turns a line of ``markdown`` back into a line
    of the source (both 0-based).
    """

    markdown: str
    line_origin: list[int] = field(default_factory=list)
    plain: dict[int, list[PlainParagraph]] = field(default_factory=dict)
    tables: dict[int, TableRows] = field(default_factory=dict)

    def source_line(self, markdown_line: int) -> int:
        if 0 <= markdown_line < len(self.line_origin):
            return self.line_origin[markdown_line]
        return markdown_line


def _is_blank(line: str) -> bool:
    return not line.strip(" \t")


def _plain_line(line: str) -> bool:
    if line[0] in _BLOCK_START or line[-1] in " \t" or _ORDERED_START.match(line):
        return False
    return not _INLINE_SPECIAL_RE.search(line)


def _html_end_marker(line: str) -> str | None:
    """The end marker of an HTML block of kinds 1–5 that ``line`` opens, else None."""
    match = _HTML_SPANNING.match(line)
    if not match:
        return None
    opener = match.group(1).lower()
    if opener.startswith("![cdata["):
        return "]]>"
    if opener.startswith("!") and opener != "!--":
        return ">"
    return _HTML_END[opener]


class _Scanner:
    """Walks the source once, chunk by chunk (a chunk: lines between blank lines)."""

    def __init__(self, source: str):
        self.lines = source.split("\n")
        self.out: list[str] = []
        self.origin: list[int] = []
        self.plain: dict[int, list[PlainParagraph]] = {}
        self.tables: dict[int, TableRows] = {}
        self.open_run: list[PlainParagraph] | None = None
        self.fence: str | None = None
        self.html_end: str | None = None

    def emit(self, line: str, origin: int) -> None:
        self.out.append(line)
        self.origin.append(origin)

    def run(self) -> Prescan:
        lines = self.lines
        index = 0
        while index < len(lines):
            if self.fence is not None or self.html_end is not None or _is_blank(lines[index]):
                index = self._verbatim_line(index)
                continue
            end = index
            while end < len(lines) and not _is_blank(lines[end]):
                end += 1
            self._chunk(index, end)
            index = end
        return Prescan("\n".join(self.out), self.origin, self.plain, self.tables)

    def _verbatim_line(self, index: int) -> int:
        line = self.lines[index]
        if self.fence is not None:
            stripped = line.strip()
            if stripped.startswith(self.fence[0] * len(self.fence)) and not stripped.strip(self.fence[0]):
                self.fence = None
        elif self.html_end is not None and self.html_end in line:
            self.html_end = None
        if not (_is_blank(line) and self.open_run is not None and self.fence is None and self.html_end is None):
            self.emit(line, index)
        return index + 1

    def _chunk(self, start: int, end: int) -> None:
        chunk = self.lines[start:end]
        if all(_plain_line(line) for line in chunk):
            paragraph = PlainParagraph(chunk, start)
            if self.open_run is None:
                self.open_run = [paragraph]
                self.plain[len(self.out)] = self.open_run
                self.emit(PLACEHOLDER, start)
            else:
                self.open_run.append(paragraph)
            return
        if self.open_run is not None and self.out and self.out[-1] == PLACEHOLDER:
            self.emit("", start - 1)   # the blank line that ended the run of plain chunks
        self.open_run = None
        self._complex_chunk(start, end)

    def _complex_chunk(self, start: int, end: int) -> None:
        index = start
        while index < end:
            line = self.lines[index]
            if self.fence is None and self.html_end is None:
                fence = _FENCE.match(line)
                if fence:
                    self.fence = fence.group(1)
                else:
                    marker = _html_end_marker(line)
                    if marker is not None and marker not in line[line.index("<") + 1:]:
                        self.html_end = marker
            elif self.fence is not None and index > start:
                stripped = line.strip()
                if stripped.startswith(self.fence[0] * len(self.fence)) and not stripped.strip(self.fence[0]):
                    self.fence = None
            elif self.html_end is not None and self.html_end in line:
                self.html_end = None
            if index == start and self.fence is None and self.html_end is None:
                taken = self._tall_table(index, end)
                if taken:
                    index += taken
                    continue
            self.emit(line, index)
            index += 1

    def _tall_table(self, start: int, end: int) -> int:
        """Emit a tall table's header, delimiter and first row; keep its other rows aside.

        Returns how many source lines were consumed (0 when this is no tall table)."""
        lines = self.lines
        if end - start < TALL_TABLE_ROWS + 3 or not lines[start].startswith("|"):
            return 0
        if not _DELIMITER_ROW.fullmatch(lines[start + 1]) or "|" not in lines[start + 1]:
            return 0
        columns = len(split_row(lines[start]))
        if columns == 0 or columns != len(split_row(lines[start + 1])) or _fast_cells(lines[start + 2], columns) is None:
            return 0
        rows: list[list[str]] = []
        marked: list[bool] = []
        stop = start + 3
        while stop < end:
            cells = _fast_cells(lines[stop], columns)
            if cells is None:
                break
            rows.append(cells)
            marked.append(bool(_CELL_INLINE.search(lines[stop])))
            stop += 1
        if len(rows) < TALL_TABLE_ROWS:
            return 0
        for offset in range(3):
            self.emit(lines[start + offset], start + offset)
        self.tables[len(self.out) - 1] = TableRows(rows, start + 3, marked)
        return stop - start


def split_row(line: str) -> list[str]:
    """Cells of a pipe-table row as markdown-it splits them (outer pipes dropped, no escapes)."""
    cells = line.strip(MD_TRIM_CHARS).split("|")
    if cells and cells[0] == "":
        cells.pop(0)
    if cells and cells[-1] == "":
        cells.pop()
    return cells


def _fast_cells(line: str, columns: int) -> list[str] | None:
    """The trimmed cells of a body row the prescan may read itself, else None."""
    if not line.startswith("|") or _TABLE_ROW_SPECIAL.search(line):
        return None
    cells = split_row(line)
    if len(cells) != columns:
        return None
    return [cell.strip(MD_TRIM_CHARS) for cell in cells]


def cell_needs_inline_parse(cell: str) -> bool:
    return bool(_CELL_INLINE.search(cell))


# Anything Markdown could give a meaning to, anywhere in the file: when nothing matches, the
# whole file is plain paragraphs and is read without looking at it line by line.
_ANY_MARKUP = re.compile(r"[\\`*_\[\]<&~|\x00\t]|^[ #>\-+=]|^\d{1,9}[.)]| $", re.MULTILINE)
_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")


def prescan(source: str) -> Prescan:
    """Split ``source`` into what markdown-it must parse and what can be read directly."""
    if not _ANY_MARKUP.search(source):
        return _all_plain(source)
    return _Scanner(source).run()


def _all_plain(source: str) -> Prescan:
    """A file without any markup: one run of plain paragraphs behind a single placeholder."""
    paragraphs: list[PlainParagraph] = []
    line = 0
    position = 0
    for gap in _BLANK_LINES.finditer(source):
        chunk = source[position:gap.start()]
        if chunk.strip(" \t\n"):
            paragraphs.append(PlainParagraph(chunk.split("\n"), line))
        line += source.count("\n", position, gap.end())
        position = gap.end()
    chunk = source[position:]
    if chunk.strip(" \t\n"):
        paragraphs.append(PlainParagraph(chunk.rstrip("\n").split("\n"), line))
    paragraphs = [_drop_leading_blank(p) for p in paragraphs]
    if not paragraphs:
        return Prescan(source, list(range(source.count("\n") + 1)))
    return Prescan(PLACEHOLDER, [paragraphs[0].first_line], {0: paragraphs})


def _drop_leading_blank(paragraph: PlainParagraph) -> PlainParagraph:
    """A chunk at the very start may begin with blank lines (the source starts with them)."""
    lines = paragraph.lines
    skip = 0
    while skip < len(lines) - 1 and not lines[skip].strip(" \t"):
        skip += 1
    return PlainParagraph(lines[skip:], paragraph.first_line + skip) if skip else paragraph


def plain_paragraph_lines(paragraph: PlainParagraph) -> list[str]:
    """The paragraph's lines as markdown-it reads them: the paragraph trimmed at both ends."""
    lines = list(paragraph.lines)
    lines[0] = lines[0].lstrip(MD_TRIM_CHARS)
    lines[-1] = lines[-1].rstrip(MD_TRIM_CHARS)
    return lines


def soft_break(before: str, after: str) -> str:
    """What a soft line break reads as: nothing between two CJK characters, else a space."""
    return "" if is_cjk(before[-1:]) and is_cjk(after[:1]) else " "
