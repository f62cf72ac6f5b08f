"""``pizhu annotations [FILE] [--json]`` (README, Command line)."""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from document.annotation import AnchorState, Annotation, Commitment, TextQuote
from document.loading import load_document
from pizhu.cli import main
from pizhu.paths import store_path
from storage.store import Store

ROOT = Path(__file__).resolve().parents[2]
WHEN = datetime(2023, 1, 16, 8, 30, 0, 123000, tzinfo=timezone.utc)


def highlight(document, start: int, end: int, **fields) -> Annotation:
    return Annotation(id=fields.pop("id", f"00000000-0000-4000-8000-{start:012d}"),
                      document_id=document.id, start=start, end=end,
                      quote=TextQuote.from_text(document.text, start, end),
                      created=WHEN, modified=WHEN, **fields)


@pytest.fixture
def seed_document():
    return load_document(None)


def run_json(capsys, *argv: str):
    assert main(["annotations", *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_no_store_yet_lists_nothing_and_creates_nothing(capsys):
    assert run_json(capsys) == []
    assert not store_path().exists()
    assert main(["annotations"]) == 0
    assert "no annotations" in capsys.readouterr().out


def test_json_lists_the_bundled_reports_annotations(capsys, seed_document):
    doc = seed_document
    with Store.open(store_path()) as store:
        store.ensure_document(doc)
        store.add(highlight(doc, 50, 60, tags=("承诺", "GDP"), note="<b>注</b>\u202e", author="张三",
                            commitment=Commitment(indicator="地区生产总值", value="6", unit="%")))
        store.add(highlight(doc, 10, 20, state=AnchorState.REVIEW))
        gone = store.add(highlight(doc, 30, 35))
        store.delete([gone.id])
        store.add(Annotation(id="other-doc", document_id="urn:sha256:" + "1" * 64, start=0, end=1,
                             quote=TextQuote("x")))
    items = run_json(capsys)
    assert [item["start"] for item in items] == [10, 50]
    first, second = items
    assert set(second) >= {"id", "start", "end", "quote", "tags", "note", "author", "state",
                           "created", "modified"}
    assert second == {
        "id": "00000000-0000-4000-8000-000000000050", "start": 50, "end": 60,
        "quote": doc.text[50:60], "tags": ["承诺", "GDP"], "note": "<b>注</b>\u202e",
        "author": "张三", "state": "anchored",
        "created": "2023-01-16T08:30:00.123Z", "modified": "2023-01-16T08:30:00.123Z",
        "color": "#ffd54f",
        "commitment": {"kind": "pledge", "indicator": "地区生产总值", "value": "6", "unit": "%",
                       "qualifier": "", "horizon": "", "strength": "firm", "binding": "expected",
                       "category": "", "status": "open",
                       "history": [{"status": "open", "at": "2023-01-16T08:30:00.123Z", "author": "张三",
                                    "note": "", "source": ""}]},
        "page": None,      # a Markdown report has no pages
    }
    assert first["state"] == "review" and first["commitment"] is None


def test_readable_list(capsys, seed_document):
    with Store.open(store_path()) as store:
        store.add(highlight(seed_document, 5, 9, tags=("目标",), note="第一行\n第二行", author="李四"))
    assert main(["annotations"]) == 0
    out = capsys.readouterr().out
    assert "[5–9]" in out and "#目标" in out and "李四" in out and "第一行 第二行" in out
    assert out.rstrip().endswith("1 annotation")


def test_file_argument_and_data_dir(capsys, tmp_path: Path):
    report = tmp_path / "报告.md"
    report.write_text("# 标题\n\n今年经济增长 6% 左右。\n", encoding="utf-8")
    document = load_document(str(report))
    data = tmp_path / "elsewhere"
    with Store.open(store_path(str(data))) as store:
        store.add(highlight(document, 0, 4))
    assert [i["quote"] for i in run_json(capsys, str(report), "--data-dir", str(data))] == [document.text[0:4]]
    assert run_json(capsys, str(report)) == []  # the default data dir holds nothing


def test_a_damaged_store_is_one_line_and_exit_1(capsys, tmp_path: Path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "pizhu.sqlite3").write_bytes(b"not a database at all")
    assert main(["annotations", "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("pizhu: ") and err.count("\n") == 1 and "Traceback" not in err


def test_runs_as_a_program(tmp_path: Path):
    done = subprocess.run([sys.executable, "-m", "pizhu", "annotations", "--json",
                           "--data-dir", str(tmp_path)],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []
