"""Reading a saved web page (.html/.htm) into raw blocks.

lxml parses the page as browsers do (it copes with the broken markup of older portals);
:mod:`document.formats.html_article` finds the article; this module turns the article's
elements into blocks: headings (``h1``–``h6``), paragraphs (``p``, ``div`` text, text between
``<br>``s, which many Chinese portals use instead of paragraphs), list items, table cells,
and bold/italic/struck/link spans.
"""
from __future__ import annotations

import re

from document.blocks import RawBlock
from document.cjk import is_cjk
from document.errors import DocumentError
from document.formats.extraction import Extraction
from document.formats.html_article import find_article, remove_furniture
from document.formats.html_charset import decode_page
from document.formats.text_builder import TextBuilder
from document.model import BlockKind, SpanStyle

_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "header", "blockquote", "pre", "ul", "ol", "li", "dl",
    "dt", "dd", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "center", "figure",
    "figcaption", "address", "hr", "caption",
} | set(_HEADINGS))
_INLINE_STYLES = {
    "b": SpanStyle.BOLD, "strong": SpanStyle.BOLD, "i": SpanStyle.ITALIC, "em": SpanStyle.ITALIC,
    "s": SpanStyle.STRIKE, "strike": SpanStyle.STRIKE, "del": SpanStyle.STRIKE,
}
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(bold|[6-9]00)", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\n\r\f]+")
_SITE_SUFFIX = re.compile(r"\s*[-_|—–]+\s*[^-_|—–]*$")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")


def read_html(raw: bytes, label: str) -> Extraction:
    from lxml import etree, html   # imported here so Markdown reports never load lxml

    text, encoding, notices = decode_page(raw, label)
    try:
        root = html.document_fromstring(_XML_DECLARATION.sub("", text, count=1) or "<html/>")
    except (etree.ParserError, ValueError):
        raise DocumentError(f"{label} is not a readable web page") from None
    page_title = _page_title(root)
    remove_furniture(root)
    article = find_article(root)
    if article is None:
        raise DocumentError(f"{label} has no article text (a navigation or index page?)")
    walker = _Walker()
    for headline in _headlines_outside(root, article):
        walker.walk(headline)
        walker.flush()
    walker.walk(article)
    walker.flush()
    return Extraction(blocks=walker.blocks, title=page_title, encoding=encoding, notices=notices)


def _page_title(root) -> str:
    title = root.findtext(".//title") or ""
    title = " ".join(title.split())
    shortened = _SITE_SUFFIX.sub("", title)    # "政府工作报告 - 山西省人民政府" → "政府工作报告"
    return shortened or title


def _headlines_outside(root, article) -> list:
    """The page's ``h1``s before the article container, which often leaves the headline out."""
    found = []
    for element in root.iter():
        if element is article:
            return found
        if element.tag == "h1":
            found.append(element)
    return []


class _Walker:
    """Depth-first over the article; block tags close the current block."""

    def __init__(self) -> None:
        self.blocks: list[RawBlock] = []
        self.builder = TextBuilder()
        self.kind = BlockKind.PARAGRAPH
        self.hints: dict = {}
        self.table_stack: list[list[int]] = []   # [row, col] per open data table

    def flush(self) -> None:
        block = self.builder.block(self.kind, **self.hints)
        if block.text:
            self.blocks.append(block)
        self.builder = TextBuilder()
        self.kind = BlockKind.PARAGRAPH
        self.hints = {}

    def walk(self, element, styles: frozenset = frozenset(), href: str = "") -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "br" and self.kind is BlockKind.TABLE_CELL:
            self.builder.add("\n", styles)
        elif tag == "br":
            self.flush()
        elif tag in _BLOCK_TAGS:
            self._block(element, tag, styles, href)
        else:
            self._inline(element, tag, styles, href)
        self._text(element.tail, styles, href)

    def _inline(self, element, tag: str, styles: frozenset, href: str) -> None:
        inner = set(styles)
        if tag in _INLINE_STYLES:
            inner.add(_INLINE_STYLES[tag])
        if _BOLD_STYLE.search(element.get("style", "") if tag else ""):
            inner.add(SpanStyle.BOLD)
        if tag == "a" and element.get("href"):
            inner.add(SpanStyle.LINK)
            href = element.get("href", "")
        if tag == "img":
            self._text(element.get("alt", ""), frozenset(inner), href)
        frozen = frozenset(inner)
        self._text(element.text, frozen, href)
        for child in element:
            self.walk(child, frozen, href)

    def _block(self, element, tag: str, styles: frozenset, href: str) -> None:
        self.flush()
        data_table = tag == "table" and self._is_data_table(element)
        if data_table:
            self.table_stack.append([-1, -1])
        elif tag == "tr" and self.table_stack:
            self.table_stack[-1][0] += 1
            self.table_stack[-1][1] = -1
        self._start(element, tag)
        self._text(element.text, styles, href)
        for child in element:
            self.walk(child, styles, href)
        self.flush()
        if data_table:
            self.table_stack.pop()

    def _start(self, element, tag: str) -> None:
        if tag in _HEADINGS:
            self.kind, self.hints = BlockKind.HEADING, {"heading_level": _HEADINGS[tag]}
        elif tag in ("td", "th") and self.table_stack:
            self.table_stack[-1][1] += 1
            row, col = self.table_stack[-1]
            self.kind = BlockKind.TABLE_CELL
            self.hints = {"table_row": row, "table_col": col, "top_level": False}
        elif tag == "li":
            self.kind, self.hints = BlockKind.LIST_ITEM, {"marker": "•", "depth": 1, "top_level": False}
        elif tag == "blockquote":
            self.kind, self.hints = BlockKind.QUOTE, {"depth": 1, "top_level": False}

    @staticmethod
    def _is_data_table(table) -> bool:
        """A table of data, not one used for page layout (those nest tables or have one row)."""
        return table.find(".//table") is None and len(table.findall(".//tr")) >= 2

    def _text(self, text: str | None, styles: frozenset, href: str) -> None:
        if not text:
            return
        text = text.replace("\u00a0", " ")
        collapsed = _SPACES.sub(" ", text)
        if collapsed.startswith(" ") and self._drop_space(self.builder.text[-1:], collapsed[1:2]):
            collapsed = collapsed[1:]
        collapsed = _SPACES.sub(lambda m: _join_space(m, collapsed), collapsed)
        self.builder.add(collapsed, styles, href if SpanStyle.LINK in styles else "")

    @staticmethod
    def _drop_space(before: str, after: str) -> bool:
        return not before or before == " " or (is_cjk(before) and is_cjk(after))


def _join_space(match: re.Match, text: str) -> str:
    """A run of source whitespace between two CJK characters is a line wrap, not a space."""
    before = text[match.start() - 1: match.start()]
    after = text[match.end(): match.end() + 1]
    return "" if is_cjk(before) and is_cjk(after) else " "
