"""Reader window behaviour with real widgets (offscreen)."""
from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from gui.main_window import MainWindow


def test_title_outline_and_status(open_window):
    window = open_window()
    assert window.windowTitle().startswith("山西省第十四届人民代表大会第一次会议 政府工作报告")
    model = window.outline_dock.model
    assert model.rowCount() == 5
    assert window.objectName() == "mainWindow" and window.reader.objectName() == "reader"
    assert window.section_label.text()  # document title or a section


def _row(window, top: int, child: int | None = None):
    proxy = window.outline_dock.proxy
    index = proxy.index(top, 0)
    return proxy.index(child, 0, index) if child is not None else index


def test_clicking_an_outline_entry_scrolls_to_it(open_window, qtbot):
    window = open_window()
    tree = window.outline_dock.tree
    target = _row(window, 3, 4)   # 三、… › （五）大力推进项目建设扩量提质
    entry = window.document.outline[3].children[4]
    tree.scrollTo(target)          # long titles wrap, so the entry may be below the fold at first
    rect = tree.visualRect(target)
    assert tree.viewport().rect().contains(rect.center())
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: abs(window.reader.top_offset() - entry.start) < 40, timeout=3000)
    assert window.reader.verticalScrollBar().value() > 0
    assert "（五）大力推进项目建设扩量提质" in window.section_label.text()


def test_scrolling_updates_outline_and_section_path(open_window, qtbot):
    window = open_window()
    entry = window.document.outline[2].children[5]   # 二、… › （六）
    window.reader.scroll_to_offset(entry.start + 5)
    qtbot.waitUntil(lambda: window.outline_dock.current_start() == entry.start, timeout=3000)
    assert window.section_label.text().startswith("二、今后五年工作总体安排 › （六）")
    # Scrolling with the scroll bar (as a user would) moves the current entry further on.
    bar = window.reader.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: window.outline_dock.current_start() == window.document.outline[-1].start, timeout=3000)


def test_font_zoom_shortcuts_change_size_and_are_remembered(open_window, qtbot):
    window = open_window()
    before = window.point_size
    with qtbot.waitSignal(window.documentShown, timeout=10000):
        qtbot.keyClick(window.reader, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.point_size == before + 1
    assert window.settings.font_size == before + 1
    with qtbot.waitSignal(window.documentShown, timeout=10000):
        qtbot.keyClick(window.reader, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(window.reader, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.point_size == before - 1, timeout=5000)
    window.set_font_size(before)


def test_reading_position_and_last_document_are_remembered(open_window, qtbot, tmp_path):
    path = tmp_path / "r.md"
    path.write_text("# 报告\n\n" + "\n\n".join(f"## {n}、第{n}部分\n\n" + "正文。" * 200 for n in "一二三四五六") + "\n", encoding="utf-8")
    window = open_window(path)
    entry = window.document.outline[3]
    window.reader.scroll_to_offset(entry.start)
    window.close()
    again = open_window()   # no path: the last document
    assert again.document.path == str(path)
    qtbot.waitUntil(lambda: abs(again.reader.top_offset() - entry.start) < 40, timeout=3000)


def test_opening_a_bad_file_keeps_the_current_document(open_window, qtbot, tmp_path):
    window = open_window()
    shown = window.document.id
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\x00\x01" * 50)
    window.open_document(str(bad))
    qtbot.waitUntil(lambda: "binary" in window.statusBar().currentMessage(), timeout=5000)
    assert window.document.id == shown


def test_dropping_a_markdown_file_opens_it(open_window, qtbot, tmp_path):
    path = tmp_path / "dropped.md"
    path.write_text("# 新报告\n\n## 一、甲\n\n正文。\n", encoding="utf-8")
    window = open_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.documentShown, timeout=10000):
        window.dropEvent(event)
    assert window.windowTitle().startswith("新报告")


def test_outline_filter_keeps_matching_entries_and_their_parents(open_window):
    window = open_window()
    window.outline_dock.filter.setText("民生改善")
    proxy = window.outline_dock.proxy
    assert proxy.rowCount() == 1
    parent = proxy.index(0, 0)
    assert proxy.rowCount(parent) == 1
    assert "民生改善" in proxy.data(proxy.index(0, 0, parent))


def test_raw_html_in_a_document_is_shown_as_text(open_window, tmp_path):
    path = tmp_path / "html.md"
    path.write_text("# T\n\n正文<b>不是粗体</b><script>alert(1)</script>。\n", encoding="utf-8")
    window = open_window(path)
    plain = window.reader.document().toPlainText()
    assert "<b>不是粗体</b><script>alert(1)</script>" in plain


def test_every_menu_action_with_a_shortcut_is_in_a_menu(open_window):
    window: MainWindow = open_window()
    in_menus = {a.shortcut().toString() for a in window.menu_actions()}
    for key in ("Ctrl+O", "Ctrl+Q", "Ctrl+=", "Ctrl+-", "Ctrl+0", "Ctrl+2", "Ctrl+H", "Ctrl+F", "F3",
                "Shift+F3", "Ctrl+Z", "Ctrl+Shift+Z"):
        assert key in in_menus
    file_actions = window.menu("&File").actions()
    assert file_actions[-1] is window.quit_action             # Quit last, after the features' items
    assert not file_actions[0].isSeparator()


def test_a_large_report_loads_without_freezing_the_window(open_window, qtbot, tmp_path):
    """The event loop keeps turning while a ~1.5 MB report is parsed and built."""
    from PySide6.QtCore import QTimer

    paragraph = "全省经济运行稳中向好，地区生产总值增长百分之六左右，城镇新增就业四十五万人。" * 6
    sections = [f"## 第{n}部分\n\n" + "\n\n".join([paragraph] * 40) for n in range(150)]
    path = tmp_path / "big.md"
    path.write_text("# 大报告\n\n" + "\n\n".join(sections) + "\n", encoding="utf-8")
    assert path.stat().st_size > 1_000_000
    window = open_window()
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(window.progress.isVisible()))
    timer.start(5)
    with qtbot.waitSignal(window.documentShown, timeout=60000):
        window.open_document(str(path))
    timer.stop()
    assert window.windowTitle().startswith("大报告")
    assert len(ticks) >= 3            # the GUI thread processed events during the load
    assert any(ticks)                 # and showed progress meanwhile
    assert len(window.document.outline) == 150


def test_same_level_sections_look_the_same_whatever_their_markdown(open_window):
    """（一） is a plain paragraph, （四） a #### heading, （二） a run-in title: all level 2."""
    window = open_window()
    doc = window.reader.document()
    section = window.document.outline[3]

    def first_char_size(entry) -> float:
        position = window.reader_text.qt_of_source(entry.start)
        block = doc.findBlock(position)
        fragment = block.begin().fragment()
        return fragment.charFormat().fontPointSize() or doc.defaultFont().pointSizeF()

    title_paragraph, heading = section.children[0], section.children[3]
    assert first_char_size(title_paragraph) == first_char_size(heading)
    assert first_char_size(heading) > doc.defaultFont().pointSizeF()
    # A run-in title stays in its paragraph: body-size text, bold lead-in.
    run_in = section.children[1]
    position = window.reader_text.qt_of_source(run_in.start)
    fragment = doc.findBlock(position).begin().fragment()
    assert fragment.charFormat().fontWeight() >= 700
    assert first_char_size(run_in) < first_char_size(heading)
