"""Bytes -> text, with errors that name the file and say what to do.

Accepted: UTF-8 with or without a byte-order mark, UTF-16 with a byte-order
mark (or plainly UTF-16 without one: every other byte zero), and for HTML the
charset a page declares in ``<meta charset>``.  Anything else that is not
valid UTF-8 is refused with the byte offset and line, rather than guessed:
a guess (cp1252, Latin-1) would silently garble names that end up as IRIs.
Binary files (NUL bytes, or a known binary signature), empty files and
files without two words separated by a space (bytes that happen to decode,
such as a stray UTF-16 byte-order mark before binary data) are refused too.
"""

from __future__ import annotations

import codecs
import re
import stat
from pathlib import Path

from ..errors import ArticleError

__all__ = ["MAX_BYTES", "decode", "read_bytes"]

MAX_BYTES = 20 * 1024 * 1024
"""The largest article file read (a JSON Lines file may be larger: this is per line)."""

_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (a .docx, .xlsx or .epub is one)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
    b"{\\rtf": "an RTF document",
}
_WORDS = re.compile(r"[^\W\d_]{2,}[^\S\n]+\w")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The file's bytes; an :class:`ArticleError` naming it when it cannot be
    read or is larger than ``limit``."""
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            raise ArticleError(f"{path}: not a regular file (a folder, a pipe or a device); give the article's file")
        size = st.st_size
        if size > limit:
            raise ArticleError(
                f"{path}: {size} bytes is larger than the {limit} byte limit for an article; "
                "split it (one article per file, or one per line in a .jsonl file)"
            )
        return path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read it ({exc.strerror or exc})") from exc


def _utf16_without_bom(raw: bytes) -> str | None:
    sample = raw[:4000]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _where(raw: bytes, pos: int) -> str:
    line = raw.count(b"\n", 0, pos) + 1
    return f"byte {pos} (line {line}, 0x{raw[pos]:02x})"


def decode(raw: bytes, source: str, *, html: bool = False) -> str:
    """Decode an article file's bytes; see the module docstring for what is accepted."""
    if raw.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = _utf16_without_bom(raw) or "utf-8"
    if encoding == "utf-8":
        for magic, what in _SIGNATURES.items():
            if raw.startswith(magic):
                raise ArticleError(f"{source}: this is {what}, not an article; save the article as text, Markdown or HTML")
        if b"\x00" in raw[:8192]:
            raise ArticleError(f"{source}: looks like a binary file (it holds NUL bytes), not an article; "
                               "save the article as text, Markdown or HTML")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        declared = _META_CHARSET.search(raw[:4096]) if html else None
        if declared:
            name = declared.group(1).decode("ascii", "replace")
            try:
                text = raw.decode(name)
            except LookupError:
                raise ArticleError(f"{source}: the page declares charset {name!r}, which is unknown; "
                                   "convert it to UTF-8 and try again") from exc
            except UnicodeDecodeError as exc2:
                raise ArticleError(f"{source}: not valid {name} as the page declares, at {_where(raw, exc2.start)}; "
                                   "convert it to UTF-8 and try again") from exc2
        elif encoding == "utf-8":
            raise ArticleError(
                f"{source}: not valid UTF-8 at {_where(raw, exc.start)}; convert it to UTF-8 and try again "
                "(for example: iconv -f cp1252 -t utf-8 OLD > NEW, or your editor's 'save with encoding')"
            ) from exc
        else:
            raise ArticleError(f"{source}: not valid {encoding.upper()} at byte {exc.start}; "
                               "convert it to UTF-8 and try again") from exc
    if "\x00" in text:
        raise ArticleError(f"{source}: holds NUL characters, so it looks like a binary file, not an article")
    if not text.strip():
        raise ArticleError(f"{source}: the file is empty; put the article's text in it or remove it")
    if not _WORDS.search(text):
        raise ArticleError(f"{source}: holds no words separated by spaces, so it is not an article the extractor can read "
                           f"(read as {encoding}); check the file")
    return text
