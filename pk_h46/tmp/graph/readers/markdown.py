"""Markdown articles: optional front matter, then Markdown the extractor should not see.

Front matter is a block between ``---`` lines (YAML) or ``+++`` lines (TOML)
at the top of the file; only flat ``key: value`` / ``key = value`` pairs and
simple lists are read (``title``, ``date``/``published``, ``author``/
``authors``, ``url``/``canonical_url``), which is what articles carry, so no
YAML library is needed.

The body is turned into plain text: headings, emphasis, links (their text is
kept), images, code blocks, HTML comments and tags, reference definitions,
footnote markers, tables' rules and list markers go; paragraphs that were
wrapped over several lines become one line.  The result is read like a
plain-text article (title line, byline, date line, body), and front-matter
values win over what the header lines say.
"""

from __future__ import annotations

import dataclasses
import html
import re

from .dates import parse_date
from .model import Article, join_names
from .plain import parse_text

__all__ = ["parse_markdown", "markdown_to_text", "front_matter"]

_FM = re.compile(r"\A(?:\ufeff)?(?P<fence>---|\+\+\+)[ \t]*\r?\n(?P<body>.*?)\r?\n(?P=fence)[ \t]*(?:\r?\n|\Z)", re.S)
_KV = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(?P<value>.*)$")


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def front_matter(text: str) -> tuple[dict, str]:
    """``(fields, rest of the text)``; fields are strings or lists of strings."""
    m = _FM.match(text)
    if not m:
        return {}, text
    fields: dict = {}
    key = None
    for line in m.group("body").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = re.match(r"^\s+-\s+(.*)$|^-\s+(.*)$", line)
        if item and key:
            value = _unquote(item.group(1) or item.group(2))
            if not isinstance(fields.get(key), list):
                fields[key] = [] if not fields.get(key) else [fields[key]]
            fields[key].append(value)
            continue
        kv = _KV.match(line)
        if kv:
            key = kv.group("key").lower()
            value = kv.group("value").strip()
            if value.startswith("[") and value.endswith("]"):
                fields[key] = [_unquote(v) for v in value[1:-1].split(",") if v.strip()]
            else:
                fields[key] = _unquote(value)
    return fields, text[m.end():]


_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_ATX = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+\s*)?$|^\s{0,3}#{1,6}$")
_SETEXT = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?")
_REFDEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_COMMENT = re.compile(r"<!--.*?-->", re.S)

_SPAN = 300
"""The longest emphasis, link text or URL stripped, in characters."""

_INLINE = [
    # every span is bounded (_SPAN), so an unclosed marker costs a bounded scan, not one to the end of the text
    (re.compile(r"!\[[^\]\n]{0,%d}\]\([^)\n]{0,%d}\)" % (_SPAN, _SPAN)), ""),  # images
    (re.compile(r"!\[[^\]\n]{0,%d}\]\[[^\]\n]{0,%d}\]" % (_SPAN, _SPAN)), ""),
    (re.compile(r"\[\^[^\]\s]{1,%d}\]" % _SPAN), ""),  # footnote markers
    (re.compile(r"\[([^\]\n]{1,%d})\]\((?:[^()\s]|\([^()\s]{0,%d}\)){0,%d}(?:\s+\"[^\"\n]{0,%d}\")?\)"
                % (_SPAN, _SPAN, _SPAN, _SPAN)), r"\1"),  # [text](url "title")
    (re.compile(r"\[([^\]\n]{1,%d})\]\[[^\]\n]{0,%d}\]" % (_SPAN, _SPAN)), r"\1"),  # [text][ref]
    (re.compile(r"<(https?://[^>\s]{1,%d})>" % _SPAN), r"\1"),  # autolinks
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,%d})?/?>" % _SPAN), ""),  # inline HTML tags
    (re.compile(r"(`{1,3})([^`]{1,%d}?)\1" % _SPAN), r"\2"),  # code spans
    (re.compile(r"(\*\*\*|___)(?=\S)(.{1,%d}?)(?<=\S)\1" % _SPAN), r"\2"),
    (re.compile(r"(\*\*|__)(?=\S)(.{1,%d}?)(?<=\S)\1" % _SPAN), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.{1,%d}?)(?<=\S)\*(?![\w*])" % _SPAN), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)(.{1,%d}?)(?<=\S)_(?![\w_])" % _SPAN), r"\1"),
    (re.compile(r"~~(?=\S)(.{1,%d}?)(?<=\S)~~" % _SPAN), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])"), r"\1"),  # escapes
]


