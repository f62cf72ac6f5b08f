"""What opening a store may and may not do (issue 14.9): a foreign SQLite file is refused
untouched; read-only commands never create, upgrade or write a store and work on read-only
media; a full disk is named as such."""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
from pathlib import Path

import pytest

from document.loading import load_document
from pizhu.cli import main
from storage.errors import StoreError
from storage.history import RELEASED
from storage.schema import SCHEMA_VERSION
from storage.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mounts  # noqa: E402
from damaged import fill  # noqa: E402

linux_mounts = pytest.mark.skipif(not mounts.available(), reason="needs Linux mount namespaces (unshare)")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def foreign(tmp_path) -> Path:
    path = tmp_path / "pizhu.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    connection.execute("INSERT INTO notes (body) VALUES ('someone else''s data')")
    connection.commit()
    connection.close()
    return path


def test_a_foreign_sqlite_file_is_refused_exactly_as_it_was(foreign, capsys, monkeypatch):
    before = _digest(foreign)
    with pytest.raises(StoreError, match="another program"):
        Store.open(foreign)
    monkeypatch.setenv("PIZHU_DATA_DIR", str(foreign.parent))
    for argv in (["annotations"], ["export", "--format", "csv"]):
        assert main(argv) == 1 and "another program" in capsys.readouterr().err
    assert _digest(foreign) == before  # still in rollback-journal mode, byte for byte
    assert sorted(p.name for p in foreign.parent.iterdir()) == ["pizhu.sqlite3"]


def _import_file(tmp_path: Path, report) -> Path:
    path = tmp_path / "in.json"
    path.write_text(json.dumps({"type": "Annotation", "target": {
        "source": report.id, "selector": {"type": "TextQuoteSelector", "exact": "地区生产总值"}}}))
    return path


def test_read_only_commands_create_no_store(tmp_path, capsys, monkeypatch):
    report = load_document(None)
    data = tmp_path / "data"
    monkeypatch.setenv("PIZHU_DATA_DIR", str(data))
    incoming = _import_file(tmp_path, report)
    assert main(["annotations"]) == 0
    assert main(["export", "--format", "w3c"]) == 0
    assert main(["import", str(incoming), "--dry-run"]) == 0
    assert "1 added" in capsys.readouterr().out
    assert not (data / "pizhu.sqlite3").exists()
    assert main(["import", str(incoming)]) == 0
    assert (data / "pizhu.sqlite3").exists()


def test_read_only_commands_do_not_upgrade_an_old_store(tmp_path, capsys, monkeypatch):
    report = load_document(None)
    path = tmp_path / "pizhu.sqlite3"
    connection = sqlite3.connect(path)
    for statement in RELEASED[2]:
        connection.execute(statement)
    connection.execute("INSERT INTO documents (id, title, path, first_seen, last_opened, text) "
                       "VALUES (?, '', '', '2024-01-01T00:00:00.000000Z', '2024-01-01T00:00:00.000000Z', ?)",
                       (report.id, report.text))
    connection.execute("INSERT INTO annotations (id, document_id, start, \"end\", exact, color, created, modified) "
                       "VALUES ('old', ?, 0, 2, ?, '#ffd54f', '2024-01-01T00:00:00.000000Z', '2024-01-01T00:00:00.000000Z')",
                       (report.id, report.text[:2]))
    connection.commit()
    connection.close()
    before = _digest(path)
    monkeypatch.setenv("PIZHU_DATA_DIR", str(tmp_path))
    assert main(["annotations", "--json"]) == 0
    assert [item["id"] for item in json.loads(capsys.readouterr().out)] == ["old"]
    assert main(["import", str(_import_file(tmp_path, report)), "--dry-run"]) == 0
    assert main(["export", "--format", "csv"]) == 0
    assert _digest(path) == before
    assert not [p for p in tmp_path.iterdir() if ".bak" in p.name]
    with Store.open(path) as store:  # a normal open still upgrades it
        assert store.get("old") is not None
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_read_only_store_refuses_writes_with_one_line(tmp_path):
    path = tmp_path / "pizhu.sqlite3"
    annotations = fill(path, "urn:sha256:x", 2)
    with Store.open(path, read_only=True) as store:
        assert store.annotations("urn:sha256:x") == annotations
        with pytest.raises(StoreError, match="read-only"):
            store.delete([annotations[0].id])


@linux_mounts
def test_a_store_on_read_only_media_can_be_listed_and_exported(tmp_path):
    report = load_document(None)
    data = tmp_path / "data"
    data.mkdir()
    annotations = fill(data / "pizhu.sqlite3", report.id, 3)
    env = {**os.environ, "PIZHU_DATA_DIR": str(data)}
    listed = mounts.run_read_only(data, ["annotations", "--json"], env)
    assert listed.returncode == 0, listed.stderr
    assert [item["id"] for item in json.loads(listed.stdout)] == [a.id for a in annotations]
    exported = mounts.run_read_only(data, ["export", "--format", "w3c"], env)
    assert exported.returncode == 0, exported.stderr
    assert json.loads(exported.stdout)["total"] == 3
    refused = mounts.run_read_only(data, ["import", str(_import_file(tmp_path, report))], env)
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr


@linux_mounts
def test_a_full_disk_is_called_a_full_disk(tmp_path):
    report = load_document(None)
    store = tmp_path / "seed.sqlite3"
    fill(store, report.id, 3)
    data = tmp_path / "data"
    data.mkdir()
    env = {**os.environ, "PIZHU_DATA_DIR": str(data)}
    done = mounts.run_on_full_disk(data, store, ["import", str(_import_file(tmp_path, report))], env)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "disk holding the annotation store" in done.stderr, done.stderr
    assert "is full" in done.stderr and "I/O error" not in done.stderr
