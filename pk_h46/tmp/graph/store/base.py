"""The store interface every backend implements.

A store holds an RDF dataset: one named graph per article (or per loaded RDF
file), queried with SPARQL 1.1 where the default graph is, by default, the
union of all named graphs.  Backends: :mod:`.embedded` (Oxigraph, on disk or
in memory); a remote SPARQL 1.1 backend implements the same protocol.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any, Protocol, runtime_checkable

__all__ = ["Store", "QueryResult", "Term"]

Term = Any
"""A backend's RDF term; :meth:`QueryResult.rows` turns them into Python values."""


class QueryResult(ABC):
    """The answer to one SPARQL query.

    ``form`` is ``select``, ``ask`` or ``graph`` (CONSTRUCT and DESCRIBE).
    A result can be consumed once: by :meth:`serialize` or by reading
    :meth:`rows` / :attr:`boolean` / :meth:`triples`.
    """

    form: str
    variables: list[str]

    @abstractmethod
    def serialize(self, fmt: str, max_bytes: int | None = None) -> bytes:
        """The result in a format of :mod:`alliancekg.graph.formats`; raises
        :class:`~alliancekg.graph.errors.ResultTooLarge` past ``max_bytes``."""

    @abstractmethod
    def rows(self) -> list[dict[str, Any]]:
        """SELECT rows as dicts of Python values (str for IRIs and strings,
        int / Decimal / float / bool for typed literals, None if unbound)."""

    @property
    @abstractmethod
    def boolean(self) -> bool:
        """The answer of an ASK query."""

    @abstractmethod
    def triples(self) -> Iterator[tuple[str, str, Any]]:
        """CONSTRUCT / DESCRIBE triples as Python values."""


@runtime_checkable
class Store(Protocol):
    """What graph/, viz/ and api/ need of a store.

    Optional, where a backend has it: ``bulk_load(source, fmt, graph)``, what
    :meth:`load_rdf` does for a large document or file path, faster (see
    :meth:`EmbeddedStore.bulk_load`); callers check with ``hasattr``.
    """

    location: str
    generation: int
    """Changes with every write made through this object (a cache key)."""

    def replace_graph(self, graph: str, triples: Iterable[tuple]) -> None:
        """Atomically replace a named graph's content with rdflib triples."""

    def load_rdf(self, data: bytes, fmt: str, graph: str) -> list[str]:
        """Atomically load an RDF document: triples go to ``graph``; a quad
        format's own named graphs keep their names.  Each graph it fills is
        replaced.  Returns the graph names written."""

    def remove_graph(self, graph: str) -> bool: ...

    def has_graph(self, graph: str) -> bool: ...

    def read_graph(self, graph: str | None, fmt: str) -> bytes:
        """One graph's triples in an RDF format (``None``: the default graph)."""

    def write_graph(self, graph: str | None, data: bytes, fmt: str, *, replace: bool) -> int:
        """Atomically add a parsed RDF graph to ``graph`` (emptying it first
        when ``replace``); returns the triples parsed."""

    def drop_graph(self, graph: str | None) -> bool:
        """Empty the default graph or remove a named graph."""

    def query(
        self,
        sparql: str,
        *,
        union_default_graph: bool = True,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> QueryResult: ...

    def update(self, sparql: str) -> None: ...

    def graphs(self) -> list[str]: ...

    def count(self, graph: str | None = None) -> int:
        """Quads in the store, or triples in one named graph."""

    def dump(self, fmt: str, graph: str | None = None) -> bytes: ...

    def flush(self) -> None:
        """Make every write durable (a no-op where writes already are)."""

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc: object) -> None: ...


def literal_value(lexical: str, datatype: str) -> Any:
    """A literal's Python value by its XSD datatype (pure)."""
    local = datatype.rsplit("#", 1)[-1] if datatype.startswith("http://www.w3.org/2001/XMLSchema#") else ""
    try:
        if local in {"integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong"}:
            return int(lexical)
        if local == "decimal":
            return Decimal(lexical)
        if local in {"double", "float"}:
            return float(lexical)
        if local == "boolean":
            return lexical in {"true", "1"}
    except (ValueError, ArithmeticError):
        return lexical
    return lexical
