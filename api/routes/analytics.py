"""GET /analytics/...: rankings, communities, paths and investment links as JSON.

Thin over :func:`alliancekg.graph.analytics.analyse`; results are cached per
store generation. Plain ``def`` routes (run in the threadpool).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from alliancekg.graph.analytics import analyse

from ..deps import StoreDep
from .views import GraphCacheDep, query_dict

router = APIRouter(prefix="/analytics", tags=["analytics"])

_FILTERS = "Filters as in /view: types, date_from, date_to, as_of, min_amount."
FromQuery = Annotated[str | None, Query(alias="from", description="an entity IRI, name or slug")]
ToQuery = Annotated[str | None, Query(description="an entity IRI, name or slug")]


def _run(kind: str, request: Request, store: StoreDep, cache: GraphCacheDep) -> dict[str, Any]:
    raw = {k: v[0] if len(v) == 1 else v for k, v in query_dict(request).items()}
    key = ("analytics", kind, tuple(sorted((k, str(v)) for k, v in raw.items())))
    return cache.memo(store, key, lambda G: analyse(G, kind, raw))


@router.get("/rankings", summary="Top entities by degree, PageRank or betweenness", description=_FILTERS)
def rankings(
    request: Request, store: StoreDep, cache: GraphCacheDep,
    measure: Annotated[str, Query(description="degree, pagerank (default) or betweenness")] = "pagerank",
    limit: Annotated[str | None, Query(description="how many (1-1000, default 20)")] = None,
    relations: Annotated[str | None, Query(description="the graph ranked (default invests_in)")] = None,
) -> dict[str, Any]:
    return _run("rankings", request, store, cache)


@router.get("/communities", summary="Louvain communities of the deal graph", description=_FILTERS)
def communities(
    request: Request, store: StoreDep, cache: GraphCacheDep,
    relations: Annotated[str | None, Query(description="default invests_in,acquires,partners_with")] = None,
    resolution: Annotated[str | None, Query(description="Louvain resolution (default 1.0; higher: smaller communities)")] = None,
    limit: Annotated[str | None, Query(description="how many communities (default 50)")] = None,
    members: Annotated[str | None, Query(description="members listed per community (default 10; 0: all)")] = None,
) -> dict[str, Any]:
    return _run("communities", request, store, cache)


@router.get("/path", summary="Shortest paths between two entities, with the facts on each hop", description=_FILTERS)
def path(
    request: Request, store: StoreDep, cache: GraphCacheDep,
    from_: FromQuery = None, to: ToQuery = None,
    relations: Annotated[str | None, Query(description="only these relations (default all)")] = None,
    max_paths: Annotated[str | None, Query(description="1-100, default 10")] = None,
) -> dict[str, Any]:
    return _run("path", request, store, cache)


@router.get("/connected", summary="Whether two entities are connected through investments", description=_FILTERS)
def connected(
    request: Request, store: StoreDep, cache: GraphCacheDep,
    from_: FromQuery = None, to: ToQuery = None,
) -> dict[str, Any]:
    return _run("connected", request, store, cache)
