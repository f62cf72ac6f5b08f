"""The export dialog's request and the export itself, through storage/exchange/exporting.py
(the same rules and the same list of formats as ``pizhu export``).  The exchange modules are
imported when an export runs, not at start-up.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from document.annotation import Annotation
from document.model import Document

if TYPE_CHECKING:
    from storage.exchange.exporting import ExportFormat
    from storage.exchange.filters import ExportFilter


def formats() -> dict[str, "ExportFormat"]:
    """Every export format, in the order offered (owned by storage/exchange/exporting.py)."""
    from storage.exchange.exporting import EXPORT_FORMATS

    return EXPORT_FORMATS


@dataclass(frozen=True)
class ExportRequest:
    """What the export dialog gathered: a format and the filters (None: no filter)."""

    format: str
    tag: str | None = None
    author: str | None = None
    section: str | None = None

    @property
    def filter(self) -> "ExportFilter":
        from storage.exchange.exporting import export_filter

        return export_filter(self.format, self.tag, self.author, self.section)


def chosen(store: Any, document: Document, request: ExportRequest) -> list[Annotation]:
    """The annotations the export will contain, in document order."""
    from storage.exchange.exporting import chosen as chosen_for_filter

    return chosen_for_filter(store, document, request.filter)


def export(store: Any, document: Document, request: ExportRequest, target: str) -> int:
    """Render the chosen annotations and write them to ``target``; returns how many (live ones)."""
    from storage.exchange.exporting import export_data, write_atomically

    data, count = export_data(store, document, request.format, request.filter)
    write_atomically(data, target)
    return count


def default_name(document: Document, fmt: str) -> str:
    """``<title> annotations.jsonld`` (``<title> 批注.jsonld`` in Chinese), with characters file
    systems dislike replaced."""
    title = (document.title or "").strip()
    safe = "".join("_" if c in '\\/:*?"<>|' else c for c in title)[:80].strip()
    name = (QCoreApplication.translate("Export", "{title} annotations").format(title=safe) if safe
            else QCoreApplication.translate("Export", "annotations"))
    return name + formats()[fmt].suffix
