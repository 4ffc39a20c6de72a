"""Stores: one protocol, an embedded Oxigraph backend, chosen by a spec string.

``open_store(spec)``: ``memory`` (or ``:memory:``) for an in-memory store, a
folder path for the persistent embedded store.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import StoreError
from .base import QueryResult, Store
from .embedded import EmbeddedStore

__all__ = ["Store", "QueryResult", "EmbeddedStore", "open_store", "DEFAULT_STORE", "MEMORY"]

DEFAULT_STORE = "data/store"
MEMORY = frozenset({"memory", ":memory:"})


def open_store(spec: str | Path | None = None, *, read_only: bool = False) -> Store:
    """Open the store a ``--store`` value names.

    ``read_only`` opens a snapshot that works while another process (a
    running server) holds the store for writing."""
    spec = str(spec) if spec is not None else DEFAULT_STORE
    if spec in MEMORY:
        return EmbeddedStore(None)
    if "://" in spec:
        raise StoreError(
            f"{spec}: remote SPARQL stores are not supported yet; give a folder for the embedded store, or 'memory'"
        )
    if read_only and not Path(spec).is_dir():
        raise StoreError(f"there is no store at {spec} yet: run `alliancekg ingest` (or give --store)")
    return EmbeddedStore(spec, read_only=read_only)
