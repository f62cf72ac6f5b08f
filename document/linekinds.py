"""What a single line or paragraph of a report is, judged from its text alone.

Real reports arrive with their speech frame (title, dateline, speaker), metadata headers, photo
captions, page numbers and the chrome of the web page they were copied from.  These predicates
recognise each kind so that page-break repair never glues them to a sentence, debris removal can
drop what is not the report, and the front matter can be shown as such.  Every test is a regular
expression or a set lookup on one line: linear in the text.
"""
from __future__ import annotations

import re

from document.cjk import ends_sentence

_DASHES = "—―－–\\-"
_DATE = r"(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d〇零一二三四五六七八九十]{1,3}\s*月\s*[\d〇零一二三四五六七八九十]{1,3}\s*日"
# ——2026年1月26日在……会议上 / （2026年1月27日在……会议上） / 2026年2月3日在……会议上 省长 X
_DATELINE = re.compile(
    rf"[{_DASHES}]{{1,2}}\s*{_DATE}.{{0,70}}"
    rf"|[（(]\s*{_DATE}.{{0,70}}[）)]"
    rf"|{_DATE}\s*在.{{2,60}}(?:会议|大会|會議|大會)上.{{0,24}}"
)
# 1990年4月4日 第七届全国人民代表大会第三次会议通过 — a law's adoption and amendment history.
_ADOPTION = re.compile(rf"{_DATE}\s*第[^。！？]{{2,40}}(?:会议|會議)[^。！？]{{0,160}}")
_DATELINE_START = re.compile(rf"[{_DASHES}]{{1,2}}\s*{_DATE}|[（(]\s*{_DATE}")
_OFFICE = ("省长|市长|主席|总理|州长|区长|县长|旗长|盟长|书记|部长|主任|局长|院长|秘书长|"
           "省長|市長|總理|縣長|區長|書記|部長|局長|院長|秘書長|行政长官|行政長官")
# 广东省省长 孟凡利 / 省长　王予波 / 上海市市长 龚 正 / 国务院总理 李强
_SPEAKER = re.compile(rf"[\u4e00-\u9fff（）()]{{0,20}}?(?:代|副)?(?:{_OFFICE})[ \u3000]+[\u4e00-\u9fff·]{{1,4}}(?:[ \u3000][\u4e00-\u9fff])?")
_META_KEYS = ("标题|標題|题目|題目|发布机构|發布機構|发文机关|發文機關|发布单位|發布單位|成文日期|发布日期|發布日期|"
              "发布时间|發布時間|印发日期|生效日期|日期|时间|時間|来源|來源|作者|编辑|編輯|责任编辑|責任編輯|"
              "索引号|索引號|文号|文號|发文字号|發文字號|主题分类|主題分類|主题词|主題詞|公文种类|分类|分類|有效性|字号")
_META = re.compile(rf"[（(]?\s*(?:{_META_KEYS})\s*[:：]\s*(?P<value>.{{0,60}}?)\s*[）)]?")
_DATETIME = re.compile(r"\d{4}\s*[-/年.]\s*\d{1,2}\s*[-/月.]\s*\d{1,2}\s*日?"
                       r"(?:\s+\d{1,2}\s*[:：时時]\s*\d{1,2}\s*(?:分|[:：]\s*\d{1,2})?)?")
# ……新华社记者 刘彬 摄 / （记者 X 摄） / ……甘肃日报记者 盛学卿 / 省长赵刚作政府工作报告
_NAME = r"[\u4e00-\u9fff·]{2,4}"
_CAPTION = re.compile(
    r".{0,60}\s(?:摄|攝)[）)]?"
    rf"|.{{0,60}}(?:记者|記者|通讯员|通訊員|摄影|攝影)(?:\s*{_NAME}){{1,3}}\s*(?:摄|攝)[）)]?"
    rf"|.{{0,60}}(?:记者|記者|通讯员|通訊員|摄影|攝影)(?:\s+{_NAME})+"
    r"|[\u4e00-\u9fff]{2,20}作政府工作报告。?"
)
_SALUTATION = re.compile(r"(?:各位代表|各位委员|各位委員|同志们|同志們|主席女士|主席先生|代表们|代表們)[：:！!，,]?")
_PAGE_DECORATED = re.compile(
    rf"[{_DASHES}~·•]+\s*\d{{1,4}}\s*[{_DASHES}~·•]+"
    r"|第\s*\d{1,4}\s*页(?:\s*[/，,、]?\s*共\s*\d{1,4}\s*页)?"
    r"|共\s*\d{1,4}\s*页[，,\s]*第\s*\d{1,4}\s*页"
    r"|\d{1,4}\s*/\s*\d{1,4}"
    r"|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?"
)
_PAGE_BARE = re.compile(r"\d{1,4}")
_LINK_HASH = re.compile(r"[0-9a-f]{32}[:：]?")

#: Labels of web-page chrome that never belong to a report (download / print / share buttons …).
WEB_CHROME = frozenset({
    "下载", "打印", "全屏", "收藏", "【字号：", "【字号:", "【字体：", "【字体:", "字号：", "字体：", "加大", "还原", "减小",
    "分享", "分享:", "分享：", "分享到:", "分享到：", "分享到微信", "分享到微博", "您的位置:", "您的位置：",
    "当前位置:", "当前位置：", "打印本页", "关闭窗口", "【打印本页】", "【关闭窗口】", "【打印】", "【关闭】",
    "扫一扫在手机打开当前页", "相关报道：", "相关报道:", "相关文档：", "相关文档:", "相关附件>>", "相关链接>>",
    "》》点击图片进入专题《《", "返回顶部", "【返回顶部】", "未知标题",
})
#: Chrome that is only chrome next to other chrome (a lone 大 or | could be anything).
WEB_CHROME_WEAK = frozenset({"大", "中", "小", "×", "|", ">", "》", "】", "首页", "首頁"})

