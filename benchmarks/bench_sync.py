"""Team sync of 10,000 annotations on one document, each figure beside a floor from the same run.

    .venv/bin/python benchmarks/bench_sync.py [--count N] [--repeat R]

A throw-away PostgreSQL server (tools/pgserver.py, durable settings: fsync on) runs in a temp
directory on a Unix socket, as in the tests.  The store holds N highlights with tags, notes and
authors (as in bench_store.py).

* first push: ``TeamServer.sync`` of a store never synced, into an empty team database whose
  schema exists, vs. a raw ``COPY`` of the same annotation rows and tag links into the same
  tables in one transaction (psycopg, an open connection).  Goal: ≤ 3×.
* no-op sync: a sync with nothing to push or pull, on a ``TeamServer`` kept open between syncs
  (the GUI's periodic sync) and on a fresh one (log in first, as ``pizhu sync`` does), vs. a
  bare transaction round trip.  Goal: ≤ 50 ms.
* 100 changed: a sync after 100 annotations were edited, vs. a raw ``executemany`` UPDATE of
  the same 100 rows on an open connection.
* first pull (informative): a second, empty store pulling all N, vs. a raw ``COPY … TO STDOUT``
  of the same rows plus a raw sqlite3 ``executemany`` of them into a bare table.

Medians of R runs (fresh databases and store copies where a run changes them).  Nothing is
asserted: timings on shared machines vary.
"""
from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_store import DOC, highlight  # noqa: E402  (the same 10,000 highlights)
from benchmarks.common import ratio_line  # noqa: E402
from document.annotation import Annotation, utc_now  # noqa: E402
from storage.schema import AnnotationRow  # noqa: E402
from storage.store import Store  # noqa: E402
from storage.sync import TeamServer  # noqa: E402
from tools.pgserver import ThrowawayServer  # noqa: E402

COLUMNS = [column.name for column in AnnotationRow.__table__.columns]  # every column, as sync sends
ANNOTATION_COLUMNS = ", ".join(f'"{name}"' for name in COLUMNS)


def timed(action) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


