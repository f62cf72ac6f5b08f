"""A real PostgreSQL server for the team-sync tests, started once per session.

The server comes from the distribution's ``postgresql`` package (``.ci/run`` installs it): when
it is missing these tests fail, they do not skip.  It listens on a Unix socket in a temporary
directory only and asks for passwords, like a team server.  Roles are set up as docs/teams.md
tells an administrator to: ``alice`` and ``bob`` write (their sessions act as the team role that
owns the tables), ``carol`` may only read.  Each test gets a database of its own.

Passwords reach libpq through a pgpass file made for the session (``PGPASSFILE``), as they
would on a teammate's laptop; the platform keyring is replaced by an in-memory one so no test
touches the real keyring, and every ``PG*`` variable of the developer's shell is cleared.
"""
from __future__ import annotations

import itertools
import sys
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from tools.pgserver import ServerMissing, ThrowawayServer

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sync_gui_support import sync_window, teammate  # noqa: E402,F401 - fixtures: the window syncing

PASSWORDS = {"alice": "alice-Secr3t:pw", "bob": "bob-Secr3t\\pw", "carol": "carol-Secr3t pw"}
WRITERS = ("alice", "bob")
READERS = ("carol",)

ROLES_SQL = """
CREATE ROLE pizhu_team NOLOGIN;
CREATE ROLE pizhu_readers NOLOGIN;
""" + "".join(
    f"CREATE ROLE {name} LOGIN PASSWORD '{PASSWORDS[name]}' IN ROLE pizhu_team;\n"
    f"ALTER ROLE {name} SET role = 'pizhu_team';\n" for name in WRITERS
) + "".join(
    f"CREATE ROLE {name} LOGIN PASSWORD '{PASSWORDS[name]}' IN ROLE pizhu_readers;\n" for name in READERS
)

DATABASE_SQL = """
REVOKE ALL ON DATABASE "{db}" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE "{db}" TO pizhu_team, pizhu_readers;
"""
IN_DATABASE_SQL = """
ALTER DEFAULT PRIVILEGES FOR ROLE pizhu_team IN SCHEMA public GRANT SELECT ON TABLES TO pizhu_readers;
GRANT USAGE ON SCHEMA public TO pizhu_readers;
"""


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this process only (stands in for the platform's)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        self.passwords.pop((service, username), None)


def _escape(field: str) -> str:
    return field.replace("\\", "\\\\").replace(":", "\\:")


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory):
    try:
        server = ThrowawayServer().start()
    except ServerMissing as error:
        pytest.fail(str(error), pytrace=False)
    try:
        server.execute(ROLES_SQL)
        pgpass = tmp_path_factory.mktemp("pgpass") / "pgpass"
        pgpass.write_text("".join(
            f"{_escape(str(server.socket_dir))}:{server.port}:*:{name}:{_escape(password)}\n"
            for name, password in PASSWORDS.items()), encoding="utf-8")
        pgpass.chmod(0o600)
        server.pgpass = pgpass
        yield server
    finally:
        server.stop()


_numbers = itertools.count(1)


@dataclass
class TeamDatabase:
    """One test's team database on the session's server."""

    server: ThrowawayServer
    name: str

    def url(self, role: str = "alice", password: str | None = None) -> str:
        """The URL a teammate would give (no password: libpq finds it in the pgpass file)."""
        return self.server.url(user=role, database=self.name, password=password)

    def query(self, sql: str) -> list[tuple]:
        with self.server.connect(self.name) as conn:
            return conn.execute(sql).fetchall()

    def execute(self, sql: str) -> None:
        self.server.execute(sql, self.name)


@pytest.fixture
def team(pg_server, monkeypatch) -> TeamDatabase:
    name = f"team{next(_numbers)}"
    pg_server.create_database(name, owner="pizhu_team")
    pg_server.execute(DATABASE_SQL.format(db=name))
    pg_server.execute(IN_DATABASE_SQL, name)
    return TeamDatabase(pg_server, name)


@pytest.fixture(autouse=True)
def isolated_credentials(request, monkeypatch, tmp_path):
    """No PG* variable of the developer's shell, no real keyring, the session's pgpass file."""
    for name in ("PGPASSWORD", "PGUSER", "PGHOST", "PGPORT", "PGDATABASE", "PGSERVICE",
                 "PGSERVICEFILE", "PGSSLMODE", "PIZHU_SERVER"):
        monkeypatch.delenv(name, raising=False)
    if "pg_server" in request.fixturenames:
        monkeypatch.setenv("PGPASSFILE", str(request.getfixturevalue("pg_server").pgpass))
    else:
        monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)
