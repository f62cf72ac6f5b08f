"""Decoding a saved web page: BOM, then the declared charset, then UTF-8, then GB18030.

Chinese government pages often declare GB2312 while using characters only GBK has; GB18030 is
a superset of both, so any GB declaration is decoded as GB18030.
"""
from __future__ import annotations

import codecs
import re

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_GB_FAMILY = frozenset({"gb2312", "gbk", "gb18030", "x-gbk", "gb_2312-80", "cp936", "euc-cn", "hz-gb-2312"})
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def declared_charset(raw: bytes) -> str | None:
    """The charset a page declares in its first 4 KB, normalised to a Python codec name."""
    head = raw[:4096]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace").lower()
    if name in _GB_FAMILY:
        return "gb18030"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_page(raw: bytes, label: str) -> tuple[str, str, tuple[str, ...]]:
    """(text, encoding, notices) — a page is never refused for its encoding; damage is noted."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return raw.decode(codec, errors="replace"), codec.replace("-sig", ""), ()
    declared = declared_charset(raw)
    for codec in filter(None, (declared, "utf-8", "gb18030")):
        try:
            text = raw.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        guessed = codec != declared and codec != "utf-8"
        return text, codec, ((f"{label} does not declare its charset; read as GB18030",) if guessed else ())
    codec = declared or "utf-8"
    notice = f"{label} has bytes that are not valid {codec}; they are shown as �"
    return raw.decode(codec, errors="replace"), codec, (notice,)
