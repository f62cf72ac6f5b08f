"""Word documents: styles, automatic numbering, bold runs, tables, footnotes, WPS copies."""
from __future__ import annotations

import io
import zipfile

import pytest
from docx import Document as new_docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from document.errors import DocumentError
from document.loading import parse_document
from document.model import BlockKind, SpanStyle
from document.outline import outline_to_json
from render_docx import render_docx


def _saved(document) -> bytes:
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def _titles(document) -> list[str]:
    return [entry.title for entry in document.entries()]


def test_bundled_report_as_word_reads_like_the_markdown(bundled_markdown, bundled_document):
    data = render_docx(bundled_markdown)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    assert body.count("<w:numPr>") >= 25          # the section labels are Word's, not typed
    assert "一、过去五年工作回顾" not in body
    document = parse_document(data, name="report.docx")
    assert document.format == "docx"
    assert document.text == bundled_document.text
    assert outline_to_json(document.outline) == outline_to_json(bundled_document.outline)
    assert document.title == bundled_document.title
    assert document.page_starts == () and document.page_at(0) is None


def test_wps_copy_without_heading_styles_gets_its_outline_from_the_text(bundled_markdown, bundled_document):
    document = parse_document(render_docx(bundled_markdown, plain=True), name="wps.docx")
    assert not any(block.kind is BlockKind.HEADING and block.heading_level > 1 for block in document.blocks)
    numbered = [t for t in _titles(bundled_document) if t != "文字实录"]   # the one unnumbered heading
    assert _titles(document) == numbered
    assert document.title == bundled_document.title                      # from the centred lines


def test_document_id_is_the_hash_of_the_file_bytes(bundled_markdown):
    import hashlib

    data = render_docx("# 报告\n\n一、总体要求\n\n正文。")
    assert parse_document(data, name="a.docx").id == "urn:sha256:" + hashlib.sha256(data).hexdigest()


def _numbered_document(formats: list[tuple[str, str]], paragraphs: list[tuple[int, str]]) -> bytes:
    """A document with one list definition (levels given as (numFmt, lvlText))."""
    document = new_docx()
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:suff w:val="nothing"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(formats)
    )
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="77">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    for level, text in paragraphs:
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="77"/></w:numPr>'))
    return _saved(document)


def test_automatic_numbering_labels_restart_below_a_higher_level():
    data = _numbered_document(
        [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3."),
         ("decimalEnclosedCircle", "%4")],
        [(0, "总体要求"), (1, "甲"), (1, "乙"), (2, "细项"), (3, "子项"), (0, "重点任务"), (1, "丙")]
        + [(1, f"项{i}") for i in range(9)],
    )
    document = parse_document(data, name="n.docx")
    lines = document.text.split("\n")
    assert lines[:7] == ["一、总体要求", "（一）甲", "（二）乙", "1.细项", "①子项", "二、重点任务", "（一）丙"]
    assert lines[-1] == "（十）项8"
    assert [(e.title, e.level) for e in document.entries()][:3] == [("一、总体要求", 1), ("（一）甲", 2), ("（二）乙", 2)]


def test_bold_runs_tables_footnotes_and_bullets():
    document = new_docx()
    paragraph = document.add_paragraph()
    paragraph.add_run("（一）经济运行稳中向好。").bold = True
    paragraph.add_run("全年增长5%")
    reference = paragraph.add_run()
    reference._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="3"/>'))
    paragraph.add_run("。")
    document.add_paragraph("要点一", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    for (row, col), text in {(0, 0): "指标", (0, 1): "目标", (1, 0): "增长", (1, 1): "5%左右"}.items():
        table.cell(row, col).text = text
    data = _saved(document)
    data = _with_footnote(data, "3", "数据来源：省统计局。")
    parsed = parse_document(data, name="b.docx")
    text = parsed.text
    first = parsed.blocks[0]
    assert text.split("\n")[0] == "（一）经济运行稳中向好。全年增长5%[1]。"
    bold = [s for s in first.spans if s.style is SpanStyle.BOLD]
    assert [(s.start, s.end) for s in bold] == [(0, len("（一）经济运行稳中向好。"))]
    assert _titles(parsed) == ["（一）经济运行稳中向好"]
    assert parsed.blocks[1].kind is BlockKind.LIST_ITEM and parsed.blocks[1].marker == "•"
    cells = [(b.table_row, b.table_col, parsed.block_text(b)) for b in parsed.blocks if b.kind is BlockKind.TABLE_CELL]
    assert cells == [(0, 0, "指标"), (0, 1, "目标"), (1, 0, "增长"), (1, 1, "5%左右")]
    assert text.split("\n")[-1] == "[1] 数据来源：省统计局。"


def _with_footnote(data: bytes, note_id: str, text: str) -> bytes:
    """Add a footnotes part (python-docx cannot write one) holding one footnote."""
    footnotes = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:footnotes {nsdecls("w")}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        f'</w:footnote><w:footnote w:id="{note_id}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>{text}</w:t></w:r>'
        '</w:p></w:footnote></w:footnotes>'
    )
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "[Content_Types].xml":
                content = content.replace(b"</Types>", (
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>'))
            elif item.filename == "word/_rels/document.xml.rels":
                content = content.replace(b"</Relationships>", (
                    b'<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/'
                    b'2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>'))
            target.writestr(item, content)
        target.writestr("word/footnotes.xml", footnotes)
    return out.getvalue()


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return out.getvalue()


@pytest.mark.parametrize("data, name, message", [
    (_zip({"mimetype": b"application/epub+zip", "content.opf": b"<x/>"}), "book.docx", "zip archive but not a Word document"),
    (_zip({"xl/workbook.xml": b"<x/>"}), "sheet.zip", "zip archive but not a Word document"),
    (b"PK\x03\x04" + b"\x00" * 40, "broken.docx", "damaged .docx"),
    (_zip({"word/document.xml": b"<not xml"}), "bad.docx", "damaged or unsupported Word document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old.doc", "old Office"),
    ("一、不是Word文件。".encode("utf-8"), "fake.docx", "not a Word document"),
])
def test_files_that_are_not_word_documents_get_one_line(data, name, message):
    with pytest.raises(DocumentError, match=message) as raised:
        parse_document(data, name=name)
    assert "\n" not in str(raised.value)
