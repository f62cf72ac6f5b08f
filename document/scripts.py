"""Script views: the report shown in Simplified or Traditional script, with exact offset maps.

Annotations live in canonical (source) offsets, the reader paints a *display* text, so every
view carries a map between the two (docs/architecture.md §7).  Most OpenCC configurations replace one
code point by one code point; their map is the identity and we *assert* that instead of
trusting it, because a silent shift would move every highlight.  ``s2twp`` (Taiwan phrases)
rewrites whole words with different lengths (互联网→網際網路, 串行端口→序列埠), and OpenCC
exposes no segmentation, so the map is recovered by asking OpenCC itself which cuts are valid.

How the ``twp`` map is built (all conversions batched, see :func:`_drive`):

1. The text is cut into lines at ``\\n`` (and NUL, which OpenCC treats as end of input) and at
   protected ranges.  No dictionary key or value can hold a newline (OpenCC's dictionary
   source format is one ``key<TAB>values`` entry per line), so lines convert independently.
2. Each line is converted with ``s2twp`` and with ``s2tw``.  Both share segmentation and the
   first conversion stage; ``s2tw`` keeps lengths, so where the two outputs agree the map is
   char by char.  Only where they disagree do we look closer.
3. Inside a line, *hard boundaries* are characters that occur in no dictionary key: OpenCC's
   maximum-match segmentation and conversion can never match across them.  The key characters
   of every dictionary shipped with the wheel are CJK ideographs, a few ASCII letters
   (``SQL注入``, ``U盘``, ``B超``), ``-``, ``·`` and ``〇``; :data:`_RUN` matches a *superset*
   of that (every letter, every non-decimal numeric, ``-``, ``·``), so a run boundary is always
   a hard boundary.  ``tests/document/test_scripts.py`` re-derives the key characters from the
   installed dictionaries (dumped with the ``opencc_dict`` tool inside the wheel) and fails if
   a future OpenCC adds a key character the rule misses.  Each differing run is converted on
   its own and its output checked against the line's output, so a wrong boundary could not go
   unnoticed (the line then falls back to being one run).
4. Inside a differing run, cut ``k`` is valid when converting the two halves separately gives
   the whole run's output.  Only cuts near the part where the two outputs differ are tested
   (all at once; the search widens only if a side has no valid cut).  Between consecutive
   valid cuts, pieces of equal length map char by char; pieces of unequal length are *units*:
   an offset inside a unit snaps to the unit's start, a range touching it expands to all of
   it.  Testing cuts (rather than comparing lengths) is what keeps ``连接互联网串行端口和数据``
   honest: it keeps its length under ``s2twp`` but 互联网 (3→4) and 端口 (2→1) are separate
   units, so 串 never maps to 路.  (Whether 串行 maps char by char to 序列 is OpenCC's call:
   here the cut before 端口 is valid; in ``串行端口干部`` it is not, because 口干 is a phrase,
   and 串行端口 → 序列埠 becomes one unit.)
5. Testing a cut on the whole run costs the run's length, so a run (or a fallback line)
   longer than ``_LONG_RUN`` characters — a paragraph without punctuation — is handled in
   linear time and memory (:func:`document.phrase_map._long_run_units`).  OpenCC segments by
   left-to-right maximum match and converts segment by segment, so whether a cut is valid
   depends only on the text within the longest dictionary key (43 characters in OpenCC
   1.4.2; the test re-derives it) of the segment boundaries around it.  The run is chunked
   at *anchors* (every ``_STRIDE`` characters, the first nearby cut valid within ``_MARGIN``
   = 64 characters of context); the chunks are converted alone and must concatenate to the
   run's output, which also places every anchor on the display (a chunk that does not match
   loses its anchors and is merged with its neighbours; should that keep failing, the rest
   of the run becomes one unit — coarse, never shifted).  Each cut inside a chunk whose
   output differs is then tested against a window between verified anchors at least
   ``_MARGIN`` away, and pieces become units as in step 4.  Questions go to OpenCC in
   rounds of bounded size, so memory stays proportional to the run, not to its square.
6. Windowed cut tests still ask OpenCC dozens of times per phrase.  Where the wheel's
   ``opencc_dict`` tool lets us build a marker dictionary, a long run is instead mapped from
   OpenCC's own segmentation, revealed by a marking conversion stage
   (:mod:`document.phrase_segments`): a few plain-speed conversions plus exact checks of only
   the pieces whose output differs.  Past an analysis budget that only adversarial text
   reaches, a differing piece becomes one unit: coarser, still exact.

Everything is in Python ``str`` indices (code points); 㓆→𠗣 changes UTF-16 length but not
code-point length, so it needs no special case here — only Qt's boundary converts to UTF-16.
"""
from __future__ import annotations

