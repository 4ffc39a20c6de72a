"""Self-contained, offline HTML network view of an AllianceKG graph.

The graph comes from the RDF store as a :mod:`networkx` graph whose node ids
are entity IRIs. :func:`network_data` turns it into JSON-able vis-network
nodes/edges (plain dicts: not pyvis' ``from_nx``, which casts sizes to int
and mutates its input, nor its ``Network`` object, whose per-edge lookups are
quadratic), and :func:`render_network` pours that data into this package's
own Jinja template together with the vis-network JS/CSS shipped inside pyvis
(never pyvis' templates, which load Bootstrap and vis from CDNs, insert ids
unescaped and switch popups to innerHTML), so the page needs no network
access at all.

Scale: at most ``max_nodes`` are drawn (priority first, then the most
connected), with a banner counting the rest and drill-down links; above
``physics_threshold`` nodes positions come from a force layout computed here
and cached by the drawn graph's structure, and physics is off.

Safety model
------------
* Every article-derived string reaches the page either through Jinja
  autoescaping or inside a ``<script type="application/json">`` block whose
  ``<``, ``>`` and ``&`` are written as ``\\u003c``-style escapes.
* Tooltips are plain strings: vis-network 9.1.2 assigns them with
  ``innerText`` (``Popup.setText``), never ``innerHTML``.
* Entity URLs are kept only if they are http(s) or relative paths, and the
  page re-checks them before navigating.
* A Content-Security-Policy admits only the two inline scripts of the page,
  by SHA-256 hash, and forbids every fetch (``default-src 'none'``).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import importlib.resources
import itertools
import json
import math
import re
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
import networkx as nx

from alliancekg.graph.extract.model import SYMMETRIC

__all__ = ["network_data", "render_network", "render_data", "ViewPage", "page_csp", "format_amount", "safe_url"]

#: Fill colours of node types (Okabe-Ito based, colour-blind friendly).
NODE_TYPE_STYLE: dict[str, dict[str, str]] = {
    "Company": {"color": "#0072B2", "shape": "dot"},
    "Product": {"color": "#E69F00", "shape": "diamond"},
    "Country": {"color": "#009E73", "shape": "square"},
}
_UNKNOWN_TYPE_STYLE = {"color": "#8C8C8C", "shape": "dot"}

#: Edge colour and short label word of each relation.
RELATION_STYLE: dict[str, dict[str, str]] = {
    "invests_in": {"color": "#D55E00", "word": "invests"},
    "acquires": {"color": "#CC2A7A", "word": "acquires"},
    "partners_with": {"color": "#3A7BD5", "word": "partners"},
    "develops": {"color": "#7A5195", "word": "develops"},
    "available_on": {"color": "#C79A00", "word": "on"},
    "based_in": {"color": "#4D9E7E", "word": "based in"},
}
_UNKNOWN_RELATION_STYLE = {"color": "#999999", "word": ""}

_CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "INR": "₹", "KRW": "₩"}
_MAGNITUDES = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K"))
_VIS_DIR = "lib/vis-9.1.2"
_MAX_TOOLTIP_EVIDENCE = 400
_LAYOUT_SEED = 42
_CONTROL_OR_SPACE = re.compile(r"[\x00-\x20\x7f\\]")


# --------------------------------------------------------------------------
# small formatting helpers
# --------------------------------------------------------------------------


def format_amount(amount: float | int | None, currency: str | None = None) -> str:
    """Return a short money label such as ``"€15M"``, ``"$4B"`` or ``"12M CHF"``.

    Returns ``""`` when *amount* is missing or not a finite number.
    """
    try:
        value = float(amount)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return ""
    if not math.isfinite(value):
        return ""
    suffix = ""
    for factor, letter in _MAGNITUDES:
        if abs(value) >= factor:
            value, suffix = value / factor, letter
            break
    number = f"{value:.1f}".rstrip("0").rstrip(".") if abs(value) < 10 else f"{value:.0f}"
    code = (currency or "").strip().upper()
    symbol = _CURRENCY_SYMBOLS.get(code)
    if symbol:
        return f"{symbol}{number}{suffix}"
    return f"{number}{suffix} {code}".strip()


def safe_url(url: Any) -> str | None:
    """Return *url* if it is an absolute http(s) URL or a relative path, else None.

    Rejects ``javascript:``/``data:`` and every other scheme, protocol-relative
    ``//host`` references, and anything with whitespace, control characters or
    backslashes (which browsers strip or reinterpret).
    """
    if not isinstance(url, str) or not url or _CONTROL_OR_SPACE.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme:
        return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None
    if url.startswith("//") or ":" in url.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]:
        return None
    return url


def _local_name(iri: str) -> str:
    """Fallback label: the part of an IRI after the last ``#`` or ``/``."""
    tail = re.split(r"[#/]", iri.rstrip("/#"))[-1]
    return tail or iri


