"""The first window a user sees: proportions, line length, outline titles, icon, dark palette,
and the session guard's signal plumbing."""
from __future__ import annotations

import signal

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QStyle

from gui import typography
from gui.app import application_icon
from gui.settings import DEFAULT_COLORS
from gui.shutdown import SessionGuard
from resources import ICON_SIZES

DEFAULT_SIZE = (1280, 860)


def test_the_reading_column_gets_most_of_a_1280_px_window(open_window):
    window = open_window(size=DEFAULT_SIZE)
    assert window.outline_dock.isVisible() and window.annotations.dock.isVisible()
    assert window.reader.width() >= 0.55 * window.width()


def test_the_line_length_is_comfortable_for_chinese(open_window):
    """About 28–40 characters on a full line of a body paragraph: not a page-wide ribbon."""
    window = open_window(size=DEFAULT_SIZE)
    block = window.reader.document().begin()
    while block.isValid() and not (block.layout().lineCount() >= 3 and block.blockFormat().textIndent() > 0):
        block = block.next()
    assert block.isValid()
    second_line = block.layout().lineAt(1)      # the first is shortened by the indent
    assert 28 <= second_line.textLength() <= 40
    window.resize(1920, 1080)
    QApplication.processEvents()
    assert block.layout().lineAt(1).textLength() <= 40    # a wider window widens the margins


def _outline_indexes(tree):
    model, found = tree.model(), []

    def walk(parent) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            found.append(index)
            walk(index)

    walk(tree.rootIndex())
    return found


def test_outline_titles_are_whole_at_the_default_size(open_window):
    window = open_window(size=DEFAULT_SIZE)
    tree = window.outline_dock.tree
    metrics = tree.fontMetrics()
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1   # as Qt paints
    indexes = _outline_indexes(tree)
    assert len(indexes) > 20
    cut = []
    for index in indexes:
        rect = tree.visualRect(index)
        text = index.data()
        needed = metrics.boundingRect(QRect(0, 0, rect.width() - 2 * margin, 10_000), Qt.TextFlag.TextWordWrap, text)
        if needed.height() > rect.height():
            cut.append(text)
    assert cut == []
    assert not tree.horizontalScrollBar().isVisible()
    assert any(tree.visualRect(i).height() > 1.5 * metrics.height() for i in indexes)   # some did wrap


def test_the_icon_is_the_window_icon_at_every_size(open_window):
    window = open_window()
    assert {size.width() for size in application_icon().availableSizes()} == set(ICON_SIZES)
    assert {size.width() for size in window.windowIcon().availableSizes()} == set(ICON_SIZES)


# -- dark palette -------------------------------------------------------------------------
def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in {
        QPalette.ColorRole.Window: "#202124", QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#1b1b1d", QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2d2e31", QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#8ab4f8", QPalette.ColorRole.HighlightedText: "#202124",
        QPalette.ColorRole.Link: "#8ab4f8",
    }.items():
        palette.setColor(role, QColor(color))
    return palette


def _luminance(color: QColor) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def _over(fill: QColor, base: QColor) -> QColor:
    a = fill.alphaF()
    return QColor(*(round(f * a + b * (1 - a)) for f, b in
                    ((fill.red(), base.red()), (fill.green(), base.green()), (fill.blue(), base.blue()))))


def _contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("dark", [False, True])
def test_highlighted_text_stays_readable(qapp, dark):
    """WCAG AA (4.5:1) between the text and every highlight colour painted under it."""
    palette = _dark_palette() if dark else QPalette(QColor("#efefef"), QColor("#ffffff"))
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    colors = [color for color, _name in DEFAULT_COLORS] + ["#f5d76e", "#f39c3d"]   # + find matches
    for color in colors:
        assert _contrast(text, _over(typography.highlight_fill(color, palette), base)) >= 4.5, color


def test_a_switch_to_the_dark_palette_lays_the_text_out_again(open_window, tmp_path, qapp, qtbot):
    """Quotes carry a colour taken from the palette; after the system turns dark they are laid
    out again with the dark palette's colour."""
    report = tmp_path / "quoted.md"
    report.write_text("# 报告\n\n## 一、总体要求\n\n> 引文段落，颜色随调色板。\n\n正文段落。\n", encoding="utf-8")
    window = open_window(report)

    def quote_colour() -> str:
        found = window.reader.document().find("引文段落")
        return QTextCursor(found).charFormat().foreground().color().name()

    light = typography.muted_color(window.reader.palette()).name()
    assert quote_colour() == light
    try:
        qapp.setPalette(_dark_palette())
        qtbot.waitUntil(lambda: typography.is_dark(window.reader.palette()))   # posted to widgets
        dark = typography.muted_color(window.reader.palette()).name()
        assert dark != light
        qtbot.waitUntil(lambda: quote_colour() == dark, timeout=10_000)
    finally:
        qapp.setPalette(QPalette())


# -- the session guard ----------------------------------------------------------------------
def test_logout_saves_and_closing_the_guard_gives_the_signals_back(qapp):
    before = {number: signal.getsignal(number) for number in (signal.SIGTERM, signal.SIGINT)}
    saved = []
    guard = SessionGuard(qapp, lambda: saved.append("saved"))
    assert signal.getsignal(signal.SIGTERM) is not before[signal.SIGTERM]
    guard.save_for_logout(None)          # what QGuiApplication.commitDataRequest calls
    assert saved == ["saved"]
    guard.close()
    assert {number: signal.getsignal(number) for number in before} == before


def test_a_failing_save_does_not_stop_the_shutdown(qapp, caplog):
    def broken() -> None:
        raise OSError("disk full")

    guard = SessionGuard(qapp, broken)
    try:
        guard.save_for_logout(None)
    finally:
        guard.close()
    assert "could not save the session" in caplog.text


def test_a_window_shown_before_its_features_attach_still_tabs_the_right_hand_docks(qtbot, isolated_user_dirs):
    """``pizhu`` shows the window first and attaches the features after its first paint:
    Needs Attention must still share the annotations panel's place as a tab, not halve it."""
    from gui.app import complete_window, new_window

    window = new_window()
    qtbot.addWidget(window)
    window.resize(*DEFAULT_SIZE)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.documentShown, timeout=20000):
        complete_window(window)
    panel = window.annotations.dock
    attention = window.exchange.attention.dock
    assert attention in window.tabifiedDockWidgets(panel)
    qtbot.waitUntil(lambda: not panel.visibleRegion().isEmpty())
    assert attention.visibleRegion().isEmpty()            # behind the panel's tab
    assert window.reader.width() >= 0.55 * window.width()
    window.close()