import gc
import re
import threading
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from operator import ne

from document.converters import (  # noqa: F401 - converter and ScriptMapError re-exported
    LENGTH_KEEPING, ScriptMapError, batch as _batch, convert_checked as _convert_checked, convert_text as _convert_text,
    converter,
)
from document.phrase_map import _RUN, LongRun, _phrase_units  # noqa: F401 - _RUN for tests
from document.phrase_segments import segmented_map
from document.script_ids import SCRIPT_IDS  # noqa: F401 - re-exported

#: Characters OpenCC must never see: it stops at NUL; newline separates batched pieces.
_CUT = re.compile(r"[^\n\x00]+")


# --------------------------------------------------------------------------- detection


def _sample(text: str, size: int = 65536, slices: int = 16) -> str:
    """Up to ``size`` characters spread over the whole text (detection needs no more)."""
    if len(text) <= size:
        return text
    step = len(text) // slices
    width = size // slices
    return "".join(text[i * step:i * step + width] for i in range(slices))


@lru_cache(maxsize=16)
def is_traditional(text: str) -> bool:
    """True when OpenCC ``t2s`` changes more of ``text`` than ``s2t`` does (docs/architecture.md §7).

    Both configs keep lengths, so counting changed positions is a plain zip.  Long texts are
    judged on an evenly spread sample: the verdict of a report does not hinge on its tail.
    """
    sample = _sample(text)
    to_s = _convert_checked("t2s", sample)
    to_t = _convert_checked("s2t", sample)
    return sum(map(ne, sample, to_s)) > sum(map(ne, sample, to_t))


# --------------------------------------------------------------------------- plans


@dataclass(frozen=True)
class _Plan:
    """How to produce a script from a source: optional length-keeping steps, then at most one
    phrase step whose map is recovered against a length-keeping reference config."""

    steps: tuple[str, ...] = ()
    phrase: str = ""
    reference: str = ""


def _plan(script: str, source_is_traditional: bool) -> _Plan:
    if script not in SCRIPT_IDS:
        raise ValueError(f"unknown script {script!r}; expected one of {', '.join(SCRIPT_IDS)}")
    if script == "source":
        return _Plan()
    if source_is_traditional:
        return {
            "s": _Plan(("t2s",)),
            "t": _Plan(),
            "tw": _Plan(("t2tw",)),
            "hk": _Plan(("t2hk",)),
            # Taiwan phrases exist only as Simplified → Traditional: simplify first.
            "twp": _Plan(("t2s",), "s2twp", "s2tw"),
        }[script]
    return {
        # The source is already Simplified: the view is the text as written.
        "s": _Plan(),
        "t": _Plan(("s2t",)),
        "tw": _Plan(("s2tw",)),
        "hk": _Plan(("s2hk",)),
        "twp": _Plan((), "s2twp", "s2tw"),
    }[script]


def convert(text: str, script: str, source_is_traditional: bool = False) -> str:
    """Convert a short string (a title, a tag) to ``script``; no offset map."""
    plan = _plan(script, source_is_traditional)
    for config in plan.steps:
        text = _convert_checked(config, text)
    if plan.phrase:
        text = converter(plan.phrase).convert(text)
    return text


