"""Building one block's reading text and styled spans from runs, for every format reader."""
from __future__ import annotations

from dataclasses import dataclass, field

from document.blocks import RawBlock
from document.model import BlockKind, InlineSpan, SpanStyle


@dataclass
class TextBuilder:
    """Runs of text with styles; adjacent runs of one style make one span."""

    parts: list[str] = field(default_factory=list)
    spans: list[InlineSpan] = field(default_factory=list)
    length: int = 0

    def add(self, text: str, styles: frozenset[SpanStyle] = frozenset(), href: str = "") -> None:
        if not text:
            return
        start, end = self.length, self.length + len(text)
        for style in styles:
            link = href if style is SpanStyle.LINK else ""
            previous = self._open_span(style, link, start)
            if previous is not None:
                self.spans[previous] = InlineSpan(self.spans[previous].start, end, style, link)
            else:
                self.spans.append(InlineSpan(start, end, style, link))
        self.parts.append(text)
        self.length = end

    def _open_span(self, style: SpanStyle, href: str, start: int) -> int | None:
        for index in range(len(self.spans) - 1, -1, -1):
            span = self.spans[index]
            if span.end == start and span.style is style and span.href == href:
                return index
        return None

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def block(self, kind: BlockKind = BlockKind.PARAGRAPH, **hints) -> RawBlock:
        """The block, with surrounding whitespace trimmed and spans clipped to what is left."""
        raw = self.text
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        spans = []
        for span in self.spans:
            start = min(max(span.start - lead, 0), len(stripped))
            end = min(max(span.end - lead, 0), len(stripped))
            if end > start:
                spans.append(InlineSpan(start, end, span.style, span.href))
        spans.sort(key=lambda s: (s.start, -s.end))
        fully_bold = bool(stripped) and any(
            s.style is SpanStyle.BOLD and s.start == 0 and s.end == len(stripped) for s in spans
        )
        linked = [False] * len(stripped)
        for span in spans:
            if span.style is SpanStyle.LINK:
                linked[span.start:span.end] = [True] * (span.end - span.start)
        only_link = any(linked) and all(linked[i] or ch.isspace() for i, ch in enumerate(stripped))
        return RawBlock(kind=kind, text=stripped, spans=spans, fully_bold=fully_bold,
                        only_link_or_image=only_link, **hints)
