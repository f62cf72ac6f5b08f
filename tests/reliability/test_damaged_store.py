"""Damaged stores (issue 14.3, 14.7): one line, exit 1, never a traceback; the readable rows are
still listed where that is possible, and a partial list is never passed off as complete."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from document.loading import load_document
from pizhu.cli import main
from storage.errors import StoreDamaged, StoreError
from storage.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent))
from damaged import execute, fill, swap_index_page  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def report():
    return load_document(None)


BAD_ROWS = {
    "unknown state": "UPDATE annotations SET state = 'weird' WHERE id = '{id}'",
    "unknown status": "UPDATE annotations SET commitment_status = 'bogus' WHERE id = '{id}'",
    "unparsable time": "UPDATE annotations SET modified = 'yesterday' WHERE id = '{id}'",
    "naive time": "UPDATE annotations SET created = '2024-01-01T00:00:00', modified = '2024-01-01T00:00:00' WHERE id = '{id}'",
    "text in an integer column": "UPDATE annotations SET start = 'abc' WHERE id = '{id}'",
    "bytes in a text column": "UPDATE annotations SET note = x'00ff' WHERE id = '{id}'",
    "dangling tag link": "INSERT INTO annotation_tags (annotation_id, tag_id, position) VALUES ('{id}', 999, 5)",
}


@pytest.fixture
def three(tmp_path, report):
    path = tmp_path / "pizhu.sqlite3"
    annotations = fill(path, report.id, 3)
    return path, annotations


@pytest.mark.parametrize("kind", sorted(BAD_ROWS))
def test_one_bad_row_does_not_hide_the_others(three, report, kind):
    path, annotations = three
    execute(path, BAD_ROWS[kind].format(id=annotations[1].id))
    with Store.open(path) as store:
        with pytest.raises(StoreDamaged) as caught:
            store.annotations(report.id)
        assert [a.id for a in caught.value.readable] == [annotations[0].id, annotations[2].id]
        assert caught.value.unreadable == 1
        assert "\n" not in str(caught.value) and "1 of 3 annotations cannot be read" in str(caught.value)
        with pytest.raises(StoreError):
            store.get(annotations[1].id)
        assert store.get(annotations[0].id) == annotations[0]
        assert [t.id for t in store.delete([annotations[0].id])] == [annotations[0].id]


@pytest.mark.parametrize("kind", sorted(BAD_ROWS))
def test_cli_lists_the_readable_rows_and_exits_1(three, report, kind, capsys, monkeypatch):
    path, annotations = three
    monkeypatch.setenv("PIZHU_DATA_DIR", str(path.parent))
    execute(path, BAD_ROWS[kind].format(id=annotations[1].id))
    assert main(["annotations", "--json"]) == 1
    captured = capsys.readouterr()
    assert [item["id"] for item in json.loads(captured.out)] == [annotations[0].id, annotations[2].id]
    assert captured.err.count("\n") == 1 and "1 of 3 annotations cannot be read" in captured.err
    assert main(["export", "--format", "w3c"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1


def test_a_bad_document_row_is_one_line(three, report, capsys, monkeypatch):
    path, _ = three
    monkeypatch.setenv("PIZHU_DATA_DIR", str(path.parent))
    execute(path, f"UPDATE documents SET last_opened = 'never' WHERE id = '{report.id}'")
    with Store.open(path) as store:
        with pytest.raises(StoreDamaged, match="document row cannot be read"):
            store.documents()


def test_a_negative_schema_version_is_refused_without_a_backup(three, capsys, monkeypatch):
    path, _ = three
    monkeypatch.setenv("PIZHU_DATA_DIR", str(path.parent))
    execute(path, "PRAGMA user_version = -1")
    with pytest.raises(StoreError, match="unknown schema version -1"):
        Store.open(path)
    for argv in (["annotations"], ["export", "--format", "csv"]):
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "unknown schema version" in err
    assert not [p.name for p in path.parent.iterdir() if ".bak" in p.name]


@pytest.fixture
def index_damaged(tmp_path, report):
    path = tmp_path / "pizhu.sqlite3"
    fill(path, report.id, 2020)
    swap_index_page(path)
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"  # the case quick_check misses
    connection.close()
    return path


def test_an_index_that_no_longer_matches_its_table_is_detected_at_open(index_damaged):
    with pytest.raises(StoreDamaged, match="damaged"):
        Store.open(index_damaged)


def test_a_damaged_store_read_only_never_passes_a_partial_list_off_as_complete(index_damaged, report):
    with Store.open(index_damaged, read_only=True) as store:
        assert store.damage
        with pytest.raises(StoreDamaged) as caught:
            store.annotations(report.id)
        assert 0 < len(caught.value.readable) <= 2020


def test_cli_on_a_damaged_store_exits_1_with_one_line(index_damaged, report, tmp_path):
    export = tmp_path / "out.json"
    export.write_text(json.dumps({"type": "Annotation", "target": {
        "source": report.id, "selector": {"type": "TextQuoteSelector", "exact": "地区生产总值"}}}))
    env = {"PIZHU_DATA_DIR": str(index_damaged.parent), "PATH": "/usr/bin:/bin"}
    for argv in (["annotations"], ["annotations", "--json"], ["export", "--format", "w3c"],
                 ["export", "--format", "markdown"], ["import", str(export)], ["import", str(export), "--dry-run"]):
        done = subprocess.run([sys.executable, "-m", "pizhu", *argv], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 1, (argv, done.stderr)
        assert done.stderr.count("\n") == 1 and "damaged" in done.stderr, (argv, done.stderr)
        assert "Traceback" not in done.stderr


def test_a_bad_status_history_row_is_one_line(tmp_path, report, capsys, monkeypatch):
    from document.annotation import Commitment, CommitmentStatus

    path = tmp_path / "pizhu.sqlite3"
    annotations = fill(path, report.id, 2)
    with Store.open(path) as store:
        store.set_commitment(annotations[0].id, Commitment())
        store.change_status(annotations[0].id, CommitmentStatus.ACHIEVED)
    execute(path, "UPDATE commitment_history SET new_status = 'bogus'")
    monkeypatch.setenv("PIZHU_DATA_DIR", str(tmp_path))
    with Store.open(path) as store:
        with pytest.raises(StoreDamaged, match="status history entry cannot be read"):
            store.commitment_history(annotations[0].id)
    assert main(["annotations", "--json"]) == 1
    captured = capsys.readouterr()
    assert len(json.loads(captured.out)) == 2 and captured.err.count("\n") == 1