# --------------------------------------------------------------------------- the view


@dataclass(frozen=True)
class ScriptView:
    """A display text plus its exact map to the source text.

    The map is stored as *units*: sorted, disjoint source ranges ``[src_start, src_end)`` shown
    as display ranges ``[disp_start, disp_end)`` that cannot be split (a converted phrase whose
    length changed).  Between units the map is char by char with a constant shift.  Offsets are
    boundaries (0..len); one strictly inside a unit snaps to the unit's start.
    """

    script: str
    text: str
    source_length: int
    src_starts: tuple[int, ...] = field(default=(), repr=False)
    src_ends: tuple[int, ...] = field(default=(), repr=False)
    disp_starts: tuple[int, ...] = field(default=(), repr=False)
    disp_ends: tuple[int, ...] = field(default=(), repr=False)

    @property
    def identity(self) -> bool:
        """True when display offsets equal source offsets everywhere."""
        return not self.src_starts and self.source_length == len(self.text)

    @property
    def units(self) -> list[tuple[int, int, int, int]]:
        """``(src_start, src_end, disp_start, disp_end)`` of every indivisible phrase."""
        return list(zip(self.src_starts, self.src_ends, self.disp_starts, self.disp_ends))

    # -- single offsets

    @staticmethod
    def _map(offset: int, limit: int, starts, ends, other_starts, other_ends, snap_end: bool) -> int:
        if not 0 <= offset <= limit:
            raise ValueError(f"offset {offset} outside 0..{limit}")
        i = bisect_right(starts, offset) - 1
        if i < 0:
            return offset
        if offset < ends[i]:
            if snap_end and offset > starts[i]:
                return other_ends[i]
            return other_starts[i]
        return other_ends[i] + (offset - ends[i])

    def to_source(self, display_offset: int) -> int:
        """Source boundary for a display boundary; inside a phrase → the phrase's source start."""
        return self._map(display_offset, len(self.text), self.disp_starts, self.disp_ends,
                         self.src_starts, self.src_ends, False)

    def to_display(self, source_offset: int) -> int:
        """Display boundary for a source boundary; inside a phrase → the phrase's display start."""
        return self._map(source_offset, self.source_length, self.src_starts, self.src_ends,
                         self.disp_starts, self.disp_ends, False)

    # -- ranges

    def to_source_range(self, start: int, end: int) -> tuple[int, int]:
        """A display selection as a source range, grown to whole phrases at both ends."""
        start, end = min(start, end), max(start, end)
        lo = self.to_source(start)
        if start == end:
            return lo, lo
        hi = self._map(end, len(self.text), self.disp_starts, self.disp_ends,
                       self.src_starts, self.src_ends, True)
        return lo, hi

    def to_display_range(self, start: int, end: int) -> tuple[int, int]:
        """A source range (an annotation) as a display range, grown to whole phrases."""
        start, end = min(start, end), max(start, end)
        lo = self.to_display(start)
        if start == end:
            return lo, lo
        hi = self._map(end, self.source_length, self.src_starts, self.src_ends,
                       self.disp_starts, self.disp_ends, True)
        return lo, hi

    def to_source_list(self) -> list[int]:
        """The source offset of every display boundary 0..len(text) (CLI ``text --json``)."""
        out: list[int] = []
        src = 0
        for ss, se, ds, de in zip(self.src_starts, self.src_ends, self.disp_starts, self.disp_ends):
            out.extend(range(src, ss))
            out.extend([ss] * (de - ds))
            src = se
        out.extend(range(src, self.source_length + 1))
        return out


