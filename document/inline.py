"""Markdown parsing set-up and inline flattening into canonical text plus styled spans.

CommonMark's flanking rules were written for space-separated languages: in
``**（一）经济运行稳中向好。**全年`` the closing ``**`` follows ``。`` and precedes a letter, so it
cannot close and the reader would see stray asterisks.  We replace the emphasis tokenizer with
one that treats CJK characters (ideographs and CJK punctuation) as letters, and punctuation
that touches a CJK character across the delimiter run as a letter too.  Everything else —
delimiter pairing, strong/em post-processing — stays markdown-it's own.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.common.utils import isMdAsciiPunct, isPunctChar, isWhiteSpace
from markdown_it.rules_inline.state_inline import Delimiter, StateInline
from markdown_it.token import Token

from document.cjk import is_cjk
from document.model import InlineSpan, SpanStyle


def _flanking(prev: str, nxt: str) -> tuple[bool, bool, bool, bool]:
    """(left_flanking, right_flanking, prev_is_punct, next_is_punct) with CJK treated as letters."""
    prev_cjk, next_cjk = is_cjk(prev), is_cjk(nxt)
    prev_punct = not prev_cjk and not next_cjk and (isMdAsciiPunct(ord(prev)) or isPunctChar(prev))
    next_punct = not next_cjk and not prev_cjk and (isMdAsciiPunct(ord(nxt)) or isPunctChar(nxt))
    prev_space = isWhiteSpace(ord(prev))
    next_space = isWhiteSpace(ord(nxt))
    left = not (next_space or (next_punct and not (prev_space or prev_punct)))
    right = not (prev_space or (prev_punct and not (next_space or next_punct)))
    return left, right, prev_punct, next_punct


def _cjk_emphasis(state: StateInline, silent: bool) -> bool:
    """Emphasis tokenizer: markdown-it's, with CJK-aware delimiter flanking."""
    start = state.pos
    marker = state.src[start]
    if silent or marker not in ("_", "*"):
        return False
    pos = start
    while pos < state.posMax and state.src[pos] == marker:
        pos += 1
    prev = state.src[start - 1] if start > 0 else " "
    nxt = state.src[pos] if pos < state.posMax else " "
    left, right, prev_punct, next_punct = _flanking(prev, nxt)
    cjk_side = is_cjk(prev) or is_cjk(nxt)
    can_split = marker == "*" or cjk_side
    can_open = left and (can_split or not right or prev_punct)
    can_close = right and (can_split or not left or next_punct)
    length = pos - start
    for _ in range(length):
        token = state.push("text", "", 0)
        token.content = marker
        state.delimiters.append(
            Delimiter(marker=ord(marker), length=length, token=len(state.tokens) - 1,
                      end=-1, open=can_open, close=can_close)
        )
    state.pos = pos
    return True


@lru_cache(maxsize=1)
def markdown_parser() -> MarkdownIt:
    """CommonMark + tables + strikethrough, raw HTML recognised (and later shown as text)."""
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    md.inline.ruler.at("emphasis", _cjk_emphasis)
    return md


_STYLE_OF_OPEN = {
    "strong_open": SpanStyle.BOLD,
    "em_open": SpanStyle.ITALIC,
    "s_open": SpanStyle.STRIKE,
    "link_open": SpanStyle.LINK,
}


@dataclass
class InlineText:
    """Flattened inline content: text plus spans relative to the start of ``text``."""

    text: str = ""
    spans: list[InlineSpan] = field(default_factory=list)
    only_link_or_image: bool = False
    #: (start, end) in ``text`` of what each soft line break became ("" or " "), so a paragraph
    #: written one sentence per line can be cut back into its lines.
    breaks: list[tuple[int, int]] = field(default_factory=list)

    def fully_bold(self) -> bool:
        stripped = self.text.strip()
        if not stripped:
            return False
        lead = len(self.text) - len(self.text.lstrip())
        trail = len(self.text.rstrip())
        return any(s.style is SpanStyle.BOLD and s.start <= lead and s.end >= trail for s in self.spans)


def flatten_inline(children: list[Token] | None) -> InlineText:
    """Turn an inline token stream into reading text: markup dropped, link text and alt kept."""
    parts: list[str] = []
    length = 0
    spans: list[InlineSpan] = []
    breaks: list[tuple[int, int]] = []
    open_stack: list[tuple[str, int, str]] = []
    visible_outside_links = False
    saw_link_or_image = False

    def add(text: str) -> None:
        nonlocal length
        parts.append(text)
        length += len(text)

    tokens = children or []
    for index, token in enumerate(tokens):
        kind = token.type
        if kind == "text":
            add(token.content)
            if token.content.strip() and not any(t == "link_open" for t, _, _ in open_stack):
                visible_outside_links = True
        elif kind == "softbreak":
            before = parts[-1][-1:] if parts and parts[-1] else ""
            after = _next_visible_char(tokens, index + 1)
            separator = "" if is_cjk(before) and is_cjk(after) else " "
            breaks.append((length, length + len(separator)))
            add(separator)
        elif kind == "hardbreak":
            add("\n")
        elif kind == "code_inline":
            spans.append(InlineSpan(length, length + len(token.content), SpanStyle.CODE))
            add(token.content)
            visible_outside_links = True
        elif kind == "html_inline":
            add(token.content)  # shown literally, never rendered
            visible_outside_links = True
        elif kind == "image":
            saw_link_or_image = True
            add(_alt_text(token))
        elif kind in _STYLE_OF_OPEN:
            if kind == "link_open":
                saw_link_or_image = True
            open_stack.append((kind, length, str(token.attrGet("href") or "")))
        elif kind.endswith("_close"):
            opener = kind[: -len("_close")] + "_open"
            for depth in range(len(open_stack) - 1, -1, -1):
                if open_stack[depth][0] == opener:
                    _, start, href = open_stack.pop(depth)
                    if length > start:
                        spans.append(InlineSpan(start, length, _STYLE_OF_OPEN[opener], href))
                    break
    text = "".join(parts)
    spans.sort(key=lambda s: (s.start, -s.end))
    return InlineText(text, spans, saw_link_or_image and not visible_outside_links, breaks)


def _alt_text(token: Token) -> str:
    if token.children:
        return "".join(child.content for child in token.children if child.type in ("text", "code_inline"))
    return token.content


def _next_visible_char(tokens: list[Token], start: int) -> str:
    for token in tokens[start:]:
        if token.type in ("text", "code_inline", "html_inline") and token.content:
            return token.content[0]
        if token.type == "image":
            alt = _alt_text(token)
            if alt:
                return alt[0]
        if token.type in ("softbreak", "hardbreak"):
            return "\n"
    return ""
