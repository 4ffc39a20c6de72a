"""GET /view: network views as self-contained HTML pages (or GraphML, GEXF, JSON).

Every view parameter lives in the URL, so a view is a link; see
:mod:`alliancekg.graph.network` for what each means. Plain ``def`` routes:
the store and networkx work runs in the threadpool, not on the event loop.
"""

from __future__ import annotations

import threading
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from alliancekg.graph.errors import InvalidParameter
from alliancekg.graph.network import GraphCache, parse_view_params
from alliancekg.viz import page_csp
from alliancekg.viz.views import MEDIA_TYPES, VIEW_FORMATS, Links, build_view

from ..deps import SettingsDep, StoreDep

router = APIRouter(tags=["views"])
_CACHE_LOCK = threading.Lock()


def get_graph_cache(request: Request) -> GraphCache:
    """The app's cache of alliance graphs (one per store generation)."""
    state = request.app.state
    with _CACHE_LOCK:
        if getattr(state, "graph_cache", None) is None:
            state.graph_cache = GraphCache()
        return state.graph_cache


GraphCacheDep = Annotated[GraphCache, Depends(get_graph_cache)]


def query_dict(request: Request) -> dict[str, list[str]]:
    """The URL query as name -> values (keys may repeat)."""
    out: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        out.setdefault(key, []).append(value)
    return out


def site_links(request: Request, base_iri: str) -> Links:
    root = request.scope.get("root_path", "").rstrip("/")
    return Links(view=root + "/view", base_iri=base_iri, entity_root=root + "/")


_DOC = "See the README's views section; every parameter is optional and invalid values give 400 with a message."


@router.get("/view", summary="An interactive network view (whole graph, ego network, paths, filters)",
            description=_DOC, response_class=Response,
            responses={200: {"content": {t: {} for t in MEDIA_TYPES.values()}}})
def view(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    cache: GraphCacheDep,
    center: Annotated[str | None, Query(description="an entity IRI, name or slug: its ego network")] = None,
    depth: Annotated[str | None, Query(description="1-3 hops around center (default 1)")] = None,
    path_from: Annotated[str | None, Query(description="with path_to: shortest paths between two entities")] = None,
    path_to: Annotated[str | None, Query()] = None,
    relations: Annotated[list[str] | None, Query(description="invests_in, acquires, partners_with, develops, available_on, based_in")] = None,
    types: Annotated[list[str] | None, Query(description="Company, Product, Country")] = None,
    date_from: Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, Query()] = None,
    as_of: Annotated[str | None, Query(description="the graph as it stood on this date")] = None,
    min_amount: Annotated[str | None, Query(description="e.g. 15000000, 15M, 2.5B")] = None,
    limit: Annotated[str | None, Query(description="most nodes drawn, 1-5000 (default 1500)")] = None,
    size_by: Annotated[str | None, Query(description="degree, pagerank or betweenness")] = None,
    format: Annotated[str | None, Query(description="html (default), json, graphml, gexf")] = None,  # noqa: A002
) -> Response:
    raw = query_dict(request)
    params = parse_view_params(raw, extra=("format",))
    fmt = (format or "html").lower()
    if fmt not in VIEW_FORMATS:
        raise InvalidParameter(f"format={fmt!r}: choose from {', '.join(VIEW_FORMATS)}")
    body, _summary = build_view(cache.graph(store), params, fmt, links=site_links(request, settings.base_iri))
    headers = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}
    if fmt == "html":
        # frame-ancestors only works in a header (the page's own <meta> policy cannot carry it): no clickjacking
        headers["Content-Security-Policy"] = page_csp("/view") + "; frame-ancestors 'none'"
    elif fmt != "json":
        headers["Content-Disposition"] = f'attachment; filename="alliancekg-view.{fmt}"'
    return Response(body, media_type=MEDIA_TYPES[fmt], headers=headers)
