"""Commitment candidates: quantified, forward-looking clauses (not past results)."""
from __future__ import annotations

from document.commitments import detect_commitments
from document.loading import load_document, parse_document


def candidates_of(markdown: str):
    return detect_commitments(parse_document(markdown.encode("utf-8")))


def test_bundled_report_targets_are_found_with_their_fields():
    document = load_document()
    found = detect_commitments(document)
    by_quote = {c.quote: c for c in found}
    gdp = by_quote["地区生产总值增长 6%左右"]
    assert (gdp.indicator, gdp.value, gdp.unit, gdp.qualifier, gdp.deadline) == ("地区生产总值增长", "6", "%", "左右", "2023")
    assert by_quote["城镇新增就业 45 万人"].value == "45"
    assert by_quote["城镇调查失业率控制在 5.5%左右"].qualifier == "左右"
    base_stations = by_quote["新建 5G 基站 2.5 万个"]
    assert (base_stations.value, base_stations.unit) == ("2.5", "万个")
    for candidate in found:
        assert document.text[candidate.start:candidate.end] == candidate.quote
        assert not candidate.section.startswith("一、过去五年工作回顾")


def test_past_results_and_unquantified_pledges_are_not_candidates():
    markdown = "# T\n\n## 二、今后工作\n\n累计投入技术改造资金 88 亿元。要坚持稳中求进。同比增长 5%。\n"
    assert candidates_of(markdown) == []


def test_ranges_qualifiers_before_and_deadlines():
    markdown = "# T\n\n## 三、重点工作\n\n到2025年，力争新建2-3家省实验室，粮食产量不低于 280 亿斤。\n"
    first, second = candidates_of(markdown)
    assert (first.value, first.unit, first.deadline) == ("2-3", "家", "2025")
    assert (second.value, second.unit, second.qualifier, second.deadline) == ("280", "亿斤", "以上", "2025")


def test_review_sections_are_skipped():
    markdown = "# T\n\n## 一、过去五年工作回顾\n\n力争增长 6%左右。\n\n## 二、今后安排\n\n力争增长 6%左右。\n"
    (only,) = candidates_of(markdown)
    assert only.section == "二、今后安排"
