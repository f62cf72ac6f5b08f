"""Render a Markdown report as a typeset PDF, offline, for the format tests.

reportlab (BSD) draws with its built-in Adobe CID font STSong-Light, so no font file is needed
and the files stay small (the glyphs are not embedded; PDFium maps the text through the
font's standard CMap).  Latin runs are set in Helvetica with a little space around them, as
Word's PDF export sets digits in a Latin font, so a reader sees the spurious gaps of
``2023 年``.  Paragraphs are justified with a two-character first-line indent; headings are
larger; every page after the first carries a running head and every page a page number.
"""
from __future__ import annotations

import io
import re

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from document.blocks import parse_blocks
from document.cjk import is_cjk
from document.model import BlockKind

CJK_FONT = "STSong-Light"
LATIN_FONT = "Helvetica"
BODY = 12.0
HEADING_SIZES = {1: 22.0, 2: 18.0, 3: 16.0, 4: 14.0, 5: 13.0, 6: 13.0}
MARGIN = 72.0
LATIN_GAP = 1.5
# A Latin run, its spaces and one character on either side never break across lines, so the
# spaces the source has (资金 88 亿元) are drawn inside a line, where a reader can see them.
_TOKENS = re.compile(r"[^\x21-\x7e ]?[ ]*[\x21-\x7e]+(?:[ ]+[\x21-\x7e]+)*[ ]*[^\x21-\x7e ]?| +|.", re.DOTALL)

pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))


def _font(token: str) -> str:
    return CJK_FONT if any(is_cjk(ch) for ch in token) or not token.isascii() else LATIN_FONT


def _width(token: str, size: float) -> float:
    width = pdfmetrics.stringWidth(token, _font(token), size)
    return width + (2 * LATIN_GAP if _font(token) == LATIN_FONT else 0)


_NO_LINE_START = frozenset("。，、；：？！”）》」』")


def _wrap(text: str, size: float, width: float, indent: float) -> list[list[str]]:
    """Greedy line breaking; closing punctuation never starts a line (it takes the character
    before it along, as Chinese typesetting does)."""
    lines: list[list[str]] = [[]]
    used = indent
    for token in _TOKENS.findall(text):
        w = _width(token, size)
        if used + w > width and lines[-1]:
            if token.isspace():
                continue
            carried = [lines[-1].pop()] if token[0] in _NO_LINE_START and len(lines[-1]) > 1 else []
            lines.append(carried)
            used = sum(_width(t, size) for t in carried)
        lines[-1].append(token)
        used += w
    return [line for line in lines if line]


def _run_width(font: str, run: str, size: float) -> float:
    return pdfmetrics.stringWidth(run, font, size) + (2 * LATIN_GAP if font == LATIN_FONT else 0)


def _runs(tokens: list[str]) -> list[tuple[str, str]]:
    """(font, text) runs; spaces belong to the Latin runs around them.

    PDFium drops a text object holding a single glyph of a non-embedded CID font, so a lone
    CJK character (the 月 of 1月12日) is set in the CJK font together with its neighbours.
    """
    runs: list[list[str]] = []
    for token in tokens:
        font = _font(token)
        if runs and font == runs[-1][0]:
            runs[-1][1] += token
        else:
            runs.append([font, token])
    merged: list[list[str]] = []
    index = 0
    while index < len(runs):
        font, text = runs[index]
        if font == CJK_FONT and len(text) == 1:
            if merged and merged[-1][0] == LATIN_FONT:
                text = merged.pop()[1] + text
            if index + 1 < len(runs):
                index += 1
                text += runs[index][1]
            if merged and merged[-1][0] == CJK_FONT:
                text = merged.pop()[1] + text
        merged.append([font, text])
        index += 1
    return [(font, text) for font, text in merged]


class _Pages:
    def __init__(self, running_head: str) -> None:
        self.stream = io.BytesIO()
        self.canvas = canvas.Canvas(self.stream, pagesize=A4, pageCompression=1)
        self.width, self.height = A4
        self.page = 1
        self.running_head = running_head
        self.y = self.height - MARGIN
        self._furniture()

    def _furniture(self) -> None:
        c = self.canvas
        c.setFont(CJK_FONT, 10)
        c.drawCentredString(self.width / 2, 40, f"— {self.page} —")
        if self.page > 1 and self.running_head:
            c.drawCentredString(self.width / 2, self.height - 45, self.running_head)

    def need(self, height: float) -> None:
        if self.y - height < MARGIN:
            self.canvas.showPage()
            self.page += 1
            self.y = self.height - MARGIN
            self._furniture()

    def line(self, tokens: list[str], size: float, x: float, justify_to: float | None) -> None:
        """Draw a line run by run; ``justify_to`` spreads it so that it ends there."""
        leading = size * 1.5
        self.need(leading)
        self.y -= leading
        runs = _runs(tokens)
        total = sum(_run_width(font, run, size) for font, run in runs)
        slots = sum(len(run) for _, run in runs) - 1
        extra = max(0.0, (justify_to - x - total) / slots) if justify_to is not None and slots > 0 else 0.0
        for font, run in runs:
            gap = LATIN_GAP if font == LATIN_FONT else 0.0
            text = self.canvas.beginText(x + gap, self.y)
            text.setFont(font, size)
            text.setCharSpace(extra)
            text.textOut(run)
            self.canvas.drawText(text)
            x += _run_width(font, run, size) + extra * len(run)

    def gap(self, points: float) -> None:
        self.y -= points

    def finish(self) -> bytes:
        self.canvas.showPage()
        self.canvas.save()
        return self.stream.getvalue()


def render_pdf(markdown: str, running_head: str = "政府工作报告") -> bytes:
    pages = _Pages(running_head)
    right = pages.width - MARGIN
    width = right - MARGIN
    for block in parse_blocks(markdown):
        heading = block.kind is BlockKind.HEADING
        size = HEADING_SIZES[block.heading_level] if heading else BODY
        indent = 0.0 if heading else 2 * BODY
        lines = _wrap(block.text.replace("\n", " "), size, width, indent)
        pages.gap(size * 0.5 if heading else 0.0)
        for number, tokens in enumerate(lines):
            last = number == len(lines) - 1
            x = MARGIN + (indent if number == 0 else 0.0)
            if heading and block.heading_level == 1:
                x = (pages.width - sum(_width(t, size) for t in tokens)) / 2
            pages.line(tokens, size, x, None if (last or heading) else right)
    return pages.finish()
