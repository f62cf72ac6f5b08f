"""Rendering an export and writing it safely — shared by ``pizhu export`` and the GUI.

W3C exports include tombstones so teammates learn about deletions; the Markdown brief and the
CSV are reading copies and leave them out.  Files are written to a temporary sibling, synced
and renamed, so a failed export never leaves half a file where the user expects a whole one.
"""
from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from document.annotation import Annotation, StatusEntry
from document.model import Document
from document.ui_text import translatable
from storage.exchange import csv_export, markdown_brief, w3c
from storage.exchange.errors import ExchangeError
from storage.exchange.filters import ExportFilter, select


Histories = Mapping[str, Sequence[StatusEntry]]
#: (document, annotations, commitment histories or None) → the file's bytes
Renderer = Callable[[Document, list[Annotation], "Histories | None"], bytes]


@dataclass(frozen=True)
class ExportFormat:
    """One export format: everything ``pizhu export`` and the GUI's export dialog need.

    To add a format, add an entry to :data:`EXPORT_FORMATS` (and its renderer module); the
    command line's ``--format`` choices and the GUI's format list both come from here.
    """

    id: str                          # the --format value
    description: str                 # one line for people (English; the GUI shows it translated)
    suffix: str                      # default file suffix
    file_type: str                   # the save dialog's name for such files
    patterns: tuple[str, ...]        # the save dialog's patterns
    include_deleted: bool            # tombstones travel (only the exchange file needs them)
    render: Renderer
    with_histories: bool = False     # commitment status histories travel (the exchange file)

    @property
    def file_filter(self) -> str:
        """``W3C Web Annotations (*.jsonld *.json)``: one entry of a file dialog's filter."""
        return f"{self.file_type} ({' '.join(self.patterns)})"


EXPORT_FORMATS: dict[str, ExportFormat] = {f.id: f for f in (
    ExportFormat("w3c", translatable("ExportFormats", "W3C Web Annotation (JSON-LD) — for teammates"), ".jsonld",
                 translatable("ExportFormats", "W3C Web Annotations"),
                 ("*.jsonld", "*.json"), True,
                 lambda document, annotations, histories: w3c.export_bytes(
                     document.id, annotations, title=document.title,
                     page_at=document.page_at if document.page_starts else None, histories=histories),
                 with_histories=True),
    ExportFormat("markdown", translatable("ExportFormats", "Markdown brief — to read or share"), ".md",
                 translatable("ExportFormats", "Markdown"), ("*.md",), False,
                 lambda document, annotations, _histories: markdown_brief.export_bytes(document, annotations)),
    ExportFormat("csv", translatable("ExportFormats", "CSV table — for spreadsheets"), ".csv",
                 translatable("ExportFormats", "CSV"), ("*.csv",), False,
                 lambda document, annotations, _histories: csv_export.export_bytes(document, annotations)),
)}
FORMAT_IDS = tuple(EXPORT_FORMATS)


def export_format(fmt: str) -> ExportFormat:
    try:
        return EXPORT_FORMATS[fmt]
    except KeyError:
        raise ExchangeError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMAT_IDS)}") from None


def export_filter(fmt: str, tag: str | None = None, author: str | None = None,
                  section: str | None = None) -> ExportFilter:
    """The filter for ``fmt``: only the W3C exchange file carries tombstones."""
    return ExportFilter(tag=tag, author=author, section=section, include_deleted=export_format(fmt).include_deleted)


def chosen(store: Any, document: Document, wanted: ExportFilter) -> list[Annotation]:
    """The annotations an export will contain, in document order."""
    stored = store.annotations(document.id, include_deleted=wanted.include_deleted)
    return select(stored, document, wanted)


def render(fmt: str, document: Document, annotations: list[Annotation],
           histories: Histories | None = None) -> bytes:
    """The export file; ``histories`` (``Store.commitment_histories``) travel in the W3C file."""
    return export_format(fmt).render(document, annotations, histories)


def export_data(store: Any, document: Document, fmt: str, wanted: ExportFilter) -> tuple[bytes, int]:
    """The file ``fmt`` for what ``wanted`` chooses, and how many live annotations it holds:
    the one road from the store to a file, for ``pizhu export`` and the export dialog."""
    annotations = chosen(store, document, wanted)
    histories = store.commitment_histories(document.id) if export_format(fmt).with_histories else None
    return render(fmt, document, annotations, histories), sum(1 for a in annotations if not a.deleted)


def write_atomically(data: bytes, target: str | os.PathLike) -> None:
    """Write ``data`` to a temporary file beside ``target``, sync it, then rename it into place.

    * Mode: a new file gets what any new file gets (0666 less the umask; the temporary is
      created with that mode, so the kernel applies the umask — no process-wide ``umask()``
      dance in a multi-threaded GUI); overwriting keeps the existing file's permission bits.
    * Durability: the data is fsynced before the rename and the directory after it, so a power
      cut leaves either the old file or the whole new one, never an empty file.
    """
    target = Path(target)
    if target.is_dir():
        raise ExchangeError(f"{target}: is a directory")
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise ExchangeError(f"{target}: directory {directory} does not exist")
    temporary: Path | None = None
    try:
        keep_mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else None
        temporary, handle = _create_temporary(directory)
        with os.fdopen(handle, "wb") as stream:
            if keep_mode is not None:
                os.chmod(temporary, keep_mode)
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
        temporary = None
        _sync_directory(directory)
    except OSError as error:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        raise ExchangeError(f"{target}: cannot write ({error.strerror or error})") from None


def _create_temporary(directory: Path) -> tuple[Path, int]:
    """A new, exclusively created file in ``directory`` (mode 0666 less the umask)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        candidate = directory / f".pizhu-export-{secrets.token_hex(6)}"
        try:
            return candidate, os.open(candidate, flags, 0o666)
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {directory}")


def _sync_directory(directory: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    handle = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