def _short_date(date: Any) -> str:
    """ISO date or datetime string cut to the date part (``YYYY-MM-DD``)."""
    return str(date)[:10] if date else ""


def _truncate(text: str, limit: int) -> str:
    """Cut *text* to *limit* characters with an ellipsis."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --------------------------------------------------------------------------
# graph analysis (always on copies: the caller's graph is never touched)
# --------------------------------------------------------------------------


def _simple_undirected(G: nx.Graph, nodes: Iterable[Any] | None = None) -> nx.Graph:
    """An undirected simple-graph copy of *G* (or of its *nodes*), parallel
    edges merged, nodes and edges in sorted order so layouts are repeatable."""
    keep = set(G.nodes) if nodes is None else set(nodes)
    H = nx.Graph()
    H.add_nodes_from(sorted(keep, key=str))
    H.add_edges_from(sorted({(u, v) if str(u) <= str(v) else (v, u)
                             for u, v, _d in _iter_edges(G, keep) if u != v}, key=lambda e: (str(e[0]), str(e[1]))))
    return H


def edge_count(G: nx.Graph) -> int:
    """``G.number_of_edges()`` without networkx's degree sum (slow on big multigraphs)."""
    if G.is_multigraph():
        adj = G._succ if G.is_directed() else G._adj  # plain dicts (for a graph; filtered for a view)
        total = sum(map(len, itertools.chain.from_iterable(nbrs.values() for nbrs in adj.values())))
        if not G.is_directed():
            loops = sum(len(G.adj[n][n]) for n in G if n in G.adj[n])
            total = (total + loops) // 2
        return total
    return G.number_of_edges()


def _degrees(G: nx.Graph) -> dict[Any, int]:
    """Number of distinct neighbours of every node, ignoring direction and self-loops."""
    if G.is_directed():
        succ, pred = G._succ, G._pred  # plain dicts for a graph (networkx's public views are slow here)
        return {n: len(succ[n].keys() | pred[n].keys()) - (n in succ[n]) for n in G}
    adj = G._adj
    return {n: len(adj[n]) - (n in adj[n]) for n in G}


def _ranked(G: nx.Graph, degrees: dict[Any, int], labels: dict[Any, str],
            priority: Mapping[Any, tuple] | None) -> list[Any]:
    """Nodes in drawing order: by *priority* (center, its rings, path nodes), then
    most connected first; ties by label then id for stability."""
    far = (math.inf,)
    prio = priority or {}
    return sorted(G.nodes, key=lambda n: (prio.get(n, far), -degrees[n], labels[n].lower(), str(n)))


def _sizes(H: nx.Graph, degrees: dict[Any, int], size_by: str) -> dict[Any, float]:
    """Centrality of each drawn node: degree over the whole selection, or
    PageRank / betweenness over the drawn graph (betweenness sampled above 500 nodes)."""
    if size_by == "pagerank" and H.number_of_edges():
        return nx.pagerank(H)
    if size_by == "betweenness" and H.number_of_nodes() > 2:
        n = H.number_of_nodes()
        return nx.betweenness_centrality(H, k=200 if n > 500 else None, seed=_LAYOUT_SEED)
    return {n: float(degrees[n]) for n in H}


_LAYOUT_CACHE: OrderedDict[str, dict] = OrderedDict()
_LAYOUT_CACHE_SIZE = 64
_LAYOUT_LOCK = threading.Lock()


