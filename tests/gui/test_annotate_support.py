"""Helpers (no tests) shared by the annotate GUI tests: a real store, a small report, Qt-side selection."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCursor

from storage.store import Store

# 😀 and 𠀀 are outside the BMP: Qt counts each as two UTF-16 units, Python as one.
REPORT = """# 测试报告

😀开幕𠀀词：各位代表，现在我代表省人民政府向大会报告工作。

## 一、过去五年工作回顾

全省地区生产总值年均增长6.5%左右，城乡居民收入稳步增长。

## 二、今后工作安排

坚持稳中求进工作总基调，确保粮食产量稳定在280亿斤以上。加快建设现代化产业体系。
"""


def write_report(directory: Path, text: str = REPORT) -> Path:
    path = directory / "report.md"
    path.write_text(text, encoding="utf-8")
    return path


def open_store(directory: Path) -> Store:
    return Store.open(directory / "store.sqlite3")


def qt_position(text: str, offset: int) -> int:
    """UTF-16 position of code-point ``offset`` computed independently of the app's index."""
    return len(text[:offset].encode("utf-16-le")) // 2


def select_in_qt(window, start: int, end: int) -> None:
    """Select [start, end) (source offsets) by Qt positions, as a mouse drag would."""
    text = window.document.text
    cursor = window.reader.textCursor()
    cursor.setPosition(qt_position(text, start))
    cursor.setPosition(qt_position(text, end), QTextCursor.MoveMode.KeepAnchor)
    window.reader.setTextCursor(cursor)


def passage(window, needle: str) -> tuple[int, int]:
    start = window.document.text.index(needle)
    return start, start + len(needle)


def type_text(widget, text: str) -> None:
    """Type ``text`` as an input method commits it (QTest.keyClicks only knows ASCII keys)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def add_highlight(window, needle: str, tags=()):
    """Highlight the first occurrence of ``needle`` (and tag it); returns the annotation shown."""
    start, end = passage(window, needle)
    annotation = window.annotations.editor.highlight_range(start, end)
    if tags:
        window.annotations.editor.set_tags([annotation.id], tags)
    return window.annotation_state.annotations[annotation.id]
