"""Utf16Index (gui/qt_offsets.py): code points ↔ Qt's UTF-16 positions, checked against Python's
own UTF-16 encoder on random text mixing ASCII, CJK and characters outside the BMP."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gui.qt_offsets import Utf16Index

ALPHABET = st.sampled_from(["a", "中", "。", "\n", "😀", "𠀀", "\u2028", "é"])
TEXTS = st.lists(ALPHABET, max_size=60).map("".join)


def utf16_position(text: str, offset: int) -> int:
    return len(text[:offset].encode("utf-16-le")) // 2


@given(TEXTS)
def test_to_qt_and_back_agree_with_the_utf16_encoder(text):
    index = Utf16Index(text)
    assert index.length == len(text)
    for offset in range(len(text) + 1):
        position = index.to_qt(offset)
        assert position == utf16_position(text, offset)
        assert index.from_qt(position) == offset


@given(TEXTS)
def test_a_position_between_the_halves_of_a_pair_belongs_to_that_character(text):
    index = Utf16Index(text)
    for offset, char in enumerate(text):
        if ord(char) > 0xFFFF:
            assert index.from_qt(index.to_qt(offset) + 1) == offset


def test_text_without_wide_characters_is_the_identity():
    for text in ("", "ascii only", "中文与标点。\n全角ＡＢＣ"):
        index = Utf16Index(text)
        assert index.identity
        assert [index.to_qt(i) for i in range(len(text) + 1)] == list(range(len(text) + 1))
    assert not Utf16Index("😀").identity


def test_wide_characters_shift_everything_after_them():
    index = Utf16Index("😀开幕𠀀词")
    assert [index.to_qt(i) for i in range(6)] == [0, 2, 3, 4, 6, 7]
    assert [index.from_qt(p) for p in range(8)] == [0, 0, 1, 2, 3, 3, 4, 5]
