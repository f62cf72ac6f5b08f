"""Plausible demo annotations for screenshots and benchmarks (never used for real data)."""
from __future__ import annotations

import random

from document.annotation import Annotation, TextQuote, new_annotation_id, utc_now
from document.model import Document

DEMO_TAGS = ["承诺", "承诺/经济", "承诺/民生", "目标", "成绩", "问题/风险", "生态"]
DEMO_NOTES = ["需要跟踪落实情况", "与去年目标对比：增幅下降", "量化指标，年底核查", ""]


def demo_annotations(document: Document, count: int, colors: list[str], author: str,
                     seed: int = 7) -> list[Annotation]:
    """``count`` highlights of 6–36 characters spread over the text, with tags and notes
    from a small vocabulary and three authors; deterministic for a given ``seed``."""
    text = document.text
    rng = random.Random(seed)
    authors = [author, "李明", "王芳"]
    now = utc_now()
    made = []
    for i in range(count):
        start = rng.randrange(0, max(1, len(text) - 40))
        end = min(len(text), start + rng.randint(6, 36))
        while end > start + 1 and text[end - 1] == "\n":
            end -= 1
        made.append(Annotation(
            id=new_annotation_id(), document_id=document.id, start=start, end=end,
            quote=TextQuote.from_text(text, start, end), color=colors[i % len(colors)],
            tags=tuple(rng.sample(DEMO_TAGS, rng.randint(0, 2))), note=rng.choice(DEMO_NOTES),
            author=authors[i % len(authors)], created=now, modified=now,
        ))
    return made
