"""Commitment candidates: the quantified targets and checkable pledges of a report.

A government work report commits in two ways: **quantified targets** (``地区生产总值增长
6%左右``, ``新建 5G 基站 2.5 万个``, ``推进 3 个国家级、4 个省级区域医疗中心建设`` — two
targets) and **pledges with a checkable end state** (``太原地铁 1 号线建成通车``,
``基本消除重污染天气``, ``坚决守住…底线``, and every item of a list such as ``办好 12 件民生
实事``).  The detector reads the report paragraph by paragraph in order:

1. Skip what reports the past: review sections (by title), review paragraphs (过去五年…,
   2022年，…), sentences in the past tense (累计, 完成了, 去年…) — see
   :mod:`document.commitment_context`.
2. Split sentences at 。！？；and clauses at ，：(never inside quotation marks).
3. In a clause, a number with a measure word that is a value (not an attribute, a rank or part
   of a name — :mod:`document.commitment_numbers`) makes a quantified target; several values
   joined by 、/和 make one target each.  Relative targets (增速与经济增长同步), doubling
   (倍增) and 保二争三 are quantified too.
4. Otherwise an end-state predicate (:func:`document.commitment_fields.find_predicate`) makes
   a pledge; so does the first clause of each item of an announced list.
5. Fields: :mod:`document.commitment_fields`; horizon from the clause's deadline (到2030年,
   三年内), else the section (今后五年 → 2023-2027, 2023年重点工作 → 2023), else the report
   year.

These are *suggestions* for a reader to track or dismiss; the rules are general rules of the
genre, checked against a careful reader's list for the bundled report
(tests/document/commitments_labels.json).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from document.annotation import Commitment, CommitmentBinding, CommitmentKind, CommitmentStrength
from document.commitment_context import (
    Mode, Section, SectionIndex, Tense, paragraph_horizon, plan_period, report_year,
)
from document.commitment_fields import (
    Predicate, binding_of, category_of, clean, find_predicate, list_item_fields, pledge_indicator, qualifiers_of,
    quantified_indicator, shared_tail_of, strength_of, strip_actions, strip_leads,
)
from document.commitment_lexicon import (
    ACTION_VERBS, DEADLINE, GRADUAL, DOUBLING, END_STATES, FIRM_AND_STRETCH, FORWARD_CUES, HEDGES, PAST_MARKERS, PURPOSE_LEADS,
    RELATIVE_TARGET, WITHIN_YEARS,
)
from document.commitment_numbers import Quantity, quote_depths_if_quoted, value_quantities
from document.model import BlockKind, Document
from document.numbering import chinese_numeral_value, match_marker

_SKIPPED_BLOCKS = (BlockKind.HEADING, BlockKind.CODE, BlockKind.HTML)
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_CLAUSE_END = re.compile(r"[，,：:]")
_ITEM_SEPARATOR = re.compile(r"、|和|以及|及")
_LIST_COMMA = re.compile("、")
# A clause that is only a time (到2025年，…): it dates the clauses after it in the sentence.
_TIME_PHRASE = re.compile(
    r"^(?:到|至|在)?\s*(?:20\d\d\s*年(?:底|末|前|之前)?|[“\"]?十[一二三四五六七八九]?五[”\"]?(?:时期|期间|末)?"
    r"|(?:今后|未来)?[一二两三四五六七八九十\d]+\s*年(?:内|之内))$"
)
_VERB_PHRASE_OPENERS = tuple(ACTION_VERBS) + tuple(GRADUAL) + (
    "遏制", "减少", "降低", "防范", "化解", "严格", "坚决", "强化", "加强", "深化", "完善", "健全", "提升", "优化",
    "推动", "推进", "促进", "实施", "确保", "坚持",
)
_AFTER_QUALIFIER = re.compile(r"\s*(?:左右|以上|以内|以下|上下|之内)")
# What a sentence or clause needs to hold anything at all; plain literal alternations (which the
# regular-expression engine scans fast) kept apart from the patterns that are not.
_TRIGGER_WORDS = re.compile("|".join(sorted(
    ("底线", "红线", "倍增", "翻番", "翻一番", "同步", "高于", "快于", *END_STATES), key=len, reverse=True)))
_TRIGGER_PATTERNS = (re.compile(r"\d"), re.compile(r"[一二两三四五六七八九十百千][个项件家所座条台套场处倍]"),
                     re.compile(r"保.争."), _TRIGGER_WORDS)


def _triggered(text: str) -> bool:
    return any(pattern.search(text) for pattern in _TRIGGER_PATTERNS)


_LIST_ANNOUNCE = re.compile(
    r"(\d+|[一二三四五六七八九十]+)\s*(?:件|项|类)\s*(?:重点|重大)?(?:民生实事|惠民实事|民生工程|惠民工程|实事|好事)"
)
_PAST_WORDS = re.compile("|".join(sorted(
    [m for m in PAST_MARKERS if m != "上年"]
    + [verb + "了" for verb in (*END_STATES, "提出", "发布", "召开", "举办", "出台", "印发", "制定")],
    key=len, reverse=True)))
_LAST_YEAR = re.compile(r"(?<![比较])上年")


def _past(sentence: str) -> bool:
    return _PAST_WORDS.search(sentence) is not None or _LAST_YEAR.search(sentence) is not None


# A clause opening with these frames a goal stated elsewhere (围绕2030年基本完成…) or describes
# (是…关键时期); it commits to nothing new.
_FRAMING = ("围绕", "按照", "对照", "依托", "根据", "面向", "瞄准", "聚焦", "对标", "锚定", "为", "以", "是")
_FRAMING_VERBS = ("围绕", "锚定", "瞄准", "对标", "聚焦")
_MAX_LIST = 50


@dataclass(frozen=True)
class CommitmentCandidate:
    """A detected commitment: where it is, its quote, and its fields as far as they can be read."""

    start: int
    end: int
    quote: str
    kind: CommitmentKind
    indicator: str
    value: str
    unit: str
    qualifier: str
    horizon: str
    strength: CommitmentStrength
    binding: CommitmentBinding
    category: str
    section: str

    def as_commitment(self) -> Commitment:
        """The structured fields a tracked commitment starts with (status ``open``)."""
        return Commitment(
            indicator=self.indicator, value=self.value, unit=self.unit, qualifier=self.qualifier,
            horizon=self.horizon, kind=self.kind, strength=self.strength, binding=self.binding,
            category=self.category,
        )


def _pieces(text: str, separator: re.Pattern[str], start: int = 0, end: int | None = None,
            depths: list[int] | None = None) -> Iterator[tuple[int, int]]:
    """Ranges of ``text[start:end]`` between separators that stand outside quotation marks."""
    end = len(text) if end is None else end
    piece_start = start
    for match in separator.finditer(text, start, end):
        if depths is not None and depths[match.start()] > 0:
            continue
        yield piece_start, match.start()
        piece_start = match.end()
    yield piece_start, end


_BLANKS = " \t\u3000"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    stripped = piece.lstrip(_BLANKS)
    start += len(piece) - len(stripped)
    return start, start + len(stripped.rstrip(_BLANKS))


@dataclass
class _Sentence:
    """A sentence being read, with what it inherits from its paragraph and section (mutable
    only so that its clause ranges can be kept once split)."""

    text: str
    offset: int          # of ``text`` in the document
    section: Section | None
    horizon: str         # the paragraph's or section's horizon, already resolved
    context: str         # this and the previous sentence (for 约束性 / 预期性)
    is_item: bool        # an item of an announced list (办好 12 件民生实事：…)
    clauses: tuple[tuple[int, int], ...] = ()  # its clause ranges, once split


class _Detector:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.year = report_year(document)
        self.sections = SectionIndex(document, self.year)
        self.found: list[CommitmentCandidate] = []
        self._list_items = 0
        self._list_style = ""  # "numbered" or "semicolons" once the first item shows which
        self._deadlines: dict[str, str] = {}

    # -- reading order -------------------------------------------------------------------

    def run(self) -> list[CommitmentCandidate]:
        tense = Tense(self.year)
        text = self.document.text
        for block in self.document.blocks:
            if block.kind in _SKIPPED_BLOCKS or block.end <= block.start:
                continue
            paragraph = text[block.start:block.end]
            section = self.sections.at(block.start)
            mode = tense.paragraph(section, paragraph.lstrip())
            if mode in (Mode.REVIEW, Mode.NOTES):
                self._list_items = 0
                continue
            horizon = paragraph_horizon(paragraph, self.year) or (section.horizon if section else "") \
                or (str(self.year) if self.year else "")
            self._paragraph(block.start, paragraph, section, mode, horizon)
        return self.found

    def _paragraph(self, offset: int, paragraph: str, section: Section | None, mode: Mode, horizon: str) -> None:
        depths = quote_depths_if_quoted(paragraph)
        previous = ""
        for start, end in _pieces(paragraph, _SENTENCE_END, depths=depths):
            start, end = _trimmed(paragraph, start, end)
            if start >= end:
                continue
            sentence = paragraph[start:end]
            is_item = self._list_item(sentence, paragraph[end:end + 1])
            skip = (section is not None and offset + start < section.title_end and not is_item) \
                or (not is_item and not _triggered(sentence)) \
                or _past(sentence) \
                or (mode is Mode.UNKNOWN and not self._forward(sentence))
            if not skip:
                self._sentence(_Sentence(sentence, offset + start, section, horizon,
                                         previous + sentence, is_item))
            announced = _LIST_ANNOUNCE.search(sentence)
            if announced and not skip:
                number = announced.group(1)
                count = int(number) if number.isdigit() else chinese_numeral_value(number) or 0
                self._list_items = min(count, _MAX_LIST)
                self._list_style = ""
            previous = sentence

    def _list_item(self, sentence: str, ending: str) -> bool:
        """Whether ``sentence`` is the next item of an announced list (办好 12 件民生实事).

        Items are written either as numbered paragraphs (一、… / 1.…, explanations may follow
        each) or as clauses ending in ；with a 。 after the last one.  An announcement the
        report does not follow with such items (继续办好10件惠民实事。 then ordinary prose)
        opens no list.
        """
        if self._list_items <= 0:
            return False
        if match_marker(sentence) is not None and self._list_style in ("", "numbered"):
            self._list_style = "numbered"
        elif self._list_style == "numbered":
            return False  # an explanation under a numbered item
        elif ending in "；;":
            self._list_style = "semicolons"
        elif self._list_style == "semicolons" and ending in ("", "。", "！", "!"):
            self._list_items = 0  # the last item ends the list with a full stop
            return True
        else:
            self._list_items = 0
            return False
        self._list_items -= 1
        return True

    def _forward(self, sentence: str) -> bool:
        if any(cue in sentence for cue in FORWARD_CUES):
            return True
        return any(self._future_year(m) for m in DEADLINE.finditer(sentence))

    def _future_year(self, match: re.Match[str]) -> bool:
        year = int(match.group(1) or match.group(2))
        return self.year is None or year >= self.year

    # -- one sentence ------------------------------------------------------------------------

    def _sentence(self, sentence: _Sentence) -> None:
        text = sentence.text
        self._deadlines = {}  # per sentence: its clauses' deadlines
        ranges = tuple(_pieces(text, _CLAUSE_END, depths=quote_depths_if_quoted(text)))
        sentence.clauses = ranges  # split once, read by _horizon
        for index, (start, end) in enumerate(ranges):
            start, end = _trimmed(text, start, end)
            if start >= end:
                continue
            clause = text[start:end]
            if not (sentence.is_item and index == 0) and not _triggered(clause):
                continue  # nothing a commitment could be made of
            lead = strip_leads(clause)
            if lead.startswith(PURPOSE_LEADS):
                continue
            self._clause(sentence, start, clause, lead, first=index == 0)

    def _clause(self, sentence: _Sentence, start: int, clause: str, lead: str, first: bool) -> None:
        depths = quote_depths_if_quoted(clause)
        quantities = value_quantities(clause, depths)
        if quantities:
            self._quantified(sentence, start, clause, quantities, depths)
            return
        if self._special(sentence, start, clause):
            return
        if lead.startswith(_FRAMING):
            return
        parts = _pledge_parts(clause, depths)
        for part_start, part_end, predicate in parts:
            part = clause[part_start:part_end]
            if any(verb in part[:predicate.start] for verb in _FRAMING_VERBS):
                continue
            indicator, scope = pledge_indicator(part, predicate)
            hedges = [w for w in HEDGES if w in clause[:part_start + predicate.start]]
            qualifier = " ".join(hedges + ([predicate.adverb] if predicate.adverb else []))
            self._emit(sentence, start + part_start, start + part_end, clause[:part_end], CommitmentKind.PLEDGE,
                       indicator, scope + predicate.value, "", qualifier)
        if not parts and sentence.is_item and first:
            indicator, value = list_item_fields(clause)
            hedges = " ".join(w for w in HEDGES if w in clause)
            self._emit(sentence, start, start + len(clause), clause, CommitmentKind.PLEDGE, indicator,
                       value, "", hedges)

    def _quantified(self, sentence: _Sentence, start: int, clause: str, quantities: list[Quantity],
                    depths: list[int] | None) -> None:
        items = self._items(clause, [(q.start, q.end) for q in quantities], depths)
        indicators: list[str] = []
        plans: list[tuple[int, int, Quantity, int]] = []
        for (item_start, item_end), quantity in zip(items, quantities):
            after = _AFTER_QUALIFIER.match(clause, quantity.end)
            after_end = after.end() if after else quantity.end
            plans.append((item_start, item_end, quantity, after_end))
        # The last item's noun is shared by adjectival items before it (国家级、省级区域医疗中心).
        last_start, last_end, last_quantity, last_after = plans[-1]
        last = quantified_indicator(clause[last_start:last_end], _shifted(last_quantity, last_start),
                                    last_after - last_start, "")
        shared = shared_tail_of(last) if len(plans) > 1 else ""
        for item_start, item_end, quantity, after_end in plans:
            item = clause[item_start:item_end]
            indicators.append(quantified_indicator(item, _shifted(quantity, item_start),
                                                   after_end - item_start, shared))
        for (item_start, item_end, quantity, after_end), indicator in zip(plans, indicators):
            qualifier = qualifiers_of(clause[:quantity.start], clause[item_start:quantity.start],
                                      clause[quantity.end:])
            if quantity.approx:
                qualifier = " ".join(filter(None, (qualifier, quantity.approx)))
            self._emit(sentence, start + item_start, start + item_end, clause[:item_end],
                       CommitmentKind.QUANTIFIED, indicator, quantity.value, quantity.unit, qualifier)

    @staticmethod
    def _items(clause: str, spans: list[tuple[int, int]], depths: list[int] | None) -> list[tuple[int, int]]:
        """Split ``clause`` between consecutive values at a 、/和 lying between them."""
        if len(spans) == 1:
            return [_trimmed(clause, 0, len(clause))]
        cuts: list[tuple[int, int]] = []
        for (_s1, end1), (start2, _e2) in zip(spans, spans[1:]):
            separators = [m for m in _ITEM_SEPARATOR.finditer(clause, end1, start2)
                          if depths is None or depths[m.start()] == 0]
            if separators:
                cuts.append((separators[-1].start(), separators[-1].end()))
            else:
                cuts.append((-1, -1))
        items: list[tuple[int, int]] = []
        item_start = 0
        for cut_start, cut_end in cuts:
            if cut_start < 0:
                items.append(_trimmed(clause, 0, len(clause)))  # no separator: share the clause
                continue
            items.append(_trimmed(clause, item_start, cut_start))
            item_start = cut_end
        items.append(_trimmed(clause, item_start, len(clause)))
        return items

    def _special(self, sentence: _Sentence, start: int, clause: str) -> bool:
        """保二争三, relative targets (增速与经济增长同步) and doubling (倍增): quantified."""
        stretch = list(FIRM_AND_STRETCH.finditer(clause))
        if stretch:
            item_start = 0
            for match in stretch:
                firm, aim = (chinese_numeral_value(g) for g in match.groups())
                head = clause[item_start:match.start()]
                indicator = _unquoted(strip_actions(strip_leads(head)))
                end = match.end() + (1 if clause[match.end():match.end() + 1] in "”」" else 0)
                self._emit(sentence, start + item_start, start + end, clause[:end], CommitmentKind.QUANTIFIED,
                           indicator, f"{firm}-{aim}", "", match.group(0))
                separator = _ITEM_SEPARATOR.match(clause, end)
                item_start = separator.end() if separator else end
            return True
        relative = RELATIVE_TARGET.search(clause)
        if relative:
            relation = relative.group("relation")
            qualifier = "基本" if "基本" in relation else ""
            value = relation.replace("基本", "")
            value = value[:-2] if value.endswith("水平") else value
            indicator = strip_actions(strip_leads(relative.group("indicator")))
            self._emit(sentence, start, start + len(clause), clause, CommitmentKind.QUANTIFIED,
                       indicator, clean(value), "", qualifier)
            return True
        doubling = DOUBLING.search(clause)
        if doubling:
            indicator = strip_actions(strip_leads(doubling.group("indicator")))
            self._emit(sentence, start, start + len(clause), clause, CommitmentKind.QUANTIFIED,
                       indicator, "2", "倍", "")
            return True
        return False

    # -- fields ------------------------------------------------------------------------------

    def _emit(self, sentence: _Sentence, start: int, end: int, clause_to_end: str, kind: CommitmentKind,
              indicator: str, value: str, unit: str, qualifier: str) -> None:
        text = self.document.text
        absolute_start, absolute_end = sentence.offset + start, sentence.offset + end
        section = sentence.section
        titles = section.titles if section else ()
        clause_text = text[absolute_start:absolute_end]
        self.found.append(CommitmentCandidate(
            start=absolute_start,
            end=absolute_end,
            quote=clause_text,
            kind=kind,
            indicator=clean(indicator),
            value=value,
            unit=unit,
            qualifier=qualifier,
            horizon=self._horizon(sentence, end),
            strength=strength_of(clause_to_end),
            binding=binding_of(indicator, sentence.context),
            category=category_of(indicator, clause_text, titles),
            section=section.path if section else "",
        ))

    def _horizon(self, sentence: _Sentence, clause_end: int) -> str:
        """The clause's own deadline (到2030年, 三年内, “十五五”), or one standing as a clause of its
        own earlier in the sentence (到2025年，A，B), else the paragraph's or section's."""
        pieces = [sentence.text[s:min(e, clause_end)] for s, e in sentence.clauses if s < clause_end]
        scope = [p for p in pieces[:-1] if _TIME_PHRASE.match(p.strip())] + pieces[-1:]
        for text in reversed(scope):
            found = self._deadline(text)
            if found:
                return found
        return sentence.horizon

    def _deadline(self, text: str) -> str:
        known = self._deadlines.get(text)
        if known is None:
            known = self._deadlines[text] = self._read_deadline(text)
        return known

    def _read_deadline(self, text: str) -> str:
        deadlines = [m for m in DEADLINE.finditer(text) if self._future_year(m)]
        if deadlines:
            return deadlines[-1].group(1) or deadlines[-1].group(2)
        period = plan_period(text)
        if period:
            return period
        within = list(WITHIN_YEARS.finditer(text))
        if within and self.year is not None:
            raw = within[-1].group(1)
            years = int(raw) if raw.isdigit() else chinese_numeral_value(raw)
            if years and years > 1:
                return f"{self.year}-{self.year + years - 1}"
        return ""


def _pledge_parts(clause: str, depths: list[int] | None) -> list[tuple[int, int, Predicate]]:
    """The ranges of ``clause`` that each state one pledge, with their end states.

    ``推动雄忻高铁建成通车、太绥高铁开工建设`` holds two; ``A、B工程全面完工`` one (the nouns
    before the end state are its subjects); in ``坚决杜绝重特大事故、遏制较大事故`` the pledge
    stops where the next verb phrase (遏制…, not checkable) begins.
    """
    parts = [_trimmed(clause, s, e) for s, e in _pieces(clause, _LIST_COMMA, depths=depths)]
    if len(parts) > 1:
        with_end = [(s, e, found) for s, e in parts if (found := find_predicate(clause[s:e])) is not None]
        if len(with_end) >= 2:
            first = with_end[0]
            return [(0, first[1], find_predicate(clause[:first[1]]) or first[2])] + [
                (s, e, found) for s, e, found in with_end[1:]]
    predicate = find_predicate(clause)
    if predicate is None:
        return []
    end = len(clause)
    for part_start, _part_end in parts:
        if part_start > predicate.end and clause[part_start:].startswith(_VERB_PHRASE_OPENERS):
            end = clause.rfind("、", 0, part_start)
            break
    start, end = _trimmed(clause, 0, end)
    if end < len(clause):
        predicate = find_predicate(clause[start:end]) or predicate
    return [(start, end, predicate)]


def _shifted(quantity: Quantity, offset: int) -> Quantity:
    return Quantity(quantity.start - offset, quantity.end - offset, quantity.value, quantity.unit,
                    quantity.approx, quantity.arabic)


def _unquoted(text: str) -> str:
    return text.rstrip("“「『\"")


def detect_commitments(document: Document) -> list[CommitmentCandidate]:
    """Candidates in document order (see the module documentation for the rules)."""
    return _Detector(document).run()


def describe_passage(document: Document, start: int, end: int) -> CommitmentCandidate:
    """The fields of a passage a reader tracks by hand ("Track as commitment").

    The passage is read as planned text (no review or tense test: the reader decided): the
    first commitment the rules find inside it lends its fields, spanning the whole passage;
    otherwise it is a pledge whose indicator is the passage itself.
    """
    detector = _Detector(document)
    text = document.text[start:end]
    section = detector.sections.at(start)
    horizon = (section.horizon if section else "") or (str(detector.year) if detector.year else "")
    for piece_start, piece_end in _pieces(text, _SENTENCE_END):
        piece_start, piece_end = _trimmed(text, piece_start, piece_end)
        if piece_start < piece_end:
            sentence = text[piece_start:piece_end]
            detector._sentence(_Sentence(sentence, start + piece_start, section, horizon, sentence, True))
    inside = [c for c in detector.found if start <= c.start and c.end <= end]
    if inside:
        return replace(inside[0], start=start, end=end, quote=text)
    indicator = strip_actions(strip_leads(text))
    return CommitmentCandidate(
        start=start, end=end, quote=text, kind=CommitmentKind.PLEDGE, indicator=indicator, value="",
        unit="", qualifier="", horizon=horizon, strength=strength_of(text),
        binding=binding_of(indicator, text), category=category_of(indicator, text, section.titles if section else ()),
        section=section.path if section else "",
    )
