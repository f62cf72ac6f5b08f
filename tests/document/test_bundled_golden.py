"""Golden outputs of the bundled report: its canonical text, outline and block offsets never move.

The files under tests/fixtures/golden/ were written by ``pizhu text``, ``pizhu outline [--json]``
and the block list before the parser learned about other kinds of reports; stored annotations
of every user point into this text, so any change here is a regression, not an update.
"""
from __future__ import annotations

import json
from pathlib import Path

from document.loading import load_document
from pizhu.cli import main

GOLDEN = Path(__file__).resolve().parent.parent / "fixtures" / "golden"


def _cli(capsys, *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_text_is_unchanged(capsys):
    assert _cli(capsys, "text") == (GOLDEN / "bundled-report.text.txt").read_text(encoding="utf-8")


def test_outline_json_is_unchanged(capsys):
    expected = json.loads((GOLDEN / "bundled-report.outline.json").read_text(encoding="utf-8"))
    assert json.loads(_cli(capsys, "outline", "--json")) == expected


def test_outline_tree_is_unchanged(capsys):
    assert _cli(capsys, "outline") == (GOLDEN / "bundled-report.outline.txt").read_text(encoding="utf-8")


def test_block_offsets_are_unchanged():
    document = load_document()
    rows = [[b.kind.value, b.start, b.end, b.depth, b.heading_level,
             [[s.start, s.end, s.style.value] for s in b.spans]] for b in document.blocks]
    assert rows == json.loads((GOLDEN / "bundled-report.blocks.json").read_text(encoding="utf-8"))
