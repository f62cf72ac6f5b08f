"""Finding the article body of a saved web page.

Pages from government and news sites wrap the report in navigation, share buttons, related
article lists and footers.  Page furniture is removed first (scripts, ``nav``/``footer``
elements, forms and elements whose class or id names a known kind of furniture, unless they
hold most of the page's text); then every element that
holds paragraphs scores the text of those paragraphs, links discounted, and the best-scoring
container is the article — the method of Arc90's Readability, kept small.
"""
from __future__ import annotations

import re

from lxml import etree

_DROP_TAGS = ("script", "style", "noscript", "iframe", "button", "select", "input",
              "textarea", "nav", "footer", "aside", "svg", "template", "object", "embed", "canvas")
_FURNITURE = re.compile(
    r"share|bdshare|jiathis|fenxiang|\bnav|menu|breadcrumb|crumb|footer|\bfoot|sidebar|\bside\b|"
    r"related|recommend|xgwz|xgxw|xglj|comment|copyright|toolbar|advert|\bads?\b|banner|login|"
    r"search|qrcode|ewm|print|font-?size|\bfontsize|weixin|weibo|\btool",
    re.IGNORECASE,
)
_PARAGRAPH_TAGS = frozenset({"p", "pre", "blockquote", "li", "td", "h1", "h2", "h3", "h4", "h5", "h6"})
_CONTAINER_TAGS = frozenset({"div", "article", "section", "main", "td", "body", "center", "font", "span"})
MIN_ARTICLE_CHARS = 20


def text_weight(text: str) -> int:
    """Characters that count as content: ideographs, letters and digits."""
    return sum(1 for ch in text if ch.isalnum())


def remove_furniture(root) -> None:
    for element in list(root.iter(_DROP_TAGS, etree.Comment, etree.ProcessingInstruction)):
        _drop(element)
    total = text_weight(root.text_content()) or 1
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        names = f"{element.get('class', '')} {element.get('id', '')}"
        # A form is a search box or a login — unless it holds most of the page's text: the
        # VSB content system (university and government sites) wraps every article in one.
        if element.tag == "form" or (names.strip() and _FURNITURE.search(names)):
            # A container that holds most of the page's text is the article, whatever its class.
            if text_weight(element.text_content()) < 0.3 * total:
                _drop(element)


def _drop(element) -> None:
    """Remove an element but keep the text that follows it (its tail)."""
    if element.getparent() is not None:
        element.drop_tree()


def _link_weight(element) -> int:
    return sum(text_weight(link.text_content()) for link in element.iter("a"))


def find_article(root):
    """The element holding the article, or None if the page has no body of text."""
    scores: dict[object, float] = {}
    for element in root.iter(*(_PARAGRAPH_TAGS | {"div"})):
        own = _own_text(element)
        weight = text_weight(own)
        if weight < 10:
            continue
        score = 1 + weight / 20 + own.count("，") + own.count("。")
        # A paragraph scores for its container; a div holding text between <br>s is a container.
        holder = element if element.tag in ("div", "td") else element.getparent()
        for ancestor, share in ((holder, 1.0), (holder.getparent() if holder is not None else None, 0.5)):
            if ancestor is not None and ancestor.tag in _CONTAINER_TAGS | _PARAGRAPH_TAGS:
                scores[ancestor] = scores.get(ancestor, 0.0) + score * share
    best, best_score = None, 0.0
    for element, score in scores.items():
        weight = text_weight(element.text_content()) or 1
        adjusted = score * (1 - min(_link_weight(element) / weight, 1.0))
        if adjusted > best_score:
            best, best_score = element, adjusted
    if best is None:
        return None
    text = best.text_content()
    if text_weight(text) - _link_weight(best) < MIN_ARTICLE_CHARS:
        return None
    return best


def _own_text(element) -> str:
    """Text directly in ``element`` and its inline children (not in nested blocks)."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag not in _PARAGRAPH_TAGS | {"div", "table", "ul", "ol"}:
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return "".join(parts)
