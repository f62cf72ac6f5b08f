"""Phrase maps from OpenCC's revealed segmentation (real OpenCC, real opencc_dict tool)."""
from __future__ import annotations

import random

import opencc
import pytest

from bundled_report import report_text
from document import phrase_segments, scripts
from document.phrase_segments import MARK, marked_converters, segmented_map
from test_scripts import CANCEL, LONG_FRAGMENTS, check_view, long_run


@pytest.fixture(autouse=True)
def fresh_converters():
    phrase_segments.marked_converters.cache_clear()
    scripts._VIEW_CACHE.clear()
    yield
    phrase_segments.set_cache_dir(None)
    scripts._VIEW_CACHE.clear()


@pytest.fixture
def unlimited(monkeypatch):
    """No analysis budget: the segment map must then equal the cut-by-cut one exactly."""
    monkeypatch.setattr(phrase_segments, "_MIN_TESTS", 10**9)


def cut_by_cut_units(text: str, monkeypatch) -> list[tuple[int, int, int, int]]:
    with monkeypatch.context() as patch:
        patch.setattr(phrase_segments, "_dict_tool", lambda: None)
        phrase_segments.marked_converters.cache_clear()
        view = scripts._build(text, "twp", (), False)
    phrase_segments.marked_converters.cache_clear()
    return view.units


def valid_cut(text: str, k: int) -> bool:
    """The brute-force definition: converting the halves alone gives the whole's output."""
    c = opencc.OpenCC("s2twp")
    return c.convert(text[:k]) + c.convert(text[k:]) == c.convert(text)


def test_marks_show_the_segmentation_and_convert_like_opencc():
    marked = marked_converters("s2twp", "s2tw")
    assert marked is not None
    out = marked.phrase.convert(CANCEL)
    assert out.replace(MARK, "") == opencc.OpenCC("s2twp").convert(CANCEL)
    pieces = marked.reference.convert(CANCEL).split(MARK)
    # Alternately a stretch and a key; the reference pieces keep the source's lengths.
    assert "".join(pieces) == opencc.OpenCC("s2tw").convert(CANCEL)
    assert len(pieces) % 2 == 1 and "互聯網" in pieces[1::2]


@pytest.mark.parametrize("text", [CANCEL, "串行端口干部", long_run(900, seed=4), long_run(1_500, seed=5)])
def test_segment_units_equal_the_cut_by_cut_units(text, monkeypatch, unlimited):
    display, units = segmented_map(text, "s2twp", "s2tw")
    assert display == opencc.OpenCC("s2twp").convert(text)
    assert units == cut_by_cut_units(text, monkeypatch)


def test_report_with_a_long_run_maps_exactly(monkeypatch, unlimited):
    """A real report with one punctuation-free paragraph appended: the long run goes through
    the marks, the rest cut by cut; the whole map equals the all-cut-by-cut map."""
    text = report_text() + "\n" + long_run(2_000, seed=11)
    view = scripts._build(text, "twp", (), False)
    assert view.text == opencc.OpenCC("s2twp").convert(text)
    check_view(view, text)
    assert view.units == cut_by_cut_units(text, monkeypatch)


def test_over_budget_the_map_is_coarser_but_exact(monkeypatch):
    """Adversarial text past the analysis budget: each differing piece is one unit, every
    unit boundary is still a valid cut and every unit converts to what the display shows."""
    monkeypatch.setattr(phrase_segments, "_MIN_TESTS", 0)
    monkeypatch.setattr(phrase_segments, "_CHARS_PER_TEST", 10**9)
    text = long_run(600, seed=8)
    display, units = segmented_map(text, "s2twp", "s2tw")
    assert display == opencc.OpenCC("s2twp").convert(text)
    view = scripts.ScriptView("twp", display, len(text), *zip(*units))
    check_view(view, text)
    c = opencc.OpenCC("s2twp")
    assert units
    for ss, se, ds, de in units:
        assert c.convert(text[ss:se]) == display[ds:de]
        assert valid_cut(text, ss) and valid_cut(text, se)
    # Coarser than the exact map, never different: every exact unit lies inside a coarse one.
    monkeypatch.undo()
    for es, ee, _ds, _de in cut_by_cut_units(text, monkeypatch):
        assert any(ss <= es and ee <= se for ss, se, _a, _b in units)


def test_text_holding_the_marker_takes_the_cut_by_cut_path():
    text = long_run(700, seed=2) + MARK + long_run(700, seed=3)
    assert segmented_map(text, "s2twp", "s2tw") is None
    view = scripts._build(text, "twp", (), False)
    assert view.text == opencc.OpenCC("s2twp").convert(text)
    check_view(view, text)


def test_marker_dictionaries_are_built_once_per_cache_dir(tmp_path, monkeypatch):
    phrase_segments.set_cache_dir(tmp_path)
    assert marked_converters("s2twp", "s2tw") is not None
    built = sorted(p.name for p in tmp_path.iterdir())
    assert len(built) == 1 and built[0].startswith("opencc-segments-")
    calls = []
    monkeypatch.setattr(phrase_segments, "_keys", lambda *args: calls.append(args) or set())
    phrase_segments.set_cache_dir(tmp_path)      # a new process would start like this
    assert marked_converters("s2twp", "s2tw") is not None
    assert calls == [] and sorted(p.name for p in tmp_path.iterdir()) == built


def test_a_damaged_cache_is_not_trusted(tmp_path):
    phrase_segments.set_cache_dir(tmp_path)
    assert marked_converters("s2twp", "s2tw") is not None
    (folder,) = tmp_path.iterdir()
    (folder / "segments.txt").write_text("互联\t\x01互联\x01\n", encoding="utf-8")
    phrase_segments.set_cache_dir(tmp_path)
    assert marked_converters("s2twp", "s2tw") is None       # the self-check refuses it
    text = long_run(1_000, seed=6)
    view = scripts._build(text, "twp", (), False)
    assert view.text == opencc.OpenCC("s2twp").convert(text)
    check_view(view, text)


def test_search_config_maps_traditional_long_runs():
    """Search builds Mainland forms of Taiwan text with tw2sp (reference tw2s)."""
    assert marked_converters("tw2sp", "tw2s") is not None
    rnd = random.Random(3)
    source = opencc.OpenCC("s2twp").convert("".join(rnd.choice(LONG_FRAGMENTS) for _ in range(300)))
    view = scripts.custom_view(source, phrase="tw2sp", reference="tw2s")
    assert view.text == opencc.OpenCC("tw2sp").convert(source)
    check_view(view, source)
