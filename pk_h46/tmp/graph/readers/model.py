"""The :class:`Article` record every reader returns, and how its text is laid out."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

__all__ = ["Article", "slugify", "compose"]


@dataclass(frozen=True)
class Article:
    """One news article, as read from a file (or one line of a JSON Lines file).

    :attr:`text` is the article's readable text, and fact offsets refer to it.
    For a plain-text file it is the file itself as decoded (so offsets index
    the file).  For Markdown, HTML and JSON Lines it is the readable text the
    reader made: a title line, a byline, a date line, a blank line and the
    body paragraphs, without markup, front matter, scripts or navigation.
    ``alliancekg extract --format text FILE`` prints it, and every fact's
    evidence sentence is stored word for word, so a sentence can be found in
    the page or file it came from by searching for its text.
    """

    id: str
    """A slug naming the article; it becomes part of the article's IRI."""
    title: str
    text: str
    """The readable text; fact offsets refer to this string."""
    source: str
    """The file path the article was read from."""
    published: str | None = None
    """ISO 8601 publication date (``2024-03-04``), when known."""
    author: str | None = None
    """The byline as one string (``"Ilse Marwood and Tomas Okafor"``)."""
    url: str | None = None
    """The canonical web address, when the article names one."""
    body_start: int = 0
    """Offset in :attr:`text` where the body begins (after title, byline, date)."""
    meta: dict = field(default_factory=dict, compare=False)
    authors: tuple[str, ...] = ()
    """Each author's name, when the source lists them one by one."""
    format: str = "text"
    """Which reader made it: ``text``, ``markdown``, ``html`` or ``jsonl``."""
    line: int | None = None
    """For a JSON Lines file, the line the article is on (from 1)."""

    @property
    def location(self) -> str:
        """``file`` or ``file:line``: where to look for the article."""
        return f"{self.source}:{self.line}" if self.line else self.source

    @property
    def author_names(self) -> tuple[str, ...]:
        """The authors one by one (``authors``, else the byline as one name)."""
        return self.authors or ((self.author,) if self.author else ())


def slugify(text: str) -> str:
    """A lower-case ASCII slug: ``"Mistral AI"`` -> ``"mistral-ai"``."""
    norm = unicodedata.normalize("NFKD", text)
    ascii_text = norm.encode("ascii", "ignore").decode("ascii").lower()
    ascii_text = ascii_text.replace("&", " and ")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    return slug or "x"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def join_names(names: tuple[str, ...] | list[str]) -> str | None:
    names = [n for n in names if n]
    if not names:
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def compose(
    *,
    article_id: str,
    title: str,
    paragraphs: list[str],
    source: str,
    fmt: str,
    published: str | None = None,
    authors: tuple[str, ...] = (),
    url: str | None = None,
    line: int | None = None,
    meta: dict | None = None,
) -> Article:
    """An article whose text is laid out like a plain-text one: title line,
    ``By`` line, date line, a blank line, then the paragraphs separated by
    blank lines.  Offsets in the body are offsets in this text."""
    title = _one_line(title)
    author = join_names(authors)
    head = [title]
    if author:
        head.append(f"By {author}")
    if published:
        head.append(published)
    header = "\n".join(head) + "\n\n"
    body = "\n\n".join(p.strip() for p in paragraphs if p and p.strip())
    return Article(
        id=article_id,
        title=title,
        text=header + body + "\n",
        source=source,
        published=published,
        author=author,
        url=url,
        body_start=len(header),
        meta=meta or {},
        authors=tuple(a for a in authors if a),
        format=fmt,
        line=line,
    )
