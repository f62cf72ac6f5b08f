"""Exports pass every "must" assertion of the W3C Web Annotation test suite (no network).

The suite's draft-04 schemas use relative ids and ``$ref``s (``id.json#/definitions/…``); they
are loaded into a ``referencing`` Registry under both their bare names and an absolute base, so
every reference resolves locally.  ``FormatChecker`` really checks ``uri`` and ``date-time``
because rfc3986-validator and rfc3339-validator are installed (asserted below).
"""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

import pytest
from jsonschema import Draft4Validator, FormatChecker
from referencing import Registry
from referencing.jsonschema import DRAFT4

from document.annotation import Annotation, Commitment, CommitmentStatus, TextQuote
from storage.exchange import w3c, w3c_parse

# The suite's schemas are vendored with their licence (see SOURCES.md there): the test never
# depends on anything outside the repository and never skips.
SUITE = Path(__file__).resolve().parents[1] / "fixtures" / "w3c-web-annotation-tests"
BASE = "https://w3c-annotation-tests.invalid/"

TEXT = "一、过去五年工作回顾\n全省地区生产总值增长 4.5% 左右，增速位居全国前列。𠀀😀“新”发展理念。=1+1"
DOC = "urn:sha256:" + "ab" * 32


@lru_cache(maxsize=None)
def _registry() -> Registry:
    registry = Registry()
    for path in sorted((SUITE / "definitions").glob("*.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        schema["id"] = BASE + path.name
        resource = DRAFT4.create_resource(schema)
        registry = registry.with_resource(BASE + path.name, resource).with_resource(path.name, resource)
    return registry


@lru_cache(maxsize=None)
def _validators(test_file: str) -> tuple[tuple[str, Draft4Validator], ...]:
    test = json.loads((SUITE / test_file).read_text(encoding="utf-8"))
    checker = FormatChecker()
    validators = []
    for assertion in test["assertions"]:
        schema = json.loads((SUITE / assertion).read_text(encoding="utf-8"))
        assert schema.get("assertionType", "must") == "must", assertion
        schema["id"] = BASE + Path(assertion).name
        validators.append((assertion, Draft4Validator(schema, registry=_registry(), format_checker=checker)))
    return tuple(validators)


def must_failures(instance, test_file: str) -> list[str]:
    return [
        f"{name}: {error.message[:160]}"
        for name, validator in _validators(test_file)
        for error in list(validator.iter_errors(instance))[:1]
    ]


def assert_w3c_musts(exported: dict) -> None:
    """Collection, embedded page and every item against their "must" test files."""
    assert must_failures(exported, "collections/collectionMusts.test") == []
    assert must_failures(exported["first"], "collections/pages/pageMusts.test") == []
    for item in exported["first"]["items"]:
        assert must_failures(item, "annotations/annotationMusts.test") == [], item["id"]


def _annotation(start: int, end: int, **changes) -> Annotation:
    values = dict(
        id=changes.pop("id", "0b6a8f7e-5d0c-4c1b-9a55-1f2e3d4c5b6a"),
        document_id=DOC,
        start=start,
        end=end,
        quote=TextQuote.from_text(TEXT, start, end),
        created=datetime(2024, 3, 5, 8, 0, 0, 123000, tzinfo=timezone.utc),
        modified=datetime(2024, 3, 6, 9, 30, 0, tzinfo=timezone.utc),
    )
    values.update(changes)
    return Annotation(**values)


VARIANTS = {
    "bare": [_annotation(11, 19)],
    "note": [_annotation(11, 19, note="要跟踪 <script>alert(1)</script>", author="李四")],
    "tags": [_annotation(11, 19, tags=("目标", "GDP", "=cmd"))],
    "tombstone": [_annotation(11, 19, deleted=True, tags=("x",), note="gone")],
    "commitment": [
        _annotation(
            11, 26, commitment=Commitment("地区生产总值", "4.5", "%", "左右", "2023", CommitmentStatus.ACHIEVED),
            tags=("承诺",),
        )
    ],
    "non_ascii": [
        _annotation(44, 46, id="http://example.org/批注/一", author="王五", note="生僻字 𠀀"),
        _annotation(0, 2, id="本地-标识"),
    ],
    "empty": [],
    "mixed": [
        _annotation(0, 10, id="11111111-1111-4111-8111-111111111111", tags=("a",)),
        _annotation(11, 19, id="22222222-2222-4222-8222-222222222222", note="n", deleted=True),
        _annotation(47, 52, id="33333333-3333-4333-8333-333333333333", author="作者"),
    ],
}


def test_the_vendored_suite_is_complete():
    """Every assertion the three "must" test files list is here (a partial copy would pass less)."""
    for test_file in ("annotations/annotationMusts.test", "collections/collectionMusts.test",
                      "collections/pages/pageMusts.test"):
        assertions = json.loads((SUITE / test_file).read_text(encoding="utf-8"))["assertions"]
        assert assertions and all((SUITE / name).is_file() for name in assertions), test_file
    assert len(list((SUITE / "definitions").glob("*.json"))) == 7
    assert (SUITE / "license.md").is_file()


def test_format_checkers_are_real():
    checker = FormatChecker()
    assert not checker.conforms("not a uri", "uri")
    assert not checker.conforms("2024-13-45", "date-time")
    assert checker.conforms("urn:uuid:0b6a8f7e-5d0c-4c1b-9a55-1f2e3d4c5b6a", "uri")


def test_suite_rejects_a_broken_export():
    exported = w3c.collection(DOC, VARIANTS["note"])
    item = exported["first"]["items"][0]
    item["created"] = "yesterday"
    item["id"] = "no scheme 批注"
    failures = must_failures(item, "annotations/annotationMusts.test")
    assert any("Created" in failure for failure in failures)
    assert any("IdValidated" in failure for failure in failures)


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_export_variants_pass_every_must(name):
    exported = json.loads(w3c.export_bytes(DOC, VARIANTS[name], title="山西省政府工作报告"))
    assert_w3c_musts(exported)
    for item in exported["first"]["items"]:
        assert item["id"].isascii()
        assert item["created"].endswith("Z") and item["modified"].endswith("Z")


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_export_variants_round_trip(name):
    original = VARIANTS[name]
    back = w3c_parse.parse_annotations(w3c.export_bytes(DOC, original))
    assert len(back) == len(original)
    for before, after in zip(original, back):
        if before.deleted:
            assert (after.deleted, after.start, after.end, after.quote, after.modified) == (
                True, before.start, before.end, before.quote, before.modified)
            assert after.tags == () and after.note == ""
        elif name == "non_ascii":  # ids are normalised to ASCII IRIs once, everything else kept
            assert replace(after, id=before.id) == before
        else:
            assert after == before


def test_export_shape():
    exported = w3c.collection(DOC, VARIANTS["commitment"] + VARIANTS["note"][:0], title="T")
    assert exported["type"] == "AnnotationCollection" and exported["total"] == 1
    item = exported["first"]["items"][0]
    assert item["motivation"] == "highlighting"
    selectors = {s["type"]: s for s in item["target"]["selector"]}
    assert selectors["TextPositionSelector"] == {"type": "TextPositionSelector", "start": 11, "end": 26}
    assert selectors["TextQuoteSelector"]["exact"] == TEXT[11:26]
    assert item["target"]["source"]["id"] == DOC
    assert item["pizhu:commitment"]["pizhu:status"] == "achieved"
    assert {"pizhu": "https://w3id.org/pizhu/ns/v1#"} in exported["@context"]
    bodies = item["body"]
    assert bodies == [{"type": "TextualBody", "purpose": "tagging", "value": "承诺"}]


def test_non_ascii_ids_are_percent_encoded():
    exported = w3c.collection(DOC, VARIANTS["non_ascii"])
    ids = [item["id"] for item in exported["first"]["items"]]
    assert ids[0] == "http://example.org/%E6%89%B9%E6%B3%A8/%E4%B8%80"
    assert ids[1].startswith("urn:pizhu:id:%E6%9C%AC")
    back = w3c_parse.parse_annotations(w3c.export_bytes(DOC, VARIANTS["non_ascii"]))
    assert [a.id for a in back] == [
        "http://example.org/%E6%89%B9%E6%B3%A8/%E4%B8%80", ids[1]
    ]


def test_export_is_deterministic():
    assert w3c.export_bytes(DOC, VARIANTS["mixed"]) == w3c.export_bytes(DOC, VARIANTS["mixed"])
