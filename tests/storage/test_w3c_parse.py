"""Reading W3C annotation files: other producers' shapes, defaults, and every rejection."""
from __future__ import annotations

import codecs
import json
from datetime import datetime, timezone

import pytest

from document.annotation import CommitmentStatus, TextQuote
from storage.exchange import fields as F
from storage.exchange.errors import ExchangeError
from storage.exchange.w3c_parse import parse, parse_annotations

DOC = "urn:sha256:" + "cd" * 32


def _annotation(**changes) -> dict:
    value = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "urn:uuid:5b0cf7a8-2a59-4c35-9a4e-0f3bd8d8f5a1",
        "type": "Annotation",
        "created": "2024-01-02T03:04:05Z",
        "body": {"type": "TextualBody", "value": "备注"},
        "target": {
            "source": DOC,
            "selector": {"type": "TextQuoteSelector", "exact": "高质量发展", "prefix": "推动", "suffix": "取得"},
        },
    }
    value.update(changes)
    return value


def _bytes(value) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def _collection(items: list) -> dict:
    return {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "http://example.org/c",
        "type": "AnnotationCollection",
        "first": {"type": "AnnotationPage", "items": items},
    }


# --- accepted shapes ---------------------------------------------------------------------------


def test_single_annotation_with_only_a_quote_selector():
    [incoming] = parse(_bytes(_annotation()))
    a = incoming.annotation
    assert (incoming.has_quote, incoming.has_position, incoming.source) == (True, False, DOC)
    assert a.id == "5b0cf7a8-2a59-4c35-9a4e-0f3bd8d8f5a1"
    assert a.quote == TextQuote("高质量发展", "推动", "取得")
    assert a.note == "备注" and a.tags == () and a.author == ""
    assert a.created == datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    assert a.modified == a.created  # a missing modified is the created time


def test_missing_created_uses_a_fixed_epoch_and_missing_id_is_stable():
    value = _annotation()
    del value["created"], value["id"]
    first = parse_annotations(_bytes(value))[0]
    second = parse_annotations(_bytes(value))[0]
    assert first.created == first.modified == F.MISSING_CREATED
    assert first.id == second.id


def test_page_and_collection_with_string_and_list_targets():
    items = [
        _annotation(id="urn:uuid:00000000-0000-4000-8000-000000000001"),
        _annotation(
            id="urn:uuid:00000000-0000-4000-8000-000000000002",
            target=["http://example.org/whole-page", {
                "type": "SpecificResource",
                "source": {"id": DOC},
                "selector": [{"type": "FragmentSelector", "value": "p1"},
                             {"type": "TextPositionSelector", "start": 3, "end": 8}],
            }],
        ),
    ]
    page = {"type": "AnnotationPage", "items": items}
    assert len(parse(_bytes(page))) == 2
    parsed = parse(_bytes(_collection(items)))
    assert [(i.has_quote, i.has_position) for i in parsed] == [(True, False), (False, True)]
    assert (parsed[1].annotation.start, parsed[1].annotation.end) == (3, 8)


def test_range_selectors():
    positions = _annotation(target={"source": DOC, "selector": {
        "type": "RangeSelector",
        "startSelector": {"type": "TextPositionSelector", "start": 10, "end": 12},
        "endSelector": {"type": "TextPositionSelector", "start": 20, "end": 20},
    }})
    [incoming] = parse(_bytes(positions))
    assert (incoming.annotation.start, incoming.annotation.end, incoming.has_position) == (10, 20, True)
    quotes = _annotation(target={"source": DOC, "selector": {
        "type": "RangeSelector",
        "startSelector": {"type": "TextQuoteSelector", "exact": "推动"},
        "endSelector": {"type": "TextQuoteSelector", "exact": "取得"},
    }})
    [incoming] = parse(_bytes(quotes))
    assert incoming.range_quotes == (TextQuote("推动"), TextQuote("取得"))


def test_tags_notes_creators_and_extension_fields():
    value = _annotation(
        motivation="tagging",
        creator=[{"type": "Person", "name": "甲"}, {"nickname": "乙"}, "http://example.org/who"],
        body=[
            "http://example.org/external-body",
            {"value": "无用途标签"},
            {"type": "TextualBody", "purpose": ["tagging"], "value": "GDP"},
            {"type": "TextualBody", "purpose": "commenting", "value": "第一段"},
            {"type": "TextualBody", "purpose": "replying", "value": "第二段"},
        ],
        **{
            "pizhu:color": "#A1B2C3",
            "https://w3id.org/pizhu/ns/v1#deleted": False,
            "pizhu:commitment": {"pizhu:indicator": "GDP", "pizhu:status": "missed"},
        },
    )
    a = parse_annotations(_bytes(value))[0]
    assert a.tags == ("无用途标签", "GDP")
    assert a.note == "第一段\n\n第二段"
    assert a.author == "甲, 乙, http://example.org/who"  # an IRI is recorded, not dropped
    assert a.color == "#a1b2c3"
    assert a.commitment.indicator == "GDP" and a.commitment.status is CommitmentStatus.MISSED
    assert a.deleted is False


