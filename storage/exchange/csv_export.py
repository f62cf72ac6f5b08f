"""CSV export: one row per annotation, for spreadsheets.

* UTF-8 with a BOM, because Excel otherwise reads UTF-8 as the local code page and garbles
  Chinese; CRLF row ends and RFC 4180 quoting (newlines inside notes stay in their cell).
* Columns (``fields.CSV_COLUMNS``): section, quote, tags (joined by "; "), note, author, created,
  modified (UTC ``…Z``), start, end (code points), color, state, page ("p. 12" for a report read
  from a PDF, else empty; last, so positional readers of older exports keep working), then the
  commitment columns (``fields.CSV_COMMITMENT_COLUMNS``: kind, indicator, value, unit,
  qualifier, horizon, strength, binding, category, status), empty for a highlight that is not a
  commitment.
* Formula injection guard: a text cell that begins with ``=``, ``+``, ``-``, ``@``, their
  full-width forms ``＝＋－＠`` (typed by Chinese input methods), a tab, a line break or NUL —
  also after leading blanks — gets a leading apostrophe, so a spreadsheet shows it as text
  instead of evaluating it (a quote or note such as ``=HYPERLINK(…)`` must never run).  Numeric columns
  (start, end) are written as numbers and are not touched.
* Tombstones are not rows: a spreadsheet is a reading copy, not an exchange file.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from document.annotation import Annotation, Commitment, commitment_field_text
from document.model import Document, page_label
from storage.exchange import fields as F
from storage.exchange.filters import section_label
from storage.exchange.values import format_time


def guard_cell(value: str) -> str:
    """Neutralise a cell a spreadsheet would evaluate as a formula (also behind leading blanks)."""
    if value.startswith(F.CSV_FORMULA_TRIGGERS) or value.lstrip(F.CSV_LEADING_BLANKS).startswith(F.CSV_FORMULA_TRIGGERS):
        return "'" + value
    return value


def commitment_cells(commitment: Commitment | None) -> list[str]:
    """The commitment columns of one row, as text (all empty for a plain highlight)."""
    if commitment is None:
        return [""] * len(F.CSV_COMMITMENT_COLUMNS)
    return [commitment.status.value if name == "status" else commitment_field_text(commitment, name)
            for name in F.CSV_COMMITMENT_COLUMNS]


def rows(document: Document | None, annotations: Sequence[Annotation]) -> list[list[str | int]]:
    table: list[list[str | int]] = [list(F.CSV_COLUMNS + F.CSV_COMMITMENT_COLUMNS)]
    for annotation in annotations:
        if annotation.deleted:
            continue
        text_cells = {
            "section": section_label(document, annotation.start),
            "page": page_label(document.page_at(annotation.start)) if document is not None else "",
            "quote": annotation.quote.exact,
            "tags": F.CSV_TAG_SEPARATOR.join(annotation.tags),
            "note": annotation.note,
            "author": annotation.author,
            "created": format_time(annotation.created),
            "modified": format_time(annotation.modified),
            "color": annotation.color,
            "state": annotation.state.value,
        }
        row: list[str | int] = []
        for column in F.CSV_COLUMNS:
            if column == "start":
                row.append(annotation.start)
            elif column == "end":
                row.append(annotation.end)
            else:
                row.append(guard_cell(text_cells[column]))
        row.extend(guard_cell(text) for text in commitment_cells(annotation.commitment))
        table.append(row)
    return table


def export_bytes(document: Document | None, annotations: Sequence[Annotation]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows(document, annotations))
    return buffer.getvalue().encode("utf-8-sig")
