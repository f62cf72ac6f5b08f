"""Parse-time figures for real reports and big inputs, each against a floor measured in the same run.

    python benchmarks/bench_parse.py [--quick]

Rows (time = decode + read + shared pipeline + outline, i.e. ``parse_document``):

* the largest corpus document (tests/fixtures/corpus/criminal-law.md) and a 1 MB Markdown report
  built from the bundled report's sections — against a bare markdown-it-py parse of the same text;
* a 1 MB one-paragraph-per-line .txt (real corpus reports repeated) — against the same floor;
* issue 14.5: ``这是一段被分页切断的文字\\n\\n`` × 80,000 and × 300,000 (and pieces of one long
  sentence that all join), issue 14.8: a 500,000-row Markdown table — time and peak memory of a
  child process that parses only that input, against the bare markdown-it parse's time and the
  peak memory of a child that only reads the file.

Figures are printed, never asserted.  ``--quick`` skips the 300,000 and 500,000 cases.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time

from common import ROOT, best_of, ratio_line, row, synthetic_report

CORPUS = ROOT / "tests" / "fixtures" / "corpus"
LARGEST = CORPUS / "criminal-law.md"

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
kind, count, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
if kind == "split":
    raw = ("这是一段被分页切断的文字\n\n" * count).encode()
elif kind == "clause":
    raw = ("这是一段被分页切断的文字，\n\n" * count).encode()
else:
    raw = ("| 指标 | 数值 | 备注 |\n|---|---|---|\n"
           + "".join(f"| 项目{{i}} | {{i}}.5 | 说明文字 |\n" for i in range(count))).encode()
start = time.perf_counter()
if mode == "pizhu":
    from document.loading import parse_document
    parse_document(raw, name="input.md")
elif mode == "markdown-it":
    from document.inline import markdown_parser
    markdown_parser().parse(raw.decode())
elapsed = time.perf_counter() - start
print(json.dumps({{"seconds": elapsed, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def _bare_markdown_it(text: str) -> None:
    from document.inline import markdown_parser

    markdown_parser().parse(text)


def _pizhu(raw: bytes, name: str) -> None:
    from document.loading import parse_document

    parse_document(raw, name=name)


def _lines_text(target_bytes: int) -> str:
    reports = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*-gwr.txt"))]
    parts, size = [], 0
    while size < target_bytes:
        for report in reports:
            parts.append(report)
            size += len(report.encode("utf-8"))
    return "\n".join(parts)


def text_rows(repeat: int) -> None:
    cases = [
        (f"largest corpus document ({LARGEST.name}, {LARGEST.stat().st_size // 1024} KB)",
         LARGEST.read_text(encoding="utf-8"), LARGEST.name),
        ("1 MB Markdown report (bundled report's sections)", synthetic_report(1_000_000), "synthetic.md"),
        ("1 MB one-paragraph-per-line .txt (corpus reports)", _lines_text(1_000_000), "lines.txt"),
    ]
    _pizhu("warm-up。".encode(), "w.md")
    _bare_markdown_it("warm-up")
    for label, text, name in cases:
        raw = text.encode("utf-8")
        value = best_of(lambda: _pizhu(raw, name), repeat)
        floor = best_of(lambda: _bare_markdown_it(text), repeat)
        print(ratio_line(label, value, floor, "bare markdown-it parse"))


def _child(kind: str, count: int, mode: str) -> dict:
    code = CHILD.format(root=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code, kind, str(count), mode], capture_output=True, text=True,
                         check=True, timeout=3600)
    return json.loads(out.stdout.strip().splitlines()[-1])


def big_rows(quick: bool) -> None:
    cases = [("split", 80_000, "issue 14.5: split pieces × 80,000"),
             ("clause", 80_000, "issue 14.5: pieces of one sentence × 80,000"),
             ("table", 50_000, "issue 14.8: Markdown table, 50,000 rows")]
    if not quick:
        cases += [("split", 300_000, "issue 14.5: split pieces × 300,000"),
                  ("clause", 300_000, "issue 14.5: pieces of one sentence × 300,000"),
                  ("table", 500_000, "issue 14.8: Markdown table, 500,000 rows")]
    for kind, count, label in cases:
        pizhu = _child(kind, count, "pizhu")
        floor = _child(kind, count, "markdown-it")
        idle = _child(kind, count, "read-only")
        print(ratio_line(label, pizhu["seconds"], floor["seconds"], "bare markdown-it parse", unit="s"))
        print(row("  peak memory", pizhu["rss_mb"], idle["rss_mb"], "reading the input", unit="MB",
                  extra=f"   markdown-it alone {floor['rss_mb']:.0f} MB"))


def main() -> None:
    quick = "--quick" in sys.argv
    started = time.perf_counter()
    text_rows(repeat=3 if quick else 5)
    big_rows(quick)
    print(f"(benchmark took {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
