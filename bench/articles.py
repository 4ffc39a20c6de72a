"""Synthetic deal articles (plain text, about 3 KB each) for extraction throughput.

Every company, person, product and figure is invented (names from
:func:`bench.synthetic.company_name`); the sentences vary the ways news states
a deal: investments with and without amounts, funding rounds with several
investors, acquisitions, partnerships, products on platforms, hedged rumours,
denials, and background sentences with no deal at all.

    from bench.articles import synthetic_articles
    for article in synthetic_articles(200, seed=3):   # -> alliancekg Article objects
        ...
    python -m bench.articles 5            # print five articles
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator

from alliancekg.graph.articles import Article
from alliancekg.graph.readers.plain import parse_text

from .synthetic import company_name

__all__ = ["synthetic_article_text", "synthetic_articles"]

DEAL_SHARE = 0.3
"""The share of sentences that state (or deny, or rumour) a deal; the rest is background."""

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_CITIES = ("Lyon", "Austin", "Leeds", "Osaka", "Tallinn", "Porto", "Denver", "Gdansk", "Utrecht", "Busan")
_PEOPLE = ("Dara Venn", "Ilse Marrow", "Tomas Quell", "Priya Ostrand", "Ken Halloway", "Mira Dask", "Jonas Pell")
_PRODUCT_KINDS = ("Model", "Studio", "Engine", "Assistant", "Cloud", "Chip")

_DEALS = (
    "{a} said on {weekday} it had invested {money} in {b}, a {city}-based developer of AI tools.",
    "{b} raised {money} from {a}, the company said in a statement.",
    "{a} has taken a minority stake in {b} as part of a {money} investment.",
    "{b} closed a {money} Series {series} round led by {a}, with participation from {c} and {d}.",
    "{a} agreed to acquire {b} for {money}, the companies announced.",
    "{a} completed its acquisition of {b}, a {city} start-up, in {month} {year}.",
    "{a} and {b} announced a multi-year partnership to build AI agents for hospitals.",
    "{b} signed a strategic partnership with {a} to bring its models to European customers.",
    "{product} is now available on {platform}, {a} said.",
    "{a} will make {product} available to customers of {platform} from {month}.",
    "{a} is reportedly in talks to invest in {b}, according to people familiar with the matter.",
    "{a} denied a report that it planned to buy {b}.",
    "{b} develops {product}, a tool for drafting contracts.",
)
_FILLER = (
    "The market for AI infrastructure has grown quickly as companies look for cheaper ways to run large models.",
    "Analysts said the deal reflected the pressure on smaller developers to find partners with computing power.",
    "Shares of listed rivals moved little on the news.",
    "The company employs about {n} people and has offices in {city} and {city2}.",
    "{person}, a partner at a consulting firm in {city}, said the terms were in line with recent deals.",
    "Regulators in several countries are looking more closely at investments by large technology companies in AI start-ups.",
    "Neither company disclosed the valuation.",
    "The start-up was founded in {year0} by former researchers and has released several open models.",
    "Revenue grew by {pct} percent last year, according to a person briefed on the figures.",
    "The announcement came a week after a rival raised money from a group of sovereign funds.",
)


def _money(rng: random.Random) -> str:
    value = rng.choice((3, 7.5, 12, 15, 40, 85, 120, 300, 650, 1.2, 2.5))
    if value < 5 and isinstance(value, float):
        return rng.choice(("${v} billion", "€{v}bn", "{v} billion dollars")).format(v=value)
    return rng.choice(("${v} million", "€{v} million", "£{v}m", "{v} million US dollars", "USD {v} million")).format(v=value)


def synthetic_article_text(i: int, rng: random.Random, companies: int = 5000, target_bytes: int = 3000) -> str:
    """The text of article ``i``: a title, a byline and date line, then
    paragraphs mixing deal sentences and background until ``target_bytes``."""
    def company() -> str:
        return company_name(rng.randrange(companies))

    year = rng.randint(2019, 2025)
    month = rng.randrange(12)
    a, b = company(), company()
    title = f"{a} and {b}: {rng.choice(('a new deal', 'investment news', 'alliance talk', 'the week in AI deals'))}"
    lines = [title, "", f"{rng.choice(_PEOPLE)}  {_MONTHS[month]} {rng.randint(1, 28)}, {year}", ""]
    size = sum(len(x) + 1 for x in lines)
    paragraph: list[str] = []
    while size < target_bytes:
        if rng.random() < DEAL_SHARE:
            template = rng.choice(_DEALS)
            a, b, c, d = company(), company(), company(), company()
            stem = a.split()[0]
            text = template.format(
                a=a, b=b, c=c, d=d, money=_money(rng), city=rng.choice(_CITIES), month=_MONTHS[rng.randrange(12)],
                year=year, weekday=rng.choice(("Monday", "Tuesday", "Thursday")), series=rng.choice("ABCD"),
                product=f"{stem} {rng.choice(_PRODUCT_KINDS)}", platform=f"{company().split()[0]} Cloud",
            )
        else:
            text = rng.choice(_FILLER).format(
                n=rng.randint(20, 3000), city=rng.choice(_CITIES), city2=rng.choice(_CITIES), person=rng.choice(_PEOPLE),
                year0=rng.randint(2012, 2021), pct=rng.randint(5, 240))
        paragraph.append(text)
        size += len(text) + 1
        if len(paragraph) >= rng.randint(2, 4):
            lines.append(" ".join(paragraph))
            lines.append("")
            paragraph = []
    if paragraph:
        lines.append(" ".join(paragraph))
    return "\n".join(lines) + "\n"


def synthetic_articles(count: int, seed: int = 3, companies: int = 5000, target_bytes: int = 3000) -> Iterator[Article]:
    """``count`` synthetic articles, parsed as the plain-text reader parses a ``.txt`` file."""
    rng = random.Random(seed)
    for i in range(count):
        text = synthetic_article_text(i, rng, companies, target_bytes)
        yield parse_text(text, source=f"synthetic-article-{i}.txt", article_id=f"synthetic-article-{i}")


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    for art in synthetic_articles(n):
        sys.stdout.write(art.text + "\n" + "-" * 72 + "\n")
