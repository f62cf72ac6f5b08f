"""Quantities in a clause: numbers (Arabic or Chinese, single or ranges) with a measure word.

A quantity is only a *value* when it is what the clause commits to.  The same figures also
appear as attributes (``4.3米及以下焦炉``, ``人口 20 万以上的县``), ranks (``后十位``),
names (``三个一号旅游公路``, ``中央八项规定``, anything inside quotation marks such as
``“7×24小时”``) — :func:`value_quantities` keeps the values and drops the rest, by the shape
of the words around the number rather than by a list of known phrases.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from document.commitment_lexicon import (
    ACTION_VERBS, CHINESE_DIGITS, HEDGES, LINK_VERBS, QUALIFIERS_BEFORE, UNIT_PATTERN,
)
from document.cjk import is_cjk
from document.numbering import chinese_numeral_value

_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_RANGE_SEPARATOR = r"\s*(?:-|—|–|－|～|~|至|到)\s*"
_CHINESE = rf"[{CHINESE_DIGITS}]+"
# Measure words a Chinese numeral may take: the common counters only.  With a wider list,
# words such as 一站式, 三期 or 一体化 would read as quantities.
_CHINESE_UNITS = r"(?:个百分点|百分点|个|项|件|家|所|座|条|台|套|场|处|倍)"
QUANTITY = re.compile(
    rf"(?<![\d.A-Za-z])(?P<number>(?:{_ARABIC})(?:[%％]?{_RANGE_SEPARATOR}(?:{_ARABIC}))?)"
    rf"\s*(?P<approx>余|多)?\s*(?P<unit>{UNIT_PATTERN})"
    rf"|(?P<cnumber>{_CHINESE}(?:{_RANGE_SEPARATOR}{_CHINESE})?)(?P<capprox>余|多)?(?P<cunit>{_CHINESE_UNITS})"
)
_OPEN_QUOTES = "“「『《\""
_CLOSE_QUOTES = "”」』》\""
_QUOTE_MARK = re.compile("[“「『《”」』》\"]")
_THRESHOLD_AFTER = re.compile(r"\s*及以[下上]")
_ATTRIBUTE_AFTER = re.compile(r"\s*(?:左右|以上|以内|以下|上下|之内)?\s*的")
_RATE_BEFORE = re.compile(r"每(?:个|一个)?\S?\s*$")
_SIZE_CLASS = re.compile(rf"[{CHINESE_DIGITS}]+[万亿]*级")
_PLACE_SUFFIX = "山河湖江海路街村镇县市区省岛门寺桥关"
_FROM_BEFORE = re.compile(r"从[^，；。从到至]{0,16}$")
_CHANGE_TO = re.compile(r"\s*(?:[、，][^，；。]{0,12})?(?:提高|增加|扩大|提升|降低|下降|减少|调整|增长|压减|缩小)(?:到|至)")
_STRUCTURE_AFTER = ("方面", "大方面", "部分")
_AGE_BEFORE = re.compile(r"满\s*$")
_RANK_BEFORE = ("前", "后", "第", "排名", "位居", "居")
_VALUE_BEFORE_CHINESE = tuple(ACTION_VERBS) + tuple(LINK_VERBS) + tuple(QUALIFIERS_BEFORE) + tuple(HEDGES) + (
    "、", "和", "及", "等", "每年", "每", "共", "总计", "合计",
)


@dataclass(frozen=True)
class Quantity:
    """A number with its measure word, at ``start:end`` of the clause it was found in.

    ``value`` is normalised: Arabic digits, no thousands separators, a range as ``2-3``.
    ``approx`` is 余/多 when the report wrote ``200 余项``.
    """

    start: int
    end: int
    value: str
    unit: str
    approx: str
    arabic: bool


def _chinese_value(numeral: str) -> int | None:
    """1-9999 written in Chinese numerals (千 handled here, the rest by the outline's parser)."""
    if "千" in numeral:
        thousands, _, rest = numeral.partition("千")
        lead = chinese_numeral_value(thousands) if thousands else 1
        rest = rest.lstrip("零〇")
        tail = chinese_numeral_value(rest) if rest else 0
        if lead is None or tail is None or lead > 9:
            return None
        return lead * 1000 + tail
    return chinese_numeral_value(numeral.replace("〇", "零"))


def _normal_number(text: str) -> str | None:
    parts = re.split(_RANGE_SEPARATOR, text.strip().replace("%", "").replace("％", ""))
    values: list[str] = []
    for part in parts:
        if not part:
            return None
        if part[0].isdigit():
            values.append(part.replace(",", ""))
            continue
        number = _chinese_value(part)
        if number is None:
            return None
        values.append(str(number))
    return "-".join(values)


def quote_depths(text: str) -> list[int]:
    """For each character of ``text``, how many quotation marks enclose it (0: running text).

    Only the quotation marks are visited (found by a regular expression), and the depths in
    between are filled a slice at a time, since this runs on every sentence of a long report.
    """
    depths = [0] * len(text)
    depth = 0
    straight_open = False
    previous = 0
    for match in _QUOTE_MARK.finditer(text):
        index, ch = match.start(), match.group(0)
        if depth:
            depths[previous:index] = [depth] * (index - previous)
        if ch == '"':
            straight_open = not straight_open
            depth = max(depth + (1 if straight_open else -1), 0)
            depths[index] = max(depth, 0) if straight_open else depth + 1
        elif ch in _OPEN_QUOTES:
            depth += 1
            depths[index] = depth
        else:
            depths[index] = depth
            depth = max(depth - 1, 0)
        previous = index + 1
    if depth:
        depths[previous:] = [depth] * (len(text) - previous)
    return depths


def quote_depths_if_quoted(text: str) -> list[int] | None:
    """:func:`quote_depths`, or None when ``text`` has no quotation mark (nothing is quoted)."""
    return quote_depths(text) if _QUOTE_MARK.search(text) else None


def find_quantities(clause: str) -> list[Quantity]:
    """Every number-with-measure-word in ``clause`` (values, attributes and names alike)."""
    found: list[Quantity] = []
    for match in QUANTITY.finditer(clause):
        if match.group("number") is not None:
            raw, approx, unit, arabic = match.group("number"), match.group("approx"), match.group("unit"), True
        else:
            raw, approx, unit, arabic = match.group("cnumber"), match.group("capprox"), match.group("cunit"), False
        value = _normal_number(raw)
        if value is None:
            continue
        found.append(Quantity(match.start(), match.end(), value, unit.replace("％", "%"), approx or "", arabic))
    return found


def _is_name(clause: str, quantity: Quantity, depths: list[int] | None) -> bool:
    """Part of a proper name or slogan rather than an amount."""
    if depths is not None and depths[quantity.start] > 0:
        return True  # “1+N”, “7×24小时”, “六项创新工程”
    after = clause[quantity.end:quantity.end + 1]
    if quantity.arabic:
        return bool(after) and (after in "号期" or (after.isascii() and after.isalnum()))
    if after and (after in _OPEN_QUOTES or after in _PLACE_SUFFIX or (
            after in CHINESE_DIGITS and not _SIZE_CLASS.match(clause, quantity.end))):
        return True  # 三个一号旅游公路, 两个“确立”, 五台山 — but 六条千亿级产业链 counts chains
    before = clause[:quantity.start].rstrip()
    if before.endswith("每") and quantity.value == "1":
        return True  # 每一项部署: "every", not one
    # A Chinese numeral counts something when a verb, a qualifier or a list leads to it;
    # after a noun it names something (中央八项规定).
    return bool(before) and not before.endswith(_VALUE_BEFORE_CHINESE)


def is_attribute(clause: str, quantity: Quantity) -> bool:
    """``4.3米及以下焦炉``, ``人口 20 万以上的县``: a figure describing what the clause is about.

    ``每件 1 元的补贴`` is a rate, which is a value.
    """
    rest = clause[quantity.end:]
    if _THRESHOLD_AFTER.match(rest) or _AGE_BEFORE.search(clause[:quantity.start]):
        return True  # 4.3米及以下焦炉, 满3岁即入园
    if not _ATTRIBUTE_AFTER.match(rest):
        return False
    return not _RATE_BEFORE.search(clause[:quantity.start])


def _is_rank(clause: str, quantity: Quantity) -> bool:
    return clause[:quantity.start].rstrip().endswith(_RANK_BEFORE)


def _is_baseline(clause: str, quantity: Quantity) -> bool:
    """``从每人每月2375元提高到2423元``: the figure after 从 is where it starts, not the target."""
    return bool(_FROM_BEFORE.search(clause[:quantity.start])) and bool(_CHANGE_TO.search(clause, quantity.end))


def _is_age_attribute(clause: str, quantity: Quantity) -> bool:
    """``65岁以上老年人``, ``0—6岁儿童``: an age describing people; ``扩面到0—15岁`` is a value."""
    if quantity.unit != "岁":
        return False
    rest = re.sub(r"^\s*(?:及以上|及以下|以上|以下)", "", clause[quantity.end:])
    return bool(rest) and is_cjk(rest[0]) and rest[0] not in "，、；。：）”"


def _is_structure(clause: str, quantity: Quantity) -> bool:
    """``以下10个方面``: how a text is organised, not what it commits to."""
    return clause[quantity.end:].lstrip().startswith(_STRUCTURE_AFTER) \
        or clause[:quantity.start].rstrip().endswith(("以下", "如下"))


def value_quantities(clause: str, depths: list[int] | None = None) -> list[Quantity]:
    """The quantities of ``clause`` that are values a commitment could be measured by
    (``depths``: :func:`quote_depths_if_quoted` of the clause, when the caller has it)."""
    if depths is None:
        depths = quote_depths_if_quoted(clause)
    kept: list[Quantity] = []
    chain_ok = True
    for quantity in find_quantities(clause):
        if not quantity.arabic:
            before = clause[:quantity.start].rstrip()
            if not before:
                chain_ok = False  # 一条跑道、一条小径…: listed things, no verb commits to them
                continue
            if before.endswith("、") and not chain_ok:
                continue
            chain_ok = True
        kept.append(quantity)
    return [
        quantity for quantity in kept
        if not _is_name(clause, quantity, depths)
        and not _is_rank(clause, quantity)
        and not _is_structure(clause, quantity)
        and not _is_baseline(clause, quantity)
        and not _is_age_attribute(clause, quantity)
        and not is_attribute(clause, quantity)
    ]
