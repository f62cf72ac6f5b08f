"""The Store's bulk writes of annotation rows and tag links, as plain ``executemany`` calls.

Why not ``session.execute(insert(AnnotationRow), dicts)``: that is SQLAlchemy's ORM bulk path,
which groups rows by the set of keys whose value is not None and sends each group separately.
An annotation without an author or without a commitment leaves a NULL, so a realistic batch of
10,000 mixed annotations became ~3,500 single-row statements, each through the ORM's
per-statement machinery: most of the time of ``Store.add_many``, of an import and of a team
sync's first pull.  Here each kind of write is one statement text, built once from the table
metadata (so it follows the schema), and the rows go to the driver's ``executemany`` as
tuples, inside the caller's transaction.

Nothing about what is written changes: the same columns and values
(:func:`storage.convert.annotation_row`), and the ``sync_log`` triggers fire for every inserted
row and every update of ``modified``/``deleted`` exactly as they did — they belong to the
table, not to the statement that writes it.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.dialects import sqlite

from storage.convert import ANNOTATION_WRITE_COLUMNS
from storage.schema import AnnotationRow, AnnotationTagRow, DocumentRow

_QUOTE = sqlite.dialect().identifier_preparer


def _insert_sql(table: Table, columns: Sequence[str]) -> str:
    names = ", ".join(_QUOTE.quote(table.c[name].name) for name in columns)
    return f"INSERT INTO {_QUOTE.format_table(table)} ({names}) VALUES ({', '.join('?' * len(columns))})"


def _update_sql(table: Table, columns: Sequence[str], key: str) -> str:
    assignments = ", ".join(f"{_QUOTE.quote(table.c[name].name)} = ?" for name in columns)
    return f"UPDATE {_QUOTE.format_table(table)} SET {assignments} WHERE {_QUOTE.quote(key)} = ?"


_ANNOTATIONS: Table = AnnotationRow.__table__  # type: ignore[assignment]
_LINKS: Table = AnnotationTagRow.__table__  # type: ignore[assignment]
# The id is not rewritten by an update: it is the WHERE key, appended last to each row.
_UPDATED_COLUMNS = ANNOTATION_WRITE_COLUMNS[1:]
INSERT_ANNOTATIONS = _insert_sql(_ANNOTATIONS, ANNOTATION_WRITE_COLUMNS)
UPDATE_ANNOTATIONS = _update_sql(_ANNOTATIONS, _UPDATED_COLUMNS, "id")
INSERT_LINKS = _insert_sql(_LINKS, ("annotation_id", "tag_id", "position"))


def insert_annotations(connection: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    """New ``annotations`` rows, in :data:`storage.convert.ANNOTATION_WRITE_COLUMNS` order."""
    if rows:
        connection.exec_driver_sql(INSERT_ANNOTATIONS, list(rows))


def update_annotations(connection: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    """Overwrite existing rows (same tuples as :func:`insert_annotations`): every column but
    the id, so ``modified`` is always among those set and the update trigger logs the write."""
    if rows:
        connection.exec_driver_sql(UPDATE_ANNOTATIONS, [row[1:] + row[:1] for row in rows])


def insert_links(connection: Connection, links: Sequence[tuple[str, int, int]]) -> None:
    """``annotation_tags`` rows as (annotation id, tag id, position)."""
    if links:
        connection.exec_driver_sql(INSERT_LINKS, list(links))


# --- the small statements around them, in the same style ----------------------------------------
# One ``Store.add`` is about eight statements; through SQLAlchemy's expression layer each costs
# building, cache-keying and result adaptation worth far more than SQLite's own work (a
# single-row insert is ~0.3 ms with its fsync), so these are driver statements too.

CHUNK = 500  # values per IN (...) list; far below SQLite's variable limit
_DOCUMENTS: Table = DocumentRow.__table__  # type: ignore[assignment]
_PLACEHOLDER_DOCUMENT = (
    _insert_sql(_DOCUMENTS, ("id", "first_seen", "last_opened")) + " ON CONFLICT DO NOTHING")


def _in_list(count: int) -> str:
    return f"({', '.join('?' * count)})"


def existing_ids(connection: Connection, ids: Sequence[str]) -> set[str]:
    """Which of ``ids`` the ``annotations`` table holds."""
    found: set[str] = set()
    unique = list(dict.fromkeys(ids))
    for i in range(0, len(unique), CHUNK):
        chunk = unique[i:i + CHUNK]
        found.update(row[0] for row in connection.exec_driver_sql(
            f"SELECT id FROM {_QUOTE.format_table(_ANNOTATIONS)} WHERE id IN {_in_list(len(chunk))}",
            tuple(chunk)))
    return found


def placeholder_documents(connection: Connection, document_ids: Sequence[str], now: str) -> None:
    """A ``documents`` row (no title, no text) for each id not recorded yet."""
    if document_ids:
        connection.exec_driver_sql(_PLACEHOLDER_DOCUMENT, [(d, now, now) for d in document_ids])


def name_ids(connection: Connection, table: Table, names: Sequence[str]) -> dict[str, int]:
    """The row ids of ``names`` in a ``(id, name UNIQUE)`` table, adding the missing names."""
    wanted = sorted(set(names))
    found = _name_ids(connection, table, wanted)
    missing = [n for n in wanted if n not in found]
    if missing:  # usually none: a tag or author is new once, then reused
        connection.exec_driver_sql(
            f"INSERT INTO {_QUOTE.format_table(table)} (name) VALUES (?) ON CONFLICT DO NOTHING",
            [(n,) for n in missing])
        found.update(_name_ids(connection, table, missing))
    return found


def _name_ids(connection: Connection, table: Table, names: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i in range(0, len(names), CHUNK):
        chunk = names[i:i + CHUNK]
        found.update(tuple(row) for row in connection.exec_driver_sql(
            f"SELECT name, id FROM {_QUOTE.format_table(table)} WHERE name IN {_in_list(len(chunk))}",
            tuple(chunk)))
    return found


def chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    """``items`` in runs of :data:`CHUNK`, for ``IN (...)`` lists of any length."""
    for i in range(0, len(items), CHUNK):
        yield items[i:i + CHUNK]