# Cheap first looks that let the regular expressions run only on lines that might match.
_DATELINE_FIRST = frozenset("—―－–-（(0123456789〇零一二三四五六七八九")
_CAPTION_HINT = re.compile("摄|攝|记者|記者|通讯员|通訊員|摄影|攝影|作政府工作报告")
_SALUTATION_FIRST = frozenset("各同主代")
_PAGE_FIRST = frozenset("—―－–-~·•第共Pp0123456789")
_HEX = frozenset("0123456789abcdef")
_BREAKS = re.compile("[。！？；!?;]")
_CJK_IDEOGRAPH = re.compile("[\u4e00-\u9fff]")

CONTINUES_AFTER = frozenset("的地得和与及或并在对为把将从向以于被之其、，,（(《“‘「『[～~/")
CONTINUES_BEFORE = frozenset("，,。.、；;：:）)》〉”’」』！!？?％%")
_STARTS_WITH_IS = re.compile(r"是[：:，,、]")


def is_dateline(text: str) -> bool:
    stripped = text.strip()
    if len(stripped) > 240 or stripped[:1] not in _DATELINE_FIRST:
        return False
    return bool(_DATELINE.fullmatch(stripped) or _ADOPTION.fullmatch(stripped))


def starts_dateline(text: str) -> bool:
    """A dateline's first part (——2026年1月26日在广东省第十四届 / 人民代表大会第五次会议上)."""
    stripped = text.lstrip()
    return stripped[:1] in _DATELINE_FIRST and bool(_DATELINE_START.match(stripped))


def is_speaker(text: str) -> bool:
    stripped = text.strip()
    return len(stripped) <= 40 and (" " in stripped or "\u3000" in stripped) and bool(_SPEAKER.fullmatch(stripped))


def meta_value(text: str) -> str | None:
    """The value of a metadata header line (来源：四川日报 → 四川日报; 来源： → ""), else None."""
    stripped = text.strip()
    if len(stripped) > 90 or ("：" not in stripped and ":" not in stripped):
        return None
    match = _META.fullmatch(stripped)
    return None if match is None else match.group("value")


def is_datetime(text: str) -> bool:
    stripped = text.strip()
    return len(stripped) <= 30 and stripped[:1].isdigit() and bool(_DATETIME.fullmatch(stripped))


def is_caption(text: str) -> bool:
    stripped = text.strip()
    return len(stripped) <= 80 and bool(_CAPTION_HINT.search(stripped)) and bool(_CAPTION.fullmatch(stripped))


def is_salutation(text: str) -> bool:
    stripped = text.strip()
    return len(stripped) <= 12 and stripped[:1] in _SALUTATION_FIRST and bool(_SALUTATION.fullmatch(stripped))


def page_number_kind(text: str) -> str | None:
    """``decorated`` (— 12 —, 第 3 页, 3/15), ``bare`` (a lone 12), or None."""
    stripped = text.strip()
    if len(stripped) > 24 or stripped[:1] not in _PAGE_FIRST:
        return None
    if _PAGE_BARE.fullmatch(stripped):
        return "bare"
    if _PAGE_DECORATED.fullmatch(stripped):
        return "decorated"
    return None


def is_link_hash(text: str) -> bool:
    stripped = text.strip()
    return 32 <= len(stripped) <= 33 and stripped[0] in _HEX and bool(_LINK_HASH.fullmatch(stripped))


def is_frame_line(text: str) -> bool:
    """A line of the speech frame or metadata, never part of a sentence."""
    if len(text) > 250:
        return False     # frame lines are short; most body paragraphs are not (the common case)
    stripped = text.strip()
    if len(stripped) > 240:
        return False
    first = stripped[:1]
    if first in _DATELINE_FIRST and is_dateline(stripped):
        return True
    if len(stripped) <= 40 and (" " in stripped or "\u3000" in stripped) and is_speaker(stripped):
        return True
    if ("：" in stripped or ":" in stripped) and meta_value(stripped) is not None:
        return True
    if first.isdigit() and is_datetime(stripped):
        return True
    return len(stripped) <= 80 and _CAPTION_HINT.search(stripped) is not None and is_caption(stripped)


def has_sentence_break(text: str) -> bool:
    return bool(_BREAKS.search(text))


def continues_after(text: str) -> bool:
    """``text`` stops where no sentence or title can stop (……发展的 / ……成效，PM / （)."""
    last = text.rstrip()[-1:]
    return bool(last) and (last in CONTINUES_AFTER or (last.isascii() and last.isalnum()))


def continues_before(text: str) -> bool:
    """``text`` starts where no sentence can start (，…… / 是：…… / 2.5 after PM)."""
    stripped = text.lstrip()
    return bool(stripped) and (stripped[0] in CONTINUES_BEFORE or bool(_STARTS_WITH_IS.match(stripped)))


def is_fragment(text: str) -> bool:
    """A piece too small to stand alone: 2.5 / 揭榜 / a lone bracket left by a line break."""
    stripped = text.strip()
    return len(stripped) <= 2 or not _CJK_IDEOGRAPH.search(stripped)


#: An unnumbered heading is at most this long.
TITLE_LIKE_LENGTH = 40


def is_title_like(text: str, longest: int = TITLE_LIKE_LENGTH) -> bool:
    """Short, one phrase, not a sentence: how an unnumbered heading looks."""
    stripped = text.strip()
    return (2 <= len(stripped) <= longest and not ends_sentence(stripped) and not has_sentence_break(stripped)
            and not continues_after(stripped))
