"""Script switching in the window: reading position, title, outline, shortcuts and selections
that map back to exact source offsets (real OpenCC, real widgets, offscreen)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from document.scripts import SCRIPT_IDS
from gui.script_names import script_label

SAMPLE = """# 政府工作报告

## 一、发展回顾

𠀀过去一年，我们推进互联网和内存产业发展，连接互联网串行端口和数据。

## 二、今年工作

发展数字经济。
"""


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / "report.md"
    path.write_text(SAMPLE, encoding="utf-8")
    return path


def switch(qtbot, window, script: str) -> None:
    with qtbot.waitSignal(window.documentShown, timeout=20000):
        window.set_script(script)
    qtbot.wait(60)   # the window restores the reading position right after the signal


def line_height_in_chars(window) -> int:
    """About how many characters one line of the reader holds (the tolerance of 'same line')."""
    reader = window.reader
    return max(10, reader.viewport().width() // max(1, reader.fontMetrics().horizontalAdvance("中")))


def test_switching_keeps_the_reading_position(open_window, qtbot):
    window = open_window(script="s")
    entry = window.document.outline[2].children[6]     # deep in the report
    window.reader.scroll_to_offset(entry.start + 30)
    qtbot.wait(60)
    before = window.reader.top_offset()
    tolerance = line_height_in_chars(window)
    for script in ("t", "twp", "hk", "source", "s"):
        switch(qtbot, window, script)
        assert window.reader_text.script == script
        assert abs(window.reader.top_offset() - before) <= tolerance, script
    assert window.reader.verticalScrollBar().value() > 0


def test_title_outline_and_section_follow_the_script(open_window, qtbot):
    window = open_window(script="s")
    assert "政府工作报告" in window.windowTitle()
    switch(qtbot, window, "t")
    assert "政府工作報告" in window.windowTitle()
    model = window.outline_dock.model
    assert model.index(1, 0).data() == "一、過去五年工作回顧"
    window.go_to_offset(window.document.outline[1].start + 5)
    qtbot.waitUntil(lambda: window.section_label.text().startswith("一、過去五年工作回顧"), timeout=3000)
    assert window.script_label.text() == "Traditional Chinese (OpenCC)"
    switch(qtbot, window, "s")
    assert "政府工作报告" in window.windowTitle()
    assert model.index(1, 0).data() == "一、过去五年工作回顾"


def test_script_actions_shortcuts_and_memory(open_window, qtbot):
    window = open_window()
    toolbar_texts = [window.script_toolbar.widgetForAction(a).text() for a in window.script_toolbar.actions()]
    assert toolbar_texts == [script_label(s) for s in SCRIPT_IDS] == [
        "Original", "Simplified", "Traditional", "Taiwan", "Taiwan+", "Hong Kong"]
    with qtbot.waitSignal(window.documentShown, timeout=20000):
        qtbot.keyClick(window.reader, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.script == "t" and window.settings.script == "t"
    assert window.findChild(type(window.script_actions.actions()[0]), "script_t").isChecked()


def select_display(window, start: int, end: int) -> None:
    """Select display offsets [start, end) the way a mouse drag would end up (Qt positions)."""
    rt = window.reader_text
    cursor = window.reader.textCursor()
    cursor.setPosition(rt.qt_of_display(start))
    cursor.setPosition(rt.qt_of_display(end), QTextCursor.MoveMode.KeepAnchor)
    window.reader.setTextCursor(cursor)


def test_twp_selection_maps_to_exact_source_offsets(open_window, qtbot, sample):
    window = open_window(sample, script="twp")
    source = window.document.text
    display = window.reader_text.text
    assert "𠀀" in source and source.index("𠀀") < source.index("互联网")
    # Selecting the displayed phrases gives the exact source words.
    for shown, word in (("網際網路", "互联网"), ("記憶體", "内存"), ("序列埠", "串行端口")):
        at = display.index(shown)
        select_display(window, at, at + len(shown))
        start, end = window.reader.selected_source_range()
        assert source[start:end] == word, shown
        assert (start, end) == (source.index(word), source.index(word) + len(word))
    # A selection inside a converted phrase grows to the whole phrase.
    at = display.index("網際網路")
    select_display(window, at + 1, at + 3)
    start, end = window.reader.selected_source_range()
    assert source[start:end] == "互联网"
    # The find bar gets there too, and its selection is the same source range.
    finder = window.finder
    finder.open_bar()
    finder.bar.query.setText("内存")
    qtbot.waitUntil(lambda: finder.session.query == "内存" and not finder.indexes.building, timeout=10000)
    assert window.reader.selected_source_range() == (source.index("内存"), source.index("内存") + 2)
    assert window.reader.textCursor().selectedText() == "記憶體"


@pytest.mark.parametrize("script", ["s", "t", "tw", "twp", "hk"])
def test_selection_round_trips_in_every_script(open_window, qtbot, sample, script):
    window = open_window(sample, script=script)
    source = window.document.text
    start = source.index("产业发展")
    window.reader.select_source_range(start, start + 4)
    assert window.reader.selected_source_range() == (start, start + 4)


def test_selection_and_position_survive_a_switch(open_window, qtbot, sample):
    window = open_window(sample, script="twp")
    source = window.document.text
    display = window.reader_text.text
    at = display.index("網際網路")
    select_display(window, at + 1, at + 2)            # inside the phrase: snaps to all of it
    word = (source.index("互联网"), source.index("互联网") + 3)
    assert window.reader.selected_source_range() == word
    for script in ("s", "t", "twp", "source"):
        switch(qtbot, window, script)
        assert window.reader.selected_source_range() == word, script
    assert window.reader.textCursor().selectedText() == "互联网"


def test_the_previous_script_is_built_ahead_and_shown_at_once(open_window, qtbot, sample):
    """Once a report is on screen the window builds it in the script shown before (converted
    and laid into a QTextDocument in the background); switching there shows that view without
    a new conversion, and it maps offsets exactly like a view built on request."""
    from gui.settings import Settings

    Settings().previous_script = "twp"
    window = open_window(sample, script="s")
    with qtbot.waitSignal(window.loader.prepared, timeout=20000):
        pass                                              # PREPARE_DELAY_MS after the first show
    requests = window.loader.latest
    loads = []
    window.loader.loaded.connect(lambda *_: loads.append(True))
    with qtbot.waitSignal(window.documentShown, timeout=1000):
        window.set_script("twp")
    assert window.reader_text.script == "twp" and "網際網路" in window.reader.toPlainText()
    assert loads == [] and window.loader.latest == requests + 1   # nothing converted on request
    text = window.document.text
    start = text.index("互联网")
    window.reader.select_source_range(start, start + 3)
    assert window.reader.textCursor().selectedText() == "網際網路"
    assert window.reader.selected_source_range() == (start, start + 3)
    assert window.settings.previous_script == "s"
