"""/sparql: the SPARQL 1.1 Protocol.

Queries by GET (``?query=``), POST form (``query=``) and POST
``application/sparql-query``; updates by POST ``application/sparql-update``
or form ``update=`` (a bearer token is needed, see :mod:`..deps`).
``default-graph-uri`` / ``named-graph-uri`` pick the dataset; without them
the default graph is the union of all graphs (``union_default_graph``).
The answer's format comes from ``format=`` or the Accept header.  GET with
no query answers the service description (or, to a browser, the query page).

Queries run on the app's executor (worker processes with a time limit that
stops the work); nothing here blocks the event loop.
"""

from __future__ import annotations

from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from alliancekg.graph.errors import QueryError, UnsupportedQuery
from alliancekg.graph.formats import choose_offer, offers_for
from alliancekg.graph.queries import EXAMPLES
from alliancekg.graph.service import service_description
from alliancekg.graph.sparql import QueryJob, run_update

from ..bodies import BodyTooLarge, charset, decode_text, media_type, read_body
from ..deps import ExecutorDep, SettingsDep, StoreDep, require_writer
from ..errors import error_response
from ..negotiation import graph_response, rdf_format
from ..pages import STATIC_PATH, html_page
from ..settings import Settings
from ..templates import environment

router = APIRouter(tags=["sparql"])

FORM = "application/x-www-form-urlencoded"
QUERY = "application/sparql-query"
UPDATE = "application/sparql-update"


def _one(pairs: dict[str, list[str]], name: str) -> str | None:
    values = pairs.get(name, [])
    if len(values) > 1:
        raise QueryError(f"give at most one {name!r} parameter")
    return values[0] if values else None


def _job(pairs: dict[str, list[str]], query: str, request: Request, settings: Settings) -> QueryJob:
    if not query.strip():
        raise QueryError("the query is empty: pass a SPARQL query as ?query=..., "
                         "a query= form field, or an application/sparql-query body")
    return QueryJob(
        sparql=query,
        accept=request.headers.get("accept"),
        requested_format=_one(pairs, "format"),
        union_default_graph=settings.union_default_graph,
        default_graphs=tuple(pairs.get("default-graph-uri", [])),
        named_graphs=tuple(pairs.get("named-graph-uri", [])),
        max_bytes=settings.max_result_bytes,
        allowed_endpoints=settings.remote_endpoints,
    )


async def _answer(executor, job: QueryJob) -> Response:
    answer = await run_in_threadpool(executor.run, job)
    return Response(content=answer.body, media_type=answer.format.content_type, headers={"Vary": "Accept"})


def _endpoint_url(request: Request) -> str:
    return str(request.url.replace(query="", fragment=""))


def _prefers_html(accept: str | None) -> bool:
    """Whether a GET with no query comes from a browser: text/html ranks
    above every RDF type the header names (a bare ``*/*`` means RDF)."""
    offers = {**offers_for("rdf"), "text/html": "html", "application/xhtml+xml": "html"}
    return bool(accept) and choose_offer(accept, offers, "turtle") == "html"


def _describe_service(request: Request, store, settings: Settings) -> Response:
    fmt = rdf_format(request, "the service description")
    graph = service_description(
        store,
        endpoint=_endpoint_url(request),
        dataset=str(request.url_for("void")) + "#dataset",
        union_default_graph=settings.union_default_graph,
        updates=settings.writes_enabled,
        federation=bool(settings.remote_endpoints),
    )
    return graph_response(graph, fmt)


def _query_page(request: Request, settings: Settings) -> Response:
    html = environment().get_template("sparql.html").render(
        examples=EXAMPLES,
        endpoint=_endpoint_url(request),
        base_iri=settings.base_iri,
        static=STATIC_PATH,
        timeout=settings.query_timeout,
        writes=settings.writes_enabled,
    )
    return html_page(html, scripts=True, headers={"Vary": "Accept"})


@router.get("/sparql", summary="Run a SPARQL query (?query=); with no query: the service description or the query page")
async def sparql_get(request: Request, store: StoreDep, settings: SettingsDep, executor: ExecutorDep) -> Response:
    pairs = parse_qs(request.url.query, keep_blank_values=True)
    if "update" in pairs:
        return error_response(405, "MethodNotAllowed", "a SPARQL update must be sent with POST (application/sparql-update "
                              "or an update= form field), never with GET", headers={"Allow": "POST"})
    query = _one(pairs, "query")
    if query is None:
        if _prefers_html(request.headers.get("accept")) and "format" not in pairs:
            return _query_page(request, settings)
        return await run_in_threadpool(_describe_service, request, store, settings)
    return await _answer(executor, _job(pairs, query, request, settings))


@router.post("/sparql", summary="Run a SPARQL query or update (form, application/sparql-query or application/sparql-update body)")
async def sparql_post(request: Request, store: StoreDep, settings: SettingsDep, executor: ExecutorDep) -> Response:
    kind = media_type(request)
    if kind not in (FORM, QUERY, UPDATE):
        return error_response(415, "UnsupportedMediaType",
                              f"POST a query as {QUERY}, an update as {UPDATE}, or either as {FORM} "
                              f"(query= or update=); not {kind or 'a body without Content-Type'}")
    if kind == UPDATE:
        require_writer(request, settings)  # before reading what may be a large body
    try:
        body = await read_body(request, settings.max_query_bytes)
    except BodyTooLarge as exc:
        return error_response(413, "TooLarge", f"{exc}; send a shorter query")
    text = decode_text(body, charset(request) if kind != FORM else "utf-8")
    pairs = parse_qs(request.url.query, keep_blank_values=True)
    if kind == FORM:
        form = parse_qs(text, keep_blank_values=True)
        if "query" in form and "update" in form:
            raise QueryError("send either query= or update=, not both")
        pairs = {**pairs, **form}
        if "update" in form:
            return await _update(request, settings, store, pairs, _one(form, "update") or "")
        query = _one(form, "query")
        if query is None:
            raise QueryError("the form has no query= (or update=) field")
        return await _answer(executor, _job(pairs, query, request, settings))
    if kind == UPDATE:
        return await _update(request, settings, store, pairs, text)
    return await _answer(executor, _job(pairs, text, request, settings))


async def _update(request: Request, settings: Settings, store, pairs: dict[str, list[str]], text: str) -> Response:
    require_writer(request, settings)
    if pairs.get("using-graph-uri") or pairs.get("using-named-graph-uri"):
        raise UnsupportedQuery("using-graph-uri and using-named-graph-uri are not supported; "
                               "write USING / USING NAMED in the update itself")
    if not text.strip():
        raise QueryError("the update is empty")

    await run_in_threadpool(run_update, store, text, settings.remote_endpoints)
    return Response(status_code=204)


@router.post("/update", summary="Run a SPARQL update (the same as POST /sparql with an update)", include_in_schema=True)
async def update_post(request: Request, store: StoreDep, settings: SettingsDep, executor: ExecutorDep) -> Response:
    kind = media_type(request)
    if kind not in (FORM, UPDATE):
        return error_response(415, "UnsupportedMediaType", f"POST an update as {UPDATE} or as {FORM} with update=")
    return await sparql_post(request, store, settings, executor)
