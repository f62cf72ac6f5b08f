"""Real reports from public sources (tests/fixtures/corpus, see SOURCES.md) read as a careful
reader sees them: the outline entries written down beforehand are found at the right level.

Goals: at least 0.95 of all expected entries overall, 0.85 on every document, the bundled
report exact.  ``python tools/corpus_score.py`` prints the table.
"""
from __future__ import annotations

import pytest

from document.loading import parse_document
from document.outline import outline_to_json
from tools.corpus_score import corpus_files, corpus_scores, overall, score_bundled, score_file

DOCUMENT_GOAL = 0.85
OVERALL_GOAL = 0.95
#: Entries at levels 1–2 that the reader did not expect, as a share of those found.
EXTRA_LIMIT = 0.15

FILES = corpus_files()


def test_the_corpus_holds_at_least_twelve_documents():
    assert len(FILES) >= 12


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_each_document_reaches_its_goal(path):
    score = score_file(path)
    assert score.score >= DOCUMENT_GOAL, score
    assert score.extra <= EXTRA_LIMIT * (score.matched + score.extra), score


def test_overall_score_and_bundled_report_exact():
    scores = corpus_scores()
    assert overall(scores) >= OVERALL_GOAL, scores
    bundled = score_bundled()
    assert bundled.score == 1.0 and bundled.extra == 0


@pytest.mark.parametrize("path", [p for p in FILES if p.suffix == ".txt"], ids=lambda p: p.name)
def test_crlf_and_ideographic_indents_read_the_same(path):
    """The same report saved on Windows (CRLF) with paragraphs indented by two ideographic spaces."""
    raw = path.read_text(encoding="utf-8")
    plain = parse_document(raw.encode("utf-8"), name=path.name)
    windows = "\r\n".join("\u3000\u3000" + line if line else line for line in raw.split("\n"))
    indented = parse_document(windows.encode("utf-8"), name=path.name)
    assert outline_to_json(indented.outline) == outline_to_json(plain.outline)
    assert indented.text == plain.text


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_entry_starts_at_its_title_and_repairs_point_into_the_text(path):
    document = parse_document(path.read_bytes(), name=path.name)
    for entry in document.entries():
        head = entry.title.split(" ")[0]     # 附件1 2026年省十件民生实事 starts at 附件1
        assert document.text[entry.start:].startswith(head), entry.title
        assert entry.start < entry.end <= len(document.text)
    for repair in document.repairs:
        assert 0 <= repair.offset <= len(document.text)
        assert repair.reason and repair.origin > 0
