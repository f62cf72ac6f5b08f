"""Script views and find: build time per script against a plain OpenCC convert, search latency.

Run from the repository root::

    .venv/bin/python benchmarks/bench_scripts.py

Every figure is printed beside a floor measured in the same run and the ratio between them:

* each script's view build (convert + offset map; Traditional detection excluded) against
  ``opencc.OpenCC(config).convert(text)`` of the same text (goal: ``twp`` ≤ 5x on any input,
  the others ≈ 1x); Traditional detection against one plain ``t2s`` convert of the text;
* the search index build against plain converts of the configs it uses (``hk2s`` and
  ``s2twp``), and each query against a plain ``str.find`` loop over the source;
* one-paragraph texts without punctuation (2k to 128k characters, a single run each: the
  worst case of the twp map) against a plain ``s2twp`` convert.

Texts: the bundled report and synthetic reports of ~1 MB UTF-8 and ~1 M characters built from
its paragraphs.  Best of N with ``time.perf_counter``; nothing is asserted.
"""
from __future__ import annotations

import random
import statistics
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import opencc  # noqa: E402

from document import find, scripts  # noqa: E402
from document.scripts import SCRIPT_IDS, is_traditional, script_view  # noqa: E402

SEED = ROOT / "resources" / "shanxi-2023-government-work-report.md"
FLOOR_CONFIG = {"source": None, "s": None, "t": "s2t", "tw": "s2tw", "twp": "s2twp", "hk": "s2hk"}
QUERIES = ["发展", "發展", "互联", "網路", "5G"]


def report_text() -> str:
    try:
        from document.loading import load_document
    except ImportError:
        return SEED.read_text(encoding="utf-8")
    return load_document(SEED).text


def synthetic(text: str, size: int, unit: str = "bytes", seed: int = 7) -> str:
    """Report paragraphs shuffled and varied (numbers changed) until ``size`` is reached."""
    rnd = random.Random(seed)
    paragraphs = [p for p in text.split("\n") if p.strip()]
    out: list[str] = []
    total = 0
    while total < size:
        paragraph = rnd.choice(paragraphs)
        paragraph = "".join(str(rnd.randrange(10)) if c.isdigit() else c for c in paragraph)
        out.append(paragraph)
        total += (len(paragraph.encode("utf-8")) if unit == "bytes" else len(paragraph)) + 1
    return "\n".join(out)


def row(label: str, value: float, floor: float, floor_label: str, extra: str = "") -> str:
    """One figure, its floor and the ratio, columns aligned by display width."""
    return (f"  {pad(label, 38)} {value * 1000:9.2f} ms   {pad(floor_label, 22)} {floor * 1000:9.2f} ms"
            f"   ratio {value / floor:6.2f}x{extra}")


def pad(text: str, width: int) -> str:
    """``text`` left-aligned in ``width`` terminal columns (CJK characters take two)."""
    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(0, width - used)


def best_of(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def cold_view(text: str, script: str):
    scripts._VIEW_CACHE.clear()
    return script_view(text, script, source_is_traditional=False)


def bench_views(name: str, text: str, repeat: int) -> None:
    print(f"\n{name}: {len(text):,} characters, {len(text.encode('utf-8')):,} UTF-8 bytes")
    detect = best_of(lambda: (is_traditional.cache_clear(), is_traditional(text)), repeat)
    t2s = opencc.OpenCC("t2s")
    print(row("Traditional detection (sampled)", detect, best_of(lambda: t2s.convert(text), repeat),
              "plain t2s convert"))
    for script in SCRIPT_IDS:
        config = FLOOR_CONFIG[script]
        if not config:
            continue   # the source itself: nothing to build
        built = best_of(lambda: cold_view(text, script), repeat)
        view = cold_view(text, script)
        c = opencc.OpenCC(config)
        floor = best_of(lambda: c.convert(text), repeat)
        print(row(f"view {script} ({config})", built, floor, f"plain {config} convert",
                  f"   units {len(view.units):,}" if view.units else ""))
    twp = script_view(text, "twp", source_is_traditional=False)
    listing = best_of(twp.to_source_list, repeat)
    identity = best_of(lambda: list(range(len(text) + 1)), repeat)
    print(row("twp to_source_list (CLI --json)", listing, identity, "list(range(n + 1))"))


def bench_find(name: str, text: str, repeat: int) -> None:
    def cold_index(taiwan: bool = True):
        scripts._VIEW_CACHE.clear()
        return find.SearchIndex(text, source_is_traditional=False, taiwan_phrases=taiwan)

    build = best_of(cold_index, repeat)
    build_mainland = best_of(lambda: cold_index(False), repeat)
    hk2s, s2twp = opencc.OpenCC("hk2s"), opencc.OpenCC("s2twp")
    floor_mainland = best_of(lambda: hk2s.convert(text), repeat)
    floor_both = best_of(lambda: (hk2s.convert(text), s2twp.convert(text)), repeat)
    print(row("search index build", build, floor_both, "plain hk2s + s2twp"))
    print(row("search index, Mainland form alone", build_mainland, floor_mainland, "plain hk2s convert"))
    index = cold_index()
    for query in QUERIES:
        times = []
        for _ in range(max(5, repeat * 3)):
            start = time.perf_counter()
            matches = index.find(query)
            times.append(time.perf_counter() - start)
        needle = find.mainland_forms(query)[0]

        def plain() -> int:
            count, hit = 0, text.find(needle)
            while hit >= 0:
                count, hit = count + 1, text.find(needle, hit + 1)
            return count

        floor = best_of(plain, repeat)
        print(row(f"find {query!r} ({len(matches):,} hits), best", min(times), floor, "str.find loop",
                  f"   median {statistics.median(times) * 1000:.2f} ms"))


def long_run(size: int, seed: int = 1) -> str:
    """One paragraph without punctuation: a single run, the worst case of the twp map."""
    rnd = random.Random(seed)
    fragments = ["互联网", "内存", "串行端口", "数据", "软件", "信息", "发展", "经济"]
    parts: list[str] = []
    while sum(map(len, parts)) < size:
        parts.append(rnd.choice(fragments))
    return "".join(parts)


def bench_long_runs(repeat: int = 3) -> None:
    print("\npunctuation-free runs (one paragraph, a single run: the worst case of the twp map)")
    c = opencc.OpenCC("s2twp")
    for size in (2_000, 8_000, 32_000, 128_000):
        text = long_run(size)
        built = best_of(lambda text=text: cold_view(text, "twp"), repeat)
        floor = best_of(lambda text=text: c.convert(text), repeat)
        units = len(cold_view(text, "twp").units)
        print(row(f"view twp, {len(text):,} characters", built, floor, "plain s2twp convert",
                  f"   units {units:,}"))


def main() -> None:
    print(f"OpenCC {opencc.__version__}, Python {sys.version.split()[0]}")
    # Build the segment-mark dictionaries (once per installation) outside the measurements.
    from document.phrase_segments import marked_converters

    print(f"segment marks: {'available' if marked_converters('s2twp', 's2tw') else 'unavailable (cut-by-cut maps)'}")
    base = report_text()
    texts = [
        ("bundled report (canonical text)", base, 7),
        ("synthetic ~1 MB (UTF-8)", synthetic(base, 1_000_000), 3),
        ("synthetic ~1 M characters", synthetic(base, 1_000_000, unit="chars"), 3),
    ]
    for name, text, repeat in texts:
        bench_views(name, text, repeat)
        bench_find(name, text, repeat)
    bench_long_runs()


if __name__ == "__main__":
    main()
