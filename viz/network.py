"""Self-contained, offline HTML network view of an AllianceKG graph.

The graph comes from the RDF store as a :mod:`networkx` graph whose node ids
are entity IRIs. :func:`network_data` turns it into JSON-able vis-network
nodes/edges (built with pyvis' ``Network`` object, never with ``from_nx``),
and :func:`render_network` pours that data into this package's own Jinja
template together with the vis-network JS/CSS shipped inside pyvis, so the
page needs no network access at all.

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
import inspect
import json
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
import networkx as nx

from alliancekg.graph.extract.model import SYMMETRIC

__all__ = ["network_data", "render_network", "format_amount", "safe_url"]

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


def _simple_undirected(G: nx.Graph) -> nx.Graph:
    """An undirected simple-graph copy of *G* (parallel edges merged)."""
    H = nx.Graph()
    H.add_nodes_from(G.nodes)
    H.add_edges_from((u, v) for u, v in G.edges() if u != v)
    return H


def _centrality(H: nx.Graph) -> dict[Any, float]:
    """Degree centrality of the simple graph *H* (0 for an empty/single graph)."""
    if H.number_of_nodes() < 2:
        return {n: 0.0 for n in H}
    return nx.degree_centrality(H)


def _top_nodes(centrality: dict[Any, float], labels: dict[Any, str], limit: int) -> list[Any]:
    """The *limit* most central nodes, ties broken by label then id for stability."""
    ranked = sorted(centrality, key=lambda n: (-centrality[n], labels[n].lower(), str(n)))
    return ranked[: max(0, limit)]


def _layout(H: nx.Graph) -> dict[Any, tuple[float, float]]:
    """Deterministic spring layout of *H*, scaled to a few thousand pixels."""
    scale = min(6000.0, max(1500.0, 120.0 * math.sqrt(max(1, H.number_of_nodes()))))
    kwargs = {"method": "force"} if "method" in inspect.signature(nx.spring_layout).parameters else {}
    pos = nx.spring_layout(H, seed=_LAYOUT_SEED, scale=scale, **kwargs)  # "force": fast FR
    return {n: (round(float(x), 1), round(float(y), 1)) for n, (x, y) in pos.items()}


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


def _iter_edges(G: nx.Graph) -> Iterable[tuple[Any, Any, dict]]:
    """(u, v, attrs) for every edge, including parallel edges of multigraphs."""
    if G.is_multigraph():
        return ((u, v, d) for u, v, _k, d in G.edges(keys=True, data=True))
    return G.edges(data=True)


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
    entity_url: Callable[[str], str] | None = None,
    max_nodes: int = 1500,
    physics_threshold: int = 300,
) -> dict:
    """Describe *G* as JSON-able vis-network data (the input graph is not modified).

    Returns a dict with ``nodes`` and ``edges`` (vis-network item dicts),
    ``options`` (vis-network options), ``legend`` (node types and relations
    present, with colours) and ``meta`` (counts, whether physics is on, the
    cap banner text).
    """
    from pyvis.network import Network  # lazy: keeps import of this module light

    H = _simple_undirected(G)
    centrality = _centrality(H)
    labels = {n: _node_label(n, G.nodes[n]) for n in G.nodes}
    kept = _top_nodes(centrality, labels, max_nodes)
    kept_set = set(kept)
    physics = len(kept) <= physics_threshold
    positions = {} if physics else _layout(H.subgraph(kept))
    top_score = max((centrality[n] for n in kept), default=0.0)

    net = Network(directed=True)  # directed: pyvis would otherwise drop parallel edges
    ids = {n: str(n) for n in kept}
    for n in kept:
        net.add_node(ids[n], **_node_item(n, G.nodes[n], labels[n], H.degree(n),
                                          _node_size(centrality[n], top_score),
                                          positions.get(n), entity_url))
    shown_edges = _add_edges(net, G, kept_set, ids, labels)

    types = [G.nodes[n].get("type") or "" for n in kept]
    relations = [e["relation"] for e in net.edges]
    hidden = G.number_of_nodes() - len(kept)
    return {
        "nodes": net.nodes,
        "edges": net.edges,
        "options": _vis_options(physics, G.is_directed(), len(kept)),
        "legend": _legend(types, relations),
        "meta": {
            "total_nodes": G.number_of_nodes(),
            "total_edges": G.number_of_edges(),
            "shown_nodes": len(kept),
            "shown_edges": shown_edges,
            "hidden_nodes": hidden,
            "physics": physics,
            "directed": G.is_directed(),
            "banner": f"{hidden:,} more not shown (only the {len(kept):,} most connected entities are drawn)"
            if hidden > 0 else "",
        },
    }


def _node_item(node: Any, attrs: dict, label: str, degree: int, size: float,
               position: tuple[float, float] | None,
               entity_url: Callable[[str], str] | None) -> dict:
    """Keyword arguments of ``Network.add_node`` for one graph node."""
    ntype = str(attrs.get("type") or "")
    style = NODE_TYPE_STYLE.get(ntype, _UNKNOWN_TYPE_STYLE)
    iri = str(attrs.get("iri") or node)
    item: dict[str, Any] = {
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


def _add_edges(net: Any, G: nx.Graph, kept: set, ids: dict, labels: dict) -> int:
    """Add the edges of *G* between kept nodes to the pyvis *net*; return their count."""
    per_pair: dict[frozenset, int] = defaultdict(int)
    count = 0
    for u, v, attrs in _iter_edges(G):
        if u not in kept or v not in kept:
            continue
        relation = str(attrs.get("relation") or "")
        pair = frozenset((u, v))
        item: dict[str, Any] = {
            "id": f"e{count}",
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
        net.add_edge(ids[u], ids[v], **item)
        count += 1
    return count


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


def render_network(
    G: nx.Graph,
    *,
    title: str = "AllianceKG",
    entity_url: Callable[[str], str] | None = None,
    max_nodes: int = 1500,
    physics_threshold: int = 300,
) -> str:
    """Render *G* as one self-contained, offline HTML page drawn by vis-network.

    See :func:`network_data` for the data, the module docstring for the
    attribute conventions and the safety model.
    """
    data = network_data(G, entity_url=entity_url, max_nodes=max_nodes,
                        physics_threshold=physics_threshold)
    vis_js, vis_css = _vis_assets()
    app_js = _app_js()
    csp = ("default-src 'none'; "
           f"script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}; "
           "style-src 'unsafe-inline'; img-src data:; font-src 'none'; connect-src 'none'; "
           "base-uri 'none'; form-action 'none'; object-src 'none'")
    return _environment().get_template("network.html").render(
        title=str(title),
        meta=data["meta"],
        legend=data["legend"],
        data_json=_script_json(data),
        vis_js=vis_js,
        vis_css=vis_css,
        app_js=app_js,
        csp=csp,
    )
