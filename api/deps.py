"""Typed dependencies of the routes (swap them with ``app.dependency_overrides``)."""

from __future__ import annotations

import hmac
import threading
from typing import Annotated

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool

from alliancekg.graph.errors import AccessDenied, WritesDisabled
from alliancekg.graph.executor import QueryExecutor, make_executor
from alliancekg.graph.resolve import Minter
from alliancekg.graph.store import Store

from .settings import Settings

__all__ = [
    "get_settings", "get_store", "get_minter", "get_executor", "require_writer",
    "SettingsDep", "StoreDep", "MinterDep", "ExecutorDep", "WriterDep",
]

_executor_lock = threading.Lock()


# The dependencies are ``async def``: FastAPI runs a plain ``def`` dependency on
# the threadpool, a thread hop each (three per query) for what is an attribute read.

async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_store(request: Request) -> Store:
    return request.app.state.store


async def get_minter(settings: Annotated[Settings, Depends(get_settings)]) -> Minter:
    return Minter(settings.base_iri)


async def get_executor(request: Request) -> QueryExecutor:
    """The app's query executor, made on first use (the lifespan closes it)."""
    executor = getattr(request.app.state, "executor", None)
    if executor is None:  # no lifespan ran: start the workers off the event loop
        executor = await run_in_threadpool(_make_executor, request.app.state)
    return executor


def _make_executor(state) -> QueryExecutor:
    with _executor_lock:
        executor = getattr(state, "executor", None)
        if executor is None:
            s: Settings = state.settings
            executor = make_executor(state.store, timeout=s.query_timeout, workers=s.query_workers)
            state.executor = executor
    return executor


def require_writer(request: Request, settings: Annotated[Settings, Depends(get_settings)]) -> None:
    """Let a write through only with ``Authorization: Bearer <write_token>``."""
    if not settings.write_token:
        raise WritesDisabled(
            "writes are turned off on this server; its operator can turn them on by setting "
            "ALLIANCEKG_WRITE_TOKEN, and writers then send 'Authorization: Bearer <token>'"
        )
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise AccessDenied("this write needs a bearer token: send 'Authorization: Bearer <token>'")
    if not hmac.compare_digest(token.strip().encode(), settings.write_token.encode()):
        raise AccessDenied("the bearer token is not valid for writes on this server")


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[Store, Depends(get_store)]
MinterDep = Annotated[Minter, Depends(get_minter)]
ExecutorDep = Annotated[QueryExecutor, Depends(get_executor)]
WriterDep = Annotated[None, Depends(require_writer)]
