"""Commitment candidates: quantified, forward-looking targets in a report.

A government work report states its pledges as clauses such as ``地区生产总值增长 6%左右`` or
``新建 5G 基站 2.5 万个``.  We look for clauses (split at 。；！ and line ends) that hold a
quantity with a unit and either a target qualifier (左右/以上/以内…) or a forward-looking cue
(力争/确保/目标…), and skip clauses that report the past (累计/同比…) or sit in a review
section (…回顾).  These are *candidates* for the reader to confirm, not verdicts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from document.model import Document

_SENTENCE = re.compile(r"[^。；！？\n]+")
_SEGMENT = re.compile(r"[^，,]+")
_UNITS = ("个百分点|万亿元|亿元|万元|元|亿斤|万斤|万千瓦|千瓦|万吨|吨|万亩|亩|万户|户|万人次|万人|人|万个|个|"
          "万座|座|家|所|台|公里|千米|条|项|倍|%|％")
_QUANTITY = re.compile(rf"(\d+(?:\.\d+)?(?:\s*[-—～~至]\s*\d+(?:\.\d+)?)?)\s*({_UNITS})")
_QUALIFIER_AFTER = re.compile(r"\s*(左右|以上|以内|以下|上下)")
_QUALIFIER_BEFORE = {"不低于": "以上", "不少于": "以上", "超过": "以上", "不超过": "以内", "控制在": "以内"}
_CUES = ("力争", "确保", "目标", "预期", "争取", "计划", "达到", "突破", "控制在", "新增", "新建",
         "提高到", "提升到", "完成", "实现", "建设", "改造", "培育", "增长")
_PAST = ("累计", "同比", "比上年", "年均增长约", "已经", "全部摘帽", "全部出列", "跃升", "达到了", "实现了")
_DEADLINE = re.compile(r"(?:到|至)\s*(20\d\d)\s*年")
_YEAR = re.compile(r"(20\d\d)\s*年")
_REVIEW_SECTION = ("回顾", "过去", "文字实录")


@dataclass(frozen=True)
class CommitmentCandidate:
    """A clause that looks like a quantified pledge, with its fields as far as they can be read."""

    start: int
    end: int
    quote: str
    indicator: str
    value: str
    unit: str
    qualifier: str
    deadline: str
    section: str


def _qualifier(clause: str, number_start: int, number_end: int) -> str:
    after = _QUALIFIER_AFTER.match(clause, number_end)
    if after:
        return after.group(1)
    before = clause[max(0, number_start - 4):number_start]
    for cue, qualifier in _QUALIFIER_BEFORE.items():
        if cue in before:
            return qualifier
    return ""


def _indicator(clause: str, number_start: int) -> str:
    head = clause[:number_start].rstrip()
    head = re.split(r"[，、,：:]", head)[-1]
    for cue in ("力争", "确保", "争取", "控制在", "达到", "突破", "不低于", "不少于", "不超过", "超过"):
        head = head.replace(cue, "")
    return head.strip()


def detect_commitments(document: Document) -> list[CommitmentCandidate]:
    """Candidates in document order: one per comma-separated segment that states a quantity,
    in sentences that look forward (a cue or a qualifier) and not back."""
    found: list[CommitmentCandidate] = []
    for sentence in _SENTENCE.finditer(document.text):
        text = sentence.group(0)
        if not _QUANTITY.search(text) or any(word in text for word in _PAST):
            continue
        titles = [entry.title for entry in document.section_path(sentence.start())]
        if titles and any(word in titles[0] for word in _REVIEW_SECTION):
            continue
        forward = any(cue in text for cue in _CUES)
        year = _DEADLINE.search(text) or next((m for m in (_YEAR.search(t) for t in reversed(titles)) if m), None)
        for segment in _SEGMENT.finditer(text):
            clause = segment.group(0)
            quantity = _QUANTITY.search(clause)
            if quantity is None:
                continue
            qualifier = _qualifier(clause, quantity.start(), quantity.end())
            if not qualifier and not forward:
                continue
            lead = len(clause) - len(clause.lstrip())
            start = sentence.start() + segment.start() + lead
            found.append(CommitmentCandidate(
                start=start,
                end=start + len(clause.strip()),
                quote=clause.strip(),
                indicator=_indicator(clause, quantity.start()),
                value=re.sub(r"\s+", "", quantity.group(1)),
                unit=quantity.group(2).replace("％", "%"),
                qualifier=qualifier,
                deadline=year.group(1) if year else "",
                section=" › ".join(titles),
            ))
    return found
