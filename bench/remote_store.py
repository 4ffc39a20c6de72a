"""The remote store (Virtuoso through AllianceKG's SPARQL 1.1 backend) next to
the embedded store (Oxigraph on disk): ingest speed and the query mix on the
same synthetic graph.

    python -m bench.remote_store --companies 19000          # about 1M quads; starts a throwaway Virtuoso
    python -m bench.remote_store --companies 2000 --endpoint http://127.0.0.1:8890/sparql   # a running one (dba/dba, digest)

Ingest writes one article per write, as ``alliancekg ingest`` does (for the
remote store: one SPARQL Update request per article, which also keeps the
union graph and the registry; for the embedded store: one transaction).  The
mix is :func:`bench.mix.query_mix`, asked through ``store.query(...)`` and
serialised as SPARQL JSON, as /sparql does.  Prints a table and writes JSON.

From code (the benchmark suite calls this)::

    from bench.remote_store import run
    figures = run(companies=2000)
"""

from __future__ import annotations

import argparse
import json
import signal
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from alliancekg.graph.store import EmbeddedStore, RemoteOptions, RemoteStore

from .mix import query_mix
from .synthetic import synthetic_quads

__all__ = ["run", "articles_of", "load_endpoint", "union_url"]


def articles_of(companies: int, seed: int = 7) -> list[tuple[str, bytes, int]]:
    """The synthetic graph as (graph IRI, N-Quads document, quads), one per article."""
    graphs: dict[str, list[str]] = defaultdict(list)
    for line in synthetic_quads(companies, seed):
        graph = line.rstrip(" .").rsplit(" ", 1)[-1]
        graphs[graph[1:-1]].append(line)
    return [(g, ("\n".join(lines) + "\n").encode("utf-8"), len(lines)) for g, lines in graphs.items()]


def union_url(url: str) -> str:
    """The endpoint URL that asks, by the SPARQL protocol's ``default-graph-uri``, for the
    default graph AllianceKG keeps there: the union of the article graphs as a set (Virtuoso's
    own default graph is every graph, as a bag).  Any SPARQL client sees what /sparql sees."""
    from urllib.parse import quote

    if "default-graph-uri=" in url:
        return url
    return f"{url}{'&' if '?' in url else '?'}default-graph-uri={quote(RemoteOptions().union_graph, safe='')}"


