"""Commitment detection time against a plain markdown-it parse of the same input.

Run from the repository root::

    .venv/bin/python benchmarks/bench_commitments.py            # bundled report and a 1 MB report
    .venv/bin/python benchmarks/bench_commitments.py --large    # also the 50 MB `pizhu commitments` run

For each input the detector (``detect_commitments`` on the parsed document) is timed beside
``MarkdownIt("commonmark").parse`` of the same Markdown, measured in the same run, and the ratio
is printed; best of N with ``time.perf_counter``; nothing is asserted.  The 1 MB report is the
bundled report's body repeated under renumbered sections (benchmarks/common.py), so nearly every
sentence is planned text: the detector's worst case, not a typical report.  ``--large`` runs the
whole ``pizhu commitments FILE --json`` on ~50 MB (one run, in a subprocess) and times parse and
detection apart, so that the detector's share can be told from the parser's; it also times the
detector on 10 MB and 50 MB so linear growth can be checked (time per MB should stay flat).
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, SEED, best_of, ratio_line, row, synthetic_report  # noqa: E402

from markdown_it import MarkdownIt  # noqa: E402

from document.commitments import detect_commitments  # noqa: E402
from document.loading import parse_document  # noqa: E402


def _measure(label: str, markdown: str, repeat: int) -> float:
    document = parse_document(markdown.encode("utf-8"))
    parser = MarkdownIt("commonmark")
    floor = best_of(lambda: parser.parse(markdown), repeat)
    found: list = []
    detect = best_of(lambda: found.__setitem__(slice(None), detect_commitments(document)), repeat)
    print(ratio_line(f"detect {label} ({len(found)} found)", detect, floor, "markdown-it parse"))
    return detect


def _large() -> None:
    print()
    per_mb = []
    for megabytes in (10, 50):
        markdown = synthetic_report(megabytes * 1_000_000)
        start = time.perf_counter()
        document = parse_document(markdown.encode("utf-8"))
        parsed = time.perf_counter()
        detect_commitments(document)
        detected = time.perf_counter()
        parser = MarkdownIt("commonmark")
        before = time.perf_counter()
        parser.parse(markdown)
        floor = time.perf_counter() - before
        per_mb.append((detected - parsed) / megabytes)
        print(row(f"{megabytes} MB: detect", detected - parsed, floor, "markdown-it parse", unit="s",
                  extra=f"   ({(detected - parsed) / megabytes:.2f} s/MB)"))
        print(row(f"{megabytes} MB: parse_document", parsed - start, floor, "markdown-it parse", unit="s"))
        if megabytes == 50:
            with tempfile.TemporaryDirectory() as scratch:
                path = Path(scratch) / "report.md"
                path.write_text(markdown, encoding="utf-8")
                begin = time.perf_counter()
                result = subprocess.run([sys.executable, "-m", "pizhu", "--data-dir", scratch, "commitments",
                                         str(path), "--json"], cwd=ROOT, capture_output=True)
                whole = time.perf_counter() - begin
                print(row("`pizhu commitments` on 50 MB", whole, floor, "markdown-it parse", unit="s",
                          extra=f"   (exit {result.returncode}, {len(result.stdout) / 1e6:.0f} MB of JSON)"))
    print(row("detection per MB at 50 MB", per_mb[1], per_mb[0], "per MB at 10 MB", unit="s",
              extra="   (linear: about 1x)"))


def main() -> None:
    bundled = SEED.read_text(encoding="utf-8")
    _measure("bundled report (57 KB)", bundled, 20)
    _measure("1 MB report", synthetic_report(1_000_000), 3)
    if "--large" in sys.argv:
        _large()


if __name__ == "__main__":
    main()
