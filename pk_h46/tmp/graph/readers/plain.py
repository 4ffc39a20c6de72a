"""Plain-text articles: a title line, an optional byline and date line, then the body.

The title is the first non-empty line; the header is the short lines that
follow it, up to the first paragraph of prose.  The publication date is read
from the header (:func:`~.dates.publication_date`: "Published" before
"Updated"), else from the first date in the opening of the text; the author
is the first header line that is left once dates, labels and reading times
are taken out (``By`` dropped).
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import ArticleError
from .dates import find_date, find_dates, publication_date
from .model import Article, slugify

__all__ = ["parse_text", "split_header"]

_LABELS = re.compile(
    r"\b(?:published|posted|first\s+published|updated|last\s+updated|modified|edited|released|dated|on|at|"
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?\.?)\b\s*:?", re.I
)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,5}|[+-]\d{2}:?\d{2}))?", re.I)
_READ_TIME = re.compile(r"\d+\s*-?\s*min(?:ute)?s?\s+read", re.I)
_SEPARATORS = re.compile(r"\s*(?:[|·•—–/,;]|\s-\s)\s*")
_NOT_A_NAME = re.compile(r"^(?:\d|share|comments?|photo|image|advertisement|listen|print)\b|https?://|@", re.I)


def _is_prose(line: str) -> bool:
    return len(line) > 120 or (line.endswith((".", "!", "?", '."', ".”")) and len(line.split()) > 12)


def split_header(text: str) -> tuple[str, list[str], int]:
    """``(title, header lines, body_start)`` of a plain-text article."""
    offset = 0
    title = ""
    header: list[str] = []
    body_start = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if not title:
            if stripped:
                title = stripped.lstrip("# ").strip()
            offset += len(line)
            body_start = offset
            continue
        if stripped and (_is_prose(stripped) or len(header) >= 6):
            break
        if stripped:
            header.append(stripped)
        offset += len(line)
        body_start = offset
    return title, header, body_start


def _author(header: list[str]) -> str | None:
    for h in header:
        rest = h
        for span in reversed(find_dates(h)):
            rest = rest[: span.start] + " | " + rest[span.end:]
        rest = _READ_TIME.sub(" | ", rest)
        rest = _TIME.sub(" | ", rest)
        rest = _LABELS.sub(" | ", rest)
        parts = [p.strip(" .:") for p in _SEPARATORS.split(rest)]
        parts = [p for p in parts if p and not _NOT_A_NAME.search(p)]
        if not parts:
            continue
        name = re.sub(r"^by\s+", "", parts[0], flags=re.I).strip()
        if name and len(name.split()) <= 8 and not name.isdigit():
            return name
    return None


def parse_text(text: str, *, source: str, article_id: str | None = None) -> Article:
    """Split plain text into title, header lines and body."""
    if "\x00" in text:
        raise ArticleError(f"{source}: looks like a binary file, not an article")
    if not text.strip():
        raise ArticleError(f"{source}: the article is empty; put the article's text in it or remove it")
    title, header, body_start = split_header(text)
    published = publication_date(header) if header else None
    if published is None:
        published = find_date(text[:2000])
    return Article(
        id=article_id or slugify(Path(source).stem),
        title=title,
        text=text,
        source=source,
        published=published,
        author=_author(header),
        body_start=body_start,
        format="text",
    )
