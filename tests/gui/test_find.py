"""Find bar and search panel with real widgets, real OpenCC and a real index (offscreen).

The sample report puts a non-BMP character (𠀀, two UTF-16 units) before the passages, so any
confusion between code points and Qt positions would shift every selection checked here.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDockWidget

from gui.find.results_model import MAX_ROWS, RowRole

SAMPLE = """# 政府工作报告

## 一、过去一年工作回顾

𠀀𠀀过去一年，我们坚持发展第一要务，推进互联网和内存产业发展，新建5G 基站1.2万个。

全省经济持续发展，<b>民生</b>得到改善。

## 二、今年重点工作

（一）推动高质量发展。加快互联网基础设施建设，发展数字经济，5G 基站覆盖所有乡镇。
"""


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / "report.md"
    path.write_text(SAMPLE, encoding="utf-8")
    return path


def occurrences(text: str, word: str) -> list[tuple[int, int]]:
    found, at = [], text.find(word)
    while at >= 0:
        found.append((at, at + len(word)))
        at = text.find(word, at + 1)
    return found


def type_text(qtbot, widget, text: str) -> None:
    """Type like a user: ASCII as key presses, Chinese as input-method commits (as an IME does;
    QTest cannot synthesise key events for non-ASCII characters)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)


def type_query(qtbot, window, query: str, expected_label: str | None = None) -> None:
    """Ctrl+F from the reader, type ``query`` like a user, wait for the results."""
    finder = window.finder
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert finder.bar.isVisible()
    finder.bar.query.clear()
    type_text(qtbot, finder.bar.query, query)
    qtbot.waitUntil(lambda: finder.session.query == query and not finder.indexes.building, timeout=10000)
    if expected_label is not None:
        qtbot.waitUntil(lambda: finder.bar.count.text() == expected_label, timeout=5000)


def count_label(window) -> str:
    return window.finder.bar.count.text()


def test_find_actions_are_in_the_edit_menu_with_shortcuts(open_window, sample):
    window = open_window(sample)
    actions = {a.objectName(): a for a in window.menu("&Edit").actions()}
    shortcuts = {name: actions[name].shortcut().toString() for name in
                 ("findAction", "findNextAction", "findPreviousAction", "searchPanelAction")}
    assert shortcuts == {"findAction": "Ctrl+F", "findNextAction": "F3", "findPreviousAction": "Shift+F3",
                         "searchPanelAction": "Ctrl+Shift+F"}
    assert window.findChild(type(window.finder.bar), "findBar") is window.finder.bar
    assert window.findChild(QDockWidget, "searchDock") is window.finder.dock


@pytest.mark.parametrize(("script", "query", "word"), [
    ("s", "發展", "发展"),            # Traditional query, Simplified view
    ("t", "发展", "发展"),            # Simplified query, Traditional view
    ("twp", "網際網路", "互联网"),    # Taiwan vocabulary finds the Mainland word
    ("source", "5G基站", "5G 基站"),  # a stray space in the text does not hide it
    ("hk", "互聯網", "互联网"),        # Hong Kong view, Traditional query
    ("tw", "記憶體", "内存"),          # Taiwan word typed in the Taiwan (non-phrase) view
])
def test_find_in_each_script_selects_the_source_range(open_window, qtbot, sample, script, query, word):
    window = open_window(sample, script=script)
    expected = occurrences(window.document.text, word)
    assert expected, word
    type_query(qtbot, window, query, f"1 / {len(expected)}")
    assert window.finder.session.matches == expected
    assert window.reader.selected_source_range() == expected[0]
    # Every match is painted through the reader's own map (source → display → Qt).
    assert window.reader.search_matches == expected
    if script == "twp":
        assert window.reader.textCursor().selectedText() == "網際網路"


