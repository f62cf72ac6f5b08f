"""Reliability probe (issue 14): run hostile scenarios against the real ``pizhu`` command line.

Every scenario runs ``python -m pizhu …`` in a child process on real files (a throw-away data
directory, never the user's) and is judged on what a user would see:

* **traceback**: any Python traceback on stderr (goal: 0);
* **exit status**: 0 or 1 only, and the one the scenario expects; errors are one line;
* **data loss**: a refused import that changed the store, a store file changed by a command
  that must not touch it, or a listing/export that reported success while rows were missing
  (goal: 0);
* **time and memory**: wall time and peak RSS of the child (``os.wait4``); the worst over
  inputs of at most 64 MB is reported against the goal (≤ 5 s, ≤ 1 GB).

Run from the repository root::

    .venv/bin/python tools/reliability_probe.py            # everything (a few minutes)
    .venv/bin/python tools/reliability_probe.py --quick    # skip the inputs above 16 MB

It prints one line per scenario and a summary: scenarios tried, passed, data-loss cases,
tracebacks, worst time and memory.  Exit status 0 when every scenario passed.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "reliability"))

import damaged  # noqa: E402  (the same damage the tests inflict)
import hostile_files  # noqa: E402
import mounts  # noqa: E402

MB = 1024 * 1024
GOAL_SECONDS, GOAL_BYTES, GOAL_INPUT = 5.0, 1024 * MB, 64 * MB


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str
    seconds: float
    peak_bytes: int
    cpu_seconds: float = 0.0


# The child reports its own peak RSS (VmHWM of its own address space).  ``ru_maxrss`` from
# wait4 would not do: Linux carries the parent's high-water mark across fork + exec, so every
# child would seem as large as the probe that built the inputs.
_CHILD = (
    "import atexit, os, sys\n"
    "def _peak():\n"
    "    try:\n"
    "        for line in open('/proc/self/status'):\n"
    "            if line.startswith('VmHWM:'):\n"
    "                open(os.environ['PIZHU_PROBE_PEAK'], 'w').write(line.split()[1])\n"
    "    except OSError:\n"
    "        pass\n"
    "atexit.register(_peak)\n"
    "from pizhu.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


@dataclass
class Outcome:
    name: str
    input_bytes: int
    runs: list[Run] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    data_loss: bool = False

    @property
    def tracebacks(self) -> int:
        return sum("Traceback" in run.stderr for run in self.runs)


def run_pizhu(argv: list[str], data_dir: Path, stdin: bytes | None = None) -> Run:
    """``python -m pizhu argv`` with its own data directory; time and peak RSS of the child."""
    peak_file = Path(tempfile.mktemp(prefix="pizhu-probe-peak-"))
    env = {**os.environ, "PIZHU_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen",
           "PIZHU_PROBE_PEAK": str(peak_file)}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", _CHILD, *argv], cwd=ROOT, env=env,
                                 stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        peak = int(peak_file.read_text()) * 1024 if peak_file.exists() else 0
        peak_file.unlink(missing_ok=True)
        return Run(os.waitstatus_to_exitcode(status), out.read().decode("utf-8", "replace"),
                   err.read().decode("utf-8", "replace"), seconds, peak, usage.ru_utime + usage.ru_stime)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "missing"


def rows(store: Path) -> list[tuple]:
    """Every annotation row (the store's user data) — to compare before and after."""
    if not store.exists():
        return []
    connection = sqlite3.connect(store)
    try:
        return connection.execute("SELECT * FROM annotations ORDER BY id").fetchall()
    finally:
        connection.close()


class Probe:
    def __init__(self, quick: bool) -> None:
        self.quick = quick
        self.outcomes: list[Outcome] = []
        self.scratch = Path(tempfile.mkdtemp(prefix="pizhu-probe-"))
        from document.loading import load_document

        self.report = load_document(None)

    # -- helpers ------------------------------------------------------------------------------

    def fresh_dir(self, name: str) -> Path:
        path = self.scratch / name
        path.mkdir(parents=True)
        return path

    def seeded_store(self, name: str, count: int = 20) -> Path:
        directory = self.fresh_dir(name)
        damaged.fill(directory / "pizhu.sqlite3", self.report.id, count)
        return directory

    def check(self, outcome: Outcome, run: Run, expected: tuple[int, ...], one_line: bool = True) -> None:
        outcome.runs.append(run)
        if run.code not in expected:
            outcome.problems.append(f"exit {run.code}, expected {expected}: {run.stderr.strip()[:160]}")
        if run.code not in (0, 1):
            outcome.problems.append(f"exit status {run.code}")
        if one_line and run.code == 1 and run.stderr.count("\n") != 1:
            outcome.problems.append(f"{run.stderr.count(chr(10))} lines on stderr")

    def record(self, outcome: Outcome) -> None:
        self.outcomes.append(outcome)
        worst = max((r.seconds for r in outcome.runs), default=0.0)
        peak = max((r.peak_bytes for r in outcome.runs), default=0)
        verdict = "ok" if not outcome.problems and not outcome.data_loss and not outcome.tracebacks else "FAIL"
        detail = "; ".join(outcome.problems)[:200]
        cpu = max((r.cpu_seconds for r in outcome.runs), default=0.0)
        print(f"{verdict:4} {outcome.name:<58} {outcome.input_bytes / MB:7.1f} MB {worst:6.2f} s "
              f"({cpu:5.2f} s CPU) {peak / MB:6.0f} MB  {detail}", flush=True)

    # -- import scenarios --------------------------------------------------------------------

    def import_case(self, name: str, data: bytes, expected: tuple[int, ...] = (1,), dry_run: bool = False) -> None:
        directory = self.seeded_store(f"import-{len(self.outcomes)}")
        store = directory / "pizhu.sqlite3"
        before = rows(store)
        incoming = directory / "incoming.json"
        incoming.write_bytes(data)
        outcome = Outcome(f"import: {name}", len(data))
        argv = ["import", str(incoming), "--document", self.report.path] + (["--dry-run"] if dry_run else [])
        run = run_pizhu(argv, directory)
        self.check(outcome, run, expected)
        after = rows(store)
        if run.code != 0 or dry_run:
            outcome.data_loss = after != before
        else:
            kept = {row[0] for row in after}
            outcome.data_loss = not {row[0] for row in before} <= kept
        if outcome.data_loss:
            outcome.problems.append("the store changed")
        incoming.unlink()
        self.record(outcome)

    def import_scenarios(self) -> None:
        big = (16 * MB if self.quick else GOAL_INPUT) - 4096  # room for the file's own head
        element_count = {b"{},": big // 3, b"[],": big // 3, b'"ab",': big // 5, b"0,": big // 2}
        for element, count in element_count.items():
            self.import_case(f"one annotation + ignored {element.decode()!s} x {count:,}",
                             hostile_files.one_annotation_with_ignored(element, count))
            self.import_case(f"ignored label {element.decode()!s} x {count:,}",
                             hostile_files.ignored_metadata(element, count))
        per_item = len(hostile_files.tiny_items(2)) - len(hostile_files.tiny_items(1))
        tiny_count = big // per_item  # as many as fit in the size
        self.import_case(f"{tiny_count:,} tiny items", hostile_files.tiny_items(tiny_count),
                         expected=(1,) if tiny_count > 500_000 else (0, 1))
        self.import_case("500,001 tiny items", hostile_files.tiny_items(500_001))
        valid_count = 5_000 if self.quick else 40_000
        self.import_case(f"{valid_count:,} valid items (other document)",
                         hostile_files.valid_items(valid_count), expected=(0,))
        self.import_case("nesting 100,000 deep", b'{"a":' + b"[" * 100_000 + b"]" * 100_000 + b"}")
        cases = {
            "empty": b"", "whitespace": b"   \n", "UTF-16": '{"type":"Annotation"}'.encode("utf-16"),
            "GB18030": '{"type":"注释"}'.encode("gb18030"), "invalid UTF-8": b'{"a":"\xff\xfe"}',
            "NaN": b'{"type":"Annotation","x":NaN}', "huge integer": b'{"n":' + b"9" * 5000 + b"}",
            "truncated": hostile_files.valid_items(50)[:-500], "top-level list": b"[]",
            "lone surrogate": b'{"type":"Annotation","target":{"selector":{"type":"TextQuoteSelector","exact":"\\ud800"}}}',
        }
        for name, data in cases.items():
            self.import_case(name, data)
        item = {"type": "Annotation", "target": {"source": self.report.id, "selector": {
            "type": "TextQuoteSelector", "exact": "地区生产总值"}}}
        limits = {
            "id of 2,000 characters": dict(item, id="a" * 2000),
            "id of 600 CJK characters": dict(item, id="批" * 600),
            "modified 9999-12-31": dict(item, modified="9999-12-31T23:59:59.999999Z"),
            "blank id": dict(item, id="  "),
            "creators beyond the author limit": dict(item, creator=["http://x.org/" + "p" * 1500, {"name": "张" * 600}]),
        }
        for name, value in limits.items():
            self.import_case(name, json.dumps(value).encode())
        good = [dict(item, id=f"urn:x:{i}") for i in range(10)]
        self.import_case("ten good items, then a bad one",
                         json.dumps({"type": "AnnotationPage", "items": good + [dict(item, created="yesterday")]}).encode())
        self.import_case("1,500-character creator IRI", json.dumps(dict(item, id="urn:x:c", creator="http://x.org/" + "p" * 1487)).encode(),
                         expected=(0,))
        self.import_case("dry run of a valid file", json.dumps(dict(item, id="urn:x:d")).encode(), expected=(0,), dry_run=True)

    def round_trip(self) -> None:
        """Export then re-import: whatever was accepted must travel again, unchanged."""
        from document.annotation import Annotation, TextQuote
        from storage.store import Store

        directory = self.fresh_dir("round-trip")
        rng = random.Random(5)
        text = self.report.text
        with Store.open(directory / "pizhu.sqlite3") as store:
            store.ensure_document(self.report)
            starts = [rng.randrange(0, len(text) - 40) for _ in range(2_000)]
            store.add_many([Annotation(id=f"urn:x:{i}-" + "批" * (i % 50), document_id=self.report.id,
                                       start=b, end=b + 5 + i % 30, quote=TextQuote.from_text(text, b, b + 5 + i % 30),
                                       tags=(f"标签{i % 7}",), note="注" * (i % 100), author="作者" * (i % 3),
                                       created=damaged.WHEN, modified=damaged.WHEN)
                            for i, b in enumerate(starts)])
        outcome = Outcome("export -> import round trip (2,000 annotations)", 0)
        exported = directory / "out.json"
        self.check(outcome, run_pizhu(["export", "--format", "w3c", "-o", str(exported)], directory), (0,))
        outcome.input_bytes = exported.stat().st_size if exported.exists() else 0
        target = self.fresh_dir("round-trip-target")
        self.check(outcome, run_pizhu(["import", str(exported), "--document", self.report.path], target), (0,))
        again = target / "again.json"
        self.check(outcome, run_pizhu(["export", "--format", "w3c", "-o", str(again)], target), (0,))
        if exported.exists() and again.exists() and exported.read_bytes() != again.read_bytes():
            outcome.problems.append("the second export differs from the first")
        self.record(outcome)

    # -- store scenarios -----------------------------------------------------------------------

    def listing_case(self, name: str, directory: Path, expected_rows: int | None, untouched: bool = False) -> None:
        """annotations, export (w3c/csv/markdown) and a dry-run import on a (damaged) store."""
        store = directory / "pizhu.sqlite3"
        before = digest(store)
        outcome = Outcome(f"store: {name}", store.stat().st_size if store.exists() else 0)
        listed = run_pizhu(["annotations", "--json"], directory)
        self.check(outcome, listed, (0, 1))
        if listed.code == 0 and expected_rows is not None:
            count = len(json.loads(listed.stdout or "[]"))
            if count != expected_rows:
                outcome.data_loss = True
                outcome.problems.append(f"listed {count} of {expected_rows} annotations with exit 0")
        for fmt in ("w3c", "csv", "markdown"):
            exported = run_pizhu(["export", "--format", fmt], directory)
            self.check(outcome, exported, (listed.code,) if listed.code == 1 else (0, 1))
            if exported.code == 0 and fmt == "w3c" and expected_rows is not None:
                total = json.loads(exported.stdout).get("total")
                if total != expected_rows:
                    outcome.data_loss = True
                    outcome.problems.append(f"exported {total} of {expected_rows} with exit 0")
        incoming = self.scratch / "dry.json"
        incoming.write_text(json.dumps({"type": "Annotation", "target": {
            "source": self.report.id, "selector": {"type": "TextQuoteSelector", "exact": "地区生产总值"}}}))
        self.check(outcome, run_pizhu(["import", str(incoming), "--dry-run"], directory), (0, 1))
        if untouched and digest(store) != before:
            outcome.data_loss = True
            outcome.problems.append("the store file changed")
        self.record(outcome)

    def store_scenarios(self) -> None:
        bad_rows = {
            "unknown state": "UPDATE annotations SET state = 'weird' WHERE rowid = 5",
            "unknown status": "UPDATE annotations SET commitment_status = 'bogus' WHERE rowid = 5",
            "unparsable time": "UPDATE annotations SET modified = 'yesterday' WHERE rowid = 5",
            "text in an integer column": "UPDATE annotations SET start = 'abc' WHERE rowid = 5",
            "bytes in a text column": "UPDATE annotations SET note = x'00ff' WHERE rowid = 5",
            "dangling tag link": "INSERT INTO annotation_tags (annotation_id, tag_id, position) "
                                 "SELECT id, 999, 9 FROM annotations WHERE rowid = 5",
            "bad document time": "UPDATE documents SET last_opened = 'never'",
            "user_version -1": "PRAGMA user_version = -1",
            "user_version 99": "PRAGMA user_version = 99",
        }
        for name, statement in bad_rows.items():
            directory = self.seeded_store(f"bad-{len(self.outcomes)}")
            damaged.execute(directory / "pizhu.sqlite3", statement)
            self.listing_case(name, directory, expected_rows=None, untouched=True)
            if list(directory.glob("*.bak")):
                self.outcomes[-1].data_loss = True
                self.outcomes[-1].problems.append("a .bak was written")
        directory = self.fresh_dir("foreign")
        foreign = sqlite3.connect(directory / "pizhu.sqlite3")
        foreign.execute("CREATE TABLE notes (body TEXT)")
        foreign.execute("INSERT INTO notes VALUES ('someone else''s')")
        foreign.commit()
        foreign.close()
        self.listing_case("foreign SQLite file", directory, expected_rows=None, untouched=True)
        directory = self.seeded_store("index-swapped", 2_020)
        damaged.swap_index_page(directory / "pizhu.sqlite3")
        self.listing_case("index page swapped (quick_check passes)", directory, expected_rows=2_020)
        self.random_overwrites(12 if self.quick else 40)
        directory = self.fresh_dir("missing")
        self.listing_case("no store yet", directory, expected_rows=0)
        if any(directory.iterdir()):
            self.outcomes[-1].problems.append("a read-only command created files")

    def random_overwrites(self, count: int) -> None:
        """A random page of a 2,020-annotation store overwritten with random bytes."""
        seed_dir = self.seeded_store("overwrite-seed", 2_020)
        source = (seed_dir / "pizhu.sqlite3").read_bytes()
        rng = random.Random(14)
        pages = len(source) // 4096
        for trial in range(count):
            directory = self.fresh_dir(f"overwrite-{trial}")
            data = bytearray(source)
            page = rng.randrange(1, pages)
            offset = page * 4096 + rng.randrange(0, 4096 - 512)
            data[offset:offset + 512] = rng.randbytes(512)
            (directory / "pizhu.sqlite3").write_bytes(bytes(data))
            self.listing_case(f"random overwrite #{trial} (page {page + 1})", directory, expected_rows=2_020)

    def media_scenarios(self) -> None:
        if not mounts.available():
            print("skip read-only media and full disk: no mount namespaces here")
            return
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        directory = self.seeded_store("read-only", 50)
        env["PIZHU_DATA_DIR"] = str(directory)
        outcome = Outcome("store on read-only media: list, export, import", 0)
        for argv, expected in ((["annotations", "--json"], 0), (["export", "--format", "w3c"], 0),
                               (["import", str(directory / "x.json")], 1)):
            start = time.perf_counter()
            done = mounts.run_read_only(directory, argv, env)
            run = Run(done.returncode, done.stdout, done.stderr, time.perf_counter() - start, 0)
            self.check(outcome, run, (expected,))
            if argv[0] == "annotations" and done.returncode == 0 and len(json.loads(done.stdout)) != 50:
                outcome.data_loss = True
        self.record(outcome)
        seed = self.seeded_store("full-seed", 20) / "pizhu.sqlite3"
        full = self.fresh_dir("full-disk")
        incoming = self.scratch / "full.json"
        incoming.write_text(json.dumps({"type": "Annotation", "target": {
            "source": self.report.id, "selector": {"type": "TextQuoteSelector", "exact": "地区生产总值"}}}))
        outcome = Outcome("import onto a full disk", 0)
        start = time.perf_counter()
        done = mounts.run_on_full_disk(full, seed, ["import", str(incoming)], {**env, "PIZHU_DATA_DIR": str(full)})
        self.check(outcome, Run(done.returncode, done.stdout, done.stderr, time.perf_counter() - start, 0), (1,))
        if "is full" not in done.stderr:
            outcome.problems.append(f"not called a full disk: {done.stderr.strip()[:120]}")
        self.record(outcome)

    # -- exports of hostile strings ----------------------------------------------------------------

    def export_scenarios(self) -> None:
        from markdown_it import MarkdownIt

        from document.annotation import Annotation, TextQuote
        from storage.store import Store

        directory = self.fresh_dir("hostile-strings")
        start = self.report.text.index("地区生产总值")
        hostile = ["a\n<script>alert(1)</script>", "b\n# H", "Title\n===", "=HYPERLINK(\"http://x\")",
                   "＝1+1", "\x00=cmd", "    code", "1. list", "`tick`", "<b>bold</b>"]
        with Store.open(directory / "pizhu.sqlite3") as store:
            store.ensure_document(self.report)
            store.add_many([Annotation(id=f"h{i}", document_id=self.report.id, start=start, end=start + 6,
                                       quote=TextQuote.from_text(self.report.text, start, start + 6),
                                       tags=(value,), note=value, author=value)
                            for i, value in enumerate(hostile)])
        outcome = Outcome("export: hostile strings in brief and CSV", 0)
        brief = run_pizhu(["export", "--format", "markdown"], directory)
        self.check(outcome, brief, (0,))
        kinds = {token.type for token in MarkdownIt("commonmark").parse(brief.stdout)}
        if kinds & {"html_block", "fence", "code_block", "ordered_list_open", "hr"} or \
                sum(t.type == "heading_open" for t in MarkdownIt("commonmark").parse(brief.stdout)) != 2:
            outcome.problems.append(f"brief structure broken: {sorted(kinds)}")
        table = run_pizhu(["export", "--format", "csv"], directory)
        self.check(outcome, table, (0,))
        import csv
        import io

        for row in list(csv.reader(io.StringIO(table.stdout.lstrip("\ufeff"))))[1:]:
            for cell in row:
                if cell and cell.lstrip(" \t\r\n\x00\u3000")[:1] in ("=", "+", "-", "@", "＝", "＋", "－", "＠") \
                        and not cell.startswith("'"):
                    outcome.problems.append(f"formula cell {cell[:20]!r}")
        self.record(outcome)

    def anchoring_scenario(self) -> None:
        """Import of 300 edited quotes onto a 500,000-character report."""
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from bench_exchange import _big_report

        rng = random.Random(9)
        text = _big_report(self.report.text, 500_000, rng)
        directory = self.fresh_dir("anchoring")
        report = directory / "big.md"
        report.write_text("# 大报告\n\n" + text.replace("\n", ""), encoding="utf-8")
        from document.loading import load_document

        document = load_document(report)
        items = []
        for i in range(300):
            length = rng.choice((12, 40, 120, 250))
            begin = rng.randrange(0, len(document.text) - length)
            chars = list(document.text[begin:begin + length])
            chars[rng.randrange(length)] = "改"
            items.append({"type": "Annotation", "id": f"urn:x:{i}", "target": {"source": "urn:other", "selector": [
                {"type": "TextQuoteSelector", "exact": "".join(chars)},
                {"type": "TextPositionSelector", "start": (begin + 5000) % len(document.text),
                 "end": (begin + 5000) % len(document.text) + length}]}})
        incoming = directory / "edited.json"
        incoming.write_text(json.dumps({"type": "AnnotationPage", "items": items}, ensure_ascii=False))
        outcome = Outcome("import 300 edited quotes onto a 500k-character report", incoming.stat().st_size)
        self.check(outcome, run_pizhu(["import", str(incoming), "--document", str(report)], directory), (0,))
        self.record(outcome)

    # -- summary -------------------------------------------------------------------------------

    def summary(self) -> int:
        passed = sum(not o.problems and not o.data_loss and not o.tracebacks for o in self.outcomes)
        losses = sum(o.data_loss for o in self.outcomes)
        tracebacks = sum(o.tracebacks for o in self.outcomes)
        small = [(o, r) for o in self.outcomes if o.input_bytes <= GOAL_INPUT for r in o.runs if r.peak_bytes]
        refused = [(o, r) for o, r in small if r.code == 1]
        accepted = [(o, r) for o, r in small if r.code == 0]
        print()
        print(f"scenarios tried   {len(self.outcomes)}")
        print(f"passed            {passed}")
        print(f"data-loss cases   {losses}   (goal 0)")
        print(f"tracebacks        {tracebacks}   (goal 0)")
        for label, group in (("refused or failed", refused), ("accepted", accepted), ("any", small)):
            if not group:
                continue
            slow = max(group, key=lambda pair: pair[1].seconds)
            busy = max(group, key=lambda pair: pair[1].cpu_seconds)
            big = max(group, key=lambda pair: pair[1].peak_bytes)
            print(f"worst on inputs ≤ 64 MB, {label}: {slow[1].seconds:.2f} s wall ({slow[0].name}); "
                  f"{busy[1].cpu_seconds:.2f} s CPU ({busy[0].name}); {big[1].peak_bytes / MB:.0f} MB peak RSS "
                  f"({big[0].name})   (goal ≤ {GOAL_SECONDS:.0f} s, ≤ {GOAL_BYTES // MB} MB)")
        idle = min((r for _, r in small), key=lambda r: r.cpu_seconds)
        print(f"floor: the quickest command took {idle.seconds:.2f} s wall, {idle.cpu_seconds:.2f} s CPU, "
              f"{idle.peak_bytes / MB:.0f} MB (start-up and loading the report)")
        return 0 if passed == len(self.outcomes) else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the inputs above 16 MB")
    args = parser.parse_args()
    probe = Probe(args.quick)
    print(f"scratch directory {probe.scratch}")
    probe.import_scenarios()
    probe.round_trip()
    probe.store_scenarios()
    probe.media_scenarios()
    probe.export_scenarios()
    probe.anchoring_scenario()
    return probe.summary()


if __name__ == "__main__":
    raise SystemExit(main())
