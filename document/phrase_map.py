"""Recovering an exact offset map for a phrase conversion (``s2twp``) by asking OpenCC.

See document/scripts.py for the method.  Work is expressed as generator *tasks* that yield
the strings they need converted, so thousands of small questions go to OpenCC as a handful of
batched calls.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Generator, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from document.converters import batch as _batch

#: A maximal run of characters that *may* occur in a dictionary key (see document/scripts.py).
#: ``[^\W\d_]`` is every letter plus non-decimal numerics such as 〇 and ①.
_RUN = re.compile(r"(?:[^\W\d_]|[-·])+")

#: Runs (or fallback lines) longer than this are segmented through windows: linear time and
#: memory instead of one pair of whole-run halves per candidate cut.
_LONG_RUN = 256
#: Context on each side of a windowed cut test.  It must exceed the longest dictionary key
#: (43 characters in OpenCC 1.4.2; ``tests/document/test_scripts.py`` re-derives it).
_MARGIN = 64
#: Spacing of the anchors a long run is chunked at.
_STRIDE = 32
#: Characters one long run asks OpenCC about per round (bounds the memory of a round).
_BUDGET = 1 << 18
#: Characters per OpenCC call when a round is larger (bounds OpenCC's own copies).
_CALL_BUDGET = 1 << 21
#: Verification rounds before the unverified rest of a long run becomes one unit.
_MAX_REPAIRS = 16


# --------------------------------------------------------------------------- batching

# A task is a generator that yields lists of strings it needs converted (by the phrase
# config) and receives the outputs; its return value is its result.  Running many tasks in
# lock step turns thousands of tiny OpenCC calls into a handful of big ones.
Task = Generator[list[str], list[str], list]


def _gather(tasks: Sequence[Task]) -> Task:
    """Run tasks in lock step as one task: every round yields all their requests at once."""
    results: list = [None] * len(tasks)
    pending: list[tuple[int, Task, list[str]]] = []
    for i, task in enumerate(tasks):
        try:
            pending.append((i, task, next(task)))
        except StopIteration as stop:
            results[i] = stop.value
    while pending:
        answers = yield [s for _, _, request in pending for s in request]
        nxt = []
        pos = 0
        for i, task, request in pending:
            part = answers[pos:pos + len(request)]
            pos += len(request)
            try:
                nxt.append((i, task, task.send(part)))
            except StopIteration as stop:
                results[i] = stop.value
        pending = nxt
    return results


def _drive(task: Task, config: str) -> list:
    """Answer a task's requests with batched conversions until it returns."""
    try:
        request = next(task)
        while True:
            request = task.send(_batch_bounded(config, request))
    except StopIteration as stop:
        return stop.value


def _batch_bounded(config: str, request: list[str]) -> list[str]:
    """:func:`_batch` in calls of at most ``_CALL_BUDGET`` characters."""
    if sum(map(len, request)) <= _CALL_BUDGET:
        return _batch(config, request) if request else []
    out: list[str] = []
    start = size = 0
    for i, piece in enumerate(request):
        size += len(piece)
        if size >= _CALL_BUDGET:
            out += _batch(config, request[start:i + 1])
            start, size = i + 1, 0
    out += _batch(config, request[start:])
    return out


def _rounds(items: Iterable, make: Callable[[object], Sequence[str]],
            take: Callable[[object, list[str]], None]) -> Task:
    """Ask ``make(item)`` for every item and hand the outputs to ``take(item, outputs)``, in
    rounds of about ``_BUDGET`` characters, so a long run never holds all its questions."""
    it = iter(items)
    while True:
        group: list[tuple[object, int]] = []
        request: list[str] = []
        size = 0
        for item in it:
            asked = make(item)
            group.append((item, len(asked)))
            request.extend(asked)
            size += sum(map(len, asked))
            if size >= _BUDGET:
                break
        if not group:
            return []
        got = yield request
        pos = 0
        for item, count in group:
            take(item, got[pos:pos + count])
            pos += count


