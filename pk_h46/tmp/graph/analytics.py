"""Networkx views of the store, and analytics as plain functions -> dicts.

:func:`alliance_graph` reads the shortcut triples (with one evidence
sentence, the article title, and the event's amount and date where there is
one) into a :class:`networkx.MultiDiGraph` whose node ids are entity IRIs.
Node attributes: ``label``, ``type`` (Company, Product, Country), ``iri``.
Edge attributes: ``relation`` (the facts-JSON name), ``amount``,
``currency``, ``date``, ``evidence``, ``article``, ``sources`` (how many
articles state it).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

import networkx as nx

from alliancekg.ontology.terms import sparql_prefixes

from .extract.model import SYMMETRIC
from .mapping import ENTITY_CLASSES, RELATION_SPECS
from .store.base import Store

__all__ = [
    "alliance_graph", "SHORTCUT_RELATIONS", "MEASURES", "EXPORT_FORMATS", "relation_graph", "rankings",
    "communities", "community_of", "shortest_paths", "connected_through_investments", "export_graph", "analyse", "ANALYSES",
]

SHORTCUT_RELATIONS = {str(spec.shortcut): name for name, spec in RELATION_SPECS.items()}
_TYPES = {str(iri): name for name, iri in ENTITY_CLASSES.items()}

_VALUES_P = " ".join(f"<{iri}>" for iri in SHORTCUT_RELATIONS)

# Five flat scans joined in Python: one query with OPTIONALs and GROUP BY over
# every shortcut triple takes minutes on a store of 10,000 companies; these
# take about a second.
_Q_EDGES = sparql_prefixes() + "SELECT DISTINCT ?s ?p ?o WHERE { VALUES ?p { %s } ?s ?p ?o }" % _VALUES_P
_Q_TYPES = sparql_prefixes() + "SELECT DISTINCT ?n ?t WHERE { VALUES ?t { akg:Company akg:Product akg:Country } ?n a ?t }"
# (labels in a scan of their own: joined with OPTIONAL onto the type scan, Oxigraph 0.5 takes minutes)
_Q_LABELS = sparql_prefixes() + "SELECT ?n (MIN(?l0) AS ?l) WHERE { ?n rdfs:label ?l0 } GROUP BY ?n"
_Q_ASSERTIONS = sparql_prefixes() + """SELECT ?s ?p ?o ?ev ?art ?e WHERE {
  VALUES ?p { %s }
  ?a rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?art .
  OPTIONAL { ?a akg:evidenceText ?ev } OPTIONAL { ?a akg:describesEvent ?e } }""" % _VALUES_P
_Q_ARTICLES = sparql_prefixes() + """SELECT ?art (SAMPLE(?t0) AS ?t) (MIN(STR(?d0)) AS ?d) WHERE {
  ?art a akg:Article . OPTIONAL { ?art schema:headline ?t0 } OPTIONAL { ?art schema:datePublished ?d0 } } GROUP BY ?art"""
_Q_EVENTS = sparql_prefixes() + """SELECT ?e ?d ?v ?c WHERE {
  { ?e akg:date ?d } UNION { ?e akg:amount ?m . ?m schema:value ?v . OPTIONAL { ?m schema:currency ?c } } }"""


def _fallback_label(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].replace("-", " ")


def alliance_graph(store: Store) -> nx.MultiDiGraph:
    """The whole alliance network in the store.

    One edge per shortcut triple (a partnership once, not both ways). Where
    several articles state one fact: ``evidence`` and ``article`` come from
    the first source (by article IRI), ``date`` and ``amount`` are the
    latest / largest the events give, ``published`` the earliest article
    date, ``sources`` how many articles state it.
    """
    types = {r["n"]: r["t"] for r in store.query(_Q_TYPES).rows()}
    labels = {r["n"]: r["l"] for r in store.query(_Q_LABELS).rows()}
    articles = {r["art"]: r for r in store.query(_Q_ARTICLES).rows()}
    events: dict[str, dict[str, Any]] = defaultdict(dict)
    for r in store.query(_Q_EVENTS).rows():
        ev = events[r["e"]]
        if r["d"] is not None:
            ev["date"] = max(ev.get("date", ""), str(r["d"]))
        if r["v"] is not None and float(r["v"]) > ev.get("amount", -1.0):
            ev["amount"], ev["currency"] = float(r["v"]), r["c"]
    support: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in store.query(_Q_ASSERTIONS).rows():
        support[(r["s"], r["p"], r["o"])].append(r)

    g = nx.MultiDiGraph()
    seen_partners: set[tuple[str, str]] = set()
    for row in sorted(store.query(_Q_EDGES).rows(), key=lambda r: (r["s"], r["p"], r["o"])):
        s, p, o = row["s"], row["p"], row["o"]
        relation = SHORTCUT_RELATIONS[p]
        rows = support.get((s, p, o), [])
        if relation in SYMMETRIC:
            pair = (min(s, o), max(s, o))
            if pair in seen_partners:
                continue
            seen_partners.add(pair)
            rows = rows + support.get((o, p, s), [])
        for node in (s, o):
            if node not in g:
                g.add_node(node, iri=node, label=labels.get(node) or _fallback_label(node),
                           type=_TYPES.get(types.get(node) or "", "Company"))
        g.add_edge(s, o, key=relation, **_edge_attrs(relation, rows, articles, events))
    return g


def _edge_attrs(relation: str, rows: list[dict[str, Any]], articles: dict, events: dict) -> dict[str, Any]:
    attrs: dict[str, Any] = {"relation": relation, "sources": len({r["art"] for r in rows})}
    rows = sorted(rows, key=lambda r: (r["art"], r["ev"] or ""))
    first = next((r for r in rows if r["ev"]), None)
    if first is not None:
        attrs["evidence"] = first["ev"]
        title = articles.get(first["art"], {}).get("t")
        if title:
            attrs["article"] = title
    dates = [articles[r["art"]]["d"] for r in rows if r["art"] in articles and articles[r["art"]]["d"]]
    if dates:
        attrs["published"] = min(dates)
    for r in rows:
        ev = events.get(r["e"]) if r["e"] else None
        if not ev:
            continue
        if "date" in ev and ev["date"] > attrs.get("date", ""):
            attrs["date"] = ev["date"]
        if "amount" in ev and ev["amount"] > attrs.get("amount", -1.0):
            attrs["amount"], attrs["currency"] = ev["amount"], ev["currency"]
    if attrs.get("currency") is None:
        attrs.pop("currency", None)
    return attrs


# ---------------------------------------------------------------- analytics
# Plain functions of an alliance graph (as alliance_graph returns) -> dicts.

MEASURES = ("degree", "pagerank", "betweenness")
_EXACT_BETWEENNESS = 2000  # above this many nodes, betweenness is estimated from a sample


def _node_info(G: nx.Graph, n: Any) -> dict[str, Any]:
    d = G.nodes[n]
    return {"iri": str(d.get("iri") or n), "label": d.get("label") or _fallback_label(str(n)), "type": d.get("type") or ""}


def relation_graph(G: nx.MultiDiGraph, relations: tuple[str, ...] | list[str] = ("invests_in",)) -> nx.DiGraph:
    """The simple directed graph of the given relations (all if empty): one
    edge per ordered pair, ``weight`` = summed amount, ``deals`` = count."""
    wanted = set(relations)
    H = nx.DiGraph()
    for u, v, d in G.edges(data=True):
        if wanted and d.get("relation") not in wanted:
            continue
        for n in (u, v):
            if n not in H:
                H.add_node(n, **G.nodes[n])
        if H.has_edge(u, v):
            H[u][v]["deals"] += 1
            H[u][v]["weight"] += float(d.get("amount") or 0.0)
        else:
            H.add_edge(u, v, deals=1, weight=float(d.get("amount") or 0.0))
    return H


def rankings(G: nx.MultiDiGraph, measure: str = "pagerank", *, relations: tuple[str, ...] = ("invests_in",),
             limit: int = 20, seed: int = 42) -> dict[str, Any]:
    """The top ``limit`` entities of the ``relations`` graph by ``measure``:
    ``degree`` (deals made and received), ``pagerank`` (who attracts money
    from well-funded investors, following edges investor -> investee) or
    ``betweenness`` (who sits between the others; sampled above 2,000 nodes)."""
    if measure not in MEASURES:
        from .errors import InvalidParameter

        raise InvalidParameter(f"measure={measure!r}: choose from {', '.join(MEASURES)}")
    H = relation_graph(G, relations)
    n = H.number_of_nodes()
    sampled = False
    if n == 0:
        scores: dict[Any, float] = {}
    elif measure == "degree":
        scores = {node: float(H.in_degree(node) + H.out_degree(node)) for node in H}
    elif measure == "pagerank":
        scores = nx.pagerank(H, alpha=0.85, weight=None)
    else:
        U = H.to_undirected(as_view=False)
        sampled = n > _EXACT_BETWEENNESS
        # sampled sources: about 2 million edge visits in all, at least 16 sources
        k = min(n, max(16, 2_000_000 // (n + U.number_of_edges()))) if sampled else None
        scores = nx.betweenness_centrality(U, k=k, seed=seed, normalized=True)
    ranked = sorted(scores, key=lambda x: (-scores[x], str(H.nodes[x].get("label", "")).lower(), str(x)))[:max(0, limit)]
    results = []
    for rank, node in enumerate(ranked, 1):
        results.append({"rank": rank, **_node_info(H, node), "score": round(scores[node], 6),
                        "out_deals": int(sum(d["deals"] for _, _, d in H.out_edges(node, data=True))),
                        "in_deals": int(sum(d["deals"] for _, _, d in H.in_edges(node, data=True)))})
    return {"measure": measure, "relations": list(relations) or sorted(RELATION_SPECS), "sampled": sampled,
            "nodes": n, "edges": H.number_of_edges(), "results": results}


def communities(G: nx.MultiDiGraph, *, relations: tuple[str, ...] = ("invests_in", "acquires", "partners_with"),
                resolution: float = 1.0, seed: int = 42, limit: int = 50, members: int = 10) -> dict[str, Any]:
    """Louvain communities of the undirected ``relations`` graph, largest first,
    each with its most connected ``members`` (all if 0) and its size."""
    U = relation_graph(G, relations).to_undirected(as_view=False)
    U.remove_edges_from(nx.selfloop_edges(U))
    if U.number_of_nodes() == 0:
        return {"relations": list(relations), "count": 0, "modularity": 0.0, "communities": []}
    parts = nx.community.louvain_communities(U, weight=None, resolution=resolution, seed=seed)
    modularity = nx.community.modularity(U, parts, weight=None) if U.number_of_edges() else 0.0
    parts = sorted(parts, key=lambda c: (-len(c), min(str(x) for x in c)))
    out = []
    for i, part in enumerate(parts[:max(0, limit)]):
        ranked = sorted(part, key=lambda x: (-U.degree(x), str(U.nodes[x].get("label", "")).lower(), str(x)))
        top = ranked[:members] if members else ranked
        out.append({"id": i, "size": len(part), "label": U.nodes[ranked[0]].get("label"),
                    "members": [{**_node_info(U, x), "degree": U.degree(x)} for x in top]})
    return {"relations": list(relations), "count": len(parts), "modularity": round(modularity, 6),
            "nodes": U.number_of_nodes(), "communities": out}


def community_of(G: nx.MultiDiGraph, **kwargs: Any) -> dict[Any, int]:
    """Node -> community id (as numbered by :func:`communities`, largest first)."""
    result = communities(G, members=0, limit=10**9, **kwargs)
    return {m["iri"]: c["id"] for c in result["communities"] for m in c["members"]}


def _hops(G: nx.MultiDiGraph, path: list, relations: set[str]) -> list[dict[str, Any]]:
    """The facts along a path, each hop as (from, relation, to, amount, date, direction)."""
    hops = []
    for a, b in zip(path, path[1:], strict=False):
        facts = []
        for u, v in ((a, b), (b, a)):
            for d in G.get_edge_data(u, v, default={}).values():
                if relations and d.get("relation") not in relations:
                    continue
                facts.append({"from": _node_info(G, u)["label"], "relation": d.get("relation"),
                              "to": _node_info(G, v)["label"], "forward": u == a,
                              **{k: d[k] for k in ("amount", "currency", "date", "evidence", "article") if k in d}})
        hops.append({"from": _node_info(G, a), "to": _node_info(G, b), "facts": facts})
    return hops


def shortest_paths(G: nx.MultiDiGraph, source: str, target: str, *, relations: tuple[str, ...] = (),
                   max_paths: int = 10) -> dict[str, Any]:
    """The shortest paths between two entities over ``relations`` (all if
    empty), ignoring direction, with the facts on every hop."""
    from .network import resolve_entity
    from .network import shortest_paths as _paths

    a, b = resolve_entity(G, source, key="from"), resolve_entity(G, target, key="to")
    H = G if not relations else _only(G, relations)
    paths = _paths(H, a, b, max_paths=max_paths) if a in H and b in H else []
    return {"from": _node_info(G, a), "to": _node_info(G, b), "relations": list(relations),
            "connected": bool(paths), "length": len(paths[0]) - 1 if paths else None,
            "paths": [{"nodes": [_node_info(G, n) for n in p], "hops": _hops(G, p, set(relations))} for p in paths]}


def _only(G: nx.MultiDiGraph, relations: tuple[str, ...]) -> nx.MultiDiGraph:
    wanted = set(relations)
    return G.edge_subgraph([(u, v, k) for u, v, k, d in G.edges(keys=True, data=True) if d.get("relation") in wanted])


def connected_through_investments(G: nx.MultiDiGraph, source: str, target: str) -> dict[str, Any]:
    """Whether two entities are linked by investments: a chain of investments
    from one to the other (``direction`` ``forward`` or ``backward``), else a
    path of investments in any direction (``undirected``), else not at all."""
    from .network import resolve_entity

    a, b = resolve_entity(G, source, key="from"), resolve_entity(G, target, key="to")
    H = relation_graph(G, ("invests_in",))
    result: dict[str, Any] = {"from": _node_info(G, a), "to": _node_info(G, b), "connected": False,
                              "direction": None, "length": None, "path": [], "hops": []}
    for direction, (x, y) in (("forward", (a, b)), ("backward", (b, a))):
        if x in H and y in H and nx.has_path(H, x, y):
            path = nx.shortest_path(H, x, y)
            return {**result, "connected": True, "direction": direction, "length": len(path) - 1,
                    "path": [_node_info(G, n) for n in path], "hops": _hops(G, path, {"invests_in"})}
    if a in H and b in H:
        U = H.to_undirected(as_view=True)
        if nx.has_path(U, a, b):
            path = nx.shortest_path(U, a, b)
            return {**result, "connected": True, "direction": "undirected", "length": len(path) - 1,
                    "path": [_node_info(G, n) for n in path], "hops": _hops(G, path, {"invests_in"})}
    return result


# ---------------------------------------------------------------- export

EXPORT_FORMATS = ("graphml", "gexf")


def export_graph(G: nx.Graph, fmt: str) -> bytes:
    """``G`` as GraphML or GEXF for Gephi (node ids = IRIs; attributes without
    a value are left out; the input is not modified)."""
    import io

    if fmt not in EXPORT_FORMATS:
        from .errors import InvalidParameter

        raise InvalidParameter(f"format={fmt!r}: choose from {', '.join(EXPORT_FORMATS)}")
    H = nx.MultiDiGraph() if G.is_multigraph() else nx.DiGraph()
    for n, d in G.nodes(data=True):
        H.add_node(str(n), **{k: _plain(v) for k, v in d.items() if v is not None})
    edges = G.edges(keys=True, data=True) if G.is_multigraph() else ((u, v, None, d) for u, v, d in G.edges(data=True))
    for i, (u, v, _k, d) in enumerate(edges):
        attrs = {k: _plain(v) for k, v in d.items() if v is not None}
        if G.is_multigraph():
            H.add_edge(str(u), str(v), key=f"e{i}", **attrs)
        else:
            H.add_edge(str(u), str(v), **attrs)
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(H, buf, encoding="utf-8", prettyprint=True, named_key_ids=True)
    else:
        nx.write_gexf(H, buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


def _plain(value: Any) -> Any:
    if isinstance(value, bool | int | float | str):
        return value
    return str(value)


# ---------------------------------------------------------------- one entry point for the API and the CLI

ANALYSES = ("rankings", "communities", "path", "connected")
_FILTER_KEYS = ("types", "date_from", "date_to", "as_of", "min_amount")
_ANALYSIS_KEYS = {
    "rankings": ("measure", "limit", "relations"),
    "communities": ("relations", "resolution", "limit", "members"),
    "path": ("from", "to", "relations", "max_paths"),
    "connected": ("from", "to"),
}


def analyse(G: nx.MultiDiGraph, kind: str, raw: Mapping[str, Any]) -> dict[str, Any]:
    """Run one analysis named ``kind`` with parameters given as strings (a URL
    query or CLI options): its own keys plus the view filters types, date_from,
    date_to, as_of, min_amount. Raises InvalidParameter on bad input."""
    from .errors import InvalidParameter
    from .network import ViewParams, filter_edges, parse_int, parse_view_params

    if kind not in ANALYSES:
        raise InvalidParameter(f"unknown analysis {kind!r}; choose from {', '.join(ANALYSES)}")
    own = _ANALYSIS_KEYS[kind]
    unknown = sorted(k for k in raw if k not in own and k not in _FILTER_KEYS)
    if unknown:
        raise InvalidParameter(f"unknown parameter {', '.join(unknown)} for {kind}; known: {', '.join(own + _FILTER_KEYS)}")
    parsed = parse_view_params({k: raw[k] for k in ("relations", *_FILTER_KEYS) if k in raw})
    H = filter_edges(G, ViewParams(types=parsed.types, date_from=parsed.date_from, date_to=parsed.date_to,
                                   as_of=parsed.as_of, min_amount=parsed.min_amount))
    filters = {k: v for k, v in parsed.to_query().items() if k in _FILTER_KEYS}

    def text(key: str) -> str:
        value = raw.get(key)
        value = value[0] if isinstance(value, (list, tuple)) and value else value
        if not value or not str(value).strip():
            raise InvalidParameter(f"{kind} needs {key}= (an entity name, slug or IRI)")
        return str(value).strip()

    if kind == "rankings":
        measure = str(raw.get("measure") or "pagerank")
        result = rankings(H, measure, relations=parsed.relations or ("invests_in",), limit=parse_int(raw, "limit", 20, 1, 1000))
    elif kind == "communities":
        try:
            resolution = float(raw.get("resolution") or 1.0)
        except ValueError:
            raise InvalidParameter(f"resolution={raw.get('resolution')!r} is not a number; give e.g. 1.0") from None
        if not 0 < resolution <= 10:
            raise InvalidParameter("resolution must be above 0 and at most 10 (1.0: standard modularity)")
        result = communities(H, relations=parsed.relations or ("invests_in", "acquires", "partners_with"),
                             resolution=resolution, limit=parse_int(raw, "limit", 50, 1, 10000),
                             members=parse_int(raw, "members", 10, 0, 100000))
    elif kind == "path":
        result = shortest_paths(_with_nodes(H, G), text("from"), text("to"), relations=parsed.relations,
                                max_paths=parse_int(raw, "max_paths", 10, 1, 100))
    else:
        result = connected_through_investments(_with_nodes(H, G), text("from"), text("to"))
    return {"analysis": kind, "filters": filters, **result}


def _with_nodes(H: nx.MultiDiGraph, G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``H`` with every node of ``G`` (so that names resolve even when filters drop their edges)."""
    if H is G or H.number_of_nodes() == G.number_of_nodes():
        return H
    out = H.copy()
    out.add_nodes_from(G.nodes(data=True))
    return out
