"""Upgrading stores written by every earlier schema version, and refusing files we must not touch.

Old stores are real SQLite files built with the DDL those versions shipped
(:mod:`storage.history`) and filled through plain sqlite3, as the old Pizhu would have left them.
"""
from __future__ import annotations

import sqlite3
import uuid
from datetime import datetime, timezone
from pathlib import Path

import pytest

from document.annotation import AnchorState, Commitment, CommitmentKind, CommitmentStatus, TextQuote
from storage import migrations
from storage.errors import StoreError
from storage.history import RELEASED
from storage.migrations import backup_path
from storage.schema import SCHEMA_VERSION
from storage.store import Store

DOC = "urn:sha256:" + "0f" * 32
CREATED = "2023-01-16T08:30:00.123000Z"
MODIFIED = "2023-02-01T12:00:00.456789Z"


def build_old_store(path: Path, version: int, keep_open: bool = False) -> sqlite3.Connection | None:
    """A store as schema ``version`` left it: two annotations, tags, an author, a tombstone."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("BEGIN")
    for statement in RELEASED[version]:
        conn.execute(statement)
    conn.execute("INSERT INTO documents (id, title, path, first_seen, last_opened) VALUES (?,?,?,?,?)",
                 (DOC, "山西省政府工作报告", "/home/u/报告.md", CREATED, MODIFIED))
    conn.execute("INSERT INTO authors (id, name) VALUES (1, '张三')")
    conn.execute("INSERT INTO tags (id, name) VALUES (1, '承诺'), (2, 'GDP 𠀀')")
    rows = [
        ("a1", 0, 4, "经济运行", "", "稳中向好", "#ffd54f", "注<script>\u202e", 1, "anchored", 0),
        ("a2", 10, 12, "就业", "新增", "", "#aabbcc", "", None, "changed", 1),
    ]
    conn.executemany(
        'INSERT INTO annotations (id, document_id, start, "end", exact, prefix, suffix, color, '
        "note, author_id, created, modified, state, deleted) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(i, DOC, s, e, x, p, q, c, n, a, CREATED, MODIFIED, st, d) for i, s, e, x, p, q, c, n, a, st, d in rows],
    )
    conn.executemany("INSERT INTO annotation_tags (annotation_id, tag_id, position) VALUES (?, ?, ?)",
                     [("a1", 2, 0), ("a1", 1, 1), ("a2", 1, 0)])
    if version >= 2:
        conn.execute("UPDATE tags SET color = '#ff0000' WHERE id = 1")
        conn.execute("UPDATE documents SET text = '经济运行稳中向好' WHERE id = ?", (DOC,))
    if version >= 3:  # a commitment with two status changes
        horizon = "commitment_horizon" if version >= 4 else "commitment_deadline"
        classified = (", commitment_kind = 'quantified', commitment_strength = 'firm', "
                      "commitment_binding = 'expected'") if version >= 4 else ""
        conn.execute("UPDATE annotations SET commitment_indicator = '地区生产总值增长', commitment_value = '6', "
                     f"commitment_unit = '%', commitment_qualifier = '左右', {horizon} = '2023', "
                     f"commitment_status = 'in_progress'{classified} WHERE id = 'a1'")
        changes = [("a1", None, "open", "", CREATED), ("a1", "open", "in_progress", "一季度 4.8%", MODIFIED)]
        if version >= 4:  # v4 history rows carry their own stable ids
            conn.executemany("INSERT INTO commitment_history (id, annotation_id, old_status, new_status, note, "
                             "changed) VALUES (?, ?, ?, ?, ?, ?)",
                             [(str(uuid.uuid5(uuid.NAMESPACE_URL, f"entry/{n}")), *row)
                              for n, row in enumerate(changes)])
        else:
            conn.executemany("INSERT INTO commitment_history (annotation_id, old_status, new_status, note, "
                             "changed) VALUES (?, ?, ?, ?, ?)", changes)
    conn.execute("COMMIT")
    if keep_open:
        return conn  # its committed pages are still in the WAL, not yet in the main file
    conn.close()
    return None


def schema_of(path: Path) -> dict:
    """Tables, columns, foreign keys and indexes as SQLite reports them (order-insensitive)."""
    conn = sqlite3.connect(path)
    try:
        described = {}
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        for table in tables:
            columns = {r[1]: (r[2].upper(), r[3], r[4], r[5]) for r in conn.execute(f"PRAGMA table_xinfo('{table}')")}
            keys = sorted((r[2], r[3], r[4], r[6]) for r in conn.execute(f"PRAGMA foreign_key_list('{table}')"))
            indexes = {}
            for _seq, name, unique, origin, _partial in conn.execute(f"PRAGMA index_list('{table}')"):
                cols = [r[2] for r in conn.execute(f"PRAGMA index_info('{name}')")]
                indexes[name if origin == "c" else (origin, tuple(cols))] = (unique, tuple(cols))
            described[table] = (columns, keys, indexes)
        return described
    finally:
        conn.close()


def header(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("PRAGMA user_version").fetchone()[0],
                conn.execute("PRAGMA application_id").fetchone()[0])
    finally:
        conn.close()


def test_every_earlier_version_is_covered():
    assert sorted(RELEASED) == list(range(1, SCHEMA_VERSION))


@pytest.mark.parametrize("version", sorted(RELEASED))
def test_upgrade_keeps_data_and_leaves_a_backup(tmp_path: Path, version: int):
    path = tmp_path / "pizhu.sqlite3"
    holder = build_old_store(path, version, keep_open=True)
    try:
        with Store.open(path) as store:
            [live] = store.annotations(DOC)
            assert live.id == "a1" and (live.start, live.end) == (0, 4)
            assert live.quote == TextQuote("经济运行", "", "稳中向好")
            assert live.note == "注<script>\u202e" and live.author == "张三"
            assert live.tags == ("GDP 𠀀", "承诺")
            assert live.created == datetime(2023, 1, 16, 8, 30, 0, 123000, tzinfo=timezone.utc)
            assert live.modified == datetime(2023, 2, 1, 12, 0, 0, 456789, tzinfo=timezone.utc)
            assert live.state is AnchorState.ANCHORED
            if version >= 3:  # deadline became horizon; kind derived from the value
                assert live.commitment == Commitment(
                    indicator="地区生产总值增长", value="6", unit="%", qualifier="左右", horizon="2023",
                    status=CommitmentStatus.IN_PROGRESS, kind=CommitmentKind.QUANTIFIED)
                history = store.commitment_history("a1")
                assert [(e.previous, e.status, e.note) for e in history] == [
                    (None, CommitmentStatus.OPEN, ""), (CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS, "一季度 4.8%")]
                assert len({e.id for e in history}) == 2 and all(len(e.id) == 36 for e in history)
            else:
                assert live.commitment is None
            tombstone = store.get("a2")
            assert tombstone.deleted and tombstone.state is AnchorState.CHANGED and tombstone.author == ""
            record = store.document_record(DOC)
            assert record.title == "山西省政府工作报告" and record.path == "/home/u/报告.md"
            assert record.text == ("经济运行稳中向好" if version >= 2 else "")
            colours = {t.name: t.color for t in store.tags()}
            assert colours == {"承诺": "#ff0000" if version >= 2 else None, "GDP 𠀀": None}
            # New features work on the upgraded file.
            _after, entry = store.change_status("a1", CommitmentStatus.ACHIEVED, note="ok", author="张三")
            store.set_tag_color("GDP 𠀀", "#00ff00")
            assert store.commitment_history("a1")[-1] == entry
            assert [d.quote for d in store.dismiss(DOC, [(0, 4, "经济运行")])] == ["经济运行"]
    finally:
        holder.close()
    assert header(path) == (SCHEMA_VERSION, migrations.APPLICATION_ID)

    backup = backup_path(path, version)
    assert backup.name == f"pizhu.sqlite3.v{version}.bak"
    assert header(backup)[0] == version
    conn = sqlite3.connect(backup)
    try:  # the copy holds the data that was still only in the WAL
        assert conn.execute("SELECT id FROM annotations ORDER BY id").fetchall() == [("a1",), ("a2",)]
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()


@pytest.mark.parametrize("version", sorted(RELEASED))
def test_upgraded_schema_equals_a_fresh_one(tmp_path: Path, version: int):
    old, fresh = tmp_path / "old.sqlite3", tmp_path / "fresh.sqlite3"
    build_old_store(old, version)
    Store.open(old).close()
    Store.open(fresh).close()
    assert schema_of(old) == schema_of(fresh)


def test_opening_a_current_store_takes_no_backup(tmp_path: Path):
    path = tmp_path / "pizhu.sqlite3"
    Store.open(path).close()
    Store.open(path).close()
    assert sorted(p.name for p in tmp_path.iterdir() if ".bak" in p.name) == []
    assert header(path) == (SCHEMA_VERSION, migrations.APPLICATION_ID)


def test_a_failing_step_leaves_the_old_version_intact(tmp_path: Path, monkeypatch):
    path = tmp_path / "pizhu.sqlite3"
    build_old_store(path, 1)

    def broken(conn):
        conn.exec_driver_sql("ALTER TABLE annotations ADD COLUMN half_done TEXT")
        raise sqlite3.OperationalError("disk I/O error (simulated)")

    monkeypatch.setitem(migrations.STEPS, SCHEMA_VERSION, broken)
    with pytest.raises(StoreError, match="simulated"):
        Store.open(path)
    assert header(path)[0] == 1
    assert "half_done" not in schema_of(path)["annotations"][0]
    assert "commitment_deadline" not in schema_of(path)["annotations"][0]  # v3 rolled back as well
    assert "color" not in schema_of(path)["tags"][0]  # step 2 was rolled back as well
    monkeypatch.undo()
    with Store.open(path) as store:
        assert [a.id for a in store.annotations(DOC)] == ["a1"]


def test_newer_schema_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "pizhu.sqlite3"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer Pizhu") as caught:
        Store.open(path)
    assert "\n" not in str(caught.value)
    assert path.read_bytes() == before


def test_another_programs_database_is_refused(tmp_path: Path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE bookmarks (url TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="another program"):
        Store.open(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 3")
    conn.close()
    with pytest.raises(StoreError, match="another program"):
        Store.open(path)


@pytest.mark.parametrize("content", [
    b"this is a text file, not a database\n",
    b"\x00" * 4096,
    b"SQLite format 3\x00" + b"\xff" * 200,  # right magic, nonsense after it
])
def test_unreadable_files_give_one_line_errors(tmp_path: Path, content: bytes):
    path = tmp_path / "pizhu.sqlite3"
    path.write_bytes(content)
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    message = str(caught.value)
    assert "\n" not in message and str(path) in message
    assert path.read_bytes() == content


def test_damaged_pages_are_reported_at_open(tmp_path: Path):
    path = tmp_path / "pizhu.sqlite3"
    with Store.open(path) as store:
        from store_samples import sample

        store.add_many([sample(i, i + 1, note="x" * 2000) for i in range(200)])
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(5 * page, len(data) - page, 3 * page):
        data[offset + 100:offset + 600] = b"\xa5" * 500  # scribble over several b-tree pages
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert "\n" not in str(caught.value)


def test_a_directory_is_refused(tmp_path: Path):
    with pytest.raises(StoreError, match="directory"):
        Store.open(tmp_path)


def test_migrated_history_ids_are_the_same_in_every_copy(tmp_path: Path):
    """Two copies of one v3 store agree on the new entry ids, so their histories merge as one."""
    ids = []
    for name in ("mine.sqlite3", "theirs.sqlite3"):
        path = tmp_path / name
        build_old_store(path, 3)
        with Store.open(path) as store:
            ids.append([entry.id for entry in store.commitment_history("a1")])
    assert ids[0] == ids[1] and len(ids[0]) == 2
