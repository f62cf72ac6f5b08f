"""A 10 MB report — many real reports concatenated — opened and scrolled, beside floors.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_large.py [--megabytes N]

The report is the bundled report and the corpus's work reports (tests/fixtures/corpus/*.txt)
joined again and again until it reaches ``--megabytes`` (default 10) of UTF-8.

* open: in a live window, ``open_document`` until the report is shown (read, parse, outline,
  the reader's QTextDocument built in slices, shown) and painted, against a bare
  ``MarkdownIt("commonmark").parse`` of the same text (goal ≤ 2x); parsing alone
  (``parse_document``) beside the same floor.
* scrolling: the reader is scrolled programmatically, three wheel notches (3 × 3 lines) at a
  time, from the top and from a dozen places through the report, each step painted at once
  (``viewport().repaint()``); every step's time is a frame.  Printed: the median and the
  95th percentile step and how many steps exceed a 60 Hz frame (16.7 ms: a dropped frame),
  beside the same steps in a bare QTextEdit holding the report's plain text.

Medians of several runs; nothing is asserted.
"""
from __future__ import annotations

import argparse
import statistics
import time

from common import ROOT, SEED, goal_text, isolate, median, quiet_qt_noise, row, scratch_dir

isolate()
quiet_qt_noise()

from markdown_it import MarkdownIt  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QTextEdit  # noqa: E402

from document.loading import parse_document  # noqa: E402
from gui.app import application, create_window  # noqa: E402

CORPUS = ROOT / "tests" / "fixtures" / "corpus"
FRAME_S = 1 / 60
STEP_LINES = 9        # three wheel notches of three lines


def concatenated_report(megabytes: float) -> str:
    """Real reports one after another until ``megabytes`` of UTF-8."""
    reports = [SEED.read_text(encoding="utf-8")]
    reports += [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*-gwr.txt"))]
    parts, size, target = [], 0, int(megabytes * 1_000_000)
    while size < target:
        for report in reports:
            parts.append(report.strip() + "\n\n")
            size += len(parts[-1].encode("utf-8"))
            if size >= target:
                break
    return "".join(parts)


def open_in_window(path, app) -> tuple[float, object]:
    """Seconds from ``open_document`` until the report is shown and painted; the window."""
    window = create_window(None, None, "source")
    window.resize(1200, 800)
    window.show()
    loop = QEventLoop()
    ready = []
    window.documentShown.connect(lambda _rt: (ready.append(True), loop.quit()))
    QTimer.singleShot(300_000, loop.quit)
    loop.exec()                                   # the bundled report first (a window at rest)
    loop = QEventLoop()
    done: list[float] = []

    def shown(_rt) -> None:
        if window.document is not None and window.document_path == str(path):
            window.reader.viewport().repaint()
            done.append(time.perf_counter() - start)
            loop.quit()

    window.documentShown.connect(shown)
    start = time.perf_counter()
    window.open_document(str(path))
    loop.exec()
    return (done[0] if done else float("nan")), window


def scroll_steps(edit: QTextEdit, app, places: int = 12, steps: int = 20) -> list[float]:
    """Seconds per painted scroll step, from the top and from ``places`` places in the text."""
    bar = edit.verticalScrollBar()
    line = max(1, edit.fontMetrics().lineSpacing())
    times = []
    for place in range(places + 1):
        bar.setValue(bar.maximum() * place // (places + 1))
        edit.viewport().repaint()
        app.processEvents()
        for _ in range(steps):
            start = time.perf_counter()
            bar.setValue(bar.value() + STEP_LINES * line)
            edit.viewport().repaint()
            times.append(time.perf_counter() - start)
    return times


def frame_line(label: str, ours: list[float], floor: list[float]) -> None:
    def p95(values: list[float]) -> float:
        return sorted(values)[int(0.95 * (len(values) - 1))]

    dropped = sum(t > FRAME_S for t in ours)
    print(row(f"  {label}: median step", median(ours), median(floor), "bare QTextEdit, plain text"))
    print(row(f"  {label}: 95th percentile step", p95(ours), p95(floor), "bare QTextEdit, plain text",
              extra=f"   steps over 16.7 ms: {dropped} of {len(ours)} (bare: "
                    f"{sum(t > FRAME_S for t in floor)}), worst {max(ours) * 1000:.1f} ms"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=10.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    app = application()
    text = concatenated_report(args.megabytes)
    path = scratch_dir() / "concatenated.md"
    path.write_text(text, encoding="utf-8")
    raw = text.encode("utf-8")
    print(f"{len(raw) / 1e6:.1f} MB report ({len(text):,} characters): the bundled report and "
          f"{len(list(CORPUS.glob('*-gwr.txt')))} corpus reports, concatenated")
    parser_md = MarkdownIt("commonmark")
    floors, parses, opens = [], [], []
    window = None
    for _ in range(args.runs):
        start = time.perf_counter()
        parser_md.parse(text)
        floors.append(time.perf_counter() - start)
        start = time.perf_counter()
        parse_document(raw, name=path.name)
        parses.append(time.perf_counter() - start)
        if window is not None:
            window.close()
            window.deleteLater()
            app.processEvents()
        seconds, window = open_in_window(path, app)
        opens.append(seconds)
    floor = median(floors)
    print(f"\nopening (median of {args.runs})")
    print(row("  open in the window, shown and painted", median(opens), floor, "markdown-it parse", unit="s",
              extra="   " + goal_text(median(opens) / floor, 2.0)))
    print(row("  of which parse_document alone", median(parses), floor, "markdown-it parse", unit="s"))

    bare = QTextEdit()
    bare.setReadOnly(True)
    bare.setPlainText(window.document.text)
    bare.resize(window.reader.size())
    bare.show()
    app.processEvents()
    print(f"\nscrolling the reader, {STEP_LINES} lines a step, each step painted (frame budget 16.7 ms)")
    ours = scroll_steps(window.reader, app)
    floor_steps = scroll_steps(bare, app)
    frame_line("reader", ours, floor_steps)
    print(f"  (steps: {len(ours)}; mean {statistics.fmean(ours) * 1000:.1f} ms)")
    window.close()
    bare.close()


if __name__ == "__main__":
    main()
