"""The team database's schema comes from the same models and migrations as the local store."""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import UniqueConstraint, create_engine, inspect, text
from sqlalchemy.engine import make_url

from storage import migrations
from storage.engine import make_server_engine
from storage.schema import LOCAL, SCHEMA_VERSION, SERVER, SIDE, Base, tables_for
from storage.store import Store
from storage.sync.records import CARRIED_BY_ANNOTATION, HISTORY, NOT_TRAVELLING


def engine_for(team, role="alice"):
    return make_server_engine(make_url(team.url(role)))


def described(engine) -> dict:
    """Tables with their columns (name, nullable), primary key, foreign keys and indexes."""
    inspector = inspect(engine)
    result = {}
    for table in inspector.get_table_names():
        columns = {c["name"]: c["nullable"] for c in inspector.get_columns(table)}
        keys = tuple(inspector.get_pk_constraint(table)["constrained_columns"])
        foreign = sorted((tuple(f["constrained_columns"]), f["referred_table"],
                          tuple(f["referred_columns"]), (f.get("options") or {}).get("ondelete"))
                         for f in inspector.get_foreign_keys(table))
        indexes = sorted((i["name"], tuple(i["column_names"])) for i in inspector.get_indexes(table)
                         if not i.get("duplicates_constraint"))
        unique = sorted(tuple(u["column_names"]) for u in inspector.get_unique_constraints(table))
        result[table] = (columns, keys, foreign, indexes, unique)
    return result


def expected(side: str) -> dict:
    result = {}
    for table in tables_for(side):
        columns = {c.name: c.nullable for c in table.columns}
        keys = tuple(c.name for c in table.primary_key.columns)
        foreign = sorted((tuple(c.name for c in f.columns), f.referred_table.name,
                          tuple(e.column.name for e in f.elements), f.ondelete)
                         for f in table.foreign_key_constraints)
        indexes = sorted((i.name, tuple(c.name for c in i.columns)) for i in table.indexes)
        unique = sorted(tuple(c.name for c in u.columns) for u in table.constraints
                        if isinstance(u, UniqueConstraint))
        result[table.name] = (columns, keys, foreign, indexes, sorted(unique))
    return result


def test_a_fresh_server_has_exactly_the_server_tables_of_the_models(team):
    engine = engine_for(team)
    try:
        header = migrations.prepare_server(engine, "test")
        assert header.version == SCHEMA_VERSION and len(header.server_id) == 36
        assert described(engine) == expected(SERVER)
        assert team.query("SELECT name, value FROM pizhu_meta WHERE name = 'schema_version'") == \
            [("schema_version", str(SCHEMA_VERSION))]
        assert team.query("SELECT id, value FROM sync_clock") == [(1, 0)]
        assert migrations.prepare_server(engine, "test") == header  # a second look changes nothing
    finally:
        engine.dispose()


def test_each_side_has_only_its_own_bookkeeping_tables(tmp_path):
    server = {t.name for t in tables_for(SERVER)}
    local = {t.name for t in tables_for(LOCAL)}
    shared = server & local
    assert {"annotations", "annotation_tags", "authors", "tags", "documents", "commitment_history",
            "commitment_dismissals"} <= shared
    assert server - shared == {"pizhu_meta", "sync_clock", "sync_changes"}
    assert local - shared == {"sync_log", "sync_peers", "sync_marks", "sync_base"}
    Store.open(tmp_path / "pizhu.sqlite3").close()
    engine = create_engine(f"sqlite:///{tmp_path / 'pizhu.sqlite3'}")
    try:
        assert set(inspect(engine).get_table_names()) == local
    finally:
        engine.dispose()


def test_every_table_is_either_carried_the_history_left_alone_or_one_sides_bookkeeping():
    for table in Base.metadata.tables.values():
        kinds = [table.name in CARRIED_BY_ANNOTATION, table.name == HISTORY,
                 table.name in NOT_TRAVELLING, SIDE in table.info]
        assert sum(kinds) == 1, f"decide whether table {table.name} travels in a sync (storage/sync/records.py)"


def test_a_later_step_upgrades_the_server_in_place(team, monkeypatch):
    engine = engine_for(team)
    try:
        header = migrations.prepare_server(engine, "test")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO authors (name) VALUES ('张三')"))

        def step(conn):  # portable DDL, as later steps must be
            conn.exec_driver_sql("ALTER TABLE authors ADD COLUMN initials TEXT DEFAULT '' NOT NULL")

        monkeypatch.setattr(migrations, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
        monkeypatch.setitem(migrations.STEPS, SCHEMA_VERSION + 1, step)
        upgraded = migrations.prepare_server(engine, "test")
        assert upgraded == migrations.ServerHeader(SCHEMA_VERSION + 1, header.server_id)
        assert team.query("SELECT name, initials FROM authors") == [("张三", "")]
        assert team.query("SELECT value FROM pizhu_meta WHERE name = 'schema_version'") == \
            [(str(SCHEMA_VERSION + 1),)]
    finally:
        engine.dispose()


def test_a_failing_step_leaves_the_server_as_it_was(team, monkeypatch):
    engine = engine_for(team)
    try:
        migrations.prepare_server(engine, "test")

        def broken(conn):
            conn.exec_driver_sql("ALTER TABLE tags ADD COLUMN half_done TEXT")
            conn.exec_driver_sql("SELECT 1/0")

        monkeypatch.setattr(migrations, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
        monkeypatch.setitem(migrations.STEPS, SCHEMA_VERSION + 1, broken)
        with pytest.raises(Exception, match="division by zero"):
            migrations.prepare_server(engine, "test")
        assert team.query("SELECT value FROM pizhu_meta WHERE name = 'schema_version'") == [(str(SCHEMA_VERSION),)]
        assert team.query("SELECT count(*) FROM information_schema.columns WHERE column_name = 'half_done'") == [(0,)]
    finally:
        engine.dispose()


def test_clients_setting_up_an_empty_server_at_once_create_it_once(team):
    engines = [engine_for(team, role) for role in ("alice", "bob", "alice", "bob")]
    headers, errors = [], []
    barrier = threading.Barrier(len(engines))

    def set_up(engine):
        barrier.wait()
        try:
            headers.append(migrations.prepare_server(engine, "test"))
        except Exception as error:  # noqa: BLE001 - collected for the assertion below
            errors.append(error)

    threads = [threading.Thread(target=set_up, args=(e,)) for e in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for engine in engines:
        engine.dispose()
    assert errors == [] and len(headers) == 4 and len(set(headers)) == 1
    assert team.query("SELECT count(*) FROM pizhu_meta") == [(2,)]
