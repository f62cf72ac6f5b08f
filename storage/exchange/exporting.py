"""Rendering an export and writing it safely — shared by ``pizhu export`` and the GUI.

W3C exports include tombstones so teammates learn about deletions; the Markdown brief and the
CSV are reading copies and leave them out.  Files are written to a temporary sibling and
renamed, so a failed export never leaves half a file where the user expects a whole one.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from collections.abc import Mapping, Sequence

from document.annotation import Annotation, StatusEntry
from document.model import Document
from storage.exchange import csv_export, markdown_brief, w3c
from storage.exchange.errors import ExchangeError
from storage.exchange.filters import ExportFilter, select

FORMAT_IDS = ("w3c", "markdown", "csv")


def export_filter(fmt: str, tag: str | None = None, author: str | None = None,
                  section: str | None = None) -> ExportFilter:
    """The filter for ``fmt``: only the W3C exchange file carries tombstones."""
    return ExportFilter(tag=tag, author=author, section=section, include_deleted=fmt == "w3c")


def chosen(store: Any, document: Document, wanted: ExportFilter) -> list[Annotation]:
    """The annotations an export will contain, in document order."""
    stored = store.annotations(document.id, include_deleted=wanted.include_deleted)
    return select(stored, document, wanted)


def render(fmt: str, document: Document, annotations: list[Annotation],
           histories: Mapping[str, Sequence[StatusEntry]] | None = None) -> bytes:
    """The export file; ``histories`` (``Store.commitment_histories``) travel in the W3C file."""
    if fmt == "w3c":
        page_at = document.page_at if document.page_starts else None
        return w3c.export_bytes(document.id, annotations, title=document.title, page_at=page_at,
                                histories=histories)
    if fmt == "markdown":
        return markdown_brief.export_bytes(document, annotations)
    if fmt == "csv":
        return csv_export.export_bytes(document, annotations)
    raise ExchangeError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMAT_IDS)}")


def export_data(store: Any, document: Document, fmt: str, wanted: ExportFilter) -> tuple[bytes, int]:
    """The file ``fmt`` for what ``wanted`` chooses, and how many live annotations it holds:
    the one road from the store to a file, for ``pizhu export`` and the export dialog."""
    annotations = chosen(store, document, wanted)
    histories = store.commitment_histories(document.id) if fmt == "w3c" else None
    return render(fmt, document, annotations, histories), sum(1 for a in annotations if not a.deleted)


def write_atomically(data: bytes, target: str | os.PathLike) -> None:
    """Write ``data`` to a temporary file beside ``target``, then rename it into place."""
    target = Path(target)
    if target.is_dir():
        raise ExchangeError(f"{target}: is a directory")
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise ExchangeError(f"{target}: directory {directory} does not exist")
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=".pizhu-export-", dir=directory)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, target)
    except OSError as error:
        if temporary and os.path.exists(temporary):
            os.unlink(temporary)
        raise ExchangeError(f"{target}: cannot write ({error.strerror or error})") from None
