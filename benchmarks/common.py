"""Shared helpers for the benchmark scripts: timing, printed rows, synthetic reports, scratch.

Every figure a benchmark prints goes through :func:`row` (or :func:`ratio_line`): the value,
the floor measured in the same run, and the ratio between them, with columns aligned by
display width (a CJK character takes two terminal columns).  A floor too small to time is
never divided by: the row says so instead of printing an absurd ratio.  Scratch directories
made here are removed when the script exits.
"""
from __future__ import annotations

import atexit
import os
import shutil
import statistics
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEED = ROOT / "resources" / "shanxi-2023-government-work-report.md"

#: Below this a floor is timer noise (perf_counter resolution and call overhead).
MIN_FLOOR_S = 2e-6
LABEL_WIDTH = 46
FLOOR_WIDTH = 34

_scratch: list[str] = []


def scratch_dir(prefix: str = "pizhu-bench-") -> Path:
    """A new temporary directory, removed (with everything in it) when the script exits."""
    path = tempfile.mkdtemp(prefix=prefix)
    if not _scratch:
        atexit.register(_remove_scratch)
    _scratch.append(path)
    return Path(path)


def _remove_scratch() -> None:
    for path in _scratch:
        shutil.rmtree(path, ignore_errors=True)
    _scratch.clear()


def isolate() -> str:
    """Point data, settings, cache and log at a throw-away directory (never the user's)."""
    scratch = scratch_dir()
    os.environ["PIZHU_DATA_DIR"] = str(scratch / "data")
    os.environ["PIZHU_CONFIG_DIR"] = str(scratch / "config")
    os.environ["PIZHU_LOG_DIR"] = str(scratch / "log")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return str(scratch)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    """Best wall time of ``repeat`` calls, in seconds (the least disturbed run)."""
    return min(timed(fn) for _ in range(repeat))


def median(values) -> float:
    return statistics.median(values)


def median_of(fn: Callable[[], object], repeat: int = 5) -> float:
    return statistics.median(timed(fn) for _ in range(repeat))


def alternating(functions: Sequence[Callable[[], object]], runs: int) -> list[float]:
    """Median seconds of each of ``functions``, run in turn ``runs`` times (A B A B …), so a
    load that comes and goes on a shared machine falls on both sides alike."""
    times: list[list[float]] = [[] for _ in functions]
    for _ in range(runs):
        for spent, fn in zip(times, functions):
            spent.append(timed(fn))
    return [statistics.median(spent) for spent in times]


def display_width(text: str) -> int:
    """Terminal columns of ``text``: wide and full-width characters (CJK) take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, width: int) -> str:
    """``text`` left-aligned in ``width`` terminal columns."""
    return text + " " * max(0, width - display_width(text))


def ratio_text(value: float, floor: float) -> str:
    if floor < MIN_FLOOR_S:
        return "ratio   n/a (floor too small to time)"
    return f"ratio {value / floor:6.2f}x"


def row(label: str, value: float, floor: float, floor_label: str, unit: str = "ms", extra: str = "") -> str:
    """One figure beside its floor and the ratio.  ``unit``: "ms" or "s" (values in seconds),
    "MB" (values in MB)."""
    scale = {"ms": 1000.0, "s": 1.0, "MB": 1.0}[unit]
    digits = 2 if unit == "ms" else (3 if unit == "s" else 1)
    value_text = f"{value * scale:10.{digits}f} {unit:<2}"
    floor_text = f"{floor * scale:10.{digits}f} {unit:<2}"
    floor_for_ratio = floor if unit != "MB" else max(floor, MIN_FLOOR_S)
    return (f"{pad(label, LABEL_WIDTH)} {value_text}   {pad(floor_label, FLOOR_WIDTH)} {floor_text}"
            f"   {ratio_text(value, floor_for_ratio)}{extra}")


def ratio_line(label: str, value: float, floor: float, floor_label: str, unit: str = "ms") -> str:
    """The older name of :func:`row` (kept for the scripts that use it)."""
    return row(label, value, floor, floor_label, unit)


def goal_text(ratio: float, goal: float) -> str:
    return f"goal ≤ {goal:g}x: {'met' if ratio <= goal else 'NOT met'}"


def goal_ms(seconds: float, limit_ms: float) -> str:
    return f"goal ≤ {limit_ms:g} ms: {'met' if seconds * 1000 <= limit_ms else 'NOT met'}"


def synthetic_report(target_bytes: int = 1_000_000) -> str:
    """A report of about ``target_bytes`` UTF-8 bytes built from the seed's sections.

    Sections are renumbered so the outline stays realistic (many rank-1 and rank-2 entries).
    """
    seed = SEED.read_text(encoding="utf-8")
    body = seed.split("## 一、", 1)[1]
    numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    parts = ["# 合成报告\n\n"]
    size = 0
    n = 0
    while size < target_bytes:
        chunk = f"## {numerals[n % 10]}、第{n + 1}部分\n\n" + body.replace("## ", "### ") + "\n\n"
        parts.append(chunk)
        size += len(chunk.encode("utf-8"))
        n += 1
    return "".join(parts)


#: Qt's offscreen platform says this once per shown window; it is noise between the figures.
_DROPPED_QT_MESSAGES = frozenset({"This plugin does not support propagateSizeHints()"})


def quiet_qt_noise() -> None:
    """Drop exactly the offscreen platform's "propagateSizeHints()" notice from the output;
    every other Qt message still goes to stderr.  (QtCore is imported here, not at the top,
    so the benchmarks without Qt do not load it.)"""
    from PySide6.QtCore import qFormatLogMessage, qInstallMessageHandler

    def handler(mode, context, message: str) -> None:
        if message in _DROPPED_QT_MESSAGES:
            return
        print(qFormatLogMessage(mode, context, message), file=sys.stderr)

    qInstallMessageHandler(handler)
