"""GET /docs: the OpenAPI docs, with Swagger UI served by this app (no CDN)."""

from __future__ import annotations

import base64
import hashlib
import re

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse

router = APIRouter(include_in_schema=False)

SWAGGER_STATIC = "/static/swagger"


def swagger_ui_dir() -> str:
    """The folder of Swagger UI's files, shipped by the swagger-ui-bundle-v2 package."""
    from swagger_ui_bundle import swagger_ui_path

    return str(swagger_ui_path)


def _csp(html: str) -> str:
    """A policy allowing this page's own inline scripts (by hash) and the
    app's files, nothing from elsewhere."""
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    hashes = " ".join("'sha256-%s'" % base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in scripts)
    return (f"default-src 'none'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; connect-src 'self'; font-src 'self' data:; base-uri 'none'; frame-ancestors 'none'")


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    page = _swagger(request)
    page.headers["Content-Security-Policy"] = _csp(page.body.decode())
    return page


def _swagger(request: Request) -> HTMLResponse:
    return get_swagger_ui_html(
        openapi_url=request.app.openapi_url,
        title=f"{request.app.title}: API docs",
        swagger_js_url=f"{SWAGGER_STATIC}/swagger-ui-bundle.js",
        swagger_css_url=f"{SWAGGER_STATIC}/swagger-ui.css",
        swagger_favicon_url=f"{SWAGGER_STATIC}/favicon-32x32.png",
    )
