"""PDFs with a text layer: reading order, paragraphs across lines and pages, furniture
removed, page numbers kept as metadata; encrypted, damaged and scanned files refused."""
from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from document.errors import DocumentError
from document.loading import parse_document
from document.model import BlockKind
from document.outline import outline_to_json
from render_pdf import CJK_FONT, render_pdf


@pytest.fixture(scope="module")
def bundled_pdf(bundled_markdown) -> bytes:
    return render_pdf(bundled_markdown)


def test_bundled_report_as_pdf_reads_like_the_markdown(bundled_pdf, bundled_document):
    assert len(bundled_pdf) < 150_000
    document = parse_document(bundled_pdf, name="report.pdf")
    assert document.format == "pdf"
    assert document.text == bundled_document.text     # no page numbers, no running heads
    assert outline_to_json(document.outline) == outline_to_json(bundled_document.outline)
    assert document.title == bundled_document.title


def test_every_offset_knows_its_page(bundled_pdf):
    document = parse_document(bundled_pdf, name="report.pdf")
    pages = [page for _, page in document.page_starts]
    assert pages == list(range(1, len(pages) + 1)) and len(pages) > 10
    assert document.page_at(0) == 1 and document.page_at(len(document.text)) == pages[-1]
    # A paragraph the page end split is one block again, its halves on two pages.
    offset = document.text.index("居全国前列")
    joined = document.text.index("风光发电装机容量位居全国前列")
    block = next(b for b in document.blocks if b.start <= joined < b.end)
    assert document.page_at(block.start) <= document.page_at(block.end - 1)
    assert document.page_at(offset) >= document.page_at(block.start)
    spanning = [b for b in document.blocks if document.page_at(b.start) != document.page_at(b.end - 1)]
    assert spanning, "some paragraph must run over a page end in this rendering"


def _pdf(draw) -> bytes:
    stream = io.BytesIO()
    page = canvas.Canvas(stream, pagesize=A4)
    draw(page)
    page.showPage()
    page.save()
    return stream.getvalue()


def test_digits_set_apart_in_a_latin_font_read_as_the_source_does():
    def draw(page):
        page.setFont(CJK_FONT, 12)
        page.drawString(72, 700, "全省地区生产总值")
        page.setFont("Helvetica", 12)
        page.drawString(72 + 8 * 12 + 3, 700, "2023")          # Word's PDFs leave gaps like this
        page.setFont(CJK_FONT, 12)
        page.drawString(72 + 8 * 12 + 3 + 28, 700, "年增长5%左右，资金 88 亿元。")
    document = parse_document(_pdf(draw), name="gap.pdf")
    assert document.text == "全省地区生产总值2023年增长5%左右，资金 88 亿元。"


def test_rows_set_in_columns_become_a_table():
    def draw(page):
        page.setFont(CJK_FONT, 12)
        page.drawString(72, 760, "主要预期目标如下。")
        for row, cells in enumerate((("指标", "目标", "去年"), ("地区生产总值增长", "6%左右", "4.4%"))):
            for col, cell in enumerate(cells):
                page.drawString(72 + col * 150, 730 - row * 20, cell)
    document = parse_document(_pdf(draw), name="table.pdf")
    cells = [(b.table_row, b.table_col, document.block_text(b)) for b in document.blocks if b.kind is BlockKind.TABLE_CELL]
    assert cells == [(0, 0, "指标"), (0, 1, "目标"), (0, 2, "去年"),
                     (1, 0, "地区生产总值增长"), (1, 1, "6%左右"), (1, 2, "4.4%")]


def test_encrypted_pdf_is_refused_in_one_line():
    from reportlab.lib.pdfencrypt import StandardEncryption

    stream = io.BytesIO()
    page = canvas.Canvas(stream, encrypt=StandardEncryption("secret", canPrint=0))
    page.setFont(CJK_FONT, 12)
    page.drawString(72, 700, "内部资料，注意保密。")
    page.showPage()
    page.save()
    with pytest.raises(DocumentError, match="encrypted") as raised:
        parse_document(stream.getvalue(), name="secret.pdf")
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize("data", [
    b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
    b"%PDF-1.4\n" + bytes(range(256)) * 20,
])
def test_damaged_pdf_is_refused_in_one_line(data):
    with pytest.raises(DocumentError, match="damaged PDF|no pages") as raised:
        parse_document(data, name="broken.pdf")
    assert "\n" not in str(raised.value)


