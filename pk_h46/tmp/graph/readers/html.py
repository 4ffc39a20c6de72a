"""HTML articles: the main text without navigation, scripts or boilerplate, and the page's metadata.

The page is parsed by lxml's forgiving HTML parser (no network access, no
DTD loading, nothing executed); scripts are never run, external resources
never fetched.

Metadata, each from the first source that has it:

* title: JSON-LD ``headline``, ``og:title``, ``twitter:title``, the first
  ``<h1>``, then ``<title>`` without its " | Site name" tail;
* publication date: JSON-LD ``datePublished``, ``article:published_time``
  and the other published-date meta tags, a ``<time>`` marked as the
  publication (``itemprop=datePublished``, ``pubdate``), the byline
  ("Published ... Updated ..." prefers Published), the first ``<time>`` of the
  article; a modified date only when nothing else says when;
* author: JSON-LD ``author`` (names of Persons or Organizations, one by one),
  ``<meta name=author>`` and kin, ``rel=author`` links, the byline;
* URL: ``<link rel=canonical>``, ``og:url``, JSON-LD ``url`` /
  ``mainEntityOfPage`` (absolute http(s) addresses only).

The main text comes from trafilatura (text density, boilerplate lists); when
it finds less than 250 characters (very short pages, where it keeps menus
too), from a simple fallback that reads the
paragraphs of ``<article>``/``<main>``/``<body>`` after dropping scripts,
navigation, asides, forms, ads and comment sections.
"""

from __future__ import annotations

import json
import logging
import re
from functools import lru_cache

from ..errors import ArticleError
from .dates import parse_date, publication_date
from .model import Article, compose

__all__ = ["parse_html", "html_metadata", "main_text"]

_ARTICLE_TYPES = {
    "newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "technewsarticle", "techarticle", "report", "liveblogposting",
    "scholarlyarticle", "socialmediaposting",
}
_META_TITLE = ("og:title", "twitter:title", "dc.title", "dcterms.title", "headline")
_META_PUBLISHED = (
    "article:published_time", "og:article:published_time", "og:published_time", "published_time", "datepublished",
    "article.published", "publish-date", "publish_date", "publishdate", "pubdate", "date", "dc.date.issued",
    "dcterms.issued", "dcterms.created", "dc.date", "sailthru.date", "parsely-pub-date", "article:published",
)
_META_MODIFIED = ("article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified")
_META_AUTHOR = ("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl")
_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button",
              "figure", "iframe", "svg", "select", "dialog", "object", "embed", "canvas", "audio", "video")
_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:ad|ads|advert|advertisement|ad-slot|promo|sponsor\w*|related|newsletter|subscribe|signup|comments?|"
    r"cookie\w*|consent|share|social|sidebar|menu|breadcrumbs?|nav\w*|footer|header|masthead|popup|modal|banner|"
    r"most-read|trending|recommended|outbrain|taboola)(?:$|[\s_-])",
    re.I,
)
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td", "th", "div", "section")
_SITE_SUFFIX = re.compile(r"\s+(?:\||–|—|-|::|·|•)\s+[^|–—]{1,60}$")


def _parse(text: str, source: str):
    import lxml.html
    from lxml import etree

    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses str input with an encoding declaration
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True,
                                  huge_tree=False, default_doctype=False)
    try:
        return lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ArticleError(f"{source}: cannot read it as HTML ({exc}); check that it is a web page") from exc


def _text(el) -> str:
    return " ".join(el.text_content().split())


def _json_ld_objects(tree) -> list[dict]:
    out: list[dict] = []

    def walk(node) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            types = node.get("@type")
            types = types if isinstance(types, list) else [types]
            if any(isinstance(t, str) and t.lower().rsplit("/", 1)[-1] in _ARTICLE_TYPES for t in types):
                out.append(node)
            if "@graph" in node:
                walk(node["@graph"])

    for script in tree.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'):
        raw = (script.text or "").strip()
        raw = re.sub(r"^\s*(?:<!--|/\*<!\[CDATA\[\*/|<!\[CDATA\[)|(?:-->|/\*\]\]>\*/|\]\]>)\s*$", "", raw)
        try:
            walk(json.loads(raw))
        except (ValueError, RecursionError):
            continue  # a broken JSON-LD block is ignored; the meta tags and the page still count
    return out


def _names(value) -> list[str]:
    """Author names from a JSON-LD author value (string, object or list)."""
    if isinstance(value, str):
        return [value] if value.strip() and not re.match(r"https?://", value) else []
    if isinstance(value, dict):
        name = value.get("name")
        return _names(name) if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _absolute_url(value) -> str | None:
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    if isinstance(value, str):
        value = value.strip()
        if re.match(r"https?://[^\s/]+\S*$", value):
            return value
    return None


