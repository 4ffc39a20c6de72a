"""GET /health: is the server up, and what does its store hold."""

from __future__ import annotations

from fastapi import APIRouter

from alliancekg.graph.service import dataset_stats

from ..deps import StoreDep

router = APIRouter(tags=["health"])


@router.get("/health", summary="Liveness and store size")
def health(store: StoreDep) -> dict:
    stats = dataset_stats(store)  # counted once per write, not per poll
    return {"status": "ok", "store": store.location, "quads": stats.quads, "graphs": stats.graphs,
            "articles": stats.articles, "entities": stats.entities}
