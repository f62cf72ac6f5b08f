"""Small helpers for WordprocessingML elements (namespaces, attribute values, on/off toggles)."""
from __future__ import annotations

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def w(tag: str) -> str:
    """Clark name of a ``w:`` element or attribute."""
    return f"{{{W_NS}}}{tag}"


def wval(element, tag: str, attribute: str = "val") -> str | None:
    """The ``w:val`` (or other) attribute of the child ``w:tag`` of ``element``, if present."""
    if element is None:
        return None
    child = element.find(w(tag))
    if child is None:
        return None
    return child.get(w(attribute))


def toggle(properties, tag: str) -> bool | None:
    """An on/off property (``<w:b/>``, ``<w:b w:val="0"/>``): True, False or None if unset."""
    if properties is None:
        return None
    child = properties.find(w(tag))
    if child is None:
        return None
    return child.get(w("val"), "true").lower() not in ("0", "false", "off", "none")
