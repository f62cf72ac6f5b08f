"""Import reads files in bounded memory (issue 14.6): limits act while the file is read, items
are built one at a time, and nothing a real annotation needs is refused."""
from __future__ import annotations

import json
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from storage.exchange import fields as F
from storage.exchange.errors import ExchangeError
from storage.exchange.w3c_parse import parse, parse_annotations

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import hostile_files  # noqa: E402


def _peak_bytes(function, *args):
    """Peak Python allocation while ``function(*args)`` runs, and what it returned or raised."""
    tracemalloc.start()
    try:
        try:
            outcome = function(*args)
        except ExchangeError as error:
            outcome = error
        return tracemalloc.get_traced_memory()[1], outcome
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("element", [b"{},", b"[],", b'"ab",', b"0,"])
@pytest.mark.parametrize("build", [hostile_files.one_annotation_with_ignored, hostile_files.ignored_metadata])
def test_a_huge_ignored_value_is_refused_while_it_is_read(build, element):
    data = build(element, 2_000_000)  # 6-10 MB: json.loads would build 2 million objects
    peak, outcome = _peak_bytes(parse, data)
    assert isinstance(outcome, ExchangeError)
    assert "import limit" in str(outcome)
    assert peak < 3 * len(data) + 8 * 2 ** 20  # the decoded text, not a tree of 2 million values


def test_too_many_items_are_refused_before_any_is_parsed(monkeypatch):
    monkeypatch.setattr(F, "MAX_ITEMS", 1_000)
    data = hostile_files.tiny_items(1_001)
    with pytest.raises(ExchangeError, match="more than 1000 annotations"):
        parse(data)
    data = hostile_files.tiny_items(1_000)[:-2] + b',"not even an annotation"]}'
    with pytest.raises(ExchangeError, match="more than 1000 annotations"):
        parse(data)  # counted before item 0 (valid) or item 1000 (invalid) is looked at


def test_a_real_annotation_at_every_other_limit_is_accepted():
    quote = "\u4e00" * F.MAX_QUOTE
    item = {"type": "Annotation", "target": {"source": "urn:x", "selector": [
        {"type": "TextQuoteSelector", "exact": quote, "prefix": "前" * F.MAX_CONTEXT, "suffix": "后" * F.MAX_CONTEXT}]},
        "body": [{"type": "TextualBody", "purpose": "tagging", "value": f"{i:04d}" + "签" * (F.MAX_TAG - 4)}
                 for i in range(F.MAX_TAGS)] + [{"type": "TextualBody", "value": "注" * F.MAX_NOTE}]}
    data = json.dumps({"type": "AnnotationPage", "items": [item]}).encode()  # every CJK char \u-escaped
    assert len(data) > 16 * 2 ** 20
    [annotation] = parse_annotations(data)
    assert annotation.quote.exact == quote and len(annotation.tags) == F.MAX_TAGS


@pytest.mark.parametrize("data, message", [
    (b'{"type":"AnnotationPage","items":[{"type":"Annotation"}', "Expecting ',' delimiter"),
    (b'{"type":"AnnotationPage","items":[{"a":1}}]}', "not valid JSON"),
    (b'{"type":"AnnotationPage","items":[], }', "Expecting property name"),
    (b'{"type":"AnnotationPage","items":[]} x', "Extra data"),
    (b'{"type":"AnnotationPage","items":[{"a":"unterminated}]}', "Unterminated string"),
    (b'{"type":"AnnotationPage","label":{"x":[}],"items":[]}', "not valid JSON"),
    (b'{"type":"AnnotationPage","items":[{"a":NaN}]}', "not valid JSON"),
])
def test_what_is_not_json_is_still_refused_everywhere(data, message):
    with pytest.raises(ExchangeError, match=message):
        parse(data)


def _child(kind: str, count: int) -> dict:
    done = subprocess.run([sys.executable, str(HERE / "memory_child.py"), kind, str(count)],
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.slow
def test_a_million_tiny_items_are_refused_without_building_them():
    report = _child("tiny_items", 1_000_000)
    assert report["outcome"] == f"refused: file has more than {F.MAX_ITEMS} annotations"
    assert report["parse_rss_mb"] < 400  # json.loads built 1.45 GB of it


@pytest.mark.slow
def test_a_huge_ignored_array_is_refused_at_once():
    report = _child("one_annotation_with_ignored", 20_000_000)  # 60 MB of {},
    assert "import limit" in report["outcome"]
    assert report["parse_rss_mb"] < 200 and report["cpu_seconds"] < 5


@pytest.mark.slow
def test_200k_valid_items_import_in_less_memory_than_their_json_tree():
    report = _child("valid_items", 200_000)
    assert report["outcome"] == "parsed 200000"
    assert report["parse_rss_mb"] < report["loads_rss_mb"]
    assert report["parse_rss_mb"] < 1024
