"""A killed writer loses at most the action in flight; two writers lose nothing (docs/architecture.md §7).

Real processes on a real SQLite file: a child that reports each commit and is SIGKILLed midway,
and two children writing at the same time.
"""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from storage.schema import SCHEMA_VERSION
from storage.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store_worker import DOC, batch_ids  # noqa: E402

WORKER = Path(__file__).resolve().parent / "store_worker.py"
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def spawn(path: Path, mode: str, name: str, count: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(WORKER), str(path), mode, name, str(count)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def wait_ready(child: subprocess.Popen) -> subprocess.Popen:
    assert child.stdout.readline().strip() == "ready", child.stderr.read()
    return child


def start(path: Path, mode: str, name: str, count: int) -> subprocess.Popen:
    return wait_ready(spawn(path, mode, name, count))


def go(child: subprocess.Popen) -> None:
    child.stdin.write("go\n")
    child.stdin.flush()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


# (batches reported before the kill, pause before it): the pauses land the kill at different
# points inside the next write.
@pytest.mark.parametrize("kill_after, pause", [(3, 0.0), (17, 0.006), (40, 0.013)])
def test_sigkill_mid_burst_keeps_every_reported_write(tmp_path: Path, kill_after: int, pause: float):
    path = tmp_path / "pizhu.sqlite3"
    Store.open(path).close()
    child = start(path, "burst", "killed", 10_000)
    go(child)
    reported: list[str] = []
    for _ in range(kill_after):
        reported.extend(child.stdout.readline().split())
    time.sleep(pause)
    os.kill(child.pid, signal.SIGKILL)
    rest, _ = child.communicate(timeout=30)
    reported.extend(rest.split())  # lines printed after a commit but before we read them
    assert child.returncode == -signal.SIGKILL

    assert integrity(path) == "ok"
    with Store.open(path) as store:
        stored = {a.id for a in store.annotations(DOC)}
        assert set(reported) <= stored
        assert len(reported) >= kill_after * 10
        # The batch in flight landed whole or not at all.
        batches = len(reported) // 10
        next_batch = set(batch_ids("killed", batches))
        assert next_batch <= stored or not (next_batch & stored)
        assert len(stored) in (len(reported), len(reported) + 10)
        assert all(a.tags == ("killed", "共享") for a in store.annotations(DOC))
    assert integrity(path) == "ok"


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path):
    path = tmp_path / "pizhu.sqlite3"
    Store.open(path).close()
    children = {name: spawn(path, "mixed", name, 200) for name in ("left", "right")}
    for child in children.values():
        wait_ready(child)
    for child in children.values():
        go(child)
    reported: dict[str, list[str]] = {}
    for name, child in children.items():
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        assert "database is locked" not in err and "Traceback" not in err, err
        reported[name] = out.split()
    assert all(len(ids) == 200 for ids in reported.values())
    assert integrity(path) == "ok"
    with Store.open(path) as store:
        stored = {a.id: a for a in store.annotations(DOC)}
        assert set(stored) == set(reported["left"]) | set(reported["right"])
        assert len(stored) == 400
        assert {t.name: t.count for t in store.tags(DOC)} == {"left": 200, "right": 200, "共享": 400}
        assert sorted(store.authors(DOC)) == ["left", "right"]
        spans = {name: (min(stored[i].created for i in ids), max(stored[i].created for i in ids))
                 for name, ids in reported.items()}
        assert spans["left"][0] < spans["right"][1] and spans["right"][0] < spans["left"][1], \
            "the two writers did not overlap in time; the test proved nothing"
        edited = [a for a in stored.values() if "edited" in a.note or "merged" in a.note]
        assert len(edited) == 2 * len({n for n in range(200) if n % 7 == 3 or n % 13 == 6})


@pytest.mark.parametrize("old_version", [None, 1, 2, 3])
def test_two_processes_opening_a_new_or_old_store_at_once(tmp_path: Path, old_version):
    """Both create (or both upgrade) the store at the same moment: one does it, neither fails."""
    from test_migrations import build_old_store, header

    path = tmp_path / "pizhu.sqlite3"
    if old_version is not None:
        build_old_store(path, old_version)
    children = [spawn(path, "mixed", name, 5) for name in ("a", "b")]
    for child in children:
        wait_ready(child)
    for child in children:
        go(child)
    for child in children:
        out, err = child.communicate(timeout=60)
        assert child.returncode == 0, err
        assert len(out.split()) == 5
    assert header(path)[0] == SCHEMA_VERSION and integrity(path) == "ok"
    backups = sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".bak"))
    assert backups == ([] if old_version is None else [f"pizhu.sqlite3.v{old_version}.bak"])
    with Store.open(path) as store:
        assert len(store.annotations(DOC)) == 10


def test_threads_sharing_one_store_lose_nothing(tmp_path: Path):
    """The GUI imports on a worker thread while the reader keeps highlighting."""
    import threading

    from store_worker import make

    store = Store.open(tmp_path / "pizhu.sqlite3")
    errors: list[BaseException] = []

    def work(name: str) -> None:
        try:
            for n in range(100):
                added = store.add(make(f"{name}-{n}", n, name))
                if n % 10 == 0:
                    store.merge([added.with_changes(note="merged")])
                    store.annotations(DOC)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(name,)) for name in ("ui", "worker")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    try:
        assert not errors, errors
        assert len(store.annotations(DOC)) == 200
    finally:
        store.close()


def test_open_waits_while_another_process_holds_a_new_store(tmp_path: Path):
    """SQLite answers "database is locked" at once to a journal-mode switch while another
    connection writes (two instances creating the store together); opening must wait instead."""
    import sqlite3
    import threading

    path = tmp_path / "pizhu.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("PRAGMA user_version")   # a fresh file, write-locked in rollback-journal mode
    release = threading.Timer(0.5, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        with Store.open(path) as store:
            assert store.annotations(DOC) == []
    finally:
        release.join()
        holder.close()