# --------------------------------------------------------------------------- segmentation


def _common_prefix(a: str, b: str, i: int = 0, j: int = 0) -> int:
    """Length of the common prefix of ``a[i:]`` and ``b[j:]``.

    Compares slices of doubling size, then bisects the first unequal one: C-speed compares,
    and the cost grows with the distance to the mismatch, not with the length of the line
    (a report can hold one very long paragraph with many phrases in it).
    """
    limit = min(len(a) - i, len(b) - j)
    done, step = 0, 16
    while done < limit:
        size = min(step, limit - done)
        x, y = i + done, j + done
        if a[x:x + size] == b[y:y + size]:
            done += size
            step *= 2
            continue
        lo, hi = 0, size - 1  # the chunk's common prefix is in [lo, hi]
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if a[x:x + mid] == b[y:y + mid]:
                lo = mid
            else:
                hi = mid - 1
        return done + lo
    return limit


def _common_suffix(a: str, b: str, limit: int) -> int:
    n = 0
    while n < limit and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


@dataclass
class _Walk:
    """Progress through one line whose phrase output ``o`` differs from the reference ``t``:
    ``i``/``j`` are aligned positions in ``s``/``o`` (``t`` is aligned with ``s``)."""

    a: int
    ds: int
    s: str
    t: str
    o: str
    i: int = 0
    j: int = 0
    runs: list = field(default_factory=list)
    span: tuple[int, int] = (0, 0)
    mismatch: int = 0


def _next_run(w: _Walk) -> tuple[int, int] | None:
    """The run around the next mismatch, ``(-1, -1)`` when none is left, None if the line
    breaks the hard-boundary assumption."""
    k = _common_prefix(w.t, w.o, w.i, w.j)
    if w.i + k == len(w.t) and w.j + k == len(w.o):
        return (-1, -1)
    x = w.mismatch = w.i + k
    for m in _RUN.finditer(w.s, w.i):
        if m.end() >= x:
            return m.span() if m.start() <= x else None
        # runs before the mismatch convert as the reference does: char by char
    return None


class LongRun(Exception):
    """A differing run longer than ``_LONG_RUN`` was met while asked to stop there."""


def _phrase_units(lines: Sequence[tuple[int, int, str, str, str]], config: str,
                  stop_at_long_runs: bool = False) -> list[tuple[int, int, int, int]]:
    """Units in source/display coordinates for lines ``(src_start, disp_start, s, t, o)``.

    Phase 1 walks every line from mismatch to mismatch in lock step (one batched conversion
    per round): the run around a mismatch is converted alone and must reappear verbatim in the
    line's output, which also checks the hard-boundary rule.  Phase 2 segments all differing
    runs in lock step.  A line that contradicts phase 1 is segmented as one run instead.
    ``stop_at_long_runs``: raise :class:`LongRun` as soon as a run (or such a line) longer
    than ``_LONG_RUN`` is found, before any work on it, so the caller can map it otherwise.
    """
    walks = [_Walk(*line) for line in lines]
    fallback: list[_Walk] = []
    active = walks
    while active:
        asking: list[_Walk] = []
        for w in active:
            span = _next_run(w)
            if stop_at_long_runs and len(w.s if span is None else w.s[span[0]:span[1]]) > _LONG_RUN:
                raise LongRun
            if span is None:
                fallback.append(w)
            elif span[0] >= 0:
                w.span = span
                asking.append(w)
        answers = _batch(config, [w.s[w.span[0]:w.span[1]] for w in asking])
        active = []
        for w, out in zip(asking, answers):
            a, b = w.span
            oa = w.j + (a - w.i)
            if out == w.t[a:b] or w.o[oa:oa + len(out)] != out:
                fallback.append(w)
                continue
            # t and o agree from a up to the mismatch: that is the run's common prefix.
            w.runs.append((a, b, oa, out, min(w.mismatch - a, b - a, len(out))))
            w.i, w.j = b, oa + len(out)
            active.append(w)
    broken = {id(w) for w in fallback}
    tasks: list[Task] = []
    places: list[tuple[int, int]] = []
    for w in walks:
        if id(w) in broken:
            if stop_at_long_runs and len(w.s) > _LONG_RUN:
                raise LongRun
            tasks.append(_run_units(w.s, w.o, w.t))
            places.append((w.a, w.ds))
            continue
        for a, b, oa, out, prefix in w.runs:
            tasks.append(_run_units(w.s[a:b], out, w.t[a:b], prefix))
            places.append((w.a + a, w.ds + oa))
    found = _drive(_gather(tasks), config)
    units: list[tuple[int, int, int, int]] = []
    for (sa, da), run_units in zip(places, found):
        units.extend((sa + us, sa + ue, da + ds, da + de) for us, ue, ds, de in run_units)
    units.sort()
    return units


