"""Stores: one protocol, an embedded Oxigraph backend and a remote SPARQL 1.1
backend, chosen by a spec string.

``open_store(spec)``: ``memory`` (or ``:memory:``) for an in-memory store, a
folder path for the persistent embedded store, ``sparql+http://host:port/path``
(or ``sparql+https://``) for a SPARQL 1.1 server (:mod:`.remote`; its update
URL, credentials and timeouts from ``options`` or ``ALLIANCEKG_STORE_*``).
"""

from __future__ import annotations

from pathlib import Path

from ..errors import StoreError
from .base import QueryResult, Store
from .embedded import EmbeddedStore
from .remote import RemoteOptions, RemoteStore, is_remote_spec

__all__ = ["Store", "QueryResult", "EmbeddedStore", "RemoteStore", "RemoteOptions", "open_store", "is_remote_spec",
           "DEFAULT_STORE", "MEMORY"]

DEFAULT_STORE = "data/store"
MEMORY = frozenset({"memory", ":memory:"})


def open_store(spec: str | Path | None = None, *, read_only: bool = False, options: RemoteOptions | None = None) -> Store:
    """Open the store a ``--store`` value names.

    ``read_only`` opens a snapshot that works while another process (a
    running server) holds the store for writing (a remote store then refuses
    writes).  ``options`` configure a remote store (default: from the
    ``ALLIANCEKG_STORE_*`` environment variables)."""
    spec = str(spec) if spec is not None else DEFAULT_STORE
    if spec in MEMORY:
        return EmbeddedStore(None)
    if is_remote_spec(spec):
        return RemoteStore(spec, options if options is not None else RemoteOptions.from_env(), read_only=read_only)
    if "://" in spec:
        raise StoreError(
            f"{spec}: name a remote SPARQL store as sparql+http://host:port/path (or sparql+https://); "
            "give a folder for the embedded store, or 'memory'"
        )
    if read_only and not Path(spec).is_dir():
        raise StoreError(f"there is no store at {spec} yet: run `alliancekg ingest` (or give --store)")
    return EmbeddedStore(spec, read_only=read_only)
