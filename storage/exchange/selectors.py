"""A passage of a report as W3C selectors: the shape an annotation's target and a status
change's evidence share (a TextQuoteSelector with its context, then a TextPositionSelector).

One writer and one lenient reader, so the store (which keeps evidence as this JSON) and the
exchange file (which carries it) cannot drift apart.
"""
from __future__ import annotations

import json
from typing import Any

from document.annotation import Evidence, TextQuote
from storage.exchange import fields as F


def selectors(start: int, end: int, quote: TextQuote) -> list[dict[str, Any]]:
    """``[TextQuoteSelector, TextPositionSelector]``; empty prefix/suffix are left out."""
    quote_selector: dict[str, Any] = {F.TYPE: F.T_QUOTE_SELECTOR, F.EXACT: quote.exact}
    if quote.prefix:
        quote_selector[F.PREFIX] = quote.prefix
    if quote.suffix:
        quote_selector[F.SUFFIX] = quote.suffix
    return [quote_selector, {F.TYPE: F.T_POSITION_SELECTOR, F.START: start, F.END: end}]


def read_selectors(value: Any) -> tuple[int, int, TextQuote] | None:
    """(start, end, quote) from a selector list, or None when it has no usable quote/position.

    A missing position is (0, 0); a missing quote is an empty one.  Anything that is not a list
    of such objects gives None rather than an error: evidence is secondary to the status.
    """
    if not isinstance(value, list):
        return None
    start = end = None
    quote = None
    for selector in value:
        if not isinstance(selector, dict):
            continue
        kind = selector.get(F.TYPE)
        if kind == F.T_QUOTE_SELECTOR and isinstance(selector.get(F.EXACT), str):
            prefix, suffix = selector.get(F.PREFIX, ""), selector.get(F.SUFFIX, "")
            quote = TextQuote(selector[F.EXACT], prefix if isinstance(prefix, str) else "",
                              suffix if isinstance(suffix, str) else "")
        elif kind == F.T_POSITION_SELECTOR:
            first, last = selector.get(F.START), selector.get(F.END)
            if _index(first) and _index(last) and first <= last:
                start, end = first, last
    if quote is None and start is None:
        return None
    return (start or 0, end or 0, quote or TextQuote(""))


def _index(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def evidence_json(evidence: Evidence | None) -> tuple[str, str]:
    """(document id, selector JSON) as the store keeps them; ("", "") for no evidence."""
    if evidence is None:
        return "", ""
    data = selectors(evidence.start, evidence.end, evidence.quote)
    return evidence.document_id, json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def evidence_from_json(document_id: str, selector_json: str) -> Evidence | None:
    if not document_id or not selector_json:
        return None
    try:
        parsed = read_selectors(json.loads(selector_json))
    except ValueError:
        return None
    if parsed is None:
        return None
    start, end, quote = parsed
    return Evidence(document_id=document_id, start=start, end=end, quote=quote)
