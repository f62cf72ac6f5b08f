"""Character classes for Chinese text, shared by the parser, the outline and find."""
from __future__ import annotations

import unicodedata

# Ranges of ideographs, kana, hangul and the CJK / full-width punctuation blocks.
_CJK_RANGES = (
    (0x2E80, 0x2FDF),   # radicals
    (0x3000, 0x303F),   # CJK symbols and punctuation (、。「」…)
    (0x3040, 0x30FF),   # kana
    (0x3100, 0x312F),   # bopomofo
    (0x3190, 0x31FF),
    (0x3400, 0x4DBF),   # extension A
    (0x4E00, 0x9FFF),   # unified ideographs
    (0xAC00, 0xD7AF),   # hangul
    (0xF900, 0xFAFF),   # compatibility ideographs
    (0xFE30, 0xFE4F),   # compatibility forms (vertical punctuation)
    (0xFF00, 0xFFEF),   # full-width forms (，：；（）！？)
    (0x20000, 0x3FFFF),  # extensions B and later (non-BMP)
)

# Punctuation that Chinese typesetting uses in running text although it is not in a CJK block.
_CJK_STYLE_PUNCTUATION = frozenset("‘’“”…—·")

# Sentence-final punctuation (docs/architecture.md §7) — a paragraph ending in one of these is complete.
SENTENCE_FINAL = frozenset("。！？；：…”」』）】》.!?;:\")]>'")


def is_cjk(ch: str) -> bool:
    """True for CJK ideographs, kana, hangul and CJK/full-width punctuation."""
    if not ch:
        return False
    if ch in _CJK_STYLE_PUNCTUATION:
        return True
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _CJK_RANGES)


def is_punctuation(ch: str) -> bool:
    return bool(ch) and unicodedata.category(ch).startswith(("P", "S"))


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with sentence-final punctuation (trailing spaces ignored)."""
    stripped = text.rstrip()
    return bool(stripped) and stripped[-1] in SENTENCE_FINAL
