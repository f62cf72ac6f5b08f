"""Child process for the memory tests: parse one generated file, report peak memory as JSON.

Run as ``python memory_child.py KIND COUNT``; prints {"outcome", "parse_rss_mb", "loads_rss_mb",
"seconds", "cpu_seconds"}: the growth of the peak RSS while parsing, and (for valid files) while
``json.loads`` alone builds the same file's tree — the floor the streaming reader must beat.
"""
from __future__ import annotations

import gc
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import hostile_files  # noqa: E402
from storage.exchange.errors import ExchangeError  # noqa: E402
from storage.exchange.w3c_parse import parse  # noqa: E402


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    kind, count = sys.argv[1], int(sys.argv[2])
    data = getattr(hostile_files, kind)(count) if kind in ("tiny_items", "valid_items") else \
        getattr(hostile_files, kind)(b"{},", count)
    gc.collect()
    before = _peak_mb()
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        outcome = f"parsed {len(parse(data))}"
    except ExchangeError as error:
        outcome = f"refused: {error}"
    report = {"outcome": outcome, "parse_rss_mb": _peak_mb() - before, "size_mb": len(data) / 2 ** 20,
              "seconds": time.perf_counter() - wall, "cpu_seconds": time.process_time() - cpu}
    if kind == "valid_items":
        gc.collect()
        before = _peak_mb()
        json.loads(data)  # the tree is built (the peak) and dropped
        report["loads_rss_mb"] = _peak_mb() - before
    print(json.dumps(report))


if __name__ == "__main__":
    main()
