"""W3C Web Annotation import, step one: bytes → validated, document-independent annotations.

Nothing here touches the store or a document: the file is read in bounded memory (the pages'
items one at a time, every value measured before it is built: :mod:`.bounded_json`), checked
strictly and turned into :class:`Incoming` values; any problem raises :class:`ExchangeError` with one line
naming the problem and the item (``first.items[3] (urn:uuid:…): …``), so a bad file is
rejected before anything changes.

Accepted shapes: an ``AnnotationCollection`` whose ``first`` is an embedded page (embedded
``next`` pages are followed; a page given only by link is an error, because importing part of a
file silently would be worse), an ``AnnotationPage``, or a single ``Annotation``.

Per annotation:

* ``target``: a string IRI has no selector and is rejected; a list uses its first
  ``SpecificResource`` with a usable selector.  ``source`` may be a string or ``{"id": …}``.
* An item is usable when ANY selector of its target is usable; unusable ones are ignored and the
  outcome never depends on selector order (see :func:`_read_selectors`).
* Usable selectors: ``TextQuoteSelector`` (non-empty ``exact``), ``TextPositionSelector``
  (integers, 0 ≤ start ≤ end) and a ``RangeSelector`` whose ``startSelector``/``endSelector`` are
  either position selectors — the range is ``[startSelector.start, endSelector.start)``, because
  the model defines the end selector as the *exclusive* end point — or quote selectors, resolved
  later against the document text (:attr:`Incoming.range_quotes`).  Selectors of other kinds
  (XPath, CSS, Fragment, …) are ignored; ``refinedBy`` is ignored on a usable selector, and
  a TextQuoteSelector refining an unusable one is used.
* Bodies: ``TextualBody`` (or any object with a string ``value``) with purpose ``tagging`` is a
  tag (also an un-purposed body of a ``tagging`` annotation); every other textual body, and
  ``bodyValue``, is note text (several are joined by a blank line).  Bodies that are links are
  ignored.
* ``creator``: ``name`` (or ``nickname``) of a Person/agent; a creator given only as an IRI (a
  string, or an object with only ``id``) is recorded as that IRI; several are joined with ", ".
* Times: RFC 3339; a missing ``created`` is the fixed instant 1970-01-01T00:00:00Z and a missing
  ``modified`` equals ``created`` — fixed defaults, so importing the same file twice is a no-op.
* A missing ``id`` gets a uuid5 derived from the source, selectors and created time (stable); an
  ``id`` that is present but null or not a string is rejected.
* Extension (``pizhu:`` or its expanded IRI): colour ``#rrggbb``, ``deleted`` (boolean) and the
  commitment fields.  ``anchorState`` is informative only: import re-anchors.
"""
from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from datetime import datetime
from typing import Any

from document.annotation import (
    COMMITMENT_ENUMS, Annotation, AnchorState, Commitment, CommitmentStatus, Evidence, StatusEntry, TextQuote,
    commitment_with_texts,
)
from storage.exchange import bounded_json
from storage.exchange import fields as F
from storage.exchange import limits
from storage.exchange.errors import ExchangeError
from storage.exchange.selectors import read_selectors
from storage.exchange.values import derived_id, id_from_iri, parse_time

_HEX = set("0123456789abcdefABCDEF")
_SURROGATE = re.compile("[\ud800-\udfff]")  # "\\ud800" in JSON decodes to a lone surrogate
# Text decoded from UTF-8 holds no surrogate; only a JSON escape of one can make it.  A file
# without such an escape (nearly all) skips the per-string check.  (An escaped backslash before
# "ud800" also matches: that only costs the check, never skips a needed one.)
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


@dataclass(frozen=True)
class Incoming:
    """One parsed annotation before it is placed on a document.

    ``annotation.document_id`` is the target ``source`` ("" when the file gives none).  When the
    file has no position, ``has_position`` is False and ``start``/``end`` are 0; when it has no
    quote, ``has_quote`` is False and the quote is empty (the importer takes it from the text).
    """

    annotation: Annotation
    source: str
    has_position: bool
    has_quote: bool
    range_quotes: tuple[TextQuote, TextQuote] | None = None
    history: tuple[StatusEntry, ...] = ()  # the commitment's status entries, as the file gives them


