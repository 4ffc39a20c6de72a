"""Extraction throughput on one core: articles per second and peak memory.

Run in its own process by the suite (so that its peak RSS is the
extractor's alone):

    python -m bench.extraction --articles 300 --runs 5     # prints one JSON object
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
import tracemalloc


def measure(articles: int, runs: int, seed: int = 3) -> dict:
    from alliancekg.graph.extract import extract

    from .articles import synthetic_articles

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    arts = list(synthetic_articles(articles, seed=seed))
    size = sum(len(a.text.encode("utf-8")) for a in arts) / len(arts)
    t = time.perf_counter()
    for a in arts[: min(20, len(arts))]:  # warm-up: gazetteer, compiled patterns
        extract(a)
    warmup_s = time.perf_counter() - t
    rates, cpu_rates = [], []
    facts = 0
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        facts = sum(len(extract(a).facts) for a in arts)
        rates.append(len(arts) / (time.perf_counter() - wall))
        cpu_rates.append(len(arts) / (time.process_time() - cpu))
    tracemalloc.start()
    for a in arts[:50]:
        extract(a)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "articles": len(arts), "runs": runs, "mean_bytes": round(size), "facts_per_article": facts / len(arts),
        "warmup_s": warmup_s,
        "articles_per_s": statistics.median(rates), "articles_per_s_runs": rates,
        "articles_per_cpu_s": statistics.median(cpu_rates),
        "peak_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        "rss_before_articles": rss_before,
        "python_alloc_peak_50_articles": traced_peak,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.extraction", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    json.dump(measure(args.articles, args.runs), sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
