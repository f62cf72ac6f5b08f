"""Exchange benchmarks: W3C export/import of 10,000 annotations and re-anchoring onto an edit.

Run from the repository root::

    .venv/bin/python benchmarks/bench_exchange.py

Each figure is printed beside a floor measured in the same run, and the ratio between them:

* export: ``w3c.export_bytes`` vs ``json.dumps`` of equivalent plain dicts (target ≤ 0.3 s);
* import: parse + validate (+ re-anchor and merge into a fresh SQLite store when the Store is
  available) vs ``json.loads`` of the same bytes (target ≤ 1 s);
* re-anchoring 1,000 annotations onto an edited ~1 MB report (target ≤ 5 s) vs a plain
  ``str.find`` of every quote in the edited text.

Nothing is asserted: timings on shared machines vary; read the figures.
"""
from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from document.anchoring import reanchor_all  # noqa: E402
from document.annotation import Annotation, Commitment, TextQuote  # noqa: E402
from document.loading import load_document  # noqa: E402
from storage.exchange import w3c  # noqa: E402
from storage.exchange.w3c_parse import parse  # noqa: E402



def _timed(function, *args, **kwargs):
    start = time.perf_counter()
    value = function(*args, **kwargs)
    return value, time.perf_counter() - start


def _line(name: str, seconds: float, floor: float | None = None, target: float | None = None) -> None:
    parts = [f"{name:<44} {seconds:8.3f} s"]
    if floor is not None:
        parts.append(f"floor {floor:7.3f} s  ratio {seconds / floor if floor else float('inf'):6.1f}x")
    if target is not None:
        parts.append(f"target ≤ {target:g} s {'OK' if seconds <= target else 'SLOW'}")
    print("  ".join(parts))


def _annotations(document_id: str, text: str, count: int, rng: random.Random) -> list[Annotation]:
    base = datetime(2024, 1, 1, tzinfo=timezone.utc)
    result = []
    for index in range(count):
        start = rng.randrange(0, len(text) - 80)
        end = start + rng.randint(6, 60)
        created = base + timedelta(minutes=index)
        result.append(Annotation(
            id=f"{index:08x}-0000-4000-8000-{rng.getrandbits(48):012x}",
            document_id=document_id,
            start=start,
            end=end,
            quote=TextQuote.from_text(text, start, end),
            tags=tuple(rng.sample(["GDP", "目标", "民生", "改革", "环保"], rng.randint(0, 2))),
            note=rng.choice(["", "需要跟踪", "口径与去年不同，注意比较。"]),
            author=rng.choice(["张三", "李四", ""]),
            created=created,
            modified=created + timedelta(hours=1),
            commitment=Commitment("指标", "6", "%", "左右", "2023") if index % 10 == 0 else None,
        ))
    return result


def _plain_dicts(annotations: list[Annotation]) -> list[dict]:
    """The floor's data: the same fields as flat dicts (what any JSON export must at least do)."""
    return [
        {"id": a.id, "source": a.document_id, "exact": a.quote.exact, "prefix": a.quote.prefix,
         "suffix": a.quote.suffix, "start": a.start, "end": a.end, "tags": list(a.tags), "note": a.note,
         "author": a.author, "created": a.created.isoformat(), "modified": a.modified.isoformat(),
         "color": a.color}
        for a in annotations
    ]


def bench_export_import() -> None:
    document = load_document(None)
    rng = random.Random(1)
    annotations = _annotations(document.id, document.text, 10_000, rng)
    print(f"export/import: {len(annotations)} annotations on the bundled report ({len(document.text)} chars)")

    data, export_seconds = _timed(w3c.export_bytes, document.id, annotations, title=document.title)
    _, dumps_floor = _timed(lambda: json.dumps(_plain_dicts(annotations), ensure_ascii=False).encode("utf-8"))
    _line("W3C export (annotations -> bytes)", export_seconds, dumps_floor, 0.3)
    print(f"  file size {len(data) / 1e6:.1f} MB")

    _, loads_floor = _timed(json.loads, data)
    incoming, parse_seconds = _timed(parse, data)
    _line("W3C parse + validate (bytes -> annotations)", parse_seconds, loads_floor)

    try:
        from storage.store import Store
    except ImportError:
        print("  (storage.store not available: import measured without re-anchoring and merge)")
        return
    from storage.exchange.importer import import_bytes

    with tempfile.TemporaryDirectory() as directory:
        store = Store.open(Path(directory) / "bench.sqlite3")
        try:
            store.ensure_document(document)
            summary, import_seconds = _timed(import_bytes, store, data)
            _line("full import (parse, re-anchor, merge)", import_seconds, loads_floor, 1)
            print(f"  {summary.describe().splitlines()[0]}")
            again, repeat_seconds = _timed(import_bytes, store, data)
            _line("same file again (all unchanged)", repeat_seconds, loads_floor, 1)
            print(f"  {again.describe().splitlines()[0]}")
        finally:
            close = getattr(store, "close", None)
            if close:
                close()


