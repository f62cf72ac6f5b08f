"""Style inheritance in a .docx: the paragraph and run properties a style chain supplies.

A heading in a Word file may be a paragraph whose style (or the style it is based on) sets an
outline level, a numbering definition or bold; direct formatting on the paragraph or run
overrides what the chain says.
"""
from __future__ import annotations

import re

from document.formats.ooxml import toggle, w, wval

_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
_TITLE_NAMES = frozenset({"title", "标题"})
_MAX_CHAIN = 20   # basedOn loops exist in damaged files


class StyleSheet:
    """The styles part, indexed by style id."""

    def __init__(self, styles_element) -> None:
        self.by_id: dict[str, object] = {}
        self.default_paragraph = ""
        self.default_run_properties = None
        if styles_element is None:
            return
        for style in styles_element.iter(w("style")):
            style_id = style.get(w("styleId"))
            if style_id:
                self.by_id[style_id] = style
                if style.get(w("type")) == "paragraph" and style.get(w("default")) in ("1", "true"):
                    self.default_paragraph = style_id
        defaults = styles_element.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
        self.default_run_properties = defaults

    def chain(self, style_id: str | None) -> list:
        """The style and the styles it is based on, nearest first."""
        found = []
        seen: set[str] = set()
        current = style_id
        while current and current not in seen and len(found) < _MAX_CHAIN:
            seen.add(current)
            style = self.by_id.get(current)
            if style is None:
                break
            found.append(style)
            current = wval(style, "basedOn")
        return found

    def paragraph_chain(self, style_id: str | None) -> list:
        return self.chain(style_id or self.default_paragraph)

    def heading_level(self, chain: list) -> int:
        """1–9 for a heading style (by outline level or by name), 0 otherwise."""
        for style in chain:
            level = wval(style.find(w("pPr")), "outlineLvl")
            if level is not None and level.isdigit():
                return int(level) + 1 if int(level) < 9 else 0
            name = (wval(style, "name") or "").strip()
            match = _HEADING_NAME.match(name)
            if match:
                return int(match.group(1))
            if name.lower() in _TITLE_NAMES:
                return 1
        return 0

    def numbering(self, chain: list) -> tuple[str | None, str | None]:
        """(numId, ilvl) a style chain assigns to its paragraphs."""
        num_id = ilvl = None
        for style in chain:
            num_pr = style.find(f"{w('pPr')}/{w('numPr')}")
            if num_pr is None:
                continue
            num_id = num_id or wval(num_pr, "numId")
            ilvl = ilvl or wval(num_pr, "ilvl")
        return num_id, ilvl

    def run_toggle(self, tag: str, run_properties, paragraph_chain: list) -> bool:
        """Bold/italic/strike/hidden of a run: direct, then its run style, paragraph style, defaults."""
        direct = toggle(run_properties, tag)
        if direct is not None:
            return direct
        run_style = wval(run_properties, "rStyle")
        for style in self.chain(run_style) + paragraph_chain:
            value = toggle(style.find(w("rPr")), tag)
            if value is not None:
                return value
        return bool(toggle(self.default_run_properties, tag))