def _run_units(r: str, o: str, t: str, p: int | None = None) -> Task:
    """Units of one run ``r`` (phrase output ``o``, length-kept reference ``t``), run-relative.

    A cut ``k`` is valid when ``convert(r[:k]) + convert(r[k:]) == o``; its display position
    is then ``len(convert(r[:k]))``.  The differing core is ``[p, len(r) - q)`` (outside it
    ``o`` equals ``t`` char by char).  We test every cut from one before the core to one after
    it, in one batch, widening to the rest of the run only when no valid cut turns up on a
    side.  Between the nearest valid cuts around the core, consecutive valid cuts delimit the
    pieces: equal lengths map char by char, unequal ones are units.  ``p`` is the common prefix
    of ``t`` and ``o`` when the caller already knows it.  Runs longer than ``_LONG_RUN`` go
    through :func:`_long_run_units` instead (linear rather than quadratic).
    """
    n, m = len(r), len(o)
    if n > _LONG_RUN:
        return (yield from _long_run_units(r, o, t))
    if p is None:
        p = _common_prefix(t, o)
    q = _common_suffix(t, o, min(n, m) - p)
    core_end = n - q
    position = {0: 0, n: m}     # valid cut → display position
    lo, hi = max(1, p - 1), min(n - 1, core_end + 1)
    wanted = list(range(lo, hi + 1))
    while wanted:
        got = yield [r[:k] for k in wanted] + [r[k:] for k in wanted]
        half = len(wanted)
        for i, k in enumerate(wanted):
            left, right = got[i], got[half + i]
            if len(left) + len(right) == m and left + right == o:
                position[k] = len(left)
        wanted = []
        if lo > 1 and not any(lo <= k <= p for k in position):
            wanted += range(1, lo)
            lo = 1
        if hi < n - 1 and not any(core_end <= k <= hi for k in position):
            wanted += range(hi + 1, n)
            hi = n - 1
    a = max(k for k in position if k <= p)
    b = min(k for k in position if k >= core_end)
    cuts = sorted(k for k in position if a <= k <= b)
    units: list[tuple[int, int, int, int]] = []
    if position[a] != a:  # not expected: the common prefix maps char by char
        units.append((0, a, 0, position[a]))
    if any(position[x] > position[y] for x, y in zip(cuts, cuts[1:])):
        units.append((a, b, position[a], position[b]))  # inconsistent cuts: keep it whole
    else:
        for x, y in zip(cuts, cuts[1:]):
            if position[y] - position[x] != y - x:
                units.append((x, y, position[x], position[y]))
    if m - position[b] != n - b:
        units.append((b, n, position[b], m))
    return units