def test_utf8_bom_and_offset_times_are_accepted():
    value = _annotation(created="2024-01-02T11:04:05.5+08:00", modified="2024-01-02T03:04:06Z")
    a = parse_annotations(codecs.BOM_UTF8 + _bytes(value))[0]
    assert a.created == datetime(2024, 1, 2, 3, 4, 5, 500000, tzinfo=timezone.utc)


# --- rejections --------------------------------------------------------------------------------

BAD_CASES = {
    "empty": (b"   ", "empty"),
    "not json": (b"{not json", "not valid JSON"),
    "nan": (b'{"type": "Annotation", "x": NaN}', "not valid JSON"),
    "utf16": ("{}".encode("utf-16"), "UTF-16"),
    "gb18030": ('{"type": "注释"}'.encode("gb18030"), "GB18030"),
    "latin1": (b'{"a": "\xff\xfe\xfd"}', "not UTF-8"),
    "top list": (b"[]", "top level is not a JSON object"),
    "wrong type": (_bytes({"type": "Book"}), "found Book"),
    "no type": (_bytes({"items": []}), "found no type"),
    "item not object": (_bytes(_collection([1])), "first.items[0]: an annotation must be a JSON object"),
    "item wrong type": (_bytes(_collection([{"type": "Note"}])), "not of type Annotation"),
    "no target": (_bytes(_collection([_annotation(target=None)])), "has no target"),
    "iri target": (_bytes(_annotation(target="http://example.org/")), "no usable selector"),
    "no selector": (_bytes(_annotation(target={"source": DOC})), "no usable selector"),
    "css selector only": (
        _bytes(_annotation(target={"source": DOC, "selector": {"type": "CssSelector", "value": "p"}})),
        "no usable selector",
    ),
    "start after end": (
        _bytes(_annotation(target={"source": DOC, "selector": {"type": "TextPositionSelector", "start": 9, "end": 2}})),
        "start 9 is after end 2",
    ),
    "negative": (
        _bytes(_annotation(target={"source": DOC, "selector": {"type": "TextPositionSelector", "start": -1, "end": 2}})),
        "negative",
    ),
    "string offset": (
        _bytes(_annotation(target={"source": DOC, "selector": {"type": "TextPositionSelector", "start": "1", "end": 2}})),
        "must be an integer",
    ),
    "bool offset": (
        _bytes(_annotation(target={"source": DOC, "selector": {"type": "TextPositionSelector", "start": True, "end": 2}})),
        "must be an integer",
    ),
    "exact not string": (
        _bytes(_annotation(target={"source": DOC, "selector": {"type": "TextQuoteSelector", "exact": 5}})),
        "exact must be a string",
    ),
    "empty exact": (
        _bytes(_annotation(target={"source": DOC, "selector": {"type": "TextQuoteSelector", "exact": ""}})),
        "exact is empty",
    ),
    "huge string": (
        _bytes(_annotation(body={"type": "TextualBody", "value": "长" * (F.MAX_STRING + 1)})),
        "longer than",
    ),
    "bad time": (_bytes(_annotation(created="yesterday")), "RFC 3339"),
    "time not string": (_bytes(_annotation(modified=20240101)), "modified must be a string"),
    "bad colour": (_bytes(_annotation(**{"pizhu:color": "red"})), "#rrggbb"),
    "bad deleted": (_bytes(_annotation(**{"pizhu:deleted": "yes"})), "true or false"),
    "bad status": (_bytes(_annotation(**{"pizhu:commitment": {"pizhu:status": "done"}})), "commitment status"),
    "linked page": (_bytes({"type": "AnnotationCollection", "first": "http://example.org/p1"}), "is a link"),
    "page no items": (_bytes({"type": "AnnotationPage"}), "no 'items' list"),
    "deep": (b"[" * 100 + b"]" * 100, "nested more than"),
    "deep object": (_bytes({"type": "Annotation", "x": json.loads("[" * 40 + "]" * 40)}), "nested more than"),
    "very deep": (b'{"a":' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nested more than"),
    "lone surrogate": (b'{"type": "Annotation", "id": "a", "target": {"selector": '
                       b'{"type": "TextQuoteSelector", "exact": "\\ud800abc"}}}', "unpaired surrogate"),
    "out of range time": (_bytes(_annotation(created="0001-01-01T00:00:00+01:00")), "out of range"),
    "impossible date": (_bytes(_annotation(created="2023-02-30T00:00:00Z")), "created"),
    "linked item": (_bytes(_collection(["http://example.org/anno/1"])), "is a link"),
    "huge int": (b'{"type": "Annotation", "n": ' + b"9" * 5000 + b"}", "not valid JSON"),
}


@pytest.mark.parametrize("name", sorted(BAD_CASES))
def test_bad_input_is_one_clear_exchange_error(name):
    data, expected = BAD_CASES[name]
    with pytest.raises(ExchangeError) as caught:
        parse(data)
    message = str(caught.value)
    assert expected in message
    assert "\n" not in message and len(message) < 400


def test_error_names_the_item_and_its_id():
    items = [_annotation(id="urn:uuid:00000000-0000-4000-8000-00000000000a"),
             _annotation(id="urn:uuid:00000000-0000-4000-8000-00000000000b", target="http://x.org/")]
    with pytest.raises(ExchangeError, match=r"first\.items\[1\] \(urn:uuid:00000000-0000-4000-8000-00000000000b\)"):
        parse(_bytes(_collection(items)))


def test_file_over_the_size_limit_is_refused_before_parsing():
    with pytest.raises(ExchangeError, match="256 MB"):
        parse(b" " * (F.MAX_FILE_BYTES + 1))


# --- selectors: any usable one will do, in any order (Hypothesis / Annotator files) ---------------

XPATH_RANGE = {
    "type": "RangeSelector",
    "startSelector": {"type": "XPathSelector", "value": "/div[1]/p[2]", "refinedBy": {
        "type": "TextPositionSelector", "start": 4, "end": 4}},
    "endSelector": {"type": "XPathSelector", "value": "/div[1]/p[3]"},
}
HYPOTHESIS_SELECTORS = [
    XPATH_RANGE,
    {"type": "TextPositionSelector", "start": 120, "end": 125},
    {"type": "TextQuoteSelector", "exact": "高质量发展", "prefix": "推动", "suffix": "取得"},
    {"type": "CssSelector", "value": "#main"},
    {"type": "FragmentSelector", "value": "page=3"},
    {"type": "SomeFutureSelector"},
]


def _parsed_selectors(selectors):
    [incoming] = parse(_bytes(_annotation(target={"source": DOC, "selector": selectors})))
    a = incoming.annotation
    return incoming.has_quote, incoming.has_position, a.quote, (a.start, a.end), incoming.range_quotes


def test_hypothesis_style_xpath_range_beside_quote_and_position_is_accepted_in_any_order():
    import itertools

    expected = (True, True, TextQuote("高质量发展", "推动", "取得"), (120, 125), None)
    for order in itertools.permutations(HYPOTHESIS_SELECTORS[:3]):
        assert _parsed_selectors(list(order)) == expected
    for rotation in range(len(HYPOTHESIS_SELECTORS)):
        order = HYPOTHESIS_SELECTORS[rotation:] + HYPOTHESIS_SELECTORS[:rotation]
        assert _parsed_selectors(order) == expected


def test_annotator_style_xpath_range_with_only_a_quote():
    for order in ([XPATH_RANGE, HYPOTHESIS_SELECTORS[2]], [HYPOTHESIS_SELECTORS[2], XPATH_RANGE]):
        assert _parsed_selectors(order)[:3] == (True, False, TextQuote("高质量发展", "推动", "取得"))


def test_malformed_selector_beside_a_usable_one_is_ignored_whatever_the_order():
    bad = {"type": "TextPositionSelector", "start": 9, "end": 2}
    quote = {"type": "TextQuoteSelector", "exact": "高质量发展"}
    mixed = {"type": "RangeSelector", "startSelector": {"type": "TextPositionSelector", "start": 1, "end": 1},
             "endSelector": {"type": "TextQuoteSelector", "exact": "x"}}
    for order in ([bad, quote, mixed], [mixed, quote, bad], [quote, mixed, bad]):
        assert _parsed_selectors(order)[:3] == (True, False, TextQuote("高质量发展"))


def test_position_selector_wins_over_a_position_range_in_any_order():
    position = {"type": "TextPositionSelector", "start": 5, "end": 9}
    ranged = {"type": "RangeSelector", "startSelector": {"type": "TextPositionSelector", "start": 1, "end": 1},
              "endSelector": {"type": "TextPositionSelector", "start": 3, "end": 3}}
    assert _parsed_selectors([position, ranged])[3] == _parsed_selectors([ranged, position])[3] == (5, 9)
    quotes = {"type": "RangeSelector", "startSelector": {"type": "TextQuoteSelector", "exact": "推动"},
              "endSelector": {"type": "TextQuoteSelector", "exact": "取得"}}
    assert _parsed_selectors([quotes, position])[4] is None  # the position is the better description


def test_refined_by_a_quote_of_an_unusable_selector_is_used_and_relative_positions_are_not():
    fragment = {"type": "FragmentSelector", "value": "page=3",
                "refinedBy": {"type": "TextQuoteSelector", "exact": "高质量发展"}}
    assert _parsed_selectors(fragment)[:3] == (True, False, TextQuote("高质量发展"))
    relative = {"type": "FragmentSelector", "value": "page=3",
                "refinedBy": {"type": "TextPositionSelector", "start": 1, "end": 4}}
    with pytest.raises(ExchangeError, match="no usable selector.*relative to an unresolvable selector"):
        _parsed_selectors(relative)
    # A usable selector's refinement that cannot be resolved is ignored.
    quote = {"type": "TextQuoteSelector", "exact": "高质量发展", "refinedBy": {"type": "XPathSelector", "value": "/p"}}
    assert _parsed_selectors(quote)[:3] == (True, False, TextQuote("高质量发展"))


def test_item_with_no_usable_selector_at_all_is_rejected_with_its_index_and_id():
    items = [_annotation(id="urn:uuid:00000000-0000-4000-8000-00000000000a"),
             _annotation(id="urn:uuid:00000000-0000-4000-8000-00000000000b",
                         target={"source": DOC, "selector": [XPATH_RANGE, {"type": "CssSelector", "value": "p"}]})]
    with pytest.raises(ExchangeError) as caught:
        parse(_bytes(_collection(items)))
    message = str(caught.value)
    assert message.startswith("first.items[1] (urn:uuid:00000000-0000-4000-8000-00000000000b): target has no usable")
    assert "RangeSelector must pair" in message and "\n" not in message


# --- limits: a superset of what Pizhu writes --------------------------------------------------------


def test_limits_accept_long_notes_quotes_and_many_long_tags():
    tags = [{"type": "TextualBody", "purpose": "tagging", "value": f"标签{i}/" + "长" * 300} for i in range(250)]
    value = _annotation(
        body=tags + [{"type": "TextualBody", "purpose": "commenting", "value": "注" * 150_000}],
        target={"source": DOC, "selector": {"type": "TextQuoteSelector", "exact": "引" * 120_000}},
    )
    a = parse_annotations(_bytes(value))[0]
    assert len(a.tags) == 250 and len(a.note) == 150_000 and len(a.quote.exact) == 120_000


@pytest.mark.parametrize("value, expected", [
    (_annotation(body={"type": "TextualBody", "purpose": "tagging", "value": "长" * (F.MAX_TAG + 1)}), "tag is longer"),
    (_annotation(body=[{"type": "TextualBody", "purpose": "tagging", "value": f"t{i}"} for i in range(F.MAX_TAGS + 1)]),
     "more than 1000 tags"),
    (_annotation(bodyValue="注" * (F.MAX_NOTE + 1), body=None), "bodyValue is longer"),
    (_annotation(target={"source": DOC, "selector": {"type": "TextQuoteSelector", "exact": "引" * (F.MAX_QUOTE + 1)}}),
     "longer than 1000000"),
])
def test_limits_still_refuse_what_is_beyond_them(value, expected):
    with pytest.raises(ExchangeError, match=expected):
        parse(_bytes(value))


def test_limits_are_the_documented_ones():
    assert (F.MAX_FILE_BYTES, F.MAX_ITEMS, F.MAX_QUOTE, F.MAX_NOTE, F.MAX_TAG, F.MAX_TAGS, F.MAX_DEPTH) == (
        256 * 1024 * 1024, 500_000, 1_000_000, 1_000_000, 1_000, 1_000, 32)


# --- ids and creators -----------------------------------------------------------------------------


@pytest.mark.parametrize("raw, kind", [(None, "null"), (17, "a number"), ({"id": "x"}, "an object"), ([], "a list")])
def test_id_that_is_null_or_not_a_string_is_rejected_naming_the_item(raw, kind):
    items = [_annotation(id="urn:uuid:00000000-0000-4000-8000-00000000000a"), _annotation(id=raw)]
    with pytest.raises(ExchangeError) as caught:
        parse(_bytes(_collection(items)))
    assert str(caught.value).startswith("first.items[1]: ")
    assert f"id must be a string IRI, not {kind}" in str(caught.value)


def test_creator_given_only_as_an_iri_is_recorded():
    assert parse_annotations(_bytes(_annotation(creator="acct:zhang@hypothes.is")))[0].author == "acct:zhang@hypothes.is"
    only_id = _annotation(creator={"id": "https://example.org/people/li", "type": "Person"})
    assert parse_annotations(_bytes(only_id))[0].author == "https://example.org/people/li"
    named = _annotation(creator={"id": "https://example.org/people/li", "name": "李四"})
    assert parse_annotations(_bytes(named))[0].author == "李四"
