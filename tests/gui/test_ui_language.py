"""The window speaks the UI language: menus, docks, bars, dialogs, Qt's own buttons — and the
reading script stays the reader's separate choice.

"Untranslated" is checked from what the widgets show: in a Chinese UI no visible text may be
the English source of a message that has a translation (tests/test_translations.py checks the
catalogues themselves).
"""
from __future__ import annotations

import re
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QComboBox, QDialog, QDialogButtonBox, QDockWidget, QGroupBox, QLabel, QLineEdit,
    QMessageBox, QTableView, QTreeView, QTreeWidget, QWidget,
)

from document.scripts import convert, is_traditional
from gui.app import use_language
from gui.language import language_of_tag, shown_language, system_language
from gui.settings import Settings
from gui.sync.password import PasswordDialog
from gui.window_menus import plain_action_text
from tools.translations import TRANSLATED, read_ts, ts_path
from xserver import pizhu_command, pizhu_env, wait_for_window, x_display  # noqa: F401 - fixture

MENUS = {"zh_CN": ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"],
         "zh_TW": ["檔案(&F)", "編輯(&E)", "檢視(&V)", "說明(&H)"],
         "en": ["&File", "&Edit", "&View", "&Help"]}
DOUBLED = re.compile(r"[\u4e00-\u9fff]+[ \t]+[A-Z][a-z]{2,}(?![+\w])")   # "批注 Annotations", not "按 Ctrl+H"


def english_sources(language: str) -> set[str]:
    """English texts (mnemonics dropped) whose translation into ``language`` differs."""
    sources = set()
    for item in read_ts(ts_path(language)).values():
        if item.message.numerus or "{" in item.message.source:
            continue
        if plain_action_text(item.forms[0]) != plain_action_text(item.message.source):
            sources.add(plain_action_text(item.message.source))
    return sources


