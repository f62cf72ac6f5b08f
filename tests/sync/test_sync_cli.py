"""``pizhu sync``: the summary line, the server from --server or PIZHU_SERVER, exit codes, secrets."""
from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from pizhu.cli import main
from pizhu.paths import store_path
from storage.store import Store
from sync_samples import OTHER_REPORT, REPORT, highlight, report

from conftest import PASSWORDS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def files(tmp_path):
    first, second = tmp_path / "report.md", tmp_path / "other.md"
    first.write_text(REPORT, encoding="utf-8")
    second.write_text(OTHER_REPORT, encoding="utf-8")
    return first, second


def seed(data_dir: Path, source: str, *phrases: str) -> None:
    document = report(source)
    with Store.open(store_path(str(data_dir))) as store:
        store.ensure_document(document)
        store.add_many([highlight(document, p, author="张三") for p in phrases])


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_sync_a_file_then_everything(team, files, tmp_path, capsys, monkeypatch):
    alice_dir, bob_dir = tmp_path / "alice", tmp_path / "bob"
    seed(alice_dir, REPORT, "经济运行", "就业")
    seed(alice_dir, OTHER_REPORT, "居民消费价格")
    status, out, err = run(capsys, "sync", str(files[0]), "--server", team.url("alice"),
                           "--data-dir", str(alice_dir))
    assert (status, err) == (0, "")
    assert out == f"synced with alice@{team.server.socket_dir}:5432/{team.name}: pushed 2, pulled 0, " \
                  f"0 conflicts resolved\n"
    monkeypatch.setenv("PIZHU_SERVER", team.url("alice"))
    status, out, _ = run(capsys, "sync", "--all", "--data-dir", str(alice_dir))
    assert status == 0 and "pushed 1, pulled 0" in out
    monkeypatch.setenv("PIZHU_SERVER", team.url("bob"))
    status, out, _ = run(capsys, "sync", "--all", "--data-dir", str(bob_dir))
    assert status == 0 and "pushed 0, pulled 3, 0 conflicts resolved" in out
    status, out, _ = run(capsys, "sync", str(files[0]), "--data-dir", str(bob_dir))
    assert status == 0 and "pushed 0, pulled 0" in out


@pytest.mark.parametrize("args, phrase", [
    ([], "no team server: pass --server URL or set PIZHU_SERVER"),
    (["--server", "mysql://root:hunter2@db/x"], "must be a PostgreSQL URL"),
    (["--server", "postgresql+pg8000://u:hunter2@db/x"], "through psycopg"),
    (["--server", "postgresql://u:hunter2@db"], "names no database"),
    (["--all", "FILE", "--server", "postgresql://u@db/x"], "a FILE or --all, not both"),
])
def test_bad_usage_exits_2_with_one_line(capsys, args, phrase):
    status, out, err = run(capsys, "sync", *args)
    assert status == 2 and out == "" and err.count("\n") == 1
    assert phrase in err and "hunter2" not in err


def test_an_unreachable_server_exits_1_with_one_line(tmp_path, capsys, files):
    seed(tmp_path / "d", REPORT, "经济运行")
    status, out, err = run(capsys, "sync", str(files[0]), "--data-dir", str(tmp_path / "d"),
                           "--server", f"postgresql://alice:hunter2@/pizhu?host={tmp_path}")
    assert status == 1 and out == ""
    lines = err.splitlines()
    assert "visible to other users" in lines[0]  # the password in --server
    assert lines[1].startswith("pizhu: cannot reach the team server alice@") and len(lines) == 2
    assert "hunter2" not in err


def test_a_read_only_login_exits_1_after_pulling(team, files, tmp_path, capsys):
    seed(tmp_path / "alice", REPORT, "经济运行")
    assert run(capsys, "sync", str(files[0]), "--server", team.url("alice"),
               "--data-dir", str(tmp_path / "alice"))[0] == 0
    seed(tmp_path / "carol", REPORT, "就业")
    status, out, err = run(capsys, "sync", str(files[0]), "--server", team.url("carol"),
                           "--data-dir", str(tmp_path / "carol"))
    assert status == 1
    assert "pushed 0, pulled 1" in out and "1 local change not pushed" in out
    assert err == "pizhu: 1 local change not pushed: the login carol may read the team server " \
                  "but not write to it\n"


def test_save_password_then_sync_without_it(team, files, tmp_path, capsys, monkeypatch,
                                            isolated_credentials):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORDS["bob"] + "\n"))
    seed(tmp_path / "bob", REPORT, "经济运行")
    status, out, err = run(capsys, "sync", str(files[0]), "--server", team.url("bob"),
                           "--data-dir", str(tmp_path / "bob"), "--save-password")
    assert status == 0 and "pushed 1" in out
    assert err == f"pizhu: password for bob@{team.server.socket_dir}:5432/{team.name} saved in " \
                  f"the system keyring\n"
    assert PASSWORDS["bob"] in isolated_credentials.passwords.values()
    status, out, err = run(capsys, "sync", str(files[0]), "--server", team.url("bob"),
                           "--data-dir", str(tmp_path / "bob"))
    assert (status, err) == (0, "") and "pushed 0" in out


def test_the_command_in_a_real_process_prints_no_secret(team, files, tmp_path):
    seed(tmp_path / "d", REPORT, "经济运行")
    secret = PASSWORDS["alice"]
    for password in (secret, secret + "x"):
        done = subprocess.run(
            [sys.executable, "-m", "pizhu", "sync", str(files[0]), "--data-dir", str(tmp_path / "d"),
             "--server", team.url("alice", password=password)],
            cwd=ROOT, capture_output=True, text=True, timeout=120,
        )
        assert secret not in done.stdout + done.stderr
        assert "Traceback" not in done.stderr
    assert done.returncode == 1 and "refused the login: wrong password" in done.stderr
