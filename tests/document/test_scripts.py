"""Script views: conversions, identity assertions and exact offset maps (real OpenCC)."""
from __future__ import annotations

import os
import random
import subprocess
import tracemalloc
from functools import lru_cache
from pathlib import Path

import opencc
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bundled_report import report_text
from document import phrase_map, phrase_segments, scripts
from document.scripts import (
    SCRIPT_IDS,
    ScriptMapError,
    ScriptView,
    convert,
    custom_view,
    is_traditional,
    script_view,
)

CANCEL = "连接互联网串行端口和数据"



@lru_cache(maxsize=1)
def traditional_report() -> str:
    return opencc.OpenCC("s2tw").convert(report_text())


def check_view(view: ScriptView, source: str) -> None:
    """Invariants every view must hold, whatever the script."""
    n, m = len(source), len(view.text)
    assert view.source_length == n
    assert view.to_source(0) == 0 and view.to_source(m) == n
    assert view.to_display(0) == 0 and view.to_display(n) == m
    listed = view.to_source_list()
    assert len(listed) == m + 1
    assert all(a <= b for a, b in zip(listed, listed[1:]))
    assert listed == [view.to_source(d) for d in range(m + 1)]
    previous = None
    for ss, se, ds, de in view.units:
        assert 0 <= ss < se <= n and 0 <= ds <= de <= m
        if previous is not None:
            assert previous[1] <= ss and previous[3] <= ds
            # Between units the map is char by char: the gaps have equal lengths.
            assert ss - previous[1] == ds - previous[3]
        previous = (ss, se, ds, de)


# --------------------------------------------------------------------------- constants


def test_script_ids():
    assert SCRIPT_IDS == ("source", "s", "t", "tw", "twp", "hk")


def test_unknown_script_is_rejected():
    with pytest.raises(ValueError):
        script_view("发展", "xx")
    with pytest.raises(ValueError):
        convert("发展", "jp")


def test_converters_are_shared():
    assert scripts.converter("s2twp") is scripts.converter("s2twp")


# --------------------------------------------------------------------------- dictionary keys


def _dump_keys(tmp_path: Path) -> set[str]:
    return _dump_dictionaries(tmp_path)[0]


def _dump_dictionaries(tmp_path: Path) -> tuple[set[str], int]:
    """Every character of every shipped dictionary key, and the longest key's length."""
    share = Path(opencc.__file__).parent / "clib" / "share" / "opencc"
    tool = Path(opencc.__file__).parent / "clib" / "bin" / "opencc_dict"
    if not tool.exists() or not os.access(tool, os.X_OK):
        pytest.skip("the opencc wheel ships no opencc_dict tool")
    chars: set[str] = set()
    longest = 0
    dictionaries = sorted(share.glob("*.ocd2"))
    assert dictionaries
    for ocd2 in dictionaries:
        out = tmp_path / (ocd2.stem + ".txt")
        subprocess.run([str(tool), "-i", str(ocd2), "-o", str(out), "-f", "ocd2", "-t", "text"],
                       check=True, capture_output=True, timeout=60)
        for line in out.read_text(encoding="utf-8").splitlines():
            if line:
                key = line.split("\t", 1)[0]
                chars.update(key)
                longest = max(longest, len(key))
    return chars, longest


def test_every_dictionary_key_character_is_inside_runs(tmp_path):
    """The hard-boundary rule is sound: no character of any shipped dictionary key is a
    boundary.  Re-derived from the installed dictionaries, so an OpenCC upgrade that adds
    key characters fails here instead of silently corrupting maps."""
    keys, longest = _dump_dictionaries(tmp_path)
    assert {"互", "联", "网", "-", "·", "〇", "U", "S", "Q", "L"} <= keys
    # Windowed cut tests on long runs need more context than any key can span.
    assert longest < phrase_map._MARGIN
    missed = sorted(c for c in keys if not scripts._RUN.fullmatch(c))
    assert missed == []
    # And the boundaries the design names really are boundaries.
    for char in "，。；：、0123456789 \n\t!?()%":
        assert char not in keys
        assert not scripts._RUN.fullmatch(char)


# --------------------------------------------------------------------------- detection


