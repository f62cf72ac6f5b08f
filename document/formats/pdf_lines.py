"""Text lines of a PDF page, read through PDFium (pypdfium2) with their geometry and fonts.

PDFium already orders a page's characters and marks line ends with generated ``\\r\\n``; it
also inserts generated spaces where glyphs stand apart.  Those spaces are kept only between
two Latin letters or digits: ``2023 年`` set with a proportional Latin font is ``2023年`` in the
source, while a space the PDF really contains is kept as written.  A gap of several character
widths inside a line separates table cells.
"""
from __future__ import annotations

import ctypes
from dataclasses import dataclass, field

from document.cjk import is_cjk

_BOLD_WEIGHT = 600
CELL_GAP_EMS = 2.0     # a gap this many font sizes wide inside a line separates two cells


@dataclass
class PdfLine:
    """One line of text: reading text, bold flags per character, geometry in PDF points."""

    page: int          # 1-based page number in the file
    text: str
    bold: list[bool]
    x0: float
    x1: float
    y: float           # baseline, from the bottom of the page
    size: float
    cells: list[tuple[int, int]] = field(default_factory=list)   # text ranges split at wide gaps

    @property
    def fully_bold(self) -> bool:
        marks = [b for ch, b in zip(self.text, self.bold) if not ch.isspace()]
        return bool(marks) and all(marks)


def _keep_generated_space(before: str, after: str) -> bool:
    return bool(before) and bool(after) and not (is_cjk(before) or is_cjk(after)) \
        and not before.isspace() and not after.isspace()


class _PageReader:
    """Characters of one text page, read once each through PDFium's C API."""

    def __init__(self, textpage, pdfium_c) -> None:
        self.tp = textpage
        self.c = pdfium_c
        self.raw = textpage.raw
        count = pdfium_c.FPDFText_CountChars(self.raw)
        self.count = max(count, 0)
        text = textpage.get_text_range(0, self.count) if self.count else ""
        if len(text) != self.count:   # surrogate pairs or skipped characters: read one by one
            text = "".join(chr(pdfium_c.FPDFText_GetUnicode(self.raw, i) or 0xFFFD) for i in range(self.count))
        self.text = text
        self._l, self._r, self._b, self._t = (ctypes.c_double() for _ in range(4))
        self._ox, self._oy = ctypes.c_double(), ctypes.c_double()

    def box(self, index: int) -> tuple[float, float]:
        """(left, right) of a character."""
        self.c.FPDFText_GetCharBox(self.raw, index, self._l, self._r, self._b, self._t)
        return self._l.value, self._r.value

    def baseline(self, index: int) -> float:
        self.c.FPDFText_GetCharOrigin(self.raw, index, self._ox, self._oy)
        return self._oy.value

    def generated(self, index: int) -> bool:
        return bool(self.c.FPDFText_IsGenerated(self.raw, index))

    def lines(self, page_number: int) -> list[PdfLine]:
        found: list[PdfLine] = []
        start = 0
        text = self.text
        while start < self.count:
            end = text.find("\r\n", start)
            end = self.count if end < 0 else end
            line = self._line(page_number, start, end)
            if line is not None:
                found.append(line)
            start = end + 2
        return found

    def _line(self, page_number: int, start: int, end: int) -> PdfLine | None:
        chars: list[str] = []
        bold: list[bool] = []
        cells: list[tuple[int, int]] = []
        cell_start = 0
        first = last = -1
        previous_right = None
        size = 0.0
        text = self.text
        for index in range(start, end):
            ch = text[index]
            if ch in "\r\n\x00\ufffe\uffff":
                continue
            if ch.isspace():
                if self.generated(index):
                    if not _keep_generated_space(chars[-1] if chars else "", text[index + 1: index + 2]):
                        continue
                chars.append(" ")
                bold.append(False)
                continue
            left, right = self.box(index)
            if first < 0:
                first = index
                size = self.c.FPDFText_GetFontSize(self.raw, index)
            elif previous_right is not None and left - previous_right > CELL_GAP_EMS * max(size, 1.0):
                while chars and chars[-1] == " ":
                    chars.pop()
                    bold.pop()
                cells.append((cell_start, len(chars)))
                chars.append(" ")
                bold.append(False)
                cell_start = len(chars)
            previous_right = right
            last = index
            chars.append(ch)
            bold.append(self.c.FPDFText_GetFontWeight(self.raw, index) >= _BOLD_WEIGHT)
        if first < 0:
            return None
        if cells:
            cells.append((cell_start, len(chars)))
        x0, _ = self.box(first)
        _, x1 = self.box(last)
        return PdfLine(page_number, "".join(chars), bold, x0, x1, self.baseline(first), size, cells)


def page_lines(pdf, page_index: int) -> tuple[list[PdfLine], float]:
    """The text lines of page ``page_index`` (0-based) and the page width."""
    import pypdfium2.raw as pdfium_c

    page = pdf[page_index]
    try:
        width = page.get_width()
        textpage = page.get_textpage()
        try:
            return _PageReader(textpage, pdfium_c).lines(page_index + 1), width
        finally:
            textpage.close()
    finally:
        page.close()
