"""Pure ASGI middleware: security headers on every response; HEAD as GET;
a bound on how many pages are rendered at once.

Routes that know better (pages with scripts, the API docs) set their own
Content-Security-Policy; any other HTML answer gets a policy that allows no
script at all, so a page someone forgets still cannot run injected code.
"""

from __future__ import annotations

import asyncio
import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["SecurityHeaders", "HeadAsGet", "RenderLimit", "FALLBACK_CSP"]

FALLBACK_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
                "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
_ALWAYS = ((b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer"))


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                for name, value in _ALWAYS:
                    if name not in names:
                        headers.append((name, value))
                content_type = next((v for k, v in headers if k.lower() == b"content-type"), b"")
                if content_type.startswith(b"text/html") and b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", FALLBACK_CSP.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


class HeadAsGet:
    """Answer HEAD wherever GET is answered (RFC 9110, 9.3.2): the request
    runs as a GET and its body is dropped; status and headers (with the
    Content-Length the GET would have) are kept."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return
        finished = False

        async def send_headers_only(message: Message) -> None:
            nonlocal finished
            if message["type"] == "http.response.body":
                if finished or message.get("more_body", False):
                    return
                finished = True
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_headers_only)


class RenderLimit:
    """At most ``slots`` requests outside the SPARQL and Graph Store routes
    (pages, views, analytics, descriptions: work done in this process while
    holding Python's GIL) run at once; the others wait their turn in the event
    loop, holding no thread.  More than ``max_waiting`` waiting, or a wait
    over ``wait`` seconds, is answered 503 with Retry-After at once.

    Why: every thread that renders a page competes for the GIL with the event
    loop, so twenty pages rendered at once make every other answer, a cheap
    SPARQL query included, wait seconds for its turn.  Queries run in worker
    processes and have their own admission (:mod:`alliancekg.graph.executor`).
    """

    EXEMPT = ("/sparql", "/update", "/store", "/health", "/static/")

    def __init__(self, app: ASGIApp, slots: int = 2, wait: float = 10.0, max_waiting: int = 200) -> None:
        self.app = app
        self.slots = slots
        self.wait = wait
        self.max_waiting = max_waiting
        self._semaphore: asyncio.Semaphore | None = None
        self._waiting = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(self.EXEMPT):
            await self.app(scope, receive, send)
            return
        if self._semaphore is None:
            self._semaphore = asyncio.Semaphore(self.slots)  # made on the server's own event loop
        if self._semaphore.locked() and self._waiting >= self.max_waiting:
            await _busy(send, "too many pages are waiting to be drawn")
            return
        self._waiting += 1
        try:
            await asyncio.wait_for(self._semaphore.acquire(), self.wait)
        except TimeoutError:
            await _busy(send, f"no page could be drawn within {self.wait:g} s")
            return
        finally:
            self._waiting -= 1
        try:
            await self.app(scope, receive, send)
        finally:
            self._semaphore.release()


async def _busy(send: Send, why: str) -> None:
    body = json.dumps({"error": "Overloaded", "message": f"the server is busy: {why}; try again in a few seconds"}).encode()
    await send({"type": "http.response.start", "status": 503,
                "headers": [(b"content-type", b"application/json"), (b"retry-after", b"2"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