def _merge_ranges(ranges: Sequence[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in sorted((max(0, a), min(length, b)) for a, b in ranges):
        if a >= b:
            continue
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _chunks(text: str, protected: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Source ranges OpenCC converts: lines (split at newline and NUL) minus protected ranges."""
    guard = _merge_ranges(protected, len(text))
    chunks: list[tuple[int, int]] = []
    g = 0
    for m in _CUT.finditer(text):
        a, b = m.span()
        while g < len(guard) and guard[g][1] <= a:
            g += 1
        k = g
        while a < b and k < len(guard) and guard[k][0] < b:
            ga, gb = guard[k]
            if ga > a:
                chunks.append((a, ga))
            a = max(a, gb)
            k += 1
        if a < b:
            chunks.append((a, b))
    return chunks


def _assemble(text: str, chunks: Sequence[tuple[int, int]], outs: Sequence[str]) -> tuple[str, list[int]]:
    """Display text (converted chunks, everything else verbatim) and each chunk's display start."""
    parts: list[str] = []
    starts: list[int] = []
    src = disp = 0
    for (a, b), out in zip(chunks, outs):
        if a > src:
            parts.append(text[src:a])
            disp += a - src
        starts.append(disp)
        parts.append(out)
        disp += len(out)
        src = b
    parts.append(text[src:])
    return "".join(parts), starts


def _build(source_text: str, script: str, protected: tuple[tuple[int, int], ...],
           source_is_traditional: bool) -> ScriptView:
    return _build_plan(source_text, script, _plan(script, source_is_traditional), protected)


def custom_view(source_text: str, steps: Sequence[str] = (), phrase: str = "", reference: str = "",
                name: str = "custom") -> ScriptView:
    """A view through any OpenCC configs: length-keeping ``steps`` (checked), then optionally
    one ``phrase`` config whose map is recovered against the length-keeping ``reference``
    (e.g. ``tw2sp`` against ``tw2s`` for search).  Not cached."""
    if phrase and reference not in LENGTH_KEEPING:
        raise ValueError(f"reference config {reference!r} must keep lengths")
    for config in steps:
        if config not in LENGTH_KEEPING:
            raise ValueError(f"step config {config!r} must keep lengths")
    return _build_plan(source_text, name, _Plan(tuple(steps), phrase, reference), ())


def _build_plan(source_text: str, script: str, plan: _Plan,
                protected: tuple[tuple[int, int], ...]) -> ScriptView:
    if not plan.steps and not plan.phrase:
        return ScriptView(script, source_text, len(source_text))
    if not protected and "\x00" not in source_text and not plan.phrase:
        # Fast path: one call per step over the whole text (newlines are hard boundaries).
        text = source_text
        for config in plan.steps:
            text = _convert_checked(config, text)
        return ScriptView(script, text, len(source_text))
    if not protected and "\x00" not in source_text:
        # The whole text at once: newlines are hard boundaries, so its lines are the chunks.
        whole = source_text
        for config in plan.steps:
            whole = _convert_checked(config, whole)
        text = _convert_text(plan.phrase, whole)
        pieces = whole.split("\n")
        refs = _convert_checked(plan.reference, whole).split("\n")
        outs = text.split("\n")
        if not len(pieces) == len(refs) == len(outs):
            raise ScriptMapError(f"OpenCC {plan.phrase} added or removed a line break")
        lines = []
        src = disp = 0
        for s, t, o in zip(pieces, refs, outs):
            if t != o:
                lines.append((src, disp, s, t, o))
            src += len(s) + 1
            disp += len(o) + 1

        def by_segments():
            return segmented_map(whole, plan.phrase, plan.reference)
    else:
        chunks = _chunks(source_text, protected)
        pieces = [source_text[a:b] for a, b in chunks]
        # Length-keeping steps: the map stays the identity, so composing them is free.
        for config in plan.steps:
            pieces = _batch(config, pieces)
        if not plan.phrase:
            text, _ = _assemble(source_text, chunks, pieces)
            return ScriptView(script, text, len(source_text))
        outs = _batch(plan.phrase, pieces)
        refs = _batch(plan.reference, pieces)
        text, disp_starts = _assemble(source_text, chunks, outs)
        lines = [(a, ds, s, t, o)
                 for (a, _b), ds, s, t, o in zip(chunks, disp_starts, pieces, refs, outs) if t != o]

        def by_segments():
            return _segmented_chunks(source_text, chunks, pieces, plan)
    # Segmenting allocates many small short-lived objects; pausing the cyclic collector
    # (nothing here forms cycles) saves a few percent on large texts.
    collecting = gc.isenabled()
    gc.disable()
    try:
        try:
            units = _phrase_units(lines, plan.phrase, stop_at_long_runs=True)
        except LongRun:
            # Cut by cut would cost dozens of conversions per phrase there: map the whole
            # text from OpenCC's revealed segmentation instead, where the wheel allows.
            segmented = by_segments()
            if segmented is not None:
                return _view(script, segmented[0], len(source_text), segmented[1])
            units = _phrase_units(lines, plan.phrase)
    finally:
        if collecting:
            gc.enable()
    return _view(script, text, len(source_text), units)


def _view(script: str, text: str, source_length: int, units: Sequence[tuple[int, int, int, int]]) -> ScriptView:
    if not units:
        return ScriptView(script, text, source_length)
    ss_, se_, ds_, de_ = zip(*units)
    return ScriptView(script, text, source_length, ss_, se_, ds_, de_)


def _segmented_chunks(source_text: str, chunks: Sequence[tuple[int, int]], pieces: Sequence[str],
                      plan: _Plan) -> tuple[str, list[tuple[int, int, int, int]]] | None:
    """The segment-mark map of newline-free chunks, joined by newlines (hard boundaries, so
    nothing converts across them) and taken apart again."""
    joined = "\n".join(pieces)
    segmented = segmented_map(joined, plan.phrase, plan.reference)
    if segmented is None:
        return None
    display, joined_units = segmented
    outs = display.split("\n")
    if len(outs) != len(pieces):
        return None
    text, disp_starts = _assemble(source_text, chunks, outs)
    joined_src = [0, *accumulate(len(p) + 1 for p in pieces)]
    joined_disp = [0, *accumulate(len(o) + 1 for o in outs)]
    units = []
    for ss, se, ds, de in joined_units:
        i = bisect_right(joined_src, ss) - 1
        shift_src = chunks[i][0] - joined_src[i]
        shift_disp = disp_starts[i] - joined_disp[i]
        units.append((ss + shift_src, se + shift_src, ds + shift_disp, de + shift_disp))
    return text, units


_VIEW_CACHE: OrderedDict[tuple, ScriptView] = OrderedDict()
_VIEW_CACHE_SIZE = 12
_VIEW_CACHE_LOCK = threading.Lock()  # the GUI may build views on a worker thread


def script_view(source_text: str, script: str, protected: Sequence[tuple[int, int]] = (),
                source_is_traditional: bool | None = None) -> ScriptView:
    """The view of ``source_text`` in ``script``; ``protected`` source ranges (code spans, link
    destinations) are shown verbatim.  Views are cached (small LRU) because the GUI asks again
    on every script switch; ``source_is_traditional`` defaults to :func:`is_traditional`.
    """
    guard = tuple((int(a), int(b)) for a, b in protected)
    if source_is_traditional is None:
        source_is_traditional = script != "source" and is_traditional(source_text)
    # The text itself is part of the key: equal hashes alone must never return a wrong view.
    key = (source_text, script, guard, bool(source_is_traditional))
    with _VIEW_CACHE_LOCK:
        view = _VIEW_CACHE.get(key)
        if view is not None:
            _VIEW_CACHE.move_to_end(key)
            return view
    view = _build(source_text, script, guard, bool(source_is_traditional))
    with _VIEW_CACHE_LOCK:
        _VIEW_CACHE[key] = view
        while len(_VIEW_CACHE) > _VIEW_CACHE_SIZE:
            _VIEW_CACHE.popitem(last=False)
    return view
