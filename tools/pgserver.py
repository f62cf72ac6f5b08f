"""A throw-away PostgreSQL server in a temporary directory, for the sync tests and benchmark.

The server binaries come from the distribution's ``postgresql`` package (Debian/Ubuntu install
them under ``/usr/lib/postgresql/<version>/bin``; ``.ci/run`` installs the package when it is
missing).  The server:

* lives in a fresh temporary directory and is removed with it when stopped;
* listens on a Unix socket in that directory only (``listen_addresses = ''``), never on a
  network interface, so it cannot clash with, or be reached like, a real server;
* asks every client for a password (``scram-sha-256`` for local connections), so that a wrong
  password is refused as a real team server would refuse it;
* runs as an ordinary user: PostgreSQL refuses to run as root, so when we are root (as CI is)
  ``initdb`` and ``pg_ctl`` run as the ``postgres`` user (made by the package), else ``nobody``.

``fast=True`` turns off fsync and friends and, where there is room, keeps the directory in
memory (``/dev/shm``): the tests create many databases and care about behaviour, not
durability, and deleting a few hundred megabytes of database files from a disk mounted with
``discard`` took the better part of a minute.  The benchmark keeps a durable server on disk.
"""
from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

ADMIN = "pizhu_admin"
PACKAGE = "postgresql"  # the Debian/Ubuntu package with initdb, pg_ctl and postgres


class ServerMissing(RuntimeError):
    """The PostgreSQL server programs are not installed."""


def find_bindir() -> Path:
    """The directory holding ``initdb``, ``pg_ctl`` and ``postgres`` (newest version first)."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: _version_key(Path(p).parent.parent.name), reverse=True)
    candidates += glob.glob("/usr/pgsql-*/bin/initdb")  # Fedora/RHEL layout
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(os.path.realpath(on_path))
    for initdb in candidates:
        bindir = Path(initdb).parent
        if (bindir / "pg_ctl").exists() and (bindir / "postgres").exists():
            return bindir
    raise ServerMissing(
        f"the PostgreSQL server programs (initdb, pg_ctl) are not installed; install the "
        f"'{PACKAGE}' package (apt-get install -y {PACKAGE}; .ci/run does this)")


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def _server_user() -> str | None:
    """Whom to run the server as: None (ourselves) unless we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    raise ServerMissing("running as root and neither a 'postgres' nor a 'nobody' user exists")


_MEMORY = Path("/dev/shm")
_MEMORY_NEEDED = 4 * 1024 ** 3  # free bytes in /dev/shm before we put a server there


def _scratch(fast: bool) -> Path:
    """A new temporary directory: in memory for a fast server when there is room, else on disk."""
    base = None
    if fast and _MEMORY.is_dir() and os.access(_MEMORY, os.W_OK):
        if shutil.disk_usage(_MEMORY).free >= _MEMORY_NEEDED:
            base = str(_MEMORY)
    return Path(tempfile.mkdtemp(prefix="pizhu-pg-", dir=base))


@dataclass
class ThrowawayServer:
    """Start with :meth:`start`, stop (and delete everything) with :meth:`stop`."""

    fast: bool = True
    directory: Path | None = None
    admin_password: str = field(default_factory=lambda: secrets.token_urlsafe(18))
    port: int = 5432  # only names the socket file in our own directory
    _user: str | None = None
    _bindir: Path | None = None

    @property
    def data(self) -> Path:
        assert self.directory is not None, "the server has not been started"
        return self.directory / "data"

    @property
    def socket_dir(self) -> Path:
        assert self.directory is not None, "the server has not been started"
        return self.directory

    def start(self) -> "ThrowawayServer":
        self._bindir = find_bindir()
        self._user = _server_user()
        if self.directory is None:
            self.directory = _scratch(self.fast)
        try:
            self._initialise()
        except BaseException:
            self.stop()
            raise
        return self

    def _initialise(self) -> None:
        assert self.directory is not None
        os.chmod(self.directory, 0o755)  # the server user must reach its socket directory
        if self._user is not None:
            entry = pwd.getpwnam(self._user)
            os.chown(self.directory, entry.pw_uid, entry.pw_gid)
        pwfile = self.directory / "pw"
        pwfile.write_text(self.admin_password + "\n", encoding="utf-8")
        if self._user is not None:
            os.chown(pwfile, pwd.getpwnam(self._user).pw_uid, -1)
        os.chmod(pwfile, 0o600)
        try:
            self._run("initdb", "-D", str(self.data), "-U", ADMIN, f"--pwfile={pwfile}",
                      "--auth=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync")
        finally:
            pwfile.unlink(missing_ok=True)
        options = [f"-k {self.socket_dir}", "-c listen_addresses=''", f"-p {self.port}",
                   "-c max_connections=60"]
        if self.fast:
            options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.directory / "server.log"),
                  "-o", " ".join(options), "-w", "-t", "60", "start")

    def stop(self) -> None:
        if self.directory is not None and self._bindir is not None and (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", check=False)
        if self.directory is not None:
            shutil.rmtree(self.directory, ignore_errors=True)

    def _run(self, program: str, *args: str, check: bool = True) -> None:
        assert self._bindir is not None
        result = subprocess.run(
            [str(self._bindir / program), *args], user=self._user, cwd=self.directory,
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            text=True, timeout=120,
        )
        if check and result.returncode != 0:
            raise RuntimeError(f"{program} failed ({result.returncode}): {result.stdout[-2000:]}")

    # ---------------------------------------------------------------- connecting

    def url(self, user: str = ADMIN, database: str = "postgres", password: str | None = None,
            driver: str = "postgresql+psycopg") -> str:
        """A SQLAlchemy URL reaching this server through its socket."""
        secret = f":{quote(password, safe='')}" if password is not None else ""
        return f"{driver}://{quote(user, safe='')}{secret}@/{database}?host={self.socket_dir}&port={self.port}"

    def connect(self, database: str = "postgres", user: str = ADMIN, password: str | None = None):
        """A psycopg connection (autocommit) as ``user``, by default the superuser."""
        import psycopg

        return psycopg.connect(
            host=str(self.socket_dir), port=self.port, dbname=database, user=user,
            password=self.admin_password if password is None and user == ADMIN else password,
            autocommit=True,
        )

    def execute(self, sql: str, database: str = "postgres") -> None:
        """Run ``sql`` (one or more statements) as the superuser."""
        with self.connect(database) as conn:
            conn.execute(sql)

    def create_database(self, name: str, owner: str = ADMIN) -> None:
        self.execute(f'CREATE DATABASE "{name}" OWNER "{owner}" TEMPLATE template0')
