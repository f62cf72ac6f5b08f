"""The shared OpenCC converters and the checked, batched calls every script view makes.

One OpenCC object per configuration (loading dictionaries is the slow part), and two guards
the offset maps rely on: a length-keeping configuration must keep lengths, and a batch of
newline-joined pieces must come back as the same number of pieces.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from operator import ne

import opencc

#: Configurations that replace code point for code point (checked on every use).
LENGTH_KEEPING = frozenset({"s2t", "s2tw", "s2hk", "t2s", "t2tw", "t2hk", "tw2s", "hk2s", "hk2t"})


class ScriptMapError(RuntimeError):
    """OpenCC broke an invariant the offset map relies on (a length-keeping config changed a
    length, or batched pieces came back in a different number)."""


@lru_cache(maxsize=None)
def converter(config: str) -> opencc.OpenCC:
    """The one shared OpenCC object per configuration (loading dictionaries is the slow part)."""
    return opencc.OpenCC(config)


#: Characters per OpenCC call when converting a long text.  OpenCC holds the GIL for a whole
#: call, so converting a 1 MB report in one call would freeze the window for the conversion
#: when a worker thread does it; cut at newlines it yields every few milliseconds instead.
CHUNK = 32_768


def convert_text(config: str, text: str) -> str:
    """``converter(config).convert(text)``, made in newline-aligned chunks of about
    :data:`CHUNK` characters — the same output: no dictionary key or value holds a newline, so
    OpenCC never converts across one."""
    return convert_in_chunks(converter(config).convert, text)


def convert_in_chunks(convert: Callable[[str], str], text: str) -> str:
    """``convert(text)`` for any OpenCC conversion, in newline-aligned chunks (see
    :func:`convert_text`)."""
    if len(text) <= CHUNK:
        return convert(text)
    parts, start = [], 0
    while start < len(text):
        cut = text.find("\n", start + CHUNK)
        end = len(text) if cut < 0 else cut + 1
        parts.append(convert(text[start:end]))
        start = end
    return "".join(parts)


def convert_checked(config: str, text: str) -> str:
    out = convert_text(config, text)
    if config in LENGTH_KEEPING and len(out) != len(text):
        raise ScriptMapError(f"OpenCC {config} changed the length ({len(text)} → {len(out)})")
    return out


def batch(config: str, pieces: Sequence[str]) -> list[str]:
    """Convert many newline-free pieces in one OpenCC call.

    A newline is in no dictionary key or value, so joining with it neither merges nor splits
    anything and the output splits back into exactly the same number of pieces.
    """
    if not pieces:
        return []
    outs = convert_text(config, "\n".join(pieces)).split("\n")
    if len(outs) != len(pieces):
        raise ScriptMapError(f"OpenCC {config} returned {len(outs)} pieces for {len(pieces)}")
    if config in LENGTH_KEEPING and any(map(ne, map(len, outs), map(len, pieces))):
        raise ScriptMapError(f"OpenCC {config} changed the length of a piece")
    return outs
