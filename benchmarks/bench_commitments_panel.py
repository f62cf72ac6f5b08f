"""Opening the Commitments panel with 1,000 tracked commitments, beside opening the
annotations panel on the same 1,000 annotations (the floor, measured in the same run).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_commitments_panel.py

The store holds 1,000 commitments tracked on the bundled report (a third with a second status
entry), so both panels show the same annotations.  Each figure is the time from the shortcut
(Ctrl+Shift+M, or Ctrl+Shift+A for the floor) until the panel shows every row and its table has
painted, the dock having been hidden before; median of 5 runs:

* first open — the detector has not run for this report yet: the tracked rows show at once,
  the suggestions when the detector (in the worker) is done; the time is until they are there;
* reopen — the candidates are cached per document; the ledger is rebuilt because the panel
  was hidden while nothing watched it (histories and dismissals are read again);
* status change — one dated status change on a commitment with the panel open (store, table
  row, chart, details), beside adding one plain highlight with both panels open;
* responsiveness — the longest wait of a 10 ms timer on the GUI thread while the detector runs
  on the 1 MB report in the worker, beside the same timer with the GUI thread idle.

Printed, never asserted.  Target (issue 8): opening within a small factor of the floor.
"""
from __future__ import annotations

import os
import random
import statistics
import sys
import time

from common import isolate, quiet_qt_noise, ratio_line

isolate()
quiet_qt_noise()
os.makedirs(os.environ["PIZHU_DATA_DIR"], exist_ok=True)

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from document.annotation import Commitment, CommitmentKind, CommitmentStatus  # noqa: E402
from document.commitment_lexicon import CATEGORY_NAMES  # noqa: E402
from gui.annotations.demo import demo_annotations  # noqa: E402
from gui.app import application, create_window  # noqa: E402
from gui.core.changes import Cause  # noqa: E402
from storage.store import Store  # noqa: E402

COMMITMENTS = 1_000
RUNS = 5


def _commitments(window, count: int) -> None:
    """``count`` tracked commitments over the report (not timed)."""
    rng = random.Random(8)
    document, store = window.document, window.store
    plain = demo_annotations(document, count, ["#ef9a9a"], "bench", seed=8)
    statuses = list(CommitmentStatus)
    tracked = []
    for annotation in plain:
        commitment = Commitment(
            indicator=annotation.quote.exact[:10], value=str(rng.randint(1, 500)), unit=rng.choice(["%", "万人", "亿元", ""]),
            qualifier=rng.choice(["", "左右", "以上"]), horizon=rng.choice(["2023", "2023-2027"]),
            kind=rng.choice(list(CommitmentKind)), category=rng.choice(CATEGORY_NAMES))
        tracked.append(annotation.__class__(**{**annotation.__dict__, "tags": (), "note": "",
                                               "commitment": commitment}))
    store.track(tracked)
    for annotation in tracked[::3]:
        store.change_status(annotation.id, rng.choice(statuses[1:]), author="bench", note="核查")


def _open_window(store: Store):
    app = application()
    window = create_window(store, None, None)
    window.resize(1280, 860)
    loop = QEventLoop()
    state = window.annotation_state
    state.changed.connect(lambda change: loop.quit() if change.cause is Cause.LOAD and not state.loading else None)
    window.show()
    QTimer.singleShot(30_000, loop.quit)
    loop.exec()
    for _ in range(5):
        app.processEvents()
    return window


def _settle(done, timeout: float = 60.0) -> None:
    app = application()
    deadline = time.perf_counter() + timeout
    while not done() and time.perf_counter() < deadline:
        app.processEvents()
    for _ in range(3):
        app.processEvents()


def _hide_panels(window) -> None:
    window.annotations.dock.hide()
    window.commitments.dock.hide()
    _settle(lambda: True)


def time_annotations_panel(window) -> float:
    _hide_panels(window)
    dock = window.annotations.dock
    t0 = time.perf_counter()
    window.annotations.actions.focus_action.trigger()
    _settle(lambda: dock.isVisible() and dock.model.visible_count() >= COMMITMENTS)
    dock.tree.viewport().repaint()
    return time.perf_counter() - t0


