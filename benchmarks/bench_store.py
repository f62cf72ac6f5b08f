"""Store figures for 10,000 highlights on one document, each beside a floor from the same run.

    .venv/bin/python benchmarks/bench_store.py [--count N] [--repeat R]

* bulk add: ``Store.add_many`` of N highlights (one transaction) vs. a raw sqlite3
  ``executemany`` of the same rows into a bare table in the same directory, same PRAGMAs; and
  vs. a second floor, raw sqlite3 writing the same rows into a store's own schema (its indexes,
  its tag links and the ``sync_log`` triggers team sync relies on), rows built beforehand: what
  SQLite itself needs for this store, so the gap to it is Pizhu's own overhead.
* panel query: ``Store.annotations(doc)`` (all N, with tags, as dataclasses) vs. a raw sqlite3
  ``SELECT`` of the same rows as tuples.  Also the query on an empty document, i.e. the fixed
  cost of a call (session, transaction, two statements), vs. the same raw statements in a
  transaction on an empty document.
* add one: ``Store.add`` (one durable transaction with tags and author) vs. a raw sqlite3
  single-row insert + commit with the same durability settings.
* other: ``Store.tags(doc)`` (also read when a document opens) and ``Store.get`` of one
  annotation, each beside the fixed cost of a call.

Medians of several runs are printed; nothing is asserted (timings on shared machines vary).
"""
from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from common import row

from document.annotation import Annotation, TextQuote, new_annotation_id  # noqa: E402
from storage import convert, writes  # noqa: E402
from storage.store import Store  # noqa: E402

DOC = "urn:sha256:" + "be" * 32
EMPTY_DOC = "urn:sha256:" + "00" * 32
TEXT = "全年地区生产总值增长百分之六左右，城镇新增就业四十五万人以上，居民消费价格涨幅控制在百分之三左右。" * 400


def highlight(n: int) -> Annotation:
    start = (n * 37) % (len(TEXT) - 40)
    end = start + 8 + n % 24
    return Annotation(id=new_annotation_id(), document_id=DOC, start=start, end=end,
                      quote=TextQuote.from_text(TEXT, start, end),
                      tags=("承诺",) if n % 3 else ("承诺", f"主题{n % 12}"),
                      note="" if n % 4 else f"第{n}条批注", author=f"读者{n % 5}")


def timed(action) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def median_of(repeat: int, action) -> float:
    return statistics.median(timed(action) for _ in range(repeat))


def raw_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute('CREATE TABLE IF NOT EXISTS raw (id TEXT PRIMARY KEY, document_id TEXT, start INT, '
                 '"end" INT, exact TEXT, prefix TEXT, suffix TEXT, note TEXT, created TEXT, modified TEXT)')
    conn.execute('CREATE INDEX IF NOT EXISTS raw_doc ON raw (document_id, start, "end")')
    return conn


def raw_rows(annotations: list[Annotation]) -> list[tuple]:
    return [(a.id, a.document_id, a.start, a.end, a.quote.exact, a.quote.prefix, a.quote.suffix,
             a.note, a.created.isoformat(), a.modified.isoformat()) for a in annotations]


