"""The app's Jinja2 environment (autoescaping every template)."""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, PackageLoader, select_autoescape

__all__ = ["environment"]


@lru_cache(maxsize=1)
def environment() -> Environment:
    return Environment(loader=PackageLoader("alliancekg.api", "templates"), autoescape=select_autoescape(default=True))
