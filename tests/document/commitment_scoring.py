"""Scoring commitment detection against a careful reader's list (commitments_labels.json).

A candidate *matches* a listed commitment when its range contains the entry's anchor (a unique
substring of the canonical text); each entry is matched at most once, so a candidate that
swallows two targets finds one and the other counts as missed.  Precision counts every
candidate that matches no entry as a false positive, except candidates over a passage the
list marks ambiguous (counted neither way).

Run it to print the figures for the bundled report::

    .venv/bin/python tests/document/commitment_scoring.py
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
LABELS = Path(__file__).with_name("commitments_labels.json")
FIELDS = ("indicator", "value", "unit", "horizon", "kind", "qualifier", "strength", "binding", "category")
_SPACES = re.compile(r"\s+")


def load_labels(path: Path = LABELS) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def locate(text: str, anchor: str) -> tuple[int, int]:
    """The one place ``anchor`` occurs in ``text`` (ValueError when absent or repeated)."""
    first = text.find(anchor)
    if first < 0:
        raise ValueError(f"anchor not in the text: {anchor!r}")
    if text.find(anchor, first + 1) >= 0:
        raise ValueError(f"anchor occurs more than once: {anchor!r}")
    return first, first + len(anchor)


def _normal(name: str, value: Any) -> str:
    text = getattr(value, "value", value)
    text = "" if text is None else str(text)
    return _SPACES.sub("", text) if name == "indicator" else text.strip()


@dataclass
class Scores:
    quantified_total: int = 0
    quantified_found: int = 0
    pledge_total: int = 0
    pledge_found: int = 0
    candidates: int = 0
    true_positives: int = 0
    ambiguous: int = 0
    field_right: dict[str, int] = field(default_factory=dict)
    matched: int = 0
    missed: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    field_errors: list[str] = field(default_factory=list)
    past_hits: list[str] = field(default_factory=list)

    @property
    def quantified_recall(self) -> float:
        return self.quantified_found / self.quantified_total if self.quantified_total else 0.0

    @property
    def pledge_recall(self) -> float:
        return self.pledge_found / self.pledge_total if self.pledge_total else 0.0

    @property
    def precision(self) -> float:
        counted = self.candidates - self.ambiguous
        return self.true_positives / counted if counted else 0.0

    def accuracy(self, name: str) -> float:
        return self.field_right.get(name, 0) / self.matched if self.matched else 0.0

    def summary(self) -> str:
        lines = [
            f"quantified recall {self.quantified_recall:.3f} ({self.quantified_found}/{self.quantified_total})",
            f"pledge recall     {self.pledge_recall:.3f} ({self.pledge_found}/{self.pledge_total})",
            f"precision         {self.precision:.3f} ({self.true_positives}/{self.candidates - self.ambiguous}; "
            f"{self.ambiguous} candidates on ambiguous passages not counted)",
            "field accuracy on matched entries (" + str(self.matched) + "): " + ", ".join(
                f"{name} {self.accuracy(name):.2f}" for name in FIELDS),
        ]
        return "\n".join(lines)


def score(text: str, candidates: list[Any], labels: dict[str, Any],
          fields: tuple[str, ...] = FIELDS) -> Scores:
    """Compare ``candidates`` (objects with start, end and the field attributes) with ``labels``."""
    scores = Scores(candidates=len(candidates))
    entries = [(entry, *locate(text, entry["anchor"])) for entry in labels["commitments"]]
    ambiguous = [locate(text, entry["anchor"]) for entry in labels.get("ambiguous", [])]
    past = [(entry["anchor"], *locate(text, entry["anchor"])) for entry in labels.get("past", [])]
    taken: set[int] = set()
    for candidate in candidates:
        hit = next((index for index, (_entry, start, end) in enumerate(entries)
                    if index not in taken and candidate.start <= start and end <= candidate.end), None)
        if hit is not None:
            taken.add(hit)
            scores.true_positives += 1
            entry = entries[hit][0]
            scores.matched += 1
            for name in fields:
                expected = _normal(name, entry.get(name, ""))
                got = _normal(name, getattr(candidate, name, ""))
                if expected == got:
                    scores.field_right[name] = scores.field_right.get(name, 0) + 1
                elif name in ("indicator", "value", "unit", "horizon"):
                    scores.field_errors.append(f"{name}: {got!r} instead of {expected!r} in {candidate.quote}")
            continue
        if any(candidate.start < end and start < candidate.end for start, end in ambiguous):
            scores.ambiguous += 1
            continue
        scores.false_positives.append(candidate.quote)
        scores.past_hits += [anchor for anchor, start, end in past if candidate.start < end and start < candidate.end]
    for index, (entry, _start, _end) in enumerate(entries):
        if entry["kind"] == "quantified":
            scores.quantified_total += 1
            scores.quantified_found += index in taken
        else:
            scores.pledge_total += 1
            scores.pledge_found += index in taken
        if index not in taken:
            scores.missed.append(f"{entry['kind']}: {entry['anchor']}")
    return scores


def bundled_scores() -> Scores:
    from document.commitments import detect_commitments
    from document.loading import load_document

    document = load_document(None)
    return score(document.text, detect_commitments(document), load_labels())


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    result = bundled_scores()
    print(result.summary())
    if "-v" in sys.argv:
        for title, items in (("missed", result.missed), ("false positives", result.false_positives),
                             ("field errors", result.field_errors)):
            print(f"\n{title} ({len(items)}):")
            for item in items:
                print("  " + item)
