"""Network views: one parameter model, and the selection of a view's graph.

A view is described by :class:`ViewParams` (parsed from a URL query or CLI
options with the same names by :func:`parse_view_params`) and selected from
the alliance graph (:func:`alliancekg.graph.analytics.alliance_graph`) by
:func:`select`. Pure functions on networkx graphs; :class:`GraphCache` keeps
one alliance graph per store generation so that a server does not re-read
the store for every view.

Parameters (all optional)::

    center      an entity IRI, a name ("Mistral AI") or a slug ("mistral-ai"): its ego network
    depth       1-3, hops around center (default 1)
    path_from   with path_to: the shortest paths between two entities
    path_to
    relations   invests_in, acquires, partners_with, develops, available_on, based_in (comma-separated or repeated)
    types       node types Company, Product, Country (comma-separated or repeated)
    date_from   YYYY, YYYY-MM or YYYY-MM-DD: only facts dated in the range
    date_to
    as_of       the graph as it stood on that date (facts dated on or before it)
    min_amount  only deals of at least this amount (15000000, 15M, 2.5B; in the deal's currency)
    limit       most nodes drawn (1-5000, default 1500); the rest are counted, not drawn
    size_by     node size: degree (default), pagerank or betweenness

A fact's date is its deal's date, else the publication date of the first
article stating it; a fact with neither passes date filters only when no date
filter is set, and counts as standing for ``as_of``.
"""

from __future__ import annotations

import calendar
import re
import threading
import weakref
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any

import networkx as nx

from .errors import InvalidParameter
from .extract.model import ENTITY_TYPES, RELATIONS
from .store.base import Store

__all__ = [
    "ViewParams",
    "Selection",
    "GraphCache",
    "parse_view_params",
    "select",
    "resolve_entity",
    "neighbours",
    "SIZE_MEASURES",
    "MAX_LIMIT",
    "describe",
    "filter_edges",
    "parse_int",
    "shortest_paths",
    "parse_amount",
]

