"""Markdown brief: the annotations of a document as a readable summary, grouped by section.

Layout::

    # <title> — 批注摘要
    <count line>

    ## 一、过去五年工作回顾 › （一）…          (the section path, in outline order)

    > quoted passage
    > (each line of the quote)

    - 页码：p. 12                         (only for a report read from a PDF)
    - 标签：`GDP` `目标`
    - 批注：note text …
    - 承诺：地区生产总值 6 % 左右 · 2023 · 状态 open
    - 作者：张三 · 创建 2024-03-05 08:00 UTC · 修改 2024-03-06 09:30 UTC
    - 定位：changed                       (only when not plainly anchored)

Annotations before the first outline entry are grouped under "（章节之前）".  Tombstones are left
out.  User text (quotes and notes) is escaped: ``<``, ``>`` and ``&`` become entities so no
Markdown renderer shows raw HTML from a note, and Markdown punctuation is backslash-escaped so a
note cannot turn into a heading, link or emphasis.  The brief has no export timestamp, so the
same annotations give the same file.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from document.annotation import AnchorState, Annotation
from document.model import Document, page_label
from document.times import utc_minute
from storage.exchange.filters import SECTION_SEPARATOR, section_path

BEFORE_FIRST_SECTION = "（章节之前）"
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]{}()#+!|~-])")


def escape(text: str) -> str:
    """Text safe inside Markdown: HTML entities for <>&, backslashes for Markdown punctuation."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _when(moment: datetime) -> str:
    return utc_minute(moment)


def _blockquote(text: str) -> list[str]:
    return [f"> {escape(line)}".rstrip() for line in text.split("\n")] or [">"]


def _entry_lines(annotation: Annotation, page: str = "") -> list[str]:
    lines = _blockquote(annotation.quote.exact)
    lines.append("")
    if page:
        lines.append(f"- 页码：{page}")
    if annotation.tags:
        lines.append("- 标签：" + " ".join(f"`{tag.replace('`', 'ˋ')}`" for tag in annotation.tags))
    if annotation.note:
        note_lines = annotation.note.split("\n")
        lines.append("- 批注：" + escape(note_lines[0]))
        lines.extend(f"  {escape(line)}".rstrip() for line in note_lines[1:])
    if annotation.commitment is not None:
        c = annotation.commitment
        what = " ".join(part for part in (c.indicator, c.value, c.unit, c.qualifier) if part)
        parts = [escape(what)] if what else []
        if c.horizon:
            parts.append(escape(c.horizon))
        parts.append(f"状态 {c.status.value}")
        lines.append("- 承诺：" + " · ".join(parts))
    who = [escape(annotation.author)] if annotation.author else []
    who.append(f"创建 {_when(annotation.created)}")
    if annotation.modified != annotation.created:
        who.append(f"修改 {_when(annotation.modified)}")
    lines.append("- 作者：" + " · ".join(who) if annotation.author else "- " + " · ".join(who))
    if annotation.state is not AnchorState.ANCHORED:
        lines.append(f"- 定位：{annotation.state.value}")
    lines.append("")
    return lines


def render(document: Document | None, annotations: Sequence[Annotation], *, title: str = "") -> str:
    live = sorted((a for a in annotations if not a.deleted), key=lambda a: (a.start, a.end, a.created, a.id))
    heading = title or (document.title if document is not None else "") or "批注"
    out = [f"# {escape(heading)} — 批注摘要", "", f"共 {len(live)} 条批注。", ""]
    order: dict[int, int] = {}
    if document is not None:
        for index, entry in enumerate(document.entries()):
            order[id(entry)] = index
    groups: dict[tuple[int, str], list[Annotation]] = {}
    for annotation in live:
        path = section_path(document, annotation.start)
        if path:
            key = (order.get(id(path[-1]), len(order)), SECTION_SEPARATOR.join(e.title for e in path))
        else:
            key = (-1, BEFORE_FIRST_SECTION)
        groups.setdefault(key, []).append(annotation)
    for (_, label), members in sorted(groups.items(), key=lambda item: item[0]):
        out.append(f"## {escape(label)}")
        out.append("")
        for annotation in members:
            page = page_label(document.page_at(annotation.start)) if document is not None else ""
            out.extend(_entry_lines(annotation, page))
    return "\n".join(out).rstrip("\n") + "\n"


def export_bytes(document: Document | None, annotations: Sequence[Annotation], *, title: str = "") -> bytes:
    return render(document, annotations, title=title).encode("utf-8")
