"""How real policy texts are read: paragraphing, ranks, appendices, 目录, page-break repair,
debris, front matter, and the entry point other readers use.

The inputs are written here in the shapes the corpus (tests/fixtures/corpus) does not hold: a
five-year-plan outline, a PDF conversion with page numbers and running heads, Traditional
script, metadata headers.
"""
from __future__ import annotations

from document.blocks import RawBlock
from document.loading import document_from_blocks, parse_document
from document.model import BlockKind, BlockRole, RepairKind
from document.numbering import Rank, appendix_marker_length, match_marker


def read(text: str, name: str = "report.md"):
    return parse_document(text.encode("utf-8"), name=name)


def tree(document) -> list[str]:
    return [("  " * (e.level - 1)) + e.title for e in document.entries()]


def lines_of(document) -> list[str]:
    return document.text.split("\n")


BODY = "全面推进各项工作，取得显著成效。"


# -- paragraphing -----------------------------------------------------------------------------
def test_one_paragraph_per_line_without_blank_lines():
    text = "\n".join(["一、总体要求", BODY, "（一）稳增长", BODY, "（二）促改革。全面深化改革。", "二、重点任务", BODY])
    for name in ("report.txt", "report.md"):
        document = read(text, name)
        assert lines_of(document) == text.split("\n"), name
        assert tree(document) == ["一、总体要求", "  （一）稳增长", "  （二）促改革", "二、重点任务"]
        assert document.paragraphing == "lines"


def test_blank_line_markdown_and_a_wrapped_paragraph_stay_as_written():
    document = read("# 报告\n\n第一段落，文字较长\n被编辑器折行了。\n\n第二段落。\n")
    assert lines_of(document) == ["报告", "第一段落，文字较长被编辑器折行了。", "第二段落。"]
    assert document.paragraphing == "markdown"


def test_mixed_paragraphing():
    document = read("前言一句。\n\n" + "\n".join(["一、甲", BODY, "二、乙", BODY]) + "\n\n结语一句。\n")
    assert tree(document) == ["一、甲", "二、乙"]
    assert document.paragraphing == "mixed"


def test_crlf_and_ideographic_indents():
    text = "\r\n".join(["\u3000\u3000一、总体要求", "\u3000\u3000" + BODY, "\u3000\u3000二、重点任务", "\u3000\u3000" + BODY])
    document = read(text, "report.txt")
    assert lines_of(document) == ["一、总体要求", BODY, "二、重点任务", BODY]
    assert tree(document) == ["一、总体要求", "二、重点任务"]


def test_plain_text_is_not_markdown():
    document = read("1. 第一项。\n* 星号 *不是强调*。\n> 不是引用。\n", "notes.txt")
    assert lines_of(document) == ["1. 第一项。", "* 星号 *不是强调*。", "> 不是引用。"]


# -- ranks ----------------------------------------------------------------------------------
def test_five_year_plan_ranks_part_chapter_section():
    text = "\n".join([
        "第一篇　开启新征程", "第一章　发展环境", "第一节　决胜全面建成小康社会", BODY, "第二节　发展环境变化", BODY,
        "第二章　指导方针", BODY, "第二篇　坚持创新驱动发展", "第三章　强化国家战略科技力量", "一、加强原创性引领性科技攻关", BODY,
    ])
    document = read(text, "plan.txt")
    assert tree(document) == [
        "第一篇　开启新征程", "  第一章　发展环境", "    第一节　决胜全面建成小康社会", "    第二节　发展环境变化",
        "  第二章　指导方针", "第二篇　坚持创新驱动发展", "  第三章　强化国家战略科技力量", "    一、加强原创性引领性科技攻关",
    ]


def test_only_the_ranks_a_document_uses_make_levels():
    document = read("\n".join(["一、甲", BODY, "1.细项", "（1）更细", "二、乙", BODY]), "r.txt")
    assert tree(document) == ["一、甲", "二、乙"]     # 1. and （1） in paragraphs are not sections
    document = read("## 一、甲\n\n### 1. 细项\n\n## 二、乙\n")
    assert tree(document) == ["一、甲", "  1. 细项", "二、乙"]


def test_half_width_parentheses_full_width_digits_and_run_ins():
    assert match_marker("(一)国务院发布的条例").rank is Rank.SUBITEM
    assert match_marker("１．全面深化改革").rank is Rank.POINT
    assert match_marker("3、扩大内需").rank is Rank.POINT
    assert match_marker("一是稳增长") is None and match_marker("第十五条 中央") is None
    document = read("\n".join(["一、总体要求", "(一)稳增长。要稳。", "一是稳就业。", "二是稳物价。", "(二)促改革；要改。"]), "r.txt")
    assert tree(document) == ["一、总体要求", "  (一)稳增长", "  (二)促改革"]


