"""The commitment ledger in exchange: W3C files carry fields, history and evidence and merge
them; the ledger combines suggestions, tracked commitments and dismissals; CSV and XLSX."""
from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from document.annotation import (
    Commitment, CommitmentKind, CommitmentStatus, CommitmentStrength, Evidence, TextQuote,
)
from document.commitments import detect_commitments
from document.loading import load_document
from storage.exchange import w3c
from storage.exchange.errors import ExchangeError
from storage.exchange.importer import import_bytes
from storage.exchange.ledger_export import LEDGER_COLUMNS, ledger_csv, ledger_xlsx, summary_counts
from storage.exchange.w3c_parse import parse
from storage.ledger import build_ledger, load_ledger, passage_annotation, suggestion_annotation
from storage.store import Store

COLOR = "#ef9a9a"
HOSTILE = ["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "＝1+1", "＋1", "－1", "＠A", "\x00=1", " =1", "\t=1"]


@pytest.fixture(scope="module")
def report():
    return load_document(None)


@pytest.fixture(scope="module")
def candidates(report):
    return detect_commitments(report)


def _tracked_with_history(store: Store, report, candidates):
    store.ensure_document(report)
    gdp = next(c for c in candidates if c.quote == "地区生产总值增长 6%左右")
    [tracked] = store.track([suggestion_annotation(report, gdp, color=COLOR, author="甲")])
    evidence = Evidence("urn:sha256:" + "12" * 32, 100, 112, TextQuote("全年增长6.1%", "初步核算，", "。"))
    store.change_status(tracked.id, CommitmentStatus.IN_PROGRESS, author="甲", note="一季度 4.8%")
    _a, wrong = store.change_status(tracked.id, CommitmentStatus.MISSED, author="甲")
    store.retract_status_change(wrong.id)
    store.change_status(tracked.id, CommitmentStatus.ACHIEVED, author="乙", note="超额完成",
                        source="https://example.org/2024", evidence=evidence)
    return tracked


def test_w3c_carries_fields_history_evidence_and_retractions(tmp_path: Path, report, candidates):
    with Store.open(tmp_path / "a.sqlite3") as mine:
        tracked = _tracked_with_history(mine, report, candidates)
        annotations = mine.annotations(report.id, include_deleted=True)
        histories = mine.commitment_histories(report.id)
        data = w3c.export_bytes(report.id, annotations, title=report.title, histories=histories)
    item = json.loads(data)["first"]["items"][0]
    commitment = item["pizhu:commitment"]
    assert commitment["pizhu:kind"] == "quantified" and commitment["pizhu:horizon"] == "2023"
    assert commitment["pizhu:status"] == "achieved" and len(commitment["pizhu:history"]) == 4
    evidence = commitment["pizhu:history"][-1]["pizhu:evidence"]
    assert evidence["type"] == "SpecificResource" and evidence["selector"][0]["exact"] == "全年增长6.1%"
    [incoming] = parse(data)
    assert incoming.history == tuple(histories[tracked.id])
    with Store.open(tmp_path / "b.sqlite3") as theirs:
        summary = import_bytes(theirs, data, document=report)
        assert summary.added == 1
        assert theirs.get(tracked.id).commitment == annotations[0].commitment
        assert theirs.commitment_histories(report.id) == histories
        again = import_bytes(theirs, data, document=report)
        assert again.unchanged == 1 and theirs.commitment_histories(report.id) == histories


def test_a_file_from_before_the_ledger_still_imports(tmp_path: Path, report):
    quote = "城镇新增就业 45 万人"
    start = report.text.index(quote)
    old = {"@context": w3c.F.EXPORT_CONTEXT, "id": "urn:uuid:6f1c2b7e-0000-4000-8000-000000000001",
           "type": "Annotation", "created": "2023-02-01T00:00:00Z", "modified": "2023-03-01T00:00:00Z",
           "target": {"source": report.id, "selector": [{"type": "TextPositionSelector", "start": start,
                                                          "end": start + len(quote)}]},
           "pizhu:commitment": {"pizhu:indicator": "城镇新增就业", "pizhu:value": "45",
                                "pizhu:deadline": "2023", "pizhu:status": "partly"}}
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_bytes(store, json.dumps(old, ensure_ascii=False).encode(), document=report)
        [annotation] = store.annotations(report.id)
        assert (annotation.commitment.horizon, annotation.commitment.status) == ("2023", CommitmentStatus.PARTLY)
        assert annotation.commitment.kind is CommitmentKind.PLEDGE  # the default for a missing kind
        [derived] = store.commitment_history(annotation.id)  # one entry for the status it came with
        assert (derived.status, derived.at) == (CommitmentStatus.PARTLY, annotation.modified)
        import_bytes(store, json.dumps(old, ensure_ascii=False).encode(), document=report)
        assert len(store.commitment_history(annotation.id)) == 1


@pytest.mark.parametrize("history, problem", [
    ("not a list", "must be a list"),
    ([{"pizhu:status": "open", "pizhu:at": "2023-01-01T00:00:00Z"}], "needs a string id"),
    ([{"id": "urn:uuid:1", "pizhu:status": "done", "pizhu:at": "2023-01-01T00:00:00Z"}], "status 'done'"),
    ([{"id": "urn:uuid:1", "pizhu:status": "open"}], "has no time"),
    ([{"id": "urn:uuid:1", "pizhu:status": "open", "pizhu:at": "yesterday"}], "time"),
    ([{"id": "urn:uuid:1", "pizhu:status": "open", "pizhu:at": "2023-01-01T00:00:00Z",
       "pizhu:evidence": {"selector": []}}], "no source document"),
])
def test_bad_history_entries_refuse_the_file(history, problem):
    item = {"@context": w3c.F.EXPORT_CONTEXT, "id": "urn:uuid:6f1c2b7e-0000-4000-8000-000000000002",
            "type": "Annotation", "target": {"source": "urn:sha256:" + "ab" * 32,
                                             "selector": {"type": "TextQuoteSelector", "exact": "x"}},
            "pizhu:commitment": {"pizhu:status": "open", "pizhu:history": history}}
    with pytest.raises(ExchangeError, match=problem):
        parse(json.dumps(item).encode())


def test_bad_commitment_fields_refuse_the_file():
    item = {"@context": w3c.F.EXPORT_CONTEXT, "type": "Annotation",
            "target": {"source": "urn:sha256:" + "ab" * 32, "selector": {"type": "TextQuoteSelector", "exact": "x"}},
            "pizhu:commitment": {"pizhu:strength": "maybe"}}
    with pytest.raises(ExchangeError, match="strength"):
        parse(json.dumps(item).encode())


def test_ledger_lists_suggestions_and_tracked_commitments_once(tmp_path: Path, report, candidates):
    with Store.open(tmp_path / "s.sqlite3") as store:
        tracked = _tracked_with_history(store, report, candidates)
        ledger = load_ledger(store, report)
    assert len(ledger) == len(candidates)  # the tracked one replaces its suggestion
    [row] = [e for e in ledger if e.tracked]
    assert row.annotation.id == tracked.id and row.status is CommitmentStatus.ACHIEVED
    assert [e.status for e in row.history] == [CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS,
                                               CommitmentStatus.ACHIEVED]  # retracted left out
    assert all(e.status is None and not e.tracked for e in ledger if e is not row)
    assert [e.start for e in ledger] == sorted(e.start for e in ledger)


def test_dismissed_suggestions_stay_dismissed_when_detected_again(tmp_path: Path, report, candidates):
    with Store.open(tmp_path / "s.sqlite3") as store:
        store.ensure_document(report)
        first, second = candidates[0], candidates[1]
        store.dismiss(report.id, [(first.start, first.end, first.quote)])
        assert first.quote not in [e.quote for e in load_ledger(store, report)]
        # The detector moved the suggestion (a parser change shifted offsets): still dismissed.
        moved = [c.__class__(**{**c.__dict__, "start": c.start + 7, "end": c.end + 7}) for c in candidates]
        ledger = build_ledger(report, [], {}, store.dismissals(report.id), candidates=moved)
        assert first.quote not in [e.quote for e in ledger] and second.quote in [e.quote for e in ledger]
        flagged = load_ledger(store, report, include_dismissed=True)
        assert [e.quote for e in flagged if e.dismissed] == [first.quote]
        store.undismiss([d.id for d in store.dismissals(report.id)])
        assert first.quote in [e.quote for e in load_ledger(store, report)]


def test_tracking_a_passage_the_detector_missed(report):
    quote = "加快发展数字经济"
    start = report.text.index(quote)
    annotation = passage_annotation(report, start, start + len(quote), color=COLOR, author="丙")
    assert annotation.quote.exact == quote and annotation.commitment.kind is CommitmentKind.PLEDGE
    assert annotation.commitment.horizon == "2023" and annotation.color == COLOR
    target = "新建 5G 基站 2.5 万个"
    start = report.text.index(target)
    quantified = passage_annotation(report, start, start + len(target), color=COLOR)
    assert (quantified.commitment.value, quantified.commitment.unit) == ("2.5", "万个")


def _hostile_ledger(report, candidates):
    from dataclasses import replace

    from storage.ledger import LedgerEntry

    entries = build_ledger(report, [], {}, [], candidates=candidates[:3])
    hostile = [replace(entries[0], quote=text, commitment=replace(entries[0].commitment, indicator=text))
               for text in HOSTILE]
    return entries + hostile, LedgerEntry


def test_ledger_csv_neutralises_formulas(report, candidates):
    entries, _ = _hostile_ledger(report, candidates)
    table = list(csv.reader(io.StringIO(ledger_csv(entries).decode("utf-8-sig"), newline="")))
    assert table[0] == list(LEDGER_COLUMNS)
    assert table[1][LEDGER_COLUMNS.index("quote")] == candidates[0].quote
    for row, text in zip(table[4:], HOSTILE):
        assert row[LEDGER_COLUMNS.index("quote")] == "'" + text
        assert row[LEDGER_COLUMNS.index("indicator")] == "'" + text


def test_xlsx_reads_back_with_types_chinese_text_and_neutralised_formulas(tmp_path: Path, report, candidates):
    with Store.open(tmp_path / "s.sqlite3") as store:
        _tracked_with_history(store, report, candidates)
        ledger = load_ledger(store, report)
    hostile, _ = _hostile_ledger(report, candidates)
    path = tmp_path / "ledger.xlsx"
    path.write_bytes(ledger_xlsx(ledger + hostile[3:], title="山西省 政府工作报告"))
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Commitments", "Summary"]
    sheet = book["Commitments"]
    header = [cell.value for cell in sheet[1]]
    assert header == list(LEDGER_COLUMNS)
    rows = [dict(zip(header, (cell.value for cell in row))) for row in sheet.iter_rows(min_row=2)]
    gdp = next(r for r in rows if r["quote"] == "地区生产总值增长 6%左右")
    assert gdp["value"] == 6 and isinstance(gdp["value"], (int, float)) and gdp["unit"] == "%"
    assert gdp["tracked"] is True and gdp["status"] == "achieved" and gdp["status_by"] == "乙"
    assert isinstance(gdp["status_at"], datetime) and isinstance(gdp["start"], int)
    ranges = [r for r in rows if r["value"] == "2-3"]
    assert ranges and all(isinstance(r["value"], str) for r in ranges)  # ranges stay text
    suggestion = next(r for r in rows if r["quote"] == "GDP达到3.5万亿元")
    assert suggestion["tracked"] is False and suggestion["status"] is None and suggestion["value"] == 3.5
    for text in HOSTILE:
        cleaned = ("'" + text).replace("\x00", "\ufffd")
        assert any(r["quote"] == cleaned for r in rows), text
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f"  # nothing became a formula
    summary = book["Summary"]
    table = [[cell.value for cell in row] for row in summary.iter_rows()]
    categories, columns, counts = summary_counts(ledger + hostile[3:])
    assert table[0] == ["category", *columns, "total"]
    assert [r[0] for r in table[1:]] == [*categories, "total"]
    assert table[-1][-1] == len(ledger) + len(hostile) - 3
    economy = table[1 + categories.index("经济")]
    assert economy[1 + columns.index("achieved")] == 1


def test_summary_counts_statuses_by_category(report, candidates):
    entries = build_ledger(report, [], {}, [], candidates=candidates)
    categories, columns, counts = summary_counts(entries)
    assert columns[-1] == "untracked" and sum(counts.values()) == len(entries)
    assert all(column == "untracked" for (_c, column) in counts)


def test_commitment_values_round_trip_through_the_exchange_enums():
    commitment = Commitment("x", "1", "个", "", "2030", CommitmentStatus.OPEN, CommitmentKind.QUANTIFIED,
                            CommitmentStrength.AIM)
    value = w3c.commitment_to_w3c(commitment)
    assert value["pizhu:strength"] == "aim" and value["pizhu:kind"] == "quantified"
    assert "pizhu:history" not in value