def shown_texts(root: QWidget) -> list[str]:
    """Every text a user can see or hear in ``root`` and its children: titles, labels, buttons,
    placeholders, tooltips, combo entries, header labels, menu entries."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, (QDockWidget, QDialog)):
            texts.append(widget.windowTitle())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTreeWidget):
            texts += [widget.headerItem().text(c) for c in range(widget.columnCount())]
        elif isinstance(widget, (QTableView, QTreeView)):
            header = widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            if header.model() is not None:
                texts += [header.model().headerData(c, Qt.Orientation.Horizontal, role) for c in range(header.count())
                          for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]
        for action in widget.actions():
            texts += [action.text(), action.iconText(), action.toolTip()]
            if action.menu() is not None:
                texts.append(action.menu().title())
                texts += [a.text() for a in action.menu().actions()]
    return [t for t in texts if isinstance(t, str) and t]


def untranslated(texts: list[str], language: str) -> list[str]:
    sources = english_sources(language)
    return sorted({t for t in texts if plain_action_text(t).strip() in sources})


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


# -- choosing the language ---------------------------------------------------------------------
@pytest.mark.parametrize("tag, language", [
    ("zh_CN.UTF-8", "zh_CN"), ("zh-Hans-CN", "zh_CN"), ("zh-SG", "zh_CN"), ("zh", "zh_CN"),
    ("zh_TW.UTF-8", "zh_TW"), ("zh-Hant-TW", "zh_TW"), ("zh-HK", "zh_TW"), ("zh_MO", "zh_TW"), ("zh-Hant", "zh_TW"),
    ("en-US", "en"), ("en_GB.UTF-8", "en"), ("fr-FR", None), ("C", None),
])
def test_a_locale_name_maps_to_a_ui_language(tag, language):
    assert language_of_tag(tag) == language


def test_the_first_preferred_language_pizhu_speaks_wins():
    assert system_language(["fr-FR", "zh-Hant-TW", "en-US"]) == "zh_TW"
    assert system_language(["de-DE", "en-US", "zh-CN"]) == "en"
    assert system_language(["fr-FR", "ja-JP"]) == "en"
    assert system_language(["C"]) == "en"


# -- the window in each language ----------------------------------------------------------------
def _open_everything(window, qtbot) -> None:
    """Show what is hidden at first: the find bar, the search panel, Needs Attention, the
    Commitments panel (once its suggestions are found)."""
    window.finder.show_panel()
    window.exchange.attention.dock.show()
    window.commitments.focus_panel()
    qtbot.waitUntil(lambda: window.commitments.dock.proxy.rowCount() > 0 and not window.commitments.ledger.busy,
                    timeout=20000)
    qtbot.wait(50)


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_the_main_window_is_wholly_in_the_ui_language(open_window, ui_language, qtbot, language):
    ui_language(language)
    window = open_window()
    _open_everything(window, qtbot)
    assert menu_titles(window) == MENUS[language]
    texts = shown_texts(window)
    assert untranslated(texts, language) == []
    assert [t for t in texts if DOUBLED.search(t)] == []
    assert window.outline_dock.windowTitle() == {"zh_CN": "目录", "zh_TW": "目錄"}[language]
    assert window.annotations.dock.windowTitle() == {"zh_CN": "批注", "zh_TW": "批註"}[language]
    assert window.windowTitle().endswith({"zh_CN": " — 批注", "zh_TW": " — 批註"}[language])


def test_the_english_window_has_no_chinese_of_its_own(open_window, qtbot):
    """In English, Chinese appears only where it is the report's (titles, sections, the text, the
    fields of the commitment the panel's details show)."""
    window = open_window()
    _open_everything(window, qtbot)
    assert menu_titles(window) == MENUS["en"]
    data = {window.section_label, window.outline_dock.filter, window.commitments.dock.details.heading}
    chinese = [t for w in window.findChildren(QWidget) if w not in data and not isinstance(w, QComboBox)
               for t in shown_texts_of(w) if re.search(r"[\u4e00-\u9fff]", t)]
    assert chinese == []
    assert [t for t in shown_texts(window) if DOUBLED.search(t)] == []


def shown_texts_of(widget: QWidget) -> list[str]:
    texts = [widget.toolTip(), widget.accessibleName()]
    if isinstance(widget, (QLabel, QAbstractButton)):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QDockWidget):
        texts.append(widget.windowTitle())
    texts += [a.text() for a in widget.actions()]
    return [t for t in texts if t]


def test_english_ui_reading_in_taiwan_script(open_window, qtbot):
    window = open_window(script="twp")
    document = window.document
    assert menu_titles(window) == MENUS["en"]
    assert window.reader_text.text == convert(document.text, "twp", is_traditional(document.text))
    assert window.reader_text.text != document.text
    assert window.script_label.text() == "Taiwan Standard with Taiwan Phrasing"
    assert window.findChild(type(window.script_actions.actions()[0]), "script_twp").isChecked()


def test_traditional_ui_reading_the_source_text(open_window, ui_language, qtbot):
    ui_language("zh_TW")
    window = open_window(script="source")
    assert menu_titles(window) == MENUS["zh_TW"]
    assert window.reader_text.text == window.document.text          # the report as written (简体)
    assert "政府工作报告" in window.windowTitle()
    assert window.script_label.text() == "原文"
    toolbar = [window.script_toolbar.widgetForAction(a).text() for a in window.script_toolbar.actions()]
    assert toolbar == ["原文", "簡體", "繁體", "臺灣", "臺灣+用語", "香港"]


def test_qt_own_strings_follow_the_language(open_window, ui_language, qtbot):
    """Standard buttons, a line edit's context menu and the undo action come from qtbase_*.qm."""
    ui_language("zh_CN")
    window = open_window()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    assert sorted(b.text() for b in buttons.buttons()) == sorted(["保存", "取消"])
    menu = window.outline_dock.filter.createStandardContextMenu()
    assert any(a.text().startswith("粘贴") for a in menu.actions())
    assert window.undo_action.text()[:2] in ("撤销", "撤消")     # Qt says both
    ui_language("zh_TW")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    assert sorted(b.text() for b in buttons.buttons()) == sorted(["儲存", "取消"])


