"""Render the main window offscreen to a PNG so we can look at what users see.

Usage: python tools/screenshot.py OUT.png [--dark] [--script ID] [--file FILE] [--offset N] [--exchange]
       [--find QUERY [--panel]] [--commitments N] [--sync] [--language zh_CN|zh_TW|en] [--menus]
       [--dialog NAME]   (NAME: preferences, team-sync, password, status with --commitments N, …)
Runs with throw-away data and settings directories.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
scratch = tempfile.mkdtemp(prefix="pizhu-shot-")
os.environ["PIZHU_DATA_DIR"] = os.path.join(scratch, "data")
os.environ["PIZHU_CONFIG_DIR"] = os.path.join(scratch, "config")


def dark_palette():
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124", QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#1b1b1d", QPalette.ColorRole.AlternateBase: "#26272b",
        QPalette.ColorRole.Text: "#e8eaed", QPalette.ColorRole.Button: "#2d2e31",
        QPalette.ColorRole.ButtonText: "#e8eaed", QPalette.ColorRole.Highlight: "#8ab4f8",
        QPalette.ColorRole.HighlightedText: "#202124", QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6", QPalette.ColorRole.ToolTipBase: "#303134",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    return palette


def _show_find(app, window, query: str, panel: bool) -> None:
    """Open the find bar (and the search panel) with ``query``; wait for the index."""
    import time

    finder = window.finder
    if panel:
        finder.show_panel()
    else:
        finder.open_bar()
    finder.bar.query.setText(query)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        app.processEvents()
        if finder.session.query == query and not finder.indexes.building:
            break
        time.sleep(0.02)


def _show_commitments(app, window, count: int) -> None:
    """Open the Commitments panel, track ``count`` suggestions and give some a status history."""
    import time

    feature = window.commitments
    feature.focus_panel()
    deadline = time.monotonic() + 30
    while (feature.ledger.busy or not feature.dock.proxy.rowCount()) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    dock = feature.dock
    entries = dock.proxy.visible_entries()[:count]
    made = feature.editor.track(entries)
    steps = ["achieved", "in_progress", "partly", "missed", "in_progress", "unclear", "achieved"]
    for annotation, status in zip(made, steps):
        feature.editor.change_status(annotation.id, status, note="2024年政府工作报告：已完成年度目标",
                                     source="https://www.shanxi.gov.cn/zfxxgk/")
    if made:
        dock.select_keys([("a", made[0].id)])
        feature.jump_to(dock.current_entry())
    for _ in range(20):
        app.processEvents()


def _team_sync_page(window):
    """Preferences with its Team Sync tab in front."""
    dialog = window.annotations.actions.open_preferences()
    dialog.show_page(dialog.pages[0])
    return dialog


def _password_prompt(window):
    from gui.sync.password import PasswordDialog

    dialog = PasswordDialog("alice@db.example.org:5432/pizhu", "", window)
    dialog.open()
    return dialog


DIALOGS = {
    "preferences": lambda w: w.annotations.actions.open_preferences(),
    "team-sync": _team_sync_page,
    "password": _password_prompt,
    "status": lambda w: w.commitments.open_status_dialog(),      # with --commitments N (N > 0)
    "tags": lambda w: w.annotations.actions.open_tags_dialog(),
    "export": lambda w: w.exchange.exporter.open_dialog(),
    "shortcuts": lambda w: w._menus._show_shortcuts(),
    "about": lambda w: w._menus._show_about(),
    "note": lambda w: (w.reader.select_source_range(w.reader.top_offset() + 20, w.reader.top_offset() + 40),
                       w.annotations.actions.edit_note())[1],
}


def _settle(app, rounds: int = 20) -> None:
    import time

    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.01)


def _save_menus(app, window, out: str) -> str:
    """Every top-level menu opened, side by side, in one image (OUT-menus.png)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPainter, QPixmap

    images = []
    for action in window.menuBar().actions():
        menu = action.menu()
        menu.popup(window.mapToGlobal(QPoint(0, 0)))
        _settle(app)
        images.append(menu.grab())
        menu.hide()
    gap = 12
    sheet = QPixmap(sum(i.width() for i in images) + gap * (len(images) + 1),
                    max(i.height() for i in images) + 2 * gap)
    sheet.fill(QColor("#d0d0d0"))
    painter = QPainter(sheet)
    x = gap
    for image in images:
        painter.drawPixmap(x, gap, image)
        x += image.width() + gap
    painter.end()
    path = str(Path(out).with_name(Path(out).stem + "-menus.png"))
    sheet.save(path)
    return path


