"""Why the embedded store is Oxigraph: load and query a synthetic alliance
graph in pyoxigraph and in rdflib's own engine, in one run, and print the
figures and ratios.

    python bench/store_choice.py --triples 200000 --repeat 3

The data is in the project's ontology: companies with labels and countries,
investments as n-ary events with MonetaryAmount nodes, power-law investor
activity (a few investors make most deals), one named graph per 50 deals.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

import pyoxigraph as ox
from rdflib import Dataset

A = "https://w3id.org/alliancekg/ontology#"
B = "https://w3id.org/alliancekg/"
S = "http://schema.org/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
DEC = "http://www.w3.org/2001/XMLSchema#decimal"

QUERIES = {
    "top investors by summed amount": f"""PREFIX akg: <{A}> PREFIX schema: <{S}>
        SELECT ?i (SUM(?v) AS ?total) WHERE {{ ?d akg:investor ?i ; akg:amount ?m . ?m schema:value ?v }}
        GROUP BY ?i ORDER BY DESC(?total) LIMIT 20""",
    "count by predicate": "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p",
    "deals of one company": f"""PREFIX akg: <{A}> SELECT ?d ?o WHERE {{ ?d akg:investor <{B}company/c0> ; akg:investee ?o }}""",
    "two-hop investees": f"""PREFIX akg: <{A}> SELECT DISTINCT ?c WHERE {{ <{B}company/c1> akg:investsIn/akg:investsIn ?c }}""",
}


def synthetic_nquads(n_triples: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    n_companies = max(100, n_triples // 40)
    lines: list[str] = []
    for i in range(n_companies):
        c = f"<{B}company/c{i}>"
        lines.append(f'{c} <{RDF_TYPE}> <{A}Company> <{B}graph/companies> .')
        lines.append(f'{c} <{LABEL}> "Company {i}" <{B}graph/companies> .')
    d = 0
    while len(lines) < n_triples:
        g = f"<{B}article/a{d // 50}>"
        inv = int(rng.paretovariate(1.2)) % n_companies
        tgt = rng.randrange(n_companies)
        deal = f"<{B}investment/d{d}>"
        amount = f"<{B}investment/d{d}/amount>"
        lines += [
            f"{deal} <{RDF_TYPE}> <{A}Investment> {g} .",
            f"{deal} <{A}investor> <{B}company/c{inv}> {g} .",
            f"{deal} <{A}investee> <{B}company/c{tgt}> {g} .",
            f"<{B}company/c{inv}> <{A}investsIn> <{B}company/c{tgt}> {g} .",
            f"{deal} <{A}amount> {amount} {g} .",
            f'{amount} <{S}value> "{rng.randrange(1, 5000) * 1_000_000}"^^<{DEC}> {g} .',
            f'{amount} <{S}currency> "USD" {g} .',
        ]
        d += 1
    return "\n".join(lines) + "\n"


def timed(fn, repeat: int) -> float:
    fn()  # warm-up
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=200_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    data = synthetic_nquads(args.triples)
    print(f"{args.triples} quads, medians of {args.repeat} after a warm-up")

    t = time.perf_counter()
    ox_store = ox.Store()
    ox_store.load(data, format=ox.RdfFormat.N_QUADS)
    ox_load = time.perf_counter() - t
    t = time.perf_counter()
    rd = Dataset(default_union=True)
    rd.parse(data=data, format="nquads")
    rd_load = time.perf_counter() - t
    print(f"{'load':34} oxigraph {ox_load:8.3f}s  rdflib {rd_load:8.3f}s  ratio {rd_load / ox_load:6.1f}x")

    for name, q in QUERIES.items():
        o = timed(lambda q=q: list(ox_store.query(q, use_default_graph_as_union=True)), args.repeat)
        r = timed(lambda q=q: list(rd.query(q)), max(1, args.repeat))
        print(f"{name:34} oxigraph {o:8.4f}s  rdflib {r:8.4f}s  ratio {r / o:6.1f}x")


if __name__ == "__main__":
    main()
