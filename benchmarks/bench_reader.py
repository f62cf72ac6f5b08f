"""Reader foundation figures: start-up, opening and peak memory, each against a floor.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_reader.py

Start-up: process start → first paint of the document, against a bare PySide6 window
(QTextEdit.setPlainText of the same canonical text) started the same way.  Opening: load +
parse + outline against a bare markdown-it-py parse of the same text.  Memory: peak RSS at
first paint, against the bare window's.  Figures are printed, never asserted.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from common import ROOT, SEED, best_of, isolate, median, ratio_line, synthetic_report

CHILD = r"""
import os, sys, time, resource, json
sys.path.insert(0, {root!r})
os.environ["QT_QPA_PLATFORM"] = "offscreen"
mode = sys.argv[1]
from PySide6.QtCore import QObject, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QTextEdit

def report():
    print(json.dumps({{"t": time.time(), "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}}), flush=True)
    os._exit(0)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, report)
        return False

if mode == "bare":
    app = QApplication(sys.argv[:1])
    from document.loading import load_document
    text = open({seed!r}, encoding="utf-8").read()
    edit = QTextEdit()
    edit.setPlainText(text)
    watcher = FirstPaint()
    edit.viewport().installEventFilter(watcher)
    edit.resize(1200, 800)
    edit.show()
    app.exec()
else:
    from gui.app import StoreOpener, application, create_window
    app = application()
    def open_store():
        from storage.store import Store
        return Store.open(os.path.join(os.environ["PIZHU_DATA_DIR"], "pizhu.sqlite3"))
    window = create_window(None, None, None)   # exactly what `pizhu` does (gui.app.run)
    StoreOpener(window, open_store)
    watcher = FirstPaint()
    def arm(_rt):
        window.reader.viewport().installEventFilter(watcher)
        window.reader.viewport().update()
    window.documentShown.connect(arm)
    window.resize(1200, 800)
    window.show()
    app.exec()
"""


def startup(mode: str, runs: int = 5) -> tuple[float, float]:
    """(median seconds to first paint, median peak RSS in MB) over ``runs`` fresh processes.

    Byte-code caching is on (as for an installed app) and one warm-up run is discarded, so
    both sides are measured from compiled .pyc files with a warm disk cache.
    """
    script = CHILD.format(root=str(ROOT), seed=str(SEED))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    times, rss = [], []
    for run in range(runs + 1):
        isolate()
        os.makedirs(os.environ["PIZHU_DATA_DIR"], exist_ok=True)
        env.update(PIZHU_DATA_DIR=os.environ["PIZHU_DATA_DIR"], PIZHU_CONFIG_DIR=os.environ["PIZHU_CONFIG_DIR"])
        start = time.time()
        out = subprocess.run([sys.executable, "-c", script, mode], capture_output=True, text=True,
                             timeout=120, env=env)
        line = [l for l in out.stdout.splitlines() if l.startswith("{")]
        if not line:
            raise SystemExit(f"{mode} run failed:\n{out.stderr[-2000:]}")
        data = json.loads(line[-1])
        if run == 0:
            continue   # warm-up: compiles .pyc files, fills the disk cache
        times.append(data["t"] - start)
        rss.append(data["rss_kb"] / 1024)
    return median(times), median(rss)


def opening(text: str) -> tuple[float, float]:
    from document.loading import parse_document
    from markdown_it import MarkdownIt

    raw = text.encode("utf-8")
    ours = best_of(lambda: parse_document(raw), 5)
    bare_md = MarkdownIt("commonmark")
    floor = best_of(lambda: bare_md.parse(raw.decode("utf-8")), 5)
    return ours, floor


def main() -> None:
    isolate()
    print("Pizhu reader benchmarks (medians of fresh processes; best-of-5 for in-process timings)")
    print()
    app_t, app_rss = startup("app")
    bare_t, bare_rss = startup("bare")
    print(ratio_line("start-up to first paint (bundled report)", app_t, bare_t, "bare QTextEdit"))
    print(f"{'peak memory at first paint':<44} {app_rss:9.1f} MB   floor (bare QTextEdit) {bare_rss:9.1f} MB   ratio {app_rss / bare_rss:5.2f}x")
    seed = SEED.read_text(encoding="utf-8")
    ours, floor = opening(seed)
    print(ratio_line(f"open bundled report ({len(seed.encode()) / 1e3:.0f} kB)", ours, floor, "markdown-it parse"))
    big = synthetic_report(1_000_000)
    ours, floor = opening(big)
    print(ratio_line(f"open synthetic report ({len(big.encode()) / 1e6:.2f} MB)", ours, floor, "markdown-it parse"))


if __name__ == "__main__":
    main()
