"""CSV cells a spreadsheet could evaluate are neutralised, including the forms Chinese input
methods produce (full-width ＝＋－＠) and leading NUL/whitespace before a trigger (14.9)."""
from __future__ import annotations

import csv
import io
from datetime import datetime, timezone

import pytest

from document.annotation import Annotation, TextQuote
from storage.exchange import csv_export

DANGEROUS = ["=1+1", "+1", "-1", "@SUM(A1)", "\t=x", "\r=x", "\x00=1+1", "＝1+1", "＋1", "－1", "＠SUM(A1)",
             " =1+1", "\u3000＝HYPERLINK(\"http://x\")", "\n=1", "\x00"]
HARMLESS = ["正常", "1", "a=b", "（一）", "", "批注 =1"]


@pytest.mark.parametrize("cell", DANGEROUS)
def test_dangerous_cells_get_an_apostrophe(cell):
    assert csv_export.guard_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", HARMLESS)
def test_harmless_cells_are_left_alone(cell):
    assert csv_export.guard_cell(cell) == cell


def test_every_text_column_is_guarded_in_the_file():
    t0 = datetime(2024, 1, 1, tzinfo=timezone.utc)
    annotation = Annotation(id="x", document_id="d", start=0, end=3, quote=TextQuote("＝1+1"),
                            tags=("＠tag",), note="\x00=cmd", author="－me", created=t0, modified=t0)
    table = list(csv.reader(io.StringIO(csv_export.export_bytes(None, [annotation]).decode("utf-8-sig"))))
    row = dict(zip(table[0], table[1]))
    for column in ("quote", "tags", "note", "author"):
        assert row[column].startswith("'"), column