def time_commitments_panel(window, cold: bool) -> tuple[float, float]:
    """(until every row shows and the table painted, until the shortcut returned)."""
    _hide_panels(window)
    feature = window.commitments
    if cold:
        feature.ledger.forget_candidates()
    dock = feature.dock
    t0 = time.perf_counter()
    feature.panel_action.trigger()
    returned = time.perf_counter() - t0
    _settle(lambda: not feature.ledger.busy and dock.model.rowCount() > COMMITMENTS)
    dock.table.viewport().repaint()
    return time.perf_counter() - t0, returned


def time_status_change(window) -> float:
    feature = window.commitments
    ids = [a.id for a in window.annotation_state.index.values() if a.commitment is not None][:RUNS]
    times = []
    for i, annotation_id in enumerate(ids):
        t0 = time.perf_counter()
        feature.editor.change_status(annotation_id, "achieved" if i % 2 else "missed", note="bench")
        _settle(lambda: True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def time_highlight(window) -> float:
    text = window.document.text
    times = []
    for i in range(RUNS):
        start = 500 + i * 997
        t0 = time.perf_counter()
        window.annotations.editor.highlight_range(start, start + 9)
        _settle(lambda: True)
        times.append(time.perf_counter() - t0)
    del text
    return statistics.median(times)


def _longest_gap(work=None, idle_for: float = 0.5) -> tuple[float, float]:
    """(longest gap between 10 ms timer ticks, duration): while ``work`` runs in the worker, or
    for ``idle_for`` seconds with nothing to do."""
    from PySide6.QtCore import QEventLoop, QTimer

    from gui.worker import Worker

    stamps: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: stamps.append(time.perf_counter()))
    loop = QEventLoop()
    worker = Worker()
    timer.start()
    start = time.perf_counter()
    if work is None:
        QTimer.singleShot(int(idle_for * 1000), loop.quit)
    else:
        worker.run(work, lambda _r: loop.quit(), lambda _m: loop.quit())
    loop.exec()
    end = time.perf_counter()
    timer.stop()
    marks = [start, *stamps, end]
    return max(b - a for a, b in zip(marks, marks[1:])), end - start


def time_responsiveness() -> tuple[float, float, float]:
    from common import synthetic_report

    from document.commitments import detect_commitments
    from document.loading import parse_document

    document = parse_document(synthetic_report(1_000_000).encode("utf-8"))
    busy, took = _longest_gap(lambda: detect_commitments(document))
    idle, _ = _longest_gap(None)
    return busy, idle, took


def main() -> int:
    application().setStyle("Fusion")
    store = Store.open(os.path.join(os.environ["PIZHU_DATA_DIR"], "ledger.sqlite3"))
    window = _open_window(store)
    _commitments(window, COMMITMENTS)
    window.close()
    window = _open_window(store)
    assert sum(1 for a in window.annotation_state.index.values() if a.commitment) == COMMITMENTS

    print(f"Commitments panel: bundled report, {COMMITMENTS:,} tracked commitments "
          f"(floor: the annotations panel on the same annotations, same run)")
    print()
    floors, colds, cold_returns, warms, warm_returns = [], [], [], [], []
    for _ in range(RUNS):
        floors.append(time_annotations_panel(window))
        cold, cold_returned = time_commitments_panel(window, cold=True)
        colds.append(cold)
        cold_returns.append(cold_returned)
        warm, warm_returned = time_commitments_panel(window, cold=False)
        warms.append(warm)
        warm_returns.append(warm_returned)
    floor = statistics.median(floors)
    rows = window.commitments.dock.model.rowCount()
    print(ratio_line(f"open, first time (detector runs; {rows} rows)", statistics.median(colds), floor,
                     "annotations panel"))
    print(ratio_line("  of which the shortcut itself (GUI blocked)", statistics.median(cold_returns), floor,
                     "annotations panel"))
    print(ratio_line("reopen (candidates cached)", statistics.median(warms), floor, "annotations panel"))
    print(ratio_line("  of which the shortcut itself (GUI blocked)", statistics.median(warm_returns), floor,
                     "annotations panel"))
    window.commitments.focus_panel()
    window.annotations.dock.show()
    _settle(lambda: True)
    print(ratio_line("status change, panel open (store + views)", time_status_change(window),
                     time_highlight(window), "add a highlight"))
    window.close()
    store.close()
    busy, idle, took = time_responsiveness()
    print(ratio_line(f"longest GUI wait, detector on 1 MB ({took:.1f} s)", busy, idle, "idle GUI thread"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
