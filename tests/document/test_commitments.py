"""Commitment detection: the bundled report against a careful reader's list, and the general
rules of the genre on small reports written for each rule."""
from __future__ import annotations

import pytest

from document.annotation import CommitmentBinding, CommitmentKind, CommitmentStrength
from document.commitments import detect_commitments
from document.loading import load_document, parse_document
from commitment_scoring import load_labels, locate, score

GOALS = {"quantified_recall": 0.95, "pledge_recall": 0.70, "precision": 0.90}


def candidates_of(markdown: str):
    return detect_commitments(parse_document(markdown.encode("utf-8")))


def by_quote(markdown: str) -> dict:
    return {c.quote: c for c in candidates_of(markdown)}


@pytest.fixture(scope="module")
def bundled():
    document = load_document(None)
    return document, detect_commitments(document)


# --- the careful reader's list ------------------------------------------------------------------

def test_labelled_list_is_well_formed(bundled):
    document, _found = bundled
    labels = load_labels()
    kinds = [entry["kind"] for entry in labels["commitments"]]
    assert set(kinds) == {"quantified", "pledge"}
    assert kinds.count("quantified") >= 60 and kinds.count("pledge") >= 40
    assert len(labels["past"]) >= 20
    for group in ("commitments", "past", "not_commitments", "ambiguous"):
        for entry in labels[group]:
            locate(document.text, entry["anchor"])  # raises unless it occurs exactly once


def test_bundled_report_meets_the_recall_and_precision_goals(bundled):
    document, found = bundled
    result = score(document.text, found, load_labels())
    assert result.quantified_recall >= GOALS["quantified_recall"], result.missed
    assert result.pledge_recall >= GOALS["pledge_recall"], result.missed
    assert result.precision >= GOALS["precision"], result.false_positives


def test_fields_of_the_bundled_report_are_read_right(bundled):
    document, found = bundled
    result = score(document.text, found, load_labels())
    for name in ("indicator", "value", "unit", "horizon", "kind"):
        assert result.accuracy(name) >= 0.9, (name, result.field_errors)


def test_past_achievements_are_never_candidates(bundled):
    document, found = bundled
    labels = load_labels()
    for entry in labels["past"] + labels["not_commitments"]:
        start, end = locate(document.text, entry["anchor"])
        overlapping = [c.quote for c in found if c.start < end and start < c.end]
        assert overlapping == [], entry


def test_candidates_quote_their_range_and_name_their_section(bundled):
    document, found = bundled
    for candidate in found:
        assert document.text[candidate.start:candidate.end] == candidate.quote
        assert candidate.section.startswith(("二、", "三、", "四、"))


def test_bundled_headline_targets(bundled):
    _document, found = bundled
    quotes = {c.quote: c for c in found}
    gdp = quotes["地区生产总值增长 6%左右"]
    assert (gdp.kind, gdp.indicator, gdp.value, gdp.unit, gdp.qualifier, gdp.horizon) == (
        CommitmentKind.QUANTIFIED, "地区生产总值增长", "6", "%", "左右", "2023")
    chains = [c for c in found if c.indicator.endswith("亿级产业链")]
    assert [(c.value, c.horizon, c.strength) for c in chains] == [
        ("6", "2023-2025", CommitmentStrength.AIM), ("4", "2023-2025", CommitmentStrength.AIM)]
    grain = quotes["粮食综合生产能力达到 300 亿斤以上"]
    assert (grain.horizon, grain.binding) == ("2023-2027", CommitmentBinding.BINDING)


# --- general rules, each on a small report of its own --------------------------------------------

def test_review_passages_are_skipped_by_their_openers_without_a_review_title():
    markdown = (
        "# 某市政府工作报告\n\n## 一、工作情况\n\n过去一年，新建 5G 基站 1.2 万个，城镇新增就业 12 万人。\n\n"
        "2023年，全市地区生产总值增长 5.1%。\n\n## 二、2024年工作安排\n\n2024年是关键之年。"
        "地区生产总值增长 5%左右，城镇新增就业 13 万人。\n"
    )
    found = candidates_of(markdown)
    assert [(c.indicator, c.value, c.horizon) for c in found] == [
        ("地区生产总值增长", "5", "2024"), ("城镇新增就业", "13", "2024")]


def test_past_tense_sentences_in_a_plan_section_are_skipped():
    markdown = ("# 报告\n\n## 二、2024年重点工作\n\n去年完成投资 300 亿元。累计建成公路 800 公里。"
                "全市完成了造林 10 万亩。新改建农村公路 500 公里。\n")
    assert [c.quote for c in candidates_of(markdown)] == ["新改建农村公路 500 公里"]


def test_chinese_numerals_ranges_and_approximations():
    found = by_quote("# 报告\n\n## 二、2024年重点工作\n\n占比每年提高一个百分点，新建2—3家省实验室，"
                     "实施十项骨干工程和 200 余项子工程。\n")
    assert (found["占比每年提高一个百分点"].value, found["占比每年提高一个百分点"].unit) == ("1", "个百分点")
    assert found["新建2—3家省实验室"].value == "2-3"
    assert [(c.value, c.qualifier) for q, c in found.items() if "工程" in q] == [("10", ""), ("200", "余")]


