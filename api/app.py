"""The FastAPI application factory."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from alliancekg.graph.errors import AllianceKGError
from alliancekg.graph.store import Store, open_store

from .errors import domain_error_handler
from .routes import analytics, docs, health, home, sparql, views
from .settings import Settings

__all__ = ["create_app"]


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
    app.add_exception_handler(AllianceKGError, domain_error_handler)
    for module in (home, sparql, views, analytics, health, docs):
        app.include_router(module.router)
    app.mount(docs.SWAGGER_STATIC, StaticFiles(directory=docs.swagger_ui_dir()), name="swagger")
    return app
