"""Corpus score: how much of each real report's outline Pizhu finds at the right level.

Each text in tests/fixtures/corpus/ has a ``.outline`` file listing the entries a careful reader
sees at levels 1 and 2 (two leading spaces mark level 2).  The score of a document is the share
of those entries Pizhu's outline holds with the same title at the same level; ``extra`` counts
level-1/2 entries Pizhu shows that the reader did not expect.  The bundled report is scored
against its golden outline (tests/fixtures/golden/).

Usage: python tools/corpus_score.py [--json]
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

CORPUS = ROOT / "tests" / "fixtures" / "corpus"
GOLDEN_OUTLINE = ROOT / "tests" / "fixtures" / "golden" / "bundled-report.outline.json"
BUNDLED = "bundled report"
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class DocumentScore:
    name: str
    expected: int
    matched: int
    extra: int
    missing: tuple[str, ...] = ()   # expected entries not found, level 2 indented

    @property
    def score(self) -> float:
        return self.matched / self.expected if self.expected else 1.0


def _key(level: int, title: str) -> tuple[int, str]:
    """Titles compare without any whitespace (ideographic spaces, a space after 附件1 …)."""
    return level, _SPACE.sub("", title)


def expected_entries(outline_file: Path) -> list[tuple[int, str]]:
    entries = []
    for line in outline_file.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        level = 2 if line.startswith("  ") else 1
        entries.append(_key(level, line.strip()))
    return entries


def found_entries(document) -> list[tuple[int, str]]:
    return [_key(entry.level, entry.title) for entry in document.entries() if entry.level <= 2]


def compare(name: str, expected: list[tuple[int, str]], found: list[tuple[int, str]]) -> DocumentScore:
    wanted, got = Counter(expected), Counter(found)
    matched = sum((wanted & got).values())
    missing = tuple("  " * (level - 1) + title for level, title in (wanted - got).elements())
    return DocumentScore(name, len(expected), matched, sum(got.values()) - matched, missing)


def corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".md") and p.with_suffix(".outline").exists())


def score_file(path: Path) -> DocumentScore:
    from document.loading import load_document

    return compare(path.name, expected_entries(path.with_suffix(".outline")), found_entries(load_document(path)))


def score_bundled() -> DocumentScore:
    from document.loading import load_document

    golden = json.loads(GOLDEN_OUTLINE.read_text(encoding="utf-8"))
    expected = [_key(top["level"], top["title"]) for top in golden]
    expected += [_key(child["level"], child["title"]) for top in golden for child in top["children"]]
    return compare(BUNDLED, expected, found_entries(load_document(None)))


def corpus_scores() -> list[DocumentScore]:
    return [score_file(path) for path in corpus_files()] + [score_bundled()]


def overall(scores: list[DocumentScore]) -> float:
    expected = sum(s.expected for s in scores)
    return sum(s.matched for s in scores) / expected if expected else 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    report(corpus_scores(), as_json=args.json)
    return 0


def report(scores: list[DocumentScore], as_json: bool = False) -> None:
    """Print the scores as a table (with the entries each document misses) or as JSON."""
    if as_json:
        rows = [dict(asdict(s), score=round(s.score, 4)) for s in scores]
        print(json.dumps({"documents": rows, "overall": round(overall(scores), 4)}, ensure_ascii=False, indent=2))
        return
    width = max(len(s.name) for s in scores)
    print(f"{'document':<{width}}  expected  found  extra  score")
    for s in scores:
        print(f"{s.name:<{width}}  {s.expected:>8}  {s.matched:>5}  {s.extra:>5}  {s.score:.3f}")
        for title in s.missing:
            print(f"{'':<{width}}    missing: {title}")
    print(f"{'overall':<{width}}  {sum(s.expected for s in scores):>8}  "
          f"{sum(s.matched for s in scores):>5}  {sum(s.extra for s in scores):>5}  {overall(scores):.3f}")


if __name__ == "__main__":
    sys.exit(main())
