"""Extraction throughput on one core: articles per second and peak memory.

Run in its own process by the suite (so that its peak RSS is the
extractor's alone):

    python -m bench.extraction --articles 300 --runs 5     # prints one JSON object

The target is measured on synthetic 3 KB articles (bench/articles.py).  The
news written for the tests (tests/articles/tune: realistic deal news and odd
genres, all written here) is read too, as a check on what real prose costs:
its rate is given per article and per 3 KB of text.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path


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
    result = {
        "articles": len(arts), "runs": runs, "mean_bytes": round(size), "facts_per_article": facts / len(arts),
        "warmup_s": warmup_s,
        "articles_per_s": statistics.median(rates), "articles_per_s_runs": rates,
        "articles_per_cpu_s": statistics.median(cpu_rates),
        "peak_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        "rss_before_articles": rss_before,
        "python_alloc_peak_50_articles": traced_peak,
    }
    written = measure_written(runs)  # after the peak RSS is taken: these articles also load GeoNames' cities
    if written:
        result["written"] = written
    return result


WRITTEN = Path(__file__).resolve().parents[1] / "tests" / "articles" / "tune"


def measure_written(runs: int, folder: Path = WRITTEN) -> dict | None:
    """CPU rate over the articles written for the tests (after one pass that loads what they need): articles and
    3 KB of text per CPU second, the median of ``runs``."""
    from alliancekg.graph.evaluation import gold_pairs
    from alliancekg.graph.extract import extract

    if not folder.is_dir():
        return None
    arts = [a for a, _gold in gold_pairs(folder)]
    size = sum(len(a.text.encode("utf-8")) for a in arts)
    for a in arts:
        extract(a)
    cpu_s = []
    for _ in range(runs):
        cpu = time.process_time()
        for a in arts:
            extract(a)
        cpu_s.append(time.process_time() - cpu)
    cpu = statistics.median(cpu_s)
    root = WRITTEN.parents[2]
    label = str(folder.relative_to(root)) if folder.is_relative_to(root) else str(folder)
    return {"folder": label, "articles": len(arts), "mean_bytes": round(size / len(arts)),
            "articles_per_cpu_s": len(arts) / cpu, "kb3_per_cpu_s": size / 3000 / cpu}


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
