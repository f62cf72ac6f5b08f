"""Outline score of the real .docx/.html/.pdf corpus: expected titles found at the right level.

Each report in tests/fixtures/formats/ has a ``NAME.SUFFIX.outline`` file listing the entries a
careful reader sees at outline levels 1 and 2 (two leading spaces mark level 2), written from
the published text before Pizhu read the file.  A document's score is the share of those
entries Pizhu's outline holds with the same title at the same level (titles compare without
whitespace); ``extra`` counts level-1/2 entries Pizhu shows that the reader did not expect.

Usage: python tools/formats_score.py [--json]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "tests" / "fixtures" / "formats"
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Score:
    name: str
    expected: int
    matched: int
    extra: int
    missing: tuple[str, ...]

    @property
    def score(self) -> float:
        return self.matched / self.expected if self.expected else 1.0


def _key(level: int, title: str) -> tuple[int, str]:
    return level, _SPACE.sub("", title)


def expected_entries(outline_file: Path) -> list[tuple[int, str]]:
    entries = []
    for line in outline_file.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            entries.append(_key(2 if line.startswith("  ") else 1, line.strip()))
    return entries


def corpus_files() -> list[Path]:
    """The reports that have an expected outline, in name order."""
    return sorted(p.with_suffix("") for p in CORPUS.glob("*.outline"))


def score_file(path: Path) -> Score:
    from document.loading import load_document

    document = load_document(path)
    expected = expected_entries(path.with_name(path.name + ".outline"))
    found = [_key(e.level, e.title) for e in document.entries() if e.level <= 2]
    wanted, got = Counter(expected), Counter(found)
    matched = wanted & got
    missing = tuple(f"{'  ' * (level - 1)}{title}" for level, title in (wanted - got).elements())
    return Score(path.name, len(expected), sum(matched.values()), sum(got.values()) - sum(matched.values()), missing)


def overall(scores: list[Score]) -> float:
    expected = sum(s.expected for s in scores)
    return sum(s.matched for s in scores) / expected if expected else 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    scores = [score_file(path) for path in corpus_files()]
    if args.json:
        rows = [dict(asdict(s), score=round(s.score, 4)) for s in scores]
        print(json.dumps({"documents": rows, "overall": round(overall(scores), 4)}, ensure_ascii=False, indent=2))
        return 0
    width = max(len(s.name) for s in scores)
    print(f"{'document':<{width}}  expected  found  extra  score")
    for s in scores:
        print(f"{s.name:<{width}}  {s.expected:>8}  {s.matched:>5}  {s.extra:>5}  {s.score:.3f}")
        for title in s.missing:
            print(f"{'':<{width}}    missing: {title}")
    print(f"{'overall':<{width}}  {sum(s.expected for s in scores):>8}  {sum(s.matched for s in scores):>5}  "
          f"{sum(s.extra for s in scores):>5}  {overall(scores):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
