"""Score the extractor on folders of gold-annotated articles and time it.

    python bench/extract_eval.py tests/articles/tune tests/articles/holdout ../shared/corpus/dev
    python bench/extract_eval.py --verbose tests/articles/tune     # every miss and extra
    python bench/extract_eval.py --speed 20 ../shared/corpus/dev   # articles/s over 20 passes (CPU time)
    python bench/extract_eval.py --speed 20 --fresh ../shared/corpus/dev   # ... as if every article were new

Scoring follows ../shared/eval/SCHEMA.md (strict facts: relation, subject and
object must match after name normalisation; partners_with in either order),
in process, so a whole folder scores in well under a second.  The scoring
functions live in :mod:`alliancekg.graph.extract.scoring` (tested there).
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from alliancekg.graph.evaluation import gold_pairs
from alliancekg.graph.extract import extract
from alliancekg.graph.extract.scoring import Tally, score_article


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--verbose", action="store_true", help="print every missed and extra fact")
    ap.add_argument("--speed", type=int, default=0, metavar="N", help="also time N extraction passes over all articles")
    ap.add_argument("--fresh", action="store_true",
                    help="with --speed: empty the regex cache before each article, as when every article is new")
    args = ap.parse_args(argv)
    everything = []
    for folder in args.folders:
        pairs = list(gold_pairs(folder))
        everything.extend(a for a, _ in pairs)
        tally = Tally()
        for art, gold in pairs:
            score_article(gold, extract(art).to_facts_json(), tally)
        p, r, f = tally.prf()
        print(f"{str(folder):40} articles {len(pairs):3}  facts P {p:.3f} R {r:.3f} F1 {f:.3f}  "
              f"(tp {tally.tp} fp {tally.fp} fn {tally.fn})  attrs {tally.attr_summary()}")
        if args.verbose:
            for line in tally.misses:
                print("   ", line)
    if args.speed:
        for art in everything:
            extract(art)  # load the gazetteer first
        t0 = time.process_time()
        for _ in range(args.speed):
            for art in everything:
                if args.fresh:
                    re.purge()
                extract(art)
        dt = time.process_time() - t0
        print(f"speed: {args.speed * len(everything) / dt:.1f} articles/s of CPU time on one core "
              f"({len(everything)} articles x {args.speed}{', regex cache emptied per article' if args.fresh else ''})")


if __name__ == "__main__":
    main()
