"""Reading a Word (.docx) report into raw blocks.

python-docx opens the package (zip, content types, relationships); the body is walked at the
XML level because reports depend on things its object model does not expose: numbering labels
(:mod:`document.formats.docx_numbering`), outline levels inherited through styles, bold set by
a style, footnotes, content controls.  Headings come from heading styles or outline levels; a
copy made in WPS with every paragraph in Normal has none, and then the outline comes from the
text's own 一、/（一） markers, as for Markdown.
"""
from __future__ import annotations

import io
import logging
import zipfile

from document.blocks import RawBlock
from document.errors import DocumentError
from document.formats.docx_numbering import Numbering
from document.formats.docx_styles import StyleSheet
from document.formats.extraction import Extraction, mark_leading_title
from document.formats.ooxml import R_NS, w, wval
from document.formats.text_builder import TextBuilder
from document.model import BlockKind, SpanStyle

log = logging.getLogger(__name__)

_MAX_UNPACKED_BYTES = 512 * 1024 * 1024   # a zip bomb stops here, far above any real report
_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
_RUN_STYLES = (("b", SpanStyle.BOLD), ("i", SpanStyle.ITALIC), ("strike", SpanStyle.STRIKE))
_SKIPPED_RUN_CONTAINERS = frozenset({w("del"), w("moveFrom")})