# -- dialogs ------------------------------------------------------------------------------------
def _dialogs(window, qtbot):
    """Open each dialog the way the menus do; yields (name, dialog) and closes it."""
    actions = window.annotations.actions
    yield "preferences", actions.open_preferences()
    yield "tags", actions.open_tags_dialog()
    yield "export", window.exchange.exporter.open_dialog()
    window.reader.select_source_range(10, 20)
    yield "tag", actions.edit_tags()
    window.reader.select_source_range(10, 20)
    yield "note", actions.edit_note()
    menus = window._menus
    yield "shortcuts", menus._show_shortcuts()
    yield "about", menus._show_about()
    commitments = window.commitments
    commitments.focus_panel()
    qtbot.waitUntil(lambda: commitments.dock.proxy.rowCount() > 0 and not commitments.ledger.busy, timeout=20000)
    commitments.dock.table.selectRow(0)
    commitments.track_selected()                   # the first suggestion
    qtbot.waitUntil(lambda: (entry := commitments.dock.current_entry()) is not None and entry.tracked, timeout=10000)
    yield "change status", commitments.open_status_dialog()
    password = PasswordDialog("alice@db.example.org:5432/pizhu", "", window)   # as a sync asking for one
    password.open()
    yield "password", password


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_dialog_is_in_the_ui_language(open_window, ui_language, store, tmp_path, qtbot, language):
    ui_language(language)
    window = open_window(store=store)
    qtbot.waitUntil(lambda: window.store is not None, timeout=10000)
    for name, dialog in _dialogs(window, qtbot):
        assert dialog is not None, name
        qtbot.waitUntil(dialog.isVisible, timeout=5000)
        texts = shown_texts(dialog)
        assert untranslated(texts, language) == [], name
        assert [t for t in texts if DOUBLED.search(t)] == [], name
        dialog.close()
        qtbot.wait(10)


def test_the_shortcut_list_names_entries_in_the_ui_language(open_window, ui_language, qtbot):
    ui_language("zh_CN")
    window = open_window()
    box = window._menus._show_shortcuts()
    assert "高亮所选文字" in box.text() and "Ctrl+H" in box.text()
    assert "(&" not in box.text() and "&amp;" not in box.text()
    box.close()


def test_about_names_pizhu_in_the_ui_language(open_window, ui_language, qtbot):
    ui_language("zh_TW")
    window = open_window()
    box = window._menus._show_about()
    assert box.windowTitle() == "關於批註" and "閱讀並批註中文政策文件" in box.text()
    box.close()


# -- Preferences ----------------------------------------------------------------------------------
def test_preferences_choose_the_language_for_the_next_start(open_window, ui_language, qtbot):
    window = open_window()
    dialog = window.annotations.actions.open_preferences()
    combo = dialog.language_combo
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["简体中文", "繁體中文", "English"]
    assert combo.currentData() == "" and combo.itemText(0).startswith("System default (")
    assert not dialog.restart_note.isVisible()
    combo.setCurrentIndex(combo.findData("zh_TW"))
    assert dialog.restart_note.isVisible()
    assert dialog.restart_note.text() == "Pizhu will be in 繁體中文 from its next start."
    dialog.accept()
    assert Settings().language == "zh_TW"
    # The next start: the language is installed before the window is built.
    assert use_language(Settings()) == "zh_TW" and shown_language() == "zh_TW"
    again = open_window()
    assert menu_titles(again) == MENUS["zh_TW"]
    ui_language("en")


