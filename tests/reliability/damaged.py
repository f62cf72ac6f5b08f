"""Helpers that damage real store files the ways the reliability probe does (no mocks)."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from document.annotation import Annotation, TextQuote
from storage.store import Store

WHEN = datetime(2024, 1, 16, 8, 30, tzinfo=timezone.utc)


def fill(path: Path, document_id: str, count: int) -> list[Annotation]:
    """A store at ``path`` with ``count`` tagged annotations of one document."""
    annotations = [
        Annotation(id=f"{i:08x}-0000-4000-8000-000000000000", document_id=document_id,
                   start=i * 10, end=i * 10 + 8, quote=TextQuote("经济运行稳中向好", "前文" * 16, "后文" * 16),
                   tags=("标签" + "ABCDE"[i % 5],), note="注意" * 10, created=WHEN, modified=WHEN)
        for i in range(count)
    ]
    with Store.open(path) as store:
        store.add_many(annotations)
    return annotations


def execute(path: Path, *statements: str) -> None:
    """Run SQL on the file behind Pizhu's back (foreign keys off, as any other tool would)."""
    connection = sqlite3.connect(path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def swap_index_page(path: Path, index: str = "ix_annotations_document") -> None:
    """Overwrite one leaf page of ``index`` with a copy of another: every page still looks
    valid (``quick_check`` passes), but the index no longer matches the table."""
    connection = sqlite3.connect(path)
    try:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        leaves = [row[0] for row in connection.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno", (index,))]
    finally:
        connection.close()
    assert len(leaves) >= 2, "the index needs two leaf pages"
    with path.open("r+b") as handle:
        handle.seek((leaves[0] - 1) * page_size)
        source = handle.read(page_size)
        handle.seek((leaves[-1] - 1) * page_size)
        handle.write(source)
