"""Script-insensitive, whitespace-tolerant find (docs/architecture.md §7).

Readers type queries in whatever script and vocabulary their keyboard gives them: 發展 for
发展, 網際網路 for 互联网, ``5G基站`` for ``5G 基站``.  Both the document and the query are
brought to one *search form* and compared there with plain ``str.find``:

1. Script: two forms, because OpenCC's phrase tables are not each other's inverse.
   *Mainland*: a Simplified source goes through ``hk2s`` (keeps lengths; folds the odd
   Traditional or Hong Kong character), a Traditional one through ``hk2t`` then ``tw2sp``
   (Taiwan phrases back to Mainland ones, offsets mapped exactly as for the ``twp`` view).
   Queries are tried as ``t2s(q)``, ``hk2s(q)`` and ``tw2sp(s2tw(q))`` (Taiwan words typed in
   either script: 網際網路 → 互联网).  *Taiwan*: the ``twp`` view itself, searched with
   ``s2twp(hk2s(q))``; it finds 高階 (which ``s2twp`` made from 高端 but ``tw2sp`` turns into
   高级).  Matches of all forms are merged.
2. Width and case: full-width Latin letters and digits become ASCII, ASCII is lower-cased
   (both 1:1, so offsets are untouched).
3. Spaces: a run of spaces or tabs survives (as one space) only between two ASCII letters or
   digits, where it separates words; elsewhere — ``5G 基站``, ``88 亿元``, ``增长 5%`` — it is
   dropped on both sides.  Newlines are kept: a query never silently spans two paragraphs.

The index is built once per document text (:func:`search_index` caches it) and every keystroke
costs only the query's own conversions and a ``str.find`` loop over the search form.
"""
from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass

from document.scripts import ScriptView, converter, custom_view, is_traditional, script_view

_FOLD = str.maketrans(
    {**{chr(0xFF10 + i): chr(0x30 + i) for i in range(10)},
     **{chr(0xFF21 + i): chr(0x61 + i) for i in range(26)},
     **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
     **{chr(0x41 + i): chr(0x61 + i) for i in range(26)}}
)

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def _is_word_char(char: str) -> bool:
    return char.isascii() and char.isalnum()


@dataclass(frozen=True)
class Match:
    """One hit as a range of the SOURCE (canonical) text, end-exclusive."""

    start: int
    end: int


@dataclass(frozen=True)
class _Squeezed:
    """Text with spaces squeezed, and a piecewise-linear map back to the unsqueezed text:
    position ``n`` lies in the piece starting at ``starts[i]`` and maps to
    ``origins[i] + n - starts[i]``."""

    text: str
    starts: tuple[int, ...]
    origins: tuple[int, ...]

    def origin(self, position: int) -> int:
        i = bisect_right(self.starts, position) - 1
        return self.origins[i] + position - self.starts[i]


def _squeeze(text: str) -> _Squeezed:
    parts: list[str] = []
    starts = [0]
    origins = [0]
    last = 0
    size = 0
    for m in _SPACES.finditer(text):
        a, b = m.span()
        parts.append(text[last:a])
        size += a - last
        if 0 < a and b < len(text) and _is_word_char(text[a - 1]) and _is_word_char(text[b]):
            parts.append(" ")
            size += 1
        starts.append(size)
        origins.append(b)
        last = b
    parts.append(text[last:])
    return _Squeezed("".join(parts), tuple(starts), tuple(origins))


def _fold(text: str) -> str:
    return _squeeze(text.translate(_FOLD)).text.strip(" ")


def _convert(text: str, *configs: str) -> str:
    for config in configs:
        text = converter(config).convert(text)
    return text


def mainland_forms(query: str) -> list[str]:
    """Query forms to look up in the Mainland (Simplified) search form of a document."""
    forms = (_convert(query, "t2s"), _convert(query, "hk2s"), _convert(query, "s2tw", "tw2sp"))
    return list(dict.fromkeys(f for f in map(_fold, forms) if f))


def taiwan_forms(query: str) -> list[str]:
    """Query forms to look up in the Taiwan-phrases (``twp``) form of a document: it catches
    words whose Taiwan form ``tw2sp`` does not take back (高階 came from 高端, not 高级)."""
    form = _fold(_convert(query, "hk2s", "s2twp"))
    return [form] if form else []