def test_system_default_follows_the_locale(open_window, monkeypatch, ui_language):
    monkeypatch.setattr("gui.language.system_language", lambda ui_languages=None: "zh_CN")
    monkeypatch.setattr("gui.preferences.system_language", lambda ui_languages=None: "zh_CN")
    assert use_language(Settings()) == "zh_CN"
    window = open_window()
    assert menu_titles(window) == MENUS["zh_CN"]
    dialog = window.annotations.actions.open_preferences()
    assert dialog.language_combo.itemText(0) == "跟随系统（简体中文）"
    dialog.reject()
    ui_language("en")


def test_without_a_chinese_font_the_ui_stays_english(monkeypatch, ui_language):
    settings = Settings()
    settings.language = "zh_CN"
    monkeypatch.setattr("gui.font_check.cjk_families", lambda: [])
    assert use_language(settings) == "en" and shown_language() == "en"
    monkeypatch.setattr("gui.font_check.cjk_families", lambda: ["Noto Sans CJK SC"])
    assert use_language(settings) == "zh_CN"
    ui_language("en")


def test_default_colour_names_follow_the_language_and_typed_ones_stay(open_window, ui_language, qtbot):
    settings = Settings()
    assert [name for _c, name in settings.colors][:2] == ["Target", "Commitment"]
    ui_language("zh_CN")
    assert [name for _c, name in settings.colors][:2] == ["目标", "承诺"]
    settings.set_color_names(["目标", "硬指标", "成绩", "问题", "疑问"])    # one typed by the user
    ui_language("zh_TW")
    assert [name for _c, name in settings.colors][:2] == ["目標", "硬指标"]
    ui_language("en")
    assert [name for _c, name in settings.colors][:2] == ["Target", "硬指标"]


# -- a real start ---------------------------------------------------------------------------------
@pytest.mark.parametrize("locale, preference, suffix", [
    ("zh_TW:zh", "", " — 批註"),       # the system's language
    ("zh_CN:zh", "en", " — Pizhu"),    # Preferences override it
])
def test_a_started_pizhu_speaks_the_chosen_language(x_display, tmp_path, seed_path, locale, preference, suffix):
    if preference:
        (tmp_path / "config").mkdir()
        (tmp_path / "config" / "pizhu.ini").write_text(f"[interface]\nlanguage={preference}\n", encoding="utf-8")
    process = subprocess.Popen(pizhu_command(str(seed_path)), env=pizhu_env(x_display, tmp_path, LANGUAGE=locale),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert wait_for_window(x_display, suffix, process)
    finally:
        process.terminate()
        process.communicate(timeout=60)


def test_a_finished_sync_is_told_in_the_ui_language(ui_language):
    """The status line after a sync: the CLI keeps its English line, the window says it in its language."""
    from storage.sync.summary import SyncSummary
    from gui.sync.summary_text import summary_text

    summary = SyncSummary("alice@db:5432/pizhu", pushed=3, pulled=2, conflicts=1, pulled_deletions=1,
                          reanchored=1, needs_review=1, not_pushed=2)
    assert summary_text(summary) == (
        "Synced with alice@db:5432/pizhu: 3 sent, 2 received; 1 conflict resolved, the newest edit kept; "
        "deletions: 0 sent, 1 received; 1 re-anchored, 1 to review, 0 orphaned; "
        "2 local changes not sent (the login may only read)")
    ui_language("zh_CN")
    assert summary_text(summary) == (
        "已与 alice@db:5432/pizhu 同步：发送 3 条，接收 2 条；解决了 1 处冲突，保留最新的修改；"
        "删除记录：发送 0 条，接收 1 条；重新定位 1 条，待核对 1 条，未定位 0 条；2 处本地修改未发送（该账号只能读取）")
    ui_language("zh_TW")
    assert summary_text(SyncSummary("alice@db:5432/pizhu", pushed=1)) == "已與 alice@db:5432/pizhu 同步：傳送 1 條，接收 0 條"
    ui_language("en")
