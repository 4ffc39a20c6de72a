"""GET /: the landing page."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from alliancekg.graph.queries import EXAMPLES
from alliancekg.graph.service import dataset_stats

from ..deps import StoreDep
from ..templates import environment

router = APIRouter(tags=["pages"])


@router.get("/", response_class=HTMLResponse, summary="Landing page")
def home(request: Request, store: StoreDep) -> HTMLResponse:
    html = environment().get_template("home.html").render(
        stats=dataset_stats(store), examples=EXAMPLES, base_url=str(request.base_url)
    )
    return HTMLResponse(html)
