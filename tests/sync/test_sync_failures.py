"""A server that cannot be used gives one line and changes nothing here; secrets never show."""
from __future__ import annotations

import logging
import socket
import sqlite3
import stat
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.errors import NoKeyringError

from storage.errors import NewerSchema, StoreError
from storage.exchange.exporting import render
from storage.schema import SCHEMA_VERSION
from storage.sync import LoginRefused, ServerUnreachable, SyncError, TeamServer
from storage.sync.credentials import parse_server_url, save_password
from sync_samples import highlight, open_store, report

from conftest import PASSWORDS


def dump(path: Path) -> list[str]:
    """Everything in a store, row by row (the WAL included, as SQLite reads it)."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def doc():
    return report()


@pytest.fixture
def store(tmp_path, doc):
    store = open_store(tmp_path, "me", doc)
    store.add(highlight(doc, "经济运行", note="local work"))
    yield store
    store.close()


def assert_refused(store, url, error_type, *phrases, password=None):
    before = dump(store.path)
    with TeamServer(url, password) as server, pytest.raises(error_type) as caught:
        server.sync(store)
    message = str(caught.value)
    assert "\n" not in message and message == message.strip()
    for phrase in phrases:
        assert phrase in message
    assert dump(store.path) == before
    return message


def test_no_server_listening_on_the_socket(tmp_path, store):
    assert_refused(store, f"postgresql+psycopg://alice@/pizhu?host={tmp_path}", ServerUnreachable,
                   "cannot reach the team server", "no PostgreSQL server is running there")


def test_nothing_listening_on_the_port(store):
    with socket.socket() as probe:  # a port that was free a moment ago
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert_refused(store, f"postgresql://alice@127.0.0.1:{port}/pizhu", ServerUnreachable,
                   f"alice@127.0.0.1:{port}/pizhu", "no PostgreSQL server is listening there")


def test_wrong_password(team, store):
    message = assert_refused(store, team.url("alice", password="not-the-Password"), LoginRefused,
                             "refused the login", "wrong password")
    assert "not-the-Password" not in message


def test_unknown_role(team, store):
    assert_refused(store, team.url("mallory", password="x"), LoginRefused, "refused the login")


def test_no_password_anywhere(team, store, monkeypatch, tmp_path):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "empty"))
    assert_refused(store, team.url("alice"), LoginRefused, "none was found", "--save-password")


def test_a_password_in_the_keyring_is_used(team, store, monkeypatch, tmp_path, isolated_credentials):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "empty"))
    url = parse_server_url(team.url("alice"))
    assert save_password(url, PASSWORDS["alice"]) == "the system keyring"
    assert list(isolated_credentials.passwords) == [("pizhu", f"alice@{team.server.socket_dir}:5432/{team.name}")]
    with TeamServer(url) as server:
        assert server.sync(store).pushed == 1


class _NoKeyring(KeyringBackend):
    priority = 1

    def get_password(self, service, username):
        raise NoKeyringError("no keyring here")

    def set_password(self, service, username, password):
        raise NoKeyringError("no keyring here")

    def delete_password(self, service, username):
        raise NoKeyringError("no keyring here")


def test_without_a_keyring_the_password_goes_to_a_pgpass_file(team, store, monkeypatch, tmp_path):
    import keyring

    keyring.set_keyring(_NoKeyring())
    pgpass = tmp_path / "conf" / "pgpass"
    pgpass.parent.mkdir()
    pgpass.write_text("# mine\nother.host:5432:*:someone:kept\n", encoding="utf-8")
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    url = parse_server_url(team.url("bob"))
    assert save_password(url, "first try") == str(pgpass)
    assert save_password(url, PASSWORDS["bob"]) == str(pgpass)  # replaces its own line
    lines = pgpass.read_text(encoding="utf-8").splitlines()
    assert lines[:2] == ["# mine", "other.host:5432:*:someone:kept"] and len(lines) == 3
    assert lines[2].endswith(":bob:bob-Secr3t\\\\pw")
    assert stat.S_IMODE(pgpass.stat().st_mode) == 0o600
    with TeamServer(url) as server:  # libpq reads the file itself
        assert server.sync(store).pushed == 1


def test_unknown_database(team, store):
    url = team.url("alice").replace(f"/{team.name}?", "/no_such_db?")
    assert_refused(store, url, SyncError, "has no database no_such_db")


def test_a_newer_server_schema_is_refused_untouched(team, store, doc, tmp_path):
    with TeamServer(team.url("alice")) as server:
        server.sync(store)
    team.execute(f"UPDATE pizhu_meta SET value = '{SCHEMA_VERSION + 1}' WHERE name = 'schema_version'")
    other = open_store(tmp_path, "other", doc)
    other.add(highlight(doc, "就业"))
    server_before = team.query("SELECT id, modified FROM annotations ORDER BY id")
    message = assert_refused(other, team.url("bob"), NewerSchema, "newer Pizhu",
                             f"v{SCHEMA_VERSION + 1}", "update Pizhu")
    assert "bob@" in message
    assert team.query("SELECT id, modified FROM annotations ORDER BY id") == server_before
    other.close()


def test_a_database_of_another_program_is_refused(team, store):
    team.execute("CREATE TABLE annotations (id int); ALTER TABLE annotations OWNER TO pizhu_team")
    assert_refused(store, team.url("alice"), StoreError, "another program")


def test_a_read_only_role_pulls_but_does_not_push(team, store, doc, tmp_path):
    with TeamServer(team.url("alice")) as server:
        server.sync(store)
    reader_store = open_store(tmp_path, "carol", doc)
    mine = reader_store.add(highlight(doc, "就业", note="carol's"))
    with TeamServer(team.url("carol")) as server:
        summary = server.sync(reader_store)
        assert (summary.pulled, summary.pushed, summary.not_pushed) == (1, 0, 1)
        assert "1 local change not pushed (read-only login)" in summary.describe()
        assert server.sync(reader_store).not_pushed == 1  # still waiting, still here
    assert reader_store.get(mine.id).note == "carol's"
    assert team.query(f"SELECT count(*) FROM annotations WHERE id = '{mine.id}'") == [(0,)]
    reader_store.close()


def test_a_read_only_role_cannot_set_up_an_empty_server(team, store):
    assert_refused(store, team.url("carol"), StoreError, "carol may not set up Pizhu's tables")


def test_secrets_never_reach_messages_logs_stores_or_exports(team, store, doc, caplog):
    secret = PASSWORDS["alice"]
    caplog.set_level(logging.DEBUG)
    with TeamServer(team.url("alice", password=secret)) as server:
        summary = server.sync(store)
        assert secret not in repr(server.engine) and secret not in server.label
    assert summary.pushed == 1 and secret not in summary.describe()
    wrong = secret + "-wrong"
    with TeamServer(team.url("alice", password=wrong)) as server, pytest.raises(LoginRefused) as caught:
        server.sync(store)
    for text in (str(caught.value), repr(caught.value), caplog.text):
        assert secret not in text and wrong not in text
    assert caught.value.__cause__ is None and caught.value.__context__ is not None  # chained quietly
    for file in store.path.parent.iterdir():  # the store, its WAL, anything beside it
        assert secret.encode() not in file.read_bytes()
    for fmt in ("w3c", "markdown", "csv"):
        assert secret.encode() not in render(fmt, doc, store.annotations(doc.id, include_deleted=True))
