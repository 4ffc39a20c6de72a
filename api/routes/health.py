"""GET /health: is the server up, and what does its store hold."""

from __future__ import annotations

from fastapi import APIRouter

from ..deps import StoreDep

router = APIRouter(tags=["health"])


@router.get("/health", summary="Liveness and store size")
def health(store: StoreDep) -> dict:
    return {"status": "ok", "store": store.location, "quads": store.count(), "graphs": len(store.graphs())}