def test_traditional_script_markers():
    text = "\n".join(["目錄", "第一編　總則", "第一章　一般規定", "第一編　總則", "第一章　一般規定",
                      "第一節　適用範圍", BODY, "附錄", "一、名詞", BODY, "名詞解釋", BODY])
    document = read(text, "tw.txt")
    assert tree(document) == ["第一編　總則", "  第一章　一般規定", "    第一節　適用範圍", "附錄", "  一、名詞", "名詞解釋"]


# -- appendices and 目录 ---------------------------------------------------------------------
def test_appendices_hold_their_own_numbered_items():
    text = "\n".join([
        "一、总体要求", BODY, "（一）稳增长", BODY, "二、保障措施", BODY,
        "附件1", "2026年十件民生实事", "一、提高低保标准。", "二、建设养老设施。",
        "附件2 名词解释", "1.“两新”：大规模设备更新和消费品以旧换新。", "附录", "一、统计口径说明。",
    ])
    document = read(text, "r.txt")
    assert tree(document) == [
        "一、总体要求", "  （一）稳增长", "二、保障措施",
        "附件1 2026年十件民生实事", "  一、提高低保标准", "  二、建设养老设施", "附件2 名词解释", "附录", "  一、统计口径说明",
    ]
    assert "附件1\n2026年十件民生实事" in document.text      # the title is joined in the outline only


def test_a_sentence_mentioning_an_annex_is_no_appendix():
    assert appendix_marker_length("附件三所列全国性法律增减的决定") == 0
    assert appendix_marker_length("附件1中所列项目按规定执行。") == 3
    document = read("## 一、甲\n\n附件1中所列项目按规定执行。\n\n（一）乙。正文\n")
    assert tree(document) == ["一、甲", "  （一）乙"]


def test_contents_block_is_recognised_and_not_duplicated():
    text = "\n".join([
        "目　录", "第一章　发展环境……………1", "第二章　指导方针……………5", "第三章　主要目标……………9",
        "第一章　发展环境", BODY, "第二章　指导方针", BODY, "第三章　主要目标", BODY,
    ])
    document = read(text, "plan.txt")
    assert tree(document) == ["第一章　发展环境", "第二章　指导方针", "第三章　主要目标"]
    contents = [document.block_text(b) for b in document.blocks if b.role is BlockRole.CONTENTS]
    assert contents[0] == "目　录" and len(contents) == 4


# -- page-break repair ----------------------------------------------------------------------
def test_real_page_splits_join_and_every_join_is_reported():
    lines = ["风光发电装机容量位", "", "居全国前列。", "第二句话。", "污染防治取得明显成效，PM", "2.5", "年平均浓度下降，经济社会发展的",
             "主要目标", "是：增长5%。"]
    document = read("\n".join(lines))
    assert lines_of(document) == ["风光发电装机容量位居全国前列。", "第二句话。",
                                  "污染防治取得明显成效，PM2.5年平均浓度下降，经济社会发展的主要目标是：增长5%。"]
    joins = [r for r in document.repairs if r.kind is RepairKind.JOIN]
    assert len(joins) == 5
    assert {r.reason for r in joins} == {"sentence split by a page break", "sentence split across lines"}
    assert all(document.text[r.offset:].startswith(r.text) for r in joins)


def test_never_joined_headings_frame_metadata_captions():
    refusals = [
        "发展环境显著变化\n\n第一章　发展环境",
        "附件2 名词解释\n\n1.两新：设备更新。",
        "广东省省长 孟凡利\n\n各位代表：",
        "—2026年1月26日在广东省第十四届人民代表大会第五次会议上\n\n现在我代表省人民政府报告工作。",
        "标题：关于进一步优化营商环境的意见\n\n发布机构：国务院办公厅\n\n日期：2024-01-05\n\n为贯彻落实党中央决策部署。",
        "2026年全省经济运行图景 新华社记者 刘彬 摄\n\n全年地区生产总值增长5%。",
        "工商、金融界 200人\n\n专业界 200人",
    ]
    for markdown in refusals:
        document = read(markdown)
        assert not [r for r in document.repairs if r.kind is RepairKind.JOIN], markdown


def test_linear_chains_keep_spans():
    document = read("甲**乙丙**\n\n丁" + "，\n\n甲乙" * 50 + "。")
    assert document.text.count("\n") == 0
    assert document.text.startswith("甲乙丙丁，甲乙")
    assert document.block_text(document.blocks[0]) == document.text
    (bold,) = document.blocks[0].spans
    assert document.text[bold.start:bold.end] == "乙丙"


