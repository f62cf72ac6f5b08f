"""Hostile and huge annotation files, built in memory (shared by the tests and the probe)."""
from __future__ import annotations

import json

DOC = "urn:sha256:" + "ab" * 32
_TARGET = {"source": DOC, "selector": {"type": "TextQuoteSelector", "exact": "全省地区生产总值"}}


def one_annotation_with_ignored(element: bytes, count: int) -> bytes:
    """One valid annotation carrying an unknown property: a list of ``count`` × ``element``."""
    head = json.dumps({"type": "Annotation", "target": _TARGET}, ensure_ascii=False)[:-1]
    return (head + ',"junk":[').encode() + element * (count - 1) + element.rstrip(b",") + b"]}"


def ignored_metadata(element: bytes, count: int) -> bytes:
    """A collection whose (ignored) label is a huge list, outside any annotation."""
    return b'{"type":"AnnotationPage","label":[' + element * (count - 1) + element.rstrip(b",") + b'],"items":[]}'


def tiny_items(count: int) -> bytes:
    item = json.dumps({"type": "Annotation", "target": _TARGET}, ensure_ascii=False).encode()
    return b'{"type":"AnnotationPage","items":[' + b",".join([item] * count) + b"]}"


def valid_items(count: int) -> bytes:
    """``count`` distinct, valid annotations as Pizhu writes them (one per line)."""
    lines = []
    for i in range(count):
        lines.append(json.dumps({
            "id": f"urn:uuid:{i:08x}-0000-4000-8000-000000000000", "type": "Annotation",
            "motivation": "highlighting", "created": "2024-01-01T00:00:00.000Z",
            "body": [{"type": "TextualBody", "purpose": "tagging", "value": "目标"}],
            "target": {"type": "SpecificResource", "source": {"id": DOC, "type": "Text"}, "selector": [
                {"type": "TextQuoteSelector", "exact": "全省地区生产总值增长", "prefix": "预计", "suffix": "左右"},
                {"type": "TextPositionSelector", "start": i, "end": i + 10}]},
            "pizhu:color": "#ffd54f"}, ensure_ascii=False, separators=(",", ":")))
    return ('{"type":"AnnotationPage","items":[\n' + ",\n".join(lines) + "\n]}").encode()