@dataclass(frozen=True)
class _Form:
    """One searchable form of the document: its view of the source and the squeezed text."""

    view: ScriptView
    squeezed: _Squeezed

    @classmethod
    def of(cls, view: ScriptView) -> "_Form":
        return cls(view, _squeeze(view.text.translate(_FOLD)))

    def find(self, form: str, limit: int | None, found: set[tuple[int, int]]) -> None:
        """Add the source range of every occurrence of ``form`` (up to ``limit``) to ``found``.

        Hits are collected first and mapped in one tight loop (squeezed → view display →
        source, the latter expanding to whole phrases exactly as ``to_source_range``): a
        two-character query can hit thousands of times and the map is the per-hit cost.
        """
        text = self.squeezed.text
        size = len(form)
        hits: list[int] = []
        hit = text.find(form)
        while hit >= 0:
            hits.append(hit)
            if limit is not None and len(hits) >= limit:
                break
            hit = text.find(form, hit + 1)
        sq_starts, sq_origins = self.squeezed.starts, self.squeezed.origins
        view = self.view
        if len(sq_starts) == 1 and view.identity:
            found.update((h, h + size) for h in hits)
            return
        d_starts, d_ends = view.disp_starts, view.disp_ends
        s_starts, s_ends = view.src_starts, view.src_ends
        plain = len(sq_starts) == 1
        for h in hits:
            if plain:
                lo, hi = h, h + size
            else:
                i = bisect_right(sq_starts, h) - 1
                lo = sq_origins[i] + h - sq_starts[i]
                last = h + size - 1
                i = bisect_right(sq_starts, last) - 1
                hi = sq_origins[i] + last - sq_starts[i] + 1
            if d_starts:
                i = bisect_right(d_starts, lo) - 1
                if i >= 0:
                    lo = s_starts[i] if lo < d_ends[i] else s_ends[i] + lo - d_ends[i]
                i = bisect_right(d_starts, hi) - 1
                if i >= 0:
                    if hi < d_ends[i]:
                        hi = s_ends[i] if hi > d_starts[i] else s_starts[i]
                    else:
                        hi = s_ends[i] + hi - d_ends[i]
            found.add((lo, hi))


class SearchIndex:
    """The search forms of one document text and their maps back to source offsets.

    Two forms: Mainland Simplified (``hk2s`` for a Simplified source, ``hk2t`` + ``tw2sp`` for
    a Traditional one) and Taiwan phrases (the ``twp`` script view, shared with the reader
    through the view cache).  ``taiwan_phrases=False`` skips the second one.
    """

    def __init__(self, source_text: str, source_is_traditional: bool | None = None,
                 taiwan_phrases: bool = True) -> None:
        if source_is_traditional is None:
            source_is_traditional = is_traditional(source_text)
        self.source_text = source_text
        if source_is_traditional:
            mainland = custom_view(source_text, steps=("hk2t",), phrase="tw2sp", reference="tw2s",
                                   name="search")
        else:
            mainland = custom_view(source_text, steps=("hk2s",), name="search")
        self.mainland = _Form.of(mainland)
        self.taiwan = (_Form.of(script_view(source_text, "twp",
                                            source_is_traditional=source_is_traditional))
                       if taiwan_phrases else None)

    @property
    def text(self) -> str:
        """The Mainland search form (exposed for tests and debugging)."""
        return self.mainland.squeezed.text

    def find(self, query: str, limit: int | None = None) -> list[Match]:
        """Every occurrence of ``query`` (overlapping ones included), in source order.

        ``limit`` caps the number of matches returned (the first ones in the text).
        """
        if limit is not None and limit <= 0:
            return []
        found: set[tuple[int, int]] = set()
        for form in mainland_forms(query):
            self.mainland.find(form, limit, found)
        if self.taiwan is not None:
            for form in taiwan_forms(query):
                self.taiwan.find(form, limit, found)
        ranges = sorted(found)
        if limit is not None:
            ranges = ranges[:limit]
        return [Match(a, b) for a, b in ranges]


_INDEXES: OrderedDict[str, SearchIndex] = OrderedDict()
_INDEXES_LOCK = threading.Lock()


def search_index(source_text: str) -> SearchIndex:
    """The cached index of a document text (a small LRU: building costs a few conversions)."""
    with _INDEXES_LOCK:
        index = _INDEXES.get(source_text)
        if index is not None:
            _INDEXES.move_to_end(source_text)
            return index
    index = SearchIndex(source_text)
    with _INDEXES_LOCK:
        _INDEXES[source_text] = index
        while len(_INDEXES) > 4:
            _INDEXES.popitem(last=False)
    return index