def _metas(tree) -> dict[str, str]:
    metas: dict[str, str] = {}
    for m in tree.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or m.get("http-equiv") or "").strip().lower()
        content = (m.get("content") or "").strip()
        if key and content:
            metas.setdefault(key, content)
    return metas


def _first(*values):
    for v in values:
        if v:
            return v
    return None


def _split_authors(value: str) -> list[str]:
    value = re.sub(r"^\s*by\s+", "", " ".join(value.split()), flags=re.I)
    parts = re.split(r"\s*(?:;|,|\band\b|&)\s*", value)
    return [p for p in (p.strip(" .") for p in parts) if p and len(p.split()) <= 6 and not re.match(r"https?://", p)]


def html_metadata(tree) -> dict:
    """Title, published, modified, authors, url and lang of a parsed page."""
    ld = _json_ld_objects(tree)
    metas = _metas(tree)
    lang = (tree.get("lang") or metas.get("content-language") or "").strip().lower()
    month_first = lang in ("en-us", "en_us")

    def ld_get(key):
        return _first(*(o.get(key) for o in ld))

    h1 = tree.xpath("(//article//h1 | //main//h1 | //h1)[1]")
    title_tag = tree.find(".//title")
    page_title = _text(title_tag) if title_tag is not None else ""
    if page_title:
        site = metas.get("og:site_name")
        if site and page_title.endswith(site):
            page_title = re.sub(r"\s*(?:\||–|—|-|::|·|•)\s*$", "", page_title[: -len(site)]).strip() or page_title
        elif _SITE_SUFFIX.search(page_title) and len(_SITE_SUFFIX.search(page_title).group(0).split()) <= 6:
            page_title = _SITE_SUFFIX.sub("", page_title)
    headline = ld_get("headline")
    title = _first(
        headline if isinstance(headline, str) else None,
        *(metas.get(k) for k in _META_TITLE),
        _text(h1[0]) if h1 else None,
        page_title,
    )

    # dates: structured first, then what the page shows
    published = _first(
        parse_date(ld_get("datePublished")),
        *(parse_date(metas.get(k), month_first=month_first) for k in _META_PUBLISHED),
    )
    times = tree.xpath("//time")
    marked = [t for t in times if (t.get("itemprop") or "").lower() == "datepublished" or t.get("pubdate") is not None
              or re.search(r"publish", t.get("class") or "", re.I)]
    if not published and marked:
        published = parse_date(marked[0].get("datetime") or _text(marked[0]), month_first=month_first)
    bylines = tree.xpath('//*[contains(translate(@class, "BYLINEAUTHOR", "bylineauthor"), "byline") '
                         'or contains(translate(@class, "DATELINE", "dateline"), "dateline") '
                         'or contains(translate(@class, "META", "meta"), "meta")]')
    if not published:
        lines = []
        for el in bylines[:5]:
            line = _text(el)
            for t in el.iter("time"):  # a <time datetime> inside the byline, at its place in the line
                if t.get("datetime"):
                    line = line.replace(_text(t), f" {t.get('datetime')} ", 1) if _text(t) else f"{line} {t.get('datetime')}"
            lines.append(line)
        published = publication_date(lines, month_first=month_first)
    if not published and times:
        article_times = tree.xpath("//article//time | //main//time") or times
        published = parse_date(article_times[0].get("datetime") or _text(article_times[0]), month_first=month_first)
    modified = _first(parse_date(ld_get("dateModified")), *(parse_date(metas.get(k)) for k in _META_MODIFIED))

    authors = _names(ld_get("author"))
    if not authors:
        for k in _META_AUTHOR:
            if metas.get(k) and not re.match(r"https?://", metas[k]):
                authors = _split_authors(metas[k])
                break
    if not authors:
        authors = [_text(a) for a in tree.xpath('//a[@rel="author"] | //*[@itemprop="author"]') if _text(a)][:5]
    if not authors:
        candidates = tree.xpath('//*[contains(translate(@class, "BYLINEAUTHOR", "bylineauthor"), "author")]')
        for el in (bylines + candidates)[:6]:
            m = re.search(r"(?:^|[|·•—–]\s*)by\s+(.+?)(?=\s*(?:[|·•—–]|\bpublished\b|\bupdated\b|\bon\b|\d)|$)", _text(el), re.I)
            if m:
                authors = _split_authors(m.group(1))
                break
    seen: set[str] = set()
    authors = [a for a in (" ".join(a.split()) for a in authors) if not (a.casefold() in seen or seen.add(a.casefold()))]

    canonical = tree.xpath('//link[contains(concat(" ", normalize-space(translate(@rel, "CANONIL", "canonil")), " "), " canonical ")]/@href')
    url = _first(
        *(_absolute_url(c) for c in canonical),
        _absolute_url(metas.get("og:url")),
        _absolute_url(ld_get("url")),
        _absolute_url(ld_get("mainEntityOfPage")),
    )
    return {
        "title": " ".join(title.split()) if title else None,
        "published": published,
        "modified": modified,
        "authors": authors,
        "url": url,
        "lang": lang or None,
        "month_first": month_first,
    }


