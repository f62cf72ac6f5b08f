"""Re-anchoring on documents we edit ourselves (docs/architecture.md §7)."""
from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from document.anchoring import (
    AnchorResult,
    _myers_ends,
    apply_result,
    approximate_matches,
    max_edits,
    reanchor,
    reanchor_all,
)
from document.annotation import Annotation, AnchorState, TextQuote
from document.loading import load_document


@pytest.fixture(scope="module")
def text() -> str:
    return load_document(None).text


def _find(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


GDP = "全省地区生产总值增长 4.5% 左右"


def test_unchanged_text_is_anchored_at_the_hint(text):
    start, end = _find(text, GDP)
    result = reanchor(text, TextQuote.from_text(text, start, end), start, end)
    assert result == AnchorResult(AnchorState.ANCHORED, start, end, 1.0, 0.0)


def test_insertion_before_shifts_the_anchor(text):
    start, end = _find(text, GDP)
    quote = TextQuote.from_text(text, start, end)
    edited = text[:50] + "（此处插入一段新的文字。）" + text[50:]
    result = reanchor(edited, quote, start, end)
    assert result.state is AnchorState.ANCHORED
    assert edited[result.start:result.end] == GDP
    assert result.start == start + len("（此处插入一段新的文字。）")


def test_deleted_sentence_becomes_an_orphan(text):
    sentence_start = text.index(GDP)
    sentence_end = text.index("。", sentence_start) + 1
    start, end = sentence_start, sentence_end
    quote = TextQuote.from_text(text, start, end)
    edited = text[:start] + text[end:]
    result = reanchor(edited, quote, start, end)
    assert result.state is AnchorState.ORPHAN
    assert 0 <= result.start <= result.end <= len(edited)


def test_changed_number_is_found_in_place_and_marked_changed(text):
    start, end = _find(text, GDP)
    end = text.index("。", start) + 1  # the whole sentence
    quote = TextQuote.from_text(text, start, end)
    edited = text[:start] + text[start:end].replace("4.5%", "5%") + text[end:]
    result = reanchor(edited, quote, start, end)
    assert result.state is AnchorState.CHANGED
    assert result.start == start
    assert edited[result.start:result.end] == text[start:end].replace("4.5%", "5%")


def test_heavily_rewritten_quote_needs_review(text):
    start, end = _find(text, GDP)
    quote = TextQuote.from_text(text, start, end)
    rewritten = "全省地区生产总值增长约 5% 上下"  # about a third of the quote differs
    edited = text[:start] + rewritten + text[end:]
    result = reanchor(edited, quote, start, end)
    assert result.state is AnchorState.REVIEW
    assert 0.65 <= result.score < 0.85
    assert abs(result.start - start) <= 2


def test_duplicate_with_other_context_does_not_steal_the_anchor(text):
    start, end = _find(text, GDP)
    quote = TextQuote.from_text(text, start, end)
    decoy = "另据统计，" + GDP + "，但这是另一段话。\n"
    # The decoy goes before the original, so the original's offsets no longer hold.
    edited = decoy + text
    result = reanchor(edited, quote, start, end)
    assert result.state is AnchorState.ANCHORED
    assert result.start == start + len(decoy)
    assert result.runner_up < result.score - 0.02


def test_identical_duplicates_without_hint_need_review():
    passage = "推动高质量发展取得新成效。"
    text = "前文。" + passage + "中间。" + passage + "后文。"
    quote = TextQuote(exact=passage)
    result = reanchor(text, quote, None)
    assert result.state is AnchorState.REVIEW
    assert result.score == pytest.approx(result.runner_up, abs=0.02)


def test_whitespace_changes_still_anchor(text):
    start, end = _find(text, GDP)
    quote = TextQuote.from_text(text, start, end)
    edited = text[:start] + GDP.replace(" ", "") + text[end:]
    result = reanchor(edited, quote, start, end)
    assert result.state is AnchorState.ANCHORED
    assert edited[result.start:result.end] == GDP.replace(" ", "")


def test_short_quotes_match_exactly_only():
    text = "今年目标：增长六个百分点。明年再议。"
    quote = TextQuote(exact="六个百分", prefix="今年目标：增长", suffix="点。明年再议")
    assert max_edits(len(quote.exact)) == 0
    edited = text.replace("六个百分", "七个百分")
    assert reanchor(edited, quote, 7, 11).state is AnchorState.ORPHAN
    moved = "序。" + text
    result = reanchor(moved, quote, 7, 11)
    assert (result.state, result.start) == (AnchorState.ANCHORED, 9)


def test_characters_outside_the_bmp_count_as_one(text):
    start, end = _find(text, GDP)
    quote = TextQuote.from_text(text, start, end)
    edited = "𠀀😀" + text
    result = reanchor(edited, quote, start, end)
    assert result.start == start + 2


def test_empty_quote_is_an_orphan():
    assert reanchor("abc", TextQuote(""), 1, 2).state is AnchorState.ORPHAN


def test_reanchor_all_and_apply_result(text):
    needles = [GDP, "推动高质量发展", "各位代表"]
    annotations = []
    for index, needle in enumerate(needles):
        start, end = _find(text, needle)
        annotations.append(
            Annotation(id=str(index), document_id="d", start=start, end=end, quote=TextQuote.from_text(text, start, end))
        )
    edited = "前言。\n" + text
    results = reanchor_all(edited, annotations)
    assert [a.id for a, _ in results] == ["0", "1", "2"]
    for annotation, result in results:
        moved = apply_result(annotation, result)
        assert edited[moved.start:moved.end] == annotation.quote.exact
        assert moved.quote == annotation.quote and moved.modified == annotation.modified


def test_approximate_search_over_a_large_text_finds_the_edited_passage(text):
    import random

    rng = random.Random(7)
    start, end = _find(text, "全省地区生产总值增长 4.5% 左右，增速位居全国前列")
    copies = []
    for index in range(20):  # ~400k characters of near-identical reports
        marker = "".join(rng.choice("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉") for _ in range(16))
        copies.append(text[:start] + marker + text[start:end].replace("4.5", f"4.{index:02d}") + text[end:])
    big = "".join(copies)
    offset = sum(len(c) for c in copies[:7]) + start + 16
    original = big[offset:offset + end - start + 1]
    quote = TextQuote.from_text(big, offset, offset + len(original))
    edited = big[:offset] + original.replace("4.07%", "4.7%") + big[offset + len(original):]
    for hint in (None, offset):
        result = reanchor(edited, quote, hint)
        assert result.state is AnchorState.CHANGED, (hint, result)
        assert result.start == offset
        assert edited[result.start:result.end] == original.replace("4.07%", "4.7%")


def _dp_ends(pattern: str, text: str, k: int) -> list[tuple[int, int]]:
    column = list(range(len(pattern) + 1))
    ends = []
    for j, char in enumerate(text):
        new = [0]
        for i in range(1, len(pattern) + 1):
            new.append(min(column[i] + 1, new[i - 1] + 1, column[i - 1] + (pattern[i - 1] != char)))
        column = new
        if column[-1] <= k:
            ends.append((j + 1, column[-1]))
    return ends


@settings(max_examples=300, deadline=None)
@given(
    pattern=st.text(alphabet="ab中文", min_size=1, max_size=14),
    text=st.text(alphabet="ab中文x", max_size=40),
    k=st.integers(min_value=0, max_value=7),
)
def test_myers_matches_the_textbook_dynamic_programme(pattern, text, k):
    assert _myers_ends(pattern, text, k) == _dp_ends(pattern, text, k)


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_approximate_spans_are_within_the_edit_budget(data):
    from rapidfuzz.distance import Levenshtein

    text = data.draw(st.text(alphabet="甲乙丙丁", min_size=0, max_size=60))
    pattern = data.draw(st.text(alphabet="甲乙丙丁", min_size=6, max_size=12))
    k = max_edits(len(pattern))
    for start, end in approximate_matches(text, pattern, k):
        assert 0 <= start <= end <= len(text)
        assert Levenshtein.distance(pattern, text[start:end]) <= k


def test_result_of_a_moved_annotation_keeps_tombstone_flag():
    annotation = Annotation(id="x", document_id="d", start=0, end=3, quote=TextQuote("abc"), deleted=True)
    result = reanchor("zzabc", annotation.quote, 0, 3)
    assert apply_result(annotation, result) == replace(annotation, start=2, end=5)


def test_two_similar_passages_in_one_region_are_a_near_tie():
    import random

    rng = random.Random(11)
    filler = "".join(rng.choice("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥") for _ in range(30_000))
    passage = "坚持稳中求进工作总基调全面深化改革开放"
    edited_passage = passage.replace("全面", "持续")
    text = filler[:10_000] + edited_passage + filler[10_000:10_400] + edited_passage + filler[10_400:]
    result = reanchor(text, TextQuote(exact=passage), None)
    assert result.state is AnchorState.REVIEW
    assert result.runner_up == pytest.approx(result.score, abs=0.02)
    assert text[result.start:result.end] == edited_passage


# --- long quotes: bounded work (seed path) -----------------------------------------------------


def _bigram_text(base: str, size: int, rng) -> str:
    """Report-like text that rarely repeats (a character bigram chain trained on the report)."""
    follow: dict[str, list[str]] = {}
    for a, b in zip(base, base[1:]):
        follow.setdefault(a, []).append(b)
    chars, current = [base[0]], base[0]
    for _ in range(size - 1):
        choices = follow.get(current) or [base[rng.randrange(len(base))]]
        current = choices[rng.randrange(len(choices))]
        chars.append(current)
    return "".join(chars)


def _edited(passage: str, count: int, rng, margin: int) -> str:
    chars = list(passage)
    for position in sorted(rng.sample(range(margin, len(chars) - margin), count), reverse=True):
        kind = rng.random()
        if kind < 0.4:
            chars[position] = "改"
        elif kind < 0.7:
            chars.insert(position, "增")
        else:
            del chars[position]
    return "".join(chars)


@pytest.fixture(scope="module")
def long_text(text) -> str:
    import random

    return _bigram_text(text, 500_000, random.Random(5))


def _instrumented(monkeypatch):
    """Count scored candidates; fail if the unbounded machinery sees a long pattern."""
    import document.anchoring as anchoring

    calls = {"score": 0}
    score, myers, align = anchoring._score, anchoring._myers_ends, anchoring.fuzz.partial_ratio_alignment

    def counted_score(*args, **kwargs):
        calls["score"] += 1
        return score(*args, **kwargs)

    def short_myers(pattern, *args, **kwargs):
        assert len(pattern) <= anchoring.SEED_QUOTE, "Myers run on a long quote"
        return myers(pattern, *args, **kwargs)

    def short_align(pattern, *args, **kwargs):
        assert len(pattern) <= anchoring.SEED_QUOTE, "whole-text sweep run for a long quote"
        return align(pattern, *args, **kwargs)

    monkeypatch.setattr(anchoring, "_score", counted_score)
    monkeypatch.setattr(anchoring, "_myers_ends", short_myers)
    monkeypatch.setattr(anchoring.fuzz, "partial_ratio_alignment", short_align)
    return calls


@pytest.mark.parametrize("edits", [60, 400])  # 400 = 2%: more than the 256 edits Myers may take
def test_a_20000_character_quote_with_edits_takes_the_bounded_path_and_lands_in_place(long_text, monkeypatch, edits):
    import random

    import document.anchoring as anchoring

    rng = random.Random(8)
    start = 240_000
    quote = TextQuote.from_text(long_text, start, start + 20_000)
    passage = _edited(long_text[start:start + 20_000], edits, rng, margin=100)
    edited = long_text[:start] + "前面插入的一句。" + passage + long_text[start + 20_000:]
    moved = start + len("前面插入的一句。")
    calls = _instrumented(monkeypatch)
    for hint in (None, start, 10):
        calls["score"] = 0
        result = reanchor(edited, quote, hint)
        assert result.state is AnchorState.CHANGED, (hint, result)
        assert (result.start, result.end) == (moved, moved + len(passage))
        assert calls["score"] <= anchoring.MAX_SEED_REGIONS


def test_long_quote_edited_at_its_edges_is_still_found_nearby(long_text, monkeypatch):
    import random

    rng = random.Random(9)
    start = 100_000
    quote = TextQuote.from_text(long_text, start, start + 3_000)
    passage = "新" + _edited(long_text[start:start + 3_000], 40, rng, margin=0)[2:-2] + "尾"
    edited = long_text[:start] + passage + long_text[start + 3_000:]
    _instrumented(monkeypatch)
    result = reanchor(edited, quote, start)
    assert result.placed, result
    assert abs(result.start - start) <= 3 and abs(result.end - (start + len(passage))) <= 3


def test_long_quote_that_is_gone_is_an_orphan_within_the_budget(long_text, monkeypatch):
    import document.anchoring as anchoring

    start = 300_000
    quote = TextQuote.from_text(long_text, start, start + 5_000)
    edited = long_text[:start] + long_text[start + 5_000:]
    calls = _instrumented(monkeypatch)
    result = reanchor(edited, quote, start)
    assert result.state in (AnchorState.ORPHAN, AnchorState.REVIEW)
    assert calls["score"] <= anchoring.MAX_SEED_REGIONS


def test_five_long_quotes_reanchor_with_bounded_candidates(long_text, monkeypatch):
    import random

    import document.anchoring as anchoring

    rng = random.Random(10)
    starts = [20_000 * (i + 1) * 4 for i in range(5)]
    edited, annotations = long_text, []
    for index, start in enumerate(starts):
        annotations.append(Annotation(id=str(index), document_id="d", start=start, end=start + 20_000,
                                      quote=TextQuote.from_text(long_text, start, start + 20_000)))
    pieces, last = [], 0
    for start in starts:
        pieces += [long_text[last:start], _edited(long_text[start:start + 20_000], 100, rng, margin=100)]
        last = start + 20_000
    edited = "".join(pieces) + long_text[last:]
    calls = _instrumented(monkeypatch)
    results = reanchor_all(edited, annotations)
    assert all(result.state is AnchorState.CHANGED for _, result in results)
    assert calls["score"] <= 5 * anchoring.MAX_SEED_REGIONS


def test_long_quote_whose_opening_also_occurs_just_before_it_keeps_its_own_edges(long_text, monkeypatch):
    import random

    rng = random.Random(12)
    start = 50_000
    quote = TextQuote.from_text(long_text, start, start + 2_000)
    passage = _edited(long_text[start:start + 2_000], 20, rng, margin=100)
    end = start + 2_000
    # The quote's first and last 40 characters also occur 150 characters outside it (within
    # one seed region), while its own prefix and suffix stay as they were.
    edited = (long_text[:start - 150] + quote.exact[:40] + long_text[start - 110:start] + passage
              + long_text[end:end + 110] + quote.exact[-40:] + long_text[end + 150:])
    moved = start
    _instrumented(monkeypatch)
    result = reanchor(edited, quote, start)
    assert result.placed, result
    assert (result.start, result.end) == (moved, moved + len(passage))