def test_is_traditional():
    assert not is_traditional(report_text())
    assert is_traditional(traditional_report())
    assert is_traditional(opencc.OpenCC("s2hk").convert(report_text()))
    assert not is_traditional("发展经济，改善民生。")
    assert is_traditional("發展經濟，改善民生。")


# --------------------------------------------------------------------------- identity configs


@pytest.mark.parametrize("script", ["source", "s", "t", "tw", "hk"])
def test_length_keeping_scripts_are_identity(script):
    source = report_text()
    view = script_view(source, script)
    assert view.identity and view.units == []
    assert len(view.text) == len(source)
    assert view.to_source_list() == list(range(len(source) + 1))
    if script == "t":
        assert view.text == opencc.OpenCC("s2t").convert(source)
    if script in ("source", "s"):
        assert view.text == source


@pytest.mark.parametrize("script", ["source", "s", "t", "tw", "hk"])
def test_traditional_source_length_keeping_scripts(script):
    source = traditional_report()
    view = script_view(source, script)
    assert view.identity
    if script in ("source", "t"):
        assert view.text == source
    if script == "s":
        assert view.text == opencc.OpenCC("t2s").convert(source)


def test_length_change_in_a_length_keeping_config_raises(monkeypatch):
    """Pretend s2twp keeps lengths: the guard must refuse its output, not shift offsets."""
    from document import converters

    monkeypatch.setattr(converters, "LENGTH_KEEPING", converters.LENGTH_KEEPING | {"s2twp"})
    with pytest.raises(ScriptMapError):
        converters.convert_checked("s2twp", "互联网")
    with pytest.raises(ScriptMapError):
        converters.batch("s2twp", ["互联网", "数据"])


def test_custom_view_requires_length_keeping_reference():
    with pytest.raises(ValueError):
        custom_view("互联网", phrase="s2twp", reference="s2twp")
    with pytest.raises(ValueError):
        custom_view("互联网", steps=("s2twp",))


# --------------------------------------------------------------------------- twp maps


def test_cancelling_phrases_map_exactly():
    """Same length overall, yet 互联网 (3→4) and 串行端口 (4→3) must not be mapped char by char."""
    view = script_view(CANCEL, "twp")
    assert view.text == "連線網際網路序列埠和資料"
    assert len(view.text) == len(CANCEL) and not view.identity
    # 互联网 → 網際網路 is one unit; 端口 → 埠 is one unit; 串行 → 序列 cuts validly.
    assert view.units == [(2, 5, 2, 6), (7, 9, 8, 9)]
    assert view.to_source_list() == [0, 1, 2, 2, 2, 2, 5, 6, 7, 9, 10, 11, 12]
    # 串 (source 5) is shown as 序 (display 6), never inside 網際網路.
    assert view.to_display(5) == 6 and view.text[6] == "序"
    assert view.to_source_range(6, 7) == (5, 6)
    # Anything inside 網際網路 snaps to 互联网.
    for d in (3, 4, 5):
        assert view.to_source(d) == 2
    assert view.to_source_range(5, 6) == (2, 5)     # 路 → 互联网
    assert view.to_source_range(3, 8) == (2, 7)     # 際網路序列 → 互联网串行
    assert view.to_display_range(3, 4) == (2, 6)    # 联 → 網際網路
    assert view.to_display_range(7, 8) == (8, 9)    # 端 → 埠
    assert view.to_display(8) == 8 and view.to_display(9) == 9
    check_view(view, CANCEL)


def test_cuts_are_judged_on_the_whole_run():
    """串行|端口 splits validly above, but not before 干部: 端口干部 alone segments as 口干."""
    view = script_view("串行端口干部", "twp", source_is_traditional=False)
    assert view.text == "序列埠幹部"
    assert view.units == [(0, 4, 0, 3)]
    assert view.to_source_range(0, 1) == (0, 4)
    assert view.to_display(4) == 3


def test_growing_phrase_inside_a_clause():
    source = "国土空间不断优化，互联网"
    view = script_view(source, "twp")
    assert view.text == "國土空間不斷最佳化，網際網路"
    assert view.units == [(6, 8, 6, 9), (9, 12, 10, 14)]
    assert view.to_source_range(7, 8) == (6, 8)     # 佳 → 优化
    assert view.to_display_range(7, 8) == (6, 9)    # 化 → 最佳化
    assert view.to_display(9) == 10                 # after the comma, shifted by one
    check_view(view, source)


