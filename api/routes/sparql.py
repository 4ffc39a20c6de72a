"""/sparql: the SPARQL 1.1 Protocol's query operation (GET and POST)."""

from __future__ import annotations

from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

from alliancekg.graph.errors import FormatError, QueryError
from alliancekg.graph.formats import Format, get_format, negotiate
from alliancekg.graph.sparql import answer_query
from alliancekg.graph.store import Store

from ..deps import SettingsDep, StoreDep

router = APIRouter(tags=["sparql"])

_MAX_BODY = 1024 * 1024
_DEFAULTS = {"results": "json", "rdf": "turtle"}


class _Params:
    def __init__(self, query: str | None, default_graphs: list[str], named_graphs: list[str], fmt: str | None) -> None:
        self.query = query
        self.default_graphs = default_graphs
        self.named_graphs = named_graphs
        self.format = fmt


def _params(pairs: dict[str, list[str]], query_from_body: str | None = None) -> _Params:
    queries = pairs.get("query", [])
    if query_from_body is not None:
        queries = [query_from_body]
    if len(queries) > 1:
        raise QueryError("give exactly one 'query' parameter")
    fmt = (pairs.get("format") or [None])[0]
    return _Params(queries[0] if queries else None, pairs.get("default-graph-uri", []), pairs.get("named-graph-uri", []), fmt)


def _execute(store: Store, params: _Params, accept: str | None, union: bool) -> Response:
    if not params.query or not params.query.strip():
        raise QueryError("no SPARQL query given: pass it as ?query=... or POST it (application/sparql-query or a query= form field)")

    def choose(form: str) -> Format:
        kind = "rdf" if form == "graph" else "results"
        if params.format:
            fmt = get_format(params.format)
            if fmt.kind != kind:
                raise QueryError(f"format={fmt.name} does not fit a {form.upper()} query's result")
            return fmt
        fmt = negotiate(accept, kind, _DEFAULTS[kind])
        if fmt is None:
            raise FormatError(f"none of the media types in Accept: {accept} can carry this result")
        return fmt

    answer = answer_query(
        store,
        params.query,
        choose,
        union_default_graph=union,
        default_graphs=params.default_graphs or None,
        named_graphs=params.named_graphs or None,
    )
    media = answer.format.media_type
    if not media.endswith("json"):
        media += "; charset=utf-8"
    return Response(content=answer.body, media_type=media, headers={"Vary": "Accept"})


def _bad_request(exc: QueryError) -> JSONResponse:
    return JSONResponse({"error": type(exc).__name__, "message": str(exc)}, status_code=400)


@router.get("/sparql", summary="Run a SPARQL query (query= parameter)")
async def sparql_get(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    params = _params(parse_qs(request.url.query, keep_blank_values=True))
    return await run_in_threadpool(_execute, store, params, request.headers.get("accept"), settings.union_default_graph)


@router.post("/sparql", summary="Run a SPARQL query (form or application/sparql-query body)")
async def sparql_post(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    if len(body) > _MAX_BODY:
        return JSONResponse({"error": "TooLarge", "message": f"the request body is over {_MAX_BODY} bytes"}, status_code=413)
    url_params = parse_qs(request.url.query, keep_blank_values=True)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return _bad_request(QueryError("the request body is not UTF-8"))
    if content_type == "application/sparql-query":
        params = _params(url_params, query_from_body=text)
    elif content_type == "application/x-www-form-urlencoded":
        form = parse_qs(text, keep_blank_values=True)
        params = _params({**url_params, **form})
    else:
        return JSONResponse(
            {"error": "UnsupportedMediaType", "message": "POST a query as application/sparql-query or application/x-www-form-urlencoded"},
            status_code=415,
        )
    return await run_in_threadpool(_execute, store, params, request.headers.get("accept"), settings.union_default_graph)
