"""``pizhu commitments [FILE] [--json | --format csv|xlsx -o OUT]``: the ledger from the shell."""
from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from document.annotation import CommitmentStatus
from document.commitments import detect_commitments
from document.loading import load_document
from pizhu.cli import main
from pizhu.paths import store_path
from storage.ledger import suggestion_annotation
from storage.store import Store

KEYS = ["start", "end", "quote", "kind", "indicator", "value", "unit", "qualifier", "horizon", "strength",
        "binding", "category", "section", "tracked", "annotation", "status", "history"]


def ledger_json(capsys) -> list[dict]:
    assert main(["commitments", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_items_have_exactly_the_ledger_keys(capsys):
    items = ledger_json(capsys)
    assert items and all(list(item) == KEYS for item in items)
    gdp = next(item for item in items if item["quote"] == "地区生产总值增长 6%左右")
    assert (gdp["kind"], gdp["value"], gdp["horizon"], gdp["tracked"], gdp["annotation"], gdp["status"],
            gdp["history"]) == ("quantified", "6", "2023", False, None, None, [])
    assert not store_path().exists()


def test_tracked_commitments_carry_status_and_history_and_dismissed_ones_go(capsys):
    report = load_document(None)
    candidates = detect_commitments(report)
    gdp = next(c for c in candidates if c.quote == "地区生产总值增长 6%左右")
    with Store.open(store_path()) as store:
        store.ensure_document(report)
        [tracked] = store.track([suggestion_annotation(report, gdp, color="#ef9a9a", author="甲")])
        store.change_status(tracked.id, CommitmentStatus.ACHIEVED, author="乙", note="6.1%", source="2024年报告")
        store.dismiss(report.id, [(candidates[0].start, candidates[0].end, candidates[0].quote)])
    items = ledger_json(capsys)
    row = next(item for item in items if item["tracked"])
    assert (row["annotation"], row["status"]) == (tracked.id, "achieved")
    assert [(h["status"], h["author"], h["note"], h["source"]) for h in row["history"]] == [
        ("open", "甲", "", ""), ("achieved", "乙", "6.1%", "2024年报告")]
    assert candidates[0].quote not in [item["quote"] for item in items]
    assert len(items) == len(candidates) - 1
    assert main(["commitments"]) == 0
    out = capsys.readouterr().out
    assert "[achieved]" in out and "1 tracked" in out


def test_spreadsheets_are_written_to_a_file(tmp_path: Path, capsys):
    xlsx, table = tmp_path / "承诺.xlsx", tmp_path / "ledger.csv"
    assert main(["commitments", "--format", "xlsx", "-o", str(xlsx)]) == 0
    assert main(["commitments", "--format", "csv", "-o", str(table)]) == 0
    assert openpyxl.load_workbook(xlsx).sheetnames == ["Commitments", "Summary"]
    assert table.read_bytes().startswith(b"\xef\xbb\xbfsection,quote,kind")
    capsys.readouterr()
    assert main(["commitments", "--format", "xlsx"]) == 2
    assert "-o OUT" in capsys.readouterr().err
    assert main(["commitments", "-o", str(xlsx)]) == 2
    assert main(["commitments", "--format", "xlsx", "-o", str(tmp_path)]) == 1  # a directory
    assert len(capsys.readouterr().err.strip().splitlines()) == 2
