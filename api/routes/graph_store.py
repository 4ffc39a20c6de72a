"""/store: the SPARQL 1.1 Graph Store HTTP Protocol (indirect identification).

``?graph=<IRI>`` names a graph, ``?default`` the default graph.  GET and HEAD
read (``?default`` is the union of all graphs, as queries see it, and cannot
be written on its own); PUT replaces, POST adds (without a graph it makes a
new one and answers its IRI in Location), DELETE removes.  Writes need the
bearer token; each write is one transaction.
"""

from __future__ import annotations

import re
import uuid
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from alliancekg.graph.errors import NotFound, QueryError
from alliancekg.graph.formats import get_format

from ..bodies import BodyTooLarge, media_type, read_body
from ..deps import SettingsDep, StoreDep, require_writer
from ..errors import error_response
from ..negotiation import rdf_format, rdf_response

router = APIRouter(tags=["graph store"])

# an absolute IRI with no characters Turtle / SPARQL IRIs forbid
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]*$")
_GRAPH_FORMATS = {get_format(n).media_type: n for n in ("turtle", "ntriples", "rdfxml", "jsonld")}
_GRAPH_FORMATS.update({"application/x-turtle": "turtle", "text/plain": "ntriples", "application/xml": "rdfxml"})


def _target(request: Request, *, required: bool = True) -> tuple[bool, str | None]:
    """``(given, graph)``: graph None with given True means the default graph."""
    params = request.query_params
    graphs = params.getlist("graph")
    has_default = "default" in params
    if len(graphs) > 1 or (graphs and has_default):
        raise QueryError("name one graph: either ?graph=<IRI> or ?default")
    if graphs:
        iri = graphs[0].strip()
        if not _IRI.match(iri):
            raise QueryError(f"?graph= needs an absolute IRI, not {iri!r}")
        return True, iri
    if has_default:
        return True, None
    if required:
        raise QueryError("name a graph with ?graph=<IRI>, or the default graph with ?default")
    return False, None


def _label(graph: str | None) -> str:
    return "the default graph" if graph is None else f"<{graph}>"


@router.get("/store", summary="Read a graph (Graph Store Protocol; HEAD too)")
async def store_read(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    _, graph = _target(request)
    fmt = rdf_format(request, "a graph")

    def read() -> bytes:
        if graph is None:  # the union of the named graphs, as queries see it; or, so configured, empty
            return store.read_graph(None, fmt.name) if settings.union_default_graph else b""
        if not store.has_graph(graph):
            raise NotFound(f"there is no graph {_label(graph)} in this store")
        return store.read_graph(graph, fmt.name)

    body = await run_in_threadpool(read)
    return rdf_response(body, fmt)  # HEAD: api.middleware.HeadAsGet drops the body


async def _write(request: Request, store, settings, *, replace: bool, create: bool) -> Response:
    require_writer(request, settings)
    given, graph = _target(request, required=not create)
    if not given:
        graph = f"{settings.base_iri}graph/{uuid.uuid4()}"
    kind = media_type(request)
    fmt = _GRAPH_FORMATS.get(kind)
    if fmt is None:
        kinds = ", ".join(sorted(_GRAPH_FORMATS))
        return error_response(415, "UnsupportedMediaType", f"send the graph as one of {kinds}, not {kind or 'no Content-Type'}")
    try:
        data = await read_body(request, settings.max_upload_bytes)
    except BodyTooLarge as exc:
        return error_response(413, "TooLarge", f"{exc}; split the graph into smaller requests")

    def write() -> bool:
        existed = graph is None or store.has_graph(graph)
        store.write_graph(graph, data, fmt, replace=replace)
        return existed

    existed = await run_in_threadpool(write)
    if not existed:
        return Response(status_code=201, headers={"Location": str(request.url.replace(query=urlencode({"graph": graph})))})
    return Response(status_code=204)


@router.put("/store", summary="Replace a graph (Graph Store Protocol; needs the bearer token)")
async def store_put(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    return await _write(request, store, settings, replace=True, create=False)


@router.post("/store", summary="Add to a graph, or create one (Graph Store Protocol; needs the bearer token)")
async def store_post(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    return await _write(request, store, settings, replace=False, create=True)


@router.delete("/store", summary="Remove a graph (Graph Store Protocol; needs the bearer token)")
async def store_delete(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    require_writer(request, settings)
    _, graph = _target(request)
    removed = await run_in_threadpool(store.drop_graph, graph)
    if not removed:
        raise NotFound(f"there is no graph {_label(graph)} in this store")
    return Response(status_code=204)
