"""A PDF report in the window: faint page marks in the reader's margin (never part of the text),
"p. 12" in the annotations panel, the current page in the status bar and Go to Page (Ctrl+G)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel

from document.model import page_label
from gui.core.index import ORPHAN
from gui.reader_pages import page_tooltip
from tests.document.formats.render_pdf import render_pdf
from tests.gui.test_annotate_support import passage, select_in_qt, write_report
from tools.screenshot import dark_palette
from resources import bundled_report_bytes


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "报告.pdf"
    path.write_bytes(render_pdf(bundled_report_bytes().decode("utf-8")))
    return path


@pytest.fixture
def pdf_window(open_window, store, report_pdf):
    return open_window(report_pdf, store=store)


def _runs_on(document, page: int) -> int:
    """A page that begins inside a paragraph (its first line continues the previous page's)."""
    start = document.page_offset(page)
    assert document.text[start - 1] != "\n", "the rendering must split a paragraph at this page end"
    return start


def _first_mid_paragraph_page(document) -> int:
    return next(page for start, page in document.page_starts if start > 0 and document.text[start - 1] != "\n")


def test_page_marks_are_painted_in_the_margin_and_are_no_part_of_the_text(pdf_window, qtbot):
    reader, document = pdf_window.reader, pdf_window.document
    assert len(document.page_starts) > 10
    page = _first_mid_paragraph_page(document)
    start = _runs_on(document, page)
    pdf_window.go_to_offset(start - 20)
    qtbot.waitUntil(lambda: any(m.page == page for m in reader.visible_page_marks()), timeout=3000)
    mark = next(m for m in reader.visible_page_marks() if m.page == page)
    placed = reader.page_marks.place(reader.document(), mark)
    column_left = reader.document().rootFrame().frameFormat().leftMargin()
    assert placed.label.right() < column_left            # in the margin, beside the line
    assert placed.rule and placed.rule[0].x() > column_left   # the exact place, inside the line
    # Painted: the label's pixels differ from the page, in a light and in a dark palette.
    for palette in (QApplication.palette(), dark_palette()):
        reader.setPalette(palette)
        assert _ink(reader, placed.label) > 10, palette.color(QPalette.ColorRole.Base).name()
    # Not text: the reader's document holds no "p. N", and a selection across the page start
    # maps back to exactly the source passage.
    assert "p. " not in reader.document().toPlainText()
    select_in_qt(pdf_window, start - 5, start + 5)
    assert reader.selected_source_range() == (start - 5, start + 5)
    assert reader.textCursor().selectedText() == document.text[start - 5:start + 5]


def test_hovering_a_page_label_explains_it(pdf_window, qtbot):
    reader, document = pdf_window.reader, pdf_window.document
    page = _first_mid_paragraph_page(document)
    pdf_window.go_to_offset(document.page_offset(page))
    qtbot.waitUntil(lambda: any(m.page == page for m in reader.visible_page_marks()), timeout=3000)
    mark = next(m for m in reader.visible_page_marks() if m.page == page)
    label = reader.page_marks.place(reader.document(), mark).label
    point = (label.center() - QPointF(0, reader.verticalScrollBar().value())).toPoint()
    assert reader.page_at_point(point) == page
    assert page_tooltip(page) == f"Page {page} of the PDF begins here"
    assert reader.page_at_point(point + QPoint(int(label.width()) + 200, 0)) is None


def test_a_report_without_pages_has_no_marks_and_no_gutter(open_window, tmp_path):
    window = open_window(write_report(tmp_path))
    assert window.document.page_starts == ()
    assert window.reader.visible_page_marks() == []
    assert not window.findChild(QLabel, "pageLabel").isVisibleTo(window)
    assert not window.findChild(type(window.pages.action), "goToPageAction").isEnabled()


def _ink(reader, rect) -> int:
    """Pixels in ``rect`` (document coordinates) that differ clearly from the reader's base."""
    reader.viewport().repaint()
    image = reader.viewport().grab().toImage()
    base = reader.palette().color(QPalette.ColorRole.Base)
    top = reader.verticalScrollBar().value()
    count = 0
    for x in range(int(rect.left()), int(rect.right()) + 1):
        for y in range(int(rect.top() - top), int(rect.bottom() - top) + 1):
            pixel = QColor(image.pixel(x, y))
            if abs(pixel.lightness() - base.lightness()) > 25:
                count += 1
    return count


def test_the_panel_cites_each_annotations_page(pdf_window, qtbot):
    document = pdf_window.document
    page = _first_mid_paragraph_page(document)
    start = document.page_offset(page)
    needle = document.text[start + 2:start + 12]
    assert document.text.index(needle) == start + 2
    controller = pdf_window.annotations
    annotation = controller.editor.highlight_range(*passage(pdf_window, needle))
    model = controller.dock.model
    row = model.index_of(annotation.id)
    assert f"{page_label(page)} · " in row.data()
    assert model.meta(annotation).startswith(f"p. {page} · ")
    # An orphan's offsets are stale: it cites no page.
    assert not model.meta(annotation.with_changes(state=ORPHAN)).startswith("p. ")
    # The painted row shows it too (the delegate draws the model's meta line).
    controller.dock.tree.expandAll()
    assert controller.dock.tree.visualRect(row).height() > 0


def test_a_report_without_pages_cites_none_in_the_panel(window):
    controller = window.annotations
    annotation = controller.editor.highlight_range(*passage(window, "城乡居民收入稳步增长"))
    assert "p. " not in controller.dock.model.index_of(annotation.id).data()


def test_status_bar_follows_the_page_and_ctrl_g_goes_to_one(pdf_window, qtbot):
    document, reader = pdf_window.document, pdf_window.reader
    label = pdf_window.findChild(QLabel, "pageLabel")
    last = document.page_starts[-1][1]
    assert label.isVisibleTo(pdf_window) and label.text() == f"p. 1 / {last}"
    action = pdf_window.pages.action
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+G"
    assert action in pdf_window.menu_actions()            # listed by F1 with its shortcut
    qtbot.keyClick(reader, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = pdf_window.findChild(QInputDialog, "goToPageDialog")
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=2000)
    assert (dialog.intMinimum(), dialog.intMaximum(), dialog.intValue()) == (1, last, 1)
    target = last // 2   # (near the end, the last pages cannot come to the top)
    dialog.setIntValue(target)
    dialog.accept()
    qtbot.waitUntil(lambda: label.text() == f"p. {target} / {last}", timeout=3000)
    assert document.page_at(reader.top_offset()) == target
    # The section beside it follows the same position.
    path = document.section_path(reader.top_offset())
    assert pdf_window.section_label.text().endswith(path[-1].title)


def test_page_marks_follow_a_script_switch(pdf_window, qtbot):
    """In Traditional script the text is re-rendered; each mark still sits where its page begins."""
    document, reader = pdf_window.document, pdf_window.reader
    with qtbot.waitSignal(pdf_window.documentShown, timeout=20000):
        pdf_window.set_script("t")
    marks = reader.page_marks.marks
    assert [m.page for m in marks] == [page for _, page in document.page_starts]
    rt = pdf_window.reader_text
    assert [rt.source_of_qt(m.position) for m in marks] == [start for start, _ in document.page_starts]
