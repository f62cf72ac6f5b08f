"""Where a passage sits in a report: which year it plans for, and whether it looks back or ahead.

A government work report first reviews the past (过去五年 / 2022年工作回顾) and then plans
(今后五年 / 2023年重点工作).  Only the plan holds commitments, and each commitment's horizon
comes from where it stands: the five-year section is 2023-2027, the year's work is 2023,
``到2030年`` says 2030.  This module reads that structure once per document:

* :func:`report_year` — the year the report plans for, from a title such as
  ``2023年重点工作`` or the classic opening ``2023年是……之年``.
* :class:`SectionIndex` — the outline flattened for O(log n) lookups by offset (the old
  per-sentence walk of the whole outline made a 50 MB report quadratic), each section with
  the mode its title gives (review, plan or neither) and its horizon.
* :class:`Tense` — per paragraph, the mode in force: a section title decides when it can;
  otherwise the paragraph's own opener (过去一年…, 今年…) and, failing that, the mode of the
  text before it.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from enum import Enum

from document.commitment_lexicon import (
    APPENDIX_TITLE, FIVE_YEAR_PLAN, GLOSSARY_TITLE, FIVE_YEARS, FORWARD_OPENERS, FORWARD_TITLE, PLAN_TITLE, PLAN_YEAR_SENTENCE, REVIEW_OPENERS, REVIEW_TITLE,
    YEAR,
)
from document.model import Document, OutlineEntry
from document.numbering import chinese_numeral_value

SECTION_SEPARATOR = " › "
_YEAR_OPENER = re.compile(r"^(?:各位代表[，,：:！!]?\s*)?(?:在)?(20\d\d)\s*年\s*(?:[，,]|以来|全年)")
_CHINESE_FIVE = "五"


class Mode(str, Enum):
    REVIEW = "review"    # reports what was done
    PLAN = "plan"        # says what will be done
    UNKNOWN = "unknown"  # nothing said yet (a preamble, an untitled opening)
    NOTES = "notes"      # a glossary after the report (名词解释): explains, commits nothing


def plan_period(text: str) -> str:
    """``2026-2030`` for ``十五五`` (the Nth five-year plan): from the 3rd (1966-1970) on they
    follow each other every five years; the 1st and 2nd came before a three-year gap."""
    match = FIVE_YEAR_PLAN.search(text)
    if not match:
        return ""
    number = chinese_numeral_value(match.group(1) or match.group(2))
    if number is None or number < 3:
        return ""
    start = 1966 + 5 * (number - 3)
    return f"{start}-{start + 4}"


def report_year(document: Document) -> int | None:
    """The year a report plans for: a plan title's year (三、2023年重点工作), else the document
    title's (2024年政府工作报告), else ``20XX年是…之年``, else the commonest year."""
    years = [int(m.group(1)) for e in document.entries() for m in [PLAN_TITLE.search(e.title)] if m]
    if years:
        return max(years)
    title = YEAR.search(document.title or "")
    if title:
        return int(title.group(1))
    years = [int(m.group(1)) for m in PLAN_YEAR_SENTENCE.finditer(document.text)]
    if years:
        return max(years)
    counts = Counter(int(m.group(1)) for m in YEAR.finditer(document.text))
    return counts.most_common(1)[0][0] if counts else None


@dataclass(frozen=True)
class Section:
    """An outline entry with what its title says about the text it holds."""

    entry: OutlineEntry
    parent: int            # index in SectionIndex.sections, -1 for a top-level entry
    path: str              # titles from the top, joined with " › "
    titles: tuple[str, ...]
    mode: Mode             # from this title or an ancestor's (review wins over plan)
    horizon: str           # from this title or an ancestor's; "" when none says
    title_end: int         # end offset of the title text (headings and run-in titles)


