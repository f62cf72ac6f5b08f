"""Word's automatic list numbering: the label (``一、``, ``（二）``, ``3.``) each paragraph shows.

Word does not store these labels; it computes them from ``numbering.xml`` as it lays the
document out.  Reports made in Word number their sections this way, so the labels must be put
back into the text for the outline (which ranks sections by their labels) to see them.

Counters belong to the abstract definition, so two list instances of one definition continue
each other unless an instance overrides a level's start.  Using a level restarts the deeper
levels (``w:lvlRestart`` may say otherwise).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from document.formats.numerals import format_number
from document.formats.ooxml import w, wval

_PLACEHOLDER = re.compile(r"%([1-9])")
_MAX_LEVELS = 9


@dataclass(frozen=True)
class Level:
    start: int = 1
    num_fmt: str = "decimal"
    text: str = "%1."
    suffix: str = "tab"        # what follows the label: tab, space or nothing
    # Restart when a level at or above this index is used; None = any shallower level
    # (Word's default), -1 = never (w:lvlRestart 0).
    restart_after: int | None = None
    legal: bool = False        # w:isLgl: show every level's counter in decimal

    @property
    def is_bullet(self) -> bool:
        return self.num_fmt == "bullet"


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _level(element) -> Level:
    restart = wval(element, "lvlRestart")
    return Level(
        start=_int(wval(element, "start"), 1),
        num_fmt=wval(element, "numFmt") or "decimal",
        text=wval(element, "lvlText") if element.find(w("lvlText")) is not None else "",
        suffix=wval(element, "suff") or "tab",
        restart_after=_int(restart, 0) - 1 if restart is not None else None,
        legal=element.find(w("isLgl")) is not None,
    )


def _levels(container) -> dict[int, Level]:
    return {_int(lvl.get(w("ilvl")), 0): _level(lvl) for lvl in container.iter(w("lvl"))}


class Numbering:
    """Numbering definitions plus the running counters of one pass through a document."""

    def __init__(self, numbering_element) -> None:
        self._abstract: dict[str, dict[int, Level]] = {}
        self._instances: dict[str, tuple[str, dict[int, Level], dict[int, int]]] = {}
        self._counters: dict[str, list[int | None]] = {}
        self._started: set[str] = set()
        if numbering_element is None:
            return
        for abstract in numbering_element.iter(w("abstractNum")):
            self._abstract[abstract.get(w("abstractNumId"), "")] = _levels(abstract)
        for num in numbering_element.iter(w("num")):
            overrides: dict[int, Level] = {}
            starts: dict[int, int] = {}
            for override in num.iter(w("lvlOverride")):
                ilvl = _int(override.get(w("ilvl")), 0)
                start = wval(override, "startOverride")
                if start is not None:
                    starts[ilvl] = _int(start, 1)
                lvl = override.find(w("lvl"))
                if lvl is not None:
                    overrides[ilvl] = _level(lvl)
            self._instances[num.get(w("numId"), "")] = (wval(num, "abstractNumId") or "", overrides, starts)

    def level(self, num_id: str, ilvl: int) -> Level | None:
        instance = self._instances.get(num_id)
        if instance is None:
            return None
        abstract_id, overrides, _ = instance
        return overrides.get(ilvl) or self._abstract.get(abstract_id, {}).get(ilvl)

    def next_label(self, num_id: str | None, ilvl: int) -> tuple[str, Level] | None:
        """Advance the counter of (num_id, ilvl) and return (label, level); None if unnumbered."""
        if not num_id or num_id == "0" or not 0 <= ilvl < _MAX_LEVELS:
            return None
        level = self.level(num_id, ilvl)
        if level is None:
            return None
        abstract_id, _, starts = self._instances[num_id]
        counters = self._counters.setdefault(abstract_id, [None] * _MAX_LEVELS)
        if num_id not in self._started:
            self._started.add(num_id)
            for restarted, value in starts.items():
                if 0 <= restarted < _MAX_LEVELS:
                    counters[restarted] = value - 1
        current = counters[ilvl]
        counters[ilvl] = level.start if current is None else current + 1
        for deeper in range(ilvl + 1, _MAX_LEVELS):
            deeper_level = self.level(num_id, deeper)
            restart_after = None if deeper_level is None else deeper_level.restart_after
            if restart_after is None or ilvl <= restart_after:
                counters[deeper] = None
        return self._render(num_id, level, counters), level

    def _render(self, num_id: str, level: Level, counters: list[int | None]) -> str:
        def substitute(match: re.Match) -> str:
            index = int(match.group(1)) - 1
            shown = self.level(num_id, index)
            value = counters[index]
            if value is None:
                value = shown.start if shown else 1
            fmt = "decimal" if level.legal or shown is None else shown.num_fmt
            return format_number(value, fmt)

        return _PLACEHOLDER.sub(substitute, level.text)
