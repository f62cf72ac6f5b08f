"""The ledger table's columns: one list, in display order, with what each shows and edits.

``field`` names the commitment field a column edits inline (``status`` goes through a dated
status change instead); ``shown`` is the default set, chosen to fit the panel below the reader at
the default window size — the others are a header context-menu away.  ``sample`` sizes the column
(the text it should show whole at the default font).
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_C = "LedgerColumns"


@dataclass(frozen=True)
class Column:
    id: str
    header: str            # English, translated when shown (see header_text)
    field: str = ""        # the commitment field edited inline ("" = read-only)
    shown: bool = True
    sample: str = ""       # the text the default width fits
    tip: str = ""


COLUMNS: tuple[Column, ...] = (
    Column("section", QT_TRANSLATE_NOOP(_C, "Section"), sample="三（十）",
           tip=QT_TRANSLATE_NOOP(_C, "Where the passage is in the outline (sorts in document order)")),
    Column("indicator", QT_TRANSLATE_NOOP(_C, "Indicator"), field="indicator", sample="地区生产总值增长"),
    Column("value", QT_TRANSLATE_NOOP(_C, "Value"), field="value", sample="建成通车"),
    Column("unit", QT_TRANSLATE_NOOP(_C, "Unit"), field="unit", sample="个百分点"),
    Column("qualifier", QT_TRANSLATE_NOOP(_C, "Qualifier"), field="qualifier", sample="力争 以上"),
    Column("horizon", QT_TRANSLATE_NOOP(_C, "Horizon"), field="horizon", sample="2023-2027"),
    Column("category", QT_TRANSLATE_NOOP(_C, "Category"), field="category", sample="政府建设"),
    Column("status", QT_TRANSLATE_NOOP(_C, "Status"), field="status", sample="● 四个汉字"),
    Column("kind", QT_TRANSLATE_NOOP(_C, "Kind"), field="kind", shown=False, sample="四个汉字"),
    Column("strength", QT_TRANSLATE_NOOP(_C, "Strength"), field="strength", shown=False, sample="力争"),
    Column("binding", QT_TRANSLATE_NOOP(_C, "Binding"), field="binding", shown=False, sample="约束性"),
    Column("changed", QT_TRANSLATE_NOOP(_C, "Last Change"), shown=False, sample="2024-03-05 09:30",
           tip=QT_TRANSLATE_NOOP(_C, "When the status last changed, and by whom")),
    Column("quote", QT_TRANSLATE_NOOP(_C, "Passage"), shown=False, sample="确保粮食产量稳定在280亿斤以上"),
)
COLUMN_IDS = tuple(c.id for c in COLUMNS)
COLUMN_INDEX = {c.id: i for i, c in enumerate(COLUMNS)}
STRETCH_COLUMN = "indicator"


def header_text(column: Column) -> str:
    return QCoreApplication.translate(_C, column.header)


def header_tip(column: Column) -> str:
    return QCoreApplication.translate(_C, column.tip) if column.tip else ""