# --- bytes → JSON ---------------------------------------------------------------------------


def decode(data: bytes) -> str:
    """UTF-8 text of the file (a UTF-8 BOM is allowed); other encodings are named and refused."""
    if len(data) > F.MAX_FILE_BYTES:
        raise ExchangeError(f"file is larger than the {F.megabytes(F.MAX_FILE_BYTES)} import limit")
    if not data.strip():
        raise ExchangeError("file is empty")
    for bom, name in (
        (codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
        (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16"),
    ):
        if data.startswith(bom):
            raise ExchangeError(f"file is {name}-encoded; annotation files must be UTF-8 JSON")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    head = data[:64]
    if len(head) >= 4 and head.count(0) >= len(head) // 4:
        raise ExchangeError("file looks UTF-16/UTF-32-encoded (NUL bytes); annotation files must be UTF-8 JSON")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        try:
            data.decode("gb18030")
            hint = " (it looks GB18030/GBK-encoded; save it as UTF-8)"
        except UnicodeDecodeError:
            hint = ""
        raise ExchangeError(f"file is not UTF-8: invalid byte at offset {error.start}{hint}") from None


def load_json(data: bytes) -> Any:
    """Parse the file as JSON with the size, encoding, nesting and value-size guards, streaming
    its pages' ``items`` (see :mod:`storage.exchange.bounded_json`)."""
    return bounded_json.load(decode(data))


# --- JSON → items -----------------------------------------------------------------------------


def _types(node: dict[str, Any]) -> set[str]:
    value = node.get(F.TYPE, node.get(F.LD_TYPE))
    if isinstance(value, str):
        return {value}
    if isinstance(value, list):
        return {entry for entry in value if isinstance(entry, str)}
    return set()


def iter_items(root: Any) -> Iterator[tuple[str, Any]]:
    """(path, item) for every annotation in a collection, page or single annotation."""
    if not isinstance(root, dict):
        raise ExchangeError("not a W3C annotation file: the top level is not a JSON object")
    kinds = _types(root)
    if F.T_COLLECTION in kinds:
        page = root.get(F.FIRST)
        if page is None:
            total = root.get(F.TOTAL, 0)
            if total in (0, None):
                return
            raise ExchangeError("collection has no embedded 'first' page")
        yield from _iter_pages(page, F.FIRST)
    elif F.T_PAGE in kinds:
        yield from _iter_pages(root, "page")
    elif F.T_ANNOTATION in kinds:
        yield "annotation", root
    else:
        found = ", ".join(sorted(kinds)) or "no type"
        raise ExchangeError(
            f"not a W3C annotation file: expected an AnnotationCollection, AnnotationPage or Annotation, found {found}"
        )


def _iter_pages(page: Any, path: str) -> Iterator[tuple[str, Any]]:
    count = 0
    for number in range(F.MAX_PAGES):
        if isinstance(page, str):
            raise ExchangeError(f"{path} is a link ({page[:80]}); only pages embedded in the file can be imported")
        if not isinstance(page, dict) or F.T_PAGE not in _types(page):
            raise ExchangeError(f"{path} is not an AnnotationPage")
        items = page.get(F.ITEMS)
        if not isinstance(items, list):
            raise ExchangeError(f"{path} has no 'items' list")
        for index, item in enumerate(items):
            count += 1
            if count > F.MAX_ITEMS:
                raise ExchangeError(f"file has more than {F.MAX_ITEMS} annotations")
            yield f"{path}.items[{index}]", item.decode() if isinstance(item, bounded_json.Span) else item
        page = page.get(F.NEXT)
        if page is None:
            return
        path = f"{path}.next"
    raise ExchangeError(f"file chains more than {F.MAX_PAGES} pages")


# --- one item -----------------------------------------------------------------------------------


class _Item:
    """Field readers for one annotation; every error names the item."""

    def __init__(self, path: str, node: dict[str, Any], check_surrogates: bool = True):
        self.path = path
        self.node = node
        self.check_surrogates = check_surrogates
        raw_id = node.get(F.ID, node.get(F.LD_ID))
        self.label = f"{path} ({raw_id[:80]})" if isinstance(raw_id, str) and raw_id else path

    def fail(self, problem: str) -> ExchangeError:
        return ExchangeError(f"{self.label}: {problem}")

    def text(self, value: Any, what: str, limit: int = F.MAX_STRING, *, allow_list: bool = False) -> str:
        if allow_list and isinstance(value, list) and len(value) == 1:
            value = value[0]
        if not isinstance(value, str):
            raise self.fail(f"{what} must be a string, not {_kind(value)}")
        if len(value) > limit:
            raise self.fail(f"{what} is longer than {limit} characters")
        if self.check_surrogates and _SURROGATE.search(value):
            raise self.fail(f"{what} contains an unpaired surrogate escape (not valid Unicode text)")
        return value

    def offset(self, value: Any, what: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(f"{what} must be an integer, not {_kind(value)}")
        if value < 0:
            raise self.fail(f"{what} is negative ({value})")
        if value > 10 * F.MAX_FILE_BYTES:
            raise self.fail(f"{what} is out of range ({value})")
        return value

    def get(self, *names: str) -> Any:
        for name in names:
            if name in self.node:
                return self.node[name]
        return None

    def ext(self, node: dict[str, Any], name: str) -> Any:
        compact, expanded = _ext_names(name)
        if compact in node:
            return node[compact]
        return node.get(expanded)


@lru_cache(maxsize=None)
def _ext_names(name: str) -> tuple[str, str]:
    """An extension property's compact and expanded names (a few dozen names, read per item)."""
    return F.ext(name), F.ext_expanded(name)


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean", int: "a number",
            float: "a number", type(None): "null"}.get(type(value), type(value).__name__)


def parse_item(path: str, node: Any, *, check_surrogates: bool = True) -> Incoming:
    """One Annotation object → :class:`Incoming`, or ExchangeError naming the item.

    ``check_surrogates=False`` only when the file has no surrogate escape (see
    :data:`_SURROGATE_ESCAPE`): its strings cannot hold one."""
    if isinstance(node, str):
        raise ExchangeError(f"{path}: is a link ({node[:80]}); only annotations embedded in the file can be imported")
    if not isinstance(node, dict):
        raise ExchangeError(f"{path}: an annotation must be a JSON object, not {_kind(node)}")
    item = _Item(path, node, check_surrogates)
    if F.T_ANNOTATION not in _types(node):
        raise item.fail("is not of type Annotation")
    target = item.get(F.TARGET)
    if target is None:
        raise item.fail("has no target")
    source, quote, position, range_quotes = _read_target(item, target)

    created_raw, modified_raw = item.get(F.CREATED), item.get(F.MODIFIED)
    created = _time(item, created_raw, F.CREATED) if created_raw is not None else F.MISSING_CREATED
    modified = _time(item, modified_raw, F.MODIFIED) if modified_raw is not None else created

    id_key = F.ID if F.ID in node else F.LD_ID if F.LD_ID in node else None
    raw_id = node[id_key] if id_key else None
    if id_key is not None and not isinstance(raw_id, str) and not (
        isinstance(raw_id, list) and len(raw_id) == 1 and isinstance(raw_id[0], str)
    ):
        raise item.fail(f"{id_key} must be a string IRI, not {_kind(raw_id)} (leave it out to have one derived)")
    if raw_id is None:
        annotation_id = derived_id(
            "item", source, quote.exact if quote else "", repr(position), created.isoformat()
        )
    else:
        raw_text = item.text(raw_id, "id", F.MAX_ID, allow_list=True)
        if not raw_text.strip():  # blank ids would all become one id and merge into one
            raise item.fail("id is empty (leave it out to have one derived)")
        annotation_id = id_from_iri(raw_text)

    motivations = _strings(item, item.get(F.MOTIVATION), "motivation")
    tags, note = _read_bodies(item, F.MOTIVATION_TAGGING in motivations)
    deleted = item.ext(node, F.EXT_DELETED)
    if deleted is not None and not isinstance(deleted, bool):
        raise item.fail(f"{F.ext(F.EXT_DELETED)} must be true or false")
    color = item.ext(node, F.EXT_COLOR)
    if color is not None:
        color = item.text(color, F.ext(F.EXT_COLOR), 16)
        if not (len(color) == 7 and color[0] == "#" and set(color[1:]) <= _HEX):
            raise item.fail(f"{F.ext(F.EXT_COLOR)} must look like #rrggbb, not {color!r}")

    start, end = position if position else (0, 0)
    values: dict[str, Any] = dict(
        id=annotation_id,
        document_id=source,
        start=start,
        end=end,
        quote=quote or TextQuote(""),
        tags=tags,
        note=note,
        author=_read_creator(item),
        created=created,
        modified=modified,
        state=AnchorState.ANCHORED,
        commitment=None,
        deleted=bool(deleted),
    )
    values["commitment"], history = _read_commitment(item, annotation_id)
    if color is not None:
        values["color"] = color.lower()
    annotation = Annotation(**values)
    found = limits.problem(annotation)
    if found:
        raise item.fail(found)
    return Incoming(
        annotation=annotation,
        source=source,
        has_position=position is not None,
        has_quote=quote is not None,
        range_quotes=range_quotes,
        history=history,
    )


def _time(item: _Item, value: Any, what: str) -> datetime:
    text = item.text(value, what, 64, allow_list=True)
    try:
        moment = parse_time(text)
    except (ValueError, OverflowError) as error:
        raise item.fail(f"{what}: {error}") from None
    if moment >= F.LATEST_TIME:
        raise item.fail(f"{what} {text[:40]} is after the year {F.LATEST_TIME.year - 1}")
    return moment


def _strings(item: _Item, value: Any, what: str) -> list[str]:
    if value is None:
        return []
    if type(value) is str:  # the usual single value
        return [item.text(value, what, 200)]
    values = value if isinstance(value, list) else [value]
    return [item.text(entry, what, 200) for entry in values]


def _read_target(item: _Item, target: Any):
    """(source, quote | None, (start, end) | None, range quotes | None) from the first usable target.

    A target entry that is an IRI, not an object, or has no usable selector is skipped; only an
    item none of whose targets is usable is rejected, so the outcome never depends on order.
    """
    targets = target if isinstance(target, list) else [target]
    if not targets:
        raise item.fail("target is an empty list")
    problems: list[str] = []
    for entry in targets:
        if isinstance(entry, str):
            continue  # a bare IRI: a whole resource, nothing to anchor
        if not isinstance(entry, dict):
            problems.append(f"target must be an object or IRI, not {_kind(entry)}")
            continue
        source = _read_source(item, entry.get(F.SOURCE))
        selectors = entry.get(F.SELECTOR)
        if selectors is None:
            continue
        quote, position, range_quotes = _read_selectors(item, selectors, problems)
        if quote is not None or position is not None or range_quotes is not None:
            return source, quote, position, range_quotes
    detail = ": " + "; ".join(problem[:100] for problem in problems[:3]) if problems else ""
    raise item.fail(
        "target has no usable selector (need a TextQuoteSelector, TextPositionSelector or a RangeSelector "
        f"of two of them){detail}"
    )


def _read_source(item: _Item, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        value = value.get(F.ID, value.get(F.LD_ID))
        if value is None:
            return ""
    return item.text(value, "target source", F.MAX_ID)


class _Unusable(Exception):
    """A selector Pizhu cannot use (malformed, or an unresolvable range); not fatal by itself."""


def _usable(item: _Item, read, *args):
    """``read(item, *args)``, with an ExchangeError turned into :class:`_Unusable`."""
    try:
        return read(item, *args)
    except ExchangeError as error:
        raise _Unusable(str(error)[len(item.label) + 2:]) from None


def _read_selectors(item: _Item, value: Any, problems: list[str]):
    """The usable selectors of one target, whatever their order.

    Every selector is examined.  A usable one of each kind is kept (the first of its kind, in
    file order); selectors Pizhu cannot use — XPath, CSS, Fragment, unknown types, links,
    malformed quote/position selectors, ranges whose ends are not two position or two quote
    selectors — are ignored, their problems collected for the message if nothing is usable.
    A selector's ``refinedBy`` is ignored when the selector itself is usable; the refinement of
    an unusable one (e.g. a FragmentSelector refined by a TextQuoteSelector) is tried instead.
    Precedence: a TextPositionSelector over a position RangeSelector; a quote-pair RangeSelector
    only when there is neither a quote nor a position.
    """
    pending = [(entry, False) for entry in (value if isinstance(value, list) else [value])]
    quote: TextQuote | None = None
    position: tuple[int, int] | None = None
    range_position: tuple[int, int] | None = None
    range_quotes: tuple[TextQuote, TextQuote] | None = None
    seen = 0
    while pending and seen < 64:  # refinedBy chains are bounded by the nesting limit anyway
        selector, refining = pending.pop(0)
        seen += 1
        if isinstance(selector, str):
            continue  # a selector by reference: nothing we can use offline
        if not isinstance(selector, dict):
            problems.append(f"selector must be an object, not {_kind(selector)}")
            continue
        kinds = _types(selector)
        try:
            if F.T_QUOTE_SELECTOR in kinds:
                found = _usable(item, _quote, selector)
                if quote is None:
                    quote = found
                continue
            if F.T_POSITION_SELECTOR in kinds and not refining:
                found_position = _usable(item, _position, selector)
                if position is None:
                    position = found_position
                continue
            if F.T_RANGE_SELECTOR in kinds:
                found_position, found_quotes = _usable(item, _range, selector)
                if found_position is not None and not refining:
                    range_position = range_position or found_position
                    continue
                if found_quotes is not None:
                    range_quotes = range_quotes or found_quotes
                    continue
                raise _Unusable("RangeSelector of positions relative to an unresolvable selector")
            if refining and F.T_POSITION_SELECTOR in kinds:
                problems.append("TextPositionSelector relative to an unresolvable selector")
            else:
                problems.append(f"{'/'.join(sorted(kinds)) or 'untyped selector'} is not supported")
        except _Unusable as unusable:
            problems.append(str(unusable))
        refined = selector.get(F.REFINED_BY)
        if refined is not None:
            pending.extend((entry, True) for entry in (refined if isinstance(refined, list) else [refined]))
    position = position or range_position
    if quote is not None or position is not None:
        range_quotes = None
    return quote, position, range_quotes


def _quote(item: _Item, selector: dict[str, Any]) -> TextQuote:
    exact = item.text(selector.get(F.EXACT), "TextQuoteSelector exact", F.MAX_QUOTE)
    if not exact:
        raise item.fail("TextQuoteSelector exact is empty")
    prefix = selector.get(F.PREFIX, "")
    suffix = selector.get(F.SUFFIX, "")
    return TextQuote(
        exact=exact,
        prefix=item.text(prefix, "TextQuoteSelector prefix", F.MAX_CONTEXT),
        suffix=item.text(suffix, "TextQuoteSelector suffix", F.MAX_CONTEXT),
    )


def _position(item: _Item, selector: dict[str, Any]) -> tuple[int, int]:
    start = item.offset(selector.get(F.START), "TextPositionSelector start")
    end = item.offset(selector.get(F.END), "TextPositionSelector end")
    if start > end:
        raise item.fail(f"TextPositionSelector start {start} is after end {end}")
    return start, end


def _range(item: _Item, selector: dict[str, Any]):
    first, last = selector.get(F.START_SELECTOR), selector.get(F.END_SELECTOR)
    if not isinstance(first, dict) or not isinstance(last, dict):
        raise item.fail("RangeSelector needs startSelector and endSelector objects")
    first_kinds, last_kinds = _types(first), _types(last)
    if F.T_POSITION_SELECTOR in first_kinds and F.T_POSITION_SELECTOR in last_kinds:
        start = _position(item, first)[0]
        end = _position(item, last)[0]
        if start > end:
            raise item.fail(f"RangeSelector starts at {start}, after its end {end}")
        return (start, end), None
    if F.T_QUOTE_SELECTOR in first_kinds and F.T_QUOTE_SELECTOR in last_kinds:
        return None, (_quote(item, first), _quote(item, last))
    raise item.fail("RangeSelector must pair two TextPositionSelectors or two TextQuoteSelectors")


def _read_bodies(item: _Item, tagging_annotation: bool) -> tuple[tuple[str, ...], str]:
    tags: list[str] = []
    notes: list[str] = []
    body_value = item.get(F.BODY_VALUE)
    if body_value is not None:
        notes.append(item.text(body_value, F.BODY_VALUE, F.MAX_NOTE))
    body = item.get(F.BODY)
    bodies = body if isinstance(body, list) else ([] if body is None else [body])
    for index, entry in enumerate(bodies):
        if isinstance(entry, str):
            continue  # an external body (IRI): nothing to show offline
        if not isinstance(entry, dict):
            raise item.fail(f"body[{index}] must be an object or IRI, not {_kind(entry)}")
        if F.VALUE not in entry:
            continue  # e.g. a SpecificResource or Choice body: not representable, skipped
        value = item.text(entry[F.VALUE], f"body[{index}] value")
        purposes = set(_strings(item, entry.get(F.PURPOSE), f"body[{index}] purpose"))
        if F.PURPOSE_TAGGING in purposes or (not purposes and tagging_annotation):
            tag = value.strip()
            if len(tag) > F.MAX_TAG:
                raise item.fail(f"body[{index}] tag is longer than {F.MAX_TAG} characters")
            if tag and tag not in tags:
                tags.append(tag)
        elif value:
            notes.append(value)
    if len(tags) > F.MAX_TAGS:
        raise item.fail(f"has more than {F.MAX_TAGS} tags")
    note = "\n\n".join(notes)
    if len(note) > F.MAX_NOTE:
        raise item.fail(f"note is longer than {F.MAX_NOTE} characters")
    return tuple(tags), note


def _read_creator(item: _Item) -> str:
    creator = item.get(F.CREATOR)
    creators = creator if isinstance(creator, list) else ([] if creator is None else [creator])
    names: list[str] = []
    for entry in creators:
        if isinstance(entry, str):
            names.append(item.text(entry, "creator", F.MAX_AUTHOR))  # an IRI is the only name we have
            continue
        if not isinstance(entry, dict):
            raise item.fail(f"creator must be an object or IRI, not {_kind(entry)}")
        name = entry.get(F.NAME, entry.get(F.NICKNAME))
        if name is not None:
            names.append(item.text(name, "creator name", F.MAX_AUTHOR, allow_list=True))
        else:
            iri = entry.get(F.ID, entry.get(F.LD_ID))
            if iri is not None:
                names.append(item.text(iri, "creator id", F.MAX_AUTHOR))
    return ", ".join(name for name in names if name)


def _read_commitment(item: _Item, annotation_id: str) -> tuple[Commitment | None, tuple[StatusEntry, ...]]:
    """``pizhu:commitment``: its fields (a file from before the ledger says ``deadline`` for
    ``horizon``; missing fields are empty or the default), status and history."""
    raw = item.ext(item.node, F.EXT_COMMITMENT)
    if raw is None:
        return None, ()
    if not isinstance(raw, dict):
        raise item.fail(f"{F.ext(F.EXT_COMMITMENT)} must be an object")
    texts: dict[str, str] = {}
    for name in F.EXT_COMMITMENT_FIELDS:
        value = item.ext(raw, name)
        if value is None and name == F.EXT_HORIZON:
            value = item.ext(raw, F.EXT_DEADLINE)
        if value is not None:
            texts[name] = item.text(value, f"commitment {name}", F.MAX_COMMITMENT_FIELD)
    try:
        commitment = commitment_with_texts(Commitment(status=_status(item, item.ext(raw, F.EXT_STATUS))),
                                           {k: v for k, v in texts.items() if v or k not in COMMITMENT_ENUMS})
    except ValueError as error:
        raise item.fail(str(error)) from None
    history_raw = item.ext(raw, F.EXT_HISTORY)
    if history_raw is None:
        return commitment, ()
    if not isinstance(history_raw, list):
        raise item.fail(f"{F.ext(F.EXT_HISTORY)} must be a list")
    if len(history_raw) > F.MAX_HISTORY:
        raise item.fail(f"{F.ext(F.EXT_HISTORY)} has more than {F.MAX_HISTORY} entries")
    return commitment, tuple(_read_entry(item, annotation_id, index, entry) for index, entry in enumerate(history_raw))


def _status(item: _Item, raw: Any, what: str = "commitment status") -> CommitmentStatus:
    if raw is None:
        return CommitmentStatus.OPEN
    text = item.text(raw, what, 40)
    try:
        return CommitmentStatus(text)
    except ValueError:
        allowed = ", ".join(s.value for s in CommitmentStatus)
        raise item.fail(f"{what} {text!r} is not one of {allowed}") from None


def _read_entry(item: _Item, annotation_id: str, index: int, raw: Any) -> StatusEntry:
    what = f"history entry {index}"
    if not isinstance(raw, dict):
        raise item.fail(f"{what} must be an object, not {_kind(raw)}")
    raw_id = raw.get(F.ID, raw.get(F.LD_ID))
    if not isinstance(raw_id, str) or not raw_id.strip():
        raise item.fail(f"{what} needs a string id")
    status_raw = item.ext(raw, F.EXT_STATUS)
    if status_raw is None:
        raise item.fail(f"{what} has no status")
    at_raw = item.ext(raw, F.EXT_AT)
    if at_raw is None:
        raise item.fail(f"{what} has no time ({F.ext(F.EXT_AT)})")
    previous_raw = item.ext(raw, F.EXT_PREVIOUS)
    retracted_raw = item.ext(raw, F.EXT_RETRACTED)
    texts = {name: item.text(item.ext(raw, name) or "", f"{what} {name}", limit)
             for name, limit in ((F.EXT_AUTHOR, 2000), (F.EXT_NOTE, F.MAX_NOTE), (F.EXT_SOURCE, F.MAX_STRING))}
    entry_id = id_from_iri(item.text(raw_id, f"{what} id", F.MAX_ID))
    too_long = limits.id_problem(entry_id, f"{what} id")
    if too_long:
        raise item.fail(too_long)
    return StatusEntry(
        id=entry_id,
        annotation_id=annotation_id,
        status=_status(item, status_raw, f"{what} status"),
        previous=_status(item, previous_raw, f"{what} previous status") if previous_raw is not None else None,
        at=_time(item, at_raw, f"{what} time"),
        author=texts[F.EXT_AUTHOR],
        note=texts[F.EXT_NOTE],
        source=texts[F.EXT_SOURCE],
        evidence=_read_evidence(item, what, item.ext(raw, F.EXT_EVIDENCE)),
        retracted=_time(item, retracted_raw, f"{what} retraction time") if retracted_raw is not None else None,
    )


def _read_evidence(item: _Item, what: str, raw: Any) -> Evidence | None:
    """The evidence passage: a SpecificResource with a source and quote/position selectors."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise item.fail(f"{what} evidence must be an object")
    source = raw.get(F.SOURCE)
    if isinstance(source, dict):
        source = source.get(F.ID, source.get(F.LD_ID))
    if not isinstance(source, str) or not source:
        raise item.fail(f"{what} evidence has no source document")
    selector = raw.get(F.SELECTOR)
    parsed = read_selectors(selector if isinstance(selector, list) else [selector])
    if parsed is None:
        raise item.fail(f"{what} evidence has no usable quote or position selector")
    start, end, quote = parsed
    return Evidence(document_id=item.text(source, f"{what} evidence source", 2000), start=start, end=end, quote=quote)


# --- whole file --------------------------------------------------------------------------------


def parse(data: bytes) -> list[Incoming]:
    """Every annotation of an exchange file, or ExchangeError for the first problem found."""
    text = decode(data)
    root = bounded_json.load(text)
    check = _SURROGATE_ESCAPE.search(text) is not None
    return [parse_item(path, node, check_surrogates=check) for path, node in iter_items(root)]


def parse_annotations(data: bytes) -> list[Annotation]:
    """The annotations as the file states them (document id = target source, no re-anchoring)."""
    return [incoming.annotation for incoming in parse(data)]
