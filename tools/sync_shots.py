"""Staging for ``tools/screenshot.py --sync``: the window after a real sync, and its dialogs.

Starts a throw-away PostgreSQL server (:mod:`tools.pgserver`), lets a teammate's store push
highlights to it, syncs the window through File › Sync (a real sync, in the worker) so the
status bar shows the last sync time, then saves beside the main screenshot: the status bar
while a sync runs (``OUT-progress.png``), the Team Sync tab of Preferences
(``OUT-preferences.png``) and the password prompt (``OUT-password.png``).  The server is
stopped and deleted afterwards.
"""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

PASSWORD = "demo-Passw0rd"


def _settle(app, seconds: float = 0.3) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def _team_server():
    from tools.pgserver import ThrowawayServer

    server = ThrowawayServer().start()
    server.execute(f"CREATE ROLE wangfang LOGIN PASSWORD '{PASSWORD}'; "
                   f"CREATE ROLE liming LOGIN PASSWORD '{PASSWORD}';")
    server.create_database("pizhu", owner="wangfang")
    server.execute("GRANT ALL ON SCHEMA public TO wangfang", "pizhu")
    server.execute("ALTER ROLE liming SET role = 'wangfang'; GRANT wangfang TO liming;")
    pgpass = Path(tempfile.mkdtemp(prefix="pizhu-shot-pgpass-")) / "pgpass"
    pgpass.write_text(f"*:*:*:*:{PASSWORD}\n", encoding="utf-8")
    pgpass.chmod(0o600)
    os.environ["PGPASSFILE"] = str(pgpass)
    return server


def _teammate_pushes(server, document) -> None:
    """李明's Pizhu highlights three passages and syncs (as `pizhu sync` would)."""
    from document.annotation import Annotation, TextQuote, new_annotation_id
    from storage.store import Store
    from storage.sync import TeamServer

    folder = Path(tempfile.mkdtemp(prefix="pizhu-shot-teammate-"))
    with Store.open(folder / "pizhu.sqlite3") as store:
        store.ensure_document(document)
        made = []
        for phrase in ("地区生产总值", "城镇新增就业", "居民人均可支配收入"):
            start = document.text.find(phrase)
            if start >= 0:
                made.append(Annotation(id=new_annotation_id(), document_id=document.id, start=start,
                                       end=start + len(phrase), author="李明", color="#90caf9",
                                       quote=TextQuote.from_text(document.text, start, start + len(phrase)),
                                       note="核对统计公报"))
        store.add_many(made)
        with TeamServer(server.url(user="liming", database="pizhu")) as team:
            team.sync(store, document.id)


def stage(app, window, out: str) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    from gui.sync.password import PasswordDialog

    server = _team_server()
    try:
        if not window.annotation_state.annotations:
            window.annotations.add_demo_highlights(30)
        _teammate_pushes(server, window.document)
        window.settings.sync_server = server.url(user="wangfang", database="pizhu")
        window.settings.sync_periodically = True
        window.settings.sync_interval_minutes = 10
        window.sync.reconfigure()
        loop = QEventLoop()
        window.sync.synced.connect(lambda _outcome: loop.quit())
        QTimer.singleShot(30000, loop.quit)
        window.sync.sync_action.trigger()
        loop.exec()
        _settle(app)
        base = Path(out)
        bar = window.statusBar()

        dialog = window.annotations.actions.open_preferences()
        page = dialog.pages[0]
        dialog.show_page(page)
        _settle(app)
        dialog.grab().save(str(base.with_name(base.stem + "-preferences.png")))
        dialog.reject()

        prompt = PasswordDialog(window.sync.choice.label, "", window)
        prompt.edit.setText("secret")
        prompt.show()
        _settle(app)
        prompt.grab().save(str(base.with_name(base.stem + "-password.png")))
        prompt.reject()

        indicator = window.sync.indicator
        tooltip = indicator.button.toolTip()
        indicator.show_running("")
        indicator.show_step(window.sync.tr("Merging {0}/{1}").format(1200, 3000), 1200, 3000)
        _settle(app)
        bar.grab().save(str(base.with_name(base.stem + "-progress.png")))
        window.sync._show_idle()
        print(tooltip)
    finally:
        window.sync.runner.close()
        server.stop()