def _save_dialog(app, window, name: str, out: str) -> str:
    dialog = DIALOGS[name](window)
    if dialog is None:
        raise SystemExit(f"no {name} dialog to show (--dialog status needs --commitments N)")
    _settle(app)
    path = str(Path(out).with_name(f"{Path(out).stem}-{name}.png"))
    dialog.grab().save(path)
    dialog.close()
    return path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--script", default=None)
    parser.add_argument("--file", default=None)
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--size", default="1400x900")
    parser.add_argument("--highlights", type=int, default=0, help="add N demo highlights")
    parser.add_argument("--select", type=int, default=0,
                        help="select N characters after --offset and show the highlight toolbar")
    parser.add_argument("--find", default=None, help="open the find bar with QUERY")
    parser.add_argument("--panel", action="store_true", help="with --find: show the search panel too")
    parser.add_argument("--commitments", type=int, default=-1, metavar="N",
                        help="open the Commitments panel, track N suggestions with a few statuses")
    parser.add_argument("--exchange", action="store_true",
                        help="stage the exchange UI (Needs Attention, carry-over bar); also saves OUT-preview/-export.png")
    parser.add_argument("--sync", action="store_true",
                        help="sync with a throw-away PostgreSQL server first; also saves "
                             "OUT-preferences/-password/-progress.png")
    parser.add_argument("--language", default="en", help="UI language: zh_CN, zh_TW or en")
    parser.add_argument("--menus", action="store_true", help="also save OUT-menus.png: every menu, opened")
    parser.add_argument("--dialog", default=None, choices=sorted(DIALOGS),
                        help="also save OUT-NAME.png: that dialog, opened over the window")
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, QTimer
    from gui.app import application, create_window

    app = application()
    app.setStyle("Fusion")
    from gui.language import install_language

    install_language(args.language)
    if args.dark:
        app.setPalette(dark_palette())
    try:
        from storage.store import Store

        Path(os.environ["PIZHU_DATA_DIR"]).mkdir(parents=True, exist_ok=True)
        store = Store.open(Path(os.environ["PIZHU_DATA_DIR"]) / "pizhu.sqlite3")
    except ImportError:
        store = None
    window = create_window(store, args.file, args.script)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    loop = QEventLoop()
    window.documentShown.connect(lambda _rt: QTimer.singleShot(300, loop.quit))
    QTimer.singleShot(20000, loop.quit)
    loop.exec()
    if args.highlights:
        window.annotations.add_demo_highlights(args.highlights)
    if args.offset:
        window.go_to_offset(args.offset)
    if args.select:
        start = window.reader.top_offset() + 60
        window.reader.select_source_range(start, start + args.select, scroll=False)
        window.annotations.bar.show_for_selection()
    if args.find is not None:
        _show_find(app, window, args.find, args.panel)
    if args.commitments >= 0:
        _show_commitments(app, window, args.commitments)
    if args.exchange:
        from exchange_shots import stage

        stage(app, window, args.out)
    if args.sync:
        from sync_shots import stage as stage_sync

        stage_sync(app, window, args.out)
    _settle(app, 40)     # coalesced views (outline counts, badges, status bar) catch up
    window.grab().save(args.out)
    print(args.out)
    if args.menus:
        print(_save_menus(app, window, args.out))
    if args.dialog:
        print(_save_dialog(app, window, args.dialog, args.out))
    if store is not None:
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
