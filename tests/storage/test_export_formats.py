"""Markdown brief and CSV exports of the bundled report's annotations, plus the filters."""
from __future__ import annotations

import csv
import io
from datetime import datetime, timezone

import pytest

from document.annotation import Annotation, AnchorState, Commitment, TextQuote
from document.loading import load_document
from storage.exchange import csv_export, markdown_brief
from storage.exchange.errors import ExchangeError
from storage.exchange.fields import CSV_COLUMNS, CSV_COMMITMENT_COLUMNS
from storage.exchange.filters import ExportFilter, section_label, select


@pytest.fixture(scope="module")
def document():
    return load_document(None)


def _at(document, needle: str, ident: str, **changes) -> Annotation:
    start = document.text.index(needle)
    end = start + len(needle)
    values = dict(
        id=ident, document_id=document.id, start=start, end=end,
        quote=TextQuote.from_text(document.text, start, end),
        created=datetime(2024, 3, 5, 8, 0, tzinfo=timezone.utc),
        modified=datetime(2024, 3, 6, 9, 30, tzinfo=timezone.utc),
    )
    values.update(changes)
    return Annotation(**values)


@pytest.fixture(scope="module")
def annotations(document):
    later = document.entries()[-1]
    late_quote = document.text[later.start:later.start + 12]
    return [
        _at(document, late_quote, "late", tags=("作风",), author="乙"),
        _at(document, "全省地区生产总值增长 4.5% 左右", "gdp", tags=("GDP", "目标"), note="=HYPERLINK(\"x\")\n第二行 <b>粗</b>",
            author="甲", commitment=Commitment("地区生产总值", "4.5", "%", "左右", "2022"), state=AnchorState.CHANGED),
        _at(document, "各位代表", "intro", note="-1 开场", author="@丙"),
        _at(document, "推动高质量发展", "gone", deleted=True, tags=("GDP",)),
    ]


def test_csv_has_bom_header_rows_and_formula_guard(document, annotations):
    data = csv_export.export_bytes(document, select(annotations, document, ExportFilter()))
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    header = list(CSV_COLUMNS + CSV_COMMITMENT_COLUMNS)
    assert table[0] == header
    assert len(table) == 4  # the tombstone is not a row
    rows = {row[CSV_COLUMNS.index("quote")]: dict(zip(header, row)) for row in table[1:]}
    gdp = rows["全省地区生产总值增长 4.5% 左右"]
    assert [gdp[c] for c in CSV_COMMITMENT_COLUMNS] == [
        "pledge", "地区生产总值", "4.5", "%", "左右", "2022", "firm", "expected", "", "open"]
    assert all(rows["各位代表"][c] == "" for c in CSV_COMMITMENT_COLUMNS)
    assert gdp["note"].startswith("'=HYPERLINK") and "\n第二行" in gdp["note"]
    assert gdp["tags"] == "GDP; 目标" and gdp["state"] == "changed"
    assert gdp["created"] == "2024-03-05T08:00:00.000Z"
    assert gdp["section"].startswith("一、过去五年工作回顾")
    assert int(gdp["end"]) - int(gdp["start"]) == len("全省地区生产总值增长 4.5% 左右")
    intro = rows["各位代表"]
    assert intro["note"] == "'-1 开场" and intro["author"] == "'@丙"
    # Document order: start offsets ascend.
    starts = [int(row[CSV_COLUMNS.index("start")]) for row in table[1:]]
    assert starts == sorted(starts)


def test_guard_cell():
    for cell in ("=1+1", "+1", "-1", "@SUM", "\t=x", "\r=x"):
        assert csv_export.guard_cell(cell) == "'" + cell
    assert csv_export.guard_cell("正常") == "正常"


def test_markdown_brief_groups_by_section_in_outline_order(document, annotations):
    text = markdown_brief.render(document, annotations)
    assert text.startswith("# ")
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert len(headings) == 3
    assert headings[1].startswith("## 一、过去五年工作回顾")
    assert "gone" not in text
    assert "> 全省地区生产总值增长 4.5% 左右" in text
    assert "&lt;b&gt;" in text and "<b>" not in text  # no raw HTML from a note
    assert "- 标签：`GDP` `目标`" in text
    assert "- 作者：甲 · 创建 2024-03-05 08:00 UTC · 修改 2024-03-06 09:30 UTC" in text
    assert "- 定位：changed" in text
    assert "- 承诺：地区生产总值 4.5 % 左右 · 2022 · 状态 open" in text
    assert markdown_brief.render(document, annotations) == text  # deterministic


def test_filters(document, annotations):
    assert [a.id for a in select(annotations, document, ExportFilter(tag="gdp"))] == ["gdp"]
    with_tombstones = select(annotations, document, ExportFilter(tag="gdp", include_deleted=True))
    assert sorted(a.id for a in with_tombstones) == ["gdp", "gone"]
    assert [a.id for a in select(annotations, document, ExportFilter(author="乙"))] == ["late"]
    section = document.outline[1].title  # 一、过去五年工作回顾
    assert [a.id for a in select(annotations, document, ExportFilter(section=section))] == ["gdp"]
    with pytest.raises(ExchangeError, match="no section titled"):
        select(annotations, document, ExportFilter(section="不存在的章节"))


def test_section_label(document):
    entry = document.outline[2].children[0]
    assert section_label(document, entry.start).split(" › ") == [document.outline[2].title, entry.title]
    assert section_label(None, 10) == ""


def test_one_tag_rule_for_export_and_panel():
    from gui.annotations.filters import AnnotationFilter
    from storage.exchange.filters import tag_matcher

    matches = tag_matcher("承诺")
    assert [matches(t) for t in ("承诺", "承诺/经济", "承诺/经济/GDP", "承诺书", "其他/承诺")] == [
        True, True, True, False, False]
    assert tag_matcher("gdp")("GDP") and tag_matcher(" GDP/ ")("gdp/增速") and not tag_matcher("GDP")("GDPs")
    samples = [Annotation(id=str(i), document_id="d", start=0, end=1, quote=TextQuote("x"), tags=(tag,))
               for i, tag in enumerate(("承诺", "承诺/经济", "承诺书", "GDP", "gdp/增速"))]
    for wanted in ("承诺", "承诺/经济", "gdp", "GDP", "承"):
        exported = [a.id for a in select(samples, None, ExportFilter(tag=wanted))]
        panel = [a.id for a in samples if AnnotationFilter(tag=wanted).matcher()(a)]
        assert exported == panel, wanted
    assert [a.id for a in select(samples, None, ExportFilter(tag="承诺"))] == ["0", "1"]

