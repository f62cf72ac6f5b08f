"""Re-anchoring: find where an annotation's quote sits in a (possibly edited) text.

docs/architecture.md §7.  Offsets are code-point indices into the canonical text, end-exclusive.

Why this shape:

* The fast path is the stored position: ``text[start:end] == exact`` means nothing moved.
* Otherwise every *exact* occurrence of the quote is a candidate (an edit elsewhere only shifts
  offsets, so this is the common case and ``str.find`` runs at C speed).
* Only when the quote no longer occurs verbatim do we search approximately, allowing at most
  ``min(256, len(quote) // 2)`` edits; quotes shorter than :data:`MIN_FUZZY_QUOTE` characters
  match exactly only, because a 3-character fuzzy match is noise.
* Approximate search must stay fast on a 1 MB report, so it is two-staged: a window around the
  hint is searched precisely with Myers' bit-parallel algorithm (Python ints as bit vectors work
  for any pattern length).  A confident, untied anchor there ends the search (an edit rarely
  creates a better near-copy far away).  Otherwise the whole text is swept in chunks with
  rapidfuzz's ``partial_ratio_alignment`` (C++), best-aligned windows first (several per chunk,
  at most :data:`MAX_SWEEP_REGIONS`), and only those windows are refined with Myers.  The sweep
  is a filter: in a pathological, self-similar text a weak approximate candidate may be missed;
  it never invents one.  Before the sweep, a quote of :data:`SEED_PREFILTER_QUOTE` characters
  or more is looked up through :data:`PREFILTER_SEEDS` exact seeds (as long quotes are,
  below): Myers searches a small window around each region backed by at least half of them,
  and a confident, untied anchor there ends the search.  So a quote with a few edits whose
  stored position is off (text was inserted before it) costs a few ``str.find`` passes
  instead of the sweep: on a 500,000-character report 5–10 ms instead of 12–80 ms (the longer
  the quote, the bigger the saving).  A quote the seeds cannot place confidently — deleted,
  heavily edited, repeated — still gets the sweep, a few ms later than before.  A quote with more than :data:`MAX_EXACT_CANDIDATES` exact occurrences
  is judged on the first ones only.
* Long quotes (more than :data:`SEED_QUOTE` characters) would make both stages slow (Myers'
  bit vectors and the alignment grow with the quote: a 5,000-character quote took seconds, five
  20,000-character ones minutes), so they take a bounded path instead: :data:`SEED_COUNT`
  short exact *seeds* at fixed offsets of the quote are looked up with ``str.find``, their hits
  vote for where the quote starts, and only the :data:`MAX_SEED_REGIONS` best-supported regions
  are scored (edges refined by aligning the quote's first/last characters).  The absolute
  256-edit cap exists to bound Myers' cost, so this path keeps only the relative one (len/2)
  and the verdict thresholds judge the rest.  A quote none of whose seeds survives, or whose
  regions all exceed the edit budget, becomes an orphan — kept and listed, never dropped.
* Candidates are scored as Hypothesis does::

      (50·quote + 20·prefix + 20·suffix + 2·position) / 92

  each part ``1 − errors/length`` (edit distance); position is ``1 − |start − hint| / len(text)``;
  a missing prefix, suffix or hint scores 1.  Whitespace is ignored when comparing the quote, so
  re-wrapped or re-spaced text (``6 %`` → ``6%``) still anchors and is not reported as changed.
* Verdict: score ≥ 0.85 and ≥ 0.02 ahead of the runner-up → anchored (``changed`` if the text
  differs from the quote beyond whitespace); 0.65–0.85 or a near tie → ``review``; below, or no
  candidate → ``orphan``.  Review and orphan annotations are kept, never dropped.

:func:`apply_result` turns a result into an updated :class:`Annotation`: positions move to the
best candidate (orphans keep their old, clamped position), the *original quote is kept* so a
"changed" or "review" annotation still shows what the author highlighted, and ``modified`` is
not bumped because re-anchoring is not an edit (bumping it would make merges disagree).
"""
from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from document.annotation import Annotation, AnchorState, TextQuote

