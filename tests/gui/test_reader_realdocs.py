"""The reader shows a real report's front matter as such and marks every repair faintly."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QToolTip

from document.model import RepairKind
from gui import typography

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"


def test_front_matter_is_centred_and_repairs_are_marked(open_window, qtbot):
    window = open_window(CORPUS / "guangdong-2026-gwr.txt")
    document = window.document
    qt_doc = window.reader.document()
    dateline, speaker = document.front_matter()[1:3]
    for block in (dateline, speaker):
        fmt = qt_doc.findBlock(window.reader.reader_text.qt_of_source(block.start)).blockFormat()
        assert fmt.alignment() & Qt.AlignmentFlag.AlignHCenter
    join = next(r for r in document.repairs if r.kind is RepairKind.JOIN and r.origin == 34)   # PM / 2.5
    cursor = QTextCursor(qt_doc)
    cursor.setPosition(window.reader.reader_text.qt_of_source(join.offset) + 1)
    explanation = cursor.charFormat().property(typography.REPAIR_PROPERTY)
    assert explanation == "Joined here: sentence split across lines (source line 34)"
    tip = window.reader._tooltip_at(cursor)
    assert "sentence split across lines" in tip


def test_hovering_a_drop_mark_explains_it(open_window, qtbot):
    window = open_window(CORPUS / "sichuan-2026-gwr.txt")
    reader = window.reader
    drop = next(r for r in window.document.repairs if r.kind is RepairKind.DROP and r.text == "【字体：")
    reader.scroll_to_offset(max(0, drop.offset - 5))
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.reader_text.qt_of_source(drop.offset))
    rect = reader.cursorRect(cursor)
    point = QPoint(rect.right() + 4, rect.center().y())
    global_point = reader.viewport().mapToGlobal(point)
    reader.event(QHelpEvent(QEvent.Type.ToolTip, point, global_point))
    assert "Left out here: “【字体：” — web page chrome (source line 5)" in QToolTip.text()
