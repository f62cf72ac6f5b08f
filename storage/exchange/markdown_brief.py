r"""Markdown brief: the annotations of a document as a readable summary, grouped by section.

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
out.  The brief has no export timestamp, so the same annotations give the same file.

Every user string renders as text in any CommonMark renderer (tested with markdown-it-py):

* ``<``, ``>`` and ``&`` become entities, so no renderer shows raw HTML, an autolink or an
  entity from a note; ASCII punctuation that Markdown gives a meaning (``* _ ` # + - = ! [ ] ( )
  { } | ~ \``) is backslash-escaped, and so is the ``.`` of a ``1.`` that starts a line, so no
  emphasis, link, heading, setext underline, list, table or fence can start inside user text;
* a line's leading spaces and tabs become ``&#32;``/``&#9;``: four of them would otherwise start
  an indented code block;
* line breaks (``\n``, ``\r\n`` and a lone ``\r``, all line endings to CommonMark) are kept
  only where the brief lays text out line by line (quotes, notes); in one-line places
  (title, section, author, commitment) they become spaces, so no value can open a new block;
* tags are code spans fenced by one backtick more than the longest run inside the tag (padded
  when the tag starts or ends with one), so they keep their exact text, backticks included.
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
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]{}()#+!|~=-])")
_ORDERED_MARKER = re.compile(r"^(\d+)\.")  # "1." at a line start would open an ordered list
_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # CommonMark's line endings
_BACKTICKS = re.compile(r"`+")


def _escape_line(line: str) -> str:
    """One line of user text, safe as Markdown text (see the module doc)."""
    text = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _ORDERED_MARKER.sub(r"\1\\.", _MARKDOWN_SPECIAL.sub(r"\\\1", text))
    body = text.lstrip(" \t")
    lead = text[:len(text) - len(body)]
    return lead.replace(" ", "&#32;").replace("\t", "&#9;") + body


def lines(text: str) -> list[str]:
    """User text split at every CommonMark line ending."""
    return _LINE_BREAK.split(text)


def escape(text: str) -> str:
    """User text for a one-line place: line breaks become spaces, the rest is escaped."""
    return _escape_line(" ".join(lines(text)))


def code_span(text: str) -> str:
    """``text`` as a code span that shows it exactly (line breaks as spaces, as CommonMark does)."""
    content = " ".join(lines(text))
    fence = "`" * (1 + max((len(run) for run in _BACKTICKS.findall(content)), default=0))
    if content.startswith("`") or content.endswith("`"):
        content = f" {content} "
    return f"{fence}{content}{fence}"


def _when(moment: datetime) -> str:
    return utc_minute(moment)


def _blockquote(text: str) -> list[str]:
    return [f"> {_escape_line(line)}".rstrip() for line in lines(text)] or [">"]


def _entry_lines(annotation: Annotation, page: str = "") -> list[str]:
    out = _blockquote(annotation.quote.exact)
    out.append("")
    if page:
        out.append(f"- 页码：{page}")
    if annotation.tags:
        out.append("- 标签：" + " ".join(code_span(tag) for tag in annotation.tags))
    if annotation.note:
        note_lines = lines(annotation.note)
        out.append("- 批注：" + _escape_line(note_lines[0]))
        out.extend(f"  {_escape_line(line)}".rstrip() for line in note_lines[1:])
    if annotation.commitment is not None:
        c = annotation.commitment
        what = " ".join(part for part in (c.indicator, c.value, c.unit, c.qualifier) if part)
        parts = [escape(what)] if what else []
        if c.horizon:
            parts.append(escape(c.horizon))
        parts.append(f"状态 {c.status.value}")
        out.append("- 承诺：" + " · ".join(parts))
    who = [escape(annotation.author)] if annotation.author else []
    who.append(f"创建 {_when(annotation.created)}")
    if annotation.modified != annotation.created:
        who.append(f"修改 {_when(annotation.modified)}")
    out.append("- 作者：" + " · ".join(who) if annotation.author else "- " + " · ".join(who))
    if annotation.state is not AnchorState.ANCHORED:
        out.append(f"- 定位：{annotation.state.value}")
    out.append("")
    return out


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