def _layout_key(H: nx.Graph) -> str:
    digest = hashlib.blake2b(digest_size=20)
    for n in H.nodes:
        digest.update(str(n).encode("utf-8") + b"\0")
    digest.update(b"\1")
    for u, v in H.edges:
        digest.update(str(u).encode("utf-8") + b"\0" + str(v).encode("utf-8") + b"\0")
    return digest.hexdigest()


def _layout(H: nx.Graph) -> dict[Any, tuple[float, float]]:
    """Deterministic force layout of *H* in px, cached by the graph's structure
    (the same selection gets the same picture on every load)."""
    key = _layout_key(H)
    with _LAYOUT_LOCK:
        if key in _LAYOUT_CACHE:
            _LAYOUT_CACHE.move_to_end(key)
            return _LAYOUT_CACHE[key]
    pos = _compute_layout(H)
    with _LAYOUT_LOCK:
        _LAYOUT_CACHE[key] = pos
        while len(_LAYOUT_CACHE) > _LAYOUT_CACHE_SIZE:
            _LAYOUT_CACHE.popitem(last=False)
    return pos


def _fruchterman_reingold(adjacency: Any, n: int, iterations: int, seed: int) -> Any:
    """Vectorised Fruchterman-Reingold in the unit square (dense n x n, float32)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2), dtype=np.float32)
    if n < 2:
        return pos
    A = adjacency.astype(np.float32)
    k = np.float32(math.sqrt(1.0 / n))
    k2 = k * k
    t = np.float32(0.1)
    dt = t / (iterations + 1)
    for _ in range(iterations):
        x, y = pos[:, 0], pos[:, 1]
        dx = x[:, None] - x[None, :]
        dy = y[:, None] - y[None, :]
        d2 = dx * dx + dy * dy
        np.maximum(d2, np.float32(1e-6), out=d2)
        force = k2 / d2 - A * np.sqrt(d2) / k
        disp = np.stack(((dx * force).sum(axis=1), (dy * force).sum(axis=1)), axis=1)
        length = np.sqrt((disp * disp).sum(axis=1))
        np.maximum(length, np.float32(0.01), out=length)
        pos += disp * (t / length)[:, None]
        t -= dt
    return pos


def _compute_layout(H: nx.Graph) -> dict[Any, tuple[float, float]]:
    """Force layout of the core (nodes with two or more neighbours), then each
    leaf on a small ring around its neighbour: fast for ~1,500 nodes."""
    import numpy as np

    if H.number_of_nodes() == 0:
        return {}
    degree = dict(H.degree())
    leaves = {n for n in H if degree[n] == 1 and degree[next(iter(H[n]))] > 1}
    core = [n for n in H if n not in leaves]
    index = {n: i for i, n in enumerate(core)}
    A = np.zeros((len(core), len(core)), dtype=np.float32)
    for u, v in H.subgraph(core).edges():
        A[index[u], index[v]] = A[index[v], index[u]] = 1.0
    # fewer cooling steps for big cores: each costs O(n^2)
    iterations = max(30, min(80, 36000 // max(1, len(core))))
    unit = _fruchterman_reingold(A, len(core), iterations=iterations, seed=_LAYOUT_SEED)
    unit -= unit.mean(axis=0)
    pos = {n: (float(unit[index[n], 0]), float(unit[index[n], 1])) for n in core}
    spread = max(1e-9, max((max(abs(x), abs(y)) for x, y in pos.values()), default=1.0))
    ring = 0.35 * spread / math.sqrt(max(1, len(core)))
    by_anchor: dict[Any, list] = defaultdict(list)
    for leaf in leaves:
        by_anchor[next(iter(H[leaf]))].append(leaf)
    for anchor, group in by_anchor.items():
        ax, ay = pos[anchor]
        radius = ring * (1.0 + 0.08 * len(group))
        for i, leaf in enumerate(sorted(group, key=str)):
            angle = 2 * math.pi * i / len(group) + 0.3
            pos[leaf] = (ax + radius * math.cos(angle), ay + radius * math.sin(angle))
    spread = max(1e-9, max((max(abs(x), abs(y)) for x, y in pos.values()), default=1.0))
    scale = min(6000.0, max(1500.0, 120.0 * math.sqrt(max(1, H.number_of_nodes())))) / spread
    return {n: (round(x * scale, 1), round(y * scale, 1)) for n, (x, y) in pos.items()}


# --------------------------------------------------------------------------
# nodes and edges
# --------------------------------------------------------------------------


def _node_label(node: Any, attrs: dict) -> str:
    """The display label of a node (``label`` attr, else the IRI's local name)."""
    label = attrs.get("label")
    return str(label) if label not in (None, "") else _local_name(str(node))


def _node_title(label: str, ntype: str, iri: str, degree: int) -> str:
    """Plain-text tooltip of a node."""
    return f"{label}\n{ntype or 'Entity'}\n{iri}\n{degree} connection{'s' if degree != 1 else ''}"


def _node_size(score: float, top: float) -> float:
    """Node radius in px from its centrality relative to the most central node."""
    ratio = score / top if top > 0 else 0.0
    return round(12.0 + 26.0 * math.sqrt(ratio), 1)


def _edge_width(amount: Any) -> float:
    """Edge width: 1.5 px without amount, growing with log10 of the amount."""
    try:
        value = float(amount)
    except (TypeError, ValueError):
        return 1.5
    if not math.isfinite(value) or value <= 0:
        return 1.5
    return round(min(10.0, 1.5 + 1.3 * math.log10(1.0 + value / 1e6)), 2)


def _edge_label(relation: str, attrs: dict) -> str:
    """Short edge caption: relation word and amount, date below (``invests €15M\n2024-02-26``)."""
    word = RELATION_STYLE.get(relation, {}).get("word") or relation.replace("_", " ")
    head = " ".join(p for p in (word, format_amount(attrs.get("amount"), attrs.get("currency"))) if p)
    date = _short_date(attrs.get("date"))
    return f"{head}\n{date}" if date else head


def _edge_title(src_label: str, dst_label: str, relation: str, attrs: dict) -> str:
    """Plain-text tooltip of an edge: who-what-whom, amount, date, evidence, article."""
    lines = [f"{src_label} → {relation.replace('_', ' ') or 'related to'} → {dst_label}"]
    amount = format_amount(attrs.get("amount"), attrs.get("currency"))
    if amount:
        lines.append(f"Amount: {amount}")
    if attrs.get("date"):
        lines.append(f"Date: {attrs['date']}")
    if attrs.get("evidence"):
        lines.append(f"“{_truncate(attrs['evidence'], _MAX_TOOLTIP_EVIDENCE)}”")
    if attrs.get("article"):
        lines.append(f"Article: {_truncate(attrs['article'], 160)}")
    return "\n".join(lines)


def _iter_edges(G: nx.Graph, nodes: Iterable[Any] | None = None) -> Iterable[tuple[Any, Any, dict]]:
    """(u, v, attrs) for every edge (parallel edges of multigraphs included),
    or only for the edges between *nodes* (visiting just their adjacency)."""
    if nodes is None:
        if G.is_multigraph():
            return ((u, v, d) for u, v, _k, d in G.edges(keys=True, data=True))
        return G.edges(data=True)
    keep = nodes if isinstance(nodes, (set, frozenset)) else set(nodes)
    adj = G.succ if G.is_directed() else G.adj

    def inner() -> Iterable[tuple[Any, Any, dict]]:
        seen: set = set()
        for u in keep:
            for v, data in adj[u].items():
                if v not in keep:
                    continue
                if not G.is_directed():
                    if (v, u) in seen:
                        continue
                    seen.add((u, v))
                if G.is_multigraph():
                    for d in data.values():
                        yield u, v, d
                else:
                    yield u, v, data
    return inner()


def _curve_for(rank: int) -> dict | None:
    """vis ``smooth`` option that fans out the rank-th edge between one node pair."""
    if rank == 0:
        return None
    return {"enabled": True, "type": "curvedCW", "roundness": round(0.35 * rank, 2)}


# --------------------------------------------------------------------------
# public API
# --------------------------------------------------------------------------


def network_data(
    G: nx.Graph,
    *,
    entity_url: Callable[[str], str | None] | None = None,
    max_nodes: int = 1500,
    physics_threshold: int = 300,
    priority: Mapping[Any, tuple] | None = None,
    size_by: str = "degree",
    view_url: Callable[[str], str | None] | None = None,
) -> dict:
    """Describe *G* as JSON-able vis-network data (the input graph is not modified).

    At most *max_nodes* nodes are drawn: those with the lowest *priority*
    key first (e.g. an ego network's center and rings), then the most
    connected. Node size follows *size_by* (``degree``, ``pagerank``,
    ``betweenness``). *view_url* maps an entity IRI to the URL of its own
    view: used for the drill-down links to what the cap hides.

    Returns a dict with ``nodes`` and ``edges`` (vis-network item dicts),
    ``options`` (vis-network options), ``legend`` (node types and relations
    present, with colours) and ``meta`` (counts, whether physics is on, the
    cap banner text, drill-down links).
    """
    degrees = _degrees(G)
    labels = {n: _node_label(n, G.nodes[n]) for n in G.nodes}
    ranked = _ranked(G, degrees, labels, priority)
    kept = ranked[: max(0, max_nodes)]
    kept_set = set(kept)
    H = _simple_undirected(G, kept)
    physics = len(kept) <= physics_threshold
    positions = {} if physics else _layout(H)
    scores = _sizes(H, degrees, size_by)
    top_score = max(scores.values(), default=0.0)

    nodes = [_node_item(n, G.nodes[n], labels[n], degrees[n], _node_size(scores.get(n, 0.0), top_score),
                        positions.get(n), entity_url) for n in kept]
    edges = _edges(G, kept_set, labels)
    types = [G.nodes[n].get("type") or "" for n in kept]
    relations = [e["relation"] for e in edges]
    hidden = G.number_of_nodes() - len(kept)
    total_edges = len(edges) if hidden == 0 else edge_count(G)
    return {
        "nodes": nodes,
        "edges": edges,
        "options": _vis_options(physics, G.is_directed(), len(kept)),
        "legend": _legend(types, relations),
        "meta": {
            "total_nodes": G.number_of_nodes(),
            "total_edges": total_edges,
            "shown_nodes": len(kept),
            "shown_edges": len(edges),
            "hidden_nodes": hidden,
            "physics": physics,
            "directed": G.is_directed(),
            "size_by": size_by,
            "banner": f"{hidden:,} more not shown (only the {len(kept):,} {'nearest and ' if priority else ''}most connected entities are drawn)"
            if hidden > 0 else "",
            "drilldown": _drilldown(G, ranked, kept_set, degrees, labels, view_url) if hidden > 0 else [],
        },
    }


def _drilldown(G: nx.Graph, ranked: list, kept: set, degrees: dict, labels: dict,
               view_url: Callable[[str], str | None] | None, count: int = 8) -> list[dict]:
    """Links into what the cap hides: the drawn entities with the most
    neighbours not drawn, then the most connected entities not drawn."""
    if view_url is None:
        return []
    out: list[dict] = []

    def add(n: Any, text: str) -> None:
        url = safe_url(view_url(str(G.nodes[n].get("iri") or n)))
        if url:
            out.append({"label": labels[n], "text": text, "url": url})

    hidden_around = []
    for n in ranked[: len(kept)]:
        around = sum(1 for m in (set(G.succ[n]) | set(G.pred[n]) if G.is_directed() else G.adj[n]) if m not in kept)
        if around:
            hidden_around.append((-around, n))
    for around, n in sorted(hidden_around, key=lambda x: (x[0], labels[x[1]].lower()))[: count // 2]:
        add(n, f"+{-around:,} not drawn")
    for n in [n for n in ranked[len(kept):]][: count - len(out)]:
        add(n, f"{degrees[n]:,} connection{'s' if degrees[n] != 1 else ''}")
    return out


def _node_item(node: Any, attrs: dict, label: str, degree: int, size: float,
               position: tuple[float, float] | None,
               entity_url: Callable[[str], str | None] | None) -> dict:
    """The vis-network item of one graph node."""
    ntype = str(attrs.get("type") or "")
    style = NODE_TYPE_STYLE.get(ntype, _UNKNOWN_TYPE_STYLE)
    iri = str(attrs.get("iri") or node)
    item: dict[str, Any] = {
        "id": str(node),
        "label": label,
        "shape": style["shape"],
        "color": style["color"],
        "size": size,
        "title": _node_title(label, ntype, iri, degree),
        "type": ntype,
        "iri": iri,
    }
    url = safe_url(entity_url(iri)) if entity_url else None
    if url:
        item["url"] = url
    if position is not None:
        item["x"], item["y"] = position
    return item


def _edges(G: nx.Graph, kept: set, labels: dict) -> list[dict]:
    """vis-network items of the edges of *G* between kept nodes (parallel edges fanned out)."""
    per_pair: dict[frozenset, int] = defaultdict(int)
    items: list[dict] = []
    edges = sorted(_iter_edges(G, kept),
                   key=lambda e: (str(e[0]), str(e[1]), str(e[2].get("relation") or "")))
    for u, v, attrs in edges:
        relation = str(attrs.get("relation") or "")
        pair = frozenset((u, v))
        item: dict[str, Any] = {
            "id": f"e{len(items)}",
            "from": str(u),
            "to": str(v),
            "relation": relation,
            "label": _edge_label(relation, attrs),
            "title": _edge_title(labels[u], labels[v], relation, attrs),
            "color": RELATION_STYLE.get(relation, _UNKNOWN_RELATION_STYLE)["color"],
            "width": _edge_width(attrs.get("amount")),
            # a partnership has no direction: no arrowhead
            "arrows": {"to": {"enabled": G.is_directed() and relation not in SYMMETRIC, "scaleFactor": 0.6}},
        }
        curve = _curve_for(per_pair[pair])
        if curve:
            item["smooth"] = curve
        per_pair[pair] += 1
        items.append(item)
    return items


def _legend(types: list[str], relations: list[str]) -> dict:
    """Legend entries for the node types and relations present, known ones first."""
    def ordered(present: list[str], known: Iterable[str]) -> list[str]:
        seen = set(present)
        extra = sorted(seen.difference(known))
        return [k for k in known if k in seen] + extra

    return {
        "types": [{"name": t or "Other", **NODE_TYPE_STYLE.get(t, _UNKNOWN_TYPE_STYLE)}
                  for t in ordered(types, NODE_TYPE_STYLE)],
        "relations": [{"name": (r or "related").replace("_", " "),
                       "color": RELATION_STYLE.get(r, _UNKNOWN_RELATION_STYLE)["color"]}
                      for r in ordered(relations, RELATION_STYLE)],
    }


def _vis_options(physics: bool, directed: bool, n_nodes: int) -> dict:
    """vis-network options: force layout for small graphs, frozen layout for big ones."""
    return {
        "autoResize": True,
        "layout": {"randomSeed": _LAYOUT_SEED, "improvedLayout": physics and n_nodes <= 150},
        "nodes": {
            "borderWidth": 1.5,
            "font": {"size": 15, "face": "system-ui, -apple-system, Segoe UI, sans-serif",
                     "color": "#1f2430", "strokeWidth": 4, "strokeColor": "#ffffff"},
        },
        "edges": {
            "smooth": {"enabled": physics, "type": "dynamic"},
            "font": {"size": 12, "align": "horizontal", "color": "#3b3f4a",
                     "strokeWidth": 0, "background": "rgba(255,255,255,0.88)",
                     "face": "system-ui, -apple-system, Segoe UI, sans-serif"},
            "color": {"inherit": False},
            "selectionWidth": 2,
        },
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -110, "centralGravity": 0.012,
                                 "springLength": 170, "springConstant": 0.06,
                                 "avoidOverlap": 0.6},
            "stabilization": {"enabled": physics, "iterations": 600, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": not physics,
                        "multiselect": False, "navigationButtons": False, "keyboard": False},
    }


# --------------------------------------------------------------------------
# HTML rendering
# --------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """(JS, CSS) of vis-network 9.1.2 as shipped inside pyvis, made safe to inline."""
    base = importlib.resources.files("pyvis").joinpath(_VIS_DIR)
    js = base.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    css = base.joinpath("vis-network.css").read_text(encoding="utf-8")
    js = re.sub(r"^//# sourceMappingURL=.*$", "", js, flags=re.MULTILINE)  # no .map fetches
    css = re.sub(r"/\*# sourceMappingURL=.*?\*/", "", css)
    return _inline_safe(js, "script"), _inline_safe(css, "style")


def _inline_safe(text: str, tag: str) -> str:
    """Neutralise sequences that would end (or confuse) an inline <script>/<style>."""
    text = re.sub(rf"</({tag})", r"<\\/\1", text, flags=re.IGNORECASE)
    return text.replace("<!--", "<\\!--")


@functools.lru_cache(maxsize=1)
def _app_js() -> str:
    """The page's own script (viz/static/network.js; all data arrives through the JSON block)."""
    path = Path(__file__).with_name("static") / "network.js"
    return _inline_safe(path.read_text(encoding="utf-8"), "script")


@functools.lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    """Jinja environment over viz/templates with autoescaping always on."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(Path(__file__).with_name("templates"))),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _script_json(data: Any) -> str:
    """JSON safe to place inside any <script> element (no <, >, & characters)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _csp_hash(script: str) -> str:
    """CSP source expression allowing exactly this inline script."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


@dataclass(frozen=True)
class ViewPage:
    """What surrounds the drawn network: a line saying what the view shows,
    a note, a GET form to change the view's parameters, and links (share,
    export). Every string is escaped by the template."""

    description: str = ""
    note: str = ""
    form_action: str | None = None
    """Where the parameter form submits (GET); None: no form (e.g. a file with no server)."""
    values: Mapping[str, str] = field(default_factory=dict)
    """The view's current parameter values, to fill the form."""
    links: tuple[tuple[str, str], ...] = ()
    """(text, URL) pairs shown under the header (URLs not http(s) or relative are dropped)."""


