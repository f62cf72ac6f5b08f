"""Whatever import accepts, export writes and import accepts again (issue 14.1), and ids that
say nothing are refused instead of merging two annotations into one (14.9)."""
from __future__ import annotations

import json

import pytest

from storage.exchange import fields as F
from storage.exchange import w3c
from storage.exchange.errors import ExchangeError
from storage.exchange.w3c_parse import parse_annotations

DOC = "urn:sha256:" + "ab" * 32


def _item(**fields) -> dict:
    item = {"type": "Annotation",
            "target": {"source": DOC, "selector": [
                {"type": "TextQuoteSelector", "exact": "经济运行"},
                {"type": "TextPositionSelector", "start": 3, "end": 7}]}}
    item.update(fields)
    return item


def _page(*items: dict) -> bytes:
    return json.dumps({"type": "AnnotationPage", "items": list(items)}, ensure_ascii=False).encode()


def _accepted_or_refused(data: bytes):
    try:
        return parse_annotations(data)
    except ExchangeError:
        return None


EDGE_CASES = {
    "2000-character id": _item(id="a" * 2000),
    "1987-character id": _item(id="a" * (2000 - len("urn:pizhu:id:"))),
    "2000-character IRI id": _item(id="http://example.org/" + "a" * (2000 - 19)),
    "600 CJK characters": _item(id="批" * 600),
    "222 CJK characters": _item(id="urn:x:" + "批" * 221),
    "1500-character creator IRI": _item(creator="http://example.org/" + "p" * 1481),
    "creator IRI at the limit": _item(creator="http://example.org/" + "p" * (F.MAX_AUTHOR - 19)),
    "creators joined beyond the limit": _item(creator=["http://example.org/" + "p" * 1200,
                                                       {"name": "张" * 500}, {"id": "urn:x:" + "q" * 800}]),
    "long creator name": _item(creator={"name": "名" * F.MAX_AUTHOR}),
    "tag at the limit": _item(body={"type": "TextualBody", "purpose": "tagging", "value": " " + "签" * F.MAX_TAG + " "}),
    "long commitment field": _item(**{"pizhu:commitment": {"pizhu:indicator": "指" * 1000}}),
}


@pytest.mark.parametrize("name", sorted(EDGE_CASES))
def test_what_import_accepts_survives_export_and_import(name):
    first = _accepted_or_refused(_page(EDGE_CASES[name]))
    if first is None:
        return  # refused whole at the first import: nothing was accepted that cannot travel
    exported = w3c.export_bytes(DOC, first)
    again = parse_annotations(exported)
    assert again == first
    assert parse_annotations(w3c.export_bytes(DOC, again)) == first


@pytest.mark.parametrize("name", ["2000-character id", "600 CJK characters", "creators joined beyond the limit"])
def test_ids_and_creators_beyond_the_written_limit_are_refused_at_the_first_import(name):
    with pytest.raises(ExchangeError, match="once written|limit"):
        parse_annotations(_page(EDGE_CASES[name]))


@pytest.mark.parametrize("name", ["1987-character id", "222 CJK characters", "1500-character creator IRI",
                                  "creator IRI at the limit", "long creator name", "tag at the limit"])
def test_values_within_the_limit_are_accepted(name):
    assert _accepted_or_refused(_page(EDGE_CASES[name])) is not None


@pytest.mark.parametrize("blank", ["", " ", "\t\n", "\u3000"])
def test_blank_ids_are_refused_instead_of_collapsing_two_annotations(blank):
    with pytest.raises(ExchangeError, match="id is empty"):
        parse_annotations(_page(_item(id=blank), _item(id=" ")))


def test_export_refuses_what_import_would_refuse():
    from document.annotation import Annotation, TextQuote

    long_author = Annotation(id="x", document_id=DOC, start=0, end=1, quote=TextQuote("经"),
                             author="名" * (F.MAX_AUTHOR + 1))
    with pytest.raises(ExchangeError, match="cannot be exchanged"):
        w3c.export_bytes(DOC, [long_author])
    long_id = Annotation(id="urn:x:" + "%E6%89%B9" * 300, document_id=DOC, start=0, end=1, quote=TextQuote("经"))
    with pytest.raises(ExchangeError, match="cannot be exchanged"):
        w3c.export_bytes(DOC, [long_id])


def test_a_quote_taken_from_the_text_is_held_to_the_quote_limit(tmp_path, monkeypatch):
    """A position-only item takes its quote from the document: the placed quote must fit too."""
    from document.loading import load_document
    from storage.exchange.importer import import_bytes
    from storage.store import Store

    report = load_document(None)
    monkeypatch.setattr(F, "MAX_QUOTE", 100)  # the bundled report is shorter than the real limit
    wide = {"type": "Annotation", "id": "urn:x:wide",
            "target": {"source": report.id, "selector": {"type": "TextPositionSelector", "start": 0, "end": 101}}}
    with Store.open(tmp_path / "pizhu.sqlite3") as store:
        with pytest.raises(ExchangeError, match="quote is 101 characters"):
            import_bytes(store, _page(wide), document=report)
        assert store.annotations(report.id, include_deleted=True) == []