def test_truncated_copy_of_a_real_rendering_is_refused(bundled_pdf):
    with pytest.raises(DocumentError, match="damaged PDF"):
        parse_document(bundled_pdf[: len(bundled_pdf) // 3], name="cut.pdf")


def test_scanned_pdf_without_text_layer_gets_a_clear_message():
    from PIL import Image

    scan = Image.new("L", (200, 280), color=235)
    def draw(page):
        page.drawImage(ImageReader(scan), 0, 0, width=A4[0], height=A4[1])
    with pytest.raises(DocumentError, match="no text layer.*OCR is not supported"):
        parse_document(_pdf(draw), name="scan.pdf")


def test_a_pdf_over_the_size_limit_is_refused_before_parsing(monkeypatch, bundled_pdf):
    import document.loading as loading

    monkeypatch.setattr(loading, "MAX_DOCUMENT_BYTES", len(bundled_pdf) - 1)
    with pytest.raises(DocumentError, match="larger than"):
        loading.parse_document(bundled_pdf, name="big.pdf")


def test_a_pdf_with_a_wrong_suffix_is_recognised_and_a_fake_pdf_is_refused(bundled_pdf):
    assert parse_document(bundled_pdf, name="report.txt").format == "pdf"
    with pytest.raises(DocumentError, match="not a PDF"):
        parse_document("一、总体要求".encode("utf-8"), name="report.pdf")


def test_a_page_number_leads_to_where_its_text_begins(bundled_pdf, bundled_document):
    document = parse_document(bundled_pdf, name="report.pdf")
    for start, page in document.page_starts:
        assert document.page_offset(page) == start and document.page_at(start) == page
    last_start, last = document.page_starts[-1]
    assert document.page_offset(last + 5) == last_start     # past the end: the last page
    assert document.page_offset(0) == 0
    assert bundled_document.page_offset(1) is None          # no pages: nowhere to go


def test_a_phone_scan_stamped_with_its_app_name_is_still_a_scan():
    """CamScanner writes "扫描全能王 创建" on every page as text over the picture."""
    from PIL import Image

    scan = Image.new("L", (200, 280), color=235)
    def draw(page):
        page.drawImage(ImageReader(scan), 20, 40, width=A4[0] - 40, height=A4[1] - 40)
        page.setFont(CJK_FONT, 9)
        page.drawString(450, 20, "扫描全能王 创建")
    with pytest.raises(DocumentError, match="no text layer"):
        parse_document(_pdf(draw), name="phone-scan.pdf")


def _justified(page, y: float, text: str, size: float = 12.0) -> None:
    """Set ``text`` from the left to the right margin (72–522 pt), as a justified line is."""
    page.setFont(CJK_FONT, size)
    step = (450 - size) / max(1, len(text) - 1)
    for index, char in enumerate(text):
        page.drawString(72 + index * step, y, char)


def test_a_title_in_the_body_size_and_sections_without_indents_are_told_apart():
    """A copy printed from a Word file without heading styles: the centred title is set in the
    body size, paragraphs carry no first-line indent, and a paragraph whose last line runs to
    the margin is followed by the next section's marker."""
    full = "严守耕地红线统筹农用地布局优化严格耕地占补平衡管理规范补充耕地质量"
    def draw(page):
        page.setFont(CJK_FONT, 12)
        page.drawCentredString(297, 760, "二〇二六年中央一号文件")
        _justified(page, 730, full)
        _justified(page, 712, full[:30] + "。")
        _justified(page, 694, "（二）促进产业提质增效。坚持农林牧渔并举推动构建多元化食物供给体")
        _justified(page, 676, full[:24] + "问题。")
        page.drawString(72, 658, "二、实施常态化精准帮扶")
        _justified(page, 640, "（三）健全常态化帮扶政策体系。落实常态化帮扶责任稳步提升保障水平")
        _justified(page, 622, full)
    document = parse_document(_pdf(draw), name="plain.pdf")
    assert document.title == "二〇二六年中央一号文件"
    starts = [document.block_text(b)[:6] for b in document.blocks]
    assert starts == ["二〇二六年中", full[:6], "（二）促进产", "二、实施常态", "（三）健全常"]
    assert [e.title for e in document.entries()] == ["（二）促进产业提质增效", "二、实施常态化精准帮扶",
                                                     "（三）健全常态化帮扶政策体系"]


def test_one_line_with_a_wide_gap_is_no_table():
    """Two issuing organs side by side under a notice; a table needs two rows."""
    def draw(page):
        page.setFont(CJK_FONT, 12)
        page.drawString(72, 760, "现将实施方案印发给你们，请遵照执行。")
        page.drawString(120, 730, "海南省农业农村厅")
        page.drawString(320, 730, "海南省财政厅")
        page.drawString(300, 700, "2024年7月1日")
    document = parse_document(_pdf(draw), name="signed.pdf")
    assert all(b.kind is not BlockKind.TABLE_CELL for b in document.blocks)
    assert "海南省农业农村厅 海南省财政厅" in document.text.splitlines()
