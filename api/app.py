"""The FastAPI application factory."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from alliancekg.graph.errors import AllianceKGError, FormatError, QueryError, StoreError, StoreLocked
from alliancekg.graph.store import Store, open_store

from fastapi.staticfiles import StaticFiles

from .routes import docs, health, home, sparql, views
from .settings import Settings

__all__ = ["create_app"]

log = logging.getLogger("alliancekg.api")

# One table: domain error -> HTTP status.  Unknown errors stay 500 and are logged.
ERROR_STATUS: dict[type[AllianceKGError], int] = {
    QueryError: 400,
    FormatError: 406,
    StoreLocked: 503,
    StoreError: 503,
}


def _status_for(exc: AllianceKGError) -> int:
    for cls in type(exc).__mro__:
        if cls in ERROR_STATUS:
            return ERROR_STATUS[cls]
    return 500


async def _domain_error(request: Request, exc: AllianceKGError) -> JSONResponse:
    status = _status_for(exc)
    if status >= 500:
        log.error("%s %s: %s", request.method, request.url.path, exc)
    return JSONResponse({"error": type(exc).__name__, "message": str(exc)}, status_code=status)


def create_app(settings: Settings | None = None, *, store: Store | None = None) -> FastAPI:
    """An app serving ``store`` (or the store ``settings.store`` names,
    opened at startup and closed at shutdown)."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = store is None
        app.state.store = store if store is not None else open_store(settings.store)
        try:
            yield
        finally:
            if owned:
                app.state.store.close()

    app = FastAPI(
        title="AllianceKG",
        summary="A knowledge graph of corporate AI alliances: SPARQL, network views, provenance.",
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,  # served by routes.docs, with Swagger UI from this app instead of a CDN
        redoc_url=None,
    )
    app.state.settings = settings
    if store is not None:
        app.state.store = store
    app.add_exception_handler(AllianceKGError, _domain_error)
    for module in (home, sparql, views, health, docs):
        app.include_router(module.router)
    app.mount(docs.SWAGGER_STATIC, StaticFiles(directory=docs.swagger_ui_dir()), name="swagger")
    return app