@lru_cache(maxsize=1)
def _trafilatura_config():
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def _trafilatura_paragraphs(text: str) -> list[str]:
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    out = trafilatura.extract(
        text, output_format="txt", include_comments=False, include_tables=False, include_images=False,
        include_links=False, include_formatting=False, favor_recall=True, deduplicate=False, with_metadata=False,
        config=_trafilatura_config(),
    )
    return [" ".join(p.split()) for p in (out or "").split("\n") if p.strip()]


def _fallback_paragraphs(tree) -> list[str]:
    """Paragraphs of the page's main element, boilerplate dropped (for pages trafilatura passes over)."""
    import copy

    root = copy.deepcopy(tree)
    for el in list(root.iter(*_DROP_TAGS)):
        el.drop_tree() if el.getparent() is not None else None
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        marks = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('role') or ''}"
        if marks.strip() and _BOILERPLATE.search(marks) and el.tag not in ("article", "main", "body", "html"):
            el.drop_tree()
    main = root.xpath("(//article | //*[@itemprop='articleBody'] | //main | //body)[1]")
    main = main[0] if main else root
    paragraphs: list[str] = []
    for el in main.iter(*_BLOCKS):
        if el.tag in ("div", "section", "td") and any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in el):
            own = " ".join(((el.text or "") + " ".join((c.tail or "") for c in el)).split())
            if own:
                paragraphs.append(own)
            continue
        if any(a.tag in ("p", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6") for a in el.iterancestors()):
            continue
        text = _text(el)
        if text:
            paragraphs.append(text)
    if not paragraphs:
        text = _text(main)
        paragraphs = [text] if text else []
    return paragraphs


_SHORT = 250
"""trafilatura's MIN_EXTRACTED_SIZE."""


def main_text(text: str, tree) -> list[str]:
    """The paragraphs of the page's main text."""
    try:
        paragraphs = _trafilatura_paragraphs(text)
    except Exception:  # noqa: BLE001 - a third-party failure on odd markup: the fallback still reads the page
        logging.getLogger(__name__).warning("trafilatura failed on a page; using the simple reader", exc_info=True)
        paragraphs = []
    if sum(len(p) for p in paragraphs) < _SHORT:
        # below this trafilatura falls back to all of the page's text, menus included
        paragraphs = _fallback_paragraphs(tree) or paragraphs
    return paragraphs


_BYLINE_LINE = re.compile(r"^(?:by\s|published\b|updated\b|posted\b)", re.I)


def _trim_head(paragraphs: list[str], title: str | None) -> list[str]:
    """Drop the title, byline and date lines the main text starts with (they are in the header)."""
    out = list(paragraphs)
    while out:
        first = out[0]
        words = len(first.split())
        if title and first.casefold() == title.casefold():
            out.pop(0)
        elif words <= 16 and _BYLINE_LINE.match(first) and not first.endswith((".", "!", "?")):
            out.pop(0)
        elif words <= 8 and parse_date(first) and not first.endswith((".", "!", "?")):
            out.pop(0)
        else:
            break
    return out


def parse_html(text: str, *, source: str, article_id: str) -> Article:
    """An HTML page's article; see the module docstring."""
    tree = _parse(text, source)
    meta = html_metadata(tree)
    found = main_text(text, tree)
    head_date = publication_date([p for p in found[:4] if len(p.split()) <= 16], month_first=meta["month_first"])
    paragraphs = _trim_head(found, meta["title"])
    if not paragraphs:
        raise ArticleError(f"{source}: the page has no readable text; check that it is an article page, not a script or frame")
    title = meta["title"] or paragraphs.pop(0)
    published = meta["published"]
    if not published:  # a date line at the top of the text, else the last resort: when it was modified
        published = head_date or meta["modified"]
    return compose(
        article_id=article_id,
        title=title,
        paragraphs=paragraphs,
        source=source,
        fmt="html",
        published=published,
        authors=tuple(meta["authors"]),
        url=meta["url"],
        meta={k: v for k, v in meta.items() if k in ("modified", "lang") and v},
    )