def test_phrases_with_latin_letters():
    source = "U盘和SQL注入"
    view = script_view(source, "twp")
    assert view.text == "隨身碟和SQL隱碼攻擊"
    assert view.to_source_range(1, 2) == (0, 2)
    assert view.to_display_range(4, 5) == (4, 11)
    check_view(view, source)


def test_non_bmp_and_bmp_to_non_bmp_characters():
    source = "㓆𠀀😀互联网内存。"
    for script in SCRIPT_IDS:
        view = script_view(source, script)
        check_view(view, source)
    t = script_view(source, "t")
    assert t.identity and t.text[0] == "𠗣" and len(t.text) == len(source)
    twp = script_view(source, "twp")
    assert twp.text == "𠗣𠀀😀網際網路記憶體。"
    assert twp.to_display(3) == 3 and twp.to_display(6) == 7 and twp.to_display(8) == 10
    assert twp.to_source(len(twp.text) - 1) == len(source) - 1


def test_equal_length_phrases_map_char_by_char():
    view = script_view("软件信息", "twp")
    assert view.text == "軟體資訊" and view.identity


def test_newlines_nul_and_carriage_returns_are_boundaries():
    source = "互联网\r\n内存\x00数据\n\n软件"
    view = script_view(source, "twp")
    assert view.text == "網際網路\r\n記憶體\x00資料\n\n軟體"
    check_view(view, source)
    assert view.to_display(source.index("\x00")) == view.text.index("\x00")


def test_protected_ranges_are_not_converted():
    source = "互联网`内存`数据"
    view = script_view(source, "twp", protected=[(3, 7)])
    assert view.text == "網際網路`内存`資料"
    assert view.to_display(4) == 5 and view.text[5:7] == "内存"
    check_view(view, source)
    tview = script_view(source, "t", protected=[(3, 7)])
    assert tview.text == "互聯網`内存`數據" and tview.identity


def test_traditional_source_twp_composes_t2s_then_s2twp():
    source = "連接網際網路和記憶體，發展軟體。"
    assert is_traditional(source)
    s_view = script_view(source, "s")
    assert s_view.identity and s_view.text == "连接网际网路和记忆体，发展软体。"
    twp = script_view(source, "twp")
    assert twp.text == opencc.OpenCC("s2twp").convert(opencc.OpenCC("t2s").convert(source))
    check_view(twp, source)
    # A Traditional source written with Mainland words: 互聯網 gains a character in twp.
    mainland = "連接互聯網串行端口和數據"
    view = script_view(mainland, "twp")
    assert view.text == "連線網際網路序列埠和資料"
    assert view.units == [(2, 5, 2, 6), (7, 9, 8, 9)]
    assert script_view(mainland, "t").text == mainland


def test_convert_short_strings():
    assert convert("互联网", "twp") == "網際網路"
    assert convert("发展", "t") == "發展"
    assert convert("发展", "source") == "发展"
    assert convert("發展", "s", source_is_traditional=True) == "发展"
    assert convert("發展", "t", source_is_traditional=True) == "發展"


def test_views_are_cached():
    source = report_text()
    assert script_view(source, "twp") is script_view(source, "twp")


def test_report_views_hold_invariants():
    source = report_text()
    for script in SCRIPT_IDS:
        view = script_view(source, script)
        check_view(view, source)
        converted = convert(source, script)
        assert view.text == converted
    twp = script_view(source, "twp")
    assert twp.units, "the report has Taiwan phrases of a different length"
    # Every unit converts on its own to exactly what the display shows.
    c = opencc.OpenCC("s2twp")
    for ss, se, ds, de in twp.units:
        assert c.convert(source[ss:se]) == twp.text[ds:de]


def test_traditional_report_views_hold_invariants():
    source = traditional_report()
    for script in SCRIPT_IDS:
        check_view(script_view(source, script), source)


# --------------------------------------------------------------------------- properties