def _open_package(raw: bytes, label: str):
    """The python-docx Document, or a one-line DocumentError for anything else in a zip."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        names = set(archive.namelist())
        unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise DocumentError(f"{label} is a damaged .docx file (not a readable zip archive)") from None
    if "word/document.xml" not in names:
        raise DocumentError(f"{label} is a zip archive but not a Word document")
    if unpacked > _MAX_UNPACKED_BYTES:
        raise DocumentError(f"{label} unpacks to more than {_MAX_UNPACKED_BYTES // (1024 * 1024)} MB")
    import docx   # python-docx; imported here so Markdown reports never load it

    try:
        return docx.Document(io.BytesIO(raw))
    except Exception as error:   # python-docx raises KeyError/ValueError/lxml errors for damage
        log.info("python-docx could not open %s: %r", label, error)
        raise DocumentError(f"{label} is a damaged or unsupported Word document") from None


def read_docx(raw: bytes, label: str) -> Extraction:
    document = _open_package(raw, label)
    part = document.part
    numbering_part = None
    try:
        numbering_part = part.numbering_part.element
    except (KeyError, NotImplementedError):
        pass
    reader = _BodyReader(
        styles=StyleSheet(part.styles.element if _has_styles(part) else None),
        numbering=Numbering(numbering_part),
        links={rel.rId: rel.target_ref for rel in part.rels.values() if rel.reltype == _HYPERLINK},
        footnotes=_footnote_bodies(part),
    )
    reader.read(document.element.body)
    blocks = mark_leading_title(reader.blocks, reader.centred) + reader.footnote_blocks()
    title = (document.core_properties.title or "").strip()
    return Extraction(blocks=blocks, title=title)


def _has_styles(part) -> bool:
    try:
        part.styles   # noqa: B018 - python-docx creates a default styles part if absent
        return True
    except (KeyError, NotImplementedError):
        return False


def _footnote_bodies(part) -> dict[str, object]:
    """Footnote id → its <w:footnote> element (separators left out)."""
    for rel in part.rels.values():
        if rel.reltype == _FOOTNOTES and not rel.is_external:
            from lxml import etree

            try:
                root = etree.fromstring(rel.target_part.blob)
            except etree.XMLSyntaxError:
                return {}
            return {
                note.get(w("id"), ""): note
                for note in root.iter(w("footnote"))
                if note.get(w("type")) in (None, "normal")
            }
    return {}


class _BodyReader:
    """Walks <w:body> in order, numbering paragraphs as Word would."""

    def __init__(self, styles: StyleSheet, numbering: Numbering, links: dict[str, str],
                 footnotes: dict[str, object]) -> None:
        self.styles = styles
        self.numbering = numbering
        self.links = links
        self.footnotes = footnotes
        self.footnote_order: list[str] = []
        self.blocks: list[RawBlock] = []
        self.centred: set[int] = set()   # indices of centred body paragraphs (title hint)

    def read(self, container) -> None:
        for child in container:
            if child.tag == w("p"):
                block = self.paragraph(child)
                if block is not None:
                    self.blocks.append(block)
            elif child.tag == w("tbl"):
                self.table(child)
            elif child.tag == w("sdt"):
                content = child.find(w("sdtContent"))
                if content is not None:
                    self.read(content)

    # -- paragraphs -------------------------------------------------------------------
    def paragraph(self, element, in_table: bool = False) -> RawBlock | None:
        properties = element.find(w("pPr"))
        chain = self.styles.paragraph_chain(wval(properties, "pStyle"))
        builder = TextBuilder()
        label = self._number_label(properties, chain)
        marker = ""
        if label is not None:
            text, level = label
            if level.is_bullet:
                marker = "•"
            elif text:
                builder.add(text + _label_separator(text, level.suffix))
        self._runs(element, chain, builder, None)
        if not builder.text.strip():
            return None
        level = self._outline_level(properties, chain)
        if in_table:
            return builder.block(BlockKind.TABLE_CELL, top_level=False)
        if marker:
            return builder.block(BlockKind.LIST_ITEM, marker=marker, depth=1, top_level=False)
        if level:
            return builder.block(BlockKind.HEADING, heading_level=min(level, 6))
        if wval(properties, "jc") in ("center", "centre"):
            self.centred.add(len(self.blocks))
        return builder.block()

    def _outline_level(self, properties, chain: list) -> int:
        direct = wval(properties, "outlineLvl")
        if direct is not None and direct.isdigit():
            return int(direct) + 1 if int(direct) < 9 else 0
        return self.styles.heading_level(chain)

    def _number_label(self, properties, chain: list):
        num_pr = properties.find(w("numPr")) if properties is not None else None
        style_num, style_ilvl = self.styles.numbering(chain)
        num_id = wval(num_pr, "numId") or style_num
        ilvl = wval(num_pr, "ilvl") or style_ilvl or "0"
        return self.numbering.next_label(num_id, int(ilvl) if ilvl.isdigit() else 0)

    def _runs(self, container, chain: list, builder: TextBuilder, href: str | None) -> None:
        for child in container:
            tag = child.tag
            if tag == w("r"):
                self._run(child, chain, builder, href)
            elif tag == w("hyperlink"):
                target = self.links.get(child.get(f"{{{R_NS}}}id", ""), "")
                self._runs(child, chain, builder, target or href)
            elif tag in _SKIPPED_RUN_CONTAINERS or tag == w("pPr"):
                continue
            elif len(child):
                # w:ins, w:smartTag, w:fldSimple, w:sdt/w:sdtContent, w:customXml …: look inside
                self._runs(child, chain, builder, href)

    def _run(self, run, chain: list, builder: TextBuilder, href: str | None) -> None:
        properties = run.find(w("rPr"))
        if self.styles.run_toggle("vanish", properties, chain):
            return
        styles = {style for tag, style in _RUN_STYLES if self.styles.run_toggle(tag, properties, chain)}
        if href:
            styles.add(SpanStyle.LINK)
        frozen = frozenset(styles)
        for child in run:
            tag = child.tag
            if tag == w("t"):
                builder.add(child.text or "", frozen, href or "")
            elif tag == w("tab"):
                builder.add("\t", frozen, href or "")
            elif tag in (w("br"), w("cr")) and child.get(w("type")) in (None, "textWrapping"):
                builder.add("\n", frozen, href or "")
            elif tag == w("noBreakHyphen"):
                builder.add("-", frozen, href or "")
            elif tag == w("footnoteReference"):
                builder.add(f"[{self._footnote_number(child.get(w('id'), ''))}]")

    def _footnote_number(self, note_id: str) -> int:
        if note_id not in self.footnote_order:
            self.footnote_order.append(note_id)
        return self.footnote_order.index(note_id) + 1

    # -- tables and footnotes ---------------------------------------------------------
    def table(self, element) -> None:
        for row_index, row in enumerate(element.findall(w("tr"))):
            for col_index, cell in enumerate(row.findall(w("tc"))):
                merge = cell.find(f"{w('tcPr')}/{w('vMerge')}")
                if merge is not None and merge.get(w("val"), "continue") == "continue":
                    continue   # the lower part of a vertically merged cell: its text is above
                lines = [b.text for p in cell.iter(w("p")) if (b := self.paragraph(p, in_table=True))]
                if lines:
                    self.blocks.append(RawBlock(
                        kind=BlockKind.TABLE_CELL, text="\n".join(lines), top_level=False,
                        table_row=row_index, table_col=col_index,
                    ))

    def footnote_blocks(self) -> list[RawBlock]:
        """Footnotes in the order they are referenced, after the body, each as ``[n] text``."""
        blocks = []
        for number, note_id in enumerate(self.footnote_order, start=1):
            note = self.footnotes.get(note_id)
            if note is None:
                continue
            builder = TextBuilder()
            builder.add(f"[{number}] ")
            for paragraph in note.iter(w("p")):
                self._runs(paragraph, [], builder, None)
            block = builder.block(BlockKind.PARAGRAPH, depth=1, top_level=False)
            if block.text:
                blocks.append(block)
        return blocks


def _label_separator(label: str, suffix: str) -> str:
    """What stands between a number label and the text: none after CJK punctuation (一、)."""
    if suffix == "nothing" or label[-1:] in "、）)．。":
        return ""
    return " "
