"""JSON Lines: one article per line, as a JSON object.

Fields (the first one present counts):

* text: ``text``, ``body``, ``content``, ``articleBody``, ``article`` (required);
* title: ``title``, ``headline``, ``name`` (else the text's first line, when short);
* date: ``published``, ``date``, ``datePublished``, ``published_at``,
  ``publishedAt``, ``pubDate``, ``publication_date`` (any format
  :func:`~.dates.parse_date` reads, or Unix seconds);
* url: ``url``, ``canonical_url``, ``link``; author: ``author``, ``authors``,
  ``byline`` (a string, a list, or objects with a ``name``);
* id: ``id``, ``slug``, ``guid`` (optional).

Each line's article gets a stable id: its ``id`` field, else its URL (host
and path), else its title and date, as a slug.  A line that cannot be read
becomes an :class:`ArticleError` naming ``file:line`` in the stream; the
other lines are read on.  Blank lines are skipped.  The file is UTF-8 (JSON
requires it), with or without a byte-order mark.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from ..errors import ArticleError
from .dates import parse_date
from .decode import MAX_BYTES
from .model import Article, compose, slugify

__all__ = ["iter_jsonl", "line_article_id"]

_TEXT = ("text", "body", "content", "articlebody", "article", "article_text", "maintext")
_TITLE = ("title", "headline", "name")
_DATE = ("published", "date", "datepublished", "published_at", "publishedat", "pubdate", "publication_date",
         "date_published", "published_date")
_URL = ("url", "canonical_url", "canonical", "link", "source_url")
_AUTHOR = ("author", "authors", "byline", "creator")
_ID = ("id", "slug", "guid", "article_id")
_HINT = 'each line must be one JSON object with "title", "date", "url" and "text"'


def _get(obj: dict, names: tuple[str, ...]):
    lower = {k.lower(): v for k, v in obj.items() if isinstance(k, str)}
    for n in names:
        v = lower.get(n)
        if v not in (None, "", []):
            return v
    return None


def _authors(value) -> tuple[str, ...]:
    if isinstance(value, str):
        return (" ".join(value.split()),) if value.strip() else ()
    if isinstance(value, dict):
        return _authors(value.get("name"))
    if isinstance(value, list):
        return tuple(a for v in value for a in _authors(v))
    return ()


def _date(value) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    return parse_date(value)


def _short(slug: str, limit: int = 80) -> str:
    if len(slug) <= limit:
        return slug
    return slug[: limit - 9].rstrip("-") + "-" + hashlib.sha1(slug.encode()).hexdigest()[:8]


def line_article_id(explicit, url: str | None, title: str, published: str | None) -> str:
    """The stable id of a JSON Lines article: ``id`` field, URL, or title and date."""
    if isinstance(explicit, str | int) and str(explicit).strip():
        return _short(slugify(str(explicit)))
    if url:
        bare = re.sub(r"^https?://(?:www\.)?", "", url).split("#")[0].split("?")[0].rstrip("/")
        return _short(slugify(bare))
    return _short(slugify(title + (f" {published}" if published else "")))


def _article(obj, path: Path, lineno: int) -> Article:
    where = f"{path}:{lineno}"
    if not isinstance(obj, dict):
        raise ArticleError(f"{where}: a JSON {type(obj).__name__}, not an object; {_HINT}")
    text = _get(obj, _TEXT)
    if not isinstance(text, str) or not text.strip():
        raise ArticleError(f'{where}: no article text; give it as "text" (or "body", "content")')
    title = _get(obj, _TITLE)
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()]
    if not isinstance(title, str) or not title.strip():
        first = paragraphs[0].split("\n", 1)
        if len(first[0]) > 200:
            raise ArticleError(f'{where}: no title; give it as "title"')
        title = first[0]
        paragraphs[0:1] = [first[1]] if len(first) > 1 else []
    title = " ".join(title.split())
    if paragraphs and " ".join(paragraphs[0].split()).casefold() == title.casefold():
        paragraphs.pop(0)
    raw_date = _get(obj, _DATE)
    published = _date(raw_date)
    if raw_date is not None and published is None:
        raise ArticleError(f"{where}: cannot read the date {raw_date!r}; write it as 2024-06-14 (or 'June 14, 2024')")
    url = _get(obj, _URL)
    url = url.strip() if isinstance(url, str) and re.match(r"\s*https?://\S+\s*$", url) else None
    return compose(
        article_id=line_article_id(_get(obj, _ID), url, title, published),
        title=title,
        paragraphs=paragraphs,
        source=str(path),
        fmt="jsonl",
        published=published,
        authors=_authors(_get(obj, _AUTHOR)),
        url=url,
        line=lineno,
    )


def _lines(fh, limit: int = MAX_BYTES) -> Iterator[bytes | int]:
    """The file's lines; a line over ``limit`` bytes comes back as its length
    (read in pieces, never held whole in memory)."""
    while True:
        raw = fh.readline(limit + 1)
        if not raw:
            return
        if len(raw) <= limit:
            yield raw
            continue
        size = len(raw)
        while raw and not raw.endswith(b"\n"):
            raw = fh.readline(1 << 20)
            size += len(raw)
        yield size


def iter_jsonl(path: Path) -> Iterator[Article | ArticleError]:
    """Each line's article, or the error that line raised; file-level
    problems (cannot open, not UTF-8, no articles at all) raise."""
    seen: dict[str, int] = {}
    count = 0
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read it ({exc.strerror or exc})") from exc
    with fh:
        for lineno, raw in enumerate(_lines(fh), start=1):
            if isinstance(raw, int):
                count += 1
                yield ArticleError(f"{path}:{lineno}: the line is {raw} bytes, over the {MAX_BYTES} byte limit for an article; "
                                   "split the article or shorten its text")
                continue
            if lineno == 1:
                if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                    raise ArticleError(f"{path}: JSON Lines must be UTF-8, this file is UTF-16; convert it to UTF-8 and try again")
                raw = raw.removeprefix(codecs.BOM_UTF8)
            if not raw.strip():
                continue
            count += 1
            try:
                line = raw.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError as exc:
                yield ArticleError(f"{path}:{lineno}: not valid UTF-8 at column {exc.start + 1}; save the file as UTF-8")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield ArticleError(f"{path}:{lineno}: not valid JSON: {exc.msg} column {exc.colno}; {_HINT}")
                continue
            except RecursionError:
                yield ArticleError(f"{path}:{lineno}: JSON nested too deeply; {_HINT}")
                continue
            try:
                article = _article(obj, path, lineno)
            except ArticleError as exc:
                yield exc
                continue
            if article.id in seen:
                yield ArticleError(
                    f"{path}:{lineno}: the same article as line {seen[article.id]} (id {article.id!r}, from its "
                    'id, url or title and date); remove the repeat, or give each its own "id"'
                )
                continue
            seen[article.id] = lineno
            yield article
    if count == 0:
        raise ArticleError(f"{path}: the file is empty; put one JSON object per line in it ({_HINT})")
