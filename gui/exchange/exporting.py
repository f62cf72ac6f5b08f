"""Rendering and writing an export — the same formats and rules as ``pizhu export``.

The GUI may not import the CLI package (the dependency arrows point pizhu → gui), so the three
lines that pick a renderer are repeated here rather than shared.  W3C exports include
tombstones so teammates learn about deletions; the Markdown brief and the CSV are reading
copies and leave them out.  The file is written to a temporary sibling and renamed, so a failed
export never leaves half a file where the user expects a whole one.
"""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from document.annotation import Annotation
from document.model import Document
from storage.exchange import csv_export, markdown_brief, w3c
from storage.exchange.errors import ExchangeError
from storage.exchange.filters import ExportFilter, select

# format id → (label, file suffix, save-dialog filter)
FORMATS: dict[str, tuple[str, str, str]] = {
    "w3c": ("W3C Web Annotation (JSON-LD) — for teammates", ".jsonld", "W3C Web Annotations (*.jsonld *.json)"),
    "markdown": ("Markdown brief — to read or share", ".md", "Markdown (*.md)"),
    "csv": ("CSV table — for spreadsheets", ".csv", "CSV (*.csv)"),
}


@dataclass(frozen=True)
class ExportRequest:
    """What the export dialog gathered: a format and the filters (None: no filter)."""

    format: str
    tag: str | None = None
    author: str | None = None
    section: str | None = None

    @property
    def filter(self) -> ExportFilter:
        return ExportFilter(tag=self.tag, author=self.author, section=self.section,
                            include_deleted=self.format == "w3c")


def chosen(store: Any, document: Document, request: ExportRequest) -> list[Annotation]:
    """The annotations the export will contain, in document order."""
    wanted = request.filter
    stored = store.annotations(document.id, include_deleted=wanted.include_deleted)
    return select(stored, document, wanted)


def render(fmt: str, document: Document, annotations: list[Annotation]) -> bytes:
    if fmt == "w3c":
        return w3c.export_bytes(document.id, annotations, title=document.title)
    if fmt == "markdown":
        return markdown_brief.export_bytes(document, annotations)
    if fmt == "csv":
        return csv_export.export_bytes(document, annotations)
    raise ExchangeError(f"unknown export format {fmt!r}")


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


def export(store: Any, document: Document, request: ExportRequest, target: str) -> int:
    """Render the chosen annotations and write them to ``target``; returns how many (live ones)."""
    annotations = chosen(store, document, request)
    write_atomically(render(request.format, document, annotations), target)
    return sum(1 for a in annotations if not a.deleted)


def default_name(document: Document, fmt: str) -> str:
    """``<title> 批注.jsonld``, with characters file systems dislike replaced."""
    title = (document.title or "annotations").strip()
    safe = "".join("_" if c in '\\/:*?"<>|' else c for c in title)[:80].strip() or "annotations"
    return f"{safe} 批注{FORMATS[fmt][1]}"
