"""Settings of one AllianceKG deployment.

Read from the environment once, at the edge (the CLI), and passed to
``create_app(settings)``; handlers get them through ``Depends(get_settings)``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace

from alliancekg.graph.store import DEFAULT_STORE
from alliancekg.ontology.terms import DATA_BASE

__all__ = ["Settings"]


@dataclass(frozen=True)
class Settings:
    store: str = DEFAULT_STORE
    """A folder for the embedded store, ``memory``, or a SPARQL 1.1 server: ``sparql+http://host:port/sparql``."""
    base_iri: str = DATA_BASE
    """Where minted IRIs live (ends in ``/``)."""
    seeds: str = "seeds"
    """Articles ingested by ``serve`` when the store is empty."""
    host: str = "127.0.0.1"
    port: int = 8000
    union_default_graph: bool = True
    """Whether SPARQL's default graph is the union of all article graphs."""
    query_timeout: float = 30.0
    """Seconds a query may run before it is stopped (0: no limit)."""
    query_workers: int = 2
    """Worker processes answering queries (an on-disk store); threads otherwise."""
    max_result_bytes: int = 100 * 1024 * 1024
    """The largest serialised answer a query may return."""
    max_query_bytes: int = 1024 * 1024
    """The largest query or update request body."""
    max_upload_bytes: int = 64 * 1024 * 1024
    """The largest RDF document the Graph Store Protocol accepts."""
    write_token: str | None = field(default=None, repr=False)
    """Bearer token that SPARQL Update and Graph Store writes need; none: writes are off."""
    remote_endpoints: tuple[str, ...] = ()
    """Endpoints SERVICE and LOAD may reach (comma-separated in the environment); none by default."""
    cors_origins: tuple[str, ...] = ("*",)
    """Origins whose pages may read answers (comma-separated; empty: no CORS headers). Never with credentials."""

    store_update_url: str | None = None
    """A remote store's SPARQL Update URL (default: its query URL; Virtuoso: ``.../sparql-auth``)."""
    store_auth: str | None = None
    """A remote store's HTTP authentication: ``basic``, ``digest`` or ``bearer`` (default basic with a user)."""
    store_user: str | None = None
    store_password: str | None = field(default=None, repr=False)
    """A remote store's password (environment only: ALLIANCEKG_STORE_PASSWORD)."""
    store_token: str | None = field(default=None, repr=False)
    """A remote store's bearer token (environment only: ALLIANCEKG_STORE_TOKEN)."""
    store_timeout: float = 60.0
    """Seconds a remote store may take to answer a write or an internal read."""

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
            try:
                values[f.name] = _convert(f.type, raw)
            except ValueError:
                raise ValueError(f"{cls.ENV_PREFIX}{f.name.upper()}={raw!r} is not a valid {f.type}") from None
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **values)

    def remote_options(self):
        """The :class:`~alliancekg.graph.store.RemoteOptions` of a remote store
        (the other ``ALLIANCEKG_STORE_*`` variables from the environment)."""
        from alliancekg.graph.store import RemoteOptions

        return RemoteOptions.from_env(
            update_url=self.store_update_url, auth=self.store_auth, user=self.store_user,
            password=self.store_password, token=self.store_token, timeout=self.store_timeout,
        )

    def open_store(self, *, read_only: bool = False):
        """The store :attr:`store` names (a remote store with :meth:`remote_options`)."""
        from alliancekg.graph.store import open_store

        return open_store(self.store, read_only=read_only, options=self.remote_options())

    @property
    def writes_enabled(self) -> bool:
        return bool(self.write_token)


def _convert(type_: object, raw: str) -> object:
    """An environment string as the field's type (annotations are strings here)."""
    name = str(type_)
    if name == "int":
        return int(raw)
    if name == "float":
        return float(raw)
    if name == "bool":
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if name.startswith("tuple"):
        return tuple(part.strip() for part in raw.split(",") if part.strip())
    if name == "str | None":
        return raw or None
    return raw
