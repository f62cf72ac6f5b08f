"""Reports, stores and annotations for the sync tests."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from document.annotation import Annotation, Commitment, CommitmentStatus, TextQuote, new_annotation_id
from document.loading import parse_document
from document.model import Document
from storage.store import Store

REPORT = ("# 山西省政府工作报告\n\n## 一、过去一年工作回顾\n\n"
          "全年地区生产总值增长百分之四点四，经济运行稳中向好。城镇新增就业四十八万人。\n\n"
          "## 二、今年主要目标\n\n"
          "地区生产总值增长百分之六左右，居民消费价格涨幅控制在百分之三左右。\n")
OTHER_REPORT = REPORT.replace("山西省政府工作报告", "另一份报告")
T0 = datetime(2023, 3, 1, 9, 0, 0, 123000, tzinfo=timezone.utc)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def report(source: str = REPORT) -> Document:
    return parse_document(source.encode("utf-8"), path="/home/u/报告.md")


def open_store(directory: Path, name: str, *documents: Document) -> Store:
    store = Store.open(directory / name / "pizhu.sqlite3")
    for document in documents:
        store.ensure_document(document)
    return store


def highlight(document: Document, phrase: str, *, when: float = 0, occurrence: int = 0,
              **fields) -> Annotation:
    """An annotation on ``phrase`` (its ``occurrence``-th appearance) in ``document``."""
    start = -1
    for _ in range(occurrence + 1):
        start = document.text.index(phrase, start + 1)
    end = start + len(phrase)
    fields.setdefault("id", new_annotation_id())
    return Annotation(
        document_id=document.id, start=start, end=end,
        quote=TextQuote.from_text(document.text, start, end),
        created=fields.pop("created", at(when)), modified=fields.pop("modified", at(when)),
        **fields,
    )


def commitment(document: Document, **fields) -> Annotation:
    return highlight(document, "地区生产总值增长百分之六左右", occurrence=0, tags=("承诺/经济", "GDP"),
                     author="张三", note="<b>目标</b> =SUM(A1)", color="#aabbcc",
                     commitment=Commitment("地区生产总值", "6", "%", "左右", "2023",
                                           CommitmentStatus.OPEN), **fields)


def edited(annotation: Annotation, seconds: float, **changes) -> Annotation:
    return replace(annotation, modified=at(seconds), **changes)


def by_id(store: Store, document_id: str) -> dict[str, Annotation]:
    return {a.id: a for a in store.annotations(document_id, include_deleted=True)}
