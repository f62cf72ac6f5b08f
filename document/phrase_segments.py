"""A phrase map from OpenCC's own segmentation, made visible with a marker dictionary.

Asking OpenCC which cuts are valid (:mod:`document.phrase_map`) costs many conversions per
phrase; on a long paragraph without punctuation that was hundreds of times a plain convert.
OpenCC itself knows where its segments are, but its Python binding only exposes ``convert``.
So we show them to ourselves: a configuration that is the phrase configuration (same
normalisation, same segmentation dictionaries, same conversion chain) with one extra first
conversion stage, a text dictionary that maps every segmentation key ``K`` to ``MARK K MARK``.

Why that reveals the segmentation exactly (OpenCC's ``MaxMatchSegmentation``): a segment is
either a dictionary key (the longest key starting there) or a maximal stretch of characters at
which no key starts.  Each conversion stage converts each segment on its own by maximum match.
The marker stage finds the whole key in a key segment (the longest prefix of ``K`` that is a
key is ``K`` itself) and nothing in a stretch (no key starts inside it, or the segmentation
would have cut there).  ``MARK`` is in no dictionary, so the later stages convert ``K`` exactly
as they would without it.  Splitting the output at ``MARK`` therefore gives, alternately, the
converted stretch and key segments.  The same trick on the length-keeping reference chain
(under the phrase configuration's segmentation) gives pieces of the source's lengths, so both
splits line up piece by piece and every piece boundary is a valid cut.

Where a piece's output differs from its reference, it still needs the exact treatment:

* a stretch converts as the stretch alone (no key starts in it, so any of its cuts splits it
  into two stretches), so :func:`document.phrase_map._phrase_units` on the piece alone is
  exact;
* a key may hold valid cuts (串行|端口): each inner cut is tested against a window from the
  key's start (the segmentation before it cannot change) to a piece boundary twice the
  longest key further on, much as the windowed tests in :mod:`document.phrase_map` do.

Building the marker dictionary needs the segmentation dictionaries' keys, which only the
``opencc_dict`` tool shipped in the wheel can dump.  It is done once per OpenCC installation
and kept in a cache directory (see :mod:`document.cache_location`); without the tool, or if anything
about it looks wrong, :func:`marked_converters` returns None and the caller asks OpenCC cut
by cut as before.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import subprocess
import tempfile
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, count
from operator import ne
from pathlib import Path

import opencc

from document import cache_location
from document.cache_location import set_cache_dir  # noqa: F401 - where the shell and tests set it
from document.converters import ScriptMapError, convert_in_chunks, converter
from document.phrase_map import _MARGIN, _RUN, Task, _drive, _gather, _phrase_units

log = logging.getLogger(__name__)

#: Wraps every key segment in the marked outputs; a text holding it takes the slow path.
MARK = "\x01"
#: Cut tests (two small conversions each) one text may ask for before the rest is mapped
#: coarsely, each differing piece one unit: exact, never shifted, only less fine.  About one
#: test per ``_CHARS_PER_TEST`` characters keeps the map within a few plain converts; real
#: reports need far fewer, only adversarial text (a long paragraph of nothing but converted
#: phrases) reaches the limit.
_MIN_TESTS = 256
_CHARS_PER_TEST = 16
#: A sentence whose twp map needs every part of the method; checked once per build.
_PROBE = "连接互联网串行端口和数据，串行端口干部在打印机里面"

#: Bumped whenever the files kept in the cache change shape.
_FORMAT = 2

_build_lock = threading.Lock()


@dataclass(frozen=True)
class MarkedConverters:
    """The phrase and reference chains, both marking the phrase configuration's segments."""

    phrase: opencc.OpenCC
    reference: opencc.OpenCC
    #: Characters a segment can hold at most (the longest segmentation key).
    longest_key: int


def _share() -> Path:
    return Path(opencc.__file__).parent / "clib" / "share" / "opencc"


def _dict_tool() -> Path | None:
    bin_dir = Path(opencc.__file__).parent / "clib" / "bin"
    for name in ("opencc_dict", "opencc_dict.exe"):
        tool = bin_dir / name
        if tool.is_file() and os.access(tool, os.X_OK):
            return tool
    return None


def _absolute(spec: dict, share: Path) -> dict:
    """A dictionary spec with file names made absolute (configs are read from elsewhere)."""
    spec = dict(spec)
    if "file" in spec:
        spec["file"] = str(share / spec["file"])
    if "dicts" in spec:
        spec["dicts"] = [_absolute(d, share) for d in spec["dicts"]]
    return spec


