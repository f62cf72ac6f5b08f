"""Reading a commitment's fields out of its clause: indicator, value, unit, qualifier, strength…

The indicator is *the thing measured*, never the verb: ``新建 5G 基站 2.5 万个`` measures
``5G基站``; ``推动雄忻高铁建成通车`` is about ``雄忻高铁``.  Rates keep their rate verb
(``地区生产总值增长`` 6%), because the level and the growth of GDP are different indicators.
The rules strip what surrounds the noun phrase — list markers, times, hedges, adverbs, action
verbs, link verbs — using the word lists of :mod:`document.commitment_lexicon`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from document.annotation import CommitmentBinding, CommitmentStrength
from document.commitment_lexicon import (
    ACTION_VERBS, BINDING_INDICATORS, BINDING_WORD, BOTTOM_LINE, CATEGORIES, DISTRIBUTIVE, END_STATES,
    EXPECTED_WORD, FIRM_WORDS, GRADUAL, HEDGES, LEAD_WORDS, LINK_VERBS, PLEDGE_QUALIFIERS, QUALIFIERS_AFTER,
    QUALIFIERS_BEFORE,
)
from document.commitment_numbers import Quantity

class Words:
    """A word list with the two regular expressions that strip its words from either end.

    Clauses are stripped thousands of times in a long report; one anchored alternation (longest
    word first) replaces a Python loop over a hundred ``startswith`` calls.
    """

    def __init__(self, *groups: tuple[str, ...]) -> None:
        self.words = tuple(sorted({w for group in groups for w in group}, key=len, reverse=True))
        alternation = "|".join(re.escape(w) for w in self.words)
        self.prefix = re.compile(f"(?:{alternation})")
        self.suffix = re.compile(f"(?:{alternation})$")

    def __add__(self, other: "Words") -> "Words":
        return Words(self.words, other.words)


_SPACE_BETWEEN = re.compile(r"\s+")
_EDGE_PUNCTUATION = "，,、；;：:。.！!？? \u3000"
_LIST_MARKER = re.compile(
    r"^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、]?|其[一二三四五六七八九十][，,、]?"
    r"|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、](?!\d))"
)
_SUBJECT_LEAD = re.compile(r"^(?:各位代表[，,]?|我们|我省|全省|本市|全市|省政府|市政府|政府)?(?:要|将|还要|必须|还将)")
_TIME_LEAD = re.compile(
    r"^(?:到|至|在)?\s*20\d\d\s*年(?:底|末|前|之前)?[，,]?"
    r"|^(?:今年|明年|今后五年|未来五年|五年内|全年)[，,]?"
    r"|^(?:在)?(?:今后|未来)?[一二两三四五六七八九十\d]+\s*年(?:内|之内)[，,]?"
)
_PREPOSITION_END = ("对", "向", "给", "为", "把", "将", "在")
_PREPOSITION_START = ("在", "对", "向", "为", "按", "从", "于")
_ADJECTIVAL_END = re.compile(r"(?:级|型|类|性)$")
_ADJECTIVAL_LEAD = re.compile(r"^[^级型类性、，]{1,6}(?:级|型|类|性)")
_TRAILING_WORK = Words(("建设", "工作", "改造工程"))
_NUMERIC_ATTRIBUTE = re.compile(r"^[^的，]*\d[^的，]*的")
# An object that only says "the task set from above": the subject names what is measured.
_GENERIC_OBJECT = re.compile(r"^(?:国家|上级|中央|省|市)?(?:下达|确定|部署|交办)的(?:各项)?(?:目标)?任务$")
_SCOPE_REDUPLICATION = re.compile(r"(县县|村村|乡乡|镇镇|市市|户户|校校)$")
_OBJECT_CUT = re.compile(
    r"(?:全部|全面|基本)?(?:" + "|".join(sorted(END_STATES, key=len, reverse=True)) + r"|进行|开展|覆盖)"
)
_ALL_LEADS = Words(LEAD_WORDS, HEDGES, FIRM_WORDS, ("集中精力", "预计", "不折不扣", "加快"))
_ACTIONS = Words(ACTION_VERBS)
_LINKS = Words(LINK_VERBS, QUALIFIERS_BEFORE, ("提高", "提升", "扩面到"))
_PLEDGE_ADVERBS = Words(PLEDGE_QUALIFIERS, ("及早", "早日", "顺利", "如期", "按期", "率先"))
_SUBJECT_TAIL = _PLEDGE_ADVERBS + Words(HEDGES, ("实现", "不折不扣", "高标准"))
_GRADUAL = re.compile("|".join(GRADUAL))
_LEADS_AND_ACTIONS = _ALL_LEADS + _ACTIONS
# End states that take no object: they must close the clause (全覆盖提质工程 is a name).
_INTRANSITIVE = ("全覆盖", "通车", "通航", "完工", "竣工", "投运", "投产", "复流", "关停", "落成", "清零",
                 "建成通车", "建成通航", "建成投运", "建成投产", "建成运营", "开工建设")
# Verbs whose object is the end state itself (实现“县县通高速”, 达到国家二级标准).
_ATTAINMENT = ("实现", "达到", "基本实现", "全面实现")
_ATTAINMENT_OBJECT = re.compile(r"^(?:.*[”」』\"]$|全覆盖|零|全部|全面|.{0,14}(?:标准|水平|优良|目标|任务)$)")
_STRONG_ATTAINMENT = ("基本实现", "全面实现")
_PROGRESS = ("进展", "成效", "突破", "步伐", "提升", "提高", "改善", "成果", "更高水平", "新水平", "新台阶", "新高度")
# 是 as a copula (…时期是基本实现…) describes; 把X建成Y turns X into a metaphor.
_DESCRIPTIVE = re.compile(r"(?<![一二三四五六七八九十])是|把")
_ANAPHORA = ("上述", "以上", "这些", "这一", "此项", "前述", "各项目标", "全年目标", "目标任务")
_ISSUANCE = ("出台", "制定出台", "制定", "印发", "颁布")
_ISSUANCE_OBJECT = re.compile(r"(?:文件|政策|规划|方案|办法|条例|规定|意见|清单|计划|措施|体系|标准|纲要)")
_STRENGTH_HEDGES = re.compile("|".join(HEDGES))


def clean(text: str) -> str:
    """Spaces between words removed (``5G 基站`` → ``5G基站``) and stray punctuation trimmed."""
    return _SPACE_BETWEEN.sub("", text).strip(_EDGE_PUNCTUATION)


def _strip_prefixes(text: str, words: Words, whole: bool = False) -> str:
    """``text`` without any of ``words`` in front (repeatedly); ``whole`` lets it become empty."""
    while text:
        match = words.prefix.match(text)
        if match is None or (not whole and match.end() >= len(text)):
            return text
        text = text[match.end():].lstrip(_EDGE_PUNCTUATION)
    return text


def _strip_suffixes(text: str, words: Words) -> str:
    while text:
        match = words.suffix.search(text)
        if match is None:
            return text
        text = text[:match.start()].rstrip(_EDGE_PUNCTUATION)
    return text


def strip_leads(text: str) -> str:
    """Remove what opens a clause without naming anything: 一是, 到2025年, 我们要, 力争, 全力…"""
    text = clean(text)
    while True:
        before = text
        for pattern in (_LIST_MARKER, _SUBJECT_LEAD, _TIME_LEAD, DISTRIBUTIVE):
            match = pattern.match(text)
            if match and match.end() < len(text):
                text = text[match.end():].lstrip(_EDGE_PUNCTUATION)
        text = _strip_prefixes(text, _ALL_LEADS)
        if text == before:
            return text


def strip_actions(text: str) -> str:
    """Remove the action verbs that open an object: 新建 5G 基站 → 5G基站."""
    return _strip_prefixes(clean(text), _ACTIONS, whole=True)


def qualifiers_of(clause_prefix: str, near_value: str = "", after_value: str = "") -> str:
    """Hedges and distributives of the clause, then the words bounding the value, in order."""
    found: list[str] = []
    for word in HEDGES + FIRM_WORDS:
        if word in clause_prefix and not any(word in longer for longer in found):
            found.append(word)
    for match in DISTRIBUTIVE.finditer(clause_prefix):
        found.append(match.group(0))
    for word in sorted(QUALIFIERS_BEFORE, key=len, reverse=True):
        if near_value.rstrip().endswith(word):
            if word not in ("控制在", "保持在", "稳定在", "力争达到"):
                found.append(word)
            break
    for word in QUALIFIERS_AFTER:
        if after_value.lstrip().startswith(word):
            found.append(word)
            break
    ordered = sorted(dict.fromkeys(found), key=lambda w: (clause_prefix + near_value).find(w)
                     if w in clause_prefix + near_value else 10_000)
    return " ".join(ordered)


def strength_of(text: str) -> CommitmentStrength:
    return CommitmentStrength.AIM if _STRENGTH_HEDGES.search(text) else CommitmentStrength.FIRM


def binding_of(indicator: str, context: str) -> CommitmentBinding:
    """Binding where the report says 约束性 or the indicator is binding by planning convention."""
    if EXPECTED_WORD in context:
        return CommitmentBinding.EXPECTED
    if BINDING_WORD in context or any(word in indicator for word in BINDING_INDICATORS):
        return CommitmentBinding.BINDING
    return CommitmentBinding.EXPECTED


# One scan per text: every category word in one alternation (longest first), each word
# knowing the rank of the first category that lists it; the lowest rank found wins.
_CATEGORY_RANK: dict[str, int] = {}
for _rank, (_name, _words) in enumerate(CATEGORIES):
    for _word in _words:
        _CATEGORY_RANK.setdefault(_word, _rank)
_CATEGORY_WORDS = re.compile("|".join(re.escape(w) for w in sorted(_CATEGORY_RANK, key=len, reverse=True)))


def category_of(indicator: str, clause: str, titles: tuple[str, ...]) -> str:
    for text in (indicator, clause, *reversed(titles)):
        ranks = [_CATEGORY_RANK[m.group(0)] for m in _CATEGORY_WORDS.finditer(text)]
        if ranks:
            return CATEGORIES[min(ranks)][0]
    return ""


# --- quantified targets ------------------------------------------------------------------------

def _tail_noun(tail: str) -> str:
    """The noun phrase after a value (个 高速公路项目 …) up to where the clause goes on.

    A figure describing it (``80—150个托位的``) is not part of its name.
    """
    tail = clean(tail).lstrip("的")
    tail = _NUMERIC_ATTRIBUTE.sub("", tail)
    cut = _OBJECT_CUT.search(tail)
    if cut and cut.start() > 0:
        tail = tail[:cut.start()]
    return _strip_suffixes(clean(tail), _TRAILING_WORK)


def quantified_indicator(item: str, quantity: Quantity, after_end: int, shared_tail: str) -> str:
    """The indicator of ``quantity`` inside ``item`` (both offsets relative to ``item``).

    ``shared_tail`` is the noun a list of values shares (推进 3 个国家级、4 个省级区域医疗中心:
    ``区域医疗中心``), appended to an adjectival indicator such as ``国家级``.
    """
    head = strip_leads(item[:quantity.start])
    head = DISTRIBUTIVE.sub("", head)
    head = _strip_suffixes(_strip_prefixes(head, _LEADS_AND_ACTIONS, whole=True), _LINKS)
    if head.startswith(_PREPOSITION_START) or head.endswith(_PREPOSITION_END + ("等", "的")):
        head = ""
    indicator = head or _tail_noun(item[after_end:])
    if _ADJECTIVAL_END.search(indicator) and shared_tail:
        indicator += shared_tail
    return clean(indicator)


def shared_tail_of(last_indicator: str) -> str:
    """区域医疗中心 from 省级区域医疗中心: what follows the last item's own modifier."""
    match = _ADJECTIVAL_LEAD.match(last_indicator)
    return last_indicator[match.end():] if match else ""