FRAGMENTS = [
    "互联网", "内存", "串行端口", "数据", "软件", "信息", "连接", "优化", "打印机", "U盘",
    "SQL注入", "发展", "质量", "网络", "高端", "和", "的", "在", "，", "。", "、", "；",
    "（一）", "2023", "88", " ", "5G", "亿元", "\n", "\r\n", "𠀀", "😀", "㓆", "·", "-", "〇",
    "a", "B", "中国", "台湾", "香港", "乾隆", "干部", "头发", "里面",
]

synthetic = st.lists(st.sampled_from(FRAGMENTS), min_size=0, max_size=30).map(
    lambda parts: "".join(parts).replace("\r\n", "\n"))

# CRLF-derived text keeps a stray CR now and then; both must survive.
raw_synthetic = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=30).map("".join)

FAST = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


def _round_trip(view: ScriptView, source: str, data) -> None:
    """A random display selection maps to a source range that maps back around it, and a
    random source range (an annotation) maps to a display range that maps back around it."""
    m, n = len(view.text), len(source)
    a, b = sorted((data.draw(st.integers(0, m)), data.draw(st.integers(0, m))))
    ss, se = view.to_source_range(a, b)
    assert 0 <= ss <= se <= n
    ds, de = view.to_display_range(ss, se)
    if a == b:  # a caret inside a phrase snaps to the phrase start
        assert ss == se and ds == de <= a
    else:
        assert ss < se
        assert ds <= a and b <= de, (view.text[a:b], source[ss:se], view.text[ds:de])
    c, d = sorted((data.draw(st.integers(0, n)), data.draw(st.integers(0, n))))
    ds, de = view.to_display_range(c, d)
    assert 0 <= ds <= de <= m
    ss, se = view.to_source_range(ds, de)
    if c == d:
        assert ss == se <= c
    else:
        assert ss <= c and d <= se


@FAST
@given(text=st.one_of(synthetic, raw_synthetic), script=st.sampled_from(SCRIPT_IDS), data=st.data())
def test_synthetic_selections_round_trip(text, script, data):
    view = script_view(text, script)
    check_view(view, text)
    _round_trip(view, text, data)


@FAST
@given(text=synthetic, data=st.data())
def test_synthetic_twp_units_convert_alone(text, data):
    view = script_view(text, "twp", source_is_traditional=False)
    c = opencc.OpenCC("s2twp")
    for ss, se, ds, de in view.units:
        assert c.convert(text[ss:se]) == view.text[ds:de]
    # Pieces between units are char by char, so a display char outside units maps to the
    # source char at the same shifted position.
    d = data.draw(st.integers(0, len(view.text)))
    s = view.to_source(d)
    assert view.to_display(s) <= d


@FAST
@given(text=synthetic, data=st.data())
def test_synthetic_traditional_sources(text, data):
    source = opencc.OpenCC("s2tw").convert(text)
    for script in ("s", "twp", "hk"):
        view = script_view(source, script, source_is_traditional=True)
        check_view(view, source)
        _round_trip(view, source, data)


@FAST
@given(script=st.sampled_from(SCRIPT_IDS), data=st.data())
def test_report_selections_round_trip(script, data):
    source = report_text()
    _round_trip(script_view(source, script), source, data)


@FAST
@given(script=st.sampled_from(SCRIPT_IDS), data=st.data())
def test_traditional_report_selections_round_trip(script, data):
    source = traditional_report()
    _round_trip(script_view(source, script), source, data)


@FAST
@given(script=st.sampled_from(SCRIPT_IDS), data=st.data())
def test_report_substrings_round_trip(script, data):
    full = report_text()
    a = data.draw(st.integers(0, len(full) - 1))
    source = full[a:a + data.draw(st.integers(1, 400))]
    view = script_view(source, script)
    check_view(view, source)
    _round_trip(view, source, data)


@FAST
@given(text=synthetic, script=st.sampled_from(SCRIPT_IDS))
def test_batched_path_matches_whole_text_path(text, script):
    """An empty protected range forces the chunked, batched path: same text, same map."""
    whole = script_view(text, script, source_is_traditional=False)
    chunked = script_view(text, script, protected=[(0, 0)], source_is_traditional=False)
    assert chunked.text == whole.text
    assert chunked.units == whole.units


