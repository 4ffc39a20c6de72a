"""Read article files into :class:`Article` records.

An article is plain text with a title line, an optional byline and date line,
then the body (the shape of ``seeds/``).  Character offsets of extracted facts
refer to :attr:`Article.text`, which is the file's text as decoded, so an
offset can be checked against the source file.

The extraction issue widens the input formats (Markdown, HTML, JSON Lines);
the reader is the one place that knows about them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import ArticleError

__all__ = ["Article", "read_article", "parse_text", "slugify", "find_date", "ARTICLE_SUFFIXES"]

ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})

_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Article:
    """One news article, as read from a file or URL."""

    id: str
    """A slug naming the article; it becomes part of the article's IRI."""
    title: str
    text: str
    """The whole text as read; fact offsets refer to this string."""
    source: str
    """The file path or URL the article was read from."""
    published: str | None = None
    """ISO 8601 publication date (``2024-03-04``), when known."""
    author: str | None = None
    url: str | None = None
    body_start: int = 0
    """Offset in :attr:`text` where the body begins (after title, byline, date)."""
    meta: dict = field(default_factory=dict, compare=False)


def slugify(text: str) -> str:
    """A lower-case ASCII slug: ``"Mistral AI"`` -> ``"mistral-ai"``."""
    norm = unicodedata.normalize("NFKD", text)
    ascii_text = norm.encode("ascii", "ignore").decode("ascii").lower()
    ascii_text = ascii_text.replace("&", " and ")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    return slug or "x"


_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_MONTH_RE = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = [
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    re.compile(_MONTH_RE + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b", re.I),
    re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_RE + r",?\s+(?P<y>\d{4})\b", re.I),
]


def find_date(text: str) -> str | None:
    """The first full calendar date in ``text`` as ISO 8601, or None."""
    best: tuple[int, str] | None = None
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            try:
                mon = m.group("m") if "m" in pattern.groupindex else None
                month = int(mon) if mon else _MONTHS[m.group("mon").lower().rstrip(".")]
                iso = date(int(m.group("y")), month, int(m.group("d"))).isoformat()
            except (ValueError, KeyError):
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), iso)
            break
    return best[1] if best else None


def parse_text(text: str, *, source: str, article_id: str | None = None) -> Article:
    """Split plain text into title, header lines and body.

    The title is the first non-empty line; the publication date is the first
    date found in the short lines that follow it (byline, date line), before
    the first paragraph of prose.
    """
    if "\x00" in text:
        raise ArticleError(f"{source}: looks like a binary file, not an article")
    if not text.strip():
        raise ArticleError(f"{source}: the article is empty")
    lines = text.splitlines(keepends=True)
    offset = 0
    title = ""
    header: list[str] = []
    body_start = 0
    for line in lines:
        stripped = line.strip()
        if not title:
            if stripped:
                title = stripped.lstrip("# ").strip()
            offset += len(line)
            body_start = offset
            continue
        if stripped and (len(stripped) > 120 or stripped.endswith(".") and len(stripped.split()) > 12):
            break  # the first paragraph of prose
        if stripped:
            header.append(stripped)
        offset += len(line)
        body_start = offset
    published = find_date("\n".join(header)) if header else None
    if published is None:
        published = find_date(text[:2000])
    author = None
    for h in header:
        d = find_date(h)
        rest = h
        if d:
            rest = re.sub(r"\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}).*$", "", h).strip()
        if rest and not re.search(r"\d+\s+min(ute)?s?\s+read", rest, re.I) and len(rest.split()) <= 6:
            author = re.sub(r"^by\s+", "", rest, flags=re.I)
            break
    return Article(
        id=article_id or slugify(Path(source).stem),
        title=title,
        text=text,
        source=source,
        published=published,
        author=author,
        body_start=body_start,
    )


def read_article(path: str | Path) -> Article:
    """Read one article file; raise :class:`ArticleError` naming the file."""
    path = Path(path)
    try:
        size = path.stat().st_size
        raw = path.read_bytes() if size <= _MAX_BYTES else None
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read it ({exc.strerror or exc})") from exc
    if raw is None:
        raise ArticleError(f"{path}: {size} bytes is larger than the {_MAX_BYTES} byte limit for an article")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{path}: not valid UTF-8 text (byte {exc.start}); save it as UTF-8 and try again") from exc
    return parse_text(text, source=str(path))