# Scoring weights (Hypothesis' fuzzy anchoring) and verdict thresholds (docs/architecture.md §7).
QUOTE_WEIGHT, PREFIX_WEIGHT, SUFFIX_WEIGHT, POSITION_WEIGHT = 50.0, 20.0, 20.0, 2.0
TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT
ANCHOR_THRESHOLD = 0.85
REVIEW_THRESHOLD = 0.65
TIE_MARGIN = 0.02

MIN_FUZZY_QUOTE = 6  # shorter quotes match exactly only
MAX_EDITS = 256  # absolute cap on edits of an approximate match
MAX_EXACT_CANDIDATES = 20_000  # a 1-character quote in a 1 MB text: stop counting somewhere
HINT_WINDOW = 1024  # extra characters searched on each side of the hint
SWEEP_CHUNK = 8192  # minimum chunk of the whole-text sweep
MAX_SWEEP_REGIONS = 48  # best-aligned windows refined per sweep
SWEEP_SLACK = 5.0  # partial_ratio points below the ideal that still get refined
# Long quotes (docs/architecture.md §7, bounded work): anchored through exact seeds instead of Myers/sweep.
SEED_QUOTE = 256  # quotes longer than this take the seed path
SEED_COUNT = 16  # seeds per quote, evenly spread, first and last at the quote's ends
SEED_LENGTH = 24  # characters per seed (a 2% edit rate leaves ~60% of seeds intact)
MIN_SEED_LENGTH = 4  # shorter seeds occur everywhere in a long report
SEED_PREFILTER_QUOTE = 12  # shorter quotes with no confident anchor near the hint go straight to the sweep
PREFILTER_SEEDS = 6  # seeds of that first look (each is one pass of str.find over the text)
MAX_SEED_HITS = 64  # a seed occurring more often than this is uninformative and dropped
MAX_SEED_REGIONS = 12  # candidate regions scored per quote: the bound on the expensive work
EDGE_PIECE = 64  # characters of the quote's head/tail aligned to refine a candidate's edges
EDGE_REACH = 64  # how far an edge estimate is moved while refining

_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class AnchorResult:
    """Where a quote was found and how sure we are.

    ``start``/``end`` are the best candidate (for an orphan: the clamped hint, or 0/0); ``score``
    is the best candidate's score in 0..1 and ``runner_up`` the best score of a different,
    non-overlapping candidate (0.0 when there is none).
    """

    state: AnchorState
    start: int
    end: int
    score: float
    runner_up: float = 0.0

    @property
    def placed(self) -> bool:
        """True when the annotation points at a confident position (anchored or changed)."""
        return self.state in (AnchorState.ANCHORED, AnchorState.CHANGED)


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    score: float


