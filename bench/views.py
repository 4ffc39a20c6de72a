"""How fast views and analytics are on synthetic stores of growing size.

    python -m bench.views                       # 100, 1,000, 10,000 and 50,000 companies
    python -m bench.views --companies 100 1000  # some sizes only

For each size: load the synthetic store (bench.synthetic), read the alliance
graph (alliance_graph: once per store generation on a server), then build
views from that graph -- the whole network capped at 1,500 nodes (cold: with
its layout computed; warm: layout from the cache), an ego network of the
busiest company (depth 2), the paths between two companies, a date-filtered
view -- and report the time and HTML size of each, then the analytics.
"""

from __future__ import annotations

import argparse
import time

from alliancekg.graph.analytics import SHORTCUT_RELATIONS, alliance_graph, communities, rankings
from alliancekg.graph.network import parse_view_params, resolve_entity, select
from alliancekg.graph.store import open_store
from alliancekg.viz.network import edge_count
from alliancekg.viz.views import Links, build_view

from .synthetic import company_name, load_synthetic


def _timed(fn):
    t = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - t


def _sparql_selection(store, center: str, depth2: bool = True) -> list[tuple[str, float, str]]:
    """The alternative to a cached graph: select an ego network with SPARQL per
    request (edges only: no labels, amounts, dates or evidence yet)."""
    values = " ".join(f"<{p}>" for p in SHORTCUT_RELATIONS)

    def ring(nodes: set[str]) -> set[tuple[str, str, str]]:
        q = (f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {values} }} VALUES ?n {{ {' '.join(f'<{n}>' for n in nodes)} }} "
             "{ ?n ?p ?o BIND(?n AS ?s) } UNION { ?s ?p ?n BIND(?n AS ?o) } }")
        return {(r["s"], r["p"], r["o"]) for r in store.query(q).rows()}

    rows = []
    edges, t = _timed(lambda: ring({center}))
    rows.append(("SPARQL ego depth 1 (edges only)", t, f"{len(edges):,} edges"))

    def depth2_edges():
        first = ring({center})
        return ring({n for e in first for n in (e[0], e[2])})
    if depth2:
        edges, t = _timed(depth2_edges)
        rows.append(("SPARQL ego depth 2 (edges only)", t, f"{len(edges):,} edges"))
    else:
        rows.append(("SPARQL ego depth 2 (edges only)", float("nan"), "skipped above 10,000 companies (20 s at 10,000)"))
    return rows


def run(companies: int) -> list[tuple[str, float, str]]:
    rows: list[tuple[str, float, str]] = []
    store = open_store("memory")
    stats, t = _timed(lambda: load_synthetic(store, companies))
    rows.append(("load store", t, f"{stats.quads:,} quads, {stats.deals:,} deals"))
    G, t = _timed(lambda: alliance_graph(store))
    rows.append(("alliance_graph (read store)", t, f"{G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges"))
    rows += _sparql_selection(store, str(resolve_entity(G, company_name(0))), depth2=companies <= 10_000)
    for depth in ("1", "2"):
        sel, t = _timed(lambda d=depth: select(G, parse_view_params({"center": company_name(0), "depth": d})))
        rows.append((f"networkx ego depth {depth} (select)", t, f"{edge_count(sel.graph):,} edges, with their facts"))
    links = Links(view="/view", base_iri="https://w3id.org/alliancekg/", entity_root="/")
    hub = resolve_entity(G, company_name(0))
    views = [
        ("whole network, cold", {}),
        ("whole network, warm", {}),
        ("ego depth 2 of the busiest", {"center": hub, "depth": "2"}),
        ("paths between two companies", {"path_from": company_name(1), "path_to": company_name(companies // 2)}),
        ("investments in 2024", {"relations": "invests_in", "date_from": "2024", "date_to": "2024"}),
    ]
    for name, raw in views:
        (body, summary), t = _timed(lambda raw=raw: build_view(G, parse_view_params(raw), "html", links=links))
        rows.append((f"view: {name}", t, f"{min(summary['nodes'], 1500):,} drawn of {summary['nodes']:,}; {len(body) / 1e6:.2f} MB"))
    for measure in ("degree", "pagerank", "betweenness"):
        result, t = _timed(lambda m=measure: rankings(G, m, limit=20))
        rows.append((f"rankings {measure}", t, f"{result['nodes']:,} nodes" + (" (sampled)" if result["sampled"] else "")))
    result, t = _timed(lambda: communities(G))
    rows.append(("communities (Louvain)", t, f"{result['count']:,} communities, modularity {result['modularity']:.2f}"))
    store.close()
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.views", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--companies", type=int, nargs="+", default=[100, 1000, 10_000, 50_000])
    args = ap.parse_args()
    for n in args.companies:
        print(f"\n## {n:,} companies\n")
        print(f"| {'step':<34} | {'seconds':>8} | what |")
        print(f"|{'-' * 36}|{'-' * 10}|------|")
        for name, seconds, what in run(n):
            print(f"| {name:<34} | {seconds:8.2f} | {what} |", flush=True)


if __name__ == "__main__":
    main()
