"""Every user string in the Markdown brief renders as text in a CommonMark renderer (14.2).

The brief is rendered with markdown-it-py's strict CommonMark preset; the block structure must
be exactly the one the brief itself writes (one title, one heading per section, one quote and
one list per annotation), no HTML may appear, and each user string must be found in the
rendered text.
"""
from __future__ import annotations

from datetime import datetime, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from document.annotation import Annotation, Commitment, TextQuote
from storage.exchange import markdown_brief

T0 = datetime(2024, 3, 5, 8, 0, tzinfo=timezone.utc)
ALLOWED = {
    "heading_open", "heading_close", "paragraph_open", "paragraph_close", "inline",
    "blockquote_open", "blockquote_close", "bullet_list_open", "bullet_list_close",
    "list_item_open", "list_item_close",
}
INLINE_ALLOWED = {"text", "softbreak", "code_inline", "hardbreak"}


def _annotation(index: int, quote: str, tags=(), note: str = "", author: str = "",
                commitment: Commitment | None = None) -> Annotation:
    return Annotation(id=f"a{index}", document_id="d", start=index, end=index + 1,
                      quote=TextQuote(quote), tags=tuple(tags), note=note, author=author,
                      created=T0, modified=T0, commitment=commitment)


def _flat(text: str) -> str:
    return "".join(text.split())


def _rendered_text(tokens) -> str:
    parts = []
    for token in tokens:
        for child in token.children or ():
            parts.append(" " if child.type in ("softbreak", "hardbreak") else child.content)
        parts.append("\n")
    return "".join(parts)


def _commitment_texts(commitment: Commitment) -> tuple[str, ...]:
    """The free-text commitment fields the brief shows (kind, strength … are fixed values)."""
    return (commitment.indicator, commitment.value, commitment.unit, commitment.qualifier, commitment.horizon)


def check_renders_as_text(annotations: list[Annotation], title: str = "标题") -> None:
    brief = markdown_brief.render(None, annotations, title=title)
    tokens = MarkdownIt("commonmark").parse(brief)
    kinds = {token.type for token in tokens}
    assert kinds <= ALLOWED, (kinds - ALLOWED, brief)
    inline_kinds = {child.type for token in tokens for child in token.children or ()}
    assert inline_kinds <= INLINE_ALLOWED, (inline_kinds - INLINE_ALLOWED, brief)
    assert sum(t.type == "heading_open" for t in tokens) == 2  # the title and one section
    assert sum(t.type == "blockquote_open" for t in tokens) == len(annotations)
    assert sum(t.type == "bullet_list_open" for t in tokens) == len(annotations)
    text = _flat(_rendered_text(tokens))
    for annotation in annotations:
        for value in (annotation.quote.exact, annotation.note, annotation.author, *annotation.tags,
                      *(_commitment_texts(annotation.commitment) if annotation.commitment else ())):
            if isinstance(value, str):
                assert _flat(value) in text, (value, brief)
    assert _flat(title) in text


HOSTILE = [
    _annotation(0, "正文", tags=["a\n<script>alert(1)</script>", "b\n# H", "c`d", "``e``", "`f"],
                note="Title\n===", author="张三\n# 作者标题"),
    _annotation(1, "引文\n    缩进代码\n1. 列表\n- 项\n===\n***\n> 引用", note="line\r# heading\r\nnext\n\n    code\n\t tab\n1) one",
                commitment=Commitment(indicator="指标\n## 假标题", value="=1+1", horizon="[x](http://e)")),
    _annotation(2, "<div>html</div>", tags=["<b>粗</b>"], note="&lt; &amp; &#x41; <!-- c --> <http://a.b>",
                author="**粗** _斜_ ![i](x)"),
    _annotation(3, "---", note="+ plus\n~~~\nfence\n~~~\n```\ncode\n```\n|a|b|\n[ref]: http://x"),
]


def test_hostile_strings_render_as_text():
    check_renders_as_text(HOSTILE, title="标题\n# 注入")


def test_tags_keep_their_exact_text_in_code_spans():
    brief = markdown_brief.render(None, HOSTILE[:1])
    tokens = MarkdownIt("commonmark").parse(brief)
    codes = [child.content for token in tokens for child in token.children or () if child.type == "code_inline"]
    assert codes == ["a <script>alert(1)</script>", "b # H", "c`d", "``e``", "`f"]


MARKDOWN_ALPHABET = st.sampled_from(list("#=-*_`~>+<&|![](){}:.\\ \t\n\r1a批") + ["\r\n", "    ", "1. ", "```"])
USER_TEXT = st.lists(MARKDOWN_ALPHABET, min_size=1, max_size=30).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(quote=USER_TEXT.filter(lambda s: s.strip()), note=USER_TEXT, author=USER_TEXT,
       tags=st.lists(USER_TEXT.map(str.strip).filter(bool), max_size=3), indicator=USER_TEXT)
def test_any_user_text_renders_as_text(quote, note, author, tags, indicator):
    check_renders_as_text([_annotation(0, quote, tags=tags, note=note, author=author,
                                       commitment=Commitment(indicator=indicator))])