def _long_run_units(r: str, o: str, t: str) -> Task:
    """Units of a long run, in time and memory linear in its length (see document/scripts.py).

    1. *Anchors*: about every ``_STRIDE`` characters, the first of a few candidate cuts that
       is valid within ``_MARGIN`` characters of context on each side.
    2. *Verification*: the chunks between anchors are converted alone; their outputs must
       concatenate to ``o``, which also gives every anchor's display position.  A chunk that
       does not match loses the anchors on both sides (merged with its neighbours) and the
       check is repeated; after ``_MAX_REPAIRS`` rounds the unverified rest is one unit.
    3. *Cuts*: in every chunk whose output differs from ``t``, each cut ``k`` is tested
       against a window between verified anchors at least ``_MARGIN`` away from it:
       ``convert(r[A:k]) + convert(r[k:B])`` must equal the window's known display text.
       Maximum-match segmentation never looks further than the longest key, so this is the
       test on the whole run; the pieces then become units exactly as in :func:`_run_units`.
    """
    n, m = len(r), len(o)
    margin, stride = _MARGIN, _STRIDE

    # 1. anchors
    found: dict[int, int] = {}

    def window(k: int) -> tuple[str, str, str]:
        a, b = max(0, k - margin), min(n, k + margin)
        return r[a:k], r[k:b], r[a:b]

    def anchor(item: tuple[int, int], got: list[str]) -> None:
        target, k = item
        if target not in found and len(got[0]) + len(got[1]) == len(got[2]) \
                and got[0] + got[1] == got[2]:
            found[target] = k

    pending = list(range(stride, n - stride // 2, stride))
    for offsets in ((0,), (1, 2, 3), tuple(range(4, stride))):
        candidates = [(x, x + d) for x in pending for d in offsets if x + d < n]
        if not candidates:
            break
        yield from _rounds(candidates, lambda item: window(item[1]), anchor)
        pending = [x for x in pending if x not in found]
    cuts = [0, *sorted(set(found.values())), n]

    # 2. verification
    disp: list[int] = [0]
    for _ in range(_MAX_REPAIRS):
        outs = yield [r[a:b] for a, b in pairwise(cuts)]
        disp, bad = [0], None
        for i, out in enumerate(outs):
            d = disp[-1]
            if not o.startswith(out, d):
                bad = i
                break
            disp.append(d + len(out))
        if bad is None and disp[-1] == m:
            break
        if bad is None:  # every chunk matched, yet the total is short: blame the last one
            bad = len(outs) - 1
            disp.pop()
        drop = {cuts[bad], cuts[bad + 1]} - {0, n}
        if not drop:
            break
        cuts = [c for c in cuts if c not in drop]
    units: list[tuple[int, int, int, int]] = []
    verified = len(disp) - 1  # chunks 0..verified-1 have display positions
    if verified < len(cuts) - 1:  # not expected: the unverified rest is one unit
        rest, d = cuts[verified], disp[verified]
        if n - rest != m - d or t[rest:] != o[d:]:
            units.append((rest, n, d, m))
        cuts = cuts[:verified + 1]

    # 3. cuts inside differing chunks
    last = len(cuts) - 1
    position: dict[int, int] = dict(zip(cuts, disp))

    def ends(k: int) -> tuple[int, int]:
        lo = max(0, bisect_right(cuts, k - margin) - 1)
        hi = min(last, bisect_left(cuts, k + margin))
        return lo, hi

    def ask(k: int) -> tuple[str, str]:
        lo, hi = ends(k)
        return r[cuts[lo]:k], r[k:cuts[hi]]

    def take(k: int, got: list[str]) -> None:
        lo, hi = ends(k)
        left, right = got
        da, db = disp[lo], disp[hi]
        mid = da + len(left)
        if mid + len(right) == db and o.startswith(left, da) and o.startswith(right, mid):
            position[k] = mid

    differing = [i for i in range(last) if t[cuts[i]:cuts[i + 1]] != o[disp[i]:disp[i + 1]]]
    yield from _rounds((k for i in differing for k in range(cuts[i] + 1, cuts[i + 1])), ask, take)
    for i in differing:
        a, b = cuts[i], cuts[i + 1]
        inner = [a, *(k for k in range(a + 1, b) if k in position), b]
        if any(position[x] > position[y] for x, y in pairwise(inner)):
            units.append((a, b, position[a], position[b]))  # inconsistent cuts: keep it whole
            continue
        for x, y in pairwise(inner):
            if position[y] - position[x] != y - x:
                units.append((x, y, position[x], position[y]))
    units.sort()
    return units
