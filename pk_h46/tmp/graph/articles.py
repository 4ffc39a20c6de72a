"""Read article files into :class:`Article` records (kept for its import path).

The readers live in :mod:`alliancekg.graph.readers`: plain text, Markdown,
HTML and JSON Lines, with one table from file suffix to reader.  This module
re-exports the names the rest of the project imports.
"""

from __future__ import annotations

from .readers import (
    ARTICLE_SUFFIXES,
    Article,
    article_id_for,
    find_date,
    iter_articles,
    parse_date,
    parse_text,
    read_article,
    slugify,
)

__all__ = [
    "Article",
    "read_article",
    "iter_articles",
    "parse_text",
    "slugify",
    "find_date",
    "parse_date",
    "article_id_for",
    "ARTICLE_SUFFIXES",
]
