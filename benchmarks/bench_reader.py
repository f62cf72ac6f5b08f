"""Reader figures: launch to a visible window and memory, first paint, opening; each beside a floor.

    .venv/bin/python benchmarks/bench_reader.py [--runs N] [--skip-launch]

Launch (needs Xvfb and xdotool: ``apt-get install -y xvfb xdotool``): one Xvfb server is
started for the run with ``-noreset`` (without it the server resets whenever its last client
leaves and refuses connections meanwhile).  Each launch is a real process — ``python -m
pizhu`` exactly as a user starts it, with its own data, settings and log directories kept
for the run (the first launch of each side is a discarded warm-up: byte code compiled, the
store created, the disk cache filled).  The time is from starting the process until
``xdotool search --onlyvisible --pid PID`` finds its window (polled every few milliseconds);
resident memory (``VmRSS``) is read one second later, then the process is terminated.  The
floor is a bare PySide6 QTextEdit showing the same report's text (read from the same file),
launched the same way.  The two sides alternate (bare, Pizhu, bare, …) and the medians of
``--runs`` launches each are printed, so a load that comes and goes on a shared machine
falls on both alike.

First paint (offscreen, in a child process): process start → the reader's first paint of
the document, against the bare QTextEdit's first paint; peak memory at that moment.
Opening: load + parse + outline against a bare markdown-it-py parse of the same text.
Figures are printed, never asserted.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from common import ROOT, SEED, best_of, goal_text, median, row, scratch_dir, synthetic_report

BARE_WINDOW = r"""
import sys
from PySide6.QtWidgets import QApplication, QTextEdit
app = QApplication(sys.argv[:1])
with open(sys.argv[1], encoding="utf-8") as handle:
    text = handle.read()