def _form_origin(action: str | None) -> str:
    """The CSP form-action source of a form target."""
    if not action:
        return "'none'"
    parts = urlsplit(action)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme else "'self'"


def page_csp(form_action: str | None = None) -> str:
    """The Content-Security-Policy of a view page: only its two inline
    scripts (by hash), no fetches, forms only to *form_action*'s origin."""
    vis_js, _css = _vis_assets()
    return ("default-src 'none'; "
            f"script-src {_csp_hash(vis_js)} {_csp_hash(_app_js())}; "
            "style-src 'unsafe-inline'; img-src data:; font-src 'none'; connect-src 'none'; "
            f"base-uri 'none'; form-action {_form_origin(form_action)}; object-src 'none'")


def render_network(
    G: nx.Graph,
    *,
    title: str = "AllianceKG",
    entity_url: Callable[[str], str | None] | None = None,
    max_nodes: int = 1500,
    physics_threshold: int = 300,
    priority: Mapping[Any, tuple] | None = None,
    size_by: str = "degree",
    view_url: Callable[[str], str | None] | None = None,
    page: ViewPage | None = None,
) -> str:
    """Render *G* as one self-contained, offline HTML page drawn by vis-network.

    See :func:`network_data` for the data and the cap, :class:`ViewPage` for
    the controls around it, the module docstring for the safety model.
    """
    data = network_data(G, entity_url=entity_url, max_nodes=max_nodes, physics_threshold=physics_threshold,
                        priority=priority, size_by=size_by, view_url=view_url)
    return render_data(data, title=title, page=page)


def render_data(data: dict, *, title: str = "AllianceKG", page: ViewPage | None = None) -> str:
    """The HTML page of data made by :func:`network_data`."""
    from alliancekg.graph.extract.model import ENTITY_TYPES, RELATIONS

    page = page or ViewPage()
    vis_js, vis_css = _vis_assets()
    app_js = _app_js()
    csp = page_csp(page.form_action)
    links = [(text, url) for text, url in page.links if safe_url(url)]
    values = dict(page.values)
    return _environment().get_template("network.html").render(
        title=str(title),
        meta=data["meta"],
        legend=data["legend"],
        page=page,
        links=links,
        form_action=safe_url(page.form_action) if page.form_action else None,
        values=values,
        checked_relations=set(values.get("relations", "").split(",")) - {""},
        checked_types=set(values.get("types", "").split(",")) - {""},
        relation_choices=[(r, r.replace("_", " ")) for r in RELATIONS],
        type_choices=list(ENTITY_TYPES),
        size_choices=["degree", "pagerank", "betweenness"],
        data_json=_script_json(data),
        vis_js=vis_js,
        vis_css=vis_css,
        app_js=app_js,
        csp=csp,
    )