def load_endpoint(url: str, nquads_path: Path, *, per_request: int = 50, options: RemoteOptions | None = None) -> int:
    """Empty AllianceKG's graphs at the endpoint ``url`` (a Virtuoso: updates at its -auth twin,
    digest as dba/dba unless ``options`` say otherwise) and write the N-Quads file into it
    through the remote store, ``per_request`` articles a request; returns the quads written.
    The benchmark suite calls this for ``python -m bench --virtuoso URL``."""
    base = url.split("?", 1)[0]
    options = options or RemoteOptions(update_url=base + "-auth", auth="digest", user="dba", password="dba", timeout=600)
    graphs: dict[str, list[str]] = defaultdict(list)
    with open(nquads_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                graphs[line.rstrip().rstrip(" .").rsplit(" ", 1)[-1][1:-1]].append(line.rstrip("\n"))
    articles = [(g, ("\n".join(lines) + "\n").encode("utf-8"), len(lines)) for g, lines in graphs.items()]
    store = RemoteStore("sparql+" + base, options)
    try:
        store.clear()
        for i in range(0, len(articles), per_request):
            group = articles[i:i + per_request]
            store.load_rdf(b"".join(doc for _, doc, _ in group), "nquads", group[0][0])
        store.flush()
        return sum(n for _, _, n in articles)
    finally:
        store.close()


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _measure(store: Any, articles: list[tuple[str, bytes, int]], companies: int, rounds: int,
             progress: bool, per_request: int = 1) -> dict[str, Any]:
    quads = sum(n for _, _, n in articles)
    started = time.perf_counter()
    for i in range(0, len(articles), per_request):
        group = articles[i:i + per_request]
        store.load_rdf(b"".join(doc for _, doc, _ in group), "nquads", group[0][0])
        if progress and i and i % 1000 < per_request:
            rate = sum(n for _, _, n in articles[:i]) / (time.perf_counter() - started)
            print(f"  {type(store).__name__}: {i}/{len(articles)} articles, {rate:,.0f} quads/s", file=sys.stderr)
    store.flush()
    ingest = time.perf_counter() - started
    assert store.count() == quads, (store.count(), quads)
    times: dict[str, list[float]] = defaultdict(list)
    rows: dict[str, int] = defaultdict(int)
    for _shape, sparql in query_mix(companies, rounds=1):  # warm-up: one of each shape
        store.query(sparql).serialize("json")
    for shape, sparql in query_mix(companies, rounds=rounds):
        t = time.perf_counter()
        body = store.query(sparql).serialize("json")
        times[shape].append(time.perf_counter() - t)
        rows[shape] += body.count(b'"type"')
    return {
        "articles": len(articles), "articles_per_write": per_request, "quads": quads, "ingest_seconds": round(ingest, 2),
        "ingest_quads_per_second": round(quads / ingest), "ingest_ms_per_article": round(1000 * ingest / len(articles), 2),
        "mix": {shape: {"median_ms": round(1000 * statistics.median(v), 2), "p95_ms": round(1000 * _percentile(v, 0.95), 2),
                        "runs": len(v), "terms_returned": rows[shape]} for shape, v in times.items()},
    }


def run(companies: int = 2000, *, endpoint: str | None = None, options: RemoteOptions | None = None,
        rounds: int = 10, seed: int = 7, buffers: int = 170_000, progress: bool = True,
        per_request: int = 1) -> dict[str, Any]:
    """Ingest and the query mix on both backends; a dict of the figures.

    ``endpoint``: a running Virtuoso's SPARQL URL (updates at its -auth twin,
    digest as dba/dba unless ``options`` say otherwise); None starts a
    throwaway one with ``buffers`` 8 KB pages (170000: 1.3 GB).  ``per_request``
    articles go into one write (1: as ``alliancekg ingest``; more: a bulk
    load, still all-or-nothing per write)."""
    from .virtuoso import start_virtuoso

    articles = articles_of(companies, seed)
    server = None
    if endpoint is None:
        server = start_virtuoso(buffers=buffers)
        endpoint = server.query_url
    options = options or RemoteOptions(update_url=endpoint + "-auth", auth="digest", user="dba", password="dba",
                                       timeout=600)
    results: dict[str, Any] = {"companies": companies, "seed": seed, "rounds": rounds, "articles_per_write": per_request}
    try:
        remote = RemoteStore("sparql+" + endpoint, options)
        try:
            remote.clear()
            results["virtuoso"] = _measure(remote, articles, companies, rounds, progress, per_request)
            if progress:
                print(json.dumps(results["virtuoso"]), file=sys.stderr)
            if server is None:
                remote.clear()
        finally:
            remote.close()
        with tempfile.TemporaryDirectory(prefix="akg-bench-") as tmp:
            embedded = EmbeddedStore(Path(tmp) / "store")
            try:
                results["embedded"] = _measure(embedded, articles, companies, rounds, progress, per_request)
                if progress:
                    print(json.dumps(results["embedded"]), file=sys.stderr)
            finally:
                embedded.close()
    finally:
        if server is not None:
            server.stop()
    e, v = results["embedded"], results["virtuoso"]
    results["ratios"] = {
        "ingest_time_virtuoso_over_embedded": round(v["ingest_seconds"] / e["ingest_seconds"], 2),
        "mix_median_virtuoso_over_embedded": {s: round(v["mix"][s]["median_ms"] / max(e["mix"][s]["median_ms"], 0.01), 2)
                                              for s in e["mix"]},
    }
    return results


def table(results: dict[str, Any]) -> str:
    e, v = results["embedded"], results["virtuoso"]
    lines = [f"{results['companies']:,} companies: {e['quads']:,} quads in {e['articles']:,} articles "
             f"({results['articles_per_write']} article(s) per write)",
             "",
             f"{'':34} {'embedded':>20} {'virtuoso':>20} {'ratio':>7}",
             f"{'ingest (quads/s)':34} {e['ingest_quads_per_second']:>20,} {v['ingest_quads_per_second']:>20,} "
             f"{results['ratios']['ingest_time_virtuoso_over_embedded']:>7}",
             f"{'ingest (ms per article)':34} {e['ingest_ms_per_article']:>20} {v['ingest_ms_per_article']:>20}",
             f"{'query (median / p95 ms)':34}"]
    for shape in e["mix"]:
        a, b = e["mix"][shape], v["mix"][shape]
        lines.append(f"  {shape:32} {a['median_ms']:>9} / {a['p95_ms']:<8} {b['median_ms']:>9} / {b['p95_ms']:<8} "
                     f"{results['ratios']['mix_median_virtuoso_over_embedded'][shape]:>7}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.remote_store", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--companies", type=int, default=2000, help="graph size (about 53 quads per company; 19000: 1M)")
    ap.add_argument("--rounds", type=int, default=10, help="rounds of the query mix (each asks every shape once)")
    ap.add_argument("--endpoint", help="a running Virtuoso's SPARQL URL (default: start a throwaway one)")
    ap.add_argument("--buffers", type=int, default=170_000, help="NumberOfBuffers of the throwaway Virtuoso")
    ap.add_argument("--per-write", type=int, default=1, help="articles per write (default 1, as alliancekg ingest)")
    ap.add_argument("-o", "--output", default="remote_store.json", help="the JSON figures (default remote_store.json)")
    args = ap.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop the throwaway server on TERM too
    results = run(args.companies, endpoint=args.endpoint, rounds=args.rounds, buffers=args.buffers, per_request=args.per_write)
    print(table(results))
    Path(args.output).write_text(json.dumps(results, indent=2))
    print(f"\nwrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