# --- pledges -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Predicate:
    """The end state of a pledge: where it is in the clause and how it reads."""

    start: int
    end: int
    value: str        # 建成通车, 消除, 达到国家二级标准, 守住 …
    adverb: str       # 基本 / 全面 / 全部 … said right before (or as part of) it
    object_start: int  # where the object begins (== end when there is none)
    object_end: int


_END_STATE = re.compile("|".join(sorted(END_STATES, key=len, reverse=True)))


def _split_adverb(verb: str) -> tuple[str, str]:
    for adverb in ("基本", "全面", "全部"):
        if verb.startswith(adverb) and len(verb) > len(adverb):
            return adverb, verb[len(adverb):]
    return "", verb


def find_predicate(clause: str) -> Predicate | None:
    """The checkable end state of ``clause``, or None when it only describes effort."""
    bottom = BOTTOM_LINE.search(clause)
    if bottom:
        verb_end = bottom.start("object")
        return Predicate(bottom.start(), verb_end, clause[bottom.start():verb_end], "",
                         verb_end, bottom.end("object"))
    body = clause.rstrip(_EDGE_PUNCTUATION + "运营使用")
    for match in _END_STATE.finditer(clause):
        verb = match.group(0)
        adverb, core = _split_adverb(verb)
        rest = clean(clause[match.end():])
        if core in _INTRANSITIVE or verb in _INTRANSITIVE:
            if match.end() < len(body):
                continue
        if rest.startswith(_ANAPHORA) or (core in _ATTAINMENT and rest.endswith(_PROGRESS)) \
                or (core in _ATTAINMENT and rest.startswith(("今年", "全年", "年度"))):
            continue  # 实现上述目标 (stated elsewhere), 实现…取得决定性进展 (progress, not an end)
        if core in _ATTAINMENT or verb in _ATTAINMENT:
            nested = _END_STATE.match(rest)
            if nested and nested.group(0) in _INTRANSITIVE:
                continue  # 实现全覆盖: the nested end state is the predicate
            if not rest or (verb not in _STRONG_ATTAINMENT and not _ATTAINMENT_OBJECT.match(rest)):
                continue
        if core in _ISSUANCE and not _ISSUANCE_OBJECT.search(rest):
            continue
        if _GRADUAL.search(clause, 0, match.start()) or _DESCRIPTIVE.search(clause, 0, match.start()):
            return None
        before = clause[:match.start()].rstrip()
        for word in _PLEDGE_ADVERBS.words:
            if before.endswith(word):
                adverb = adverb or word
                break
        value = core
        if core in ("达到", "达"):
            value = core + rest
        return Predicate(match.start(), match.end(), value, adverb, match.end(), len(body))
    return None


