"""Helpers (no tests) for the Commitments panel tests: a small report with five commitments,
opening the panel as a user does, reading the table as shown."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from gui.commitments.columns import COLUMN_INDEX

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

# 😀 is outside the BMP: Qt counts it as two UTF-16 units, Python as one — every offset after it
# differs between the two, so a slip in an offset conversion shows.
REPORT = """# 2023年政府工作报告

😀各位代表：

## 一、过去一年工作回顾

全省地区生产总值增长4.4%，城乡居民收入稳步增长。

## 二、2023年主要目标

地区生产总值增长6%左右；城镇新增就业45万人以上；粮食产量稳定在280亿斤以上。

## 三、2023年重点工作

### （一）扩大有效投资

新建5G基站2万个，太原地铁1号线建成通车。加快建设现代化产业体系，推动经济发展。
"""
# The next year's report: evidence that last year's targets were met.
REVIEW = """# 2024年政府工作报告

## 一、2023年工作回顾

全省地区生产总值增长5%，城镇新增就业47.6万人，粮食产量达到293.6亿斤。太原地铁1号线开通运营。
"""
INDICATORS = ["地区生产总值增长", "城镇新增就业", "粮食产量", "5G基站", "太原地铁1号线"]


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def open_panel(window, qtbot, rows: int = len(INDICATORS)):
    """Ctrl+Shift+M from the reader; waits until ``rows`` rows show.  Returns the dock."""
    press_in_reader(window, qtbot, Qt.Key.Key_M, CTRL_SHIFT)
    dock = window.commitments.dock
    qtbot.waitUntil(lambda: dock.proxy.rowCount() == rows and not window.commitments.ledger.busy,
                    timeout=20000)
    return dock


def press_in_reader(window, qtbot, key, modifiers) -> None:
    """A key press in the reader of the active window (a window shortcut only reaches the
    active window; a dialog a previous step closed may have left none active)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window.reader, key, modifiers)


def column(dock, name: str, role=Qt.ItemDataRole.DisplayRole) -> list:
    """A column's cells as shown, top to bottom."""
    proxy = dock.proxy
    return [proxy.index(r, COLUMN_INDEX[name]).data(role) for r in range(proxy.rowCount())]


def select_rows(dock, *indicators: str) -> None:
    """Select the rows with these indicators (the first one current), as clicks would."""
    keys = []
    for row in range(dock.proxy.rowCount()):
        entry = dock.proxy.entry_at(dock.proxy.index(row, 0))
        if entry.commitment.indicator in indicators:
            from gui.commitments.model import row_key

            keys.append(row_key(entry))
    assert dock.select_keys(keys), indicators


def entry_of(dock, indicator: str):
    for entry in dock.model.entries():
        if entry.commitment.indicator == indicator:
            return entry
    raise AssertionError(f"no row for {indicator}")


def cell(dock, indicator: str, name: str):
    """The proxy index of ``indicator``'s row in column ``name``."""
    for row in range(dock.proxy.rowCount()):
        index = dock.proxy.index(row, COLUMN_INDEX[name])
        if dock.proxy.entry_at(index).commitment.indicator == indicator:
            return index
    raise AssertionError(f"no row for {indicator}")
