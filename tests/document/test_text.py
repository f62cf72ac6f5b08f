"""Canonical text rules (docs/architecture.md §7): decoding, inline markup, page-break repair."""
from __future__ import annotations

import pytest

from document.errors import DocumentError
from document.loading import load_document, parse_document


def text_of(markdown: str) -> str:
    return parse_document(markdown.encode("utf-8")).text


def test_cjk_emphasis_closes_after_full_stop():
    assert text_of("**（一）经济运行稳中向好。**全年增长。") == "（一）经济运行稳中向好。全年增长。"
    assert text_of("坚持**“六新”**突破。") == "坚持“六新”突破。"
    assert text_of("*强调*的内容。") == "强调的内容。"


def test_inline_markup_dropped_link_text_and_alt_kept():
    text = text_of("见[通知](https://example.org/a)和![示意图](img.png)，`code`。")
    assert text == "见通知和示意图，code。"
    assert "https" not in text and "img.png" not in text


def test_raw_html_is_literal_text():
    text = text_of("正文<script>alert(1)</script>结束。\n\n<div>块</div>\n")
    assert "<script>alert(1)</script>" in text and "<div>块</div>" in text


def test_soft_breaks_vanish_between_cjk_and_become_space_elsewhere():
    assert text_of("第一行\n第二行。") == "第一行第二行。"
    assert text_of("word\nnext") == "word next"
    assert text_of("中文\nEnglish") == "中文 English"


def test_hard_break_is_newline_and_list_markers_are_not_text():
    assert text_of("甲  \n乙。") == "甲\n乙。"
    document = parse_document("1. 第一项\n2. 第二项\n\n- 项目\n".encode())
    assert document.text == "第一项\n第二项\n项目"
    assert [b.marker for b in document.blocks] == ["1.", "2.", "•"]


def test_code_blocks_are_literal_text():
    assert text_of("```\n<b>x</b>\n**y**\n```\n") == "<b>x</b>\n**y**"


def test_tables_and_quotes_contribute_lines():
    text = text_of("> 引用。\n\n| 指标 | 目标 |\n|---|---|\n| GDP | 6% |\n")
    assert text.split("\n") == ["引用。", "指标", "目标", "GDP", "6%"]


def test_page_break_join_and_refusals():
    joined = text_of("风光发电装机容量位\n\n居全国前列。")
    assert joined == "风光发电装机容量位居全国前列。"
    # Sentence-final punctuation, a colon, a closing quote: not joined.
    for ending in ("。", "：", "”", "！", "？", "；", "……", "）", "》"):
        assert text_of(f"上一段{ending}\n\n下一段。").count("\n") == 1, ending
    # A section title, a dateline, a link-only line, headings, list items and quotes.
    refusals = [
        "一、总体要求\n\n正文。",
        "**加快发展数字经济**\n\n正文。",
        "——2023年1月12日\n\n正文。",
        "[链接](https://example.org)\n\n正文。",
        "![图](a.png)\n\n正文。",
        "## 标题\n\n正文。",
        "- 列表项\n\n正文。",
        "> 引用\n\n正文。",
        "段落没有句号\n\n（一）新的一节。",
        "段落没有句号\n\n## 标题",
    ]
    for markdown in refusals:
        assert "\n" in text_of(markdown), markdown


def test_page_break_between_latin_words_keeps_a_space():
    assert text_of("the punctuation\n\ncontinues here.") == "the punctuation continues here."
    assert text_of("新增财政支出 15.87\n\n亿元。") == "新增财政支出 15.87亿元。"


def test_page_break_chains_join():
    assert text_of("甲乙\n\n丙丁\n\n戊。") == "甲乙丙丁戊。"


def test_bundled_report_repairs_its_page_breaks():
    text = load_document().text
    assert "风光发电装机容量位居全国前列" in text
    assert "约束性指标全面完成国家下达目标" in text
    assert "过上更加幸福如意的生活！" in text
    assert "**" not in text
    assert "各位代表：\n" in text  # ends with a colon: never joined


def test_document_id_is_sha256_of_normalised_source():
    a = parse_document("甲。\r\n".encode("utf-8"))
    b = parse_document("\ufeff甲。\n".encode("utf-8"))
    assert a.id == b.id and a.id.startswith("urn:sha256:") and len(a.id) == len("urn:sha256:") + 64


def test_nfc_normalisation():
    assert text_of("e\u0301。") == "\u00e9。"


@pytest.mark.parametrize(
    "payload, message",
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x00\x01\x02binary\x00", "binary"),
        (bytes(range(256)) * 4, "binary"),
        (b"\xff\xfe\xfa\x80\x81", "neither UTF-8, UTF-16 nor GB18030"),
    ],
)
def test_bad_inputs_raise_clear_errors(payload, message):
    with pytest.raises(DocumentError, match=message):
        parse_document(payload, name="x.md")


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(DocumentError, match="no such file"):
        load_document(tmp_path / "missing.md")
    with pytest.raises(DocumentError, match="directory"):
        load_document(tmp_path)


def test_devices_are_refused_without_reading_forever():
    with pytest.raises(DocumentError, match="not a regular file"):
        load_document("/dev/zero")


def test_oversized_file_is_refused(tmp_path, monkeypatch):
    import document.loading as loading

    monkeypatch.setattr(loading, "MAX_DOCUMENT_BYTES", 1000)
    big = tmp_path / "big.md"
    big.write_text("正文。" * 1000, encoding="utf-8")
    with pytest.raises(DocumentError, match="larger than"):
        load_document(big)