def _title_mode(title: str, year: int | None) -> Mode:
    if any(word in title for word in REVIEW_TITLE):
        return Mode.REVIEW
    match = PLAN_TITLE.search(title)
    if match and year is not None:
        return Mode.PLAN if int(match.group(1)) >= year else Mode.REVIEW
    if any(word in title for word in FORWARD_TITLE):
        return Mode.PLAN
    return Mode.UNKNOWN


def _title_horizon(title: str, year: int | None) -> str:
    period = plan_period(title)
    if period:
        return period
    if FIVE_YEARS.search(title) and year is not None:
        return f"{year}-{year + 4}"
    match = YEAR.search(title)
    if match and year is not None and int(match.group(1)) >= year:
        return match.group(1)
    return ""


class SectionIndex:
    """The outline's sections with what detection needs of each, in the order of
    ``document.sections`` (which answers which one holds an offset: document/sections.py)."""

    def __init__(self, document: Document, year: int | None) -> None:
        self.sections: list[Section] = []
        self._holding = document.sections
        text = document.text

        def add(entries: tuple[OutlineEntry, ...], parent: int) -> None:
            for entry in entries:
                above = self.sections[parent] if parent >= 0 else None
                own_mode = _title_mode(entry.title, year)
                mode = own_mode
                if above is not None and (above.mode is Mode.REVIEW or own_mode is Mode.UNKNOWN):
                    mode = above.mode
                horizon = _title_horizon(entry.title, year) or (above.horizon if above else "")
                titles = (above.titles if above else ()) + (entry.title,)
                title_end = entry.start + len(entry.title) if text.startswith(entry.title, entry.start) \
                    else entry.start
                self.sections.append(Section(entry, parent, SECTION_SEPARATOR.join(titles), titles,
                                             mode, horizon, title_end))
                add(entry.children, len(self.sections) - 1)

        add(document.outline, -1)

    def at(self, offset: int) -> Section | None:
        """The deepest section holding ``offset`` (both lists flatten the outline in the same
        order, so the one rule's index is this list's index)."""
        index = self._holding.section_of(offset)
        return self.sections[index] if index >= 0 else None


def paragraph_opener_mode(paragraph: str, year: int | None) -> Mode:
    """What a paragraph's first words say: 过去一年… (review), 今年… (plan), or nothing."""
    match = _YEAR_OPENER.match(paragraph)
    if match and year is not None:
        return Mode.PLAN if int(match.group(1)) >= year else Mode.REVIEW
    if REVIEW_OPENERS.match(paragraph):
        return Mode.REVIEW
    if FORWARD_OPENERS.match(paragraph):
        return Mode.PLAN
    return Mode.UNKNOWN


class Tense:
    """The running review/plan state while the paragraphs of a report are read in order."""

    def __init__(self, year: int | None) -> None:
        self.year = year
        self._running = Mode.UNKNOWN
        self._notes = False

    def paragraph(self, section: Section | None, paragraph: str) -> Mode:
        """The mode of this paragraph (and, where no title decides, of those after it)."""
        if GLOSSARY_TITLE.match(paragraph):
            self._notes = True
        elif APPENDIX_TITLE.match(paragraph):
            self._notes = False  # an appendix (附件1 十件民生实事) may well hold commitments
        if self._notes:
            return Mode.NOTES
        opener = paragraph_opener_mode(paragraph, self.year)
        if section is not None and section.mode is Mode.REVIEW:
            self._running = Mode.REVIEW
            return Mode.REVIEW
        if section is not None and section.mode is Mode.PLAN:
            self._running = Mode.PLAN
            return opener if opener is Mode.REVIEW else Mode.PLAN
        if opener is not Mode.UNKNOWN:
            self._running = opener
        return self._running


def paragraph_horizon(paragraph: str, year: int | None) -> str:
    """A five-year span announced by a paragraph's opening (未来五年，…), else ""."""
    if year is not None and FIVE_YEARS.match(paragraph.lstrip("各位代表，,：: ")):
        return f"{year}-{year + 4}"
    return ""
