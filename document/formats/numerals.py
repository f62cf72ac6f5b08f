"""Word's list number formats (``w:numFmt``) rendered as the text Word shows.

Only the formats that occur in Chinese and English reports are spelt out; any other falls
back to decimal, which keeps the number readable.
"""
from __future__ import annotations

_DIGITS = "〇一二三四五六七八九"
_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
_EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PARENTHESIZED = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_FULL_STOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"


def chinese_counting(value: int, digits: str = "零一二三四五六七八九", units: str = "十百千") -> str:
    """一 … 十, 十一 … 九十九, 一百零一 … as Word's chineseCounting writes them (1–9999)."""
    if value <= 0 or value > 9999:
        return str(value)
    parts: list[str] = []
    zero_pending = False
    for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        digit = value // power % 10
        if digit == 0:
            zero_pending = bool(parts)
            continue
        if zero_pending:
            parts.append(digits[0])
            zero_pending = False
        if not (power == 10 and digit == 1 and not parts):
            parts.append(digits[digit])      # 十一, not 一十一
        parts.append(unit)
    return "".join(parts)


def _letters(value: int) -> str:
    letter = chr(ord("a") + (value - 1) % 26)
    return letter * ((value - 1) // 26 + 1)


def _roman(value: int) -> str:
    parts = []
    for amount, numeral in _ROMAN:
        while value >= amount:
            parts.append(numeral)
            value -= amount
    return "".join(parts)


def _from_table(table: str, value: int, fallback: str) -> str:
    return table[value - 1] if 1 <= value <= len(table) else fallback


def format_number(value: int, num_fmt: str) -> str:
    """The counter ``value`` written in the list number format ``num_fmt``."""
    if num_fmt == "none":
        return ""
    if value <= 0:
        return str(value)
    if num_fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting",
                   "taiwaneseCounting", "taiwaneseCountingThousand"):
        return chinese_counting(value)
    if num_fmt == "chineseLegalSimplified":
        return chinese_counting(value, _LEGAL_DIGITS, "拾佰仟")
    if num_fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join(_DIGITS[int(d)] for d in str(value))
    if num_fmt == "ideographTraditional":
        return _from_table(_HEAVENLY_STEMS, value, str(value))
    if num_fmt == "ideographZodiac":
        return _from_table(_EARTHLY_BRANCHES, value, str(value))
    if num_fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return _from_table(_CIRCLED, value, f"({value})")
    if num_fmt == "decimalEnclosedParen":
        return _from_table(_PARENTHESIZED, value, f"({value})")
    if num_fmt == "decimalEnclosedFullstop":
        return _from_table(_FULL_STOP, value, f"{value}.")
    if num_fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return "".join(chr(ord(d) - ord("0") + ord("０")) for d in str(value))
    if num_fmt == "decimalZero":
        return f"{value:02d}"
    if num_fmt == "lowerLetter":
        return _letters(value)
    if num_fmt == "upperLetter":
        return _letters(value).upper()
    if num_fmt == "lowerRoman":
        return _roman(value)
    if num_fmt == "upperRoman":
        return _roman(value).upper()
    return str(value)
