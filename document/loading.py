"""Reading a report from disk or bytes into a :class:`Document` (design.md §3).

Decoding: UTF-8 (a BOM is allowed), else GB18030 with a notice, else a clear error.  Line ends
become LF and the text NFC, and the document id is the SHA-256 of that normalised source.
"""
from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from pathlib import Path

from document.blocks import RawBlock, parse_blocks
from document.errors import DocumentError
from document.model import Block, Document
from document.outline import build_outline, document_title
from document.pagebreak import repair_page_breaks

MAX_DOCUMENT_BYTES = 64 * 1024 * 1024  # far above any real report; refuses accidental huge files
_BINARY_CONTROL_LIMIT = 0.01
# C0/C1 control characters other than tab, LF, CR and form feed: text files hardly contain any.
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def decode_source(raw: bytes, name: str = "file") -> tuple[str, str, tuple[str, ...]]:
    """(normalised text, encoding, notices) — raises DocumentError for anything unreadable."""
    if not raw.strip():
        raise DocumentError(f"{name} is empty")
    if b"\x00" in raw[:65536] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError(f"{name} is not a text file (it contains binary data)")
    notices: tuple[str, ...] = ()
    try:
        text, encoding = raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = raw.decode("gb18030"), "gb18030"
        except UnicodeDecodeError:
            raise DocumentError(f"{name} is neither UTF-8 nor GB18030 text; save it as UTF-8") from None
        notices = (f"{name} is not UTF-8; read as GB18030",)
    controls = len(_CONTROL_CHARS.findall(text, 0, 65536))
    if controls > _BINARY_CONTROL_LIMIT * min(len(text), 65536):
        raise DocumentError(f"{name} is not a text file (it contains binary data)")
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise DocumentError(f"{name} is empty")
    return text, encoding, notices


def document_id(source: str) -> str:
    return "urn:sha256:" + hashlib.sha256(source.encode("utf-8")).hexdigest()


def _place(raw_blocks: list[RawBlock]) -> tuple[str, tuple[Block, ...]]:
    """Join block texts with LF into the canonical text and give every block its offsets."""
    pieces: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for raw in raw_blocks:
        spans = tuple(
            type(s)(s.start + offset, s.end + offset, s.style, s.href) for s in raw.spans
        )
        blocks.append(
            Block(
                kind=raw.kind,
                start=offset,
                end=offset + len(raw.text),
                spans=spans,
                marker=raw.marker,
                depth=raw.depth,
                heading_level=raw.heading_level,
                table_row=raw.table_row,
                table_col=raw.table_col,
            )
        )
        pieces.append(raw.text)
        offset += len(raw.text) + 1
    return "\n".join(pieces), tuple(blocks)


def parse_document(raw: bytes, path: str = "", name: str | None = None) -> Document:
    """Decode, normalise, parse, repair page breaks and build the outline."""
    label = name or (os.path.basename(path) if path else "document")
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise DocumentError(f"{label} is larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB")
    source, encoding, notices = decode_source(raw, label)
    text, blocks = _place(repair_page_breaks(parse_blocks(source)))
    if not text.strip():
        raise DocumentError(f"{label} has no readable text")
    title = document_title(text, list(blocks)) or (Path(path).stem if path else label)
    return Document(
        id=document_id(source),
        source=source,
        text=text,
        blocks=blocks,
        title=title,
        outline=build_outline(text, list(blocks)),
        path=path,
        encoding=encoding,
        notices=notices,
    )


def read_document_bytes(path: str) -> bytes:
    """The raw bytes of ``path`` with one-line errors for the usual mistakes."""
    target = Path(path)
    name = target.name or path
    if not target.exists():
        raise DocumentError(f"{path}: no such file")
    if target.is_dir():
        raise DocumentError(f"{path} is a directory, not a report")
    if not target.is_file():
        raise DocumentError(f"{path} is not a regular file")   # a device or pipe may never end
    try:
        with target.open("rb") as stream:
            raw = stream.read(MAX_DOCUMENT_BYTES + 1)   # bounded even if the size lies
        if len(raw) > MAX_DOCUMENT_BYTES:
            raise DocumentError(f"{name} is larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB")
        return raw
    except PermissionError:
        raise DocumentError(f"{path}: permission denied") from None
    except OSError as error:
        raise DocumentError(f"{path}: {error.strerror or error}") from None


def load_document(path: str | os.PathLike | None = None) -> Document:
    """Load ``path``, or the bundled report when ``path`` is None."""
    if path is None:
        from resources import bundled_report_bytes, bundled_report_path

        return parse_document(bundled_report_bytes(), bundled_report_path())
    path = os.fspath(path)
    return parse_document(read_document_bytes(path), str(Path(path).resolve()))
