"""The fast paths around markdown-it (document/prescan.py) change nothing but speed.

Generated Markdown — plain chunks, inline markup, lists, quotes, fences, HTML blocks and
comments, headings, small and tall tables, trailing spaces, ideographic indents — must read
exactly as it does with markdown-it alone: same canonical text, blocks and repairs.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import document.blocks as blocks_module
import document.prescan as prescan_module
from document.pipeline import assemble

LINES = [
    "这是一段普通的文字。", "第二句没有句号", "English words here", "数字 2024 年增长 5%", "\u3000\u3000缩进的段落。",
    "带*强调*的句子。", "带**加粗**的句子。", "`代码`片段。", "[链接](http://example.org)文字。", "<b>标签</b>文字。",
    "&amp; 实体。", "~~删除~~文字。", "行尾两个空格  ", "反斜杠\\", "- 列表项", "1. 有序项", "2) 另一种有序项",
    "> 引用的话", "# 标题", "## 一、章节", "    缩进代码", "```", "~~~", "<!-- 注释 -->", "<!--", "-->",
    "<div>", "</div>", "---", "===", "| 甲 | 乙 |", "|---|---|", "| 1 | 2 |", "| *3* | 4 |", "[ref]: http://x.org",
    "一、总体要求", "（一）稳增长", "附件1", "—— 12 ——", "12", "",
]


def _same(source: str) -> None:
    fast = assemble(blocks_module.parse_blocks(source))
    slow = assemble(blocks_module.parse_blocks(source, fast_paths=False))
    assert fast.text == slow.text
    assert fast.blocks == slow.blocks
    assert fast.repairs == slow.repairs


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(LINES), min_size=1, max_size=40))
def test_generated_markdown_reads_the_same(lines):
    _same("\n".join(lines))


def test_tall_tables_read_the_same(monkeypatch):
    monkeypatch.setattr(prescan_module, "TALL_TABLE_ROWS", 3)
    rows = ["| 指标 | 数值 | 备注 |", "|:---|---:|:---:|"]
    rows += [f"| 项目{i} | {i}.5 | {'*重点*' if i % 3 else ''} |" for i in range(20)]
    rows += ["| 少一列 | 1 |", "| a | b | c |", "后续段落。"]
    source = "前言。\n\n" + "\n".join(rows) + "\n\n结语。\n"
    _same(source)
    document = assemble(blocks_module.parse_blocks(source))
    cells = [b for b in document.blocks if b.table_row >= 0]
    assert cells[-1].table_row == 23 and document.text.endswith("结语。")   # 后续段落。 is a row (GFM)


def test_plain_chunks_keep_their_source_lines():
    source = "# 标题\n\n第一段。\n第二行。\n\n- 列表\n\n第三段。\n"
    document = blocks_module.parse_blocks(source)
    assert [(b.text, b.origin) for b in document] == [
        ("标题", 1), ("第一段。", 3), ("第二行。", 4), ("列表", 6), ("第三段。", 8),
    ]