def _big_report(base: str, size: int, rng: random.Random) -> str:
    """~size characters of report-like text that, unlike copies of one report, rarely repeats.

    A character bigram chain trained on the bundled report: the same vocabulary and punctuation
    rhythm, but passages are not duplicated, so a deleted passage really is gone.
    """
    follow: dict[str, list[str]] = {}
    for a, b in zip(base, base[1:]):
        follow.setdefault(a, []).append(b)
    chars = [base[0]]
    current = base[0]
    for _ in range(size - 1):
        choices = follow.get(current) or [base[rng.randrange(len(base))]]
        current = choices[rng.randrange(len(choices))]
        chars.append(current)
    return "".join(chars)


def _edit(text: str, annotations: list[Annotation], rng: random.Random) -> tuple[str, Counter]:
    """Insert sentences, delete passages (50 of them exactly an annotated one), change characters."""
    edits: Counter = Counter()
    chars = list(text)
    doomed = rng.sample(annotations, 50)
    cuts = sorted(((a.start, a.end) for a in doomed), reverse=True)
    last = len(chars) + 1
    for start, end in cuts:  # delete whole annotated passages (they must become orphans)
        if end <= last:
            del chars[start:end]
            edits["deleted annotated passages"] += 1
            last = start
    positions = sorted(rng.sample(range(len(chars)), 400), reverse=True)
    for position in positions:
        kind = rng.random()
        if kind < 0.5:  # insert a sentence
            chars[position:position] = list("新增加的一句话用于测试重新定位功能。")
            edits["inserted sentences"] += 1
        elif kind < 0.7:  # delete ~40 characters
            del chars[position:position + 40]
            edits["deleted passages"] += 1
        else:  # change a character (a number or a word)
            chars[position] = "改"
            edits["changed characters"] += 1
    return "".join(chars), edits


def bench_reanchor() -> None:
    rng = random.Random(2)
    document = load_document(None)
    text = _big_report(document.text, 1_000_000, rng)
    annotations = _annotations("urn:sha256:bench", text, 1000, rng)
    edited, edits = _edit(text, annotations, rng)
    print(f"\nre-anchoring: {len(annotations)} annotations, {len(text) / 1e6:.2f}M chars of bigram text -> "
          f"{len(edited) / 1e6:.2f}M chars ({', '.join(f'{v} {k}' for k, v in sorted(edits.items()))})")

    def floor() -> int:
        return sum(edited.find(a.quote.exact) >= 0 for a in annotations)

    _, floor_seconds = _timed(floor)
    results, seconds = _timed(reanchor_all, edited, annotations)
    _line("reanchor_all onto the edited report", seconds, floor_seconds, 5)
    states = Counter(result.state.value for _, result in results)
    print("  states: " + ", ".join(f"{state} {count}" for state, count in sorted(states.items())))


def bench_fuzzy_per_quote() -> None:
    """Issue 14.9: fuzzy re-anchoring cost per quote on a 500,000-character report, for quotes
    that no longer occur verbatim and whose stored position is off (text inserted before
    them) — the case that falls through to the whole-text search."""
    from document.anchoring import reanchor

    rng = random.Random(4)
    document = load_document(None)
    text = _big_report(document.text, 500_000, rng)
    cases = []
    for _ in range(120):
        length = rng.choice((12, 20, 40, 80, 160, 250))
        start = rng.randrange(0, len(text) - length)
        chars = list(text[start:start + length])
        for _ in range(rng.randint(1, 3)):
            chars[rng.randrange(length)] = "改"
        quote = TextQuote("".join(chars), text[max(0, start - 32):start], text[start + length:start + length + 32])
        cases.append((quote, (start + 5_000) % len(text)))

    def floor() -> int:
        return sum(text.find(quote.exact) for quote, _ in cases)

    _, floor_seconds = _timed(floor)
    results, seconds = _timed(lambda: [reanchor(text, quote, hint) for quote, hint in cases])
    per_quote = seconds / len(cases)
    print(f"\nfuzzy re-anchoring: {len(cases)} edited quotes (12-250 chars), stored positions 5,000 off, "
          f"on {len(text):,} characters")
    _line("reanchor per quote", per_quote, floor_seconds / len(cases))
    print(f"  = {per_quote * 1000:.1f} ms per quote; states: "
          + ", ".join(f"{state} {count}" for state, count in sorted(Counter(r.state.value for r in results).items())))


def main() -> int:
    bench_export_import()
    bench_reanchor()
    bench_fuzzy_per_quote()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
