"""``pizhu text --json`` reports how a real report was read (added keys; the old ones unchanged)."""
from __future__ import annotations

import json
from pathlib import Path

from pizhu.cli import main

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"


def _text_json(capsys, *args: str) -> dict:
    assert main(["text", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_front_matter_repairs_and_paragraphing_of_a_line_per_paragraph_report(capsys):
    data = _text_json(capsys, str(CORPUS / "guangdong-2026-gwr.txt"))
    assert set(data) == {"text", "to_source", "pages", "paragraphing", "front_matter", "contents", "repairs"}
    assert data["to_source"] == list(range(len(data["text"]) + 1))
    assert data["paragraphing"] == "lines"
    assert [(f["role"], f["text"]) for f in data["front_matter"]] == [
        ("title", "政府工作报告"),
        ("dateline", "——2026年1月26日在广东省第十四届人民代表大会第五次会议上"),
        ("speaker", "广东省省长 孟凡利"),
    ]
    text = data["text"]
    for item in data["front_matter"]:
        assert text[item["start"]:item["end"]] == item["text"]
    reasons = {r["reason"] for r in data["repairs"]}
    assert reasons == {"dateline split across lines", "sentence split across lines"}
    for repair in data["repairs"]:
        assert set(repair) == {"kind", "offset", "text", "reason", "line"}
        assert text[repair["offset"]:].startswith(repair["text"])


def test_dropped_lines_are_reported_with_their_source_line(capsys):
    data = _text_json(capsys, str(CORPUS / "sichuan-2026-gwr.txt"))
    drops = [r for r in data["repairs"] if r["kind"] == "drop"]
    source = (CORPUS / "sichuan-2026-gwr.txt").read_text(encoding="utf-8").split("\n")
    assert drops and all(source[r["line"] - 1].strip() == r["text"] for r in drops)
    assert "【字体：" not in data["text"] and "打印本页" not in data["text"]


def test_script_view_keeps_the_added_keys_in_canonical_offsets(capsys):
    data = _text_json(capsys, str(CORPUS / "guangdong-2026-gwr.txt"), "--script", "t")
    assert data["front_matter"][0]["text"] == "政府工作报告"   # canonical text, not the view
    assert data["text"].startswith("政府工作報告")
