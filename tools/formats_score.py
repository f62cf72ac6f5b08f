"""Outline score of the real .docx/.html/.pdf corpus: expected titles found at the right level.

Each report listed in tools/formats-corpus/SOURCES.md has a ``NAME.SUFFIX.outline`` file there
(the .docx and the .pdf of one document share a name) listing the entries a careful reader sees
at outline levels 1 and 2, written from the published text before Pizhu read the file.  The
reports themselves are not part of the repository (they were taken from public repositories
with a snapshot tool whose material is not to be committed): put them, named as in SOURCES.md,
into a folder and pass it with ``--files``.  Scored by the rule of
tools/corpus_score.py: the share of those entries Pizhu's outline holds with the same title at
the same level (titles compare without whitespace); ``extra`` counts unexpected entries.

Usage: python tools/formats_score.py --files DIR [--json]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.corpus_score import DocumentScore, compare, expected_entries, found_entries, overall, report  # noqa: E402

CORPUS = ROOT / "tools" / "formats-corpus"
__all__ = ["CORPUS", "corpus_files", "overall", "score_file"]


def corpus_files(files: Path) -> list[Path]:
    """The reports in ``files`` that have an expected outline, in name order."""
    return sorted(files / p.with_suffix("").name for p in CORPUS.glob("*.outline"))


def score_file(path: Path) -> DocumentScore:
    from document.loading import load_document

    expected = expected_entries(CORPUS / (path.name + ".outline"))
    return compare(path.name, expected, found_entries(load_document(path)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=Path, required=True, help="folder holding the reports")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    paths = corpus_files(args.files)
    missing = [p.name for p in paths if not p.is_file()]
    if missing:
        parser.exit(1, f"formats_score: not in {args.files}: {', '.join(missing)}\n")
    report([score_file(path) for path in paths], as_json=args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