@FAST
@given(text=synthetic, data=st.data())
def test_random_protected_ranges_stay_verbatim(text, data):
    n = len(text)
    ranges = []
    for _ in range(data.draw(st.integers(0, 3))):
        a = data.draw(st.integers(0, n))
        ranges.append((a, data.draw(st.integers(a, n))))
    view = script_view(text, "twp", protected=ranges, source_is_traditional=False)
    check_view(view, text)
    _round_trip(view, text, data)
    for a, b in ranges:
        if a < b:
            ds, de = view.to_display_range(a, b)
            assert view.text[ds:de] == text[a:b]


def _assert_units_are_exact(text: str) -> None:
    """Every unit is bounded by valid cuts of its run and holds no valid cut inside: the map
    is neither wrong nor coarser than OpenCC's own segmentation (brute force per run)."""
    view = script_view(text, "twp", source_is_traditional=False)
    c = opencc.OpenCC("s2twp")
    runs = {m.start(): m.end() for m in scripts._RUN.finditer(text)}
    for ss, se, _ds, _de in view.units:
        a = max(start for start in runs if start <= ss)
        end = runs[a]
        assert se <= end, "a unit never crosses a hard boundary"
        run = text[a:end]
        whole = c.convert(run)

        def valid(k: int) -> bool:
            return c.convert(run[:k]) + c.convert(run[k:]) == whole

        assert all(valid(k) for k in (ss - a, se - a) if 0 < k < len(run))
        assert not any(valid(k) for k in range(ss - a + 1, se - a))


def test_report_units_are_exact():
    _assert_units_are_exact(report_text())
    _assert_units_are_exact(CANCEL)


@FAST
@given(text=synthetic)
def test_synthetic_units_are_exact(text):
    _assert_units_are_exact(text)


# --------------------------------------------------------------------------- long runs

LONG_FRAGMENTS = [
    "互联网", "内存", "串行端口", "数据", "软件", "信息", "发展", "经济", "连接", "优化",
    "打印机", "U盘", "SQL注入", "质量", "网络", "高端", "和", "的", "在", "中国", "台湾",
    "乾隆", "干部", "头发", "里面", "口干", "端口", "行", "·", "-", "〇",
]


def long_run(size: int, seed: int) -> str:
    """A punctuation-free run (one paragraph, no hard boundary) of at least ``size`` chars."""
    rnd = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        parts.append(rnd.choice(LONG_FRAGMENTS))
        total += len(parts[-1])
    text = "".join(parts)
    assert scripts._RUN.fullmatch(text)
    return text


def _random_round_trips(view: ScriptView, source: str, seed: int, count: int = 300) -> None:
    rnd = random.Random(seed)
    m, n = len(view.text), len(source)
    for _ in range(count):
        a, b = sorted((rnd.randrange(m + 1), rnd.randrange(m + 1)))
        ss, se = view.to_source_range(a, b)
        ds, de = view.to_display_range(ss, se)
        assert ds <= a and (a == b or b <= de)
        c, d = sorted((rnd.randrange(n + 1), rnd.randrange(n + 1)))
        ds, de = view.to_display_range(c, d)
        ss, se = view.to_source_range(ds, de)
        assert ss <= c and (c == d or d <= se)


@pytest.mark.parametrize("size", [2_000, 20_000])
def test_long_runs_map_exactly(size, long_run_method):
    """A paragraph without punctuation is one run: its map must be exact and consistent."""
    text = long_run(size, seed=size)
    view = script_view(text, "twp", source_is_traditional=False)
    assert view.text == opencc.OpenCC("s2twp").convert(text)
    assert view.units
    check_view(view, text)
    _random_round_trips(view, text, seed=size)
    c = opencc.OpenCC("s2twp")
    for ss, se, ds, de in view.units:
        assert c.convert(text[ss:se]) == view.text[ds:de]


