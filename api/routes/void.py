"""/.well-known/void: the VoID description of the dataset (RFC 5785 location)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from alliancekg.graph.service import void_description

from ..deps import SettingsDep, StoreDep
from ..negotiation import graph_response, rdf_format

router = APIRouter(tags=["sparql"])


@router.get("/.well-known/void", name="void", summary="The VoID description of the dataset: counts, vocabularies, endpoint")
async def void(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    fmt = rdf_format(request, "VoID")
    here = str(request.url.replace(query="", fragment=""))
    graph = await run_in_threadpool(
        void_description, store, dataset=here + "#dataset", endpoint=str(request.url_for("sparql_get")),
        base_iri=settings.base_iri,
    )
    return graph_response(graph, fmt)
