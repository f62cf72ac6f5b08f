"""The commitment ledger as a spreadsheet: CSV, or an Excel workbook (XLSX).

One row per ledger entry (tracked commitments and untracked suggestions), the columns of
``LEDGER_COLUMNS``.  The workbook has two sheets:

* **Commitments** — the rows with typed cells: a value that is a plain number is a number
  (``2.5``), ranges and relations stay text (``2-3``, ``与经济增长同步``); offsets are integers,
  ``tracked`` a boolean and the time of the last status change a date-time (UTC); the header row
  is frozen and filterable.
* **Summary** — counts by category (rows) and status (columns, ``untracked`` for suggestions),
  with totals.

Why XlsxWriter (see docs/commitments.md): it only writes, fast and in constant memory, and
``write_string`` stores text as text, never as a formula, whatever it starts with.  Text cells
still go through the CSV formula guard (:func:`storage.exchange.csv_export.guard_cell`) so a cell
copied out of the sheet or re-saved as CSV cannot run either, and characters XML forbids (NUL and
other C0 controls) become U+FFFD instead of breaking the file.
"""
from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from document.annotation import COMMITMENT_FIELDS, CommitmentStatus, commitment_field_text
from document.commitment_lexicon import CATEGORY_NAMES
from storage.exchange.csv_export import guard_cell
from storage.exchange.errors import ExchangeError
from storage.ledger import LedgerEntry

# Formats of ``pizhu commitments --format`` and of the panel's export: the one list.
LEDGER_FORMATS: dict[str, str] = {"csv": ".csv", "xlsx": ".xlsx"}
LEDGER_FORMAT_IDS = tuple(LEDGER_FORMATS)

LEDGER_COLUMNS = (
    "section", "quote", *COMMITMENT_FIELDS, "tracked", "status", "status_at", "status_by", "status_note",
    "status_source", "start", "end",
)
UNTRACKED = "untracked"  # the summary's column for suggestions
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def entry_row(entry: LedgerEntry) -> dict[str, Any]:
    """One ledger entry as column → value (text, int, bool; ``status_at`` a datetime or None)."""
    last = entry.history[-1] if entry.history else None
    row: dict[str, Any] = {"section": entry.section, "quote": entry.quote}
    row.update({name: commitment_field_text(entry.commitment, name) for name in COMMITMENT_FIELDS})
    row.update({
        "tracked": entry.tracked,
        "status": entry.status.value if entry.status is not None else "",
        "status_at": last.at if last else None,
        "status_by": last.author if last else "",
        "status_note": last.note if last else "",
        "status_source": last.source if last else "",
        "start": entry.start,
        "end": entry.end,
    })
    return row


def _text(value: Any) -> str:
    from storage.exchange.values import format_time

    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if hasattr(value, "tzinfo"):
        return format_time(value)
    return str(value)


def ledger_csv(entries: Sequence[LedgerEntry]) -> bytes:
    """UTF-8 with a BOM, CRLF rows, every text cell through the formula guard (as csv_export)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(LEDGER_COLUMNS)
    for entry in entries:
        row = entry_row(entry)
        writer.writerow([row[c] if c in ("start", "end") else guard_cell(_text(row[c])) for c in LEDGER_COLUMNS])
    return buffer.getvalue().encode("utf-8-sig")


def summary_counts(entries: Sequence[LedgerEntry]) -> tuple[list[str], list[str], Counter]:
    """(categories, status columns, counts by (category, column)) for the summary sheet."""
    counts: Counter = Counter()
    for entry in entries:
        column = entry.status.value if entry.status is not None else UNTRACKED
        counts[(entry.commitment.category, column)] += 1
    present = {category for category, _column in counts}
    categories = [c for c in CATEGORY_NAMES if c in present] + sorted(present - set(CATEGORY_NAMES))
    columns = [status.value for status in CommitmentStatus] + [UNTRACKED]
    return categories, columns, counts


def _clean(text: str) -> str:
    return _XML_ILLEGAL.sub("\ufffd", guard_cell(text))


def ledger_xlsx(entries: Sequence[LedgerEntry], title: str = "") -> bytes:
    """The workbook (see the module documentation)."""
    import xlsxwriter  # imported when a workbook is written, not at start-up

    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {
        "in_memory": True, "strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False,
    })
    workbook.set_properties({"title": _clean(title) if title else "Commitments", "comments": "Pizhu"})
    bold = workbook.add_format({"bold": True})
    when = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    sheet = workbook.add_worksheet("Commitments")
    for column, name in enumerate(LEDGER_COLUMNS):
        sheet.write_string(0, column, name, bold)
    for line, entry in enumerate(entries, start=1):
        row = entry_row(entry)
        for column, name in enumerate(LEDGER_COLUMNS):
            value = row[name]
            if name in ("start", "end"):
                sheet.write_number(line, column, value)
            elif name == "tracked":
                sheet.write_boolean(line, column, value)
            elif name == "status_at":
                if value is not None:
                    sheet.write_datetime(line, column, value.replace(tzinfo=None), when)
            elif name == "value" and _NUMBER.match(value):
                sheet.write_number(line, column, float(value))
            elif value:
                sheet.write_string(line, column, _clean(str(value)))
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(entries), 1), len(LEDGER_COLUMNS) - 1)
    widths = {"section": 28, "quote": 48, "indicator": 24, "status_at": 16, "status_note": 30}
    for column, name in enumerate(LEDGER_COLUMNS):
        sheet.set_column(column, column, widths.get(name, 10))
    _summary(workbook.add_worksheet("Summary"), entries, bold)
    workbook.close()
    return buffer.getvalue()


def _summary(sheet: Any, entries: Sequence[LedgerEntry], bold: Any) -> None:
    categories, columns, counts = summary_counts(entries)
    sheet.write_string(0, 0, "category", bold)
    for index, column in enumerate(columns + ["total"], start=1):
        sheet.write_string(0, index, column, bold)
    for line, category in enumerate(categories + ["total"], start=1):
        sheet.write_string(line, 0, _clean(category), bold if category == "total" else None)
        for index, column in enumerate(columns, start=1):
            if category == "total":
                value = sum(counts[(c, column)] for c in categories)
            else:
                value = counts[(category, column)]
            sheet.write_number(line, index, value)
        total = sum(counts[(c, col)] for c in (categories if category == "total" else [category]) for col in columns)
        sheet.write_number(line, len(columns) + 1, total)
    sheet.set_column(0, 0, 12)
    sheet.freeze_panes(1, 1)


def render_ledger(fmt: str, entries: Sequence[LedgerEntry], title: str = "") -> bytes:
    if fmt == "csv":
        return ledger_csv(entries)
    if fmt == "xlsx":
        return ledger_xlsx(entries, title)
    raise ExchangeError(f"unknown ledger format {fmt!r}; expected one of {', '.join(LEDGER_FORMAT_IDS)}")
