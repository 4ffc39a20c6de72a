"""/sparql: the SPARQL 1.1 Protocol's query operation (GET and POST)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from alliancekg.graph.errors import QueryError
from alliancekg.graph.formats import result_format
from alliancekg.graph.sparql import answer_query
from alliancekg.graph.store import Store

from ..deps import SettingsDep, StoreDep
from ..errors import error_response

router = APIRouter(tags=["sparql"])

MAX_BODY = 1024 * 1024
_FORM = "application/x-www-form-urlencoded"
_QUERY = "application/sparql-query"


@dataclass(frozen=True)
class _Request:
    query: str | None
    default_graphs: list[str]
    named_graphs: list[str]
    format: str | None
    accept: str | None


def _parse(pairs: dict[str, list[str]], accept: str | None, body_query: str | None = None) -> _Request:
    queries = [body_query] if body_query is not None else pairs.get("query", [])
    if len(queries) > 1:
        raise QueryError("give exactly one 'query' parameter")
    return _Request(
        query=queries[0] if queries else None,
        default_graphs=pairs.get("default-graph-uri", []),
        named_graphs=pairs.get("named-graph-uri", []),
        format=(pairs.get("format") or [None])[0],
        accept=accept,
    )


def _answer(store: Store, req: _Request, union: bool) -> Response:
    """Runs on a worker thread: the store call blocks."""
    if not req.query or not req.query.strip():
        raise QueryError("no SPARQL query given: pass it as ?query=... or POST it (application/sparql-query or a query= form field)")
    answer = answer_query(
        store,
        req.query,
        lambda form: result_format(form, accept=req.accept, requested=req.format),
        union_default_graph=union,
        default_graphs=req.default_graphs or None,
        named_graphs=req.named_graphs or None,
    )
    media = answer.format.media_type
    if not media.endswith("json"):
        media += "; charset=utf-8"
    return Response(content=answer.body, media_type=media, headers={"Vary": "Accept"})


@router.get("/sparql", summary="Run a SPARQL query (query= parameter)")
async def sparql_get(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    req = _parse(parse_qs(request.url.query, keep_blank_values=True), request.headers.get("accept"))
    return await run_in_threadpool(_answer, store, req, settings.union_default_graph)


@router.post("/sparql", summary="Run a SPARQL query (form or application/sparql-query body)")
async def sparql_post(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in (_FORM, _QUERY):
        return error_response(415, "UnsupportedMediaType", f"POST a query as {_QUERY} or {_FORM}, not {content_type or 'no Content-Type'}")
    body = await request.body()
    if len(body) > MAX_BODY:
        return error_response(413, "TooLarge", f"the request body is over {MAX_BODY} bytes")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise QueryError("the request body is not UTF-8") from None
    pairs = parse_qs(request.url.query, keep_blank_values=True)
    accept = request.headers.get("accept")
    if content_type == _QUERY:
        req = _parse(pairs, accept, body_query=text)
    else:
        req = _parse({**pairs, **parse_qs(text, keep_blank_values=True)}, accept)
    return await run_in_threadpool(_answer, store, req, settings.union_default_graph)
