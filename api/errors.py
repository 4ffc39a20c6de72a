"""Error answers of the HTTP app: one JSON shape, one table of statuses."""

from __future__ import annotations

import logging

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from alliancekg.graph.errors import (
    AccessDenied,
    AllianceKGError,
    ArticleError,
    FormatError,
    InvalidParameter,
    NotFound,
    Overloaded,
    QueryError,
    QueryTimeout,
    RDFInputError,
    RemoteAccessRefused,
    StoreError,
    StoreLocked,
    WritesDisabled,
)

__all__ = ["ERROR_STATUS", "error_response", "domain_error_handler", "http_error_handler", "validation_error_handler"]

log = logging.getLogger("alliancekg.api")

# Domain error -> HTTP status; the first class in an error's MRO that is here wins.
# Errors not listed stay 500 and are logged.
ERROR_STATUS: dict[type[AllianceKGError], int] = {
    QueryError: 400,
    RDFInputError: 400,
    ArticleError: 400,
    RemoteAccessRefused: 403,
    AccessDenied: 401,
    WritesDisabled: 403,
    InvalidParameter: 400,
    FormatError: 406,
    NotFound: 404,
    QueryTimeout: 503,
    Overloaded: 503,
    StoreLocked: 503,
    StoreError: 503,
}

# Headers some statuses need (RFC 9110: a 401 names its scheme; a 503 says when to come back).
ERROR_HEADERS: dict[type[AllianceKGError], dict[str, str]] = {
    AccessDenied: {"WWW-Authenticate": 'Bearer realm="alliancekg"'},
    WritesDisabled: {},
    QueryTimeout: {"Retry-After": "5"},
    Overloaded: {"Retry-After": "2"},
}


def error_response(status: int, error: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """The body every error has: ``{"error": name, "message": what to do}``."""
    return JSONResponse({"error": error, "message": message}, status_code=status, headers=headers)


def headers_for(exc: AllianceKGError) -> dict[str, str] | None:
    for cls in type(exc).__mro__:
        if cls in ERROR_HEADERS:
            return ERROR_HEADERS[cls] or None
    return None


def status_for(exc: AllianceKGError) -> int:
    for cls in type(exc).__mro__:
        if cls in ERROR_STATUS:
            return ERROR_STATUS[cls]
    return 500


async def domain_error_handler(request: Request, exc: AllianceKGError) -> JSONResponse:
    status = status_for(exc)
    if status == 503:  # overload and time limits: expected under load, not a fault
        log.warning("%s %s: %s", request.method, request.url.path, exc)
    elif status >= 500:
        log.error("%s %s: %s", request.method, request.url.path, exc)
    return error_response(status, type(exc).__name__, str(exc), headers_for(exc))


# Statuses the router itself answers (no route, wrong method): the same JSON shape, saying what to do.
_ROUTING_HINTS = {
    404: ("NotFound", "there is nothing at {path}; the landing page / links what this server offers (/sparql, /view, /docs)"),
    405: ("MethodNotAllowed", "{path} does not take {method}{allowed}; see /docs for each route's methods"),
}


async def http_error_handler(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    """Errors the router raises (404 no route, 405 wrong method, ...) in the app's shape."""
    headers = dict(exc.headers or {})
    name, template = _ROUTING_HINTS.get(exc.status_code, ("HTTPError", "{detail}"))
    if exc.status_code == 405:  # every method the path takes (Starlette names only the first route's)
        headers = {k: v for k, v in headers.items() if k.lower() != "allow"}
        methods = _methods_for(request)
        if methods:
            headers["Allow"] = ", ".join(methods)
    allow = next((v for k, v in headers.items() if k.lower() == "allow"), "")
    allowed = f" (it takes {allow})" if allow else ""
    message = template.format(path=request.url.path, method=request.method, allowed=allowed, detail=exc.detail)
    if exc.status_code >= 500:
        log.error("%s %s: %s", request.method, request.url.path, exc.detail)
    return error_response(exc.status_code, name, message, headers or None)


def _methods_for(request: Request) -> list[str]:
    """The methods some route fully matches for this path (asked route by route)."""
    from starlette.routing import Match

    methods = [m for m in ("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS")
               if any(route.matches({**request.scope, "method": m})[0] == Match.FULL for route in request.app.router.routes)]
    if "GET" in methods:
        methods.insert(1, "HEAD")  # api.middleware.HeadAsGet answers HEAD wherever GET is answered
    return methods


async def validation_error_handler(request: Request, exc: RequestValidationError) -> JSONResponse:
    """A request FastAPI could not read into a route's parameters: 400 naming them."""
    problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', 'invalid')}" for e in exc.errors())
    return error_response(400, "InvalidParameter", f"the request does not fit this route ({problems}); see /docs")
