"""GET /docs: the OpenAPI docs, with Swagger UI served by this app (no CDN)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse

router = APIRouter(include_in_schema=False)

SWAGGER_STATIC = "/static/swagger"


def swagger_ui_dir() -> str:
    """The folder of Swagger UI's files, shipped by the swagger-ui-bundle-v2 package."""
    from swagger_ui_bundle import swagger_ui_path

    return str(swagger_ui_path)


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    return get_swagger_ui_html(
        openapi_url=request.app.openapi_url,
        title=f"{request.app.title}: API docs",
        swagger_js_url=f"{SWAGGER_STATIC}/swagger-ui-bundle.js",
        swagger_css_url=f"{SWAGGER_STATIC}/swagger-ui.css",
        swagger_favicon_url=f"{SWAGGER_STATIC}/favicon-32x32.png",
    )