def max_edits(quote_length: int) -> int:
    """Edits an approximate match may have: none for short quotes, else min(256, len/2)."""
    if quote_length < MIN_FUZZY_QUOTE:
        return 0
    return min(MAX_EDITS, quote_length // 2)


def _squash(value: str) -> str:
    return _WHITESPACE.sub("", value)


def _part(expected: str, found: str) -> float:
    """``1 − errors/length``; an empty expectation cannot disagree."""
    if not expected:
        return 1.0
    errors = Levenshtein.distance(expected, found)
    return max(0.0, 1.0 - errors / len(expected))


def _score(text: str, quote: TextQuote, start: int, end: int, hint: int | None) -> float:
    found = text[start:end]
    if found == quote.exact:
        quote_part = 1.0
    else:
        squashed = _squash(quote.exact)
        quote_part = _part(squashed, _squash(found)) if squashed else _part(quote.exact, found)
    prefix_part = _part(quote.prefix, text[max(0, start - len(quote.prefix)):start])
    suffix_part = _part(quote.suffix, text[end:end + len(quote.suffix)])
    if hint is None or not text:
        position_part = 1.0
    else:
        position_part = max(0.0, 1.0 - abs(start - hint) / len(text))
    total = (
        QUOTE_WEIGHT * quote_part
        + PREFIX_WEIGHT * prefix_part
        + SUFFIX_WEIGHT * suffix_part
        + POSITION_WEIGHT * position_part
    )
    return total / TOTAL_WEIGHT


def exact_occurrences(text: str, exact: str, limit: int = MAX_EXACT_CANDIDATES) -> list[int]:
    """Start offsets of every (possibly overlapping) occurrence of ``exact``, up to ``limit``."""
    found: list[int] = []
    if not exact:
        return found
    position = text.find(exact)
    while position != -1 and len(found) < limit:
        found.append(position)
        position = text.find(exact, position + 1)
    return found


def _myers_ends(pattern: str, text: str, max_errors: int) -> list[tuple[int, int]]:
    """(end, errors) for every text position where ``pattern`` ends with ≤ max_errors edits.

    Myers (1999) bit-parallel semi-global edit distance: bit ``i`` of the vertical delta vectors
    describes row ``i`` of the DP column; Python ints make the vectors as long as the pattern.
    """
    m = len(pattern)
    if m == 0:
        return []
    peq: dict[str, int] = {}
    for index, char in enumerate(pattern):
        peq[char] = peq.get(char, 0) | (1 << index)
    full = (1 << m) - 1
    high = 1 << (m - 1)
    pv, mv, score = full, 0, m
    ends: list[tuple[int, int]] = []
    get = peq.get
    for j, char in enumerate(text):
        eq = get(char, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & full)
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = (ph << 1) & full
        mh = (mh << 1) & full
        pv = mh | (~(xv | ph) & full)
        mv = ph & xv
        if score <= max_errors:
            ends.append((j + 1, score))
    return ends


def _local_minima(ends: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Keep the best end of each run of consecutive matching end positions."""
    best: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for item in ends:
        if run and item[0] != run[-1][0] + 1:
            best.append(min(run, key=lambda pair: (pair[1], pair[0])))
            run = []
        run.append(item)
    if run:
        best.append(min(run, key=lambda pair: (pair[1], pair[0])))
    return best


def _best_start(text: str, pattern: str, end: int, errors: int) -> int:
    """The start that gives the fewest edits for a match ending at ``end``."""
    m = len(pattern)
    lo, hi = max(0, end - m - errors), max(0, end - m + errors)
    best_start, best_errors = max(0, end - m), None
    for start in range(lo, min(hi, end) + 1):
        distance = Levenshtein.distance(pattern, text[start:end], score_cutoff=errors)
        key = (distance, abs(start - (end - m)))
        if best_errors is None or key < best_errors:
            best_start, best_errors = start, key
    return best_start


def approximate_matches(text: str, pattern: str, max_errors: int, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """(start, end) spans in ``text[lo:hi]`` matching ``pattern`` with ≤ max_errors edits."""
    hi = len(text) if hi is None else hi
    region = text[lo:hi]
    spans = []
    for end, errors in _local_minima(_myers_ends(pattern, region, max_errors)):
        start = _best_start(region, pattern, end, errors)
        spans.append((lo + start, lo + end))
    return spans


def _sweep_regions(text: str, pattern: str, max_errors: int) -> list[tuple[int, int]]:
    """Regions of the whole text worth refining with Myers, best-aligned first.

    ``partial_ratio_alignment`` reports the single best-aligned window of a range.  Every chunk
    is aligned once; then, best first, a window similar enough becomes a region and the parts
    of its range left and right of it are aligned again, so two similar passages in one chunk
    are both found (a near tie must not be missed).  At most :data:`MAX_SWEEP_REGIONS` regions
    are taken: in self-similar text a short pattern aligns "well enough" almost everywhere, and
    the weakest of those windows could not win anyway.  Chunks grow with the pattern because
    each call has a set-up cost that grows with the pattern length.
    """
    m = len(pattern)
    threshold = max(0.0, 100.0 * (1.0 - max_errors / m) - SWEEP_SLACK)
    chunk = max(SWEEP_CHUNK, 128 * m)
    overlap = m + max_errors
    heap: list[tuple[float, int, int, int, int]] = []

    def align(lo: int, hi: int) -> None:
        if hi - lo < max(1, m - max_errors):
            return
        found = fuzz.partial_ratio_alignment(pattern, text[lo:hi], score_cutoff=threshold)
        if found is not None and found.score >= threshold:
            heapq.heappush(heap, (-found.score, lo + found.dest_start, lo + found.dest_end, lo, hi))

    position = 0
    while position < len(text):
        align(position, min(len(text), position + chunk + overlap))
        position += chunk
    regions: list[tuple[int, int]] = []
    while heap and len(regions) < MAX_SWEEP_REGIONS:
        _, a, b, lo, hi = heapq.heappop(heap)
        regions.append((max(0, a - overlap), min(len(text), b + overlap)))
        align(lo, a)
        align(b, hi)
    return regions


def _dedupe(candidates: Iterable[_Candidate]) -> list[_Candidate]:
    """The best candidate and the best *rival*: a candidate overlapping the best one is the
    same match read differently, not a competitor.  Only these two decide the verdict, so this
    stays O(n log n) even for a 2-character quote that occurs thousands of times."""
    ordered = sorted(candidates, key=lambda c: (-c.score, c.start, c.end))
    if not ordered:
        return []
    best = ordered[0]
    for candidate in ordered[1:]:
        if not (candidate.start < best.end and best.start < candidate.end):
            return [best, candidate]
    return [best]


def _seeds(pattern: str, count: int = SEED_COUNT) -> list[tuple[int, str]]:
    """(offset, substring): ``count`` short pieces at fixed, evenly spread offsets of the
    quote, the first at its start and the last at its end (they overlap on a quote shorter
    than ``count`` × :data:`MIN_SEED_LENGTH`)."""
    m = len(pattern)
    length = min(m, max(MIN_SEED_LENGTH, min(SEED_LENGTH, m // count)))
    last = m - length
    offsets = sorted({round(i * last / (count - 1)) for i in range(count)})
    return [(offset, pattern[offset:offset + length]) for offset in offsets]


def _refine_edge(text: str, piece: str, estimate: int, reach: int, *, at_end: bool) -> int:
    """The offset within ``estimate ± reach`` where ``piece`` fits best (closest on ties):
    a start (``piece`` read from there) or, with ``at_end``, an end (``piece`` read up to it)."""
    n = len(piece)
    best, best_key = estimate, None
    for offset in range(max(0, estimate - reach), min(len(text), estimate + reach) + 1):
        found = text[offset - n:offset] if at_end else text[offset:offset + n]
        if at_end and offset < n:
            found = text[:offset]
        key = (Levenshtein.distance(piece, found), abs(offset - estimate))
        if best_key is None or key < best_key:
            best, best_key = offset, key
    return best


def _seed_groups(text: str, pattern: str, max_errors: int, hint: int | None,
                 count: int = SEED_COUNT) -> list[list[tuple[int, int, int]]]:
    """Seed hits grouped by the quote start they imply, best-supported first (see below).

    Each group is a list of (implied start, seed offset, hit) votes."""
    m = len(pattern)
    votes: list[tuple[int, int, int]] = []  # (implied start, seed offset, hit)
    for offset, seed in _seeds(pattern, count):
        hits = exact_occurrences(text, seed, MAX_SEED_HITS + 1)
        if len(hits) > MAX_SEED_HITS:
            continue
        votes.extend((hit - offset, offset, hit) for hit in hits)
    if not votes:
        return []
    votes.sort()
    tolerance = max(EDGE_REACH, min(max_errors, m // 20))
    groups: list[list[tuple[int, int, int]]] = [[votes[0]]]
    for vote in votes[1:]:
        if vote[0] - groups[-1][-1][0] <= tolerance:
            groups[-1].append(vote)
        else:
            groups.append([vote])

    def rank(group: list[tuple[int, int, int]]) -> tuple[int, int]:
        support = len({offset for _, offset, _ in group})
        return (-support, 0 if hint is None else abs(group[0][0] - hint))

    groups.sort(key=rank)
    return groups


def _seed_windows(text: str, pattern: str, max_errors: int, hint: int | None) -> list[tuple[int, int]]:
    """Where a short quote may be, by its exact seeds: windows around the best-supported
    regions, each wide enough for any match within ``max_errors`` (searched with Myers, as the
    hint window and the sweep regions are, so the spans found are of the same kind)."""
    slack = max_errors + MIN_SEED_LENGTH
    # A region backed by few seeds cannot hold a confident anchor (most of a nearly intact
    # quote's seeds survive); the sweep that follows still looks at everything.
    needed = max(2, len(_seeds(pattern, PREFILTER_SEEDS)) // 2)
    windows = []
    for group in _seed_groups(text, pattern, max_errors, hint, PREFILTER_SEEDS)[:MAX_SEED_REGIONS]:
        if len({offset for _, offset, _ in group}) < needed:
            break  # groups are sorted by support
        consensus = group[len(group) // 2][0]  # dense hits can chain a group far; keep its middle
        windows.append((max(0, consensus - slack), min(len(text), consensus + len(pattern) + slack)))
    return windows


def _seed_spans(text: str, pattern: str, max_errors: int, hint: int | None) -> list[tuple[int, int]]:
    """Candidate spans of a long quote, found through exact seeds — bounded work.

    Every seed is looked up exactly (``str.find``, C speed); a seed found more than
    :data:`MAX_SEED_HITS` times says nothing and is dropped.  Each hit votes for the quote's
    start (hit − seed offset); votes within a drift tolerance (the larger of :data:`EDGE_REACH`
    and 5% of the quote, at most ``max_errors``) of each other form one region, and
    the :data:`MAX_SEED_REGIONS` regions with the most distinct seeds (closest to the hint on
    ties) become candidates: start and end are estimated from the region's first and last
    seed and refined by aligning the quote's first/last :data:`EDGE_PIECE` characters within
    :data:`EDGE_REACH`.  No seed intact anywhere → no candidate → orphan (kept, never dropped).
    """
    m = len(pattern)
    last_offset = _seeds(pattern)[-1][0]
    groups = _seed_groups(text, pattern, max_errors, hint)
    head, tail = pattern[:EDGE_PIECE], pattern[-EDGE_PIECE:]
    spans: list[tuple[int, int]] = []
    for group in groups[:MAX_SEED_REGIONS]:
        # The region's consensus diagonal; a seed that also occurs a little off it (the quote's
        # opening repeated just before it, say) must not pull an edge away.
        consensus = group[len(group) // 2][0]
        first = min(group, key=lambda vote: (vote[1], abs(vote[0] - consensus)))
        last = max(group, key=lambda vote: (vote[1], -abs(vote[0] - consensus)))
        start_estimate = first[2] - first[1]
        end_estimate = last[2] + (m - last[1])
        start = start_estimate if first[1] == 0 else _refine_edge(text, head, start_estimate, EDGE_REACH, at_end=False)
        end = end_estimate if last[1] == last_offset else _refine_edge(text, tail, end_estimate, EDGE_REACH, at_end=True)
        start, end = max(0, start), min(len(text), end)
        if start < end and Levenshtein.distance(pattern, text[start:end], score_cutoff=max_errors) <= max_errors:
            spans.append((start, end))
    return spans


def _fuzzy_candidates(text: str, quote: TextQuote, hint: int | None, centres: Sequence[int]) -> list[_Candidate]:
    pattern = quote.exact
    k = max_edits(len(pattern))
    if k == 0:
        return []
    if len(pattern) > SEED_QUOTE:
        # The absolute MAX_EDITS cap bounds Myers' cost; the seed path's cost is bounded by
        # MAX_SEED_REGIONS instead, so a long quote keeps the relative budget (len/2): a
        # 20,000-character quote with 2% edits is still found, and scored like any other.
        budget = len(pattern) // 2
        return _dedupe(_Candidate(s, e, _score(text, quote, s, e, hint)) for s, e in _seed_spans(text, pattern, budget, hint))
    spans: set[tuple[int, int]] = set()
    reach = len(pattern) + k + HINT_WINDOW
    for centre in centres:
        spans.update(approximate_matches(text, pattern, k, max(0, centre - reach), min(len(text), centre + reach)))
    candidates = _dedupe(_Candidate(s, e, _score(text, quote, s, e, hint)) for s, e in spans)
    if _confident(candidates):
        return candidates  # confident near the hint: skip the whole-text sweep
    if len(pattern) >= SEED_PREFILTER_QUOTE:
        # Exact seeds first (a few str.find over the text): a quote with a few edits keeps most
        # seeds, and a confident, untied anchor found through them ends the search as one near
        # the hint does; a near-copy that could tie it would keep its seeds too.
        for lo, hi in _seed_windows(text, pattern, k, hint):
            spans.update(approximate_matches(text, pattern, k, lo, hi))
        candidates = _dedupe(_Candidate(s, e, _score(text, quote, s, e, hint)) for s, e in spans)
        if _confident(candidates):
            return candidates
    for lo, hi in _sweep_regions(text, pattern, k):
        spans.update(approximate_matches(text, pattern, k, lo, hi))
    return _dedupe(_Candidate(s, e, _score(text, quote, s, e, hint)) for s, e in spans)


def _confident(candidates: list[_Candidate]) -> bool:
    """The best candidate anchors and no rival comes within the tie margin."""
    if not candidates or candidates[0].score < ANCHOR_THRESHOLD:
        return False
    return len(candidates) == 1 or candidates[0].score - candidates[1].score >= TIE_MARGIN


def _clamp(value: int | None, length: int) -> int:
    return 0 if value is None else max(0, min(value, length))


def reanchor(
    text: str,
    quote: TextQuote,
    hint_start: int | None,
    hint_end: int | None = None,
    *,
    centres: Sequence[int] = (),
) -> AnchorResult:
    """Find ``quote`` in ``text`` near ``hint_start`` and judge the result (see module doc).

    ``centres`` are extra places worth a precise approximate search (e.g. the hint shifted by
    the displacement of neighbouring annotations); they do not affect the score.
    """
    exact = quote.exact
    if hint_start is not None and hint_end is None:
        hint_end = hint_start + len(exact)
    if (
        hint_start is not None
        and exact
        and 0 <= hint_start <= hint_end <= len(text)
        and text[hint_start:hint_end] == exact
    ):
        return AnchorResult(AnchorState.ANCHORED, hint_start, hint_end, 1.0, 0.0)
    if not exact:
        start = _clamp(hint_start, len(text))
        return AnchorResult(AnchorState.ORPHAN, start, start, 0.0, 0.0)

    occurrences = exact_occurrences(text, exact)
    if occurrences:
        candidates = _dedupe(
            _Candidate(s, s + len(exact), _score(text, quote, s, s + len(exact), hint_start)) for s in occurrences
        )
    else:
        places = [c for c in (hint_start, *centres) if c is not None]
        candidates = _fuzzy_candidates(text, quote, hint_start, places)
    return _verdict(text, quote, candidates, hint_start, hint_end)


def _verdict(
    text: str, quote: TextQuote, candidates: list[_Candidate], hint_start: int | None, hint_end: int | None
) -> AnchorResult:
    if not candidates:
        start = _clamp(hint_start, len(text))
        end = max(start, _clamp(hint_end, len(text)))
        return AnchorResult(AnchorState.ORPHAN, start, end, 0.0, 0.0)
    best = candidates[0]
    runner_up = candidates[1].score if len(candidates) > 1 else 0.0
    if best.score < REVIEW_THRESHOLD:
        start = _clamp(hint_start, len(text))
        end = max(start, _clamp(hint_end, len(text)))
        return AnchorResult(AnchorState.ORPHAN, start, end, best.score, runner_up)
    if best.score >= ANCHOR_THRESHOLD and best.score - runner_up >= TIE_MARGIN:
        same = _squash(text[best.start:best.end]) == _squash(quote.exact)
        state = AnchorState.ANCHORED if same else AnchorState.CHANGED
        return AnchorResult(state, best.start, best.end, best.score, runner_up)
    return AnchorResult(AnchorState.REVIEW, best.start, best.end, best.score, runner_up)


def apply_result(annotation: Annotation, result: AnchorResult) -> Annotation:
    """The annotation moved to ``result``: new offsets and state, same quote and ``modified``.
    (The annotation itself when nothing moved: an import of 10,000 unchanged ones copies none.)"""
    if (annotation.start, annotation.end, annotation.state) == (result.start, result.end, result.state):
        return annotation
    return replace(annotation, start=result.start, end=result.end, state=result.state)


def reanchor_all(text: str, annotations: Sequence[Annotation]) -> list[tuple[Annotation, AnchorResult]]:
    """Re-anchor many annotations of one document, in the order given.

    Annotations are visited in hint order so each one whose position moved by an edit lends its
    displacement to the next: an annotation that needs an approximate search is first searched
    near its hint *shifted by the last known displacement*, which is where it most likely is.
    """
    results: dict[int, AnchorResult] = {}
    shift = 0
    order = sorted(range(len(annotations)), key=lambda i: annotations[i].start)
    for index in order:
        annotation = annotations[index]
        centres = (annotation.start + shift,) if shift else ()
        result = reanchor(text, annotation.quote, annotation.start, annotation.end, centres=centres)
        if result.placed:
            shift = result.start - annotation.start
        results[index] = result
    return [(annotation, results[i]) for i, annotation in enumerate(annotations)]
