"""A separate Pizhu process writing to a store, for tests/storage/test_reliability.py.

    python store_worker.py STORE MODE NAME COUNT

Prints ``ready`` once the store is open, waits for a line on stdin (so two workers can start
together), then writes.  After each committed write it prints the ids that are now durable,
flushing at once, so the parent knows exactly what must survive a SIGKILL.

MODE ``burst``: batches of 10 annotations (add_many), ids uuid5(NAME, batch/index) so the parent
can tell whether a batch it never heard about landed whole or not at all.
MODE ``mixed``: COUNT single adds, and every few adds an update, a delete + restore, a merge
and a tag rename — the read-then-write actions that fail first when locking is wrong.
"""
from __future__ import annotations

import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from document.annotation import Annotation, TextQuote  # noqa: E402
from storage.store import Store  # noqa: E402

DOC = "urn:sha256:" + "ee" * 32
BATCH = 10


def batch_ids(name: str, batch: int) -> list[str]:
    return [str(uuid.uuid5(uuid.NAMESPACE_URL, f"{name}/{batch}/{i}")) for i in range(BATCH)]


def make(ident: str, n: int, name: str) -> Annotation:
    return Annotation(id=ident, document_id=DOC, start=n, end=n + 2,
                      quote=TextQuote("经济", "前", "后"), tags=(name, "共享"), author=name,
                      note=f"{name} {n} " + "批注" * 50)


def main() -> int:
    path, mode, name, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    store = Store.open(path)
    print("ready", flush=True)
    sys.stdin.readline()
    if mode == "burst":
        for batch in range(count):
            ids = batch_ids(name, batch)
            store.add_many([make(i, batch * BATCH + k, name) for k, i in enumerate(ids)])
            print(" ".join(ids), flush=True)
    else:
        for n in range(count):
            annotation = store.add(make(str(uuid.uuid4()), n, name))
            print(annotation.id, flush=True)
            if n % 7 == 3:
                store.update(annotation.with_changes(note=f"{name} edited {n}"))
            if n % 11 == 5:
                store.restore(store.delete([annotation.id]))
            if n % 13 == 6:
                store.merge([annotation.with_changes(note=f"{name} merged {n}")])
            if n % 50 == 25:
                store.rename_tag("共享", "共享")  # a write transaction that changes nothing
                store.set_tag_color(name, "#123456")
            if n % 10 == 0:
                store.annotations(DOC)
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
