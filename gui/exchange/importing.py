"""The import's two steps as plain functions the worker runs: a dry run, then the real merge.

Why a dry run first: the user sees exactly what the merge will do (added, updated, older
skipped, how many land in *Needs attention*) before the store changes, and a bad file is
rejected before any question is asked.  Both steps call the teammate's
:func:`storage.exchange.importer.import_bytes`, so the preview and the result follow the same
rules as ``pizhu import``.

A file whose target document the store has never seen is not an error here but a question:
:func:`preview` returns :class:`NeedsDocument` so the window can ask the user which report the
annotations belong to, then call :func:`preview` again with that document.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from document.model import Document

if TYPE_CHECKING:   # the exchange modules load when an import runs, not at start-up
    from storage.exchange.importer import ImportSummary


@dataclass(frozen=True)
class ImportPlan:
    """A validated file and what importing it would do (``summary`` is a dry run)."""

    path: str
    data: bytes
    document: Document | None      # the report the user chose, None: the file's own targets
    summary: "ImportSummary"
    targets: tuple[str, ...]       # titles of the documents that receive annotations
    items: int                     # annotations in the file, tombstones included
    target_ids: tuple[str, ...] = ()   # ids of those documents


@dataclass(frozen=True)
class NeedsDocument:
    """The file is valid but targets a document this store has not seen."""

    path: str
    data: bytes
    file_title: str                # the exporter's ``pizhu:documentTitle``, "" if none


@lru_cache(maxsize=1)
def _bundled() -> tuple[str, str]:
    """(id, title) of the bundled report, parsed once: the importer knows that document
    without a store row."""
    from document.loading import load_document

    document = load_document(None)
    return document.id, document.title


def bundled_id() -> str:
    return _bundled()[0]


def file_title(data: bytes) -> str:
    """The document title a Pizhu export carries (informative; other producers have none)."""
    from storage.exchange import fields as F
    from storage.exchange.w3c_parse import load_json

    try:
        root = load_json(data)
    except Exception:  # noqa: BLE001 - the parse proper reports problems
        return ""
    if not isinstance(root, dict):
        return ""
    value = root.get(F.ext(F.EXT_DOCUMENT_TITLE), root.get(F.ext_expanded(F.EXT_DOCUMENT_TITLE)))
    return value.strip()[:200] if isinstance(value, str) else ""


def _title(store: Any, source: str) -> str | None:
    record = store.document_record(source)
    if record is not None and record.text:
        return record.title or source
    if source == bundled_id():
        return _bundled()[1] or source
    return None


def preview(store: Any, path: str, document: Document | None = None, data: bytes | None = None) -> ImportPlan | NeedsDocument:
    """Read ``path`` (unless ``data`` is given), validate it whole and dry-run the merge.

    Raises :class:`~storage.exchange.errors.ExchangeError` for an unusable file; nothing is
    written either way.
    """
    from storage.exchange.importer import import_bytes, read_file
    from storage.exchange.w3c_parse import parse

    if data is None:
        data = read_file(path)
    incoming = parse(data)          # validates every item before anything else happens
    if document is not None:
        targets: tuple[str, ...] = (document.title or document.id,)
        target_ids: tuple[str, ...] = (document.id,)
    else:
        titles = []
        for source in sorted({item.source for item in incoming}):
            title = _title(store, source) if source else None
            if title is None:
                return NeedsDocument(path, data, file_title(data))
            titles.append(title)
        targets = tuple(dict.fromkeys(titles))
        target_ids = tuple(sorted({item.source for item in incoming}))
    summary = import_bytes(store, data, document=document, dry_run=True)
    return ImportPlan(path, data, document, summary, targets, len(incoming), target_ids)


def commit(store: Any, plan: ImportPlan) -> "ImportSummary":
    """Merge the planned file for real (one store transaction)."""
    from storage.exchange.importer import import_bytes

    return import_bytes(store, plan.data, document=plan.document)


def load_target(path: str) -> Document:
    """The report the user picked for a file whose target is unknown (runs in the worker)."""
    from document.loading import load_document

    return load_document(Path(path))


def summary_line(summary: "ImportSummary") -> str:
    """One status-bar line: what changed and what needs the user's eyes."""
    parts = [QCoreApplication.translate("ImportSummary", "%n added", "", summary.added),
             QCoreApplication.translate("ImportSummary", "%n updated", "", summary.updated)]
    if summary.unchanged:
        parts.append(QCoreApplication.translate("ImportSummary", "%n unchanged", "", summary.unchanged))
    if summary.older_skipped:
        parts.append(QCoreApplication.translate("ImportSummary", "%n older skipped", "", summary.older_skipped))
    if summary.deleted:
        parts.append(QCoreApplication.translate("ImportSummary", "%n deletion(s)", "", summary.deleted))
    if summary.reanchored:
        parts.append(QCoreApplication.translate("ImportSummary", "%n re-anchored", "", summary.reanchored))
    attention = summary.needs_review + summary.orphaned
    if attention:
        parts.append(QCoreApplication.translate("ImportSummary", "%n need(s) attention", "", attention))
    separator = QCoreApplication.translate("ImportSummary", ", ", "between the counts")
    line = QCoreApplication.translate("ImportSummary", "Imported annotations: {counts}")
    return line.format(counts=separator.join(parts))
