"""The frozen application beside the pip-installed one: size on disk and start-up time.

    python benchmarks/bench_packaging.py [--frozen dist/pizhu] [--venv build/frozen/venv] [--runs 7]

Needs a build from packaging/build_frozen.py, whose virtual environment holds Pizhu installed
with `pip install .` (not editable): that environment's `pizhu` is the pip-installed app.
Start-up is process start → report painted and store open → exit (PIZHU_EXIT_AFTER_START=1,
offscreen), as wall time and as CPU time (user + system, steadier on a busy machine); the floor
is a bare PySide6 window (a QTextEdit showing the same report) started by the same Python.
Runs alternate between the three so a busy machine disturbs them alike; medians are printed.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, SEED, median

FLOOR = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTextEdit
app = QApplication(sys.argv[:1])
edit = QTextEdit()
edit.setPlainText(open(sys.argv[1], encoding="utf-8").read())
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
watcher = FirstPaint()
edit.viewport().installEventFilter(watcher)
edit.resize(1200, 800)
edit.show()
app.exec()
"""

PIP_SIZE = r"""
import json, re
from importlib import metadata
def closure(name, seen):
    key = re.sub(r"[-_.]+", "-", name).lower()
    if key in seen:
        return
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return
    seen[key] = dist
    for requirement in dist.requires or []:
        if "extra ==" in requirement:
            continue
        closure(re.split(r"[ ;<>=!~\[(]", requirement, 1)[0], seen)
seen = {}
closure("pizhu", seen)
total = 0
for dist in seen.values():
    for file in dist.files or []:
        path = dist.locate_file(file)
        if path.is_file():
            total += path.stat().st_size
print(json.dumps({"bytes": total, "distributions": sorted(seen)}))
"""


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child) for one run that must exit 0."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--frozen", type=Path, default=ROOT / "dist" / "pizhu")
    parser.add_argument("--venv", type=Path, default=ROOT / "build" / "frozen" / "venv")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    frozen, python = args.frozen / "pizhu", args.venv / "bin" / "python"
    pip_pizhu = args.venv / "bin" / "pizhu"
    for needed in (frozen, python, pip_pizhu):
        if not needed.exists():
            raise SystemExit(f"{needed} not found: run packaging/build_frozen.py first")

    pip = json.loads(subprocess.run([str(python), "-c", PIP_SIZE], capture_output=True, text=True, check=True).stdout)
    frozen_bytes = folder_size(args.frozen)
    print("Pizhu packaging figures")
    print()
    print(f"{'frozen folder (Python, Qt, OpenCC, report)':<46} {frozen_bytes / 2**20:8.0f} MiB")
    print(f"{'pip install . (packages only, not Python)':<46} {pip['bytes'] / 2**20:8.0f} MiB"
          f"   ratio {frozen_bytes / pip['bytes']:5.2f}x   ({len(pip['distributions'])} distributions)")
    print()

    scratch = Path(tempfile.mkdtemp(prefix="pizhu-bench-"))
    variants = {
        "frozen": [str(frozen)],
        "pip": [str(pip_pizhu)],
        "floor": [str(python), "-c", FLOOR, str(SEED)],
    }
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in variants}
    for run in range(args.runs + 1):
        for name, command in variants.items():
            home = scratch / f"{name}-{run}"
            env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8",
                   "QT_QPA_PLATFORM": "offscreen", "PIZHU_EXIT_AFTER_START": "1",
                   "PIZHU_DATA_DIR": str(home / "data"), "PIZHU_CONFIG_DIR": str(home / "config")}
            measured = timed(command, env)
            if run:            # the first round warms the disk cache and compiles .pyc files
                results[name].append(measured)
    floor_wall = median(w for w, _ in results["floor"])
    floor_cpu = median(c for _, c in results["floor"])
    print(f"start-up to painted report + open store, median of {args.runs} (floor: bare PySide6 window)")
    for name, label in (("pip", "pip-installed `pizhu`"), ("frozen", "frozen `pizhu`")):
        wall = median(w for w, _ in results[name])
        cpu = median(c for _, c in results[name])
        print(f"  {label:<26} wall {wall * 1000:7.0f} ms ({wall / floor_wall:4.2f}x floor {floor_wall * 1000:5.0f} ms)"
              f"   CPU {cpu * 1000:7.0f} ms ({cpu / floor_cpu:4.2f}x floor {floor_cpu * 1000:5.0f} ms)")


if __name__ == "__main__":
    main()
