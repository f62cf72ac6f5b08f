"""Saved web pages: article extraction, furniture dropped, declared charsets honoured."""
from __future__ import annotations

import hashlib

import pytest

from document.errors import DocumentError
from document.loading import parse_document
from document.model import BlockKind, SpanStyle
from document.outline import outline_to_json
from render_html import render_html


@pytest.mark.parametrize("br_paragraphs", [False, True], ids=["paragraphs", "br-lines"])
def test_bundled_report_as_a_portal_page_reads_like_the_markdown(bundled_markdown, bundled_document, br_paragraphs):
    data = render_html(bundled_markdown, br_paragraphs=br_paragraphs)
    assert b"charset=gb2312" in data
    document = parse_document(data, name="report.html")
    assert document.format == "html" and document.encoding == "gb18030" and document.notices == ()
    assert document.text == bundled_document.text          # no nav, share, related list or footer
    assert outline_to_json(document.outline) == outline_to_json(bundled_document.outline)
    assert document.title == bundled_document.title
    assert document.id == "urn:sha256:" + hashlib.sha256(data).hexdigest()


def _page(body: str, head: str = '<meta charset="utf-8">') -> bytes:
    return f"<!doctype html><html><head>{head}<title>关于印发实施方案的通知_政策文件</title></head>" \
           f"<body>{body}</body></html>".encode("utf-8")


ARTICLE = (
    "<div id='content'><p>　　一、总体要求</p><p>　　坚持稳中求进工作总基调，<strong>全年增长5%左右</strong>，"
    "<em>持续</em>改善民生。</p><table><tr><th>指标</th><th>目标</th></tr>"
    "<tr><td>增长</td><td>5%<br>左右</td></tr></table><ul><li>要点一</li></ul>"
    "<p>　　二、重点任务</p><p>详见<a href='https://example.gov.cn/a'>附件</a>。</p></div>"
)


def test_headings_paragraphs_emphasis_tables_and_lists_survive():
    document = parse_document(_page(ARTICLE), name="notice.htm")
    lines = document.text.split("\n")
    assert lines[:2] == ["一、总体要求", "坚持稳中求进工作总基调，全年增长5%左右，持续改善民生。"]
    styles = {document.text[s.start:s.end]: s.style for b in document.blocks for s in b.spans}
    assert styles["全年增长5%左右"] is SpanStyle.BOLD and styles["持续"] is SpanStyle.ITALIC
    assert styles["附件"] is SpanStyle.LINK
    cells = [(b.table_row, b.table_col, document.block_text(b)) for b in document.blocks if b.kind is BlockKind.TABLE_CELL]
    assert cells == [(0, 0, "指标"), (0, 1, "目标"), (1, 0, "增长"), (1, 1, "5%\n左右")]
    assert [b.kind for b in document.blocks].count(BlockKind.LIST_ITEM) == 1
    assert [e.title for e in document.entries()] == ["一、总体要求", "二、重点任务"]
    assert document.title == "关于印发实施方案的通知"   # <title> minus the site name


@pytest.mark.parametrize("head, encoding", [
    ('<meta http-equiv="Content-Type" content="text/html; charset=GBK">', "gbk"),
    ('<meta charset="gb2312">', "gb2312"),
    ('<?xml version="1.0" encoding="GB2312"?>', "gb2312"),
])
def test_declared_gb_charsets_are_read_as_gb18030(head, encoding):
    body = "<div><p>　　刘䶮、朱镕基：镕不在GB2312里，䶮也不在GBK里，页面照样这样写。</p></div>"
    data = (head + f"<html><head></head><body>{body}</body></html>").encode("gb18030")
    with pytest.raises(UnicodeEncodeError):
        "䶮".encode(encoding)                  # the page really uses characters beyond its declaration
    document = parse_document(data, name="page.html")
    assert document.text.startswith("刘䶮、朱镕基：") and document.encoding == "gb18030"


def test_undeclared_gbk_page_is_read_with_a_notice():
    data = "<html><body><div><p>坚持稳中求进工作总基调，推动经济运行整体好转。</p></div></body></html>".encode("gbk")
    document = parse_document(data, name="page.html")
    assert document.text == "坚持稳中求进工作总基调，推动经济运行整体好转。"
    assert document.notices == ("page.html does not declare its charset; read as GB18030",)


def test_a_page_without_suffix_is_recognised_by_its_content():
    document = parse_document(_page(ARTICLE), name="download")
    assert document.format == "html"


@pytest.mark.parametrize("body", [
    "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/b'>政务公开</a></li></ul>",
    "<div><a href='/1'>关于做好2023年春节期间有关工作的通知</a><br><a href='/2'>关于印发实施方案的通知</a></div>",
    "",
])
def test_a_page_with_no_article_text_is_refused_in_one_line(body):
    with pytest.raises(DocumentError, match="no article text") as raised:
        parse_document(_page(body), name="index.html")
    assert "\n" not in str(raised.value)


def test_an_article_the_content_system_wraps_in_a_form_is_kept_and_a_search_form_dropped():
    """University and government sites built with VSB wrap every article in
    <form name="_newscontent_fromname">; a form is furniture only when it holds little text."""
    body = ("<form id='search'><input name='q'><button>搜索</button>站内搜索</form>"
            "<form name='_newscontent_fromname'><div id='vsb_content'>"
            "<p><strong>第一章　总　则</strong></p><p>第一条　为了深化国家监察体制改革，加强对所有行使公权力的公职人员的监督，"
            "实现国家监察全面覆盖，制定本法。</p><p>第二条　坚持中国共产党对国家监察工作的领导，构建集中统一、"
            "权威高效的中国特色国家监察体制。</p></div></form>"
            "<div class='footer'>主办单位：纪检监察室 版权所有</div>")
    document = parse_document(_page(body), name="law.html")
    assert document.text.splitlines()[0] == "第一章\u3000总\u3000则"
    assert "第二条" in document.text
    assert "搜索" not in document.text and "版权所有" not in document.text
