"""Shared helpers for the benchmark scripts: timing, synthetic reports, temp directories."""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEED = ROOT / "resources" / "shanxi-2023-government-work-report.md"


def isolate() -> str:
    """Point data and settings at a throw-away directory (never the user's)."""
    scratch = tempfile.mkdtemp(prefix="pizhu-bench-")
    os.environ["PIZHU_DATA_DIR"] = os.path.join(scratch, "data")
    os.environ["PIZHU_CONFIG_DIR"] = os.path.join(scratch, "config")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return scratch


def best_of(fn, repeat: int = 5) -> float:
    """Best wall time of ``repeat`` calls, in seconds (the least disturbed run)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def median(values) -> float:
    return statistics.median(values)


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
        chunk = f"## {numerals[n % 10]}{'、' if n < 10 else '、'}第{n + 1}部分\n\n" + body.replace("## ", "### ") + "\n\n"
        parts.append(chunk)
        size += len(chunk.encode("utf-8"))
        n += 1
    return "".join(parts)


def ratio_line(label: str, value: float, floor: float, floor_label: str, unit: str = "ms") -> str:
    scale = 1000.0 if unit == "ms" else 1.0
    return (f"{label:<44} {value * scale:9.1f} {unit}   floor ({floor_label}) {floor * scale:9.1f} {unit}"
            f"   ratio {value / floor if floor else float('inf'):5.2f}x")