def test_counter_next_previous_and_wrap(open_window, qtbot, sample):
    window = open_window(sample)
    matches = occurrences(window.document.text, "发展")
    total = len(matches)
    assert total >= 4
    type_query(qtbot, window, "发展", f"1 / {total}")
    query = window.finder.bar.query
    for n in range(2, total + 1):
        qtbot.keyClick(query, Qt.Key.Key_F3)
        assert count_label(window) == f"{n} / {total}"
        assert window.reader.selected_source_range() == matches[n - 1]
    qtbot.keyClick(query, Qt.Key.Key_F3)              # past the last: wraps to the first
    assert count_label(window) == f"1 / {total}"
    assert "continued from the top" in window.statusBar().currentMessage()
    qtbot.keyClick(query, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)   # and back
    assert count_label(window) == f"{total} / {total}"
    assert "continued from the bottom" in window.statusBar().currentMessage()
    assert window.reader.selected_source_range() == matches[-1]
    # Enter / Shift+Enter in the query field step as well.
    qtbot.keyClick(query, Qt.Key.Key_Return)
    assert count_label(window) == f"1 / {total}"
    qtbot.keyClick(query, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert count_label(window) == f"{total} / {total}"
    # F3 from the reader itself uses the window action.
    qtbot.keyClick(window.reader, Qt.Key.Key_F3)
    assert count_label(window) == f"1 / {total}"


def test_no_matches_says_so(open_window, qtbot, sample):
    window = open_window(sample)
    type_query(qtbot, window, "不存在的词", "No matches")
    assert window.finder.session.matches == []
    assert not window.finder.bar.next_button.isEnabled()
    window.finder.find_next()
    assert "No matches" in window.statusBar().currentMessage()


def test_escape_closes_and_keeps_the_match_selected(open_window, qtbot, sample):
    window = open_window(sample, script="twp")
    window.activateWindow()
    expected = occurrences(window.document.text, "互联网")
    type_query(qtbot, window, "互联网", f"1 / {len(expected)}")
    qtbot.keyClick(window.finder.bar.query, Qt.Key.Key_F3)
    qtbot.keyClick(window.finder.bar.query, Qt.Key.Key_Escape)
    assert not window.finder.bar.isVisible()
    assert window.reader.search_matches == []            # paint goes with the bar
    assert window.reader.selected_source_range() == expected[1]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reader, timeout=2000)
    # Ctrl+F again reopens with the query and the same match current.
    qtbot.keyClick(window.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.finder.bar.isVisible()
    assert count_label(window) == f"2 / {len(expected)}"


def test_typing_searches_from_the_reading_position(open_window, qtbot, sample):
    window = open_window(sample)
    matches = occurrences(window.document.text, "发展")
    later = matches[-2]
    window.reader.select_source_range(later[0] - 3, later[0] - 1)   # the reader is just before it
    type_query(qtbot, window, "发展", f"{len(matches) - 1} / {len(matches)}")
    assert window.reader.selected_source_range() == later


def test_search_panel_lists_matches_with_section_and_jumps(open_window, qtbot, sample):
    window = open_window(sample, script="t")
    matches = occurrences(window.document.text, "互联网")
    qtbot.keyClick(window.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dock = window.finder.dock
    assert dock.isVisible() and window.finder.bar.isVisible()
    type_text(qtbot, window.finder.bar.query, "互联网")
    model = dock.model
    qtbot.waitUntil(lambda: model.rowCount() == len(matches), timeout=10000)
    first, second = model.index(0, 0).data(RowRole), model.index(1, 0).data(RowRole)
    # Sections and context in the display script (繁), the match in brackets in the text form.
    assert first.section == "一、過去一年工作回顧"
    assert second.section == "二、今年重點工作 › （一）推動高質量發展"
    assert first.match == "互聯網"
    assert "【互聯網】" in model.index(0, 0).data() and "推進" in first.left
    assert dock.summary.text() == "“互联网”: 2 matches"
    # Clicking a result selects that match in the reader and makes it current.
    view = dock.view
    rect = view.visualRect(model.index(1, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader.selected_source_range() == matches[1]
    assert count_label(window) == f"2 / {len(matches)}"
    # Enter on a result jumps as well.
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.reader.selected_source_range() == matches[0]
    # F3 moves the panel's current row along.
    window.finder.find_next()
    assert view.currentIndex().row() == 1


def test_panel_never_renders_document_text_as_markup(open_window, qtbot, sample):
    window = open_window(sample)
    type_query(qtbot, window, "民生", "1 / 1")
    index = window.finder.dock.model.index(0, 0)
    assert "<b>" in index.data()                        # literal text, as the reader shows it
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;" in tooltip and "<b>" not in tooltip


def test_long_result_lists_are_capped(open_window, qtbot):
    window = open_window()
    rt = window.reader_text
    dock = window.finder.dock
    ranges = [(i, i + 1) for i in range(0, 2 * (MAX_ROWS + 1000), 2)]
    dock.model.set_results(ranges, rt, window.display)
    dock.set_summary("的", len(ranges))
    assert dock.model.rowCount() == MAX_ROWS and dock.model.capped and dock.model.total == len(ranges)
    assert "showing the first 5,000" in dock.summary.text()
    assert dock.model.row_of(ranges[MAX_ROWS + 5]) == -1
    assert dock.model.index(MAX_ROWS - 1, 0).data(RowRole) is not None


def test_script_switch_remaps_matches_and_rewrites_the_query(open_window, qtbot, sample):
    window = open_window(sample, script="s")
    matches = occurrences(window.document.text, "互联网")
    type_query(qtbot, window, "互联网", f"1 / {len(matches)}")
    window.finder.find_next()
    with qtbot.waitSignal(window.documentShown, timeout=10000):
        window.set_script("twp")
    assert window.finder.bar.text() == "網際網路"
    assert count_label(window) == f"2 / {len(matches)}"
    assert window.finder.session.matches == matches
    assert window.reader.search_matches == matches
    assert window.finder.dock.model.index(1, 0).data(RowRole).match == "網際網路"
    # The current match is selected again in the new rendering (it is on screen).
    qtbot.waitUntil(lambda: window.reader.selected_source_range() == matches[1], timeout=2000)
    assert window.reader.textCursor().selectedText() == "網際網路"


def test_find_then_highlight_stores_source_offsets(open_window, qtbot, sample, tmp_path):
    from storage.store import Store

    store = Store.open(tmp_path / "s.sqlite3")
    try:
        window = open_window(sample, script="twp", store=store)
        window.activateWindow()
        expected = occurrences(window.document.text, "内存")
        type_query(qtbot, window, "記憶體", f"1 / {len(expected)}")
        qtbot.keyClick(window.finder.bar.query, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reader, timeout=2000)
        qtbot.keyClick(window.reader, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: len(store.annotations(window.document.id)) == 1, timeout=5000)
        stored = store.annotations(window.document.id)[0]
        assert (stored.start, stored.end) == expected[0]
        assert window.document.text[stored.start:stored.end] == "内存"
    finally:
        for widget in QApplication.topLevelWidgets():
            widget.close()
        store.close()


def test_ctrl_f_seeds_the_query_from_a_short_selection(open_window, qtbot, sample):
    window = open_window(sample, script="twp")
    source = window.document.text
    start = source.index("内存")
    window.reader.select_source_range(start, start + 2)
    window.finder.open_bar()
    assert window.finder.bar.text() == "記憶體"          # what the reader shows
    qtbot.waitUntil(lambda: count_label(window) == "1 / 1", timeout=10000)
    # Reopening on the find's own match keeps the query as typed.
    window.finder.bar.query.setText("內存")
    qtbot.waitUntil(lambda: window.finder.session.query == "內存", timeout=5000)
    window.finder.close_bar()
    window.finder.open_bar()
    assert window.finder.bar.text() == "內存"


def test_opening_another_document_keeps_the_query_and_searches_it(open_window, qtbot, sample):
    window = open_window()                # the bundled report: matches far beyond the sample's end
    finder = window.finder
    type_query(qtbot, window, "互联网")
    assert finder.session.matches[-1][0] > len(sample.read_text(encoding="utf-8"))
    with qtbot.waitSignal(window.documentShown, timeout=20000):
        window.open_document(str(sample))     # while those matches are painted
    expected = occurrences(window.document.text, "互联网")
    qtbot.waitUntil(lambda: count_label(window) == f"1 / {len(expected)}", timeout=10000)
    assert finder.session.matches == expected
    assert window.reader.search_matches == expected
    assert finder.dock.model.rowCount() == len(expected)


TRADITIONAL = """# 政府工作報告

## 一、過去一年工作回顧

𠀀過去一年，我們堅持發展第一要務，推進網際網路和記憶體產業發展。
"""


def test_traditional_source_found_from_simplified_and_shown_in_s(open_window, qtbot, tmp_path):
    path = tmp_path / "traditional.md"
    path.write_text(TRADITIONAL, encoding="utf-8")
    window = open_window(path, script="s")
    source = window.document.text
    word = (source.index("網際網路"), source.index("網際網路") + 4)
    type_query(qtbot, window, "互联网", "1 / 1")
    assert window.reader.selected_source_range() == word
    assert window.reader.textCursor().selectedText() == window.reader_text.text[
        slice(*window.reader_text.display_range(*word))]
    assert "工作报告" in window.windowTitle()


def test_f3_after_closing_searches_a_newly_opened_document(open_window, qtbot, sample):
    window = open_window()
    finder = window.finder
    type_query(qtbot, window, "互联网")
    finder.close_bar()
    with qtbot.waitSignal(window.documentShown, timeout=20000):
        window.open_document(str(sample))
    assert finder.session.matches == []          # nothing searched while find is closed
    expected = occurrences(window.document.text, "互联网")
    qtbot.keyClick(window.reader, Qt.Key.Key_F3)
    assert finder.bar.isVisible()
    qtbot.waitUntil(lambda: finder.session.matches == expected, timeout=10000)
    assert window.reader.selected_source_range() == expected[0]
