"""``pizhu import --document`` records the document in the merge's own transaction (14.9)."""
from __future__ import annotations

import json
import sqlite3

import pytest

from document.loading import load_document
from storage.errors import StoreError
from storage.exchange.importer import import_bytes
from storage.store import Store


def _file(source: str) -> bytes:
    return json.dumps({"type": "Annotation", "id": "urn:x:1", "target": {
        "source": source, "selector": {"type": "TextQuoteSelector", "exact": "地区生产总值"}}}).encode()


def test_a_failed_merge_leaves_no_document_row(tmp_path):
    report = load_document(None)
    path = tmp_path / "pizhu.sqlite3"
    Store.open(path).close()
    connection = sqlite3.connect(path)
    connection.execute("CREATE TRIGGER refuse BEFORE INSERT ON annotations "
                       "BEGIN SELECT RAISE(ABORT, 'simulated failure inside the merge'); END")
    connection.commit()
    connection.close()
    with Store.open(path) as store:
        with pytest.raises(StoreError, match="simulated failure"):
            import_bytes(store, _file("urn:sha256:other"), document=report)
        assert store.document_record(report.id) is None
        assert store.documents() == []


def test_a_successful_import_records_the_document(tmp_path):
    report = load_document(None)
    with Store.open(tmp_path / "pizhu.sqlite3") as store:
        summary = import_bytes(store, _file("urn:sha256:other"), document=report)
        assert summary.added == 1
        record = store.document_record(report.id)
        assert record is not None and record.text == report.text


def test_a_dry_run_records_nothing(tmp_path):
    report = load_document(None)
    with Store.open(tmp_path / "pizhu.sqlite3") as store:
        summary = import_bytes(store, _file("urn:sha256:other"), document=report, dry_run=True)
        assert summary.added == 1 and summary.dry_run
        assert store.documents() == []