def pledge_indicator(clause: str, predicate: Predicate) -> tuple[str, str]:
    """(indicator, extra value prefix) of a pledge: its object, else its subject."""
    if predicate.value.startswith("达到"):
        subject = clause[:predicate.start]
        return _subject(subject), ""
    obj = clean(clause[predicate.object_start:predicate.object_end])
    obj = _strip_suffixes(obj, _TRAILING_WORK)
    if obj and not (_GENERIC_OBJECT.match(obj) and _subject(clause[:predicate.start])):
        return obj, ""
    subject = clause[:predicate.start]
    scope = _SCOPE_REDUPLICATION.search(clean(subject))
    if scope:
        return _subject(clean(subject)[:scope.start()]), scope.group(1)
    return _subject(subject), ""


def _subject(text: str) -> str:
    text = strip_leads(text)
    text = _strip_prefixes(text, _ACTIONS)
    text = _strip_suffixes(text, _SUBJECT_TAIL)
    return clean(text)


def list_item_fields(clause: str) -> tuple[str, str]:
    """(indicator, value) of a listed item with no end state: 实施 / 扶残助学圆梦工程."""
    text = strip_leads(clause)
    match = _ACTIONS.prefix.match(text)
    if match and match.end() < len(text):
        return clean(text[match.end():]), match.group(0)
    return clean(text), ""
