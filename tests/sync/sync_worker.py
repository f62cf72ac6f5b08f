"""A separate Pizhu process syncing a store with a team server, for tests/sync/test_sync_processes.py.

    python sync_worker.py STORE URL NAME edit ROUNDS INDEX
    python sync_worker.py STORE URL NAME hold PHASE

``edit``: prints ``ready``, waits for a line on stdin (so all clients start together), then for
ROUNDS rounds adds an annotation of its own, edits two of the shared ones (ids ``shared-0`` …
``shared-9``), now and then deletes or restores one, and syncs everything.  Every edit is
printed as a JSON line (id, modified, note, deleted) once it is stored, so the parent can work
out which version of each annotation must win.  Times carry INDEX microseconds, so no two
clients ever stamp an edit with the same time (equal times keep each side's copy, by design).

``hold``: syncs everything, printing each progress report, and stops dead (sleeps) when it
reaches PHASE — ``pushing`` once all rows are written but not committed, ``pulling`` after the
push committed, ``applying`` before the pull is merged here — so the parent can kill -9 it there.
"""
from __future__ import annotations

import json
import random
import sys
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from document.annotation import Annotation, TextQuote, utc_now  # noqa: E402
from storage.store import Store  # noqa: E402
from storage.sync import SyncPhase, SyncProgress, TeamServer  # noqa: E402

DOC = "urn:sha256:" + "5e" * 32
SHARED = [f"shared-{n}" for n in range(10)]


def stamp(index: int, after) -> object:
    """Now (ms) plus ``index`` µs, and later than ``after``."""
    now = utc_now() + timedelta(microseconds=index)
    return now if after is None or now > after else after + timedelta(milliseconds=1)


def report(annotation: Annotation) -> None:
    print(json.dumps({"id": annotation.id, "modified": annotation.modified.isoformat(),
                      "note": annotation.note, "deleted": annotation.deleted}), flush=True)


def edit(store: Store, server: TeamServer, name: str, rounds: int, index: int) -> None:
    rng = random.Random(index)
    print("ready", flush=True)
    sys.stdin.readline()
    for round_ in range(rounds):
        own = Annotation(id=f"{name}-{round_}", document_id=DOC, start=round_, end=round_ + 2,
                         quote=TextQuote("经济"), author=name, note=f"{name} own {round_}",
                         created=stamp(index, None), modified=stamp(index, None))
        report(store.add(own))
        for ident in rng.sample(SHARED, 2):
            current = store.get(ident)
            changed = replace(current, note=f"{name} round {round_}", deleted=rng.random() < 0.15,
                              modified=stamp(index, current.modified))
            report(store.update(changed))
        server.sync(store)
    print("done", flush=True)


def hold(store: Store, server: TeamServer, phase: str) -> None:
    def progress(update: SyncProgress) -> None:
        print(f"{update.phase.value} {update.done} {update.total}", flush=True)
        at_end = update.done == update.total if update.phase is SyncPhase.PUSHING else update.done == 0
        if update.phase.value == phase and at_end:
            print("holding", flush=True)
            time.sleep(3600)

    server.sync(store, progress=progress)
    print("done", flush=True)


def main() -> int:
    path, url, name, mode, arg = sys.argv[1:6]
    store = Store.open(path)
    with TeamServer(url) as server:
        if mode == "edit":
            edit(store, server, name, int(arg), int(sys.argv[6]))
        else:
            hold(store, server, arg)
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
