"""Reading request bodies with a size limit, and parsing Content-Type."""

from __future__ import annotations

from fastapi import Request

from alliancekg.graph.errors import QueryError

__all__ = ["BodyTooLarge", "read_body", "media_type", "charset", "decode_text"]


class BodyTooLarge(Exception):
    def __init__(self, limit: int) -> None:
        super().__init__(f"the request body is over the {limit:,} byte limit")
        self.limit = limit


async def read_body(request: Request, limit: int) -> bytes:
    """The body, refused as soon as it passes ``limit`` bytes (by its
    Content-Length, or while streaming when it has none)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.strip().isdigit() and int(declared) > limit:
        raise BodyTooLarge(limit)
    parts: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(limit)
        parts.append(chunk)
    return b"".join(parts)


def media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def charset(request: Request) -> str:
    for param in request.headers.get("content-type", "").split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip('"').lower() or "utf-8"
    return "utf-8"


def decode_text(body: bytes, encoding: str) -> str:
    try:
        return body.decode(encoding)
    except LookupError:
        raise QueryError(f"unknown charset {encoding!r} in Content-Type; send UTF-8") from None
    except UnicodeDecodeError as exc:
        raise QueryError(f"the request body is not valid {encoding} (byte {exc.start}); send UTF-8") from None