def test_several_targets_in_one_clause_are_split_with_a_shared_noun():
    found = candidates_of("# 报告\n\n## 二、2024年重点工作\n\n推进 3 个国家级、4 个省级区域医疗中心建设。\n")
    assert [(c.indicator, c.value, c.unit) for c in found] == [
        ("国家级区域医疗中心", "3", "个"), ("省级区域医疗中心", "4", "个")]


def test_attributes_names_ranks_and_baselines_are_not_values():
    markdown = ("# 报告\n\n## 二、2024年重点工作\n\n4.3米及以下焦炉全部关停，落实中央八项规定精神，"
                "推进“7×24小时”政务服务，力争退出排名后十位，补贴从每人每月200元提高到220元，"
                "为65岁以上老年人提供服务，重点做好以下10个方面工作。\n")
    found = candidates_of(markdown)
    values = [(c.value, c.unit) for c in found if c.kind is CommitmentKind.QUANTIFIED]
    assert values == [("220", "元")]
    pledges = [c.indicator for c in found if c.kind is CommitmentKind.PLEDGE]
    assert "4.3米及以下焦炉" in pledges


def test_pledges_need_a_checkable_end_state():
    markdown = ("# 报告\n\n## 二、2024年重点工作\n\n推动地铁 1 号线建成通车、城际铁路开工建设，"
                "加快推进产业园建设，经济发展实现新突破，坚决守住不发生系统性金融风险底线，"
                "推动国有资本有序退出，实现上述目标。\n")
    found = candidates_of(markdown)
    assert [(c.indicator, c.value) for c in found] == [
        ("地铁1号线", "建成通车"), ("城际铁路", "开工建设"), ("不发生系统性金融风险底线", "守住")]
    assert all(c.kind is CommitmentKind.PLEDGE for c in found)


def test_every_item_of_an_announced_list_is_a_pledge_but_an_unfollowed_announcement_opens_none():
    listed = candidates_of("# 报告\n\n## 二、2024年重点工作\n\n办好 3 件民生实事。实施扶残助学工程，让学子圆梦；"
                           "提高高龄老人生活补贴；推动零工市场县县全覆盖。\n")
    assert [(c.indicator, c.value) for c in listed] == [
        ("民生实事", "3"), ("扶残助学工程", "实施"), ("高龄老人生活补贴", "提高"), ("零工市场", "县县全覆盖")]
    announced = candidates_of("# 报告\n\n## 二、2024年重点工作\n\n继续办好10件惠民实事。要加强政治建设。"
                              "要加强法治建设。\n")
    assert [c.value for c in announced] == ["10"]


def test_glossary_notes_after_the_report_are_skipped():
    markdown = ("# 报告\n\n## 二、2024年重点工作\n\n新建公共充电桩 3 万台。\n\n名词解释\n\n"
                "1.“两重”：国务院办公厅印发《关于推进两重建设的意见》，提出新建 5 个试点。\n")
    assert [c.value for c in candidates_of(markdown)] == ["3"]


def test_horizon_from_deadline_years_within_plan_period_and_section():
    markdown = ("# 报告\n\n## 二、今后五年工作安排\n\nGDP达到3.5万亿元，到2030年基本完成转型任务。\n\n"
                "## 三、“十五五”时期主要目标\n\n研发投入强度达到 3.2%。\n\n## 四、2025年重点工作\n\n"
                "力争在三年内培育形成六条千亿级产业链，新建 5G 基站 2.5 万个。\n")
    found = candidates_of(markdown)
    assert [c.horizon for c in found] == ["2025-2029", "2030", "2026-2030", "2025-2027", "2025"]


def test_relative_targets_doubling_and_firm_and_stretch_goals():
    found = candidates_of("# 报告\n\n## 二、2024年重点工作\n\n居民收入增速与经济增长基本同步，推动A级景区倍增，"
                          "实现“双一流”高校“保二争三”，实施市场主体倍增工程。\n")
    assert [(c.indicator, c.value, c.unit, c.qualifier) for c in found] == [
        ("居民收入增速", "与经济增长同步", "", "基本"), ("A级景区", "2", "倍", ""),
        ("“双一流”高校", "2-3", "", "保二争三")]


def test_strength_binding_and_category():
    found = by_quote("# 报告\n\n## 二、2024年重点工作\n\n力争开工5个以上抽水蓄能项目，确保粮食综合生产能力达到 300 亿斤，"
                     "约束性指标完成国家下达的目标任务。\n")
    hydro = found["力争开工5个以上抽水蓄能项目"]
    assert (hydro.strength, hydro.qualifier, hydro.category) == (CommitmentStrength.AIM, "力争 以上", "能源")
    grain = found["确保粮食综合生产能力达到 300 亿斤"]
    assert (grain.strength, grain.binding) == (CommitmentStrength.FIRM, CommitmentBinding.BINDING)
    binding = found["约束性指标完成国家下达的目标任务"]
    assert (binding.indicator, binding.binding) == ("约束性指标", CommitmentBinding.BINDING)


def test_a_report_without_outline_or_commitments_gives_nothing():
    assert candidates_of("一段没有数字的文字。\n") == []
    assert candidates_of("这是历史：1949年成立，当时有 500 万人。\n") == []