edit = QTextEdit()
edit.setPlainText(text)
edit.resize(1280, 860)
edit.show()
sys.exit(app.exec())
"""

POLL_S = 0.004
LAUNCH_TIMEOUT_S = 60.0


# -- launch → visible window (Xvfb + xdotool) ----------------------------------------------------
class VirtualScreen:
    """One Xvfb server for the whole run (``-noreset``), on the first free display number."""

    def __init__(self) -> None:
        read, write = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-noreset", "-nolisten", "tcp"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        number = b""
        with os.fdopen(read, "rb") as pipe:
            while not number.endswith(b"\n"):
                chunk = pipe.read(1)
                if not chunk:
                    raise SystemExit("Xvfb did not start")
                number += chunk
        self.display = f":{int(number)}"

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(10)


def _visible(pid: int, env: dict) -> bool:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                           env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    return found.returncode == 0 and bool(found.stdout.strip())


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time the process (all its threads) has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


SETTLED_S = 5.0


def launch_once(command: list[str], env: dict) -> tuple[float, float, float, float]:
    """(seconds from process start to a visible window, CPU seconds the process used by then,
    resident MB one second later, resident MB :data:`SETTLED_S` seconds later)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while not _visible(process.pid, env):
            if process.poll() is not None:
                raise SystemExit(f"{command[-1]} exited early:\n{process.stderr.read().decode()[-2000:]}")
            if time.perf_counter() - start > LAUNCH_TIMEOUT_S:
                raise SystemExit(f"no visible window after {LAUNCH_TIMEOUT_S:.0f} s: {command}")
            time.sleep(POLL_S)
        shown = time.perf_counter() - start
        cpu = _cpu_seconds(process.pid)
        time.sleep(1.0)
        early = _rss_mb(process.pid)
        time.sleep(SETTLED_S - 1.0)
        return shown, cpu, early, _rss_mb(process.pid)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def launch_figures(runs: int) -> None:
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        print(f"launch → visible window: not measured ({', '.join(missing)} missing: "
              "apt-get install -y xvfb xdotool)")
        return
    screen = VirtualScreen()
    try:
        scratch = scratch_dir()
        base = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "QT_QPA_PLATFORM")}
        base.update(DISPLAY=screen.display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
        sides = {}
        for side in ("bare", "pizhu"):
            home = scratch / side
            env = dict(base, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
                       XDG_CACHE_HOME=str(home / "cache"), XDG_DATA_HOME=str(home / "data"),
                       PIZHU_DATA_DIR=str(home / "data"), PIZHU_CONFIG_DIR=str(home / "config"),
                       PIZHU_LOG_DIR=str(home / "log"))
            if side == "bare":
                command = [sys.executable, "-c", BARE_WINDOW, str(SEED)]
            else:
                command = [sys.executable, "-m", "pizhu"]   # the bundled report, as a first start shows
            sides[side] = (command, env)
        for command, env in sides.values():
            launch_once(command, env)          # warm-up, discarded
        shown: dict[str, list[float]] = {"bare": [], "pizhu": []}
        cpu: dict[str, list[float]] = {"bare": [], "pizhu": []}
        memory: dict[str, list[float]] = {"bare": [], "pizhu": []}
        settled: dict[str, list[float]] = {"bare": [], "pizhu": []}
        for _ in range(runs):
            for side, (command, env) in sides.items():
                seconds, used, rss, later = launch_once(command, env)
                shown[side].append(seconds)
                cpu[side].append(used)
                memory[side].append(rss)
                settled[side].append(later)
    finally:
        screen.close()
    app_t, bare_t = median(shown["pizhu"]), median(shown["bare"])
    app_m, bare_m = median(memory["pizhu"]), median(memory["bare"])
    print(f"launch → visible window (Xvfb, xdotool; medians of {runs} alternating launches each)")
    print(row("  launch → visible window", app_t, bare_t, "bare QTextEdit, same report",
              extra="   " + goal_text(app_t / bare_t, 1.5)))
    print(row("  CPU time used by then (less load-sensitive)", median(cpu["pizhu"]), median(cpu["bare"]),
              "bare QTextEdit, same report"))
    print(row("  resident memory 1 s later", app_m, bare_m, "bare QTextEdit, same report", unit="MB",
              extra="   " + goal_text(app_m / bare_m, 1.6)))
    print(row(f"  resident memory {SETTLED_S:.0f} s later (settled)", median(settled["pizhu"]), median(settled["bare"]),
              "bare QTextEdit, same report", unit="MB"))
    print("  each launch (s): Pizhu " + " ".join(f"{t:.3f}" for t in shown["pizhu"])
          + " | bare " + " ".join(f"{t:.3f}" for t in shown["bare"]))


# -- first paint of the document (offscreen, in-process clock) ---------------------------------
FIRST_PAINT = r"""
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
    text = open({seed!r}, encoding="utf-8").read()
    edit = QTextEdit()
    edit.setPlainText(text)
    watcher = FirstPaint()
    edit.viewport().installEventFilter(watcher)
    edit.resize(1280, 860)
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
    window.show()
    app.exec()
"""


def first_paint(runs: int) -> None:
    """Medians over fresh offscreen processes, alternating; one warm-up of each discarded."""
    script = FIRST_PAINT.format(root=str(ROOT), seed=str(SEED))
    scratch = scratch_dir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PIZHU_DATA_DIR=str(scratch / "data"), PIZHU_CONFIG_DIR=str(scratch / "config"),
               PIZHU_LOG_DIR=str(scratch / "log"), XDG_CACHE_HOME=str(scratch / "cache"))
    os.makedirs(env["PIZHU_DATA_DIR"], exist_ok=True)
    times: dict[str, list[float]] = {"app": [], "bare": []}
    rss: dict[str, list[float]] = {"app": [], "bare": []}
    for run in range(runs + 1):
        for mode in ("bare", "app"):
            start = time.time()
            out = subprocess.run([sys.executable, "-c", script, mode], capture_output=True, text=True,
                                 timeout=120, env=env)
            line = [entry for entry in out.stdout.splitlines() if entry.startswith("{")]
            if not line:
                raise SystemExit(f"{mode} run failed:\n{out.stderr[-2000:]}")
            data = json.loads(line[-1])
            if run:
                times[mode].append(data["t"] - start)
                rss[mode].append(data["rss_kb"] / 1024)
    print(f"first paint of the document (offscreen; medians of {runs} alternating processes)")
    print(row("  process start → report painted", median(times["app"]), median(times["bare"]),
              "bare QTextEdit, same report"))
    print(row("  peak memory at that paint", median(rss["app"]), median(rss["bare"]),
              "bare QTextEdit, same report", unit="MB"))


# -- opening (in process) ----------------------------------------------------------------------
def opening(text: str) -> tuple[float, float]:
    from markdown_it import MarkdownIt

    from document.loading import parse_document

    raw = text.encode("utf-8")
    ours = best_of(lambda: parse_document(raw), 5)
    bare_md = MarkdownIt("commonmark")
    floor = best_of(lambda: bare_md.parse(raw.decode("utf-8")), 5)
    return ours, floor


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="launches of each side (default 5)")
    parser.add_argument("--skip-launch", action="store_true", help="no Xvfb launch figures")
    args = parser.parse_args()
    print("Pizhu reader benchmarks (figures beside floors measured in the same run)")
    print()
    if not args.skip_launch:
        launch_figures(args.runs)
        print()
    first_paint(args.runs)
    print()
    print("opening (load + parse + outline; best of 5, in process)")
    seed = SEED.read_text(encoding="utf-8")
    ours, floor = opening(seed)
    print(row(f"  bundled report ({len(seed.encode()) / 1e3:.0f} kB)", ours, floor, "markdown-it parse"))
    big = synthetic_report(1_000_000)
    ours, floor = opening(big)
    print(row(f"  synthetic report ({len(big.encode()) / 1e6:.2f} MB)", ours, floor, "markdown-it parse"))


if __name__ == "__main__":
    main()
