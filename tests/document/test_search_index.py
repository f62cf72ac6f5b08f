"""Script-insensitive, whitespace-tolerant find (real OpenCC)."""
from __future__ import annotations

import re
from functools import lru_cache

import opencc
from hypothesis import given, settings
from hypothesis import strategies as st

from bundled_report import report_text
from document.find import Match, SearchIndex, mainland_forms, search_index, taiwan_forms
from document.scripts import SCRIPT_IDS, convert, script_view




@lru_cache(maxsize=1)
def report_index() -> SearchIndex:
    return search_index(report_text())


@lru_cache(maxsize=1)
def taiwan_report() -> str:
    return opencc.OpenCC("s2twp").convert(report_text())


@lru_cache(maxsize=1)
def taiwan_index() -> SearchIndex:
    return search_index(taiwan_report())


def starts(matches: list[Match]) -> list[int]:
    return [m.start for m in matches]


def occurrences(text: str, needle: str) -> list[int]:
    return [m.start() for m in re.finditer(f"(?={re.escape(needle)})", text)]


def test_traditional_query_finds_simplified_text():
    text = report_text()
    matches = report_index().find("發展")
    assert matches and starts(matches) == occurrences(text, "发展")
    assert all(text[m.start:m.end] == "发展" for m in matches)


def test_taiwan_vocabulary_finds_mainland_words():
    text = report_text()
    matches = report_index().find("網際網路")
    assert matches and starts(matches) == occurrences(text, "互联网")
    assert all(text[m.start:m.end] == "互联网" for m in matches)
    # The same word typed in Simplified characters with Taiwan vocabulary.
    assert starts(report_index().find("网际网路")) == occurrences(text, "互联网")


def test_taiwan_phrase_without_a_reverse_entry():
    """s2twp turns 高端 into 高階, but tw2sp takes 高階 to 高级: the twp form catches it."""
    text = report_text()
    matches = report_index().find("高階")
    assert matches and starts(matches) == occurrences(text, "高端")


def test_spaces_between_chinese_and_numbers_are_ignored_on_both_sides():
    text = report_text()
    assert "5G 基站" in text and "88 亿元" in text
    for query in ("5G基站", "5G 基站", "5g基站", "５Ｇ基站", " 5G基站 "):
        matches = report_index().find(query)
        assert matches, query
        assert all(text[m.start:m.end] == "5G 基站" for m in matches)
    matches = report_index().find("88亿元")
    assert [text[m.start:m.end] for m in matches] == ["88 亿元"]
    index = SearchIndex("建成5G基站和88 亿 元")
    assert [(m.start, m.end) for m in index.find("5G 基站")] == [(2, 6)]
    assert [(m.start, m.end) for m in index.find("88亿元")] == [(7, 13)]


def test_spaces_between_latin_words_still_separate_them():
    index = SearchIndex("new  energy and newenergy")
    assert [(m.start, m.end) for m in index.find("new energy")] == [(0, 11)]
    assert [(m.start, m.end) for m in index.find("newenergy")] == [(16, 25)]


def test_no_match_and_empty_queries():
    assert report_index().find("量子引力弦论") == []
    assert report_index().find("") == []
    assert report_index().find("   ") == []
    assert report_index().find("发展", limit=0) == []


def test_overlapping_matches_are_all_reported():
    index = SearchIndex("哈哈哈，哈哈")
    assert [(m.start, m.end) for m in index.find("哈哈")] == [(0, 2), (1, 3), (4, 6)]


def test_limit_keeps_the_first_matches():
    all_matches = report_index().find("发展")
    assert report_index().find("发展", limit=5) == all_matches[:5]


def test_matches_are_source_ranges_that_map_to_every_display():
    text = report_text()
    matches = report_index().find("互联网")
    view = script_view(text, "twp")
    assert matches
    for m in matches:
        ds, de = view.to_display_range(m.start, m.end)
        assert view.text[ds:de] == "網際網路"


def test_traditional_taiwan_source():
    """A source written in Taiwan script and vocabulary, searched in Mainland words."""
    text = taiwan_report()
    index = taiwan_index()
    matches = index.find("互联网")
    assert matches and starts(matches) == occurrences(text, "網際網路")
    assert all(text[m.start:m.end] == "網際網路" for m in matches)
    assert starts(index.find("发展")) == occurrences(text, "發展")
    assert index.find("5G基站")


def test_hong_kong_variants():
    text = report_text()
    matches = report_index().find("衞生")
    assert matches and starts(matches) == occurrences(text, "卫生")


def test_query_forms():
    assert mainland_forms("網際網路") == ["网际网路", "互联网"]
    assert mainland_forms("发展") == ["发展"]
    assert taiwan_forms("高端") == ["高階"]


def test_index_is_cached_per_text():
    assert search_index(report_text()) is report_index()


def test_non_bmp_text():
    index = SearchIndex("𠀀😀互联网 5G 基站")
    assert [(m.start, m.end) for m in index.find("互聯網")] == [(2, 5)]
    assert [(m.start, m.end) for m in index.find("互联网5G")] == [(2, 8)]


@settings(max_examples=40, deadline=None)
@given(script=st.sampled_from(SCRIPT_IDS), data=st.data())
def test_any_clause_in_any_script_finds_its_passage(script, data):
    """A clause of the report, shown in any script and typed back as a query, finds itself."""
    text = report_text()
    clauses = [(m.start(), m.group()) for m in re.finditer(r"[^\s，。；：、！？（）“”《》【】]{2,}", text)]
    start, clause = data.draw(st.sampled_from(clauses))
    matches = report_index().find(convert(clause, script))
    assert any(m.start <= start and start + len(clause) <= m.end for m in matches)
