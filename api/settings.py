"""Settings of one AllianceKG deployment.

Read from the environment once, at the edge (the CLI), and passed to
``create_app(settings)``; handlers get them through ``Depends(get_settings)``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace

from alliancekg.graph.store import DEFAULT_STORE
from alliancekg.ontology.terms import DATA_BASE

__all__ = ["Settings"]


@dataclass(frozen=True)
class Settings:
    store: str = DEFAULT_STORE
    """A folder for the embedded store, or ``memory``."""
    base_iri: str = DATA_BASE
    """Where minted IRIs live (ends in ``/``)."""
    seeds: str = "seeds"
    """Articles ingested by ``serve`` when the store is empty."""
    host: str = "127.0.0.1"
    port: int = 8000
    union_default_graph: bool = True
    """Whether SPARQL's default graph is the union of all article graphs."""

    ENV_PREFIX = "ALLIANCEKG_"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Settings from ``ALLIANCEKG_*`` variables, then ``overrides`` (None values ignored)."""
        environ = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = environ.get(cls.ENV_PREFIX + f.name.upper())
            if raw is None:
                continue
            if f.type in ("int", int):
                values[f.name] = int(raw)
            elif f.type in ("bool", bool):
                values[f.name] = raw.strip().lower() in {"1", "true", "yes", "on"}
            else:
                values[f.name] = raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **values)
