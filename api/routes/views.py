"""GET /view: the alliance network as one self-contained HTML page."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from alliancekg.graph.analytics import alliance_graph
from alliancekg.viz import render_network

from ..deps import StoreDep
from ..pages import document_page

router = APIRouter(tags=["views"])


@router.get("/view", response_class=HTMLResponse, summary="The whole alliance graph as an interactive network")
def view(store: StoreDep) -> HTMLResponse:
    html = render_network(alliance_graph(store), title="AllianceKG: the alliance network")
    return document_page(html)
