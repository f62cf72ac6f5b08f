"""Outline rules (docs/architecture.md §7) on messy inputs and on the bundled report."""
from __future__ import annotations

from document.loading import load_document, parse_document
from document.outline import outline_to_json


def outline_of(markdown: str):
    return parse_document(markdown.encode("utf-8")).outline


def titles(entries, depth=0):
    out = []
    for e in entries:
        out.append(("  " * depth) + e.title)
        out.extend(titles(e.children, depth + 1))
    return out


def test_levels_come_from_numbering_not_hash_count():
    md = "\n\n".join([
        "# 报告",
        "## 一、回顾",
        "#### （一）经济",
        "（二）扎实开展高标准市场体系建设。制定我省政策文件。",
        "### 二、安排",
        "##### （一）转型",
        "#### 1. 细项",
        "（1）更细",
        "## 三、重点",
    ])
    assert titles(outline_of(md)) == [
        "一、回顾",
        "  （一）经济",
        "  （二）扎实开展高标准市场体系建设",
        "二、安排",
        "  （一）转型",
        "    1. 细项",
        "三、重点",
    ]


def test_rank4_heading_nests_below_rank3():
    md = "# T\n\n## 一、甲\n\n### 1. 乙\n\n#### （1）丙\n\n## 二、丁\n"
    assert titles(outline_of(md)) == ["一、甲", "  1. 乙", "    （1）丙", "二、丁"]


def test_run_in_title_stops_at_first_sentence_punctuation():
    md = "# T\n\n（二）扎实开展高标准市场体系建设。制定我省……\n\n（三）一句话：后面\n\n（四）分号；后面\n"
    assert titles(outline_of(md)) == ["（二）扎实开展高标准市场体系建设", "（三）一句话", "（四）分号"]


def test_bold_run_in_title_uses_the_bold_span():
    md = "# T\n\n**（一）经济运行稳中向好。**全年地区生产总值增长5%。\n\n**一、总体要求**\n\n正文。\n"
    document = parse_document(md.encode())
    assert titles(document.outline) == ["（一）经济运行稳中向好", "一、总体要求"]
    assert "**" not in document.text


def test_bold_marker_alone_does_not_cut_the_title():
    md = "# T\n\n**一、**坚持稳中求进。正文\n\n**（二）**扩大内需；正文\n"
    assert titles(outline_of(md)) == ["一、坚持稳中求进", "  （二）扩大内需"]


def test_numeral_lists_and_numbers_are_not_sections():
    md = "\n\n".join([
        "# T",
        "一、二、三产业协调发展。",
        "1.5倍的增长。",
        "2024年要做好工作。",
        "一是稳增长。",
        "首先，要坚持。",
        "十一、第十一部分",
        "（十二）第十二项。正文",
    ])
    assert titles(outline_of(md)) == ["十一、第十一部分", "  （十二）第十二项"]


def test_headings_keep_text_without_trailing_full_stop():
    md = "# 标题\n\n#### （四）全力推动中部城市群高质量发展。\n\n正文。\n"
    assert titles(outline_of(md)) == ["（四）全力推动中部城市群高质量发展"]


def test_leading_h1_headings_form_the_title_not_entries():
    document = parse_document("# 山西省会议\n\n# 政府工作报告\n\n## 文字实录\n\n正文。\n".encode())
    assert document.title == "山西省会议 政府工作报告"
    assert titles(document.outline) == ["文字实录"]


def test_later_h1_is_a_rank1_entry():
    document = parse_document("前言。\n\n# 附录\n\n正文。\n".encode())
    assert titles(document.outline) == ["附录"]


def test_entry_offsets_span_to_next_entry_of_same_or_higher_rank():
    document = parse_document("# T\n\n## 一、甲\n\n（一）子。正文\n\n## 二、乙\n\n尾。\n".encode())
    first, second = document.outline
    child = first.children[0]
    assert document.text[first.start:].startswith("一、甲")
    assert first.end == second.start
    assert child.end == second.start
    assert second.end == len(document.text)
    assert document.text[child.start:child.start + 4] == "（一）子"


def test_non_bmp_characters_before_a_section_keep_code_point_offsets():
    document = parse_document("# T\n\n𠀀😀前言。\n\n## 一、甲\n\n正文。\n".encode())
    (entry,) = document.outline
    assert document.text[entry.start:entry.start + 3] == "一、甲"
    assert entry.start == document.text.index("一、甲")


def test_crlf_and_cr_sources_parse_like_lf():
    lf = "# T\n\n## 一、甲\n\n（一）子。正文\n"
    crlf = parse_document(lf.replace("\n", "\r\n").encode())
    cr = parse_document(lf.replace("\n", "\r").encode())
    plain = parse_document(lf.encode())
    assert outline_to_json(crlf.outline) == outline_to_json(plain.outline) == outline_to_json(cr.outline)
    assert crlf.id == plain.id


def test_gb18030_source_gives_the_same_outline_and_a_notice():
    md = "# 报告\n\n## 一、回顾\n\n（一）经济。增长\n"
    gb = parse_document(md.encode("gb18030"), name="gb.md")
    utf = parse_document(md.encode("utf-8"))
    assert outline_to_json(gb.outline) == outline_to_json(utf.outline)
    assert gb.encoding == "gb18030" and "GB18030" in gb.notices[0]


def test_bundled_report_outline_matches_design():
    document = load_document()
    top = [e.title for e in document.outline]
    assert top == ["文字实录", "一、过去五年工作回顾", "二、今后五年工作总体安排", "三、2023 年重点工作", "四、全面加强政府自身建设"]
    assert [len(e.children) for e in document.outline] == [0, 0, 10, 12, 0]
    numerals = "一二三四五六七八九十"
    second = [e.title for e in document.outline[2].children]
    assert [t[: t.index("）") + 1] for t in second] == [f"（{n}）" for n in numerals]
    third = [e.title for e in document.outline[3].children]
    assert [t[: t.index("）") + 1] for t in third] == [f"（{n}）" for n in numerals] + ["（十一）", "（十二）"]
    assert third[0] == "（一）以制造业振兴为重点加快推进产业转型"
    assert third[1] == "（二）扎实开展高标准市场体系建设"
    assert third[3] == "（四）全力推动中部城市群高质量发展"
    assert document.title == "山西省第十四届人民代表大会第一次会议 政府工作报告"
    for entry in document.entries():
        assert document.text[entry.start:].startswith(entry.title)
        assert entry.start < entry.end <= len(document.text)
    assert document.outline[-1].end == len(document.text)
