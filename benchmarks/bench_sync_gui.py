"""File › Sync in the window, each figure beside a floor from the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_sync_gui.py [--count N] [--repeat R]

A throw-away PostgreSQL server (tools/pgserver.py, durable settings) on a Unix socket; the main
window shows the bundled report on a store of its own; a teammate's store pushes N highlights
of that report first.

* first pull of N through File › Sync, from the trigger until the views have refreshed (the
  sync in the worker, then ``annotation_state.refresh()``), vs. the bare API: a second store
  pulling the same N with ``TeamServer.sync`` in this process, no window.
* the longest the GUI thread went without turning its event loop during that pull (a 5 ms
  timer records its gaps), vs. the same measure while the window sits idle for as long — how
  close the window comes to freezing.
* a sync with nothing to do through the window (the periodic sync's case: the TeamServer is
  kept open), from the trigger to the ``synced`` signal, vs. the bare API's no-op sync on a kept
  TeamServer.

Medians of R runs (a fresh team database and stores each run).  Nothing is asserted.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import SEED, isolate, ratio_line  # noqa: E402

isolate()

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402

from document.annotation import Annotation, TextQuote, new_annotation_id  # noqa: E402
from gui.app import application, create_window  # noqa: E402
from gui.settings import Settings  # noqa: E402
from storage.store import Store  # noqa: E402
from storage.sync import TeamServer  # noqa: E402
from tools.pgserver import ThrowawayServer  # noqa: E402


class StallMeter:
    """The longest gap between turns of the GUI thread's event loop (a 5 ms timer's ticks)."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.clock = QElapsedTimer()
        self.longest = 0

    def _tick(self) -> None:
        self.longest = max(self.longest, self.clock.restart())

    def __enter__(self) -> "StallMeter":
        self.longest = 0
        self.clock.start()
        self.timer.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.timer.stop()
        self._tick()


def wait(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def highlights(document, count: int) -> list[Annotation]:
    text, made = document.text, []
    step = max(1, (len(text) - 40) // count)
    for n in range(count):
        start = (n * step) % (len(text) - 40)
        end = start + 6 + n % 20
        made.append(Annotation(id=new_annotation_id(), document_id=document.id, start=start, end=end,
                               quote=TextQuote.from_text(text, start, end), author=f"读者{n % 5}",
                               tags=("承诺",) if n % 3 else ("承诺", f"主题{n % 12}")))
    return made


def one_run(app, server, run: int, count: int, scratch: Path) -> tuple[float, ...]:
    name = f"gui{run}"
    server.create_database(name)
    url = server.url(database=name, password=server.admin_password)
    os.environ["PIZHU_SERVER"] = url           # wins over Preferences; may carry the password
    window = create_window(Store.open(scratch / f"window{run}" / "pizhu.sqlite3"), str(SEED), settings=Settings())
    window.show()
    loop = QEventLoop()
    window.documentShown.connect(lambda _rt: loop.quit())
    loop.exec()
    document = window.document
    with Store.open(scratch / f"mate{run}" / "pizhu.sqlite3") as mate, TeamServer(url) as team:
        mate.ensure_document(document)
        mate.add_many(highlights(document, count))
        team.sync(mate, document.id)

    def through_window() -> float:
        done = QEventLoop()
        window.sync.synced.connect(done.quit)
        began = time.perf_counter()
        window.sync.sync_action.trigger()
        done.exec()
        window.sync.synced.disconnect(done.quit)
        return time.perf_counter() - began

    with StallMeter() as meter:
        pull = through_window()
    stall = meter.longest / 1000
    assert len(window.annotation_state.index) == count, "the pull did not reach the views"
    with StallMeter() as idle:
        wait(pull)
    idle_stall = idle.longest / 1000
    with Store.open(scratch / f"bare{run}" / "pizhu.sqlite3") as bare, TeamServer(url) as team:
        bare.ensure_document(document)
        began = time.perf_counter()
        team.sync(bare, document.id)
        bare_pull = time.perf_counter() - began
        noop_floor = statistics.median(_timed(lambda: team.sync(bare, document.id)) for _ in range(10))
    noop = statistics.median(through_window() for _ in range(10))
    window.close()
    window.store.close()
    return pull, bare_pull, stall, idle_stall, noop, noop_floor


def _timed(action) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    app = application()
    scratch = Path(os.environ["PIZHU_DATA_DIR"])
    server = ThrowawayServer(fast=False).start()
    try:
        runs = [one_run(app, server, run, args.count, scratch) for run in range(args.repeat)]
    finally:
        server.stop()
    m = [statistics.median(column) for column in zip(*runs)]
    n = f"{args.count:,}"
    print(ratio_line(f"first pull of {n}, File › Sync → views", m[0], m[1], "TeamServer.sync, no window"))
    print(ratio_line("longest GUI stall during that pull", m[2], m[3], "window idle as long"))
    print(ratio_line("no-op sync through the window", m[4], m[5], "TeamServer.sync no-op"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