def schema_floor(path: Path, batch: list[Annotation]) -> float:
    """Raw sqlite3: ``batch`` into a fresh store's schema with its tag links, in one durable
    transaction (names and rows prepared before the clock starts)."""
    Store.open(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for pragma in ("synchronous = FULL", "foreign_keys = ON"):
            conn.execute(f"PRAGMA {pragma}")
        conn.execute("INSERT INTO documents (id, first_seen, last_opened) VALUES (?, '', '')", (DOC,))
        conn.executemany("INSERT INTO authors (name) VALUES (?)", [(n,) for n in {a.author for a in batch}])
        conn.executemany("INSERT INTO tags (name) VALUES (?)", [(t,) for t in {t for a in batch for t in a.tags}])
        authors = dict(conn.execute("SELECT name, id FROM authors"))
        tags = dict(conn.execute("SELECT name, id FROM tags"))
        rows = [convert.annotation_row(a, authors[a.author]) for a in batch]
        links = [(a.id, tags[t], i) for a in batch for i, t in enumerate(a.tags)]

        def write() -> None:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(writes.INSERT_ANNOTATIONS, rows)
            conn.executemany(writes.INSERT_LINKS, links)
            conn.execute("COMMIT")

        return timed(write)
    finally:
        conn.close()


def line(label: str, measured: float, floor: float, floor_label: str, extra: str = "") -> None:
    print(row(f"  {label}", measured, floor, floor_label, extra=extra))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    count, repeat = args.count, args.repeat

    with tempfile.TemporaryDirectory(prefix="pizhu-bench-") as tmp:
        tmp_path = Path(tmp)
        print(f"Store benchmark: {count} highlights on one document, medians of {repeat} "
              f"(SQLite {sqlite3.sqlite_version})")

        # Bulk add: a fresh store (and a fresh raw table) for every run.
        bulk, raw_bulk, schema_bulk = [], [], []
        for run in range(max(3, repeat // 2)):
            batch = [highlight(n) for n in range(count)]
            with Store.open(tmp_path / f"bulk{run}.sqlite3") as store:
                bulk.append(timed(lambda: store.add_many(batch)))
            conn = raw_connection(tmp_path / f"raw{run}.sqlite3")
            rows = raw_rows(batch)

            def raw_insert() -> None:
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany("INSERT INTO raw VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
                conn.execute("COMMIT")

            raw_bulk.append(timed(raw_insert))
            conn.close()
            schema_bulk.append(schema_floor(tmp_path / f"schema{run}.sqlite3", batch))
        print("bulk add (one transaction)")
        line(f"Store.add_many({count})", statistics.median(bulk), statistics.median(raw_bulk),
             "raw executemany, no tags")
        line(f"Store.add_many({count})", statistics.median(bulk), statistics.median(schema_bulk),
             "raw sqlite3, store schema + tags")

        store = Store.open(tmp_path / "bulk0.sqlite3")
        conn = raw_connection(tmp_path / "raw0.sqlite3")
        try:
            loaded = store.annotations(DOC)
            assert len(loaded) == count
            panel = median_of(repeat, lambda: store.annotations(DOC))
            empty = median_of(repeat, lambda: store.annotations(EMPTY_DOC))
            raw_select = median_of(repeat, lambda: conn.execute(
                'SELECT * FROM raw WHERE document_id = ? ORDER BY start, "end"', (DOC,)).fetchall())
            def raw_empty_call() -> None:
                conn.execute("BEGIN")
                conn.execute('SELECT * FROM raw WHERE document_id = ? ORDER BY start, "end"', (EMPTY_DOC,)).fetchall()
                conn.execute("SELECT count(*) FROM raw WHERE document_id = ?", (EMPTY_DOC,)).fetchall()
                conn.execute("COMMIT")

            raw_empty = median_of(repeat, raw_empty_call)
            print("annotations panel query (all highlights of the document, with tags)")
            line(f"Store.annotations() → {count}", panel, raw_select, "raw SELECT of tuples")
            line("Store.annotations() → 0 (empty doc)", empty, raw_empty, "raw transaction, 2 SELECTs")

            singles = [highlight(count + n) for n in range(repeat * 3)]
            one = statistics.median(timed(lambda a=a: store.add(a)) for a in singles)
            raw_singles = raw_rows([highlight(n) for n in range(repeat * 3)])

            def raw_one(row) -> None:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("INSERT INTO raw VALUES (?,?,?,?,?,?,?,?,?,?)", row)
                conn.execute("COMMIT")

            raw_one_time = statistics.median(timed(lambda r=r: raw_one(r)) for r in raw_singles)
            print(f"add one highlight (one durable transaction, store already holding {count})")
            line("Store.add()", one, raw_one_time, "raw insert + commit")
            tags = median_of(repeat, lambda: store.tags(DOC))
            one_read = median_of(repeat, lambda: store.get(loaded[len(loaded) // 2].id))
            print("other")
            line("Store.tags(doc)", tags, empty, "Store.annotations() on empty doc")
            line("Store.get() (one, with tags)", one_read, empty, "Store.annotations() on empty doc")
        finally:
            conn.close()
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