def _files(spec: dict) -> list[tuple[str, str]]:
    """``(type, file)`` of every leaf dictionary in a spec."""
    if "dicts" in spec:
        return [leaf for d in spec["dicts"] for leaf in _files(d)]
    return [(spec["type"], spec["file"])]


def _keys(kind: str, path: str, tool: Path, scratch: Path) -> set[str]:
    if kind == "ocd2":
        dumped = scratch / (Path(path).stem + ".txt")
        subprocess.run([str(tool), "-i", path, "-o", str(dumped), "-f", "ocd2", "-t", "text"],
                       check=True, capture_output=True, timeout=120)
        path = str(dumped)
    elif kind != "text":
        raise ValueError(f"unsupported dictionary type {kind!r}")
    with open(path, encoding="utf-8") as lines:
        return {line.split("\t", 1)[0] for line in lines if line.strip()}


def _fingerprint(phrase: str, reference: str, configs: Sequence[dict]) -> str:
    parts = [str(_FORMAT), opencc.__version__, phrase, reference]
    for config in configs:
        for spec in [config["segmentation"]["dict"], *(s["dict"] for s in config["conversion_chain"])]:
            for _kind, path in _files(spec):
                stat = os.stat(path)
                parts.append(f"{path}:{stat.st_size}:{stat.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def _write_configs(folder: Path, phrase_cfg: dict, reference_cfg: dict, tool: Path) -> None:
    segmentation = phrase_cfg["segmentation"]
    with tempfile.TemporaryDirectory() as scratch:
        keys: set[str] = set()
        for kind, path in _files(segmentation["dict"]):
            keys |= _keys(kind, path, tool, Path(scratch))
    if any(MARK in key or "\t" in key or " " in key for key in keys):
        raise ValueError("a segmentation key holds a separator")
    (folder / "longest_key").write_text(str(max(map(len, keys))), encoding="utf-8")
    marker_file = folder / "segments.txt"
    marker_file.write_text("".join(f"{k}\t{MARK}{k}{MARK}\n" for k in sorted(keys) if k),
                           encoding="utf-8")
    marker = {"dict": {"type": "text", "file": str(marker_file)}}
    for name, base in (("phrase", phrase_cfg), ("reference", reference_cfg)):
        config = {
            "name": f"Pizhu segment marks ({name})",
            "segmentation": segmentation,
            "conversion_chain": [marker, *base["conversion_chain"]],
        }
        if "normalization" in phrase_cfg:
            config["normalization"] = phrase_cfg["normalization"]
        (folder / f"{name}.json").write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")


def _load_config(name: str, share: Path) -> dict:
    config = json.loads((share / f"{name}.json").read_text(encoding="utf-8"))
    config["segmentation"] = {**config["segmentation"],
                              "dict": _absolute(config["segmentation"]["dict"], share)}
    config["conversion_chain"] = [{**s, "dict": _absolute(s["dict"], share)}
                                  for s in config["conversion_chain"]]
    if "normalization" in config:
        config["normalization"] = [{**s, "dict": _absolute(s["dict"], share)}
                                   for s in config["normalization"]]
    return config


def _folder(fingerprint: str) -> Path:
    kept = cache_location.cache_dir()
    if kept is not None:
        return kept / f"opencc-segments-{fingerprint}"
    return Path(_process_scratch()) / fingerprint


@lru_cache(maxsize=1)
def _process_scratch() -> str:
    folder = tempfile.mkdtemp(prefix="pizhu-opencc-")
    import atexit

    atexit.register(shutil.rmtree, folder, True)
    return folder


@lru_cache(maxsize=None)
def marked_converters(phrase: str, reference: str) -> MarkedConverters | None:
    """Marking converters for ``phrase`` (segments revealed) and its length-keeping
    ``reference``, or None when they cannot be built or fail their self-check."""
    with _build_lock:
        try:
            return _marked_converters(phrase, reference)
        except (OSError, ValueError, KeyError, TypeError, RuntimeError, subprocess.SubprocessError) as error:
            log.info("OpenCC segment marks unavailable for %s (%s); cut-by-cut map used", phrase, error)
            return None


def _marked_converters(phrase: str, reference: str) -> MarkedConverters | None:
    tool = _dict_tool()
    if tool is None:
        log.info("the opencc wheel has no opencc_dict tool; cut-by-cut map used")
        return None
    share = _share()
    phrase_cfg, reference_cfg = _load_config(phrase, share), _load_config(reference, share)
    folder = _folder(_fingerprint(phrase, reference, (phrase_cfg, reference_cfg)))
    if not (folder / "reference.json").is_file():
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".building-", dir=folder.parent))
        try:
            _write_configs(staging, phrase_cfg, reference_cfg, tool)
            # The configs name the marker file by its final path.
            for name in ("phrase.json", "reference.json"):
                text = (staging / name).read_text(encoding="utf-8")
                (staging / name).write_text(text.replace(str(staging), str(folder)), encoding="utf-8")
            try:
                staging.rename(folder)
            except OSError:   # another process finished first: use its copy
                shutil.rmtree(staging, ignore_errors=True)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    longest_key = int((folder / "longest_key").read_text(encoding="utf-8"))
    if not 0 < longest_key < _MARGIN:
        raise ValueError(f"implausible longest segmentation key ({longest_key})")
    marked = MarkedConverters(opencc.OpenCC(str(folder / "phrase.json")),
                              opencc.OpenCC(str(folder / "reference.json")), longest_key)
    plain = converter(phrase).convert(_PROBE)
    if marked.phrase.convert(_PROBE).replace(MARK, "") != plain:
        log.warning("OpenCC segment marks disagree with %s; cut-by-cut map used", phrase)
        return None
    return marked