class Bench:
    def __init__(self, count: int, repeat: int) -> None:
        self.count, self.repeat = count, repeat
        self.scratch = Path(tempfile.mkdtemp(prefix="pizhu-bench-sync-"))
        self.server = ThrowawayServer(fast=False).start()
        self.databases = 0
        self.base = self.scratch / "base.sqlite3"
        with Store.open(self.base) as store:
            store.add_many([highlight(n) for n in range(count)])
        self.rows, self.links, self.names = self._local_rows()

    def close(self) -> None:
        self.server.stop()
        shutil.rmtree(self.scratch, ignore_errors=True)

    def _local_rows(self):
        """The store's annotation rows and tag links, exactly as the floor will write them."""
        conn = sqlite3.connect(self.base)
        try:
            rows = conn.execute(f"SELECT {ANNOTATION_COLUMNS} FROM annotations").fetchall()
            links = conn.execute("SELECT annotation_id, tag_id, position FROM annotation_tags").fetchall()
            names = {"authors": conn.execute("SELECT id, name FROM authors").fetchall(),
                     "tags": conn.execute("SELECT id, name FROM tags").fetchall()}
        finally:
            conn.close()
        return rows, links, names

    def team(self) -> tuple[str, TeamServer]:
        """A new team database with its schema, and a TeamServer already connected to it."""
        self.databases += 1
        name = f"bench{self.databases}"
        self.server.create_database(name)
        server = TeamServer(self.server.url(database=name, password=self.server.admin_password))
        server.check()
        return name, server

    def store_copy(self, name: str) -> Store:
        path = self.scratch / name / "pizhu.sqlite3"
        path.parent.mkdir()
        shutil.copy(self.base, path)
        return Store.open(path)

    # ------------------------------------------------------------------ floors

    def floor_copy(self) -> float:
        name, server = self.team()
        server.close()
        with self.server.connect(name) as conn:
            conn.autocommit = False
            conn.execute("INSERT INTO documents (id, first_seen, last_opened) VALUES (%s, 'x', 'x')", (DOC,))
            with conn.cursor() as cur:
                for table, values in self.names.items():
                    cur.executemany(f"INSERT INTO {table} (id, name) VALUES (%s, %s)", values)
            conn.commit()

            def copy() -> None:
                with conn.cursor() as cur:
                    with cur.copy(f"COPY annotations ({ANNOTATION_COLUMNS}) FROM STDIN") as stream:
                        for row in self.rows:
                            stream.write_row(row)
                    with cur.copy("COPY annotation_tags (annotation_id, tag_id, position) FROM STDIN") as stream:
                        for row in self.links:
                            stream.write_row(row)
                conn.commit()

            return timed(copy)

    def floor_round_trip(self, name: str) -> float:
        with self.server.connect(name) as conn:
            conn.autocommit = False
            conn.execute("SELECT 1")
            conn.commit()

            def trip() -> None:
                conn.execute("SELECT 1").fetchall()
                conn.commit()

            return statistics.median(timed(trip) for _ in range(20))

    def floor_update(self, name: str, changed: list[Annotation]) -> float:
        with self.server.connect(name) as conn:
            conn.autocommit = False
            rows = [(a.note, a.modified.isoformat(), a.id) for a in changed]

            def update() -> None:
                with conn.cursor() as cur:
                    cur.executemany("UPDATE annotations SET note = %s, modified = %s WHERE id = %s", rows)
                conn.commit()

            return timed(update)

    def floor_pull(self, name: str) -> float:
        local = sqlite3.connect(self.scratch / f"floor-{name}.sqlite3", isolation_level=None)
        local.execute("PRAGMA journal_mode = WAL")
        local.execute("PRAGMA synchronous = FULL")
        local.execute(f"CREATE TABLE raw ({ANNOTATION_COLUMNS})")
        with self.server.connect(name) as conn:
            def pull() -> None:
                with conn.cursor() as cur:
                    with cur.copy(f"COPY (SELECT {ANNOTATION_COLUMNS} FROM annotations) TO STDOUT") as stream:
                        rows = list(stream.rows())
                local.execute("BEGIN")
                local.executemany(f"INSERT INTO raw VALUES ({', '.join('?' * len(COLUMNS))})", rows)
                local.execute("COMMIT")

            took = timed(pull)
        local.close()
        return took

    # ------------------------------------------------------------------ runs

    def run(self) -> list[str]:
        floors, pushes, warm, cold, changed, changed_floors, pulls, pull_floors = ([] for _ in range(8))
        for run in range(self.repeat):
            floors.append(self.floor_copy())
            name, server = self.team()
            store = self.store_copy(f"push{run}")
            pushes.append(timed(lambda: server.sync(store)))
            warm += [timed(lambda: server.sync(store)) for _ in range(5)]

            def fresh() -> None:
                with TeamServer(self.server.url(database=name, password=self.server.admin_password)) as once:
                    once.sync(store)

            cold += [timed(fresh) for _ in range(3)]
            edits = self._edit(store, run)
            changed.append(timed(lambda: server.sync(store)))
            changed_floors.append(self.floor_update(name, [replace(a, note=a.note + "!") for a in edits]))
            puller = Store.open(self.scratch / f"pull{run}" / "pizhu.sqlite3")
            pulls.append(timed(lambda: server.sync(puller)))
            pull_floors.append(self.floor_pull(name))
            round_trip = self.floor_round_trip(name)
            for opened in (store, puller):
                opened.close()
            server.close()
        m = statistics.median
        n = f"{self.count:,}"
        return [
            ratio_line(f"first push of {n}", m(pushes), m(floors), f"raw COPY of {n}"),
            ratio_line("no-op sync, connection kept", m(warm), round_trip, "round trip")
            + f"   goal ≤ 50 ms: {'met' if m(warm) <= 0.05 else 'NOT met'}",
            ratio_line("no-op sync, logging in first", m(cold), round_trip, "round trip")
            + f"   goal ≤ 50 ms: {'met' if m(cold) <= 0.05 else 'NOT met'}",
            ratio_line("sync of 100 changed", m(changed), m(changed_floors), "raw executemany of 100"),
            ratio_line(f"first pull of {n} (second client)", m(pulls), m(pull_floors),
                       "raw COPY out + sqlite insert"),
            f"first push / raw COPY: {m(pushes) / m(floors):.2f}x (goal ≤ 3x)",
        ]

    @staticmethod
    def _edit(store: Store, run: int) -> list[Annotation]:
        current = store.annotations(DOC)[run * 100:(run + 1) * 100]
        later = utc_now() + timedelta(seconds=1)
        edited = [replace(a, note=f"{a.note} 改{run}", modified=later) for a in current]
        store.update_many(edited)
        return edited


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    bench = Bench(args.count, args.repeat)
    try:
        for line in bench.run():
            print(line)
    finally:
        bench.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
