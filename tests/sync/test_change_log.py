"""The local change log that makes a sync with nothing new cheap: kept by triggers, migrated."""
from __future__ import annotations

import sqlite3
import sys
from dataclasses import replace
from pathlib import Path

from storage.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "storage"))

from store_samples import at, sample  # noqa: E402
from storage.history import RELEASED  # noqa: E402
from test_migrations import DOC, build_old_store  # noqa: E402


def log(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT annotation_id, seq FROM sync_log"))
    finally:
        conn.close()


def triggers(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall()
    finally:
        conn.close()


def test_every_write_that_could_win_a_merge_is_logged_in_order(tmp_path):
    with Store.open(tmp_path / "pizhu.sqlite3") as store:
        first, second = store.add_many([sample(0, 4, id="a"), sample(5, 9, id="b")])
        assert log(store.path) == {"a": 1, "b": 2}
        store.update(replace(first, note="edited", modified=at(10)))
        assert log(store.path) == {"a": 3, "b": 2}
        store.delete(["b"])
        assert log(store.path) == {"a": 3, "b": 4}
        store.merge([replace(first, note="from a file", modified=at(20)), sample(0, 1, id="c")])
        assert log(store.path) == {"a": 5, "b": 4, "c": 6}
        store.merge([replace(first, note="older", modified=at(1))])  # skipped: nothing written
        assert log(store.path) == {"a": 5, "b": 4, "c": 6}


def test_a_migrated_store_logs_its_annotations_and_keeps_logging(tmp_path):
    old, fresh = tmp_path / "old.sqlite3", tmp_path / "fresh.sqlite3"
    build_old_store(old, max(RELEASED))
    Store.open(fresh).close()
    with Store.open(old) as store:
        assert set(log(old)) == {"a1", "a2"}
        store.add(sample(0, 2, id="new", document_id=DOC))
        assert log(old)["new"] == max(log(old).values())
    assert triggers(old) == triggers(fresh) and len(triggers(fresh)) == 2