@pytest.mark.parametrize("seed", range(4))
def test_long_runs_match_the_whole_run_reference(monkeypatch, seed, long_run_method):
    """Both long-run methods give exactly the units of testing every cut on the whole run
    (the quadratic reference, affordable on ~1,200 characters), the segment marks when their
    analysis budget is not cut short (see test_phrase_segments for the coarse map)."""
    monkeypatch.setattr(phrase_segments, "_MIN_TESTS", 10**9)
    text = long_run(1_200, seed=seed)
    fast = scripts._build(text, "twp", (), False)
    monkeypatch.setattr(phrase_map, "_LONG_RUN", 10**9)
    slow = scripts._build(text, "twp", (), False)
    assert fast.text == slow.text
    assert fast.units == slow.units


@pytest.fixture
def cut_by_cut():
    """As on a wheel without the opencc_dict tool: long runs take the windowed cut tests."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(phrase_segments, "_dict_tool", lambda: None)
        phrase_segments.marked_converters.cache_clear()
        scripts._VIEW_CACHE.clear()
        try:
            yield patch
        finally:
            phrase_segments.marked_converters.cache_clear()
            scripts._VIEW_CACHE.clear()


@pytest.fixture(params=["segment marks", "cut by cut"])
def long_run_method(request):
    """Long runs are mapped from OpenCC's revealed segmentation when the wheel's opencc_dict
    tool can build the marker dictionary, else cut by cut through windows: test both."""
    if request.param == "cut by cut":
        yield request.getfixturevalue("cut_by_cut")
        return
    scripts._VIEW_CACHE.clear()
    assert phrase_segments.marked_converters("s2twp", "s2tw") is not None
    yield None
    scripts._VIEW_CACHE.clear()


long_synthetic = st.lists(st.sampled_from(LONG_FRAGMENTS), min_size=20, max_size=90).map("".join)


@settings(FAST, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=long_synthetic)
def test_windowed_units_are_exact(text, cut_by_cut):   # the fixture is a fixed environment
    """Small windows and strides (still longer than these fragments' keys) on runs of a few
    hundred characters: every unit is exact against the brute-force reference."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(phrase_map, "_LONG_RUN", 24)
        patch.setattr(phrase_map, "_MARGIN", 16)
        patch.setattr(phrase_map, "_STRIDE", 8)
        scripts._VIEW_CACHE.clear()
        try:
            _assert_units_are_exact(text)
        finally:
            scripts._VIEW_CACHE.clear()


@pytest.mark.parametrize("stride", [1, 3, 32])
def test_wrong_anchors_are_caught_by_verification(monkeypatch, stride, cut_by_cut):
    """With no context, anchors land inside phrases (互|联网); the verification must drop them
    (or give up on the rest as one unit), never shift the map."""
    monkeypatch.setattr(phrase_map, "_MARGIN", 0)
    monkeypatch.setattr(phrase_map, "_STRIDE", stride)
    monkeypatch.setattr(phrase_map, "_MAX_REPAIRS", 4)
    text = long_run(600, seed=stride) + "串行端口干部" + long_run(300, seed=9)
    view = scripts._build(text, "twp", (), False)
    assert view.text == opencc.OpenCC("s2twp").convert(text)
    check_view(view, text)
    _random_round_trips(view, text, seed=stride, count=100)


def test_long_run_memory_is_linear(long_run_method):
    """20k characters without punctuation: the quadratic version needed ~1 GB here."""
    text = long_run(20_000, seed=3)
    scripts.converter("s2twp")  # dictionaries loaded outside the measurement
    tracemalloc.start()
    try:
        view = scripts._build(text, "twp", (), False)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert view.units
    assert peak < 50 * 2**20, f"peak {peak / 2**20:.1f} MB"


def test_long_texts_convert_in_chunks_exactly_as_in_one_call():
    """OpenCC holds the GIL for a whole call, so long texts go in newline-aligned chunks
    (document/converters.py); the output must be byte for byte the one-call output."""
    import random

    from document.converters import CHUNK, convert_text, converter

    rng = random.Random(3)
    alphabet = "互联网内存串行端口数据软件信息发展经济，。A-·"
    lines = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 400))) for _ in range(600)]
    text = "\n".join(lines)
    assert len(text) > 3 * CHUNK
    for config in ("s2twp", "s2t", "s2hk", "tw2sp"):
        assert convert_text(config, text) == converter(config).convert(text), config
