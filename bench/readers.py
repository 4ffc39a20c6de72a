"""Article readers: speed per format, and trafilatura against the simple
fallback on pages of three shapes (a semantic news page, div soup without
<article>, broken markup), measured by body sentences kept and boilerplate
strings leaked.

    python bench/readers.py --articles 200

Every article and page is generated or written here (invented companies).
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

from alliancekg.graph.articles import iter_articles
from alliancekg.graph.readers.html import _fallback_paragraphs, _parse, _trafilatura_paragraphs

NAMES = ["Veltrana Systems", "Korvid Labs", "Pellmore Ventures", "Harrowgate Robotics", "Ostrivo Capital", "Dastra Robotics"]
HERE = Path(__file__).resolve().parents[1]

DIVSOUP = """<html><head><title>Harrowgate Robotics raises $12m from Pellmore - Lakeside Business Wire</title>
<meta name="date" content="14.06.2024"></head><body>
<div id="top"><div class="menu"><a href="/">Start</a> | <a href="/news">News</a> | <a href="/about">About us</a></div></div>
<div id="wrap"><div class="col-main">
 <div class="story-head"><span class="h">Harrowgate Robotics raises $12m from Pellmore</span>
  <div class="meta">Published: 14.06.2024 | Updated: 15.06.2024 | by Dara Venn</div></div>
 <div class="story-body">
  Harrowgate Robotics, a Leeds-based maker of farm robots, said on Friday it had raised $12 million from Pellmore Ventures.<br><br>
  The round values the company at about $80 million, according to a person familiar with the matter.<br><br>
  Pellmore Ventures also signed a partnership with Harrowgate to test its harvest robots on farms in Kent.<br><br>
  Harrowgate was founded in 2019.
 </div></div>
 <div class="col-side"><h4>Most read</h4><ol><li>Ostrivo Capital closes fund</li><li>Dastra Robotics hires CFO</li>
 <li>Zephyrine Bank opens branch in Leeds and hires forty new staff this week</li></ol>
 <div class="promo">Subscribe now and get 50% off your first year of Lakeside Business Wire Premium.</div></div>