def _inline(text: str) -> str:
    for rx, repl in _INLINE:
        text = rx.sub(repl, text)
    return html.unescape(text).strip()


def markdown_to_text(md: str) -> list[str]:
    """The blocks of a Markdown document as plain-text lines (one per
    heading, paragraph, list item or table row)."""
    md = _COMMENT.sub("", md)
    blocks: list[str] = []
    para: list[str] = []
    fence: str | None = None

    def flush() -> None:
        if para:
            text = _inline(" ".join(p.strip() for p in para))
            if text:
                blocks.append(text)
            para.clear()

    for raw in md.splitlines():
        if fence:
            if raw.strip().startswith(fence):
                fence = None
            continue
        m = _FENCE.match(raw)
        if m:
            flush()
            fence = m.group(1)
            continue
        line = raw
        while _QUOTE.match(line):
            line = _QUOTE.sub("", line, count=1)
        if not line.strip():
            flush()
            continue
        if _SETEXT.match(line) and para:
            flush()  # the paragraph above was a heading
            continue
        if _RULE.match(line) or _REFDEF.match(line) or _TABLE_RULE.match(line):
            flush()
            continue
        heading = _ATX.match(line)
        if heading:
            flush()
            text = _inline(heading.group(1) or "")
            if text:
                blocks.append(text)
            continue
        item = _ITEM.match(line)
        if item and not (para and item.group(0).strip()[:1].isdigit() and not item.group(0).strip().startswith(("1.", "1)"))):
            # a numbered line other than "1." does not interrupt a paragraph ("2024. The deal ...")
            flush()
            para.append(_ITEM.sub("", line, count=1))
            continue
        if line.lstrip().startswith("|"):
            flush()
            cells = [_inline(c) for c in line.strip().strip("|").split("|")]
            row = "; ".join(c for c in cells if c)
            if row:
                blocks.append(row)
            continue
        para.append(line)
    flush()
    return blocks


def _field(fields: dict, *names: str):
    for name in names:
        value = fields.get(name)
        if value:
            return value
    return None


def parse_markdown(text: str, *, source: str, article_id: str | None = None) -> Article:
    """A Markdown file's article; see the module docstring."""
    fields, body = front_matter(text)
    blocks = markdown_to_text(body)
    title = _field(fields, "title", "headline")
    title = title if isinstance(title, str) else None
    if title and not (blocks and blocks[0].casefold() == " ".join(title.split()).casefold()):
        blocks.insert(0, " ".join(title.split()))
    plain = "\n\n".join(blocks) + "\n" if blocks else ""
    art = parse_text(plain, source=source, article_id=article_id)
    authors_field = _field(fields, "authors", "author", "byline")
    authors = tuple(authors_field) if isinstance(authors_field, list) else ((authors_field,) if authors_field else ())
    published = parse_date(_field(fields, "published", "datepublished", "published_at", "publishdate", "pubdate", "date"))
    url = _field(fields, "canonical_url", "canonical", "url", "link")
    url = url if isinstance(url, str) and re.match(r"https?://\S+$", url) else None
    return dataclasses.replace(
        art,
        title=title and " ".join(title.split()) or art.title,
        published=published or art.published,
        author=join_names(authors) or art.author,
        authors=authors,
        url=url,
        format="markdown",
        meta={k: v for k, v in fields.items() if isinstance(v, str | list)},
    )
