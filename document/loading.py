"""Reading a report from disk or bytes into a :class:`Document`.

The format is detected from content and suffix (:mod:`document.formats.detect`).  Markdown and
plain text are decoded — UTF-8 (a BOM is allowed), UTF-16 (with a BOM, or recognised by its
zero bytes), else GB18030 with a notice, else a clear error — line ends become LF and the text
NFC, and the document id is the SHA-256 of that normalised source; a .txt file is read as plain
text (document/plaintext.py), anything else as Markdown (document/blocks.py).  A
.docx/.html/.pdf report is read into raw blocks by its reader and its id is the SHA-256 of the
file's bytes.  Every format then goes through the same :func:`document_from_blocks`.
"""
from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from pathlib import Path

from document.blocks import RawBlock, parse_blocks
from document.errors import DocumentError
from document.formats import SourceFormat, detect_format, extract
from document.model import Document
from document.outline import build_outline, document_title
from document.pipeline import assemble
from document.plaintext import parse_plain_text

#: Text files read as plain text rather than Markdown (document/plaintext.py).
PLAIN_TEXT_SUFFIXES = (".txt", ".text")
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024  # far above any real report; refuses accidental huge files
_BINARY_CONTROL_LIMIT = 0.01
# C0/C1 control characters other than tab, LF, CR and form feed: text files hardly contain any.
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _utf16_codec(raw: bytes) -> str | None:
    """``utf-16`` for text that starts with a UTF-16 BOM, or a byte order guessed from zeros.

    Without a BOM, UTF-16 text of a Chinese report still has line ends and ASCII digits, whose
    high byte is zero: zeros at odd positions mean little-endian, at even ones big-endian.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = raw[:65536]
    if len(raw) % 2 or b"\x00" not in sample:
        return None
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if odd > 8 * even and odd * 50 > len(sample):
        return "utf-16-le"
    if even > 8 * odd and even * 50 > len(sample):
        return "utf-16-be"
    return None


def _decode(raw: bytes, name: str) -> tuple[str, str, tuple[str, ...]]:
    """(text, encoding, notices) for UTF-8, UTF-16 or GB18030 bytes."""
    utf16 = _utf16_codec(raw)
    if utf16:
        try:
            return raw.decode(utf16).lstrip("\ufeff"), "utf-16", ()
        except UnicodeDecodeError:
            pass    # a BOM-like start by chance: try the other encodings
    elif b"\x00" in raw[:65536]:
        raise DocumentError(f"{name} is not a text file (it contains binary data)")
    try:
        return raw.decode("utf-8-sig"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030"), "gb18030", (f"{name} is not UTF-8; read as GB18030",)
    except UnicodeDecodeError:
        raise DocumentError(f"{name} is neither UTF-8, UTF-16 nor GB18030 text; save it as UTF-8") from None


def decode_source(raw: bytes, name: str = "file") -> tuple[str, str, tuple[str, ...]]:
    """(normalised text, encoding, notices) — raises DocumentError for anything unreadable."""
    if not raw.strip():
        raise DocumentError(f"{name} is empty")
    text, encoding, notices = _decode(raw, name)
    controls = len(_CONTROL_CHARS.findall(text, 0, 65536))
    if controls > _BINARY_CONTROL_LIMIT * min(len(text), 65536):
        raise DocumentError(f"{name} is not a text file (it contains binary data)")
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise DocumentError(f"{name} is empty")
    return text, encoding, notices


def document_id(source: str) -> str:
    """The id of a Markdown or plain-text report: SHA-256 of its normalised source."""
    return bytes_document_id(source.encode("utf-8"))


def bytes_document_id(raw: bytes) -> str:
    """The id of a .docx/.html/.pdf report: SHA-256 of the file's bytes."""
    return "urn:sha256:" + hashlib.sha256(raw).hexdigest()


def document_from_blocks(
    raw_blocks: list[RawBlock],
    *,
    doc_id: str,
    path: str,
    label: str,
    source: str | None = None,
    source_format: str = SourceFormat.MARKDOWN.value,
    declared_title: str = "",
    encoding: str = "utf-8",
    notices: tuple[str, ...] = (),
) -> Document:
    """The entry point every reader feeds: the shared pipeline (document/pipeline.py), then
    title and outline.  ``source`` is the text the id was computed from, when there is one.
    See docs/documents.md."""
    assembly = assemble(raw_blocks)
    text, blocks = assembly.text, assembly.blocks
    if not text.strip():
        raise DocumentError(f"{label} has no readable text")
    title = document_title(text, list(blocks)) or declared_title or (Path(path).stem if path else label)
    return Document(
        id=doc_id,
        source=text if source is None else source,
        text=text,
        blocks=blocks,
        title=title,
        outline=build_outline(text, list(blocks)),
        path=path,
        encoding=encoding,
        notices=notices,
        format=source_format,
        page_starts=assembly.page_starts,
        repairs=assembly.repairs,
        paragraphing=assembly.paragraphing,
    )


def read_source(source: str, name: str = "") -> list[RawBlock]:
    """The reader for a text source: plain text for a .txt file, Markdown for everything else."""
    if name.lower().endswith(PLAIN_TEXT_SUFFIXES):
        return parse_plain_text(source)
    return parse_blocks(source)


def parse_document(raw: bytes, path: str = "", name: str | None = None) -> Document:
    """Detect the format, read the file into blocks and run the shared pipeline."""
    label = name or (os.path.basename(path) if path else "document")
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise DocumentError(f"{label} is larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB")
    source_format = detect_format(raw, name or path or label)
    if source_format is SourceFormat.MARKDOWN:
        source, encoding, notices = decode_source(raw, label)
        return document_from_blocks(
            read_source(source, name or path), doc_id=document_id(source), path=path, label=label,
            source=source, encoding=encoding, notices=notices,
        )
    extraction = extract(raw, source_format, label)
    return document_from_blocks(
        extraction.blocks, doc_id=bytes_document_id(raw), path=path, label=label,
        source_format=source_format.value, declared_title=extraction.title,
        encoding=extraction.encoding, notices=extraction.notices,
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