</div><div class="foot">Lakeside Business Wire, 1 Quay Street. Contact | Imprint</div></body></html>"""

BROKEN = """<title>Quasarine buys Dastra Robotics</title>
<meta name=author content=Nell Ashby>
<body><div class=nav><a href=/>Home<a href=/deals>Deals</div>
<div class="content"><h1>Quasarine buys Dastra Robotics</h1>
<p>Quasarine Analytics has acquired Dastra Robotics, a Lisbon-based start-up, for $55 million, the companies said on Monday.
<p>The deal follows a partnership the two signed last year.
<script>var s = "</div><p>script paragraph should not appear</p>";</script>
<!-- <p>commented out paragraph should not appear</p> -->
<p>Dastra will keep its brand and its 40 staff.</div></div></div>
<p>Shares of Quasarine rose 3 percent in Lisbon trading after the announcement.
<div class="footer">Copyright Quasar News</div>"""

PAGES = {
    "news page": ((HERE / "tests" / "readers" / "newsroom.html").read_text(encoding="utf-8"),
                  ["invested €40 million in Korvid Labs", "is now available on Veltrana Cloud", "employs about sixty people",
                   "Voice is the next interface", "declined to comment on its valuation"],
                  ["Secret tracking", "trackerQueue", "style text", "Advertisement", "Related stories", "Pellmore buys",
                   "Sign up", "Great news for Tallinn", "All rights reserved", "Accept all", "Enable JavaScript",
                   "do-not-read-me", "Home"]),
    "div soup": (DIVSOUP,
                 ["raised $12 million from Pellmore Ventures", "values the company at about $80 million",
                  "test its harvest robots", "founded in 2019"],
                 ["Most read", "Ostrivo Capital closes", "Zephyrine Bank opens", "Subscribe now", "1 Quay Street", "About us"]),
    "broken": (BROKEN,
               ["has acquired Dastra Robotics", "partnership the two signed last year", "keep its brand",
                "Shares of Quasarine rose"],
               ["script paragraph", "commented out", "Copyright Quasar", "Deals"]),
}


def _paragraphs(i: int, rng: random.Random) -> list[str]:
    out = []
    for j in range(8):
        a, b = rng.sample(NAMES, 2)
        out.append(f"{a} has invested ${rng.randint(2, 90)} million in {b}, a Leeds-based start-up, the companies said on "
                   f"Friday. The deal, number {i}-{j}, follows a partnership the two signed last month in London.")
    return out


def write_corpus(folder: Path, n: int) -> None:
    rng = random.Random(1)
    for fmt in ("txt", "md", "html"):
        (folder / fmt).mkdir()
    lines = []
    for i in range(n):
        ps = _paragraphs(i, rng)
        title = f"Deal {i}: {NAMES[i % 6]} backs {NAMES[(i + 1) % 6]}"
        (folder / "txt" / f"a{i}.txt").write_text(f"{title}\nBy Dara Venn\nJune 14, 2024\n\n" + "\n\n".join(ps) + "\n")
        (folder / "md" / f"a{i}.md").write_text(
            f"---\ntitle: {title}\ndate: 2024-06-14\nauthor: Dara Venn\n---\n\n# {title}\n\n"
            + "\n\n".join(f"**{p[:16]}**{p[16:]}" for p in ps) + "\n")
        ld = json.dumps({"@type": "NewsArticle", "headline": title, "author": {"name": "Dara Venn"}})
        (folder / "html" / f"a{i}.html").write_text(
            f"<!DOCTYPE html><html lang='en'><head><title>{title} | Wire</title>"
            "<meta property='article:published_time' content='2024-06-14T09:00:00Z'>"
            f"<link rel=canonical href='https://wire.example/{i}'><script type='application/ld+json'>{ld}</script>"
            "<script>var x=1;</script></head><body><nav><a href='/'>Home</a> <a href='/deals'>Deals</a></nav><main><article>"
            f"<h1>{title}</h1><p class=byline>By Dara Venn <time datetime='2024-06-14'>14 June 2024</time></p>"
            + "".join(f"<p>{p}</p>" for p in ps)
            + "</article><aside class=related><ul><li>Other story</li></ul></aside></main><footer>(c) Wire</footer></body></html>")
        lines.append(json.dumps({"title": title, "date": "2024-06-14", "url": f"https://wire.example/{i}", "text": "\n\n".join(ps)}))
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n")


def speed(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_corpus(folder, n)
        for fmt in ("txt", "md", "html"):
            files = sorted((folder / fmt).iterdir())
            list(iter_articles(files[0]))  # imports
            t = time.perf_counter()
            for f in files:
                list(iter_articles(f))
            dt = time.perf_counter() - t
            kb = sum(f.stat().st_size for f in files) / 1024
            print(f"{fmt:6} {len(files):5} articles {kb:6.0f} KB {dt / len(files) * 1000:7.2f} ms/article {kb / 1024 / dt:6.2f} MB/s")
        path = folder / "feed.jsonl"
        t = time.perf_counter()
        arts = list(iter_articles(path))
        dt = time.perf_counter() - t
        kb = path.stat().st_size / 1024
        print(f"jsonl  {len(arts):5} articles {kb:6.0f} KB {dt / len(arts) * 1000:7.2f} ms/article {kb / 1024 / dt:6.2f} MB/s")


def quality(repeat: int) -> None:
    for name, (page, want, leak) in PAGES.items():
        tree = _parse(page, name)
        for label, fn in (("trafilatura", lambda p=page: _trafilatura_paragraphs(p)),
                          ("fallback", lambda t=tree: _fallback_paragraphs(t))):
            fn()
            t = time.perf_counter()
            for _ in range(repeat):
                text = "\n".join(fn())
            ms = (time.perf_counter() - t) / repeat * 1000
            leaked = [s for s in leak if s in text]
            print(f"{name:9} {label:11} body {sum(w in text for w in want)}/{len(want)} "
                  f"leaks {len(leaked)}/{len(leak)} {leaked} {ms:.2f} ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    speed(args.articles)
    quality(args.repeat)


if __name__ == "__main__":
    main()
