"""Section numbering markers and their ranks (GB/T 9704-2012 §7.3.3) — the one source of truth.

Rank 1 ``一、`` › rank 2 ``（一）`` › rank 3 ``1.`` / ``1．`` › rank 4 ``（1）``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_DIGITS = "零〇一二两三四五六七八九"
_VALUE = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
_NUMERAL = "[零〇一二两三四五六七八九十百]+"

# 一、 — but not the numeral list 一、二、三产业 (another numeral follows the 、).
_RANK1 = re.compile(rf"({_NUMERAL})、(?!{_NUMERAL}[、产])")
_RANK2 = re.compile(rf"[（(]({_NUMERAL})[）)]")
# 1. / 1． followed by something that is not a digit (1.5倍 is a number, not a marker).
_RANK3 = re.compile(r"(\d{1,3})[.．](?![\d.．])")
_RANK4 = re.compile(r"[（(](\d{1,3})[）)]")

RANK_PATTERNS = ((1, _RANK1), (2, _RANK2), (3, _RANK3), (4, _RANK4))
TOP_RANK = 1


def chinese_numeral_value(numeral: str) -> int | None:
    """Value of a Chinese numeral from 1 to 999, or None if it is not a well-formed one."""
    if not numeral:
        return None
    total, current, seen_unit = 0, None, False
    units = {"百": 100, "十": 10}
    last_unit = 1000
    for ch in numeral:
        if ch in _VALUE:
            if current is not None:
                return None  # two digits in a row: 一二
            current = _VALUE[ch]
        elif ch in units:
            unit = units[ch]
            if unit >= last_unit:
                return None
            total += (1 if current is None else current) * unit
            current, last_unit, seen_unit = None, unit, True
        else:
            return None
    if current is not None:
        total += current
    if total <= 0 or (not seen_unit and len(numeral) > 1):
        return None
    return total


@dataclass(frozen=True)
class Marker:
    """A numbering marker at the start of a text: its rank and its length in characters."""

    rank: int
    length: int
    number: int


def match_marker(text: str, ranks: tuple[int, ...] = (1, 2, 3, 4)) -> Marker | None:
    """The numbering marker that starts ``text`` (leading spaces allowed), if any."""
    stripped = text.lstrip()
    offset = len(text) - len(stripped)
    for rank, pattern in RANK_PATTERNS:
        if rank not in ranks:
            continue
        match = pattern.match(stripped)
        if not match:
            continue
        raw = match.group(1)
        number = int(raw) if raw.isdigit() else chinese_numeral_value(raw)
        if number:
            return Marker(rank, offset + match.end(), number)
    return None
