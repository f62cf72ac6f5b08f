"""The window opens .docx/.html/.pdf reports by drag-and-drop, and its Open filter lists them."""
from __future__ import annotations

import io

import pytest
from docx import Document as new_docx
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from document.formats import OPEN_DIALOG_PATTERNS


def _docx() -> bytes:
    document = new_docx()
    document.add_heading("新报告", level=0)
    document.add_paragraph("一、总体要求")
    document.add_paragraph("坚持稳中求进。")
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def _html() -> bytes:
    return ("<html><head><meta charset='gb2312'><title>新报告</title></head><body><div class='nav'>"
            "<a href='/'>首页</a></div><div class='content'><h1>新报告</h1><p>一、总体要求</p>"
            "<p>坚持稳中求进工作总基调，推动经济运行整体好转。</p></div></body></html>").encode("gb18030")


@pytest.mark.parametrize("name, make", [("dropped.docx", _docx), ("dropped.htm", _html)])
def test_dropping_a_word_or_web_report_opens_it(open_window, qtbot, tmp_path, name, make):
    path = tmp_path / name
    path.write_bytes(make())
    window = open_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.documentShown, timeout=10000):
        window.dropEvent(event)
    assert window.windowTitle().startswith("新报告")
    assert [e.title for e in window.document.entries()] == ["一、总体要求"]


def test_open_dialog_filter_names_every_format():
    assert OPEN_DIALOG_PATTERNS.split() == ["*.md", "*.markdown", "*.txt", "*.docx", "*.html", "*.htm",
                                            "*.xhtml", "*.shtml", "*.pdf"]
