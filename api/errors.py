"""Error answers of the HTTP app: one JSON shape, one table of statuses."""

from __future__ import annotations

import logging

from fastapi import Request
from fastapi.responses import JSONResponse

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

__all__ = ["ERROR_STATUS", "error_response", "domain_error_handler"]

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
    if status >= 500:
        log.error("%s %s: %s", request.method, request.url.path, exc)
    return error_response(status, type(exc).__name__, str(exc), headers_for(exc))
