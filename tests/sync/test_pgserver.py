"""The test server helper: found where the distribution puts it, a clear failure where it is not."""
from __future__ import annotations

import pytest

from tools import pgserver


def test_missing_server_programs_name_the_package(monkeypatch):
    monkeypatch.setattr(pgserver.glob, "glob", lambda pattern: [])
    monkeypatch.setattr(pgserver.shutil, "which", lambda name: None)
    with pytest.raises(pgserver.ServerMissing, match="install the 'postgresql' package"):
        pgserver.find_bindir()


def test_the_installed_server_is_found_and_listens_only_on_its_socket(pg_server):
    assert (pgserver.find_bindir() / "postgres").exists()
    with pg_server.connect() as conn:
        assert conn.execute("SHOW listen_addresses").fetchone() == ("",)
        assert conn.execute("SHOW unix_socket_directories").fetchone() == (str(pg_server.socket_dir),)
        assert conn.execute("SELECT current_setting('password_encryption')").fetchone() == ("scram-sha-256",)
