"""Recovering an exact offset map for a phrase conversion (``s2twp``) by asking OpenCC.

See document/scripts.py for the method.  Work is expressed as generator *tasks* that yield
the strings they need converted, so thousands of small questions go to OpenCC as a handful of
batched calls.
"""
from __future__ import annotations

import re
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field

from document.converters import batch as _batch

#: A maximal run of characters that *may* occur in a dictionary key (see document/scripts.py).
#: ``[^\W\d_]`` is every letter plus non-decimal numerics such as 〇 and ①.
_RUN = re.compile(r"(?:[^\W\d_]|[-·])+")


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
            request = task.send(_batch(config, request) if request else [])
    except StopIteration as stop:
        return stop.value


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


def _phrase_units(lines: Sequence[tuple[int, int, str, str, str]], config: str) -> list[tuple[int, int, int, int]]:
    """Units in source/display coordinates for lines ``(src_start, disp_start, s, t, o)``.

    Phase 1 walks every line from mismatch to mismatch in lock step (one batched conversion
    per round): the run around a mismatch is converted alone and must reappear verbatim in the
    line's output, which also checks the hard-boundary rule.  Phase 2 segments all differing
    runs in lock step.  A line that contradicts phase 1 is segmented as one run instead.
    """
    walks = [_Walk(*line) for line in lines]
    fallback: list[_Walk] = []
    active = walks
    while active:
        asking: list[_Walk] = []
        for w in active:
            span = _next_run(w)
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
    of ``t`` and ``o`` when the caller already knows it.
    """
    n, m = len(r), len(o)
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
