"""The FastAPI application factory."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from alliancekg.graph.errors import AllianceKGError
from alliancekg.graph.executor import make_executor
from alliancekg.graph.store import Store

from .errors import domain_error_handler, http_error_handler, validation_error_handler
from .middleware import HeadAsGet, RenderLimit, SecurityHeaders
from .pages import STATIC_PATH
from .routes import analytics, docs, entities, graph_store, health, home, ontology, sparql, views, void
from .settings import Settings

__all__ = ["create_app"]


def create_app(settings: Settings | None = None, *, store: Store | None = None) -> FastAPI:
    """An app serving ``store`` (or the store ``settings.store`` names,
    opened at startup and closed at shutdown)."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = store is None
        app.state.store = store if store is not None else settings.open_store()
        app.state.executor = make_executor(app.state.store, timeout=settings.query_timeout, workers=settings.query_workers)
        try:
            yield
        finally:
            executor = getattr(app.state, "executor", None)
            if executor is not None:
                app.state.executor = None
                executor.close()
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
    app.add_exception_handler(StarletteHTTPException, http_error_handler)
    app.add_exception_handler(RequestValidationError, validation_error_handler)
    for module in (home, sparql, graph_store, void, views, analytics, health, docs, ontology, entities):
        app.include_router(module.router)
    app.mount(docs.SWAGGER_STATIC, StaticFiles(directory=docs.swagger_ui_dir()), name="swagger")
    app.mount(STATIC_PATH, StaticFiles(packages=[("alliancekg.api", "static")]), name="static")
    if settings.cors_origins:
        # Any listed origin may read answers; never with credentials (cookies,
        # HTTP auth): a bearer token is sent explicitly, never by the browser.
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_credentials=False,
            allow_methods=["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"],
            allow_headers=["Accept", "Content-Type", "Authorization"],
            expose_headers=["Content-Type", "Location", "Link", "Vary"],
            max_age=600,
        )
    app.add_middleware(RenderLimit)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(HeadAsGet)
    return app