# -- debris -----------------------------------------------------------------------------------
PDF_PAGES = [
    "国务院关于某项工作的意见",
    "各省、自治区、直辖市人民政府：",
    "为了推动高质量发展，现提出如下意见。当前经济运行中仍有困难和挑战，需要各地区各部门",
    "— 1 —",
    "国务院文件",
    "认真贯彻落实。一、总体要求",
    "坚持稳中求进工作总基调。",
    "— 2 —",
    "国务院文件",
    "二、主要任务",
    "扩大有效需求，提升供给质量。",
    "— 3 —",
    "国务院文件",
    "三、保障措施",
    "加强组织领导。",
    "第 4 页",
]


def test_pdf_debris_is_dropped_and_the_split_sentence_joined():
    document = read("\n\n".join(PDF_PAGES))
    text = document.text
    assert "— 1 —" not in text and "第 4 页" not in text
    assert text.count("国务院文件") == 0
    assert "需要各地区各部门认真贯彻落实。" in text
    drops = [r for r in document.repairs if r.kind is RepairKind.DROP]
    assert {r.reason for r in drops} == {"page number", "running head or footer"}
    assert len(drops) == 7
    assert all(r.origin > 0 for r in drops)


def test_bare_page_numbers_only_in_sequence():
    paged = read("\n\n".join(["甲段落。", "12", "乙段落。", "13", "丙段落。", "14", "丁段落。"]))
    assert lines_of(paged) == ["甲段落。", "乙段落。", "丙段落。", "丁段落。"]
    subscript = read("二氧化碳排放量为每立方米\n2\n克以下。", "r.txt")
    assert lines_of(subscript) == ["二氧化碳排放量为每立方米2克以下。"]


def test_web_chrome_and_placeholders_are_dropped():
    text = "\n".join(["下载", "打印", "【字号：", "大", "中", "小", "】", "首页", ">", "政务信息", ">", "宁夏要闻",
                      "未知标题", "政府工作报告", "各位代表：", BODY, "扫一扫在手机打开当前页"])
    document = read(text, "r.txt")
    assert lines_of(document) == ["政府工作报告", "各位代表：", BODY]
    assert len(document.repairs) == 14


# -- front matter -----------------------------------------------------------------------------
def test_speech_frame_is_front_matter():
    text = "\n".join(["政府工作报告", "——2026年1月26日在广东省第十四届", "人民代表大会第五次会议上",
                      "广东省省长 孟凡利", "各位代表：", "现在，我代表省人民政府向大会报告工作。", "一、工作回顾", BODY])
    document = read(text, "r.txt")
    roles = [(b.role, document.block_text(b)) for b in document.front_matter()]
    assert roles == [
        (BlockRole.TITLE, "政府工作报告"),
        (BlockRole.DATELINE, "——2026年1月26日在广东省第十四届人民代表大会第五次会议上"),
        (BlockRole.SPEAKER, "广东省省长 孟凡利"),
    ]
    assert document.title == "政府工作报告"
    assert tree(document) == ["一、工作回顾"]


def test_metadata_headers_are_front_matter():
    text = "\n".join(["标题：关于进一步优化营商环境的意见", "发布机构：国务院办公厅", "日期：2024-01-05",
                      "为贯彻落实党中央决策部署，现提出以下意见。", "一、总体要求", BODY])
    document = read(text, "r.txt")
    assert [b.role for b in document.front_matter()] == [BlockRole.META] * 3
    assert tree(document) == ["一、总体要求"]


# -- the entry point for other readers --------------------------------------------------------
def test_a_reader_of_another_format_feeds_its_own_blocks():
    """What a PDF reader hands over: one block per text line, with page hints."""
    pieces = [("关于加快发展的意见", 1), ("一、总体要求", 1), ("坚持稳中求进，推动经济运行", 1), ("— 1 —", 1),
              ("持续向好。", 2), ("二、主要任务", 2), ("扩大内需。", 2), ("— 2 —", 2)]
    blocks = [RawBlock(BlockKind.PARAGRAPH, text, origin=n + 1, line_break=n > 0, pages=((0, page),))
              for n, (text, page) in enumerate(pieces)]
    document = document_from_blocks(blocks, doc_id="urn:test", path="", label="test.pdf")
    assert lines_of(document) == ["关于加快发展的意见", "一、总体要求", "坚持稳中求进，推动经济运行持续向好。", "二、主要任务", "扩大内需。"]
    assert tree(document) == ["一、总体要求", "二、主要任务"]
    assert document.title == "关于加快发展的意见"


def test_bare_appendix_marker_with_colon():
    document = read("\n".join(["一、甲", BODY, "附件：", "重点项目清单", "一、交通项目。"]), "r.txt")
    assert tree(document) == ["一、甲", "附件 重点项目清单", "  一、交通项目"]
