"""Big inputs read in linear time and bounded memory (issue 14, items 5 and 8).

Not timed: a size that used to be pathological must simply finish (in a few seconds on a
laptop); the very large cases are marked ``slow`` and still run by default (and in CI).  The
figures are measured by benchmarks/bench_parse.py.
"""
from __future__ import annotations

import pytest

from document.loading import parse_document
from document.model import BlockKind, RepairKind

SPLIT = "这是一段被分页切断的文字\n\n"          # the input: short pieces, no punctuation
SPLIT_CLAUSE = "这是一段被分页切断的文字，\n\n"  # pieces of one long sentence: every piece joins


def _pieces(count: int, piece: str):
    return parse_document((piece * count).encode("utf-8"), name="split.md")


def _check_refused(count: int) -> None:
    document = _pieces(count, SPLIT)
    assert len(document.blocks) == count        # short phrases in a row are a list, not a sentence
    assert document.text == "\n".join(["这是一段被分页切断的文字"] * count)


def _check_joined(count: int) -> None:
    document = _pieces(count, SPLIT_CLAUSE)
    assert len(document.blocks) == 1
    assert len(document.text) == count * 13
    joins = [r for r in document.repairs if r.kind is RepairKind.JOIN]
    assert len(joins) == count - 1 and joins[-1].offset == (count - 1) * 13


def test_page_break_repair_of_80000_pieces():
    _check_refused(80_000)
    _check_joined(80_000)


@pytest.mark.slow
def test_page_break_repair_of_300000_pieces():
    _check_refused(300_000)
    _check_joined(300_000)


def _table(rows: int) -> bytes:
    body = "".join(f"| 项目{i} | {i}.5 | 说明文字 |\n" for i in range(rows))
    return ("| 指标 | 数值 | 备注 |\n|---|---|---|\n" + body + "\n表后的段落。\n").encode("utf-8")


def _check_table(rows: int) -> None:
    document = parse_document(_table(rows), name="table.md")
    cells = document.blocks[:-1]
    assert len(cells) == 3 * (rows + 1)
    assert all(block.kind is BlockKind.TABLE_CELL for block in cells)
    last = cells[-1]
    assert (last.table_row, last.table_col) == (rows, 2)
    assert document.text[last.start:last.end] == "说明文字"
    row = cells[-3]
    assert document.text[row.start:row.end] == f"项目{rows - 1}"
    assert document.text.endswith("表后的段落。")


def test_tall_table_of_50000_rows():
    _check_table(50_000)


@pytest.mark.slow
def test_tall_table_of_500000_rows():
    _check_table(500_000)