MAX_LIMIT = 5000
DEFAULT_LIMIT = 1500
MAX_PATHS = 25
SIZE_MEASURES = ("degree", "pagerank", "betweenness")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_AMOUNT = re.compile(r"^\s*(\d+(?:\.\d+)?(?:e\+?\d+)?)\s*([kmbt]?)\s*$", re.I)
_MULTIPLIER = {"": 1, "k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12}


@dataclass(frozen=True)
class ViewParams:
    """What a view shows. Field names are the URL query keys and CLI option names."""

    center: str | None = None
    depth: int = 1
    path_from: str | None = None
    path_to: str | None = None
    relations: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    as_of: str | None = None
    min_amount: float | None = None
    limit: int = DEFAULT_LIMIT
    size_by: str = "degree"

    def to_query(self) -> dict[str, str]:
        """The non-default parameters as URL query values (lists comma-joined)."""
        out: dict[str, str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value == f.default:
                continue
            if isinstance(value, tuple):
                out[f.name] = ",".join(value)
            elif isinstance(value, float):
                out[f.name] = str(int(value)) if value.is_integer() else repr(value)
            else:
                out[f.name] = str(value)
        return out

    def with_(self, **changes: Any) -> ViewParams:
        return replace(self, **changes)

    @property
    def has_edge_filters(self) -> bool:
        return bool(self.relations or self.types or self.date_from or self.date_to or self.as_of
                    or self.min_amount is not None)


def _interval(value: str, name: str) -> tuple[str, str]:
    """(first day, last day) of a YYYY / YYYY-MM / YYYY-MM-DD date, as ISO strings."""
    m = _DATE.match(value)
    if not m:
        raise InvalidParameter(f"{name}={value!r} is not a date: give YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-03)")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if month is None:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    mon = int(month)
    if not 1 <= mon <= 12:
        raise InvalidParameter(f"{name}={value!r}: the month must be 01-12")
    last = calendar.monthrange(year, mon)[1]
    if day is None:
        return f"{year:04d}-{mon:02d}-01", f"{year:04d}-{mon:02d}-{last:02d}"
    if not 1 <= int(day) <= last:
        raise InvalidParameter(f"{name}={value!r}: that month has days 01-{last:02d}")
    return (value,) * 2


def _one(raw: Mapping[str, Any], key: str) -> str | None:
    value = raw.get(key)
    if isinstance(value, (list, tuple)):
        values = [v for v in value if v not in (None, "")]
        if len(values) > 1:
            raise InvalidParameter(f"{key} is given {len(values)} times; give it once")
        value = values[0] if values else None
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def _many(raw: Mapping[str, Any], key: str, allowed: Sequence[str]) -> tuple[str, ...]:
    value = raw.get(key)
    items = value if isinstance(value, (list, tuple)) else [value]
    out: list[str] = []
    lookup = {a.lower(): a for a in allowed}
    for item in items:
        for part in str(item or "").split(","):
            part = part.strip()
            if not part:
                continue
            if part.lower() not in lookup:
                raise InvalidParameter(f"{key}: unknown value {part!r}; choose from {', '.join(allowed)}")
            if lookup[part.lower()] not in out:
                out.append(lookup[part.lower()])
    return tuple(out)


def parse_int(raw: Mapping[str, Any], key: str, default: int, low: int, high: int) -> int:
    value = _one(raw, key)
    if value is None:
        return default
    try:
        number = int(value)
    except ValueError:
        raise InvalidParameter(f"{key}={value!r} is not a whole number; give {low}-{high}") from None
    if not low <= number <= high:
        raise InvalidParameter(f"{key}={number} is out of range; give {low}-{high}")
    return number


def parse_amount(value: str, key: str = "min_amount") -> float:
    """``15000000``, ``15M``, ``2.5B``, ``1.5e9`` -> a number (no currency conversion)."""
    m = _AMOUNT.match(value)
    if not m:
        raise InvalidParameter(f"{key}={value!r} is not an amount; give a number such as 15000000, 15M or 2.5B")
    return float(m.group(1)) * _MULTIPLIER[m.group(2).lower()]


def parse_view_params(raw: Mapping[str, Any], *, extra: Iterable[str] = ()) -> ViewParams:
    """View parameters from a mapping of names to strings (or lists of strings,
    as a URL query repeats keys). Empty values count as absent; ``extra`` names
    keys the caller handles itself. Raises :class:`InvalidParameter`."""
    known = {f.name for f in fields(ViewParams)} | set(extra)
    unknown = sorted(k for k in raw if k not in known)
    if unknown:
        raise InvalidParameter(f"unknown parameter {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    center, path_from, path_to = _one(raw, "center"), _one(raw, "path_from"), _one(raw, "path_to")
    if (path_from is None) != (path_to is None):
        raise InvalidParameter("give both path_from and path_to (the two entities to connect)")
    if center and path_from:
        raise InvalidParameter("give either center (an ego network) or path_from/path_to (paths), not both")
    dates = {k: _one(raw, k) for k in ("date_from", "date_to", "as_of")}
    for k, v in dates.items():
        if v is not None:
            _interval(v, k)
    if dates["date_from"] and dates["date_to"] and _interval(dates["date_from"], "date_from")[0] > _interval(dates["date_to"], "date_to")[1]:
        raise InvalidParameter(f"date_from={dates['date_from']} is after date_to={dates['date_to']}")
    amount = _one(raw, "min_amount")
    size_by = (_one(raw, "size_by") or "degree").lower()
    if size_by not in SIZE_MEASURES:
        raise InvalidParameter(f"size_by={size_by!r}: choose from {', '.join(SIZE_MEASURES)}")
    return ViewParams(
        center=center,
        depth=parse_int(raw, "depth", 1, 1, 3),
        path_from=path_from,
        path_to=path_to,
        relations=_many(raw, "relations", tuple(RELATIONS)),
        types=_many(raw, "types", ENTITY_TYPES),
        date_from=dates["date_from"],
        date_to=dates["date_to"],
        as_of=dates["as_of"],
        min_amount=parse_amount(amount) if amount is not None else None,
        limit=parse_int(raw, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
        size_by=size_by,
    )


# ---------------------------------------------------------------- selection


@dataclass
class Selection:
    """The graph a view draws (before the cap), and what must stay visible."""

    graph: nx.MultiDiGraph
    priority: dict[str, tuple] = field(default_factory=dict)
    """Sort keys of nodes drawn first under the cap (center and its rings, path nodes)."""
    center: str | None = None
    path_ends: tuple[str, str] | None = None
    paths: list[list[str]] = field(default_factory=list)
    note: str = ""
    """Something the reader should know (e.g. no path under these filters)."""


def neighbours(G: nx.Graph, node: Any) -> set:
    """Neighbours of a node ignoring edge direction."""
    if G.is_directed():
        return set(G._succ[node]) | set(G._pred[node])
    return set(G._adj[node])


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def resolve_entity(G: nx.Graph, text: str, *, key: str = "center") -> str:
    """The node an IRI, a label (case-insensitive) or a slug names; the most
    connected one when several match. Raises :class:`InvalidParameter`."""
    if text in G:
        return text
    wanted, slug = text.strip().lower(), _slug(text)
    matches = [n for n, d in G.nodes(data=True)
               if str(d.get("label", "")).lower() == wanted or str(n).rstrip("/").rsplit("/", 1)[-1] == slug]
    if not matches:
        close = sorted((str(d.get("label")) for n, d in G.nodes(data=True)
                        if wanted and wanted in str(d.get("label", "")).lower()), key=len)[:5]
        hint = f"; did you mean {', '.join(close)}?" if close else "; give a name, a slug or an IRI in the store"
        raise InvalidParameter(f"{key}: no entity named {text!r}{hint}")
    return max(matches, key=lambda n: (G.nodes[n].get("type") == "Company", G.degree(n), str(n)))


def _fact_interval(attrs: Mapping[str, Any]) -> tuple[str, str] | None:
    when = attrs.get("date") or attrs.get("published")
    if not when:
        return None
    try:
        return _interval(str(when)[:10], "date")
    except InvalidParameter:
        return None


def filter_edges(G: nx.MultiDiGraph, p: ViewParams) -> nx.MultiDiGraph:
    """The subgraph of the edges that pass the relation, type, date and amount filters."""
    if not p.has_edge_filters:
        return G
    relations = set(p.relations)
    types = set(p.types)
    lo = _interval(p.date_from, "date_from")[0] if p.date_from else None
    hi = _interval(p.date_to, "date_to")[1] if p.date_to else None
    as_of = _interval(p.as_of, "as_of")[1] if p.as_of else None
    H = nx.MultiDiGraph()
    nodes = G._node
    for u, v, k, d in G.edges(keys=True, data=True):
        if relations and d.get("relation") not in relations:
            continue
        if types and (nodes[u].get("type") not in types or nodes[v].get("type") not in types):
            continue
        if p.min_amount is not None and not (d.get("amount") is not None and d["amount"] >= p.min_amount):
            continue
        if lo or hi or as_of:
            span = _fact_interval(d)
            if span is None:
                if lo or hi:
                    continue
            else:
                if (lo and span[1] < lo) or (hi and span[0] > hi) or (as_of and span[0] > as_of):
                    continue
        for n in (u, v):
            if n not in H:
                H.add_node(n, **nodes[n])
        H.add_edge(u, v, key=k, **d)
    return H


def _rings(G: nx.Graph, center: Any, depth: int) -> dict[Any, int]:
    """Distance (ignoring direction) of every node within ``depth`` hops of ``center``."""
    dist = {center: 0}
    queue = deque([center])
    while queue:
        n = queue.popleft()
        if dist[n] >= depth:
            continue
        for m in neighbours(G, n):
            if m not in dist:
                dist[m] = dist[n] + 1
                queue.append(m)
    return dist


def shortest_paths(G: nx.Graph, source: Any, target: Any, max_paths: int = MAX_PATHS) -> list[list]:
    """Up to ``max_paths`` shortest paths ignoring edge direction, in a stable order ([] if none)."""
    if source not in G or target not in G:
        return []
    if source == target:
        return [[source]]
    preds: dict[Any, list] = {source: []}
    frontier = [source]
    found = False
    while frontier and not found:
        level: dict[Any, list] = {}
        for n in frontier:
            for m in neighbours(G, n):
                if m in preds:
                    continue
                level.setdefault(m, []).append(n)
                if m == target:
                    found = True
        preds.update(level)
        frontier = sorted(level, key=str)
    if not found:
        return []
    paths: list[list] = []

    def walk(node: Any, tail: list) -> None:
        if len(paths) >= max_paths:
            return
        if node == source:
            paths.append([source, *tail])
            return
        for p in sorted(preds[node], key=str):
            walk(p, [node, *tail])

    walk(target, [])
    return paths


def select(G: nx.MultiDiGraph, p: ViewParams) -> Selection:
    """The part of the alliance graph ``G`` that the view ``p`` shows (``G`` is not modified)."""
    center = resolve_entity(G, p.center) if p.center else None
    ends = (resolve_entity(G, p.path_from, key="path_from"), resolve_entity(G, p.path_to, key="path_to")) if p.path_from else None
    H = filter_edges(G, p)
    if center is not None:
        if center not in H:
            sub = nx.MultiDiGraph()
            sub.add_node(center, **G.nodes[center])
            return Selection(sub, {center: (0,)}, center=center,
                             note="no connections of this entity pass the filters")
        dist = _rings(H, center, p.depth)
        return Selection(H.subgraph(dist), {n: (d,) for n, d in dist.items()}, center=center)
    if ends is not None:
        paths = shortest_paths(H, *ends)
        sub = nx.MultiDiGraph()
        for n in ends:
            sub.add_node(n, **G.nodes[n])
        for path in paths:
            for a, b in zip(path, path[1:], strict=False):
                for u, v in ((a, b), (b, a)):
                    for k, d in H.get_edge_data(u, v, default={}).items():
                        sub.add_node(u, **H.nodes[u])
                        sub.add_node(v, **H.nodes[v])
                        sub.add_edge(u, v, key=k, **d)
        note = "" if paths else "no connection between these two under the filters"
        return Selection(sub, {n: (0,) for n in sub}, path_ends=ends, paths=paths, note=note)
    note = "nothing matches these filters" if H.number_of_nodes() == 0 and p.has_edge_filters else ""
    return Selection(H, note=note)


# ---------------------------------------------------------------- caching


class GraphCache:
    """The alliance graph of each store, rebuilt when the store's generation
    changes; also memoises derived results (analytics) per generation.

    Thread-safe: one build per store at a time; readers get the same graph
    object, which they must not modify.
    """

    def __init__(self, builder=None, memo_size: int = 64) -> None:
        from .analytics import alliance_graph

        self._builder = builder or alliance_graph
        self._lock = threading.Lock()
        self._entries: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self._memo_size = memo_size

    def _entry(self, store: Store) -> dict:
        with self._lock:
            entry = self._entries.get(store)
            if entry is None:
                entry = {"generation": None, "graph": None, "memo": {}, "lock": threading.Lock()}
                self._entries[store] = entry
            return entry

    def graph(self, store: Store) -> nx.MultiDiGraph:
        entry = self._entry(store)
        with entry["lock"]:
            generation = getattr(store, "generation", None)
            if entry["graph"] is None or entry["generation"] != generation or generation is None:
                entry["graph"] = self._builder(store)
                entry["generation"] = generation
                entry["memo"] = {}
            return entry["graph"]

    def memo(self, store: Store, key: tuple, compute):
        """``compute(graph)`` for this store's current graph, remembered under ``key``."""
        graph = self.graph(store)
        entry = self._entry(store)
        memo = entry["memo"]
        if key in memo:
            return memo[key]
        value = compute(graph)
        if len(memo) >= self._memo_size:
            memo.pop(next(iter(memo)))
        memo[key] = value
        return value


def describe(p: ViewParams, selection: Selection, G: nx.Graph) -> tuple[str, str]:
    """(title, one-line description) of a view, in words."""
    def name(n: Any) -> str:
        return str(G.nodes[n].get("label") or n) if n in G else str(n)

    if selection.center is not None:
        title = f"Around {name(selection.center)}"
        what = f"{name(selection.center)} and everything within {p.depth} step{'s' if p.depth > 1 else ''}"
    elif selection.path_ends is not None:
        a, b = selection.path_ends
        title = f"{name(a)} to {name(b)}"
        n = len(selection.paths)
        what = (f"{n}{'+' if n >= MAX_PATHS else ''} shortest path{'s' if n != 1 else ''} of "
                f"{len(selection.paths[0]) - 1} step{'s' if len(selection.paths[0]) != 2 else ''} between {name(a)} and {name(b)}"
                if selection.paths else f"how {name(a)} and {name(b)} are connected")
    else:
        title = "The alliance network"
        what = "the whole alliance network"
    filters = []
    if p.relations:
        filters.append(" / ".join(r.replace("_", " ") for r in p.relations))
    if p.types:
        filters.append("only " + ", ".join(p.types))
    if p.date_from or p.date_to:
        filters.append(f"dated {p.date_from or '…'} to {p.date_to or '…'}")
    if p.as_of:
        filters.append(f"as of {p.as_of}")
    if p.min_amount is not None:
        filters.append(f"deals of at least {p.min_amount:,.0f}")
    if filters:
        what += " · " + " · ".join(filters)
    return title, what[0].upper() + what[1:]
