"""What every HTML page of the app shares: its security headers and CSP.

Pages extend ``templates/base.html``, whose one inline ``<style>`` block is
allowed by hash; scripts, where a page has any, come from this app's
``/static/akg/`` folder (``script-src 'self'``), never inline, never a CDN.
"""

from __future__ import annotations

import base64
import hashlib
import re
from functools import lru_cache

from fastapi.responses import Response

from .templates import environment

__all__ = ["SECURITY_HEADERS", "page_csp", "html_page", "STATIC_PATH"]

STATIC_PATH = "/static/akg"
SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}


@lru_cache(maxsize=4)
def page_csp(scripts: bool = False) -> str:
    """The pages' policy: only the layout's inline style block (by hash),
    images from here or data: URLs, and (``scripts``) this app's own scripts
    talking to this app only."""
    env = environment()
    source = env.loader.get_source(env, "base.html")[0]
    styles = re.findall(r"<style>(.*?)</style>", source, re.S)
    hashes = " ".join("'sha256-%s'" % base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in styles)
    policy = (f"default-src 'none'; style-src {hashes or chr(39) + 'none' + chr(39)}; img-src data: 'self'; "
              "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
    if scripts:
        policy += "; script-src 'self'; connect-src 'self'"
    return policy


def html_page(html: str, status: int = 200, *, scripts: bool = False, headers: dict[str, str] | None = None) -> Response:
    all_headers = {**SECURITY_HEADERS, "Content-Security-Policy": page_csp(scripts), **(headers or {})}
    return Response(html, status_code=status, media_type="text/html; charset=utf-8", headers=all_headers)

