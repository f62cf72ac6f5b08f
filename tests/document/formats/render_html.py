"""Render a Markdown report as a government portal page, furniture and all, for the tests.

The article is markdown-it's HTML of the report; around it stand what such pages carry:
scripts, a navigation bar, a breadcrumb, share buttons, a related-articles list (whose titles
look like section headings) and a footer.  The page declares GB2312, as many portals do, and
is encoded as GB18030 (the characters GB2312 lacks are common in real pages too).  With
``br_paragraphs=True`` the article is one ``div`` of ``<br>``-separated, 　　-indented lines
and the headline sits outside it, as on older portals.
"""
from __future__ import annotations

import re

from document.inline import markdown_parser

_PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title} - 山西省人民政府</title>
<script type="text/javascript">var headline = "一、脚本里的假标题"; document.write(headline);</script>
<style>.article p {{ text-indent: 2em; }}</style>
</head><body>
<div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
<li><a href="/hdjl">互动交流</a></li></ul><div class="search"><input name="q"/>搜索</div></div>
<div class="main">
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/yw">要闻动态</a></div>
{headline}
<div class="info">来源：山西日报 发布时间：2023-01-19 字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div class="{article_class}">
{article}
</div>
<div class="bdshare">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="related"><h3>相关文章</h3><ul>
<li><a href="/a1">一、省政府召开常务会议</a></li><li><a href="/a2">（二）全省经济运行情况新闻发布会</a></li>
<li><a href="/a3">2023年省政府工作报告解读</a></li></ul></div>
</div>
<div class="footer">主办：山西省人民政府办公厅 版权所有 晋ICP备05000000号 <a href="/map">网站地图</a></div>
<script>console.log("统计代码");</script>
</body></html>
"""


def _br_article(article_html: str) -> tuple[str, str]:
    """(headline outside the article, article as <br>-separated lines)."""
    headlines = re.findall(r"<h1>(.*?)</h1>\n", article_html)
    body = re.sub(r"<h1>.*?</h1>\n", "", article_html)
    body = re.sub(r"<p>(.*?)</p>\n", r"　　\1<br />\n", body)
    headline = "<div class=\"title\">" + "".join(f"<h1>{h}</h1>" for h in headlines) + "</div>"
    return headline, body


def render_html(markdown: str, br_paragraphs: bool = False, title: str = "政府工作报告") -> bytes:
    article = markdown_parser().render(markdown)
    headline = ""
    if br_paragraphs:
        headline, article = _br_article(article)
    page = _PAGE.format(title=title, headline=headline, article=article,
                        article_class="zoom" if br_paragraphs else "article")
    return page.encode("gb18030")