# --------------------------------------------------------------------------- the map


def segmented_map(text: str, phrase: str, reference: str) -> tuple[str, list[tuple[int, int, int, int]]] | None:
    """``(display text, units)`` of ``text`` through ``phrase``, or None to use the cut-by-cut
    method (no marker converters, or a text the marks cannot handle).

    ``text`` must hold no NUL (OpenCC stops there).  Units are ``(src_start, src_end,
    disp_start, disp_end)``, sorted, exactly as :func:`document.phrase_map._phrase_units`
    gives them.
    """
    if MARK in text or "\x00" in text:
        return None
    marked = marked_converters(phrase, reference)
    if marked is None:
        return None
    try:
        return _segmented_map(text, phrase, marked)
    except (ValueError, ScriptMapError) as error:   # a broken assumption: never a wrong map
        log.warning("segment marks failed on a text (%s); cut-by-cut map used", error)
        return None


def _segmented_map(text: str, phrase: str, marked: MarkedConverters) -> tuple[str, list[tuple[int, int, int, int]]] | None:
    outs = convert_in_chunks(marked.phrase.convert, text).split(MARK)
    refs = convert_in_chunks(marked.reference.convert, text).split(MARK)
    if len(outs) != len(refs) or len(outs) % 2 == 0:
        return None
    src = [0, *accumulate(map(len, refs))]       # pieces keep the source's lengths
    if src[-1] != len(text):
        return None
    disp = [0, *accumulate(map(len, outs))]
    display = "".join(outs)
    newlines = _Newlines(text, display)
    if newlines.broken:
        return None
    budget = max(_MIN_TESTS, len(text) // _CHARS_PER_TEST)
    # Even pieces are stretches, odd ones keys; only pieces whose output differs matter.
    stretches = [2 * n for n in compress(count(), map(ne, refs[0::2], outs[0::2]))]
    keys = [2 * n + 1 for n in compress(count(), map(ne, refs[1::2], outs[1::2]))]
    places: dict[tuple[str, str, str], list[tuple[int, int]]] = {}
    for i in stretches:
        a, b = src[i], src[i + 1]
        if "\n" in refs[i]:
            for s0, d0, line in _lines(a, disp[i], text[a:b], refs[i], outs[i]):
                places.setdefault(line, []).append((s0, d0))
        else:
            places.setdefault((text[a:b], refs[i], outs[i]), []).append((a, disp[i]))
    units: list[tuple[int, int, int, int]] = []
    # Stretches holding a hard boundary (punctuation, digits: every real sentence) are always
    # analysed, as the cut-by-cut map would; only one-run stretches, the stuff of adversarial
    # paragraphs, count against the budget (a test per character at most).
    exact = [line for line in places if not _RUN.fullmatch(line[0])]
    single = [line for line in places if _RUN.fullmatch(line[0])]
    single_tests = sum(len(line[0]) for line in single)
    if single_tests <= budget:
        budget -= single_tests
        exact += single
    else:    # adversarial text: each differing one-run stretch is one unit (coarse, exact)
        units.extend((s0, s0 + len(line[0]), d0, d0 + len(line[2]))
                     for line in single for s0, d0 in places[line])
    for line, relative in zip(exact, _stretch_units(exact, phrase)):
        units.extend((s0 + ss, s0 + se, d0 + ds, d0 + de)
                     for s0, d0 in places[line] for ss, se, ds, de in relative)
    if sum(len(refs[i]) for i in keys) - len(keys) <= budget:
        reach = 2 * marked.longest_key
        tasks = [_key_units(text, display, src, disp, newlines, reach, i) for i in keys]
        for found in _drive(_gather(tasks), phrase):
            units.extend(found)
    else:    # adversarial text: each differing key is one unit (coarse, exact)
        units.extend(zip([src[i] for i in keys], [src[i + 1] for i in keys],
                         [disp[i] for i in keys], [disp[i + 1] for i in keys]))
    units.sort()
    return display, units


def _stretch_units(lines: list[tuple[str, str, str]], phrase: str) -> list[list[tuple[int, int, int, int]]]:
    """Units of each distinct differing stretch line, relative to its start.

    A stretch converts as it would alone (see the module docstring), so one analysis serves
    every place it occurs; the lines are laid end to end for one batched
    :func:`document.phrase_map._phrase_units` call and its units sorted back to them.
    """
    starts_src: list[int] = []
    starts_disp: list[int] = []
    laid = []
    a = d = 0
    for s, t, o in lines:
        starts_src.append(a)
        starts_disp.append(d)
        laid.append((a, d, s, t, o))
        a += len(s) + 1
        d += len(o) + 1
    per_line: list[list[tuple[int, int, int, int]]] = [[] for _ in lines]
    for ss, se, ds, de in _phrase_units(laid, phrase):
        n = bisect_right(starts_src, ss) - 1
        a, d = starts_src[n], starts_disp[n]
        per_line[n].append((ss - a, se - a, ds - d, de - d))
    return per_line


def _lines(s0: int, d0: int, s: str, t: str, o: str) -> list[tuple[int, int, tuple[str, str, str]]]:
    """A differing stretch as newline-free lines ``(s0, d0, (s, t, o))`` that differ (a
    newline is in no key, so it is kept one for one and nothing converts across it)."""
    if "\n" not in s:
        return [(s0, d0, (s, t, o))]
    out = []
    for s_line, t_line, o_line in zip(s.split("\n"), t.split("\n"), o.split("\n"), strict=True):
        if t_line != o_line:
            out.append((s0, d0, (s_line, t_line, o_line)))
        s0 += len(s_line) + 1
        d0 += len(o_line) + 1
    return out


class _Newlines:
    """Newline positions in the source and the display (kept one for one, in order)."""

    def __init__(self, text: str, display: str) -> None:
        self.src = [m.start() for m in re.finditer("\n", text)]
        self.disp = [m.start() for m in re.finditer("\n", display)]
        self.broken = len(self.src) != len(self.disp)

    def first_after(self, k: int) -> tuple[int, int] | None:
        j = bisect_left(self.src, k)
        return (self.src[j], self.disp[j]) if j < len(self.src) else None


def _key_units(text: str, display: str, src: list[int], disp: list[int], newlines: _Newlines,
               reach: int, i: int) -> Task:
    """Units of key segment ``i`` whose output differs from the reference: its inner valid
    cuts, then pieces between them (equal lengths map char by char, others are units).

    A cut ``k`` is tested as ``convert(text[a:k]) + convert(text[k:c])`` against the display
    between the key's start ``a`` (nothing before it can segment differently) and ``c``: a
    piece boundary ``reach`` characters on, or the next newline (a hard boundary, where any
    segmentation starts afresh), whichever comes first.  ``reach`` is twice the longest
    segmentation key: maximum match forgets where it started within a key's length or two, so
    the halves' segmentation has rejoined the original one well before ``c``.  Should it not
    have, the outputs disagree and the cut counts as invalid: the unit grows, it never shifts.
    """
    a, b = src[i], src[i + 1]
    da, db = disp[i], disp[i + 1]
    position = {a: da, b: db}
    inner = list(range(a + 1, b))
    if inner:
        windows = []
        for k in inner:
            e = bisect_left(src, min(len(text), k + reach))
            c, dc = src[e], disp[e]
            newline = newlines.first_after(k)
            if newline is not None and newline[0] < c:
                c, dc = newline
            windows.append((c, dc))
        got = yield [text[a:k] for k in inner] + [text[k:c] for k, (c, _dc) in zip(inner, windows)]
        half = len(inner)
        for n, (k, (_c, dc)) in enumerate(zip(inner, windows)):
            left, right = got[n], got[half + n]
            mid = da + len(left)
            if display.startswith(left, da) and mid + len(right) == dc \
                    and display.startswith(right, mid):
                position[k] = mid
    cuts = sorted(position)
    if any(position[x] > position[y] for x, y in zip(cuts, cuts[1:])):
        return [(a, b, da, db)]   # inconsistent cuts: keep the key whole
    return [(x, y, position[x], position[y]) for x, y in zip(cuts, cuts[1:])
            if position[y] - position[x] != y - x]
