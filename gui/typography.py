"""Fonts and block/char formats for comfortable Chinese reading.

Headings are styled by outline level (never by ``#`` count), paragraphs get a 2-character
first-line indent and a line height of 1.7 as Chinese readers expect, and colours come from
the palette so dark mode works without a second stylesheet.
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetricsF, QPalette, QTextBlockFormat, QTextCharFormat, QTextFormat

READING_FAMILIES = [
    "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
    "WenQuanYi Micro Hei", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "sans-serif",
]
MONO_FAMILIES = ["Noto Sans Mono CJK SC", "DejaVu Sans Mono", "Consolas", "Menlo", "monospace"]
LINE_HEIGHT_PERCENT = 170
MAX_LINE_EM = 38  # readable measure: about 38 Chinese characters per line
HEADING_SCALE = {0: 1.7, 1: 1.45, 2: 1.2, 3: 1.08}
BLOCK_INDENT_PX = 24


def reading_font(point_size: int) -> QFont:
    font = QFont()
    font.setFamilies(READING_FAMILIES)
    font.setPointSize(point_size)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


def mono_font(point_size: int) -> QFont:
    font = QFont()
    font.setFamilies(MONO_FAMILIES)
    font.setPointSize(max(8, point_size - 2))
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def palette_key(palette: QPalette) -> tuple[str, ...]:
    """The palette colours a laid-out text depends on (quotes, links, code backgrounds)."""
    roles = (QPalette.ColorRole.Text, QPalette.ColorRole.Base, QPalette.ColorRole.Link)
    return tuple(palette.color(role).name() for role in roles)


def muted_color(palette: QPalette) -> QColor:
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    return QColor((text.red() + base.red()) // 2, (text.green() + base.green()) // 2, (text.blue() + base.blue()) // 2)


def subtle_background(palette: QPalette) -> QColor:
    base = palette.color(QPalette.ColorRole.Base)
    return base.lighter(125) if is_dark(palette) else base.darker(106)


def highlight_fill(color: str, palette: QPalette) -> QColor:
    """A highlight colour that keeps text readable on light and dark backgrounds."""
    fill = QColor(color)
    fill.setAlpha(105 if is_dark(palette) else 170)
    return fill


def _line_height(fmt: QTextBlockFormat, percent: int = LINE_HEIGHT_PERCENT) -> None:
    """Line height as a multiple of the em, not of the font's own (tall, for CJK) line spacing."""
    fmt.setLineHeight(round(percent * _em_per_line()), QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)


@lru_cache(maxsize=1)
def _em_per_line() -> float:
    """em / natural line spacing of the reading font (Noto CJK's spacing is about 1.45 em)."""
    font = reading_font(100)
    metrics = QFontMetricsF(font)
    return max(0.5, min(1.0, QFontInfo(font).pixelSize() / max(1.0, metrics.lineSpacing())))


def paragraph_format(point_size: int) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    _line_height(fmt)
    fmt.setTextIndent(point_size * 2 * 1.33)  # two CJK characters, points → pixels
    fmt.setBottomMargin(point_size * 0.6)
    return fmt


def heading_format(level: int, point_size: int) -> tuple[QTextBlockFormat, QTextCharFormat]:
    """Level 0 is the document title; 1.. are outline levels."""
    block = QTextBlockFormat()
    _line_height(block, 140)
    scale = HEADING_SCALE.get(level, 1.0)
    block.setTopMargin(point_size * (2.0 if level <= 1 else 1.2))
    block.setBottomMargin(point_size * 0.7)
    block.setHeadingLevel(min(6, max(1, level or 1)))
    if level == 0:
        block.setAlignment(block.alignment().AlignHCenter)
    char = QTextCharFormat()
    char.setFontWeight(QFont.Weight.Bold)
    char.setFontPointSize(point_size * scale)
    return block, char


def indented_format(depth: int, point_size: int) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    _line_height(fmt)
    fmt.setLeftMargin(BLOCK_INDENT_PX * max(1, depth))
    fmt.setBottomMargin(point_size * 0.4)
    return fmt


def code_format(palette: QPalette, point_size: int) -> tuple[QTextBlockFormat, QTextCharFormat]:
    block = QTextBlockFormat()
    block.setBackground(subtle_background(palette))
    block.setLeftMargin(BLOCK_INDENT_PX)
    block.setBottomMargin(point_size * 0.6)
    block.setNonBreakableLines(False)
    char = QTextCharFormat()
    char.setFont(mono_font(point_size), QTextCharFormat.FontPropertiesInheritanceBehavior.FontPropertiesSpecifiedOnly)
    char.setFontFamilies(MONO_FAMILIES)
    return block, char


def quote_char_format(palette: QPalette) -> QTextCharFormat:
    char = QTextCharFormat()
    char.setForeground(muted_color(palette))
    return char


def front_matter_format(palette: QPalette, point_size: int, centered: bool, muted: bool,
                        italic: bool = False) -> tuple[QTextBlockFormat, QTextCharFormat]:
    """A line of a report's front matter: the dateline and speaker centred under the title as
    printed reports set them; metadata and captions small and muted, set apart from the body."""
    block = QTextBlockFormat()
    _line_height(block, 150)
    block.setBottomMargin(point_size * 0.3)
    if centered:
        block.setAlignment(block.alignment().AlignHCenter)
    char = QTextCharFormat()
    if muted:
        char.setForeground(muted_color(palette))
        char.setFontPointSize(point_size * 0.85)
    char.setFontItalic(italic)
    return block, char


def repair_mark_format(palette: QPalette, explanation: str) -> QTextCharFormat:
    """A faint dotted underline where the parser joined a split sentence or left out a line;
    ``explanation`` is shown on hover (property REPAIR_PROPERTY)."""
    char = QTextCharFormat()
    char.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    char.setUnderlineColor(muted_color(palette))
    char.setProperty(REPAIR_PROPERTY, explanation)
    return char


#: Char-format property that holds the plain-text explanation of a repair mark.
REPAIR_PROPERTY = QTextFormat.Property.UserProperty + 1


def link_char_format(palette: QPalette, href: str) -> QTextCharFormat:
    char = QTextCharFormat()
    char.setForeground(palette.color(QPalette.ColorRole.Link))
    char.setFontUnderline(True)
    char.setProperty(QTextFormat.Property.UserProperty, href)
    return char
