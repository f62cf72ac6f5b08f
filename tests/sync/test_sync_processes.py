"""Separate processes syncing at once, and processes killed with SIGKILL in the middle of a sync."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from document.annotation import Annotation, TextQuote
from storage.store import Store
from storage.sync import TeamServer

WORKER = Path(__file__).with_name("sync_worker.py")
DOC = "urn:sha256:" + "5e" * 32
SHARED = [f"shared-{n}" for n in range(10)]
T0 = datetime.fromisoformat("2023-03-01T09:00:00.000Z")
COUNT = 1500  # annotations in a killed sync: enough for a push that takes a while


def start(path: Path, url: str, name: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(WORKER), str(path), url, name, *args],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def state(store: Store) -> dict[str, tuple]:
    return {a.id: (a.modified, a.note, a.deleted) for a in store.annotations(DOC, include_deleted=True)}


def sync(url: str, store: Store):
    with TeamServer(url) as server:
        return server.sync(store)


def server_state(team) -> dict[str, tuple]:
    rows = team.query("SELECT id, modified, note, deleted FROM annotations")
    return {i: (datetime.fromisoformat(m), n, bool(d)) for i, m, n, d in rows}


@pytest.mark.parametrize("clients, rounds", [(2, 6), (8, 3)])
def test_clients_syncing_at_once_lose_nothing(team, tmp_path, clients, rounds):
    seed = Store.open(tmp_path / "seed" / "pizhu.sqlite3")
    seed.add_many([Annotation(id=i, document_id=DOC, start=n, end=n + 1, quote=TextQuote("经"),
                              note="seed", created=T0, modified=T0) for n, i in enumerate(SHARED)])
    sync(team.url("alice"), seed)
    stores = []
    for index in range(clients):
        store = Store.open(tmp_path / f"c{index}" / "pizhu.sqlite3")
        sync(team.url("alice"), store)
        store.close()
        stores.append(tmp_path / f"c{index}" / "pizhu.sqlite3")
    workers = [start(path, team.url(("alice", "bob")[index % 2]), f"client{index}", "edit",
                     str(rounds), str(index + 1)) for index, path in enumerate(stores)]
    for worker in workers:
        assert worker.stdout.readline().strip() == "ready", worker.stderr.read()
    for worker in workers:
        worker.stdin.write("go\n")
        worker.stdin.flush()
    edits: dict[str, tuple] = {n: (T0, "seed", False) for n in SHARED}
    for worker in workers:
        out, err = worker.communicate(timeout=600)
        assert worker.returncode == 0, err
        lines = out.split("\n")
        assert lines[-2] == "done"
        for line in lines[:-2]:
            edit = json.loads(line)
            version = (datetime.fromisoformat(edit["modified"]), edit["note"], edit["deleted"])
            if edit["id"] not in edits or version[0] > edits[edit["id"]][0]:
                edits[edit["id"]] = version  # the newest edit of each annotation must win
    assert len(edits) == len(SHARED) + clients * rounds
    opened = [Store.open(path) for path in stores] + [seed]
    for _ in range(2):  # everyone pulls what the last pushers sent
        for index, store in enumerate(opened):
            sync(team.url(("alice", "bob")[index % 2]), store)
    for store in opened:
        assert state(store) == edits
        store.close()
    assert server_state(team) == edits
    assert team.query("SELECT count(*), count(DISTINCT seq), max(seq) = (SELECT value FROM sync_clock) "
                      "FROM sync_changes")[0][:3:2] == (len(edits), True)


def many(count: int, prefix: str = "k") -> list[Annotation]:
    return [Annotation(id=f"{prefix}{n:05d}", document_id=DOC, start=n, end=n + 2, quote=TextQuote("经济"),
                       tags=("甲", "乙"), note=f"第{n}条", author="killer", created=T0, modified=T0)
            for n in range(count)]


def run_until(worker: subprocess.Popen, marker: str) -> list[str]:
    seen = []
    while True:
        line = worker.stdout.readline()
        assert line, f"the worker ended before {marker!r}: {seen} {worker.stderr.read()}"
        seen.append(line.strip())
        if line.strip() == marker:
            return seen


def kill(worker: subprocess.Popen) -> None:
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait(30)
    assert worker.returncode == -signal.SIGKILL


def test_killed_while_the_push_is_written_but_not_committed(team, tmp_path):
    path = tmp_path / "a" / "pizhu.sqlite3"
    with Store.open(path) as store:
        store.add_many(many(COUNT))
        before = state(store)
    worker = start(path, team.url("alice"), "a", "hold", "pushing")
    assert f"pushing {COUNT} {COUNT}" in run_until(worker, "holding")
    kill(worker)
    # Nothing of the push is on the server, and its lock is free: another client syncs at once.
    assert team.query("SELECT count(*) FROM annotations") == [(0,)]
    assert team.query("SELECT value FROM sync_clock") == [(0,)]
    with Store.open(tmp_path / "b" / "pizhu.sqlite3") as other:
        other.add(many(1, "b")[0])
        assert sync(team.url("bob"), other).pushed == 1
    with Store.open(path) as store:
        assert state(store) == before
        summary = sync(team.url("alice"), store)  # the next sync completes the work
        assert (summary.pushed, summary.pulled) == (COUNT, 1)
        assert server_state(team) == state(store)
        assert sync(team.url("alice"), store).pushed == 0


def test_killed_after_the_push_committed_before_it_was_recorded_here(team, tmp_path):
    path = tmp_path / "a" / "pizhu.sqlite3"
    with Store.open(path) as store:
        store.add_many(many(COUNT))
        before = state(store)
    worker = start(path, team.url("alice"), "a", "hold", "pulling")
    run_until(worker, "holding")
    kill(worker)
    assert team.query("SELECT count(*) FROM annotations") == [(COUNT,)]
    with Store.open(path) as store:
        assert state(store) == before
        summary = sync(team.url("alice"), store)  # pushes again: the server finds it unchanged
        assert (summary.pushed, summary.pulled, summary.conflicts) == (0, 0, 0)
        again = sync(team.url("alice"), store)
        assert (again.pushed, again.pulled) == (0, 0)
        assert server_state(team) == state(store)


def test_killed_before_the_pull_was_merged_here(team, tmp_path):
    with Store.open(tmp_path / "a" / "pizhu.sqlite3") as store:
        store.add_many(many(COUNT))
        sync(team.url("alice"), store)
        expected = state(store)
    path = tmp_path / "b" / "pizhu.sqlite3"
    Store.open(path).close()
    worker = start(path, team.url("bob"), "b", "hold", "applying")
    run_until(worker, "holding")
    kill(worker)
    with Store.open(path) as store:
        assert state(store) == {}
        assert sync(team.url("bob"), store).pulled == COUNT
        assert state(store) == expected


@pytest.mark.parametrize("delay", [0.05, 0.25, 0.6])
def test_killed_at_an_arbitrary_moment_both_sides_stay_whole(team, tmp_path, delay):
    with Store.open(tmp_path / "a" / "pizhu.sqlite3") as store:
        store.add_many(many(COUNT, "a"))
        sync(team.url("alice"), store)
    path = tmp_path / "b" / "pizhu.sqlite3"
    with Store.open(path) as store:
        store.add_many(many(COUNT, "b"))
    worker = start(path, team.url("bob"), "b", "hold", "never")
    run_until(worker, "connecting 0 0")  # the sync has begun
    try:
        worker.wait(delay)
    except subprocess.TimeoutExpired:
        kill(worker)
    assert len(server_state(team)) in (COUNT, 2 * COUNT)  # b's push landed whole or not at all
    with Store.open(path) as store:
        assert len(state(store)) in (COUNT, 2 * COUNT)  # and so did its pull
        sync(team.url("bob"), store)
        assert len(state(store)) == 2 * COUNT and state(store) == server_state(team)
