"""Read article files of every kind into :class:`Article` records.

One table maps a file suffix to its reader:

=====================  ===========================================================
``.txt .text``         plain text: title line, byline, date line, body (:mod:`.plain`)
``.md .markdown``      Markdown, with optional front matter (:mod:`.markdown`)
``.html .htm .xhtml``  a web page: main text and metadata (:mod:`.html`)
``.jsonl .ndjson``     JSON Lines, one article per line (:mod:`.jsonl`)
=====================  ===========================================================

:func:`iter_articles` reads any of them (a JSON Lines file gives many
articles, and a bad line comes back as an :class:`ArticleError` among them);
:func:`read_article` reads a file that holds one article.  Every error names
the file (and line) and says what to do.

:attr:`Article.text` is what fact offsets refer to: the file itself for plain
text, the readable text the reader made for the other kinds (see
:class:`~.model.Article`).  Readers are pure over the text they are given and
never touch the network.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from ..errors import ArticleError
from .dates import find_date, find_dates, parse_date, publication_date
from .decode import MAX_BYTES, decode, read_bytes
from .model import Article, compose, slugify
from .plain import parse_text

__all__ = [
    "Article",
    "ARTICLE_SUFFIXES",
    "READERS",
    "MAX_BYTES",
    "article_id_for",
    "compose",
    "find_date",
    "find_dates",
    "iter_articles",
    "parse_date",
    "parse_text",
    "publication_date",
    "read_article",
    "reader_for",
    "slugify",
]


def _markdown(text: str, source: str, article_id: str) -> Article:
    from .markdown import parse_markdown

    return parse_markdown(text, source=source, article_id=article_id)


def _html(text: str, source: str, article_id: str) -> Article:
    from .html import parse_html

    return parse_html(text, source=source, article_id=article_id)


def _plain(text: str, source: str, article_id: str) -> Article:
    return parse_text(text, source=source, article_id=article_id)


READERS: dict[str, tuple[str, Callable[[str, str, str], Article] | None]] = {
    ".txt": ("text", _plain),
    ".text": ("text", _plain),
    ".md": ("markdown", _markdown),
    ".markdown": ("markdown", _markdown),
    ".html": ("html", _html),
    ".htm": ("html", _html),
    ".xhtml": ("html", _html),
    ".jsonl": ("jsonl", None),
    ".ndjson": ("jsonl", None),
}
"""suffix -> (format name, reader of one decoded file); JSON Lines is streamed instead."""

ARTICLE_SUFFIXES = frozenset(READERS)

_GENERIC_STEMS = {"index", "default", "article", "story", "post", "page", "content", "readme", "main"}


def reader_for(path: str | Path) -> str | None:
    """The format name of an article file, by suffix, or None."""
    entry = READERS.get(Path(path).suffix.lower())
    return entry[0] if entry else None


def article_id_for(path: str | Path) -> str:
    """A file's article id: its name without suffix, or its folder's name
    when the file name says nothing (``veltrana-korvid/index.html``)."""
    p = Path(path)
    stem = slugify(p.stem)
    if stem in _GENERIC_STEMS and p.parent.name and p.parent.name not in (".", ".."):
        return slugify(p.parent.name)
    return stem


def _unknown(path: Path) -> ArticleError:
    return ArticleError(
        f"{path}: unknown kind of file {path.suffix or '(no suffix)'}; articles are "
        f"{' '.join(sorted(ARTICLE_SUFFIXES))} (rename it if it is one of these)"
    )


def iter_articles(path: str | Path) -> Iterator[Article | ArticleError]:
    """Every article in a file: one for text, Markdown and HTML, one per line
    for JSON Lines (a bad line comes back as an :class:`ArticleError` and the
    rest are read on).  Problems with the file as a whole raise."""
    path = Path(path)
    entry = READERS.get(path.suffix.lower())
    if entry is None:
        raise _unknown(path)
    fmt, reader = entry
    if reader is None:
        from .jsonl import iter_jsonl

        yield from iter_jsonl(path)
        return
    text = decode(read_bytes(path), str(path), html=fmt == "html")
    yield reader(text, str(path), article_id_for(path))


def read_article(path: str | Path) -> Article:
    """Read one article file; raise :class:`ArticleError` naming the file.

    Files without a known suffix are read as plain text.  A JSON Lines file
    must hold exactly one article (use :func:`iter_articles` for more)."""
    path = Path(path)
    if path.suffix.lower() not in READERS:
        text = decode(read_bytes(path), str(path))
        return parse_text(text, source=str(path), article_id=article_id_for(path))
    found = list(iter_articles(path))
    for item in found:
        if isinstance(item, ArticleError):
            raise item
    if len(found) != 1:
        raise ArticleError(f"{path}: holds {len(found)} articles; read it with iter_articles (or `alliancekg ingest`)")
    return found[0]
